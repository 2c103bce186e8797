"""Two grouping decisions: a small event moves whole into an event that grew apart from it, and a
look-alike report about other protagonists scores lower. People and places are invented."""

from __future__ import annotations

from typing import Any

import pytest

import storyweave.group.events as events_module
from storyweave.group.events import EventGrouper
from storyweave.group.features import ArticleFeatures, normalised
from storyweave.model import RawDocument
from storyweave.pipeline import group_in_memory
from storyweave.settings import Settings


def features(published: str = "2024-03-05") -> ArticleFeatures:
    return ArticleFeatures(terms={}, entities={}, entity_names={}, quote_shingles={}, figures={}, occurred=None, published=published)


def grouper_with_two_events(second_late: dict[int, float]) -> tuple[EventGrouper, str, str]:
    """Event 1: a, then c and d (which share words with both sides). Event 2: b, then `second_late`."""
    grouper = EventGrouper(Settings())
    first = grouper.assign("a", normalised({1: 1, 2: 1}), {}, features()).event_id
    second = grouper.assign("b", normalised({3: 1, 4: 1}), {}, features()).event_id
    assert grouper.assign("b2", normalised(second_late), {}, features()).event_id == second
    for late in ("c", "d"):
        assert grouper.assign(late, normalised({1: 1, 2: 1, 3: 1, 4: 1}), {}, features()).event_id == first
    return grouper, first, second


def test_a_small_event_moves_whole_when_every_member_now_fits_the_grown_event() -> None:
    grouper, first, second = grouper_with_two_events({3: 1, 4: 1, 5: 0.2})
    members = [(normalised({3: 1, 4: 1}), {}, features()), (normalised({3: 1, 4: 1, 5: 0.2}), {}, features())]
    moved = grouper.reconsider(second, members)
    assert moved is not None
    target, reasons = moved
    assert target == first
    assert grouper.events_[first].members == ["a", "c", "d", "b", "b2"]
    assert second not in grouper.events_
    assert all("second pass" in reason.evidence[0] for reason in reasons)


def test_an_article_alone_in_its_event_moves_once_an_event_grew_towards_it() -> None:
    """The single member opened its event when every event it saw rejected it; only events that
    changed since are scored again, so this checks that growing counts as a change."""
    grouper = EventGrouper(Settings())
    first = grouper.assign("a", normalised({1: 1, 2: 1}), {}, features()).event_id
    alone = grouper.assign("b", normalised({3: 1, 4: 1}), {}, features()).event_id
    assert alone != first
    for late in ("c", "d"):
        assert grouper.assign(late, normalised({1: 1, 2: 1, 3: 1, 4: 1}), {}, features()).event_id == first
    moved = grouper.reconsider(alone, [(normalised({3: 1, 4: 1}), {}, features())])
    assert moved is not None and moved[0] == first
    assert grouper.events_[first].members == ["a", "c", "d", "b"]


def test_an_article_alone_in_its_event_stays_when_nothing_changed_since() -> None:
    grouper = EventGrouper(Settings())
    first = grouper.assign("a", normalised({1: 1, 2: 1}), {}, features()).event_id
    alone = grouper.assign("b", normalised({1: 0.3, 3: 1, 4: 1}), {}, features()).event_id
    assert alone != first
    assert grouper.reconsider(alone, [(normalised({1: 0.3, 3: 1, 4: 1}), {}, features())]) is None
    assert grouper.events_[alone].members == ["b"]


def test_a_small_event_stays_when_one_member_does_not_fit() -> None:
    grouper, first, second = grouper_with_two_events({3: 1, 4: 1, 5: 1})
    members = [(normalised({3: 1, 4: 1}), {}, features()), (normalised({3: 1, 4: 1, 5: 1}), {}, features())]
    assert grouper.reconsider(second, members) is None
    assert grouper.events_[second].members == ["b", "b2"]
    assert grouper.events_[first].members == ["a", "c", "d"]


def test_a_small_event_whose_first_member_fits_nowhere_stays_without_scoring_the_rest(monkeypatch: pytest.MonkeyPatch) -> None:
    grouper, first, second = grouper_with_two_events({3: 1, 4: 1, 5: 1})
    members = [(normalised({3: 1, 4: 1, 5: 1}), {}, features()), (normalised({3: 1, 4: 1}), {}, features())]
    looked_for: list[dict[int, float]] = []
    best = grouper._best
    monkeypatch.setattr(grouper, "_best", lambda weights, *args: looked_for.append(weights) or best(weights, *args))

    assert grouper.reconsider(second, members) is None

    assert looked_for == [members[0][0]]
    assert grouper.events_[second].members == ["b", "b2"]


