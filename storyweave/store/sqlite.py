"""SQLite store: raw and clean text, metadata, extraction results, events, stories and reasons.

An ingest writes in two kinds of transaction. Analysed articles are *staged* in batches
(`pending_articles`, with their version rows), so a killed run keeps its work; grouping them
(articles, events, stories) is one transaction. The next ingest groups whatever is staged, so
an interrupted run, run again, ends exactly as an uninterrupted one."""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import queue
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import orjson

from storyweave.errors import NotFound, StoryweaveError
from storyweave.model import Article, Event, Reason, Story
from storyweave.store.incoming import IncomingDocuments
from storyweave.store.lines import CREATE_LINE_COUNTS, CREATE_LINE_INDEX, index_incoming_texts, index_stored_texts, unindex
from storyweave.store.scratch import ScratchBlobs
from storyweave.store.search import ensure_search_index

SCHEMA_VERSION = 4
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
CREATE INDEX IF NOT EXISTS articles_input ON articles(input);
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
# the article columns analysis fills (the rest come from grouping)
_ANALYSED = (
    "id, content_hash, url, input, raw_text, title, title_from, body, outlet, lang, lang_score, published, published_from, "
    "occurred, occurred_evidence, analysis, features"
)
# the statements (or, where SQL cannot do it, functions of the connection) that bring a database
# from the version before the key to the key's version
MIGRATIONS: dict[int, tuple[str | Callable[[sqlite3.Connection], None], ...]] = {
    2: (
        # identity by canonical URL, every version of an article, and analysed articles staged
        # before they are grouped (crash-safe batches)
        "ALTER TABLE articles ADD COLUMN url TEXT",
        "CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL",
        """CREATE TABLE article_versions (
            article_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            content_hash TEXT NOT NULL UNIQUE,
            input TEXT NOT NULL,
            seen TEXT,                   -- UTC time it was first ingested; NULL for articles stored before versions
            PRIMARY KEY (article_id, version)
        )""",
        "INSERT INTO article_versions (article_id, version, content_hash, input, seen) SELECT id, 1, content_hash, input, NULL FROM articles",
        # the columns analysis fills, as `articles` has them; order by rowid is staging order
        f"CREATE TABLE pending_articles AS SELECT {_ANALYSED} FROM articles WHERE 0",
        "CREATE UNIQUE INDEX pending_articles_id ON pending_articles(id)",
        "CREATE UNIQUE INDEX pending_articles_hash ON pending_articles(content_hash)",
    ),
    # the line index of the repeated-line rule (store/lines.py), filled from the stored texts
    3: (*CREATE_LINE_INDEX, index_stored_texts),
    # per-line counts of the line index (store/lines.py), filled from it
    4: CREATE_LINE_COUNTS,
}


@dataclass(frozen=True)
class StoredArticle:
    seq: int
    id: str
    input: str
    body: str
    event_id: str
    features: dict[str, Any]


@dataclass(frozen=True)
class PendingArticle:
    id: str
    input: str
    content_hash: str
    title: str
    title_from: str
    body: str
    features: dict[str, Any]


@dataclass
class StagedArticle:
    """An analysed article as `Store.stage` writes it, its analysis and grouping features JSON text
    already (`staged_article`): made where the article was analysed, it travels from a worker
    process as a few strings, where the Article's hundreds of small objects cost the parent 0.16 ms
    an article to unpickle."""

    id: str
    content_hash: str
    url: str | None
    input: str
    raw_text: str
    title: str
    title_from: str
    body: str
    rest: tuple  # outlet … features, the remaining columns of `pending_articles` in their order


