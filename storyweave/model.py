"""Plain data passed between the stages. No behaviour beyond small derived views."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Day:
    """A calendar day whose year may be unknown (a dateline like "Jan. 30" carries none)."""

    year: int | None
    month: int
    day: int

    def iso(self) -> str:
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}" if self.year else f"--{self.month:02d}-{self.day:02d}"

    def to_date(self) -> dt.date | None:
        if self.year is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None

    def with_year(self, year: int) -> "Day":
        return Day(year, self.month, self.day)

    def days_of_year_to(self, other: "Day") -> int:
        """Days from this day to `other` as days of the year (their years left aside), in the years that bring them
        nearest; negative when `other` comes before. (2000 is a leap year: 29 February has a place in it.)"""
        first = dt.date(2000, self.month, self.day)
        gaps = []
        for year in (1999, 2000, 2001):
            try:
                gaps.append((dt.date(year, other.month, other.day) - first).days)
            except ValueError:
                continue  # 29 February in a common year
        return min(gaps, key=abs)

    @staticmethod
    def from_iso(text: str) -> "Day":
        if text.startswith("--"):
            return Day(None, int(text[2:4]), int(text[5:7]))
        return Day(int(text[0:4]), int(text[5:7]), int(text[8:10]))


@dataclass(frozen=True)
class RawDocument:
    """One input item as read from disk or a record: text plus where it came from."""

    input: str  # path relative to the folder given, or the record's own id
    source: str  # what error messages name (absolute path, path:line)
    text: str
    encoding: str = "utf-8"
    fields: dict[str, str] = field(default_factory=dict)  # title/date/url/lang given by structured inputs


@dataclass(frozen=True)
class RemovedLine:
    text: str
    reason: str


@dataclass(frozen=True)
class Dateline:
    place: str | None
    day: Day | None
    agency: str | None
    text: str


@dataclass(frozen=True)
class CleanDocument:
    """What cleaning keeps: the body to analyse, and metadata lifted out of the noise."""

    title: str
    title_from: str  # "line" | "first-sentence" | "field" | "none"
    body: str
    outlet: str | None
    dateline: Dateline | None
    header_published: str | None  # ISO date or datetime from a header line / leading date
    header_kind: str | None  # "header" | "dateline" (a leading "February 07, 2024:")
    removed: tuple[RemovedLine, ...] = ()


@dataclass(frozen=True)
class DateMention:
    text: str
    day: Day
    sentence: str
    kind: str  # "absolute" | "no-year" | "weekday" | "relative"
    in_lead: bool  # appears in the first sentences, where news states the occurrence


@dataclass(frozen=True)
class Mention:
    text: str
    kind: str  # "person" | "place" | "org" | "other"
    canonical: str


@dataclass(frozen=True)
class Quote:
    text: str
    speaker: str | None
    direct: bool


@dataclass(frozen=True)
class Figure:
    value: float
    approx: bool
    unit: str | None
    counts: str | None
    verb: str | None
    sentence: str


@dataclass
class Article:
    """A cleaned, analysed article. Dates are ISO strings so the store and the export agree."""

    id: str
    input: str
    content_hash: str
    raw_text: str
    title: str
    title_from: str
    body: str
    outlet: str | None
    lang: str | None
    lang_score: float
    published: str | None
    published_from: str  # "header" | "dateline" | "text" | "inferred" | "none"
    occurred: str | None  # ISO day (maybe "--MM-DD") the text says the occurrence happened
    occurred_evidence: str | None
    occurred_weekday: str | None  # the lead's weekday ("Tuesday") when nothing dates it
    dates: list[DateMention] = field(default_factory=list)
    entities: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    removed: list[RemovedLine] = field(default_factory=list)
    dateline: Dateline | None = None
    url: str | None = None  # canonical URL, the article's identity when it has one


@dataclass(frozen=True)
class Reason:
    """Why an item was put where it is: the score and the evidence a reader can check."""

    score: float
    evidence: tuple[str, ...]


@dataclass
class Event:
    id: str
    article_ids: list[str]
    date: str | None
    title: str = ""
    story_id: str | None = None
    summary: str = ""


@dataclass
class Story:
    id: str
    event_ids: list[str]
    title: str = ""
