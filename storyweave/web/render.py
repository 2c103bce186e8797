"""The Jinja2 environment: autoescaped templates and the small formatting filters they use."""

from __future__ import annotations

import datetime as dt
import html
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlencode

import pycountry
from markupsafe import Markup
from fastapi.templating import Jinja2Templates

from storyweave.web.highlight import figure_note, highlighted_paragraphs
from storyweave.web import timeline

TEMPLATES = Path(__file__).parent / "templates"
templates = Jinja2Templates(directory=TEMPLATES)  # autoescapes .html: every value is text unless a template says otherwise


def _parse(text: str | None) -> dt.date | dt.datetime | None:
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(text) if "T" in text else dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def pretty_date(text: str | None, empty: str = "undated") -> str:
    """"2025-04-16T12:10:00" → "16 Apr 2025, 12:10"; a day without its year says so."""
    if not text:
        return empty
    if text.startswith("--") and len(text) == 7:
        try:
            return dt.date(2000, int(text[2:4]), int(text[5:7])).strftime("%d %b").lstrip("0") + " (year not stated)"
        except ValueError:
            return text
    value = _parse(text)
    if value is None:
        return text
    if isinstance(value, dt.datetime):
        return value.strftime("%d %b %Y, %H:%M").lstrip("0")
    return value.strftime("%d %b %Y").lstrip("0")


def date_span(first: str | None, last: str | None) -> str:
    if not first or not last:
        return "undated"
    if first == last:
        return pretty_date(first)
    a, b = _parse(first), _parse(last)
    if isinstance(a, dt.date) and isinstance(b, dt.date) and a.year == b.year:
        start = a.strftime("%d %b" if a.month != b.month else "%d").lstrip("0")
        return f"{start} – {pretty_date(last)}"
    return f"{pretty_date(first)} – {pretty_date(last)}"


@lru_cache(maxsize=256)
def language_name(code: str | None) -> str:
    if not code:
        return "language unknown"
    found = pycountry.languages.get(alpha_2=code) if len(code) == 2 else pycountry.languages.get(alpha_3=code)
    return found.name if found else code


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count:,} {word if count == 1 else (many or word + 's')}"


def marked(segments: list[dict[str, object]]) -> Markup:
    """Search segments ([{"text", "match"}]) as escaped HTML with the matches in <mark>.
    (html.escape on plain strings: a search page has hundreds of segments, and Markup's own
    escaping cost a third of its rendering.)"""
    return Markup("".join(f"<mark>{html.escape(str(s['text']))}</mark>" if s["match"] else html.escape(str(s["text"])) for s in segments))


def query_string(params: dict[str, object], **changes: object) -> str:
    """The current query with some parameters changed; empty ones left out."""
    merged = {**params, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "")})


templates.env.filters.update(marked=marked, pretty_date=pretty_date, language_name=language_name, figure_note=figure_note)
templates.env.globals.update(
    date_span=date_span, plural=plural, query_string=query_string, highlighted_paragraphs=highlighted_paragraphs,
    timeline_across=timeline.across, timeline_down=timeline.down,
)
