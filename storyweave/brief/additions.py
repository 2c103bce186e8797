"""What each independent source adds: sentences no other source reports anything like, ranked by
the facts only they hold (a figure, a date, a name nobody else mentions), and those facts."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from storyweave.brief.figures import describe, same_value, worth_reporting
from storyweave.brief.sources import SourceArticle
from storyweave.brief.words import STOP_WORDS, is_complete_sentence, sentences

MAX_SENTENCES = 4
MIN_WORDS, MAX_WORDS = 6, 70
ELSEWHERE = 0.3  # cosine at which another source's sentence reports much the same


@dataclass(frozen=True)
class Addition:
    article: str
    outlet: str | None
    sentences: list[str]
    facts: list[str]


def additions(originals: list[SourceArticle], keys: dict[str, str]) -> list[Addition]:
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
    similarity = (matrix @ matrix.T).toarray()
    found, offset = [], 0
    for article in originals:
        count = len(kept[article.id])
        others = [o for o in originals if keys[o.id] != keys[article.id]]
        unique_figures = [f for f in article.figures if not any(same_value(f, g) for o in others for g in o.figures)]
        other_names = {m.canonical.lower() for o in others for m in o.entities}
        other_days = {d.date[-5:] for o in others for d in o.dates}
        new_names = {m.text for m in article.entities if m.canonical.lower() not in other_names}
        new_days = {d.text for d in article.dates if d.date[-5:] not in other_days}
        ranked = []
        for index in range(count):
            row = similarity[offset + index]
            if (row[owners != keys[article.id]] >= ELSEWHERE).any():
                continue
            sentence = kept[article.id][index]
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
