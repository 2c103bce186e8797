"""What a brief reads: one article of an event with its text and what extraction found in it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from storyweave.model import Figure, Mention, Quote


@dataclass(frozen=True)
class DatedStatement:
    text: str  # the date as written ("on the 28th")
    date: str  # ISO day, "--MM-DD" when the year is unknown
    sentence: str


@dataclass
class SourceArticle:
    id: str
    title: str
    title_from: str  # "line" | "field" | "first-sentence" | "none"
    body: str
    outlet: str | None = None
    lang: str | None = None
    published: str | None = None
    occurred: str | None = None
    duplicate_of: str | None = None
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    dates: list[DatedStatement] = field(default_factory=list)
    entities: list[Mention] = field(default_factory=list)

    @property
    def has_headline(self) -> bool:
        return self.title_from in {"line", "field"}

    @property
    def text(self) -> str:
        """Everything a reader of the article sees: what a citation must be found in."""
        return f"{self.title}\n{self.body}" if self.has_headline else self.body


def source_article(record: dict[str, Any]) -> SourceArticle:
    """From the export's article shape (and `body`, `title_from`, `occurred`), as the store gives it."""
    return SourceArticle(
        id=record["id"],
        title=record["title"],
        title_from=record.get("title_from", "line"),
        body=record["body"],
        outlet=record.get("outlet"),
        lang=record.get("lang"),
        published=record.get("published"),
        occurred=record.get("occurred"),
        duplicate_of=record.get("duplicate_of"),
        quotes=[Quote(q["text"], q.get("speaker"), bool(q.get("direct", True))) for q in record.get("quotes", [])],
        figures=[
            Figure(float(f["value"]), bool(f.get("approx")), f.get("unit"), f.get("counts"), f.get("verb"), f.get("sentence", ""))
            for f in record.get("figures", [])
        ],
        dates=[DatedStatement(d["text"], d["date"], d.get("sentence", "")) for d in record.get("dates", [])],
        entities=_story_entities(record),
    )


def _story_entities(record: dict[str, Any]) -> list[Mention]:
    """The names a brief compares: those the story names, and its dateline's places; a reporter or a
    photographer its byline or credit names is not part of what it reports."""
    text = f"{record['title']}\n{record['body']}"
    mentions = [Mention(m["text"], m.get("kind", "other"), m.get("canonical") or m["text"]) for m in record.get("entities", [])]
    return [m for m in mentions if m.kind not in {"person", "org"} or m.text in text or m.text.upper() == m.text]


def by_publication(articles: list[SourceArticle]) -> list[SourceArticle]:
    """Earliest first; articles without a date after all dated ones, in their given order."""
    order = {a.id: i for i, a in enumerate(articles)}
    return sorted(articles, key=lambda a: (a.published is None, a.published or "", order[a.id]))
