"""An inverted index from distinctive terms to the groups that recently used them.

Comparing each new article with every event is quadratic; comparing it with the events that
share its most distinctive terms keeps grouping linear in the number of articles."""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict, deque


def index_keys(terms: dict[int, float], entities: dict[int, float], top: int) -> list[int]:
    """The `top` heaviest terms (ties by hash, so the order is deterministic) and every entity,
    entities in their own (negative) key space."""
    heaviest = heapq.nsmallest(top, terms.items(), key=lambda item: (-item[1], item[0]))
    return [h for h, _ in heaviest] + [-1 - h for h in entities]


class CandidateIndex:
    def __init__(self, postings_per_key: int, max_candidates: int = 10):
        self.postings_per_key = postings_per_key
        self.max_candidates = max_candidates
        self._postings: dict[int, deque[str]] = defaultdict(lambda: deque(maxlen=self.postings_per_key))

    def insert(self, group_id: str, keys: list[int]) -> None:
        for key in keys:
            posting = self._postings[key]
            if group_id in posting:
                posting.remove(group_id)
            posting.append(group_id)

    def remove(self, group_id: str, keys: list[int]) -> None:
        for key in keys:
            posting = self._postings.get(key)
            if posting and group_id in posting:
                posting.remove(group_id)

    def query(self, keys: list[int]) -> list[str]:
        """Groups sharing the most keys first; ties broken by id so the order is deterministic."""
        counts: Counter[str] = Counter()
        for key in keys:
            posting = self._postings.get(key)
            if posting:
                counts.update(posting)
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        return [group_id for group_id, _ in ranked[: self.max_candidates]]