BOUT = """{winner} stops {loser} in the sixth round to keep his heavyweight belts
{winner} kept his heavyweight belts on Saturday, stopping {loser} in the sixth round in front of a full arena in Varnholm.
{winner} dropped {loser} with a left hook, and the referee waved the bout off as {loser} rose unsteadily.
"He came to fight and I respect that," {winner} said. {loser} said he wanted a rematch with {winner}.
{winner} has now defended the belts nine times, and promoters said {winner} could fight again in the autumn.
"""

OTHER_BOUT = """{winner} keeps heavyweight titles with stoppage of {loser}
Heavyweight champion {winner} retained his titles on Saturday night when the referee stopped his bout with {loser} in Varnholm.
{loser}, a late substitute, was floored twice before the stoppage and left the ring without speaking to reporters.
"The left hook was the plan all along," {winner} said after the bout. Promoters said {winner} could defend the belts again.
"""


def bouts(loser_of_third: str) -> dict[str, Any]:
    texts = {
        "one": BOUT.format(winner="Ivo Marek", loser="Dane Colter"),
        "two": BOUT.format(winner="Ivo Marek", loser="Dane Colter").replace("full arena", "packed hall"),
        "three": OTHER_BOUT.format(winner="Ivo Marek", loser=loser_of_third),
    }
    return group_in_memory([RawDocument(name, name, text) for name, text in texts.items()], Settings())


def test_a_look_alike_bout_against_another_opponent_is_another_event(monkeypatch: pytest.MonkeyPatch) -> None:
    export = bouts("Rafe Santori")
    event = {a["input"]: a["event"] for a in export["articles"]}
    assert event["one"] == event["two"] != event["three"]
    # the same texts join when the protagonists are not compared: the penalty is what keeps them apart
    monkeypatch.setattr(events_module, "OTHER_ACTORS_PENALTY", 0.0)
    export = bouts("Rafe Santori")
    event = {a["input"]: a["event"] for a in export["articles"]}
    assert event["one"] == event["three"]


def test_the_same_bout_reported_again_is_not_penalised() -> None:
    export = bouts("Dane Colter")
    assert len({a["event"] for a in export["articles"]}) == 1
    reasons = [e for ev in export["events"] for r in ev["reasons"] for e in r["evidence"]]
    assert not any("other protagonists" in e for e in reasons)


def dated(occurred: str) -> ArticleFeatures:
    return ArticleFeatures(terms={}, entities={}, entity_names={}, quote_shingles={}, figures={}, occurred=occurred, published=None)


@pytest.mark.parametrize(("second_day", "joins"), [("2024-03-04", True), ("2024-03-05", True), ("2024-03-06", False), ("2024-03-12", False)])
def test_stated_days_a_few_apart_count_against_a_join_and_further_apart_forbid_it(second_day: str, joins: bool) -> None:
    grouper = EventGrouper(Settings())
    words = normalised({1: 1, 2: 1, 3: 1})
    first = grouper.assign("a", words, {}, dated("2024-03-01")).event_id
    assignment = grouper.assign("b", words, {}, dated(second_day))
    assert (assignment.event_id == first) is joins
    if joins:
        assert any("days apart" in evidence for evidence in assignment.reason.evidence)


def undated() -> ArticleFeatures:
    return ArticleFeatures(terms={}, entities={}, entity_names={}, quote_shingles={}, figures={}, occurred=None, published=None)


def grouper_with_an_early_undated_report(undated_words: dict[int, float]) -> tuple[EventGrouper, str, str]:
    """a (1 March) opens event 1; the undated x joins it, as nothing better exists yet; b and c
    (20 March) cannot join event 1 (dates too far apart) and open event 2."""
    grouper = EventGrouper(Settings())
    first = grouper.assign("a", normalised({1: 1, 2: 1}), {}, dated("2024-03-01")).event_id
    assert grouper.assign("x", normalised(undated_words), {}, undated()).event_id == first
    second = grouper.assign("b", normalised({1: 1, 2: 1, 3: 1, 4: 1}), {}, dated("2024-03-20")).event_id
    assert second != first
    assert grouper.assign("c", normalised({1: 1, 2: 1, 3: 1, 4: 1}), {}, dated("2024-03-20")).event_id == second
    return grouper, first, second


def test_an_article_placed_early_moves_to_the_event_it_fits_clearly_better() -> None:
    words = normalised({1: 1, 2: 1, 3: 1, 4: 1})
    grouper, first, second = grouper_with_an_early_undated_report(words)

    moved = grouper.reassign(first, [("x", words, {}, undated())], 0.05)

    assert moved is not None and moved[0] == second
    assert "moved on a second pass" in moved[1].evidence[0]
    assert grouper.events_[first].members == ["a"]
    assert {k for k, v in grouper.events_[first].term_sum.items() if abs(v) > 1e-9} == {1, 2}  # x's words left with it
    assert grouper.events_[second].members == ["b", "c", "x"]


