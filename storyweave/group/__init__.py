"""Grouping: near-duplicates → events → stories, each decision with its score and evidence."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import datetime as dt

from storyweave.group.dates import complete_year, event_date
from storyweave.group.duplicates import DuplicateIndex, minhash
from storyweave.group.events import EventGrouper
from storyweave.group.features import ArticleFeatures, idf_table, weighted
from storyweave.group.stories import EventProfile, StoryGrouper, normalised
from storyweave.model import Reason
from storyweave.settings import Settings

__all__ = ["GroupingInput", "GroupingResult", "group_articles"]


@dataclass(frozen=True)
class GroupingInput:
    article_id: str
    body: str
    features: ArticleFeatures
    event_id: str | None = None  # set for articles already stored: their grouping stays
    story_id: str | None = None


@dataclass
class GroupingResult:
    event_of: dict[str, str] = field(default_factory=dict)
    duplicate_of: dict[str, str | None] = field(default_factory=dict)
    reasons: dict[str, Reason] = field(default_factory=dict)
    new_events: list[str] = field(default_factory=list)
    story_of: dict[str, str] = field(default_factory=dict)  # event → story, for new events
    story_reasons: dict[str, Reason] = field(default_factory=dict)
    event_dates: dict[str, str | None] = field(default_factory=dict)
    published_inferred: dict[str, str] = field(default_factory=dict)  # article → date completed from its event
    centrality: dict[str, float] = field(default_factory=dict)  # article → similarity to its event's centroid


def _vectors(items: list[GroupingInput]) -> tuple[list[dict[int, float]], list[dict[int, float]]]:
    n = len(items)
    term_df: Counter[int] = Counter()
    entity_df: Counter[int] = Counter()
    for item in items:
        term_df.update(item.features.terms.keys())
        entity_df.update(item.features.entities.keys())
    term_idf, entity_idf = idf_table(term_df, n), idf_table(entity_df, n)
    default = idf_table(Counter({0: 1}), n)[0]
    terms = [weighted(item.features.terms, term_idf, default) for item in items]
    entities = [weighted(item.features.entities, entity_idf, default) if item.features.entities else {} for item in items]
    return terms, entities


def group_articles(
    stored: list[GroupingInput],
    new: list[GroupingInput],
    settings: Settings,
    progress: Callable[[int], None] | None = None,
) -> GroupingResult:
    """Assign `new` articles (in the order given) to events among `stored` ones and each other,
    then link the new events into stories. Stored assignments are never changed."""
    everything = stored + new
    terms, entities = _vectors(everything)
    grouper = EventGrouper(settings)
    duplicates = DuplicateIndex(settings.duplicate_threshold)
    result = GroupingResult()
    for key, item in enumerate(everything):
        if item.event_id is None:
            continue
        grouper.absorb(item.event_id, item.article_id, terms[key], entities[key], item.features)
        signature = minhash(item.body)
        if signature is not None:
            duplicates.insert(key, signature)
    offset = len(stored)
    for position, item in enumerate(new):
        key = offset + position
        signature = minhash(item.body)
        matches = duplicates.query(signature) if signature is not None else []
        if matches:
            original_key, similarity = matches[0]
            original = everything[original_key].article_id
            event_id = result.event_of.get(original) or everything[original_key].event_id
            assert event_id is not None
            grouper.absorb(event_id, item.article_id, terms[key], entities[key], item.features)
            result.event_of[item.article_id] = event_id
            result.duplicate_of[item.article_id] = original
            result.reasons[item.article_id] = Reason(round(similarity, 4), (f"near-duplicate of {original} (Jaccard {similarity:.2f})",))
        else:
            assignment = grouper.assign(item.article_id, terms[key], entities[key], item.features)
            result.event_of[item.article_id] = assignment.event_id
            result.duplicate_of[item.article_id] = None
            result.reasons[item.article_id] = assignment.reason
            if assignment.new_event:
                result.new_events.append(assignment.event_id)
        if signature is not None:
            duplicates.insert(key, signature)
        if progress:
            progress(1)

    new_events = set(result.new_events)
    for position, item in enumerate(new):
        event_id = result.event_of[item.article_id]
        if event_id in new_events and len(grouper.events_[event_id].members) == 1:
            key = offset + position
            moved = grouper.reconsider(event_id, terms[key], entities[key], item.features)
            if moved is not None:
                result.event_of[item.article_id] = moved.event_id
                result.reasons[item.article_id] = moved.reason
                result.new_events.remove(event_id)
                new_events.discard(event_id)

    members: dict[str, list[int]] = {}
    for key, item in enumerate(everything):
        members.setdefault(item.event_id or result.event_of[item.article_id], []).append(key)
    for event_id, keys in members.items():
        day = event_date([everything[k].features.occurred for k in keys if everything[k].features.occurred],
                         [everything[k].features.published for k in keys if everything[k].features.published])
        result.event_dates[event_id] = day
        state = grouper.events_[event_id]
        norm = sum(v * v for v in state.term_sum.values()) ** 0.5 or 1.0
        for k in keys:
            result.centrality[everything[k].article_id] = sum(v * state.term_sum.get(h, 0.0) for h, v in terms[k].items()) / norm
            partial = everything[k].features.partial_published
            if partial and day:
                completed = complete_year(partial, day)
                if completed:
                    result.published_inferred[everything[k].article_id] = completed

    stories = StoryGrouper(settings)
    profiles = {
        event_id: EventProfile(event_id, normalised(state.term_sum), normalised(state.entity_sum), state.entity_names,
                               dt.date.fromisoformat(result.event_dates[event_id]) if result.event_dates.get(event_id) else None)
        for event_id, state in grouper.events_.items()
    }
    new_set = set(result.new_events)
    stored_story = {item.event_id: item.story_id for item in stored if item.event_id and item.story_id}
    for event_id, profile in profiles.items():
        if event_id not in new_set and event_id in stored_story:
            stories.absorb(stored_story[event_id], profile)
    ordered = sorted(result.new_events, key=lambda e: (profiles[e].date is None, profiles[e].date or dt.date.min, e))
    for event_id in ordered:
        story_id, reason = stories.assign(profiles[event_id])
        result.story_of[event_id] = story_id
        result.story_reasons[event_id] = reason
    return result
