"""Sentence ends: a German ordinal's full stop before a month, a century or a club's initials ends no
sentence (so "am 3. Oktober 2024" stays one date), while a number that ends an English sentence does."""

from __future__ import annotations

import pytest

from storyweave.clean import clean_document, split_sentences
from storyweave.extract import analyse
from storyweave.model import RawDocument


@pytest.mark.parametrize(
    "sentence",
    ["Die Wahl findet am 3. Oktober statt.", "Der 1. FC Köln gewann das Derby.", "Die Kirche stammt aus dem 17. Jahrhundert.",
     "Der Verein stieg in die 2. Bundesliga ab.", "Sie gewann zum 4. Mal in Folge."],
)
def test_a_german_ordinal_ends_no_sentence(sentence: str) -> None:
    assert split_sentences(sentence) == [sentence]


def test_a_number_ending_an_english_sentence_ends_it() -> None:
    assert split_sentences("He was 25. His son is 3. Then they left.") == ["He was 25.", "His son is 3.", "Then they left."]


def test_a_german_date_with_an_ordinal_is_read_whole() -> None:
    raw = RawDocument("w.txt", "w.txt", "Wahl in Kärnten\n\nDie Wahl fand am 6. März 2025 in Klagenfurt statt. Das Ergebnis kam spät.")
    article = analyse(raw, clean_document(raw))
    assert [(d.text, d.day.iso()) for d in article.dates] == [("6. März 2025", "2025-03-06")]
    assert article.occurred == "2025-03-06"


@pytest.mark.parametrize(
    "sentence",
    ["Según la Sra. Ruiz, el puerto cerrará.", "Lo ha detto il dott. Rossi ai cronisti.", "Es kamen ca. 300 Menschen.",
     "Die Verordnung Nr. 596 gilt seit Jahren."],
)
def test_titles_and_abbreviations_of_the_other_languages_end_no_sentence(sentence: str) -> None:
    assert split_sentences(sentence) == [sentence]


def test_an_italian_sentence_ending_in_mio_ends() -> None:
    assert split_sentences("Il problema è il mio. Poi ha aggiunto altro.") == ["Il problema è il mio.", "Poi ha aggiunto altro."]


def test_millions_abbreviated_after_a_number_end_no_sentence() -> None:
    assert split_sentences("Die Ablöse beträgt 2,4 Mio. Euro, sagte er.") == ["Die Ablöse beträgt 2,4 Mio. Euro, sagte er."]


def test_a_line_opening_with_an_abbreviation_still_splits() -> None:
    assert split_sentences("Mio. Then it rained.") == ["Mio.", "Then it rained."]
