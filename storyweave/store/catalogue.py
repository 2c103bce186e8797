"""Read-only questions about what is stored: story overviews, one story, event or article, and
full-text search. Answers are plain JSON-ready dicts in the shapes of the export contract, with
counts and texts a reader needs added.

One `Catalogue` holds one connection, used by one thread at a time (the web app's event loop;
it may be opened in another, hence `check_same_thread`). It never writes. Story overviews
aggregate the whole database, so they are cached until SQLite's data_version says another
connection wrote."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from storyweave.errors import NotFound, StoryweaveError
from storyweave.store.sqlite import _distinct, brief_records
from storyweave.store.search import FACETS_TABLE, SEARCH_TABLE, has_search_index, match_expression, query_terms
from storyweave.store.snippets import marked, snippet, term_pattern

LEAD_CHARS = 420
MAX_CACHED = 5000  # answers kept between writes (event briefs are the many); past it the cache starts again
# every article's small fields with its event's: what story overviews and timelines count
_FACET_ROWS = (f"SELECT e.story_id, e.id, e.date, f.seq, f.id, f.duplicate_of, f.outlet, f.lang, f.day "
               f"FROM events e JOIN {FACETS_TABLE} f ON f.event_id = e.id")


def _is_day(text: str | None) -> bool:
    """A date with its year ("2024-03-05…"; a dateline can give only "--03-05")."""
    return bool(text) and len(text) >= 10 and text[:4].isdigit()


class _Tally:
    """Counts over a group of articles (a story's or an event's)."""

    def __init__(self) -> None:
        self.events: set[str] = set()
        self.articles = 0
        self.sources: set[str] = set()
        self.event_days: list[str] = []
        self.article_days: list[str] = []
        self.published: list[str | None] = []  # each article's day, None when undated
        self.outlets: set[str] = set()
        self.langs: set[str] = set()
        self.last_seq = 0

    def add(self, event_id: str, event_date: str | None, seq: int, article_id: str, duplicate_of: str | None,
            outlet: str | None, lang: str | None, day: str | None) -> None:
        self.events.add(event_id)
        self.articles += 1
        if duplicate_of is None:  # a copy is not a source of its own; one outlet counts once
            self.sources.add(outlet or "#" + article_id)
        if _is_day(event_date):
            self.event_days.append(event_date[:10])  # type: ignore[index]
        if day:
            self.article_days.append(day)
        self.published.append(day)
        if outlet:
            self.outlets.add(outlet)
        if lang:
            self.langs.add(lang)
        self.last_seq = max(self.last_seq, seq)

    def summary(self) -> dict[str, Any]:
        days = self.event_days + self.article_days
        return {
            "events": len(self.events), "articles": self.articles, "sources": len(self.sources),
            "first": min(days, default=None), "last": max(days, default=None),
            "first_published": min(self.article_days, default=None), "published": self.published,
            "outlets": sorted(self.outlets), "langs": sorted(self.langs),
        }


def _open(path: str, read_only: bool, check_same_thread: bool = True) -> sqlite3.Connection:
    """A connection that never writes, to a file that has storyweave's tables."""
    if not Path(path).exists():
        raise NotFound(f"{path}: no such database (run `storyweave run PATH --db {path}` first)")
    try:
        db = sqlite3.connect(
            f"file:{quote(str(Path(path).resolve()))}?mode={'ro' if read_only else 'rw'}", uri=True, isolation_level=None,
            check_same_thread=check_same_thread,
        )
        db.execute("PRAGMA query_only = 1")
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as exc:
        raise StoryweaveError(f"{path}: not a storyweave database ({exc})") from None
    if not {"articles", "events", "stories"} <= tables:
        db.close()
        raise StoryweaveError(f"{path}: not a storyweave database (no articles, events and stories tables)")
    return db


def check_database(path: Path | str) -> None:
    """Raise unless `path` is a storyweave database (before anything writes to it)."""
    _open(str(path), read_only=True).close()