def test_an_article_that_fits_its_own_event_as_well_stays() -> None:
    words = normalised({1: 1, 2: 1, 3: 0.3, 4: 0.3})
    grouper, first, _ = grouper_with_an_early_undated_report(words)
    before = dict(grouper.events_[first].term_sum)

    assert grouper.reassign(first, [("x", words, {}, undated())], 0.05) is None
    state = grouper.events_[first]
    assert state.members == ["a", "x"]
    assert all(abs(state.term_sum[k] - v) < 1e-9 for k, v in before.items())  # its vectors are back


def test_an_article_no_other_event_takes_leaves_its_own_event_as_it_was() -> None:
    """Nothing else shares its words: its event is not taken apart and summed again, so its members
    keep their order and its sums stay the same to the last bit."""
    grouper = EventGrouper(Settings())
    words = normalised({1: 0.7, 2: 1, 3: 1})
    own = grouper.assign("x", words, {}, undated()).event_id
    assert grouper.assign("a", normalised({1: 0.9, 2: 1, 3: 1}), {}, undated()).event_id == own
    assert grouper.assign("far", normalised({8: 1, 9: 1}), {}, undated()).event_id != own
    before = grouper.events_[own]
    sums = (dict(before.term_sum), before.term_norm2)

    assert grouper.reassign(own, [("x", words, {}, undated())], 0.05) is None

    state = grouper.events_[own]
    assert state.members == ["x", "a"]
    assert (state.term_sum, state.term_norm2) == sums


def test_taking_a_member_out_leaves_the_event_as_if_it_had_never_joined() -> None:
    from storyweave.group.events import EventState

    def stating(quote: int, figure: str, day: str, lang: str) -> ArticleFeatures:
        return ArticleFeatures(terms={}, entities={}, entity_names={}, quote_shingles={quote: "q"}, figures={figure: figure},
                               occurred=day, published=day, weekday="Monday", lang=lang, actors={7: "marek"})

    first = stating(1, "12", "2024-03-01", "en")
    second = stating(1, "40", "2024-03-02", "de")  # shares the quote, adds a figure, a day and a language
    alone, both = EventState("e"), EventState("e")
    alone.absorb("a", normalised({1: 1, 2: 1}), normalised({5: 1}), first)
    for article_id, features in (("a", first), ("b", second)):
        both.absorb(article_id, normalised({1: 1, 2: 1} if article_id == "a" else {2: 1, 3: 1}), normalised({5: 1}), features)

    both.take_out("b", normalised({2: 1, 3: 1}), normalised({5: 1}), second)

    assert both.members == alone.members
    assert (both.quote_shingles, both.figures, both.occurred, both.published, both.weekdays, both.langs, both.actors) == (
        alone.quote_shingles, alone.figures, alone.occurred, alone.published, alone.weekdays, alone.langs, alone.actors)
    assert both.repeats == {}
    assert {k: round(v, 9) for k, v in both.term_sum.items() if abs(v) > 1e-12} == {k: round(v, 9) for k, v in alone.term_sum.items()}
    assert abs(both.term_norm2 - alone.term_norm2) < 1e-9


def weekday_lead(weekday: str) -> ArticleFeatures:
    return ArticleFeatures(terms={}, entities={}, entity_names={}, quote_shingles={}, figures={}, occurred=None, published=None,
                           weekday=weekday)


@pytest.mark.parametrize(("weekday", "evidence", "change"), [
    ("Friday", "both name Friday", 0.05),  # the occurrence day of the event (1 March 2024 was a Friday)
    ("Sunday", "both name Sunday", 0.05),  # the day before a member was published
    ("Tuesday", "days differ", -0.08),
])
def test_an_undated_lead_weekday_is_checked_against_a_dated_events_days(weekday: str, evidence: str, change: float) -> None:
    grouper = EventGrouper(Settings())
    words = normalised({1: 1, 2: 1})
    grouper.assign("a", words, {}, dated("2024-03-01"))
    event_id = grouper.assign("b", words, {}, features("2024-03-04")).event_id
    state = grouper.events_[event_id]
    plain = grouper._score(words, {}, undated(), state)[0]

    score, reasons, _ = grouper._score(words, {}, weekday_lead(weekday), state)

    assert score == pytest.approx(plain + change)
    assert any(evidence in reason for reason in reasons)
