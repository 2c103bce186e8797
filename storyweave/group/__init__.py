"""Grouping: near-duplicates → events → stories, each decision with its score and evidence.

`Grouping` streams: it takes the stored state, then new articles batch by batch while the
extraction workers are still busy with later ones, then finishes (second pass, dates, stories).
Each batch's TF-IDF weights use the document frequencies known when it arrives, so a weight is
computed once and never revised: grouping stays linear in the number of articles."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import pickle
from collections import Counter
from collections.abc import Callable, Iterable, MutableMapping
from dataclasses import dataclass, field

from storyweave.group.dates import complete_year, event_date
from storyweave.group.duplicates import DuplicateIndex, minhash
from storyweave.group.events import EventGrouper
from storyweave.group.features import (
    ArticleFeatures, PackedVector, normalised, packed_dot, unpacked, vectors_from_bytes, vectors_to_bytes,
)
from storyweave.group.states import BufferedBlobs
from storyweave.group.stories import EventProfile, StoryGrouper
from storyweave.model import Reason
from storyweave.settings import Settings

__all__ = ["Grouping", "GroupingInput", "GroupingResult", "Scratch"]

SECOND_PASS_MAX_MEMBERS = 5
REASSIGN_MAX_MEMBERS = 30
REASSIGN_MARGIN = 0.05
REASSIGN_BELOW = 0.5  # joins this strong are not reconsidered: as good on ECB+, MEANTIME, NewsWCL50, at 0.22 instead of 0.52 ms an article


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
    # an undated event's day of the year, from its members' datelines ("Sept 22"): not shown as a date
    # (the year is unknown), only used to keep the event out of stories no year could bring it near
    event_days_of_year: dict[str, str] = field(default_factory=dict)


# where grouping keeps what it holds per article and per old event: name → a mapping of bytes
# (a dict by default; the pipeline gives scratch tables on disk)
Scratch = Callable[[str], MutableMapping[str, bytes]]


class _Weights:
    """Document frequencies so far, and TF-IDF weights (smoothed IDF, L2-normalised) from them."""

    def __init__(self) -> None:
        self.documents = 0
        self.frequencies: Counter[int] = Counter()
        self._idf: dict[int, float] = {}  # the IDF of each term met since the last count

    def count(self, vectors: Iterable[dict[int, float]]) -> None:
        for vector in vectors:
            self.documents += 1
            self.frequencies.update(vector.keys())
        self._idf = {}

    def weigh(self, vector: dict[int, float]) -> dict[int, float]:
        if not vector:
            return {}
        n, df, idf = self.documents, self.frequencies, self._idf
        # a batch's articles share most of their terms: each IDF is computed once per batch
        for h in set(vector).difference(idf):  # (a dict argument: the lookups go into it)
            idf[h] = math.log((1 + n) / (1 + df.get(h, 0))) + 1.0
        weighted = [w * idf[h] for h, w in vector.items()]
        norm = math.sqrt(sum([v * v for v in weighted])) or 1.0  # as `normalised` does, without the dict between
        return dict(zip(vector, [v / norm for v in weighted]))


class Grouping:
    """`stored` (the articles already grouped) is read twice, document frequencies first, then
    article by article: it may stream from the store, so none of it is held at once."""

    def __init__(self, stored: Iterable[GroupingInput], settings: Settings, scratch: Scratch | None = None):
        self.settings = settings
        self._scratch: Scratch = scratch or (lambda name: {})
        self.items: list[GroupingInput] = []
        # an article's weighted vectors, until it is placed; from then on packed into bytes in
        # `_placed` (the second pass and centrality read them again)
        self.terms: list[dict[int, float] | None] = []
        self.entities: list[dict[int, float] | None] = []
        # (kept in memory up to a budget before they go to disk: a write to a scratch table costs
        # some 85 µs, a tenth of an article's grouping)
        self._placed = BufferedBlobs(self._scratch("vectors"))
        # this run's articles' features, less their raw counts: the second pass and the
        # reassignment score them again (a stored article never moves)
        self._placed_features = BufferedBlobs(self._scratch("features"))
        self._term_weights, self._entity_weights = _Weights(), _Weights()
        self.events = EventGrouper(settings, self._scratch("events"))
        self._duplicates = DuplicateIndex(settings.duplicate_threshold)
        self.result = GroupingResult()
        self._stored_story: dict[str, str] = {}
        for item in stored:
            self._term_weights.count([item.features.terms])
            self._entity_weights.count([item.features.entities])
        for item in stored:
            key = len(self.items)
            self._append(item)
            assert item.event_id is not None
            if item.story_id:
                self._stored_story[item.event_id] = item.story_id
            self.events.absorb(item.event_id, item.article_id, self.terms[key], self.entities[key], item.features)
            self._remember(key, minhash(item.body))
            self._release(key, new=False)
        self._new_from = len(self.items)

    def _take(self, batch: list[GroupingInput]) -> None:
        self._term_weights.count(item.features.terms for item in batch)
        self._entity_weights.count(item.features.entities for item in batch)
        for item in batch:
            self._append(item)

    def _append(self, item: GroupingInput) -> None:
        self.items.append(item)
        self.terms.append(self._term_weights.weigh(item.features.terms))
        self.entities.append(self._entity_weights.weigh(item.features.entities))

    def _release(self, key: int, new: bool = True) -> None:
        """Once placed, an article's text and raw term counts are not read again; its weighted
        vectors are, packed; of its features only the dates and scalars are kept at hand, the
        rest of a `new` article's goes to `_placed_features`. Keeps what grouping holds per
        article small."""
        item = self.items[key]
        features = item.features
        slim = ArticleFeatures({}, {}, {}, {}, {}, features.occurred, features.published, features.partial_published,
                               features.weekday, features.lang)
        if new:
            kept = dataclasses.replace(features, terms={}, entities={})
            self._placed_features[str(key)] = pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL)
        self.items[key] = dataclasses.replace(item, body="", features=slim)
        self._placed[str(key)] = vectors_to_bytes(self.terms[key], self.entities[key])  # type: ignore[arg-type]
        self.terms[key] = self.entities[key] = None

    def _placed_vectors(self, key: int) -> tuple[PackedVector, PackedVector]:
        """A placed article's weighted term and entity vectors, packed."""
        return vectors_from_bytes(self._placed[str(key)])

    def _placed_article(self, key: int) -> tuple[dict[int, float], dict[int, float], ArticleFeatures]:
        """A placed article of this run as grouping scored it: its weighted vectors and features."""
        terms, entities = self._placed_vectors(key)
        return unpacked(terms), unpacked(entities), pickle.loads(self._placed_features[str(key)])

    def _remember(self, key: int, signature) -> None:
        if signature is not None:
            self._duplicates.insert(key, signature)

    def add(self, batch: list[GroupingInput], progress: Callable[[int], None] | None = None) -> None:
        """Assign a batch of new articles, in order, to events among everything seen so far."""
        first = len(self.items)
        self._take(batch)
        result = self.result
        for key in range(first, len(self.items)):
            item = self.items[key]
            signature = minhash(item.body)
            matches = self._duplicates.query(signature) if signature is not None else []
            if matches:
                original_key, similarity = matches[0]
                original = self.items[original_key]
                event_id = result.event_of.get(original.article_id) or original.event_id
                assert event_id is not None
                self.events.absorb(event_id, item.article_id, self.terms[key], self.entities[key], item.features)
                result.event_of[item.article_id] = event_id
                result.duplicate_of[item.article_id] = original.article_id
                result.reasons[item.article_id] = Reason(
                    round(similarity, 4), (f"near-duplicate of {original.article_id} (Jaccard {similarity:.2f})",)
                )
            else:
                assignment = self.events.assign(item.article_id, self.terms[key], self.entities[key], item.features)
                result.event_of[item.article_id] = assignment.event_id
                result.duplicate_of[item.article_id] = None
                result.reasons[item.article_id] = assignment.reason
                if assignment.new_event:
                    result.new_events.append(assignment.event_id)
            self._remember(key, signature)
            self._release(key)
            if progress:
                progress(1)

    def finish(self, events_final: Callable[[GroupingResult], None] | None = None) -> GroupingResult:
        """The second pass, dates, stories; `events_final` is given the result once every article's
        event, reason and completed date are final, before the stories are made (the caller writes
        them meanwhile)."""
        self._second_pass()
        self._reassign()
        self._dates_and_centrality()
        if events_final is not None:
            events_final(self.result)
        self._stories()
        return self.result

    def _second_pass(self) -> None:
        """Small events this run opened get one more look, smallest first, now that events grew."""
        result = self.result
        new_events = set(result.new_events)
        keys_of: dict[str, list[int]] = {}
        for key in range(self._new_from, len(self.items)):
            event_id = result.event_of[self.items[key].article_id]
            if event_id in new_events:
                keys_of.setdefault(event_id, []).append(key)
        small = [e for e, keys in keys_of.items() if len(keys) <= SECOND_PASS_MAX_MEMBERS]
        for event_id in sorted(small, key=lambda e: (len(keys_of[e]), e)):
            keys = keys_of[event_id]
            if len(self.events.events_[event_id].members) != len(keys):
                continue  # something joined it in this pass
            moved = self.events.reconsider(event_id, [self._placed_article(k) for k in keys])
            if moved is None:
                continue
            target, reasons = moved
            for k, reason in zip(keys, reasons):
                article_id = self.items[k].article_id
                result.event_of[article_id] = target
                result.reasons[article_id] = reason
            result.new_events.remove(event_id)
            del keys_of[event_id]
            if target in keys_of:
                keys_of[target].extend(keys)

    def _reassign(self) -> None:
        """One refinement step over this run's articles, in order (as k-means takes after its
        first assignment): an article that fits another event clearly better than its own, its
        own judged without it, moves there with its near-duplicates. Online order can place an
        article before the event it belongs to exists (a copy read before its original)."""
        result = self.result
        size: Counter[str] = Counter(item.event_id or result.event_of[item.article_id] for item in self.items)
        copies: dict[str, list[int]] = {}
        for key in range(self._new_from, len(self.items)):
            original = result.duplicate_of.get(self.items[key].article_id)
            if original:
                copies.setdefault(original, []).append(key)
        for key in range(self._new_from, len(self.items)):
            item = self.items[key]
            if result.duplicate_of.get(item.article_id):
                continue
            event_id = result.event_of[item.article_id]
            moving = [key, *copies.get(item.article_id, [])]
            if not len(moving) < size[event_id] <= REASSIGN_MAX_MEMBERS or result.reasons[item.article_id].score >= REASSIGN_BELOW:
                continue
            leaving = [(self.items[k].article_id, *self._placed_article(k)) for k in moving]
            moved = self.events.reassign(event_id, leaving, REASSIGN_MARGIN)
            if moved is None:
                continue
            target, reason = moved
            for k in moving:
                result.event_of[self.items[k].article_id] = target
            size[event_id] -= len(moving)
            size[target] += len(moving)
            result.reasons[item.article_id] = reason

    def _dates_and_centrality(self) -> None:
        result = self.result
        members: dict[str, list[int]] = {}
        for key, item in enumerate(self.items):
            members.setdefault(item.event_id or result.event_of[item.article_id], []).append(key)
        for event_id, keys in members.items():
            features = [self.items[k].features for k in keys]
            day = event_date([f.occurred for f in features if f.occurred], [f.published for f in features if f.published])
            result.event_dates[event_id] = day
            partials = [f.partial_published for f in features if f.partial_published]
            if day is None and partials:
                result.event_days_of_year[event_id] = Counter(partials).most_common(1)[0][0]
            state = self.events.events_[event_id]
            norm = math.sqrt(state.term_norm2) or 1.0
            for k in keys:
                article_id = self.items[k].article_id
                result.centrality[article_id] = packed_dot(self._placed_vectors(k)[0], state.term_sum) / norm
                partial = self.items[k].features.partial_published
                if partial and day and (completed := complete_year(partial, day)):
                    result.published_inferred[article_id] = completed

    def _stories(self) -> None:
        """Events into stories. Each event's profile is built when it is used and its state
        dropped then (nothing reads it after this pass), so the profiles never all exist at once."""
        result = self.result
        stories = StoryGrouper(self.settings, self._scratch("stories"))
        states = self.events.events_
        new_events = set(result.new_events)

        def date(event_id: str) -> dt.date | None:
            day = result.event_dates.get(event_id)
            return dt.date.fromisoformat(day) if day else None

        def profile(event_id: str) -> EventProfile:
            state = states.pop(event_id)
            return EventProfile(
                event_id, normalised(state.term_sum), normalised(state.entity_sum), state.entity_names, date(event_id),
                frozenset(state.langs), result.event_days_of_year.get(event_id), state.sounds,
            )

        for event_id in list(states):
            if event_id not in new_events and event_id in self._stored_story:
                stories.absorb(self._stored_story[event_id], profile(event_id))
        ordered = sorted(result.new_events, key=lambda e: (date(e) is None, date(e) or dt.date.min, e))
        for event_id in ordered:
            story_id, reason = stories.assign(profile(event_id))
            result.story_of[event_id] = story_id
            result.story_reasons[event_id] = reason

