"""SQLite store: raw and clean text, metadata, extraction results, events, stories and reasons.

Everything one ingest writes goes in one transaction, so an interrupted run leaves the
database as it was before it."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyweave.errors import NotFound, StoryweaveError
from storyweave.model import Article, Event, Reason, Story
from storyweave.store.search import ensure_search_index

SCHEMA_VERSION = 1
BUSY_TIMEOUT_S = 30  # another writer (a second `add`) may hold the database for a while
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    input TEXT NOT NULL,
    raw_text TEXT NOT NULL,
    title TEXT NOT NULL,
    title_from TEXT NOT NULL,
    body TEXT NOT NULL,
    outlet TEXT,
    lang TEXT,
    lang_score REAL,
    published TEXT,
    published_from TEXT NOT NULL,
    occurred TEXT,
    occurred_evidence TEXT,
    analysis TEXT NOT NULL,      -- JSON: dates, entities, quotes, figures, removed lines, dateline
    features TEXT NOT NULL,      -- JSON: what grouping compares, so `add` never re-extracts
    event_id TEXT NOT NULL,
    duplicate_of TEXT,
    score REAL NOT NULL,
    evidence TEXT NOT NULL       -- JSON list of strings
);
CREATE INDEX IF NOT EXISTS articles_event ON articles(event_id);
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    date TEXT,
    story_id TEXT NOT NULL,
    summary TEXT NOT NULL,
    story_score REAL NOT NULL,
    story_evidence TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_story ON events(story_id);
CREATE TABLE IF NOT EXISTS stories (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class StoredArticle:
    seq: int
    id: str
    input: str
    body: str
    event_id: str
    features: dict[str, Any]


class Store:
    def __init__(self, path: Path | str, create: bool = True):
        self.path = str(path)
        if not create and self.path != ":memory:" and not Path(self.path).exists():
            raise NotFound(f"{self.path}: no such database (run `storyweave run PATH --db {self.path}` first)")
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_TIMEOUT_S)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(SCHEMA)
            version = self.db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        except sqlite3.DatabaseError as exc:
            raise StoryweaveError(f"{self.path}: not a storyweave database ({exc})") from None
        if version is None:
            self.db.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        elif int(version[0]) != SCHEMA_VERSION:
            raise StoryweaveError(f"{self.path}: schema version {version[0]}, this storyweave reads {SCHEMA_VERSION}")
        ensure_search_index(self.db)  # databases from before full-text search get the index, filled from what is stored

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # reading -------------------------------------------------------------------------------
    def known_hashes(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT content_hash FROM articles")}

    def raw_texts(self) -> list[str]:
        return [row[0] for row in self.db.execute("SELECT raw_text FROM articles ORDER BY seq")]

    def grouping_state(self) -> Iterator[StoredArticle]:
        for seq, id_, input_, body, event_id, features in self.db.execute(
            "SELECT seq, id, input, body, event_id, features FROM articles ORDER BY seq"
        ):
            yield StoredArticle(seq, id_, input_, body, event_id, json.loads(features))

    def article_texts(self, ids: list[str]) -> dict[str, tuple[str, str, str]]:
        """id → (title, title_from, body) for the given articles."""
        found = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for id_, title, title_from, body in self.db.execute(
                f"SELECT id, title, title_from, body FROM articles WHERE id IN ({marks})", chunk
            ):
                found[id_] = (title, title_from, body)
        return found

    def story_of_events(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT id, story_id FROM events"))

    def article_count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    # writing -------------------------------------------------------------------------------
    def write(
        self,
        articles: list[tuple[Article, dict[str, Any], str, str | None, Reason]],
        article_updates: list[tuple[str, str | None, str]],
        events: list[tuple[Event, Reason]],
        stories: list[Story],
    ) -> None:
        """One transaction: new articles, changed article dates, and every touched event and story."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.executemany(
                "INSERT INTO articles (id, content_hash, input, raw_text, title, title_from, body, outlet, lang, lang_score, published, "
                "published_from, occurred, occurred_evidence, analysis, features, event_id, duplicate_of, score, evidence) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (
                        a.id, a.content_hash, a.input, a.raw_text, a.title, a.title_from, a.body, a.outlet, a.lang, a.lang_score, a.published,
                        a.published_from, a.occurred, a.occurred_evidence, json.dumps(_analysis(a), ensure_ascii=False),
                        json.dumps(features), event_id, duplicate_of, reason.score, json.dumps(list(reason.evidence), ensure_ascii=False),
                    )
                    for a, features, event_id, duplicate_of, reason in articles
                ],
            )
            self.db.executemany(
                "UPDATE articles SET published = ?, published_from = ? WHERE id = ?",
                [(published, source, id_) for id_, published, source in article_updates],
            )
            self.db.executemany(
                "INSERT INTO events (id, title, date, story_id, summary, story_score, story_evidence) VALUES (?,?,?,?,?,?,?) "
                "ON CONFLICT(id) DO UPDATE SET title=excluded.title, date=excluded.date, story_id=excluded.story_id, "
                "summary=excluded.summary, story_score=excluded.story_score, story_evidence=excluded.story_evidence",
                [
                    (e.id, e.title, e.date, e.story_id, e.summary, r.score, json.dumps(list(r.evidence), ensure_ascii=False))
                    for e, r in events
                ],
            )
            self.db.executemany(
                "INSERT INTO stories (id, title) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET title=excluded.title",
                [(s.id, s.title) for s in stories],
            )
            # a story is named after its most reported event (the earliest on a tie)
            self.db.execute(
                "UPDATE stories SET title = (SELECT e.title FROM events e WHERE e.story_id = stories.id "
                "ORDER BY (SELECT COUNT(*) FROM articles a WHERE a.event_id = e.id) DESC, e.date IS NULL, e.date, e.seq LIMIT 1)"
            )
            self.db.execute("COMMIT")
        except BaseException as exc:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise StoryweaveError(f"{self.path}: could not write ({exc}); nothing from this batch was stored") from exc
            raise

    # export --------------------------------------------------------------------------------
    def export(self) -> dict[str, list[dict[str, Any]]]:
        """The JSON contract of DESIGN.md."""
        articles = []
        reasons: dict[str, list[dict[str, Any]]] = {}
        members: dict[str, list[str]] = {}
        for (id_, input_, title, outlet, lang, lang_score, published, published_from, event_id, duplicate_of, score, evidence,
             analysis) in self.db.execute(
            "SELECT id, input, title, outlet, lang, lang_score, published, published_from, event_id, duplicate_of, score, evidence, "
            "analysis FROM articles ORDER BY seq"
        ):
            found = json.loads(analysis)
            articles.append({
                "id": id_, "input": input_, "title": title, "outlet": outlet, "lang": lang, "lang_confidence": lang_score,
                "published": published, "published_from": published_from, "event": event_id, "duplicate_of": duplicate_of,
                "entities": _distinct(found["entities"]), "quotes": found["quotes"], "figures": found["figures"],
                "dates": [{"text": d["text"], "date": d["date"], "sentence": d["sentence"]} for d in found["dates"]],
            })
            members.setdefault(event_id, []).append(id_)
            reasons.setdefault(event_id, []).append({"article": id_, "score": score, "evidence": json.loads(evidence)})
        events = []
        story_events: dict[str, list[str]] = {}
        for id_, title, date, story_id, summary, story_score, story_evidence in self.db.execute(
            "SELECT id, title, date, story_id, summary, story_score, story_evidence FROM events ORDER BY date IS NULL, date, seq"
        ):
            events.append({
                "id": id_, "title": title, "date": date, "story": story_id, "articles": members.get(id_, []), "summary": summary,
                "reasons": reasons.get(id_, []),
                "story_reason": {"score": story_score, "evidence": json.loads(story_evidence)},
            })
            story_events.setdefault(story_id, []).append(id_)
        stories = [
            {"id": id_, "title": title, "events": story_events.get(id_, [])}
            for id_, title in self.db.execute("SELECT id, title FROM stories ORDER BY seq")
        ]
        return {"articles": articles, "events": events, "stories": stories}


