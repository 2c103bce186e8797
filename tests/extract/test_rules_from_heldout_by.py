"""Rules from the misses of heldout_by.jsonl (looked at once heldout_bz was written), checked on sentences of our
own: mines, laboratories and Spanish firms named by what they deal in are bodies, and no speaker; "testified" and
its Romance forms report speech; French "M." is Monsieur before a surname; a Spanish body of two fields keeps the
place it ends with."""

from __future__ import annotations

import pytest

from tests.extraction import article_names, found, speakers


@pytest.mark.parametrize(("sentence", "lang", "body"), [
    ("Mutanda Copper Mines said on Friday that 30,000 tonnes of slurry had leaked.", "en", "Mutanda Copper Mines"),
    ("Das Kantonale Laboratorium Aargau betonte, dass 4 Proben belastet seien.", "de", "Kantonale Laboratorium Aargau"),
    ("La empresa Andina de Crudos informó el martes de una fuga.", "es", "Andina de Crudos"),
])
def test_mines_laboratories_and_firms_named_by_their_trade_are_bodies(sentence, lang, body):
    assert (body, "org") in found(sentence, lang)
    assert not any(kind == "person" for _, kind in found(sentence, lang))


def test_a_mine_company_that_says_something_is_no_speaker():
    text = "KITWE (Reuters) - A dam burst on Friday.\nMutanda Copper Mines said that about 30,000 tonnes of slurry had escaped."
    assert speakers(text) == {"about 30,000 tonnes of slurry had escaped": None}


@pytest.mark.parametrize(("text", "speaker"), [
    ("COSENZA - Il tribunale ha deciso.\n«Lo vedevo ogni mattina in piazza», ha testimoniato in aula Gino Ferri.", "Gino Ferri"),
    ("LEEDS - The court heard the case.\n\"I saw him at the market every morning,\" testified neighbour Carla Price.", "Carla Price"),
    ("TERUEL - El tribunal decidió.\n«Lo veía cada mañana en la plaza», testificó el vecino Luis Prado.", "Luis Prado"),
])
def test_testifying_reports_speech(text, speaker):
    assert list(speakers(text).values()) == [speaker]


@pytest.mark.parametrize("sentence", [
    "Le dossier de M. Ferrand sera examiné en appel.",
    "Selon M. Ferrand, les travaux dureront deux ans.",
])
def test_french_m_dot_is_monsieur_before_a_surname(sentence):
    assert found(sentence, "fr") == {("Ferrand", "person")}


def test_monsieur_abbreviated_names_the_person_named_in_full_before():
    text = ("Fraude aux panneaux solaires\nLe gérant, Lucas Ferrand, 44 ans, a été condamné. "
            "L’avocat de M. Ferrand a annoncé qu’il ferait appel.")
    assert {canonical for _, kind, canonical in article_names(text) if kind == "person"} == {"Lucas Ferrand"}


def test_a_spanish_body_of_two_fields_keeps_the_place_it_ends_with():
    sentence = "Según la Dirección de Riego y Emergencias Agrícolas de Neuquén, la helada afectó 2.000 hectáreas."
    assert {(n, k) for n, k in found(sentence, "es") if k == "org"} == {
        ("Dirección de Riego y Emergencias Agrícolas de Neuquén", "org")}
