"""Rules from the misses of heldout_bw.jsonl (development data since heldout_bx was written), checked on sentences
of our own: a German district or ski area named after its generic word, a common noun before "von" and a place, a
word with an umlaut that no town without one is, a lone canton; a portfolio or a service before a minister or a
chief; French prepositions opening a sentence; an agency credited with its article and its letters; a body's national
section; a dateline's town of two words, the second hyphenated; an Italian quarter and a water utility; the State of
Mexico; people counted before a Chinese body's word, Japanese schools of a kind."""

from __future__ import annotations

import pytest

from tests.extraction import article_names, found, named_in_characters


def _named(sentence: str, lang: str) -> set[tuple[str, str]]:
    return {(name, kind) for name, kind in found(sentence, lang) if kind in {"person", "place", "org"}}


@pytest.mark.parametrize(("sentence", "place"), [
    ("Der Landkreis Vorderwaldeck teilte mit, dass 5 Schulen geschlossen bleiben.", "Vorderwaldeck"),
    ("Im Landkreis Vorderwaldeck bleiben 5 Schulen geschlossen.", "Vorderwaldeck"),
    ("Der Landrat des Landkreises Vorderwaldeck sagte, die Lage sei ernst.", "Vorderwaldeck"),
    ("Im Skigebiet Hochgrubeck standen am Samstag alle Lifte still.", "Hochgrubeck"),
])
def test_a_german_district_or_ski_area_is_named_by_what_follows_its_generic_word(sentence, place):
    assert _named(sentence, "de") == {(place, "place")}


@pytest.mark.parametrize(("sentence", "places"), [
    ("Das Hochwasser hat die Altstädte von Passau und Regensburg überflutet.", {"Passau", "Regensburg"}),
])
def test_a_german_noun_before_von_and_a_place_is_no_noble_name(sentence, places):
    assert _named(sentence, "de") == {(place, "place") for place in places}


@pytest.mark.parametrize("sentence", [
    "Die Herde wurde in der Nacht von Wölfen angegriffen.",  # (Wolfen, a town in Saxony-Anhalt)
    "Die Schäden von Wölfen nehmen zu.",
    "Die Länder wollen mehr Geld vom Bund.",  # (Lander, Wyoming)
    "Laut Kanton leben dort rund 40 Wölfe.",  # (Guangzhou's old German name)
])
def test_a_german_noun_names_no_town(sentence):
    assert not _named(sentence, "de")


def test_a_place_before_a_fire_chief_is_a_place_and_the_service_no_body():
    assert _named("Halifax Fire Chief Dana Morrow said crews had answered 300 calls.", "en") == {
        ("Halifax", "place"), ("Dana Morrow", "person")}


@pytest.mark.parametrize("sentence", [
    "Public Safety Minister Dana Morrow said the province would pay for hotel rooms.",
    "Public Works Minister Dana Morrow said the bridge would reopen.",
])
def test_a_portfolio_of_two_words_before_a_minister_is_part_of_the_role(sentence):
    assert _named(sentence, "en") == {("Dana Morrow", "person")}


@pytest.mark.parametrize(("sentence", "name", "kind"), [
    ("Chez Renault, 200 postes seront supprimés.", "Renault", "org"),
    ("Sous Jean Dufresne, l'entreprise a grandi.", "Jean Dufresne", "person"),
    ("Malgré Jean Dufresne, le projet avance.", "Jean Dufresne", "person"),
])
def test_a_french_preposition_opening_a_sentence_is_no_part_of_a_name(sentence, name, kind):
    assert _named(sentence, "fr") == {(name, kind)}


def test_an_agency_credited_with_its_article_is_named_without_it_and_its_letters_are_it():
    names = article_names(
        "Ice storm cuts power to thousands\n\nHALIFAX, N.S. (CP) — Freezing rain coated the city on Monday, and crews "
        "worked through the night.\n\nThe storm is expected to ease on Tuesday.\n\n© 2027 The Canadian Press")
    assert ("CP", "org", "Canadian Press") in names
    assert ("The Canadian Press", "org", "Canadian Press") in names


def test_a_body_named_with_its_country_once_is_that_national_section_wherever_named_alone():
    names = article_names(
        "Streit um den Luchs\n\nBern (sda) - Pro Natura und der WWF Schweiz haben gegen die Verfügung Beschwerde eingelegt. "
        "„Das ist ein Rückschritt“, sagte eine WWF-Sprecherin am Montag.")
    assert {canonical for text, kind, canonical in names if text.startswith("WWF")} == {"WWF Schweiz"}


def test_the_bare_name_stays_the_body_where_no_section_is_named():
    names = article_names("Streit um den Luchs\n\nBern (sda) - Der WWF hat Beschwerde eingelegt, sagte eine Sprecherin.")
    assert ("WWF", "org", "World Wide Fund for Nature") in names


def test_a_dateline_whose_town_has_two_words_the_second_hyphenated_names_its_agency():
    names = article_names("Une usine ferme\n\nLa Chaux-de-Fonds (ats) - Chez Horlogerie Brenet SA, 90 emplois seront supprimés "
                          "d'ici l'été.\n\n© Keystone-ATS")
    assert ("La Chaux-de-Fonds", "place", "La Chaux-de-Fonds") in names
    assert ("ats", "org", "Keystone-ATS") in names


@pytest.mark.parametrize(("sentence", "name", "kind"), [
    ("Le famiglie hanno passato la notte nelle tende del Rione Perrone.", "Rione Perrone", "place"),
    ("Acquedotto Lucano ha precisato che 30.000 persone restano senz'acqua.", "Acquedotto Lucano", "org"),
])
def test_an_italian_quarter_and_a_water_utility_are_named_by_their_kind(sentence, name, kind):
    assert _named(sentence, "it") == {(name, kind)}


@pytest.mark.parametrize("sentence", [
    "Las mariposas llegaron a los bosques del Estado de México el domingo.",
    "El Estado de México informó el lunes de 3 heridos.",
])
def test_the_mexican_state_named_like_a_body_of_the_country_is_a_place(sentence):
    assert ("State of Mexico", "place") in _named(sentence, "es")


def test_people_counted_before_a_bodys_word_name_no_body():
    assert named_in_characters(["来自长沙的一名大学生说：「我请了5天假。」"], "zh") == [("长沙", "place", "Changsha")]


@pytest.mark.parametrize("sentence", ["県内の小中学校など計120校で学級閉鎖となった。", "市は、市立小学校2校を臨時休校にすると発表した。"])
def test_japanese_schools_of_a_kind_are_no_schools_name(sentence):
    assert not [name for name in named_in_characters([sentence], "ja") if name[1] == "org"]
