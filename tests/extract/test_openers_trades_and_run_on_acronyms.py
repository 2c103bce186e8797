"""Names real pages got wrong in Spanish, French, Italian and German: a capitalised article or an adverb opening a
sentence or a clause, princes' titles, German trades before a name, a page's next sentence or a body's acronym run on
after a name, the New Year and acronyms of things."""

from __future__ import annotations

import pytest

from tests.extraction import found


@pytest.mark.parametrize(("sentence", "lang", "name"), [
    ("Rossi: Las Fuerzas Armadas ya producen alcohol en gel.", "es", ("Fuerzas Armadas", "org")),
    ("«Los Mossos d'Esquadra investigan el caso», dijo la portavoz.", "es", ("Mossos d'Esquadra", "org")),
    ("Actualmente Paola Rojas trabaja en la televisión pública.", "es", ("Paola Rojas", "person")),
    ("Finalmente Lucía Herrera aceptó el cargo.", "es", ("Lucía Herrera", "person")),
    ("Notamment Émilie Garnier a répondu aux questions.", "fr", ("Émilie Garnier", "person")),
])
def test_an_article_or_an_adverb_opening_a_sentence_is_no_part_of_the_name(sentence, lang, name):
    assert name in found(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang", "name"), [
    ("Los Angeles Lakers ganaron anoche en casa.", "es", ("Los Angeles Lakers", "org")),
    ("Clemente Ruiz dijo que no habrá cambios.", "es", ("Clemente Ruiz", "person")),
])
def test_a_place_that_opens_with_an_article_and_a_given_name_like_an_adverb_stay(sentence, lang, name):
    assert name in found(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang", "person"), [
    ("El Príncipe Guillermo anuncia un premio ambiental.", "es", "Guillermo"),
    ("La Principessa Beatrice Ferraris ha visitato l'ospedale.", "it", "Beatrice Ferraris"),
])
def test_a_princes_title_is_no_part_of_the_name(sentence, lang, person):
    assert (person, "person") in found(sentence, lang)


def test_prinz_is_a_surname_too():
    assert ("Sabine Prinz", "person") in found("Die Sprecherin Sabine Prinz bestätigte den Termin.", "de")


@pytest.mark.parametrize(("sentence", "person", "not_a_body"), [
    ("Der demokratische US-Präsidentschaftsbewerber Biden hat der Familie geschrieben.", "Biden", None),
    ("Die britische TV-Moderatorin Carla Fenwick ist gestorben.", "Carla Fenwick", "TV"),
    ("Sie zeigte ein Foto mit dem Werbefilm-Regisseur Dustin Schöne.", "Dustin Schöne", "Werbefilm"),
    ("Ihr Freund, Tennisprofi Lewis Barton, schwieg.", "Lewis Barton", None),
])
def test_a_german_trade_before_a_name_is_no_part_of_it_nor_a_body(sentence, person, not_a_body):
    names = found(sentence, "de")
    assert (person, "person") in names
    assert not any(canonical == not_a_body for canonical, _ in names)


def test_a_known_body_before_a_trade_is_still_named():
    assert ("ZDF", "org") in found("Die ZDF-Moderatorin Dunja Hayali erhält einen Preis.", "de")


def test_a_pages_next_sentence_run_on_after_a_name_is_cut():
    assert ("Christoph Weber", "person") in found("Foto: Christoph Weber Jetzt teilen: Jetzt teilen", "de")


@pytest.mark.parametrize(("sentence", "lang", "person", "body"), [
    ("Joan Mateu TUI a également amené les premiers touristes.", "fr", "Joan Mateu", "TUI"),
    ("Later John Baker NASA said the launch was delayed.", "en", "John Baker", "NASA"),
])
def test_a_bodys_acronym_run_on_after_a_persons_name_is_the_body(sentence, lang, person, body):
    assert {(person, "person"), (body, "org")} <= found(sentence, lang)


def test_a_regnal_numeral_is_no_acronym():
    assert ("Henry VIII", "person") in found("Later Henry VIII said nothing.", "en")


def test_an_initial_after_a_towns_name_makes_it_a_given_name():
    names = found("Ayer el Observatorio Vera C. Rubin, instalado en el Cerro Pachón, identificó asteroides.", "es")
    assert ("Observatorio Vera C. Rubin", "org") in names


@pytest.mark.parametrize(("sentence", "lang"), [
    ("La Filarmónica de Viena ha saludado el Año Nuevo con su concierto.", "es"),
    ("Negociación por el IVA: la mayoría de los alimentos quedan fuera.", "es"),
    ("Ciò che è stato trascurato, tutta la storia, pesa ancora.", "it"),
    ("LEGGI DI PIÙ: gli adolescenti affrontano nuove sfide.", "it"),
])
def test_the_new_year_taxes_pronouns_and_page_links_are_no_bodies(sentence, lang):
    assert not [name for name in found(sentence, lang) if name[1] == "org"]
