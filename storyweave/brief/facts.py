"""What agreement and disagreement between reports look like, whatever the fact: figures
(compare_figures), dates (compare_dates) and, with the quote ledger, quotes.

Agreement needs two independent sources (a copy or translation speaks for its original, an outlet
for all its reports). Disagreement is looked for between any two articles, a translation and its
original included: a mistranslated figure ("thousands of troops" for "thousands of prisoners") is
what a reader most needs to see. Variants are shown side by side; nothing is averaged or picked."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Agreement:
    kind: str  # "figure" | "quote" | "date"
    text: str
    sources: list[str]


@dataclass(frozen=True)
class Variant:
    text: str
    sentence: str
    sources: list[str]


@dataclass(frozen=True)
class Disagreement:
    kind: str  # "figure" | "date"
    about: str
    variants: list[Variant]


def independent(ids: Iterable[str], keys: dict[str, str]) -> bool:
    return len({keys[i] for i in ids}) >= 2


def components(pairs: list[tuple[int, int]]) -> list[list[int]]:
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        parent[find(a)] = find(b)
    members: dict[int, list[int]] = defaultdict(list)
    for x in sorted(parent):
        members[find(x)].append(x)
    return list(members.values())
