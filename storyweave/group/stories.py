"""Stories: events linked when they share actors and subject within a time window.

Events arrive in date order; each joins the best story whose events lie within the window and
whose text and entities are close enough, or starts a story. An undated event has no window to
vouch for it, so it needs a clearly higher score, and so does a follow-up months after the story's
nearest event, beyond the window."""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import math
from collections.abc import MutableMapping
from dataclasses import dataclass, field

from storyweave.group.candidates import CandidateIndex, index_keys
from storyweave.group.features import KeepsLatinSounds, accumulate, dot, names_dot, sounding_evidence
from storyweave.group.states import BufferedBlobs, SpillingStates
from storyweave.model import Reason
from storyweave.settings import Settings

TEXT_WEIGHT = 0.5
ENTITY_WEIGHT = 0.5
EVIDENCE_ENTITIES = 6


def _nearest_in_any_year(day_of_year: str, dates: list[dt.date]) -> int | None:
    """Fewest days between a month and day ("--09-22") and any of `dates`, over the years around them."""
    month, day = int(day_of_year[2:4]), int(day_of_year[5:7])
    gaps = []
    for date in dates:
        for year in (date.year - 1, date.year, date.year + 1):
            try:
                gaps.append(abs((dt.date(year, month, day) - date).days))
            except ValueError:
                continue  # 29 February in a common year
    return min(gaps) if gaps else None


def story_id_for(event_id: str) -> str:
    return "s" + hashlib.sha1(event_id.encode()).hexdigest()[:12]


@dataclass
class EventProfile:
    """An event as story linking sees it: unit vectors and a date."""

    id: str
    terms: dict[int, float]
    entities: dict[int, float]
    entity_names: dict[int, str]
    date: dt.date | None
    langs: frozenset[str] = frozenset()
    day_of_year: str | None = None  # "--09-22": an undated event's dateline day, its year unknown
    sounds: dict[int, str] = field(default_factory=dict)  # how its names written in characters sound


@dataclass
class StoryState(KeepsLatinSounds):
    id: str
    events: list[str] = field(default_factory=list)
    term_sum: dict[int, float] = field(default_factory=dict)
    entity_sum: dict[int, float] = field(default_factory=dict)
    entity_names: dict[int, str] = field(default_factory=dict)
    sounds: dict[int, str] = field(default_factory=dict)
    dates: list[dt.date] = field(default_factory=list)  # of its dated events, in order
    term_norm2: float = 0.0
    entity_norm2: float = 0.0
    langs: set[str] = field(default_factory=set)
    latin_index: dict[str, int] | None = field(default=None, repr=False, compare=False)  # see KeepsLatinSounds

    def absorb(self, event: EventProfile) -> None:
        self.latin_index = None
        self.langs.update(event.langs)
        self.events.append(event.id)
        self.term_norm2 += accumulate(self.term_sum, event.terms)
        self.entity_norm2 += accumulate(self.entity_sum, event.entities)
        self.entity_names.update(event.entity_names)
        self.sounds.update(event.sounds)
        if event.date:
            bisect.insort(self.dates, event.date)  # sorted, so the nearest is found by bisection

    def days_to_nearest(self, date: dt.date) -> int:
        """Days between `date` and the story's nearest dated event (it has one)."""
        place = bisect.bisect_left(self.dates, date)
        return min(abs((date - d).days) for d in self.dates[max(0, place - 1) : place + 1])


class StoryGrouper:
    def __init__(self, settings: Settings, cold: MutableMapping[str, bytes] | None = None):
        self.settings = settings
        # as events are: the most recently used as objects, older ones pickled in memory up to a
        # budget, then on disk
        self.stories_: SpillingStates[StoryState] = SpillingStates(
            settings.events_in_memory, None if cold is None else BufferedBlobs(cold))
        self._index = CandidateIndex(settings.candidate_postings, settings.candidate_events)

    def _keys(self, event: EventProfile) -> list[int]:
        return index_keys(event.terms, event.entities, self.settings.candidate_terms)

    def absorb(self, story_id: str, event: EventProfile, keys: list[int] | None = None) -> None:
        state = self.stories_.get(story_id)
        if state is None:
            state = self.stories_[story_id] = StoryState(story_id)
        state.absorb(event)
        self._index.insert(story_id, self._keys(event) if keys is None else keys)

    def assign(self, event: EventProfile) -> tuple[str, Reason]:
        best: tuple[float, str] | None = None
        keys = self._keys(event)
        for story_id in self._index.query(keys):
            scored = self._score(event, self.stories_[story_id], explain=False)
            if scored is not None and (best is None or scored[0] > best[0]):
                best = (scored[0], story_id)
        if best is not None:
            # the evidence a reader sees is written for the chosen story only
            evidence = self._score(event, self.stories_[best[1]])[1]  # type: ignore[index]
            self.absorb(best[1], event, keys)
            return best[1], Reason(round(best[0], 4), tuple(evidence))
        story_id = story_id_for(event.id)
        self.absorb(story_id, event, keys)
        return story_id, Reason(0.0, ("opened a new story",))

    def _score(self, event: EventProfile, story: StoryState, explain: bool = True) -> tuple[float, list[str]] | None:
        """(score, evidence) when the event may join the story, else None; without `explain` the
        evidence is left empty (the score is the same)."""
        s = self.settings
        # the time window first: a story out of reach needs no similarity worked out
        gap = story.days_to_nearest(event.date) if event.date and story.dates else None
        if gap is not None and gap > max(s.story_window_days, s.story_follow_up_days):
            return None
        term_norm = math.sqrt(story.term_norm2) or 1.0
        entity_norm = math.sqrt(story.entity_norm2) or 1.0
        text = dot(event.terms, story.term_sum) / term_norm
        other_language = bool(event.langs and story.langs and not event.langs & story.langs)
        entity_dot, sounding = names_dot(event.entities, event.entity_names, event.sounds,
                                         story.entity_sum, story.entity_names, story.sounds, other_language,
                                         story.latin_sounds)
        entity = entity_dot / entity_norm
        # as for events: across languages, shared names stand in for the words that cannot match
        score = TEXT_WEIGHT * (max(text, entity) if other_language else text) + ENTITY_WEIGHT * entity
        evidence = [f"text similarity {text:.2f}"] if explain else []
        if other_language and explain:
            evidence.append(f"another language ({', '.join(sorted(event.langs))} vs {', '.join(sorted(story.langs))}): names weigh for words")
        if explain:
            shared = sorted((h for h in event.entities if h in story.entity_sum), key=lambda h: (-event.entities[h] * story.entity_sum[h], h))
            if shared:
                evidence.append(f"shared entities ({entity:.2f}): " + ", ".join(story.entity_names.get(h, "?") for h in shared[:EVIDENCE_ENTITIES]))
            if sounding:
                evidence.append(sounding_evidence(sounding, EVIDENCE_ENTITIES))
        if gap is not None:
            evidence.append(f"{gap} days from the story's nearest event")
            threshold = s.story_threshold
            if gap > s.story_window_days:
                threshold = s.story_follow_up_threshold
                evidence.append("a late follow-up: needs the stricter story_follow_up_threshold")
        else:
            threshold = s.story_undated_threshold
            if event.day_of_year and story.dates:
                # in whichever year it happened, a "Sept 22" dateline is that far from the story at least
                gap = _nearest_in_any_year(event.day_of_year, story.dates)
                if gap is not None and gap > s.story_window_days:
                    return None
            evidence.append("undated: needs the stricter story_undated_threshold")
        return (score, evidence) if score >= threshold else None
