"""An inverted index from distinctive terms to the groups that recently used them.

Comparing each new article with every event is quadratic; comparing it with the events that
share its most distinctive terms keeps grouping linear in the number of articles."""

from __future__ import annotations

import heapq
from collections import Counter
from itertools import chain


def index_keys(terms: dict[int, float], entities: dict[int, float], top: int) -> list[int]:
    """The `top` heaviest terms (ties by hash, so the order is deterministic) and every entity,
    entities in their own (negative) key space."""
    if len(terms) > top:
        # the weight of the top-th term bounds the choice: only terms at or above it are sorted
        cutoff = heapq.nlargest(top, terms.values())[-1]
        heaviest = sorted((-w, h) for h, w in terms.items() if w >= cutoff)[:top]
    else:
        heaviest = sorted((-w, h) for h, w in terms.items())
    return [h for _, h in heaviest] + [-1 - h for h in entities]


class CandidateIndex:
    def __init__(self, postings_per_key: int, max_candidates: int):
        self.postings_per_key = postings_per_key
        self.max_candidates = max_candidates
        # most recent last; plain lists, since most keys hold one or two groups and a deque
        # starts at some 600 bytes (12 KiB an article on 2,500 news articles, 3 with lists)
        self._postings: dict[int, list[str]] = {}

    def insert(self, group_id: str, keys: list[int]) -> None:
        postings = self._postings
        for key in keys:
            posting = postings.get(key)
            if posting is None:
                posting = postings[key] = []
            elif group_id in posting:
                posting.remove(group_id)
            posting.append(group_id)
            if len(posting) > self.postings_per_key:
                del posting[0]

    def remove(self, group_id: str, keys: list[int]) -> None:
        for key in keys:
            posting = self._postings.get(key)
            if posting and group_id in posting:
                posting.remove(group_id)

    def query(self, keys: list[int]) -> list[str]:
        """Groups sharing the most keys first; ties broken by id so the order is deterministic."""
        postings = self._postings
        counts = Counter(chain.from_iterable([posting for posting in map(postings.get, keys) if posting]))
        if len(counts) <= self.max_candidates:
            ranked = sorted(counts.items(), key=_most_shared_first)
        else:
            # the best few of often hundreds: the few-th highest count bounds the choice, and only
            # groups at or above it are sorted (the order a full sort gives)
            cutoff = heapq.nlargest(self.max_candidates, counts.values())[-1]
            ranked = sorted([item for item in counts.items() if item[1] >= cutoff], key=_most_shared_first)[: self.max_candidates]
        return [group_id for group_id, _ in ranked]


def _most_shared_first(item: tuple[str, int]) -> tuple[int, str]:
    return -item[1], item[0]
