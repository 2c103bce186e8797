"""Where the extracted dates, entities, quotes and figures sit in an article's text.

Pure functions: the text is cut into segments, each carrying the kinds of extraction covering
it, so a template can escape the text and mark the kinds (spans may nest: a name in a quote)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# a number as written in news text: 1,200 · 4.50 · 4,5 · 38
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,\u00a0 ]\d{3})*(?:[.,]\d+)?(?![\w])")
_SCALES = (1.0, 1e3, 1e6, 1e9, 1e12)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # "quote" | "entity" | "date" | "figure"
    note: str


@dataclass(frozen=True)
class Segment:
    text: str
    kinds: tuple[str, ...]
    notes: tuple[str, ...]


def _alternation(texts: list[str], whole_words: bool = True) -> re.Pattern[str] | None:
    texts = sorted({t for t in texts if t.strip()}, key=len, reverse=True)
    if not texts:
        return None
    either = "|".join(re.escape(t) for t in texts)
    return re.compile(r"(?<!\w)(?:" + either + r")(?!\w)" if whole_words else either)


def _spans_of(pattern: re.Pattern[str] | None, text: str, kind: str, notes: dict[str, str]) -> list[Span]:
    if pattern is None:
        return []
    return [Span(m.start(), m.end(), kind, notes.get(m.group(0), "")) for m in pattern.finditer(text)]


def _number_value(token: str) -> float | None:
    digits = token.replace("\u00a0", "").replace(" ", "")
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", digits) or re.fullmatch(r"\d+\.\d+", digits):
        digits = digits.replace(",", "")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", digits) or re.fullmatch(r"\d+,\d+", digits):
        digits = digits.replace(".", "").replace(",", ".")
    try:
        return float(digits)
    except ValueError:
        return None


def figure_note(figure: dict[str, Any]) -> str:
    value = figure["value"]
    shown = f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"
    parts = ["about" if figure.get("approx") else "", shown, figure.get("unit") or "", figure.get("counts") or ""]
    return " ".join(p for p in parts if p)


def _figure_spans(text: str, figures: list[dict[str, Any]]) -> list[Span]:
    """The written numbers whose value (at some scale: "1.2 billion") is an extracted figure,
    inside the sentence the figure was read from."""
    spans = []
    for figure in figures:
        sentence = figure.get("sentence") or ""
        at = text.find(sentence) if sentence else -1
        if at < 0:
            continue
        for match in _NUMBER.finditer(sentence):
            value = _number_value(match.group(0))
            if value is not None and any(abs(value * scale - figure["value"]) < 1e-6 * max(1.0, figure["value"]) for scale in _SCALES):
                spans.append(Span(at + match.start(), at + match.end(), "figure", figure_note(figure)))
    return spans


Finder = tuple[re.Pattern[str] | None, str, dict[str, str]]


def finders(article: dict[str, Any]) -> list[Finder]:
    """One pattern per kind of extraction, built once per article."""
    quotes = {q["text"]: f"quote · {q.get('speaker') or 'speaker unknown'}" for q in article.get("quotes", [])}
    entities = {m["text"]: f"{m['kind']} · {m['canonical']}" for m in article.get("entities", [])}
    dates = {d["text"]: f"date · {d['date']}" for d in article.get("dates", [])}
    return [
        (_alternation(list(quotes), whole_words=False), "quote", quotes),
        (_alternation(list(entities)), "entity", entities),
        (_alternation(list(dates)), "date", dates),
    ]


def extraction_spans(text: str, article: dict[str, Any], found: list[Finder] | None = None) -> list[Span]:
    spans = []
    for pattern, kind, notes in found if found is not None else finders(article):
        spans += _spans_of(pattern, text, kind, notes)
    return spans + _figure_spans(text, article.get("figures", []))


def segments(text: str, spans: list[Span]) -> list[Segment]:
    """`text` cut at every span boundary; each piece lists the kinds and notes covering it."""
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    out = []
    for start, end in zip(cuts, cuts[1:]):
        covering = [s for s in spans if s.start <= start and end <= s.end]
        kinds = tuple(dict.fromkeys(s.kind for s in covering))
        notes = tuple(dict.fromkeys(s.note for s in covering if s.note))
        out.append(Segment(text[start:end], kinds, notes))
    return out


def highlighted_paragraphs(body: str, article: dict[str, Any]) -> list[list[Segment]]:
    """The body's paragraphs, each as segments marked with what was extracted there."""
    found = finders(article)
    return [segments(p, extraction_spans(p, article, found)) for p in body.split("\n") if p.strip()]
