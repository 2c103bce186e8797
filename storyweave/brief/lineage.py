"""Which articles of an event are copies or translations of which, and so how many sources are
independent.

A copy is what near-duplicate detection found (`duplicate_of`, shared 5-word shingles). A
translation (or a rewrite through a machine translator) shares no shingles with its original but
keeps its facts: the same figures in the same order and the same named people, places and
organisations. Independent reports of one occurrence share some of these, rarely most of them in
order, so a translation needs both."""

from __future__ import annotations

from dataclasses import dataclass

from storyweave.brief.sources import SourceArticle, by_publication
from storyweave.brief.words import STOP_WORDS, jaccard, words

TRANSLATION_MIN_SHARED_FIGURES = 4  # two reports of one rate decision share three numbers in order
TRANSLATION_MIN_SHARED_ACROSS_LANGUAGES = 3
TRANSLATION_FIGURE_ORDER = 0.7  # longest common run of figure values / the longer article's figures
TRANSLATION_ENTITY_OVERLAP = 0.5  # Jaccard of the words of named entities (a translator reorders "Union of Dockworkers")
TRANSLATION_ENTITY_ONLY = 0.75  # with fewer figures, across languages, the named entities must nearly all agree
TRANSLATION_MIN_ENTITIES = 4


@dataclass(frozen=True)
class LineageEntry:
    article: str
    outlet: str | None
    role: str  # "base" | "copy" | "translation" | "independent"
    copy_of: str | None


def lineage(articles: list[SourceArticle]) -> list[LineageEntry]:
    """One entry per article, in the given order."""
    ids = {a.id for a in articles}
    copy_of: dict[str, str] = {}
    role: dict[str, str] = {}
    clusters: dict[str, list[SourceArticle]] = {}
    for article in articles:
        root = _root(article.id, {a.id: a.duplicate_of for a in articles}, ids)
        clusters.setdefault(root, []).append(article)
    for root, members in clusters.items():
        # the earliest published text of a cluster of copies is its base, whichever was stored first
        base = by_publication(members)[0].id if root in ids else root
        for member in members:
            if member.id != base:
                copy_of[member.id], role[member.id] = base, "copy"
    originals: list[SourceArticle] = []
    facts = {a.id: _Facts(a) for a in articles}
    for article in by_publication(articles):
        if article.id in copy_of:
            continue
        original = next((o for o in originals if _translates(facts[article.id], facts[o.id])), None)
        if original is not None:
            copy_of[article.id], role[article.id] = original.id, "translation"
        else:
            originals.append(article)
    for target in copy_of.values():
        role.setdefault(target, "base")
    return [LineageEntry(a.id, a.outlet, role.get(a.id, "independent"), copy_of.get(a.id)) for a in articles]


def _root(start: str, duplicate_of: dict[str, str | None], ids: set[str]) -> str:
    """Follow a chain of copies to the text they all come from (within the event when possible)."""
    seen = {start}
    current = start
    while current in ids and duplicate_of.get(current) and duplicate_of[current] not in seen:
        current = duplicate_of[current]  # type: ignore[assignment]
        seen.add(current)
    return current


class _Facts:
    """What a translation keeps, computed once per article."""

    def __init__(self, article: SourceArticle):
        self.lang = article.lang
        self.names = _entity_names(article)
        self.figures = _figure_values(article)
        self.figure_set = frozenset(self.figures)


def _translates(article: _Facts, original: _Facts) -> bool:
    mine, theirs = article.figures, original.figures
    if len(article.figure_set & original.figure_set) < TRANSLATION_MIN_SHARED_ACROSS_LANGUAGES and article.figure_set != original.figure_set:
        return False  # cheap test first: most pairs of an event share few figures
    entities = jaccard(article.names, original.names)
    shared_in_order = _common_run(mine, theirs)
    other_language = article.lang is not None and original.lang is not None and article.lang != original.lang
    least = TRANSLATION_MIN_SHARED_ACROSS_LANGUAGES if other_language else TRANSLATION_MIN_SHARED_FIGURES
    if shared_in_order >= least:
        return shared_in_order / max(len(mine), len(theirs)) >= TRANSLATION_FIGURE_ORDER and entities >= TRANSLATION_ENTITY_OVERLAP
    enough_names = min(len(article.names), len(original.names)) >= TRANSLATION_MIN_ENTITIES
    return other_language and enough_names and set(mine) == set(theirs) and entities >= TRANSLATION_ENTITY_ONLY


def _entity_names(article: SourceArticle) -> set[str]:
    return {w for m in article.entities if m.kind in {"person", "place", "org"} for w in words(m.canonical) if w not in STOP_WORDS}


def _figure_values(article: SourceArticle) -> list[tuple[float, str | None]]:
    return [(round(f.value, 3), f.unit) for f in article.figures]


def _common_run(a: list, b: list) -> int:
    """Length of the longest common subsequence: facts a translation keeps in their order."""
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b):
            current.append(previous[j] + 1 if x == y else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


def source_keys(articles: list[SourceArticle], entries: list[LineageEntry]) -> dict[str, str]:
    """The independent source each article speaks for: a copy or translation speaks for its
    original, and two reports of one outlet are one source (a newsroom does not corroborate itself)."""
    outlet = {a.id: (a.outlet or "").strip().lower() for a in articles}
    copy_of = {e.article: e.copy_of for e in entries}
    keys = {}
    for article in articles:
        root = copy_of.get(article.id) or article.id
        keys[article.id] = f"outlet:{outlet[root]}" if outlet.get(root) else f"article:{root}"
    return keys


def independent_count(keys: dict[str, str], article_ids: list[str] | set[str]) -> int:
    return len({keys[i] for i in article_ids if i in keys})
