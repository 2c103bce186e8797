"""A story's events in date order: the event's own occurrence date, else the earliest publication
date of its articles, else listed last as undated."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TimelineEntry:
    event: str
    title: str
    date: str | None
    date_from: str  # "event" | "articles" | "none"
    articles: int
    sources: int


@dataclass(frozen=True)
class EventFacts:
    """What the timeline needs of an event."""

    id: str
    title: str
    date: str | None
    published: list[str | None]  # its articles' publication dates
    sources: int


def timeline(events: list[EventFacts]) -> list[TimelineEntry]:
    entries = []
    for position, event in enumerate(events):
        days = sorted(p[:10] for p in event.published if p)
        if event.date and not event.date.startswith("--"):
            date, source = event.date, "event"
        elif days:
            date, source = days[0], "articles"
        else:
            date, source = None, "none"
        entries.append((date is None, date or "", position, TimelineEntry(event.id, event.title, date, source, len(event.published), event.sources)))
    return [entry for *_, entry in sorted(entries, key=lambda item: item[:3])]