def _distinct(mentions: list[dict[str, str]]) -> list[dict[str, str]]:
    """Each (text, kind, canonical) once, in order of first mention."""
    seen: set[tuple[str, str, str]] = set()
    out = []
    for mention in mentions:
        key = (mention["text"], mention["kind"], mention["canonical"])
        if key not in seen:
            seen.add(key)
            out.append(mention)
    return out


def _analysis(article: Article) -> dict[str, Any]:
    # written out field by field: dataclasses.asdict deep-copies and cost 0.6 ms an article
    dateline = article.dateline
    return {
        "dates": [{"text": d.text, "date": d.day.iso(), "kind": d.kind, "sentence": d.sentence} for d in article.dates],
        "entities": [{"text": m.text, "kind": m.kind, "canonical": m.canonical} for m in article.entities],
        "quotes": [{"text": q.text, "speaker": q.speaker, "direct": q.direct} for q in article.quotes],
        "figures": [
            {"value": f.value, "approx": f.approx, "unit": f.unit, "counts": f.counts, "verb": f.verb, "sentence": f.sentence}
            for f in article.figures
        ],
        "removed": [{"text": r.text, "reason": r.reason} for r in article.removed],
        "dateline": (
            {"place": dateline.place, "day": dateline.day.iso() if dateline.day else None, "agency": dateline.agency, "text": dateline.text}
            if dateline else None
        ),
    }
