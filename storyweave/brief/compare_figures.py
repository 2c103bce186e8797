"""Figures compared across reports: the same figure from two independent sources, and one measure
reported with different values, or one number counting different things."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable

from storyweave.brief.facts import Agreement, Disagreement, Variant, components, independent
from storyweave.brief.figures import (
    GENERIC_COUNTED,
    context_words,
    describe,
    lemma,
    local_words,
    measure_key,
    number_words,
    same_measure,
    same_value,
    what_is_counted,
    word_before,
    worth_reporting,
)
from storyweave.brief.sources import SourceArticle
from storyweave.brief.words import content_words, jaccard
from storyweave.model import Figure

SAME_SUBJECT = 0.2  # context overlap at which two figures of one measure are about the same thing
DURATIONS = {"second", "minute", "hour", "day", "night", "week", "month", "year", "season", "decade", "century", "term"}
SAME_AMOUNT = 0.3  # overlap of the words around two bare amounts (percentages, sums) that measure one thing
SAME_STATEMENT = 0.3  # sentence overlap at which one number counting two different things is one statement


def figure_agreements(articles: list[SourceArticle], keys: dict[str, str]) -> list[Agreement]:
    groups: dict[tuple[float, str | None], list[list[tuple[str, Figure]]]] = defaultdict(list)
    for article in articles:
        for figure in article.figures:
            bucket = groups[(round(figure.value, 3), figure.unit)]
            group = next((g for g in bucket if same_measure(g[0][1], figure)), None)
            if group is None:
                bucket.append([(article.id, figure)])
            else:
                group.append((article.id, figure))
    agreed = []
    for bucket in groups.values():
        for group in bucket:
            ids = list(dict.fromkeys(i for i, _ in group))
            if independent(ids, keys) and worth_reporting(group[0][1]):
                agreed.append(Agreement("figure", describe(group[0][1]), ids))
    return agreed


Item = tuple[str, Figure]


def _pairs(items: list[Item], bucket_of: Callable[[Figure], Hashable], differ: Callable[[Item, Item], bool]) -> list[tuple[int, int]]:
    buckets: dict[Hashable, list[int]] = defaultdict(list)
    for index, (_, figure) in enumerate(items):
        buckets[bucket_of(figure)].append(index)
    pairs = []
    for bucket, indexes in buckets.items():
        if bucket is None:
            continue
        for n, i in enumerate(indexes):
            for j in indexes[n + 1 :]:
                if items[i][0] != items[j][0] and differ(items[i], items[j]):
                    pairs.append((i, j))
    return pairs


class _FigureComparison:
    """Two articles disagree on a figure only when each states its own value and not the other's:
    a report that gives both ("3.2 percent, down from 3.9") disagrees with neither."""

    def __init__(self, items: list[Item]):
        # same_measure implies the same measure_key, so an article's figures are looked up by it
        self.by_measure: dict[tuple[str, object], list[Figure]] = defaultdict(list)
        self._stated: dict[tuple[str, Figure], bool] = {}
        for article_id, figure in items:
            self.by_measure[article_id, measure_key(figure)].append(figure)

    def _states(self, article_id: str, figure: Figure) -> bool:
        key = (article_id, figure)
        if key not in self._stated:
            self._stated[key] = any(
                same_value(figure, other) and same_measure(figure, other) for other in self.by_measure.get((article_id, measure_key(figure)), ())
            )
        return self._stated[key]

    def values_differ(self, a: Item, b: Item) -> bool:
        (id_a, fa), (id_b, fb) = a, b
        if not same_measure(fa, fb) or same_value(fa, fb):
            return False
        if fa.unit is not None or fa.counts is None or fb.counts is None or lemma(fa.counts) in DURATIONS:
            # a bare amount, or a stretch of time ("spent 19 seasons with the team", "spent four
            # seasons as director"): what it is of stands right next to the number
            alike = jaccard(local_words(fa), local_words(fb)) >= SAME_AMOUNT
        else:
            alike = jaccard(context_words(fa), context_words(fb)) >= SAME_SUBJECT
        return alike and not self._states(id_a, fb) and not self._states(id_b, fa)

    def counted_differ(self, a: Item, b: Item) -> bool:
        (id_a, fa), (id_b, fb) = a, b
        counts_a, counts_b = lemma(fa.counts), lemma(fb.counts)
        return (
            fa.unit is None and fb.unit is None and counts_a is not None and counts_b is not None and counts_a != counts_b
            and not {counts_a, counts_b} & GENERIC_COUNTED and same_value(fa, fb) and word_before(fa) == word_before(fb)
            and jaccard(content_words(fa.sentence), content_words(fb.sentence)) >= SAME_STATEMENT
            and not self._states(id_a, fb) and not self._states(id_b, fa)
        )


def _variants(items: list[Item], members: list[int], variant_of: Callable[[Figure], Hashable]) -> list[Variant]:
    by_variant: dict[Hashable, list[int]] = {}
    for index in members:
        by_variant.setdefault(variant_of(items[index][1]), []).append(index)
    return [
        Variant(describe(items[group[0]][1]), items[group[0]][1].sentence, list(dict.fromkeys(items[i][0] for i in group)))
        for group in by_variant.values()
    ]


def figure_disagreements(articles: list[SourceArticle]) -> list[Disagreement]:
    items = [(a.id, f) for a in articles for f in a.figures]
    compare = _FigureComparison(items)
    found: list[Disagreement] = []
    for members in components(_pairs(items, measure_key, compare.values_differ)):
        variants = _variants(items, members, lambda f: round(f.value, 3))
        if len(variants) > 1:
            found.append(Disagreement("figure", what_is_counted(items[members[0]][1]), variants))
    for members in components(_pairs(items, lambda f: (round(f.value, -1) if f.approx else f.value, f.unit), compare.counted_differ)):
        variants = _variants(items, members, lambda f: lemma(f.counts))
        if len(variants) > 1:
            found.append(Disagreement("figure", f"what “{number_words(items[members[0]][1])} …” counts", variants))
    return _once(found)


def _once(found: list[Disagreement]) -> list[Disagreement]:
    """One disagreement per set of differing variants: a headline repeating its lead's figure says it twice."""
    seen: set[tuple[str, frozenset[str]]] = set()
    kept = []
    for disagreement in found:
        key = (disagreement.about, frozenset(v.text for v in disagreement.variants))
        if key not in seen:
            seen.add(key)
            kept.append(disagreement)
    return kept
