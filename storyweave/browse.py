"""The read side of the pipeline, for the web app: open what is stored for browsing and search,
and give stories and events with their timelines and briefs, built from what is stored (as the
export builds them), cached until the database changes.

Beside `pipeline` in the layers, so the web reaches the store only through here."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from storyweave.brief import EventFacts, build_brief, source_article, timeline
from storyweave.store import Catalogue, Store
from storyweave.store.catalogue import check_database

__all__ = ["Catalogue", "event", "event_brief", "open_catalogue", "story"]


def open_catalogue(db: Path, read_only: bool = False, check_same_thread: bool = True) -> Catalogue:
    """A read connection to `db`. Unless read-only, the database is first brought up to date
    (its search index created and filled when it predates full-text search)."""
    if not read_only:
        check_database(db)  # a foreign SQLite file is refused, not given our tables
        with Store(db, create=False):
            pass
    return Catalogue(db, read_only=read_only, check_same_thread=check_same_thread)


def event_brief(catalogue: Catalogue, event_id: str, title: str | None) -> dict[str, Any]:
    """The event's brief (docs/brief-contract.md) from its stored articles, under the event's own title."""
    def build() -> dict[str, Any]:
        return dataclasses.asdict(build_brief([source_article(record) for record in catalogue.brief_records([event_id])], title))

    return catalogue.cached(f"brief {event_id}", build)


def event(catalogue: Catalogue, event_id: str) -> dict[str, Any]:
    """One event with its brief and its sources."""
    answer = catalogue.event(event_id)
    answer["event"]["brief"] = event_brief(catalogue, event_id, answer["event"]["title"])
    return answer


def story(catalogue: Catalogue, story_id: str) -> dict[str, Any]:
    """One story with its events and the timeline the export gives it (titles and independent
    sources from the events' briefs)."""
    answer = catalogue.story(story_id)
    facts = []
    for entry in answer["events"]:
        brief = event_brief(catalogue, entry["id"], entry["title"])
        facts.append(EventFacts(entry["id"], brief["title"] or entry["title"], entry["date"], entry.pop("published"),
                                brief["independent_sources"]))
    answer["story"]["timeline"] = [dataclasses.asdict(item) for item in timeline(facts)]
    answer["story"]["events"] = [item["event"] for item in answer["story"]["timeline"]]
    return answer
