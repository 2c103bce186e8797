"""Speakers the attribution gives less plainly: a French feeling verb ("s'inquiète"), a reported clause
whose subject Italian and Spanish drop at the sentence's start, a German surname that ends like a plural
noun, a guest or neighbour written before a German name, a Japanese title after a department of several
words, and a Chinese body that reports with a date between it and the verb. Texts and people are invented."""

from __future__ import annotations

import pytest

from storyweave.extract.entities import extract_entities

from extraction import found, speakers


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("« Le loyer a doublé en deux ans, on ne tiendra pas », s’inquiète Odile Marchetti, fleuriste à Rennes.",
         "Le loyer a doublé en deux ans, on ne tiendra pas", "Odile Marchetti"),
        ("« Enfin une bonne nouvelle pour le port », se réjouit Yann Le Goff, pêcheur à Concarneau.",
         "Enfin une bonne nouvelle pour le port", "Yann Le Goff"),
        ("«Nadie nos avisó del corte», se queja Rosa Iglesias, vecina de Lugo.", "Nadie nos avisó del corte", "Rosa Iglesias"),
    ],
)
def test_a_feeling_verb_attributes_the_quote(text, quote, speaker):
    assert speakers(text)[quote] == speaker


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        ("«Il ponte sarà pronto in estate», ha dichiarato l’ingegnere Marco Bellini. Ha aggiunto che i lavori "
         "notturni sarebbero continuati fino a giugno.", "i lavori notturni sarebbero continuati fino a giugno", "Marco Bellini"),
        ("«Vamos a cumplir los plazos», dijo la alcaldesa Lucía Ferrer. Añadió que la obra costará tres millones "
         "de euros más de lo previsto.", "la obra costará tres millones de euros más de lo previsto", "Lucía Ferrer"),
    ],
)
def test_a_clause_whose_subject_is_dropped_is_the_last_speakers(text, clause, speaker):
    assert speakers(text)[clause] == speaker


def test_a_sentence_that_names_no_one_before_its_verb_still_reports_no_one():
    text = "Die Gemeinde hat die Brücke gesperrt. Es heißt, dass die Reparatur bis zum Frühjahr dauern werde."
    assert all(speaker is None for speaker in speakers(text).values())


def test_a_german_surname_ending_like_a_plural_noun_is_the_person_named_before():
    text = ("Hafenmeister Lars Hansen sagte, dass die Mole bis März gesperrt bleibe. „Wir haben so etwas noch nie "
            "gesehen“, sagte Hansen.")
    assert speakers(text)["Wir haben so etwas noch nie gesehen"] == "Lars Hansen"


def test_a_sentence_opening_adjective_does_not_make_the_noun_a_surname():
    mentions = extract_entities(["Gesperrte Schleuse legt den Kanal lahm.", "Die Schleuse bleibt bis Montag zu."], "de")
    assert [m.text for m in mentions if m.text == "Schleuse"] == []


@pytest.mark.parametrize("guest", ["Stammgast", "Nachbar", "Kollege"])
def test_a_guest_or_neighbour_before_a_german_name_is_no_part_of_it(guest):
    assert ("Erwin Haberl", "person") in found(f"„Das war früher anders“, sagte {guest} Erwin Haberl aus Wels.", "de")


def test_a_japanese_title_after_a_department_of_several_words_follows_the_full_name():
    text = "市の佐藤由美子交通政策課長は「バスの本数を増やす」と述べた。佐藤さんは、工事は来年終わると述べた。"
    assert set(speakers(text).values()) == {"佐藤由美子"}


def test_a_chinese_body_reporting_on_a_date_reports_for_no_one_named_in_the_credit():
    text = "（中央社記者王怡婷台中3日電）交通部3日表示，今年春節連假高速公路車流量比去年增加5%，將加開客運班次。"
    assert list(speakers(text).values()) == [None]