class Catalogue:
    def __init__(self, path: Path | str, read_only: bool = False, check_same_thread: bool = True):
        self.path = str(path)
        self.db = _open(self.path, read_only, check_same_thread)
        if not has_search_index(self.db):
            self.db.close()
            raise StoryweaveError(f"{self.path}: made by an older storyweave; open it once for writing "
                                  "(`storyweave serve` without --read-only, or `storyweave add`) to add its search index")
        self._version: int | None = None
        self._cache: dict[str, Any] = {}

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Catalogue":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def cached(self, name: str, compute: Callable[[], Any]) -> Any:
        """`compute()`, reused until another connection commits a change to the database."""
        version = self.db.execute("PRAGMA data_version").fetchone()[0]
        if version != self._version or len(self._cache) >= MAX_CACHED:
            self._version, self._cache = version, {}
        if name not in self._cache:
            self._cache[name] = compute()
        return self._cache[name]

    def brief_records(self, event_ids: list[str]) -> list[dict[str, Any]]:
        """What a brief reads of each article of these events (see `Store.brief_records`)."""
        return list(brief_records(self.db, event_ids))

    # stories ---------------------------------------------------------------------------------
    def story_overviews(self) -> list[dict[str, Any]]:
        """Every story with its counts and date span, the most recent activity first."""
        return self.cached("stories", self._story_overviews)

    def _story_overviews(self) -> list[dict[str, Any]]:
        titles = dict(self.db.execute("SELECT id, title FROM stories"))
        tallies: dict[str, _Tally] = {}
        for story_id, *row in self.db.execute(_FACET_ROWS):
            tallies.setdefault(story_id, _Tally()).add(*row)
        overviews = []
        for story_id, tally in tallies.items():
            summary = tally.summary()
            del summary["first_published"], summary["published"]
            overviews.append({"id": story_id, "title": titles.get(story_id, ""), **summary})
        # most recent activity first: the latest date, then the latest ingested; undated stories last
        overviews.sort(key=lambda s: (s["last"] is not None, s["last"] or "", tallies[s["id"]].last_seq), reverse=True)
        return overviews

    def story(self, story_id: str) -> dict[str, Any]:
        row = self.db.execute("SELECT id, title FROM stories WHERE id = ?", (story_id,)).fetchone()
        if row is None:
            raise NotFound(f"no story {story_id!r}")
        tallies: dict[str, _Tally] = {}
        for _, *facets in self.db.execute(_FACET_ROWS + " WHERE e.story_id = ?", (story_id,)):
            tallies.setdefault(facets[0], _Tally()).add(*facets)
        events = []
        for id_, title, date, summary, story_score, story_evidence in self.db.execute(
            "SELECT id, title, date, summary, story_score, story_evidence FROM events WHERE story_id = ? ORDER BY seq", (story_id,)
        ):
            tally = tallies.get(id_, _Tally()).summary()
            dated = date if _is_day(date) else None
            first_published = tally["first_published"]
            events.append({
                "id": id_, "title": title, "date": date, "summary": summary, "articles": tally["articles"], "sources": tally["sources"],
                "outlets": tally["outlets"], "story_reason": {"score": story_score, "evidence": json.loads(story_evidence)},
                "published": tally["published"],
                "when": dated or first_published, "date_from": "event" if dated else ("articles" if first_published else "none"),
            })
        events.sort(key=lambda e: (e["when"] is None, e["when"] or ""))
        timeline = [
            {"event": e["id"], "title": e["title"], "date": e["when"], "date_from": e["date_from"], "articles": e["articles"],
             "sources": e["sources"]}
            for e in events
        ]
        story = {
            "id": row[0], "title": row[1], "events": [e["id"] for e in events],
            "articles": sum(e["articles"] for e in events), "timeline": timeline,
        }
        for event in events:
            del event["when"], event["date_from"]
        return {"story": story, "events": events}

    # events ----------------------------------------------------------------------------------
    def event(self, event_id: str) -> dict[str, Any]:
        row = self.db.execute(
            "SELECT e.id, e.title, e.date, e.story_id, e.summary, e.story_score, e.story_evidence, s.title "
            "FROM events e LEFT JOIN stories s ON s.id = e.story_id WHERE e.id = ?",
            (event_id,),
        ).fetchone()
        if row is None:
            raise NotFound(f"no event {event_id!r}")
        id_, title, date, story_id, summary, story_score, story_evidence, story_title = row
        sources = []
        for (a_id, input_, a_title, outlet, lang, published, published_from, duplicate_of, score, evidence, lead) in self.db.execute(
            "SELECT id, input, title, outlet, lang, published, published_from, duplicate_of, score, evidence, "
            f"substr(body, 1, {LEAD_CHARS + 80}) FROM articles WHERE event_id = ? ORDER BY seq",
            (event_id,),
        ):
            sources.append({
                "id": a_id, "input": input_, "title": a_title, "outlet": outlet, "lang": lang, "published": published,
                "published_from": published_from, "duplicate_of": duplicate_of,
                "reason": {"score": score, "evidence": json.loads(evidence)}, "lead": _lead(lead),
            })
        members = [s["id"] for s in sources]
        reasons = [{"article": s["id"], **s["reason"]} for s in sources]
        # the sources in the order they were published (undated last), so who reported first reads first
        sources.sort(key=lambda s: (s["published"] is None, (s["published"] or "")[:19]))
        event = {
            "id": id_, "title": title, "date": date, "story": story_id, "articles": members, "summary": summary,
            "reasons": reasons,
            "story_reason": {"score": story_score, "evidence": json.loads(story_evidence)},
            "brief": None,  # built from the articles by the read side of the pipeline (storyweave.browse)
        }
        return {"event": event, "story": {"id": story_id, "title": story_title}, "sources": sources}

    # articles --------------------------------------------------------------------------------
    def article(self, article_id: str, with_raw_text: bool = False) -> dict[str, Any]:
        row = self.db.execute(
            "SELECT a.id, a.input, a.title, a.title_from, a.outlet, a.lang, a.lang_score, a.published, a.published_from, "
            "a.occurred, a.occurred_evidence, a.event_id, a.duplicate_of, a.score, a.evidence, a.analysis, a.body, "
            f"{'a.raw_text' if with_raw_text else 'NULL'}, e.title, e.date, e.story_id, s.title "
            "FROM articles a LEFT JOIN events e ON e.id = a.event_id LEFT JOIN stories s ON s.id = e.story_id WHERE a.id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            raise NotFound(f"no article {article_id!r}")
        (id_, input_, title, title_from, outlet, lang, lang_score, published, published_from, occurred, occurred_evidence,
         event_id, duplicate_of, score, evidence, analysis, body, raw_text, event_title, event_date, story_id, story_title) = row
        found = json.loads(analysis)
        article = {
            "id": id_, "input": input_, "title": title, "title_from": title_from, "outlet": outlet, "lang": lang,
            "lang_confidence": lang_score, "published": published, "published_from": published_from,
            "occurred": occurred, "occurred_evidence": occurred_evidence, "event": event_id, "duplicate_of": duplicate_of,
            "reason": {"score": score, "evidence": json.loads(evidence)},
            "entities": _distinct(found.get("entities", [])), "quotes": found.get("quotes", []), "figures": found.get("figures", []),
            "dates": found.get("dates", []), "dateline": found.get("dateline"), "removed": found.get("removed", []),
            "body": body,
        }
        others = [
            {"id": other, "title": other_title, "outlet": other_outlet, "published": other_published}
            for other, other_title, other_outlet, other_published in self.db.execute(
                "SELECT id, title, outlet, published FROM articles WHERE event_id = ? AND id != ? "
                "ORDER BY published IS NULL, substr(published, 1, 19), seq LIMIT 50", (event_id, id_))
        ]
        answer = {"article": article, "event": {"id": event_id, "title": event_title, "date": event_date, "story": story_id,
                                                "other_reports": others},
                  "story": {"id": story_id, "title": story_title}}
        if with_raw_text:
            answer["raw_text"] = raw_text
        return answer

    # search ----------------------------------------------------------------------------------
    def facets(self) -> dict[str, list[dict[str, Any]]]:
        """The languages and outlets stored, with article counts, for search filters."""
        return self.cached("facets", lambda: {
            "langs": [{"value": v, "articles": n} for v, n in self.db.execute(
                f"SELECT lang, COUNT(*) FROM {FACETS_TABLE} WHERE lang IS NOT NULL GROUP BY lang ORDER BY COUNT(*) DESC, lang")],
            "outlets": [{"value": v, "articles": n} for v, n in self.db.execute(
                f"SELECT outlet, COUNT(*) FROM {FACETS_TABLE} WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY outlet")],
        })

    def search(
        self, query: str, lang: str | None = None, outlet: str | None = None, since: str | None = None, until: str | None = None,
        limit: int = 20, offset: int = 0,
    ) -> dict[str, Any]:
        """Articles matching every word of `query` (best first), with the matches marked in the
        title and in a snippet of the text as [{"text", "match"}] segments."""
        expression = match_expression(query)
        if expression is None:
            return {"total": 0, "hits": []}
        filters, values = [], []
        for clause, value in (("f.lang = ?", lang), ("f.outlet = ?", outlet), ("f.day >= ?", since), ("f.day <= ?", until)):
            if value:
                filters.append(clause)
                values.append(value)
        # counting and ranking over the index alone, joined to the narrow filter table only when
        # a filter asks for it (never to the wide articles rows)
        source = f"{SEARCH_TABLE} JOIN {FACETS_TABLE} f ON f.seq = {SEARCH_TABLE}.rowid" if filters else SEARCH_TABLE
        condition = " AND ".join([f"{SEARCH_TABLE} MATCH ?", *filters])
        params = [expression, *values]
        total = self.db.execute(f"SELECT COUNT(*) FROM {source} WHERE {condition}", params).fetchone()[0]
        page = [row[0] for row in self.db.execute(
            f"SELECT {SEARCH_TABLE}.rowid FROM {source} WHERE {condition} ORDER BY rank, {SEARCH_TABLE}.rowid LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )]
        pattern = term_pattern(query_terms(query))
        found = {row[0]: row[1:] for row in self.db.execute(
            f"""SELECT a.seq, a.id, a.title, a.body, a.outlet, a.lang, a.published, a.event_id, a.duplicate_of, e.title, e.story_id
                FROM articles a LEFT JOIN events e ON e.id = a.event_id WHERE a.seq IN ({",".join("?" * len(page))})""",
            page,
        )}
        hits = [
            {"id": id_, "title": marked(title, pattern), "snippet": snippet(body, pattern), "outlet": outlet_, "lang": lang_,
             "published": published, "event": event_id, "duplicate_of": duplicate_of, "event_title": event_title, "story": story_id}
            for id_, title, body, outlet_, lang_, published, event_id, duplicate_of, event_title, story_id in (found[seq] for seq in page)
        ]
        return {"total": total, "hits": hits}

    def counts(self) -> dict[str, int]:
        return self.cached("counts", lambda: {
            table: self.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] for table in ("stories", "events", "articles")
        })

    def article_titles(self, ids: list[str]) -> dict[str, dict[str, Any]]:
        """id → {"title", "event"} for a list of articles (an upload's result)."""
        found: dict[str, dict[str, Any]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for id_, title, event_id in self.db.execute(f"SELECT id, title, event_id FROM articles WHERE id IN ({marks})", chunk):
                found[id_] = {"title": title, "event": event_id}
        return found


def _lead(text: str) -> str:
    """The opening of a text, cut at a word boundary."""
    text = " ".join(text.split())
    if len(text) <= LEAD_CHARS:
        return text
    return text[:LEAD_CHARS].rsplit(" ", 1)[0] + " …"


