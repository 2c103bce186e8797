"""Town names, and big cities' alternate names, that the news of our languages writes far more often as
words: the virus's "Corona", German "Ende", "Lage", "Dabei" (an alternate name of Dubai's) and "Kitas"
(Quito's), "Rest" (as Rasht's "Reşt" is looked up), "Federal", "Summit". Found on real articles, where
each was read as a place; checked on new sentences."""

from __future__ import annotations

import pytest

from extraction import names


@pytest.mark.parametrize(("text", "lang", "word"), [
    ("Die Corona-Krise trifft die Gastronomie hart. Wegen Corona bleiben viele Lokale zu.", "de", "Corona"),
    ("Wenn das Geld zu Ende ist, zahlt der Bund. Die Lage bleibt angespannt.", "de", "Ende"),
    ("Die Frau wollte die Straße überqueren. Dabei wurde sie von einem Auto erfasst.", "de", "Dubai"),
    ("Schulen, Kitas und Museen bleiben geschlossen.", "de", "Quito"),
    ("Federal agents searched the house on Monday, the sheriff said.", "en", "Federal"),
    ("Mourners stood outside the house. “Rest in peace, Kiki,” they called out.", "en", "Rasht"),
])
def test_a_word_is_no_town_of_its_name(text, lang, word) -> None:
    assert not [name for name in names(text, lang) if name[2] == word and name[1] == "place"]


def test_a_city_written_with_its_accent_is_still_the_city() -> None:
    # (a given name in the list of words, "Leon", does not take León with it)
    assert ("León", "place") in {(canonical, kind) for _, kind, canonical in names("El alcalde de León inauguró el puente.", "es")}
