"""The JSON API's answers described for the OpenAPI schema.

Documentation only: the endpoints return the catalogue's dicts as they are (validating every
answer against these models would cost more than answering)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel


class ErrorBody(BaseModel):
    error: str
    status: int


class Paged(BaseModel):
    page: int
    per_page: int
    total: int
    pages: int


class Reason(BaseModel):
    score: float
    evidence: list[str]


class StoryOverview(BaseModel):
    id: str
    title: str
    events: int
    articles: int
    sources: int  # independent sources: one per outlet, copies not counted
    first: str | None
    last: str | None
    outlets: list[str]
    langs: list[str]


class StoriesPage(Paged):
    stories: list[StoryOverview]
    counts: dict[str, int]


class TimelineEntry(BaseModel):
    """storyweave.brief.TimelineEntry as JSON (BRIEF-CONTRACT.md)."""

    event: str
    title: str
    date: str | None
    date_from: str  # "event" | "articles" | "none"
    articles: int
    sources: int


class StoryDetail(BaseModel):
    id: str
    title: str
    events: list[str]
    articles: int
    timeline: list[TimelineEntry]


class StoryEvent(BaseModel):
    id: str
    title: str
    date: str | None
    summary: str
    articles: int
    sources: int
    outlets: list[str]
    story_reason: Reason


class StoryAnswer(BaseModel):
    story: StoryDetail
    events: list[StoryEvent]


class ArticleReason(Reason):
    article: str


class EventDetail(BaseModel):
    id: str
    title: str
    date: str | None
    story: str
    articles: list[str]
    summary: str
    reasons: list[ArticleReason]
    story_reason: Reason
    brief: dict[str, Any] | None  # BRIEF-CONTRACT.md when a brief is stored


class Source(BaseModel):
    id: str
    input: str
    title: str
    outlet: str | None
    lang: str | None
    published: str | None
    published_from: str
    duplicate_of: str | None
    reason: Reason
    lead: str


class Named(BaseModel):
    id: str | None
    title: str | None


class EventAnswer(BaseModel):
    event: EventDetail
    story: Named
    sources: list[Source]


class ArticleDetail(BaseModel):
    id: str
    input: str
    title: str
    title_from: str
    outlet: str | None
    lang: str | None
    lang_confidence: float | None
    published: str | None
    published_from: str
    occurred: str | None
    occurred_evidence: str | None
    event: str
    duplicate_of: str | None
    reason: Reason
    entities: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    figures: list[dict[str, Any]]
    dates: list[dict[str, Any]]
    dateline: dict[str, Any] | None
    removed: list[dict[str, Any]]
    body: str


class OtherReport(BaseModel):
    id: str
    title: str
    outlet: str | None
    published: str | None


class ArticleEvent(BaseModel):
    id: str
    title: str | None
    date: str | None
    story: str | None
    other_reports: list[OtherReport]  # the event's other articles, earliest first (at most 50)


class ArticleAnswer(BaseModel):
    article: ArticleDetail
    event: ArticleEvent
    story: Named


class Segment(BaseModel):
    text: str
    match: bool


class Hit(BaseModel):
    id: str
    title: list[Segment]
    snippet: list[Segment]
    outlet: str | None
    lang: str | None
    published: str | None
    event: str
    duplicate_of: str | None
    event_title: str | None
    story: str | None


class Facet(BaseModel):
    value: str
    articles: int


class SearchAnswer(Paged):
    query: dict[str, str]
    hits: list[Hit]
    facets: dict[str, list[Facet]]


class AddedArticle(BaseModel):
    id: str
    title: str | None
    event: str | None


class IngestJob(BaseModel):
    id: str
    state: str  # queued | running | done | failed
    files: list[str]
    refused: list[str]
    stage: str
    done: int
    total: int
    added: list[AddedArticle]
    already_stored: list[str]
    errors: list[str]
    new_events: int
    new_stories: int
    failure: str | None


class JobAnswer(BaseModel):
    job: IngestJob
