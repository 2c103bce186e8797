"""What each independent source adds: sentences no other source reports anything like, ranked by
the facts only they hold (a figure, a date, a name nobody else mentions), and those facts."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from storyweave.brief.figures import describe, worth_reporting
from storyweave.brief.sources import SourceArticle
from storyweave.brief.words import STOP_WORDS, is_complete_sentence, sentences
from storyweave.model import Figure

MAX_SENTENCES = 4
MIN_WORDS, MAX_WORDS = 6, 70
ELSEWHERE = 0.3  # cosine at which another source's sentence reports much the same


@dataclass(frozen=True)
class Addition:
    article: str
    outlet: str | None
    sentences: list[str]
    facts: list[str]


def additions(
    originals: list[SourceArticle], keys: dict[str, str], shared_statements: dict[str, list[str]] | None = None
) -> list[Addition]:
    """`shared_statements`: per article, passages of statements other sources carry too (the quote
    ledger's verbatim and variant carriers); sentences holding one are not this source's own."""
    if len({keys[a.id] for a in originals}) < 2:
        return []  # with one source there is nothing to compare against
    kept = {a.id: [s for s in dict.fromkeys(sentences(a.body)) if is_complete_sentence(s, MIN_WORDS, MAX_WORDS)] for a in originals}
    everything = [s for a in originals for s in kept[a.id]]
    owners = np.array([keys[a.id] for a in originals for _ in kept[a.id]])
    if not everything:
        return []
    vectorizer = TfidfVectorizer(stop_words=sorted(STOP_WORDS), sublinear_tf=True, token_pattern=r"(?u)\b[^\W_][^\W_]+\b")
    try:
        matrix = vectorizer.fit_transform(everything)
    except ValueError:
        return []
    # sentences another source says much the same as; sparse, as a large event has thousands
    close = (matrix @ matrix.T).tocoo()
    reported_elsewhere = np.zeros(len(everything), dtype=bool)
    elsewhere = (close.data >= ELSEWHERE) & (owners[close.row] != owners[close.col])
    reported_elsewhere[close.row[elsewhere]] = True
    sources_of = _sources_of(originals, keys)
    found, offset = [], 0
    for article in originals:
        count = len(kept[article.id])
        own = keys[article.id]
        unique_figures = [f for f in article.figures if sources_of["figure", _value(f)] == {own}]
        new_names = {m.text for m in article.entities if sources_of["name", m.canonical.lower()] == {own}}
        new_days = {d.text for d in article.dates if sources_of["day", d.date[-5:]] == {own}}
        ranked = []
        for index in range(count):
            if reported_elsewhere[offset + index]:
                continue
            sentence = kept[article.id][index]
            if any(passage in sentence for passage in (shared_statements or {}).get(article.id, ())):
                continue
            weight = (
                2 * sum(f.sentence == sentence or f.sentence in sentence for f in unique_figures)
                + sum(day in sentence for day in new_days)
                + sum(name in sentence for name in new_names)
            )
            if weight:
                ranked.append((-weight, index, sentence))
        offset += count
        chosen = [s for _, _, s in sorted(ranked)[:MAX_SENTENCES]]
        chosen.sort(key=kept[article.id].index)
        facts = list(dict.fromkeys(describe(f) for f in unique_figures if worth_reporting(f)))
        if chosen or facts:
            found.append(Addition(article.id, article.outlet, chosen, facts))
    return found


def _value(figure: Figure) -> tuple[float, str | None]:
    # exact: "about 27,000" elsewhere does not make "26,751 killed" any less this source's own figure
    return (round(figure.value, 3), figure.unit)


def _sources_of(originals: list[SourceArticle], keys: dict[str, str]) -> defaultdict[tuple[str, object], set[str]]:
    """(kind, fact) → the sources that hold it: figures by value, names by canonical form, days by month and day."""
    holders: defaultdict[tuple[str, object], set[str]] = defaultdict(set)
    for article in originals:
        key = keys[article.id]
        for figure in article.figures:
            holders["figure", _value(figure)].add(key)
        for mention in article.entities:
            holders["name", mention.canonical.lower()].add(key)
        for day in article.dates:
            holders["day", day.date[-5:]].add(key)
    return holders
