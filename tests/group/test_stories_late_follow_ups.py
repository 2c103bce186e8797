"""Story linking beyond the time window: a follow-up months after a story's nearest event (a fine for a
breach, a verdict for a crash) still joins it when it is plainly about the same affair, and only then;
a year or more later, the same kind of occurrence is another story whatever it shares."""

from __future__ import annotations

import datetime as dt

import pytest

from storyweave.group.features import normalised
from storyweave.group.stories import EventProfile, StoryGrouper
from storyweave.settings import Settings

NAMES = {11: "halvard quarry", 12: "ostmere", 13: "lindqvist", 14: "brennvik"}
FIRST = dt.date(2025, 1, 10)


def profile(event_id: str, date: dt.date, words: dict[int, float], names: dict[int, float]) -> EventProfile:
    return EventProfile(event_id, normalised(words), normalised(names), NAMES, date, frozenset({"en"}))


def same_affair(event_id: str, date: dt.date) -> EventProfile:
    return profile(event_id, date, {1: 1.0, 2: 1.0, 3: 1.0}, {11: 1.0, 12: 1.0})


def loosely_related(event_id: str, date: dt.date) -> EventProfile:
    # one word in four and one name in two shared with the story: cosines 0.29 and 0.5, a score of 0.39
    return profile(event_id, date, {1: 1.0, 4: 1.0, 5: 1.0, 6: 1.0}, {11: 1.0, 13: 1.0})


@pytest.mark.parametrize(("make", "days_later", "joins"), [
    (loosely_related, 40, True),  # within the window the usual threshold holds
    (loosely_related, 200, False),  # months later, loose ties are not enough
    (same_affair, 200, True),
    (same_affair, 290, True),
    (same_affair, 310, False),  # past story_follow_up_days
    (same_affair, 366, False),  # a year on: the same kind of occurrence again
])
def test_a_late_follow_up_needs_a_stricter_score(make, days_later: int, joins: bool) -> None:
    grouper = StoryGrouper(Settings())
    story, _ = grouper.assign(same_affair("e1", FIRST))
    joined, reason = grouper.assign(make("e2", FIRST + dt.timedelta(days=days_later)))
    assert (joined == story) is joins
    if joins and days_later > Settings().story_window_days:
        assert "a late follow-up: needs the stricter story_follow_up_threshold" in reason.evidence


def test_the_follow_up_band_is_a_setting() -> None:
    grouper = StoryGrouper(Settings(story_follow_up_days=75))
    story, _ = grouper.assign(same_affair("e1", FIRST))
    assert grouper.assign(same_affair("e2", FIRST + dt.timedelta(days=200)))[0] != story


def test_a_follow_up_band_shorter_than_the_window_does_not_shrink_the_window() -> None:
    grouper = StoryGrouper(Settings(story_follow_up_days=30))
    story, _ = grouper.assign(same_affair("e1", FIRST))
    assert grouper.assign(loosely_related("e2", FIRST + dt.timedelta(days=60)))[0] == story
