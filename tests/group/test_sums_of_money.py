"""Sums of money that disagree count against a join: a heist of €85 million is not the heist of
€2 million, though the two reports share their words. Places and sums are invented."""

from __future__ import annotations

import dataclasses

import pytest

from storyweave.clean import clean_document
from storyweave.extract import analyse
from storyweave.group.events import OTHER_AMOUNTS_PENALTY, EventGrouper, EventState
from storyweave.group.features import ArticleFeatures, article_features, normalised
from storyweave.model import RawDocument
from storyweave.settings import Settings

FIRST = (
    "Armed robbers stole jewels worth €85 million from a jeweller on Rue Valmont in Lyonne on Monday, "
    "police said. The four men fled in a grey car."
)


def features_of(text: str) -> ArticleFeatures:
    raw = RawDocument("report.txt", "report.txt", text)
    return article_features(analyse(raw, clean_document(raw)))


def test_the_sums_an_article_states_are_read_from_its_figures_by_currency() -> None:
    assert features_of(FIRST).amounts == {"EUR": [85_000_000.0]}
    assert features_of("The shop lost $2.6 million and €2 million in cash, and a €40 watch.").amounts == {
        "USD": [2_600_000.0], "EUR": [2_000_000.0]}  # (a price too small to tell one occurrence from another is left out)


@pytest.mark.parametrize(("second", "differ"), [
    ("Armed robbers stole jewels worth €2 million from a jeweller on Rue Valmont in Lyonne on Monday, police said.", True),
    ("Armed robbers stole jewels worth €80 million from a jeweller on Rue Valmont in Lyonne on Monday, police said.", False),
    ("Armed robbers stole jewels worth $110 million from a jeweller on Rue Valmont in Lyonne on Monday, police said.", False),
    ("Armed robbers stole jewels from a jeweller on Rue Valmont in Lyonne on Monday, police said.", False),
])
def test_sums_in_one_currency_none_within_a_quarter_of_the_events_count_against_a_join(second: str, differ: bool) -> None:
    grouper = EventGrouper(Settings())
    words = normalised({1: 1, 2: 1})
    event_id = grouper.assign("a", words, {}, features_of(FIRST)).event_id
    state = grouper.events_[event_id]
    report = features_of(second)
    without_sums = dataclasses.replace(report, figures={})

    score, evidence, _ = grouper._score(words, {}, report, state)
    plain = grouper._score(words, {}, without_sums, state)[0]

    assert score == pytest.approx(plain - OTHER_AMOUNTS_PENALTY if differ else plain)
    assert any(line.startswith("sums differ (2,000,000 vs 85,000,000 EUR)") for line in evidence) == differ


def test_an_events_sums_follow_its_members() -> None:
    state = EventState("e")
    first, second = features_of(FIRST), features_of("Robbers took €3 million in cash from a van in Lyonne.")
    state.absorb("a", normalised({1: 1}), {}, first)
    assert state.money() == {"EUR": [85_000_000.0]}
    state.absorb("b", normalised({1: 1}), {}, second)
    assert sorted(state.money()["EUR"]) == [3_000_000.0, 85_000_000.0]
    state.take_out("b", normalised({1: 1}), {}, second)
    assert state.money() == {"EUR": [85_000_000.0]}
