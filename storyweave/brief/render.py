"""The readable report of stories, timelines and event briefs, as Markdown or as one
self-contained HTML page (inline style, no scripts, no external assets).

Article text is hostile: HTML output is autoescaped by Jinja2 everywhere, and Markdown output
escapes the characters that would make links, images, emphasis, headings or raw HTML."""

from __future__ import annotations

import re
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

FORMATS = ("md", "html")
# inline specials only: every value stands mid-line, so list and heading markers cannot start a block
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|<>~&])")
_LINE_BREAKS = re.compile(r"\s*\n\s*")


def markdown_text(value: object) -> str:
    """One line of literal text in Markdown: specials backslash-escaped, line breaks flattened."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", _LINE_BREAKS.sub(" ", str(value)))


def _environment(fmt: str) -> Environment:
    environment = Environment(
        loader=PackageLoader("storyweave.brief", "templates"),
        autoescape=fmt == "html",
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["md"] = markdown_text
    return environment


def render_report(data: dict[str, Any], fmt: str) -> str:
    """`data` is an export with briefs and timelines (pipeline.report_data)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r}")
    articles = {a["id"]: a for a in data["articles"]}
    events = {e["id"]: e for e in data["events"]}
    labels = {a["id"]: f"{a['outlet'] or 'outlet unknown'} · {a['input']}" for a in data["articles"]}
    stories = [
        {**story, "event_briefs": [events[entry["event"]] for entry in story["timeline"] if entry["event"] in events]}
        for story in data["stories"]
    ]
    template = _environment(fmt).get_template(f"report.{fmt}.j2")
    return template.render(stories=stories, articles=articles, labels=labels)
