"""Rules from heldout_an's misses (development data since heldout_ao was written), checked on new
sentences: the English adjectives of the United Kingdom's nations and of regions name those places;
a language after "in" is no place."""

from __future__ import annotations

import pytest

from extraction import article_names, names


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


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Harbour to close\n\nPORT ELLEN — The harbour board will close the pier for a year.\n\nRepairs start in May.", "Port Ellen"),
        ("Ferry cut\n\nSTROMNESS — The ferry will sail twice a week, the operator said.\n\nIt sailed daily.", "Stromness"),
    ],
)
def test_a_dateline_in_capitals_before_a_long_dash_is_a_place(text: str, place: str) -> None:
    assert any(kind == "place" and canonical == place for _, kind, canonical in article_names(text))


def test_a_kicker_before_a_long_dash_is_no_dateline() -> None:
    text = "Pier to close\n\nBREAKING — The harbour board will close the pier for a year.\n\nRepairs start in May."
    assert not any(canonical.lower() == "breaking" for _, _, canonical in article_names(text))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The regulator fined Coral Coast Meats A$2.1 million on Friday.", "Coral Coast Meats"),
        ("Lakeside Foods paid NZ$40,000 to settle the claim.", "Lakeside Foods"),
    ],
)
def test_a_currency_prefix_is_no_part_of_the_name_before_it(text: str, body: str) -> None:
    assert (body, "org", body) in names(text, "en")


@pytest.mark.parametrize(
    ("text", "body"),
    [("The Energy Ombudsman upheld 40 complaints.", "Energy Ombudsman"), ("The Fair Work Ombudsman sued the farm.", "Fair Work Ombudsman")],
)
def test_a_watchdog_named_after_its_ombudsman_is_a_body(text: str, body: str) -> None:
    assert (body, "org", body) in names(text, "en")

