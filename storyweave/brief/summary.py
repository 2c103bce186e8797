"""Extractive multi-document summary: centroid relevance with maximal marginal relevance.

Own code rather than sumy: sumy summarises one document, needs an NLTK download for its
tokenizer, and knows nothing of sources (LIBRARY-NOTES). Here every source weighs the same in the
centroid (a long article does not outvote a short one), a sentence that other outlets also
report scores higher, and MMR keeps two outlets' versions of one fact from both being picked.
Sentences are taken verbatim and cite every article whose text holds them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from storyweave.brief.sources import SourceArticle, by_publication
from storyweave.brief.words import STOP_WORDS, is_complete_sentence, sentences, words

MIN_SENTENCES, MAX_SENTENCES = 3, 5
MIN_WORDS, MAX_WORDS = 8, 60
LEAD_SENTENCES = 15  # news puts what matters first; later paragraphs are background
MAX_ARTICLES = 40  # the earliest originals of a large event are enough to find what it is about
MMR_LAMBDA = 0.7
REDUNDANT = 0.55  # cosine at which a sentence repeats one already chosen
SUPPORTED = 0.3  # cosine at which another source reports much the same
SUPPORT_WEIGHT, LEAD_WEIGHT = 0.15, 0.1
TITLE_WORDS = (4, 16)


@dataclass(frozen=True)
class SummarySentence:
    sentence: str
    sources: list[str]


@dataclass(frozen=True)
class _Candidate:
    sentence: str
    article: str
    position: int


def main_language(articles: list[SourceArticle]) -> str | None:
    counts = Counter(a.lang for a in articles)
    return max(counts, key=lambda lang: (counts[lang], lang is not None, lang or "")) if counts else None


def _vectorizer() -> TfidfVectorizer:
    return TfidfVectorizer(stop_words=sorted(STOP_WORDS), sublinear_tf=True, token_pattern=r"(?u)\b[^\W_][^\W_]+\b")


def summarise(
    articles: list[SourceArticle], originals: list[SourceArticle], keys: dict[str, str]
) -> tuple[list[SummarySentence], str]:
    """The summary sentences, in reading order, and a representative headline."""
    language = main_language(originals)
    readers = [a for a in by_publication(originals) if a.lang == language][:MAX_ARTICLES] or by_publication(originals)[:MAX_ARTICLES]
    candidates = _candidates(readers, MIN_WORDS)
    if len(candidates) < MIN_SENTENCES:
        candidates = _candidates(readers, 4)
    if not candidates:
        return [], _fallback_title(readers)
    vectorizer = _vectorizer()
    try:
        matrix = vectorizer.fit_transform([c.sentence for c in candidates]).toarray()
    except ValueError:  # nothing but stop words
        return [], _fallback_title(readers)
    centroid = _centroid(matrix, [c.article for c in candidates])
    similarity = matrix @ matrix.T
    relevance = matrix @ centroid
    source_names = [keys.get(c.article, c.article) for c in candidates]
    source_index = {name: n for n, name in enumerate(dict.fromkeys(source_names))}
    own = np.zeros((len(candidates), len(source_index)))
    own[np.arange(len(candidates)), [source_index[name] for name in source_names]] = 1
    # how many other sources have a sentence saying much the same
    supported = (((similarity >= SUPPORTED) @ own) > 0).sum(axis=1) - 1
    sources_total = max(1, len(source_index) - 1)
    lead = np.array([1 - min(c.position, LEAD_SENTENCES) / LEAD_SENTENCES for c in candidates])
    score = relevance + SUPPORT_WEIGHT * supported / sources_total + LEAD_WEIGHT * lead
    wanted = min(MAX_SENTENCES, max(MIN_SENTENCES, len(source_index) + 2))
    chosen = _mmr(score, similarity, wanted)
    holders = _holders(articles)
    reading_order = {a.id: n for n, a in enumerate(readers)}
    chosen.sort(key=lambda i: (reading_order[candidates[i].article], candidates[i].position))
    summary = [SummarySentence(candidates[i].sentence, holders[candidates[i].sentence]) for i in chosen]
    return summary, _title(readers, vectorizer, centroid)


def _candidates(articles: list[SourceArticle], min_words: int) -> list[_Candidate]:
    seen: set[str] = set()
    found = []
    for article in articles:
        for position, sentence in enumerate(sentences(article.body)[:LEAD_SENTENCES]):
            if sentence in seen or not is_complete_sentence(sentence, min_words, MAX_WORDS) or not _quotes_balanced(sentence):
                continue
            seen.add(sentence)
            found.append(_Candidate(sentence, article.id, position))
    return found


def _quotes_balanced(sentence: str) -> bool:
    """A sentence that opens a quote it does not close is a piece of someone's words, cut loose from who said them."""
    return sentence.count('"') % 2 == 0 and sentence.count("“") == sentence.count("”")


def _centroid(matrix: np.ndarray, owners: list[str]) -> np.ndarray:
    per_article = [matrix[[i for i, o in enumerate(owners) if o == owner]].mean(axis=0) for owner in dict.fromkeys(owners)]
    centroid = np.mean(per_article, axis=0)
    norm = np.linalg.norm(centroid)
    return centroid / norm if norm else centroid


def _mmr(score: np.ndarray, similarity: np.ndarray, wanted: int) -> list[int]:
    chosen: list[int] = []
    left = set(range(len(score)))
    while left and len(chosen) < wanted:
        def value(i: int) -> float:
            overlap = max((similarity[i, j] for j in chosen), default=0.0)
            return MMR_LAMBDA * score[i] - (1 - MMR_LAMBDA) * overlap
        best = max(sorted(left), key=value)
        left.discard(best)
        if any(similarity[best, j] >= REDUNDANT for j in chosen):
            continue
        chosen.append(best)
    return chosen


def _holders(articles: list[SourceArticle]) -> dict[str, list[str]]:
    """Sentence → every article whose body holds it verbatim (copies cite with their original)."""
    holders: dict[str, list[str]] = {}
    for article in articles:
        for sentence in dict.fromkeys(sentences(article.body)):
            holders.setdefault(sentence, []).append(article.id)
    return holders


def _title(articles: list[SourceArticle], vectorizer: TfidfVectorizer, centroid: np.ndarray) -> str:
    """The headline closest to what the event's sources say, of a readable length; a shouting,
    overlong or fragmentary headline loses to a plain one."""
    headlines = list(dict.fromkeys(a.title.strip() for a in articles if a.has_headline and a.title.strip()))
    if not headlines:
        return _fallback_title(articles)
    relevance = vectorizer.transform(headlines).toarray() @ centroid
    low, high = TITLE_WORDS

    def score(index: int) -> float:
        text = headlines[index]
        count = len(words(text))
        letters = [c for c in text if c.isalpha()]
        shouting = sum(c.isupper() for c in letters) / len(letters) > 0.6 if letters else True
        length_penalty = 0.03 * max(0, count - high) + 0.1 * max(0, low - count)
        return float(relevance[index]) - length_penalty - (0.3 if shouting else 0.0)

    return headlines[max(range(len(headlines)), key=lambda i: (score(i), -i))]


def _fallback_title(articles: list[SourceArticle]) -> str:
    """Without a headline, the opening words of the earliest article's first sentence."""
    title = next((a.title.strip() for a in articles if a.title.strip()), "")
    cut = title.split()
    if len(cut) <= TITLE_WORDS[1]:
        return title
    return " ".join(cut[: TITLE_WORDS[1]]).rstrip(",;:…") + "…"
