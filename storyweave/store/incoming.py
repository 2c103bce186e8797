"""What one ingest has read and not analysed yet, kept on disk rather than in memory.

Temporary tables of the store's connection (SQLite writes them to a temporary file and drops
them with the connection): each new text once, the latest text of each article, the texts a
later one superseded, and every text's lines for the repeated-line rule. Reading everything
first is what lets the rule see every new text before the first is cleaned, and the texts come
back sorted by (input, content hash), so the same files give the same groups whatever the order
of the paths, without the texts ever being held together."""

from __future__ import annotations

import pickle
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from storyweave.model import RawDocument
from storyweave.store.lines import incoming_line_rows, repeated_lines

_TABLES = (
    "CREATE TEMP TABLE incoming_hashes (content_hash TEXT PRIMARY KEY) WITHOUT ROWID",
    """CREATE TEMP TABLE incoming (
        doc INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL UNIQUE,
        sort_input BLOB NOT NULL,        -- the input as UTF-8 bytes: byte order is Python's string order
        content_hash TEXT NOT NULL,
        document BLOB NOT NULL,          -- the RawDocument, pickled: written and read by this process only
        lines INTEGER NOT NULL
    )""",
    "CREATE INDEX temp.incoming_order ON incoming(sort_input, content_hash)",
    "CREATE TEMP TABLE incoming_superseded (seq INTEGER PRIMARY KEY, article_id TEXT, content_hash TEXT, input TEXT)",
    "CREATE TEMP TABLE incoming_lines (line INTEGER NOT NULL, doc INTEGER NOT NULL, text TEXT, PRIMARY KEY (line, doc)) WITHOUT ROWID",
    "CREATE INDEX temp.incoming_lines_doc ON incoming_lines(doc, line)",
)
_DROP = ("incoming_hashes", "incoming", "incoming_superseded", "incoming_lines")


class IncomingDocuments:
    def __init__(self, db: sqlite3.Connection):
        self.db = db
        # on disk whatever the build's default (most builds' already): these tables hold a whole ingest
        db.execute("PRAGMA temp_store = FILE")
        self._drop()
        for statement in _TABLES:
            db.execute(statement)

    def _drop(self) -> None:
        for table in _DROP:
            self.db.execute(f"DROP TABLE IF EXISTS temp.{table}")

    def close(self) -> None:
        try:
            self._drop()
        except sqlite3.OperationalError:
            pass  # a statement an exception left open still reads them; they go with the connection

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Many additions in one transaction of the temporary database (nothing durable to wait for)."""
        self.db.execute("BEGIN")
        try:
            yield
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def met(self, hash_: str) -> bool:
        """Whether this ingest already read this text; remembers that it now has."""
        return self.db.execute("INSERT OR IGNORE INTO incoming_hashes VALUES (?)", (hash_,)).rowcount == 0

    def add(self, doc: RawDocument, hash_: str, article_id: str) -> None:
        """A new text; it supersedes one read earlier for the same article (that one's version is
        remembered, its text is not analysed)."""
        earlier = self.db.execute("SELECT doc, content_hash, document FROM incoming WHERE article_id = ?", (article_id,)).fetchone()
        if earlier:
            self.db.execute(
                "INSERT INTO incoming_superseded (article_id, content_hash, input) VALUES (?, ?, ?)",
                (article_id, earlier[1], pickle.loads(earlier[2]).input),
            )
            self.db.execute("DELETE FROM incoming_lines WHERE doc = ?", (earlier[0],))
            self.db.execute("DELETE FROM incoming WHERE doc = ?", (earlier[0],))
        number = self.db.execute(
            "INSERT INTO incoming (article_id, sort_input, content_hash, document, lines) VALUES (?, ?, ?, ?, 0)",
            (article_id, _sort_key(doc.input), hash_, pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL)),
        ).lastrowid
        assert number is not None
        count, rows = incoming_line_rows(number, doc.text)
        self.db.execute("UPDATE incoming SET lines = ? WHERE doc = ?", (count, number))
        self.db.executemany("INSERT OR IGNORE INTO incoming_lines VALUES (?, ?, ?)", rows)

    def count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM incoming").fetchone()[0]

    def has_article(self, article_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM incoming WHERE article_id = ?", (article_id,)).fetchone() is not None

    def stored_events(self) -> dict[str, str]:
        """Stored articles a new text is a newer version of → their event."""
        return dict(self.db.execute("SELECT a.id, a.event_id FROM articles a JOIN incoming i ON i.article_id = a.id"))

    def superseded(self) -> Iterator[tuple[str, str, str]]:
        """(article id, content hash, input) of texts a later one superseded, in the order met."""
        yield from self.db.execute("SELECT article_id, content_hash, input FROM incoming_superseded ORDER BY seq")

    def repeated_lines(self, min_docs: int, progress: Callable[[int, int], None] | None = None) -> frozenset[str]:
        return repeated_lines(self.db, min_docs, progress)

    def in_order(self, page: int = 256) -> Iterator[RawDocument]:
        """The latest text of each article, sorted by (input, content hash),
        a page at a time (the caller commits between pages, so no statement stays open)."""
        after: tuple[bytes, str] | None = None
        while True:
            if after is None:
                rows = self.db.execute(
                    "SELECT sort_input, content_hash, document FROM incoming ORDER BY sort_input, content_hash LIMIT ?", (page,)
                ).fetchall()
            else:
                rows = self.db.execute(
                    "SELECT sort_input, content_hash, document FROM incoming WHERE (sort_input, content_hash) > (?, ?) "
                    "ORDER BY sort_input, content_hash LIMIT ?",
                    (*after, page),
                ).fetchall()
            if not rows:
                return
            for _, _, document in rows:
                yield pickle.loads(document)
            after = (rows[-1][0], rows[-1][1])


def _sort_key(input_: str) -> bytes:
    return input_.encode("utf-8", "surrogatepass")
