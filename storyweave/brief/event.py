"""One event's brief, assembled from the parts, in the shape of the export contract."""

from __future__ import annotations

from dataclasses import dataclass

from storyweave.brief.additions import Addition, additions
from storyweave.brief.compare_dates import date_agreements, date_disagreements, occurrence_disagreements
from storyweave.brief.compare_figures import figure_agreements, figure_disagreements
from storyweave.brief.facts import Agreement, Disagreement
from storyweave.brief.framing import Framing, framing
from storyweave.brief.lineage import LineageEntry, independent_count, lineage, source_keys
from storyweave.brief.quotes import LedgerEntry, quote_ledger
from storyweave.brief.sources import SourceArticle
from storyweave.brief.summary import SummarySentence, summarise


@dataclass(frozen=True)
class Brief:
    title: str
    articles: int
    independent_sources: int
    lineage: list[LineageEntry]
    summary: list[SummarySentence]
    agreements: list[Agreement]
    disagreements: list[Disagreement]
    quotes: list[LedgerEntry]
    additions: list[Addition]
    framing: list[Framing]


def _shared_statements(ledger: list[LedgerEntry], keys: dict[str, str]) -> dict[str, list[str]]:
    """Per article, the passages (a quote as printed, or its variant) of statements that more than
    one source carries: a sentence holding one adds nothing of its own."""
    shared: dict[str, list[str]] = {}
    for entry in ledger:
        if len({keys[c.article] for c in entry.carriers}) < 2:
            continue
        for carrier in entry.carriers:
            shared.setdefault(carrier.article, []).append(entry.text if carrier.verbatim else carrier.variant or entry.text)
    return shared


def build_brief(articles: list[SourceArticle]) -> Brief:
    entries = lineage(articles)
    keys = source_keys(articles, entries)
    derived = {e.article for e in entries if e.role in {"copy", "translation"}}
    originals = [a for a in articles if a.id not in derived]
    summary, title = summarise(articles, originals, keys)
    ledger, carried_by = quote_ledger(articles)
    quote_agreements = [
        Agreement("quote", entry.text, [c.article for c in entry.carriers if c.article in carried_by[entry.text]])
        for entry in ledger
        if len({keys[i] for i in carried_by[entry.text]}) >= 2
    ]
    return Brief(
        title=title,
        articles=len(articles),
        independent_sources=independent_count(keys, [a.id for a in originals]),
        lineage=entries,
        summary=summary,
        agreements=figure_agreements(articles, keys) + quote_agreements + date_agreements(articles, keys),
        disagreements=figure_disagreements(articles) + occurrence_disagreements(articles) + date_disagreements(articles),
        quotes=ledger,
        additions=additions(originals, keys, _shared_statements(ledger, keys)),
        framing=framing(originals),
    )