def staged_article(article: Article, features_json: str) -> StagedArticle:
    """`features_json`: the grouping features as JSON text (the grouping layer writes it)."""
    a = article
    return StagedArticle(
        a.id, a.content_hash, a.url, a.input, a.raw_text, a.title, a.title_from, a.body,
        (a.outlet, a.lang, a.lang_score, a.published, a.published_from, a.occurred, a.occurred_evidence, _json(_analysis(a)), features_json),
    )


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
            if self._schema_version() != SCHEMA_VERSION:
                self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoryweaveError(f"{self.path}: not a storyweave database ({exc})") from None
        ensure_search_index(self.db)  # databases from before full-text search get the index, filled from what is stored

    def _schema_version(self) -> int:
        row = self.db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        return int(row[0]) if row else 1  # a database without the row was just created with the base schema

    def _migrate(self) -> None:
        """Bring the schema up to SCHEMA_VERSION in one transaction (another process may be
        doing the same: the version is read again under the write lock)."""
        with _transaction(self, "schema upgrade"):
            version = self._schema_version()
            if version > SCHEMA_VERSION:
                raise StoryweaveError(f"{self.path}: schema version {version}, this storyweave reads {SCHEMA_VERSION} (upgrade storyweave)")
            for step in range(version + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[step]:
                    if callable(statement):
                        statement(self.db)
                    else:
                        self.db.execute(statement)
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))

    @contextmanager
    def writer(self, waiting: Callable[[], None] | None = None) -> Iterator[None]:
        """One ingest at a time per database: a second writer waits here (calling `waiting`
        once) until the first is done. The lock is the OS's, so a killed process releases it."""
        if self.path == ":memory:":
            yield
            return
        try:
            lock = open(self.path + ".lock", "a+b")
        except OSError as exc:
            raise StoryweaveError(f"{self.path}.lock: cannot create the writer lock ({exc.strerror or exc})") from None
        with lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if waiting:
                    waiting()
                fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # reading -------------------------------------------------------------------------------
    def is_known(self, hash_: str) -> bool:
        """Whether this text was ever ingested: a current or earlier version, grouped or staged."""
        return self.db.execute("SELECT 1 FROM article_versions WHERE content_hash = ?", (hash_,)).fetchone() is not None

    @contextmanager
    def incoming(self) -> Iterator[IncomingDocuments]:
        """Scratch space on disk for what one ingest reads (store/incoming.py)."""
        incoming = IncomingDocuments(self.db)
        try:
            yield incoming
        finally:
            incoming.close()

    @contextmanager
    def scratch_space(self) -> Iterator[Callable[[str], ScratchBlobs]]:
        """Named scratch mappings on disk (store/scratch.py) for one ingest, dropped after it."""
        made: list[ScratchBlobs] = []

        def scratch(name: str) -> ScratchBlobs:
            made.append(ScratchBlobs(self.db, name))
            return made[-1]

        try:
            yield scratch
        finally:
            for blobs in made:
                blobs.close()

    def pending(self) -> list[PendingArticle]:
        """Articles analysed and staged by an ingest that did not get to group them."""
        return [
            PendingArticle(*row[:6], orjson.loads(row[6]))
            for row in self.db.execute(
                "SELECT id, input, content_hash, title, title_from, body, features FROM pending_articles ORDER BY rowid"
            )
        ]

    def events_of(self, article_ids: list[str]) -> dict[str, str]:
        found = {}
        for chunk in _chunks(article_ids):
            marks = ",".join("?" * len(chunk))
            found.update(self.db.execute(f"SELECT id, event_id FROM articles WHERE id IN ({marks})", chunk))
        return found

    def event_members(self, event_ids: list[str]) -> dict[str, list[str]]:
        """Each given event's stored articles, in stored order (events without any left out)."""
        found: dict[str, list[str]] = {}
        for chunk in _chunks(event_ids):
            marks = ",".join("?" * len(chunk))
            for id_, event_id in self.db.execute(f"SELECT id, event_id FROM articles WHERE event_id IN ({marks}) ORDER BY seq", chunk):
                found.setdefault(event_id, []).append(id_)
        return found

    def grouping_state(self) -> Iterator[StoredArticle]:
        for seq, id_, input_, body, event_id, features in self.db.execute(
            "SELECT seq, id, input, body, event_id, features FROM articles ORDER BY seq"
        ):
            yield StoredArticle(seq, id_, input_, body, event_id, orjson.loads(features))

    def article_texts(self, ids: list[str]) -> dict[str, tuple[str, str, str]]:
        """id → (title, title_from, body) for the given articles."""
        return self._texts("articles", ids)

    def staged_texts(self, ids: list[str]) -> dict[str, tuple[str, str, str]]:
        """id → (title, title_from, body) of staged articles (analysed, not grouped yet)."""
        return self._texts("pending_articles", ids)

    def _texts(self, table: str, ids: list[str]) -> dict[str, tuple[str, str, str]]:
        found = {}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            for id_, title, title_from, body in self.db.execute(f"SELECT id, title, title_from, body FROM {table} WHERE id IN ({marks})", chunk):
                found[id_] = (title, title_from, body)
        return found

    def brief_records(self, event_ids: list[str] | None = None) -> Iterator[dict[str, Any]]:
        """What a brief reads of each article (all, or those of the given events), in stored order,
        with the extraction results parsed."""
        return brief_records(self.db, event_ids)

    def story_of_events(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT id, story_id FROM events"))

    def article_count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def has_input(self, input_: str) -> bool:
        """Whether an article (grouped, or staged by an interrupted ingest) came from this input."""
        found = self.db.execute(
            "SELECT 1 FROM articles WHERE input = ? UNION ALL SELECT 1 FROM pending_articles WHERE input = ? LIMIT 1", (input_, input_)
        )
        return found.fetchone() is not None

    def meta_items(self, prefix: str) -> dict[str, str]:
        """Stored key → value pairs whose key starts with `prefix` (state kept between runs, such as feed validators)."""
        rows = self.db.execute("SELECT key, value FROM meta WHERE substr(key, 1, ?) = ?", (len(prefix), prefix))
        return dict(rows.fetchall())

    def set_meta(self, items: dict[str, str]) -> None:
        with _transaction(self, "state"):
            self.db.executemany("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                                list(items.items()))

    def staged_count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM pending_articles").fetchone()[0]

    # writing -------------------------------------------------------------------------------
    def stage(self, articles: list[StagedArticle], seen: str, incoming: IncomingDocuments) -> None:
        """One transaction: analysed articles (with their grouping features) and their version
        rows. A newer version replaces a staged one of the same article. `incoming`: the ingest's
        texts as read, these articles' among them (their lines for the line index come from there)."""
        with _transaction(self, "batch of analysed articles"):
            # a newer version replaces a staged one: the text it replaces no longer counts
            _unindex_replaced(self.db, "pending_articles", [a.id for a in articles])
            self.db.executemany("DELETE FROM pending_articles WHERE id = ?", [(a.id,) for a in articles])
            self.db.executemany(
                f"INSERT INTO pending_articles ({_ANALYSED}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [(a.id, a.content_hash, a.url, a.input, a.raw_text, a.title, a.title_from, a.body, *a.rest) for a in articles],
            )
            self._add_versions([(a.id, a.content_hash, a.input) for a in articles], seen)
            index_incoming_texts(self.db, [a.id for a in articles])

    def record_versions(self, versions: Iterable[tuple[str, str, str]], seen: str) -> None:
        """(article id, content hash, input) of texts superseded within one ingest by a later
        version of the same article: remembered, never analysed."""
        with _transaction(self, "earlier versions"):
            self._add_versions(versions, seen)

    def _add_versions(self, versions: Iterable[tuple[str, str, str]], seen: str) -> None:
        self.db.executemany(
            "INSERT INTO article_versions (article_id, version, content_hash, input, seen) "
            "SELECT ?, COALESCE(MAX(version), 0) + 1, ?, ?, ? FROM article_versions WHERE article_id = ?",
            [(article_id, hash_, input_, seen, article_id) for article_id, hash_, input_ in versions],
        )

    def write(
        self,
        assignments: list[Assignment],
        article_updates: list[DateUpdate],
        events: list[tuple[Event, Reason]],
        stories: list[Story],
    ) -> None:
        """One transaction: staged articles move into `articles` with their (event, duplicate_of,
        reason) — a new version takes its article's row —, changed article dates, every touched
        event and story; events and stories a new version left empty go."""
        with _transaction(self, "grouping"):
            _move_staged(self.db, [a[0] for a in assignments])
            _assign_articles(self.db, assignments, article_updates)
            _assign_groups(self.db, events, stories)

    @contextmanager
    def grouping_write(self, article_ids: list[str]) -> Iterator[GroupingWrite]:
        """`write` in two steps, begun while the caller still groups `article_ids` (staged, in the
        order the assignments will come): `articles` as soon as the articles' events are final,
        then `groups` (the events and stories), which commits. For a database file, a thread with a
        connection of its own opens the transaction and moves the staged articles into `articles`
        now, then writes each step as it comes, in statements SQLite runs without Python's lock, so
        on another core (5,000 articles: the move took 0.7 s of grouping's single-core end, the
        articles' events 0.2 s of the stories' making). One transaction all the same: if the caller
        fails before the last step, nothing of it is stored."""
        if self.path == ":memory:":  # (no second connection sees a private database)
            yield _WriteAtOnce(self)
            return
        writer = _GroupingWriter(self.path, article_ids)
        writer.start()
        try:
            yield writer
        finally:
            if writer.is_alive():
                writer.steps.put(None)  # the caller failed: roll back
                writer.join()

    # export --------------------------------------------------------------------------------
    def export(self) -> dict[str, list[dict[str, Any]]]:
        """The JSON contract of DESIGN.md."""
        articles = []
        reasons: dict[str, list[dict[str, Any]]] = {}
        members: dict[str, list[str]] = {}
        versions: dict[str, list[dict[str, Any]]] = {}
        for article_id, version, hash_, input_, seen in self.db.execute(
            "SELECT article_id, version, content_hash, input, seen FROM article_versions ORDER BY article_id, version"
        ):
            versions.setdefault(article_id, []).append({"version": version, "content_hash": hash_, "input": input_, "seen": seen})
        for (id_, input_, url, title, outlet, lang, lang_score, published, published_from, event_id, duplicate_of, score, evidence,
             analysis) in self.db.execute(
            "SELECT id, input, url, title, outlet, lang, lang_score, published, published_from, event_id, duplicate_of, score, evidence, "
            "analysis FROM articles ORDER BY seq"
        ):
            found = json.loads(analysis)
            articles.append({
                "id": id_, "input": input_, "url": url, "versions": versions.get(id_, []),
                "title": title, "outlet": outlet, "lang": lang, "lang_confidence": lang_score,
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


Assignment = tuple[str, str, str | None, Reason]  # (article id, event id, the article it copies, why)
DateUpdate = tuple[str, str | None, str]  # (article id, its publication date, where the date came from)


def _unindex_replaced(db: sqlite3.Connection, table: str, article_ids: list[str]) -> None:
    """The texts the rows of `table` with these ids hold no longer count: newer versions replace them."""
    for chunk in _chunks(article_ids):
        replaced = db.execute(f"SELECT content_hash FROM {table} WHERE id IN ({','.join('?' * len(chunk))})", chunk)
        unindex(db, [hash_ for (hash_,) in replaced.fetchall()])


def _move_staged(db: sqlite3.Connection, article_ids: list[str]) -> None:
    """Staged articles into `articles`, in the given order, their event still to be written; a
    new version takes its article's row, and the text it replaces no longer counts."""
    _unindex_replaced(db, "articles", article_ids)
    ids = _json(article_ids)
    analysed = _ANALYSED.split(", ")
    # one statement for all (CROSS JOIN: the ids lead, each finds its row by the index)
    db.execute(
        f"INSERT INTO articles ({_ANALYSED}, event_id, duplicate_of, score, evidence) "
        f"SELECT {', '.join(f'p.{c}' for c in analysed)}, '', NULL, 0, '[]' "
        "FROM json_each(?) AS staged CROSS JOIN pending_articles AS p ON p.id = staged.value WHERE true ORDER BY staged.key "
        f"ON CONFLICT(id) DO UPDATE SET {', '.join(f'{c}=excluded.{c}' for c in analysed[1:])}",
        (ids,),
    )
    db.execute("DELETE FROM pending_articles WHERE id IN (SELECT value FROM json_each(?))", (ids,))


def _assign_articles(db: sqlite3.Connection, assignments: list[Assignment], article_updates: list[DateUpdate]) -> None:
    """`Store.write`'s step after `_move_staged`: each article's event, and the changed dates.
    The events in one statement, as the move: SQLite runs it whole without Python's lock, where a
    statement a row took it back at every row, from a caller busy grouping (0.9 s, not 0.2)."""
    # (each reason's evidence as the JSON text it is stored as, a string in the array: read back as it is)
    rows = [[article_id, event_id, duplicate_of, reason.score, _json(list(reason.evidence))]
            for article_id, event_id, duplicate_of, reason in assignments]
    db.execute(
        "UPDATE articles SET event_id = json_extract(a.value, '$[1]'), duplicate_of = json_extract(a.value, '$[2]'), "
        "score = json_extract(a.value, '$[3]'), evidence = json_extract(a.value, '$[4]') "
        "FROM json_each(?) AS a WHERE articles.id = json_extract(a.value, '$[0]')",
        (_json(rows),),
    )
    db.executemany(
        "UPDATE articles SET published = ?, published_from = ? WHERE id = ?",
        [(published, source, id_) for id_, published, source in article_updates],
    )


def _assign_groups(db: sqlite3.Connection, events: list[tuple[Event, Reason]], stories: list[Story]) -> None:
    """`Store.write`'s last step: the touched events and stories; those left empty go."""
    db.executemany(
        "INSERT INTO events (id, title, date, story_id, summary, story_score, story_evidence) VALUES (?,?,?,?,?,?,?) "
        "ON CONFLICT(id) DO UPDATE SET title=excluded.title, date=excluded.date, story_id=excluded.story_id, "
        "summary=excluded.summary, story_score=excluded.story_score, story_evidence=excluded.story_evidence",
        [(e.id, e.title, e.date, e.story_id, e.summary, r.score, _json(list(r.evidence))) for e, r in events],
    )
    db.executemany(
        "INSERT INTO stories (id, title) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET title=excluded.title",
        [(s.id, s.title) for s in stories],
    )
    db.execute("DELETE FROM events WHERE id NOT IN (SELECT event_id FROM articles)")
    db.execute("DELETE FROM stories WHERE id NOT IN (SELECT story_id FROM events)")
    # a story is named after its most reported event (the earliest on a tie)
    db.execute(
        "UPDATE stories SET title = (SELECT e.title FROM events e WHERE e.story_id = stories.id "
        "ORDER BY (SELECT COUNT(*) FROM articles a WHERE a.event_id = e.id) DESC, e.date IS NULL, e.date, e.seq LIMIT 1)"
    )


class GroupingWrite(Protocol):
    """What `Store.grouping_write` yields: `articles` first, then `groups`, which ends the write."""

    def articles(self, assignments: list[Assignment], article_updates: list[DateUpdate]) -> None: ...

    def groups(self, events: list[tuple[Event, Reason]], stories: list[Story]) -> None: ...


class _WriteAtOnce:
    """`GroupingWrite` for a private database: the steps are kept, then written as one `Store.write`."""

    def __init__(self, store: Store):
        self.store = store
        self._articles: tuple[list[Assignment], list[DateUpdate]] = ([], [])

    def articles(self, assignments: list[Assignment], article_updates: list[DateUpdate]) -> None:
        self._articles = (assignments, article_updates)

    def groups(self, events: list[tuple[Event, Reason]], stories: list[Story]) -> None:
        self.store.write(*self._articles, events, stories)


class _GroupingWriter(threading.Thread):
    """`Store.grouping_write`'s transaction on a connection of its own (a `GroupingWrite`): the
    staged articles move at once, each step when `steps` brings it (None: roll back)."""

    def __init__(self, path: str, article_ids: list[str]):
        super().__init__(name="storyweave-grouping-write", daemon=True)
        self.path, self.article_ids = path, article_ids
        self.steps: queue.SimpleQueue = queue.SimpleQueue()
        self.error: BaseException | None = None

    def articles(self, assignments: list[Assignment], article_updates: list[DateUpdate]) -> None:
        self.steps.put((_assign_articles, (assignments, article_updates)))

    def groups(self, events: list[tuple[Event, Reason]], stories: list[Story]) -> None:
        self.steps.put((_assign_groups, (events, stories)))
        self.join()
        if self.error is not None:
            raise _write_failure(self.path, self.error, "grouping")

    def run(self) -> None:
        db = None
        try:
            db = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_TIMEOUT_S)
            db.execute("PRAGMA synchronous=NORMAL")  # (per connection: as the store's own)
            db.execute("BEGIN IMMEDIATE")
            _move_staged(db, self.article_ids)
            for _ in range(2):  # the articles, then the events and stories
                step = self.steps.get()
                if step is None:
                    db.execute("ROLLBACK")
                    return
                function, arguments = step
                function(db, *arguments)
            db.execute("COMMIT")
        except BaseException as exc:  # noqa: BLE001 — handed to the caller, who raises it
            self.error = exc
            if db is not None and db.in_transaction:
                db.execute("ROLLBACK")
        finally:
            if db is not None:
                db.close()


@contextmanager
def _transaction(store: Store, what: str) -> Iterator[None]:
    """BEGIN IMMEDIATE … COMMIT; on any failure ROLLBACK, and a database error becomes one line."""
    try:
        store.db.execute("BEGIN IMMEDIATE")
        yield
        store.db.execute("COMMIT")
    except BaseException as exc:
        if store.db.in_transaction:
            store.db.execute("ROLLBACK")
        raise _write_failure(store.path, exc, what)


def _write_failure(path: str, exc: BaseException, what: str) -> BaseException:
    """What a failed write raises: a database error as one line, anything else as it is."""
    if isinstance(exc, sqlite3.Error):
        failure = StoryweaveError(f"{path}: could not write ({exc}); nothing from this {what} was stored")
        failure.__cause__ = exc
        return failure
    return exc


def _json(value: Any) -> str:
    """JSON text of what the store writes: orjson (six times faster than json on an article's
    analysis), json for what orjson refuses (integers past 64 bits). Both read back equal."""
    try:
        return orjson.dumps(value).decode()
    except TypeError:
        return json.dumps(value, ensure_ascii=False)


def _chunks(ids: list[str], size: int = 500) -> Iterator[list[str]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def brief_records(db: sqlite3.Connection, event_ids: list[str] | None = None) -> Iterator[dict[str, Any]]:
    """`Store.brief_records` on any connection (the web's read-only one too)."""
    query = (
        "SELECT id, title, title_from, body, outlet, lang, published, occurred, event_id, duplicate_of, analysis FROM articles"
    )
    chunks = [event_ids[i : i + 500] for i in range(0, len(event_ids), 500)] if event_ids is not None else [None]
    for chunk in chunks:
        where = f" WHERE event_id IN ({','.join('?' * len(chunk))})" if chunk is not None else ""
        for row in db.execute(query + where + " ORDER BY seq", chunk or ()):
            keys = ("id", "title", "title_from", "body", "outlet", "lang", "published", "occurred", "event", "duplicate_of")
            yield {**dict(zip(keys, row[:10])), **json.loads(row[10])}


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
