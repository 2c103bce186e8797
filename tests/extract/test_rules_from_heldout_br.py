"""Rules written from heldout_br's misses once it stopped being the fresh set: a city the gazetteer names otherwise
than English news does ("Ulan Bator") takes the name the city-names table gives, in datelines too."""

from __future__ import annotations

import pytest

from tests.extraction import article_names, found


def test_a_dateline_in_capitals_takes_the_english_name_the_news_writes():
    names = article_names("Herders count their losses\n\nULAANBAATAR, Dec 23 (AFP) - Heavy snow has killed 180,000 animals.")
    assert ("ULAANBAATAR", "place", "Ulaanbaatar") in names


@pytest.mark.parametrize(("written", "english"), [
    ("Ulan Bator", "Ulaanbaatar"),
    ("Chittagong", "Chattogram"),
    ("Nizhniy Novgorod", "Nizhny Novgorod"),
    ("Zaporizhzhya", "Zaporizhzhia"),
])
def test_a_city_takes_the_english_name_of_the_city_names_table(written, english):
    assert (english, "place") in found(f"Heavy snow fell in {written} on Tuesday.", "en")


def test_a_city_the_gazetteer_names_with_its_accents_keeps_them():
    assert ("Düsseldorf", "place") in found("Heavy snow fell in Dusseldorf on Tuesday.", "en")
