"""A club named by its town of two words and a plural ("Los Angeles Clippers"), as one of one word is
("Pittsburgh Penguins"); a French day in May is a date, not a count of anything. Sentences of our own."""

from __future__ import annotations

import pytest

from storyweave.extract.figures import extract_figures
from tests.extraction import found


@pytest.mark.parametrize(("sentence", "club"), [
    ("The Los Angeles Clippers beat Sacramento on Sunday night.", "Los Angeles Clippers"),
    ("Kansas City Chiefs coach Dan Morrow said the team was tired.", "Kansas City Chiefs"),
    ("New York Knicks guard Eli Brandt scored 40 points.", "New York Knicks"),
])
def test_a_club_named_by_a_town_of_two_words_and_a_plural_is_a_body(sentence, club):
    assert (club, "org") in found(sentence, "en")


@pytest.mark.parametrize("sentence", [
    "The New York Times reported the trade on Monday.",
    "Victoria Adams met the mayor of Lyon.",
])
def test_a_plural_after_a_town_that_is_a_name_or_a_newspaper_stays_what_it_was(sentence):
    kinds = dict(found(sentence, "en"))
    assert kinds.get("Victoria Adams", "person") == "person" and kinds.get("New York Times", "org") == "org"


@pytest.mark.parametrize("sentence", [
    "La piscine rouvrira à partir du 11 mai, a annoncé la mairie.",
    "La première réunion aura lieu le 25 mai dans la salle des fêtes.",
])
def test_a_french_day_in_may_is_no_figure(sentence):
    from storyweave.clean.datetext import find_dates

    assert extract_figures([sentence], {found_date.text for found_date in find_dates(sentence)}, "fr") == []
