"""The quote ledger: every direct quote of an event, who said it, which articles carry it —
word for word or as a variant — and who published it first.

A carrier is verbatim only when its text holds the quote character for character; otherwise the
closest passage it has (one of its own quotes or reported statements, else a sentence) is its
variant when it holds most of the quote's words. Reported (indirect) speech gets an entry too,
marked `direct: false`, so that "X said his movement had received the proposal" is traceable."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from storyweave.brief.sources import SourceArticle, by_publication
from storyweave.brief.words import content_words, normalise, sentences, shared_counts, words

MIN_WORDS = 3
MIN_REPORTED_WORDS = 6  # shorter "he said that …" fragments are more often misreadings than statements
VARIANT_SHARE = 0.6  # share of the quote's content words a passage must hold to be its variant
VARIANT_FOCUS = 0.3  # share of the passage's content words that must come from the quote
CLOSE_VARIANT = 0.75  # a variant this close carries the statement for agreement
MIN_CLAUSE_WORDS = 5
CLAUSE_RUN = 3
_CLAUSE_BREAK = re.compile(r"\s*[,;:]\s+|\s+(?:and|but)\s+")


@dataclass(frozen=True)
class Carrier:
    article: str
    outlet: str | None
    verbatim: bool
    variant: str | None


@dataclass(frozen=True)
class LedgerEntry:
    text: str
    speaker: str | None
    earliest: str
    carriers: list[Carrier]
    direct: bool


@dataclass(frozen=True)
class _Said:
    text: str
    speaker: str | None
    direct: bool
    article: str


def quote_ledger(articles: list[SourceArticle]) -> tuple[list[LedgerEntry], dict[str, set[str]]]:
    """The ledger, and for each entry's text the articles that carry it closely enough to count
    as reporting it (verbatim, or a close variant)."""
    said = list(_distinct_quotes(articles).values())
    variants = _variants([content_words(instances[0].text) for instances in said], articles)
    order = {a.id: i for i, a in enumerate(by_publication(articles))}
    entries, close = [], {}
    for index, instances in enumerate(said):
        quote = instances[0]
        carriers, closely = [], set()
        for article in articles:
            if quote.text in article.text:
                carriers.append(Carrier(article.id, article.outlet, True, None))
                closely.add(article.id)
            elif (index, article.id) in variants:
                variant, share = variants[(index, article.id)]
                carriers.append(Carrier(article.id, article.outlet, False, variant))
                if share >= CLOSE_VARIANT:
                    closely.add(article.id)
        if not any(c.verbatim for c in carriers):
            continue  # the extractor's text is not in the article as written: nothing to cite
        speakers = Counter(i.speaker for i in instances if i.speaker)
        earliest = min((c.article for c in carriers if c.verbatim), key=order.__getitem__)
        entries.append(LedgerEntry(quote.text, speakers.most_common(1)[0][0] if speakers else None, earliest, carriers, quote.direct))
        close[quote.text] = closely
    entries.sort(key=lambda e: (not e.direct, -len(e.carriers), order[e.earliest]))
    return entries, close


def _variants(wanted: list[frozenset[str]], articles: list[SourceArticle]) -> dict[tuple[int, str], tuple[str, float]]:
    """(quote index, article) → the article's passage closest to the quote and the share of the
    quote's words it holds, where one holds most of them (and is mostly made of them)."""
    passages = [(article.id, text, found) for article in articles for text, found in _passages(article)]
    rows, cols, shared = shared_counts(wanted, [found for _, _, found in passages])
    best: dict[tuple[int, str], tuple[float, int, str, float]] = {}
    for quote, passage, count in zip(rows.tolist(), cols.tolist(), shared.tolist()):
        article_id, text, found = passages[passage]
        if len(wanted[quote]) < MIN_WORDS:
            continue
        share, focus = count / len(wanted[quote]), count / len(found)
        if share < VARIANT_SHARE or focus < VARIANT_FOCUS:
            continue
        score = share * (0.5 + 0.5 * focus)
        key = (quote, article_id)
        # the best-scoring passage; on a tie the one that comes first in the article
        if key not in best or (score, -passage) > (best[key][0], -best[key][1]):
            best[key] = (score, passage, text, share)
    return {key: (text, share) for key, (_, _, text, share) in best.items()}


def _distinct_quotes(articles: list[SourceArticle]) -> dict[str, list[_Said]]:
    """Quotes by their normalised words; one contained in a longer one of the same speaker folds into it."""
    found: dict[str, list[_Said]] = {}
    for article in articles:
        for quote in article.quotes:
            count = len(words(quote.text))
            if count < MIN_WORDS or (not quote.direct and count < MIN_REPORTED_WORDS):
                continue
            found.setdefault(normalise(quote.text), []).append(_Said(quote.text, quote.speaker, quote.direct, article.id))
    keys = sorted(found, key=len, reverse=True)
    kept: dict[str, list[_Said]] = {}
    for key in keys:
        instances = found[key]
        speaker = instances[0].speaker
        host = next(
            (k for k in kept if key in k and kept[k][0].direct == instances[0].direct and (speaker is None or kept[k][0].speaker in {None, speaker})),
            None,
        )
        if host is None:
            kept[key] = list(instances)
        else:
            kept[host].extend(instances)
    # direct speech first, and the earliest-found instance's text stands for the entry
    return dict(sorted(kept.items(), key=lambda item: not item[1][0].direct))


def _passages(article: SourceArticle) -> list[tuple[str, frozenset[str]]]:
    """The article's quotes and sentences, and runs of their clauses: a paraphrase often fills a
    clause or two of a long sentence, whose other clauses would dilute it below VARIANT_FOCUS."""
    whole = [q.text for q in article.quotes if q.text in article.text] + list(sentences(article.text))
    parts = [part for text in whole for part in _clause_runs(text)]
    return [(t, content_words(t)) for t in dict.fromkeys(whole + parts)]


def _clause_runs(text: str) -> list[str]:
    """Verbatim spans of one to CLAUSE_RUN consecutive clauses (split at , ; : and "and"/"but")."""
    bounds, start = [], 0
    for brk in _CLAUSE_BREAK.finditer(text):
        bounds.append((start, brk.start()))
        start = brk.end()
    bounds.append((start, len(text)))
    if len(bounds) == 1:
        return []
    runs = []
    for first in range(len(bounds)):
        for last in range(first, min(first + CLAUSE_RUN, len(bounds))):
            span = text[bounds[first][0] : bounds[last][1]].strip()
            if len(words(span)) >= MIN_CLAUSE_WORDS and span != text.strip():
                runs.append(span)
    return runs
