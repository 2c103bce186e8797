"""Rules from the misses of heldout_by.jsonl (looked at once heldout_bz was written), checked on sentences of our
own: mines, laboratories and Spanish firms named by what they deal in are bodies, and no speaker; "testified" and
its Romance forms report speech; French "M." is Monsieur before a surname; a Spanish body of two fields keeps the
place it ends with."""

from __future__ import annotations

import pytest

from tests.extraction import found


def _quotes(text: str) -> list[tuple[str, str | None, bool]]:
    from storyweave.clean import clean_document
    from storyweave.extract import analyse
    from storyweave.model import RawDocument

    raw = RawDocument("q.txt", "q.txt", text)
    return [(q.text, q.speaker, q.direct) for q in analyse(raw, clean_document(raw)).quotes]


@pytest.mark.parametrize(("sentence", "lang", "body"), [
    ("Mutanda Copper Mines said on Friday that 30,000 tonnes of slurry had leaked.", "en", "Mutanda Copper Mines"),
    ("Das Kantonale Laboratorium Aargau betonte, dass 4 Proben belastet seien.", "de", "Kantonale Laboratorium Aargau"),
    ("La empresa Andina de Crudos informó el martes de una fuga.", "es", "Andina de Crudos"),
])
def test_mines_laboratories_and_firms_named_by_their_trade_are_bodies(sentence, lang, body):
    assert (body, "org") in found(sentence, lang)
    assert not any(kind == "person" for _, kind in found(sentence, lang))


def test_a_mine_company_that_says_something_is_no_speaker():
    text = ("Slurry reaches river\nKITWE (Reuters) - A dam burst on Friday.\n"
            "Mutanda Copper Mines said that about 30,000 tonnes of slurry had escaped.")
    assert ("about 30,000 tonnes of slurry had escaped", None, False) in _quotes(text)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Processo a Rende\nCOSENZA - Il tribunale ha deciso.\n«Lo vedevo ogni mattina in piazza», ha testimoniato in aula Gino Ferri.",
     "Gino Ferri"),
    ("Trial opens\nLEEDS - The court heard the case.\n\"I saw him at the market every morning,\" testified neighbour Carla Price.",
     "Carla Price"),
    ("Juicio en Teruel\nTERUEL - El tribunal decidió.\n«Lo veía cada mañana en la plaza», testificó el vecino Luis Prado.",
     "Luis Prado"),
])
def test_testifying_reports_speech(text, speaker):
    assert [s for _, s, _ in _quotes(text)] == [speaker]


@pytest.mark.parametrize("sentence", [
    "Le dossier de M. Ferrand sera examiné en appel.",
    "Selon M. Ferrand, les travaux dureront deux ans.",
])
def test_french_m_dot_is_monsieur_before_a_surname(sentence):
    assert found(sentence, "fr") == {("Ferrand", "person")}


def test_monsieur_abbreviated_names_the_person_named_in_full_before():
    from storyweave.clean import clean_document
    from storyweave.extract import analyse
    from storyweave.model import RawDocument

    raw = RawDocument("fr.txt", "fr.txt", "Fraude aux panneaux solaires\nLe gérant, Lucas Ferrand, 44 ans, a été condamné. "
                                          "L’avocat de M. Ferrand a annoncé qu’il ferait appel.")
    people = {m.canonical for m in analyse(raw, clean_document(raw)).entities if m.kind == "person"}
    assert people == {"Lucas Ferrand"}


def test_a_spanish_body_of_two_fields_keeps_the_place_it_ends_with():
    sentence = "Según la Dirección de Riego y Emergencias Agrícolas de Neuquén, la helada afectó 2.000 hectáreas."
    assert {(n, k) for n, k in found(sentence, "es") if k == "org"} == {
        ("Dirección de Riego y Emergencias Agrícolas de Neuquén", "org")}
