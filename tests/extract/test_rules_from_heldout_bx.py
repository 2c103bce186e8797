"""Rules from the misses of heldout_bx.jsonl (development data since heldout_by was written), checked on sentences
of our own: a country's Red Cross or Red Crescent society named with the country's name; a known body whose name
holds "the" ("Save the Children"), though its first word is also a town's."""

from __future__ import annotations

import pytest

from tests.extraction import found


@pytest.mark.parametrize(("sentence", "society"), [
    ("The Malawi Red Cross said 300 families had left their homes.", "Malawi Red Cross"),
    ("Volunteers of the Yemen Red Crescent handed out water on Sunday.", "Yemen Red Crescent"),
])
def test_a_countrys_red_cross_society_named_with_the_country_is_one_body(sentence, society):
    assert {(name, kind) for name, kind in found(sentence, "en") if kind in {"person", "place", "org"}} == {(society, "org")}


def test_the_country_and_the_red_cross_listed_apart_stay_apart():
    assert {("Malawi", "place"), ("Red Cross", "org")} <= found("He thanked Malawi, the Red Cross and the churches.", "en")


@pytest.mark.parametrize("sentence", [
    "Save the Children said 40 schools in the district were shut.",
    "The aid group Save the Children warned on Monday that food was running out.",
])
def test_a_known_body_whose_name_holds_the_article_is_named_whole(sentence):
    assert {(name, kind) for name, kind in found(sentence, "en") if kind in {"person", "place", "org"}} == {("Save the Children", "org")}
