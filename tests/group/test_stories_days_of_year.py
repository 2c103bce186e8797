"""Story linking of an undated event whose dateline names a day but no year ("Sept 22"): in
whichever year it happened, it is that far from a story's events at least."""

from __future__ import annotations

import datetime as dt

import pytest

from storyweave.group.features import normalised
from storyweave.group.stories import EventProfile, StoryGrouper
from storyweave.settings import Settings

WORDS = normalised({1: 1.0, 2: 1.0, 3: 1.0})
NAMES = normalised({11: 1.0, 12: 1.0})


def profile(event_id: str, date: dt.date | None = None, day_of_year: str | None = None) -> EventProfile:
    return EventProfile(event_id, WORDS, NAMES, {11: "norvania", 12: "korsvik"}, date, frozenset({"en"}), day_of_year)


@pytest.mark.parametrize(("day_of_year", "joins"), [("--09-22", False), ("--07-01", True), (None, True)])
def test_an_undated_event_joins_a_story_only_if_its_day_could_lie_within_the_window(day_of_year: str | None, joins: bool) -> None:
    grouper = StoryGrouper(Settings())
    story, _ = grouper.assign(profile("e1", dt.date(2025, 4, 20)))
    assert grouper.assign(profile("e2", dt.date(2025, 6, 18)))[0] == story
    # 22 September is 96 days from 18 June in any year; 1 July is 13 days from it
    assert (grouper.assign(profile("e3", day_of_year=day_of_year))[0] == story) is joins


@pytest.mark.parametrize(("story_day", "joins"), [(dt.date(2024, 3, 5), True), (dt.date(2025, 3, 1), False)])
def test_29_february_is_compared_in_the_years_that_have_it(story_day: dt.date, joins: bool) -> None:
    grouper = StoryGrouper(Settings())
    story, _ = grouper.assign(profile("e1", story_day))
    # 2024-02-29 is 5 days before 5 March 2024, and a year from 1 March 2025; 2025 and 2026 have no 29 February
    assert (grouper.assign(profile("e2", day_of_year="--02-29"))[0] == story) is joins
