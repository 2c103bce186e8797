"""Rules from heldout_an's misses (development data since heldout_ao was written), checked on new
sentences: the English adjectives of the United Kingdom's nations and of regions name those places;
a language after "in" is no place."""

from __future__ import annotations

import pytest

from extraction import names


@pytest.mark.parametrize(
    ("text", "word", "place"),
    [
        ("Welsh farmers protested in Cardiff on Monday.", "Welsh", "Wales"),
        ("The ruling angered English councils.", "English", "England"),
        ("A Tasmanian salmon farm was fined.", "Tasmanian", "Tasmania"),
        ("Heavy snow closed Bavarian roads.", "Bavarian", "Bavaria"),
        ("Catalan hospitals postponed surgery.", "Catalan", "Catalonia"),
    ],
)
def test_a_nation_or_region_named_by_its_adjective(text: str, word: str, place: str) -> None:
    assert (word, "place", place) in names(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "The ruling was published in English and French.",
        "Signs at the station are in Welsh, the council said.",
        "The interview was conducted in Catalan.",
    ],
)
def test_a_language_after_in_is_no_place(text: str) -> None:
    assert not {kind for _, kind, _ in names(text, "en")} & {"place"}


def test_an_adjective_after_in_still_names_a_place() -> None:
    assert ("French", "place", "France") in names("Two trawlers were seized in French waters.", "en")
