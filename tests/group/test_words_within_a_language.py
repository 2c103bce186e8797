"""An event reported in two languages compares a new article's words with its members in the
article's own language: the other language's words only lengthen the sum it is measured against.
Vectors are small invented ones; the hashes stand for words."""

from __future__ import annotations

import math

import pytest

from storyweave.group.events import EventGrouper, EventState
from storyweave.group.features import ArticleFeatures, normalised
from storyweave.settings import Settings


def written_in(lang: str) -> ArticleFeatures:
    return ArticleFeatures(terms={}, entities={}, entity_names={}, quote_shingles={}, figures={}, occurred=None,
                           published="2026-06-13", lang=lang)


GERMAN_MORNING = normalised({1: 1.0, 2: 1.0, 3: 1.0, 4: 0.5})
ENGLISH_WIRE = normalised({11: 1.0, 12: 1.0, 13: 1.0, 14: 1.0, 15: 1.0, 16: 1.0})
GERMAN_EVENING = normalised({1: 1.0, 2: 1.0, 5: 1.0})


def text_similarity(reasons: list[str]) -> float:
    return float(next(r for r in reasons if r.startswith("text similarity")).split()[-1])


def two_language_event() -> tuple[EventGrouper, EventState]:
    grouper = EventGrouper(Settings())
    grouper.absorb("e1", "morning", GERMAN_MORNING, {}, written_in("de"))
    grouper.absorb("e1", "wire", ENGLISH_WIRE, {}, written_in("en"))
    return grouper, grouper.events_["e1"]


def test_a_report_is_compared_in_words_with_the_members_of_its_own_language() -> None:
    grouper, state = two_language_event()
    _, reasons, _ = grouper._score(GERMAN_EVENING, {}, written_in("de"), state)
    alone = sum(GERMAN_EVENING.get(h, 0.0) * v for h, v in GERMAN_MORNING.items())
    assert text_similarity(reasons) == pytest.approx(alone, abs=0.005)
    # against the sum of both languages the same words would have scored well below it
    both = sum(GERMAN_EVENING.get(h, 0.0) * v for h, v in GERMAN_MORNING.items()) / math.sqrt(state.term_norm2)
    assert both < alone - 0.1


def test_a_language_no_member_writes_is_measured_against_the_whole_sum() -> None:
    grouper, state = two_language_event()
    french = normalised({1: 1.0, 11: 1.0, 20: 1.0})
    _, reasons, _ = grouper._score(french, {}, written_in("fr"), state)
    whole = sum(french.get(h, 0.0) * v for h, v in state.term_sum.items()) / math.sqrt(state.term_norm2)
    assert text_similarity(reasons) == pytest.approx(whole, abs=0.005)


def test_taking_a_member_out_takes_its_words_out_of_its_language() -> None:
    grouper, state = two_language_event()
    grouper.absorb("e1", "evening", GERMAN_EVENING, {}, written_in("de"))
    state.take_out("evening", GERMAN_EVENING, {}, written_in("de"))
    own_sum, own_norm2 = state.terms_by_lang["de"]
    assert {h: round(v, 9) for h, v in own_sum.items() if abs(v) > 1e-12} == {h: round(v, 9) for h, v in GERMAN_MORNING.items()}
    assert own_norm2[0] == pytest.approx(1.0)


def test_one_language_keeps_no_second_sum() -> None:
    grouper = EventGrouper(Settings())
    grouper.absorb("e1", "a", GERMAN_MORNING, {}, written_in("de"))
    grouper.absorb("e1", "b", GERMAN_EVENING, {}, written_in("de"))
    assert grouper.events_["e1"].terms_by_lang is None
