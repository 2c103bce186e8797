"""The line index: which articles carry which normalised line, on disk, so the repeated-line
rule (clean/repeated.py) is decided by queries instead of by every stored text in memory.

It covers exactly the texts the rule counts: every article's current text, grouped or staged.
`index_texts` adds a text when it is staged, `unindex` drops it when a newer version replaces
it; both run inside the caller's transaction, so the index never disagrees with the articles."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable

from storyweave.clean.repeated import document_lines, is_boilerplate, line_key, may_repeat

# schema version 3: an additive step (existing databases are indexed from their stored texts)
CREATE_LINE_INDEX = (
    "CREATE TABLE line_documents (doc INTEGER PRIMARY KEY, content_hash TEXT NOT NULL UNIQUE, lines INTEGER NOT NULL)",
    "CREATE TABLE document_lines (line INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (line, doc)) WITHOUT ROWID",
    "CREATE INDEX document_lines_doc ON document_lines(doc, line)",
)


def index_stored_texts(db: sqlite3.Connection) -> None:
    """The migration's fill: every stored current text, read row by row."""
    rows = db.execute("SELECT content_hash, raw_text FROM articles UNION ALL SELECT content_hash, raw_text FROM pending_articles")
    index_texts(db, rows)


def index_texts(db: sqlite3.Connection, texts: Iterable[tuple[str, str]]) -> None:
    """(content hash, raw text) of articles now stored or staged."""
    for hash_, text in texts:
        lines = document_lines(text)
        doc = db.execute("INSERT INTO line_documents (content_hash, lines) VALUES (?, ?)", (hash_, len(lines))).lastrowid
        db.executemany("INSERT OR IGNORE INTO document_lines VALUES (?, ?)", [(line_key(line), doc) for line in lines])


def unindex(db: sqlite3.Connection, hashes: Iterable[str]) -> None:
    """Texts no longer counted: a newer version of their article replaced them."""
    for (hash_,) in ((h,) for h in hashes):
        row = db.execute("SELECT doc FROM line_documents WHERE content_hash = ?", (hash_,)).fetchone()
        if row:
            db.execute("DELETE FROM document_lines WHERE doc = ?", row)
            db.execute("DELETE FROM line_documents WHERE doc = ?", row)


def repeated_lines(db: sqlite3.Connection, min_docs: int, progress: Callable[[int, int], None] | None = None) -> frozenset[str]:
    """The boilerplate lines among the short lines of the incoming texts (temp.incoming_lines,
    see store/incoming.py), counted over the stored texts and the incoming ones together:
    what `find_repeated_lines` gives for all of them, restricted to the lines the incoming
    texts carry (the only ones their cleaning asks about). `progress(done, total)` follows the
    candidate lines: a line on many stored articles takes a while."""
    repeated = set()
    total = db.execute("SELECT COUNT(DISTINCT line) FROM temp.incoming_lines WHERE text IS NOT NULL").fetchone()[0]
    candidates = db.execute(
        "SELECT l.line, MIN(l.text), COUNT(*), SUM(i.lines) FROM temp.incoming_lines l JOIN temp.incoming i ON i.doc = l.doc "
        "WHERE l.text IS NOT NULL GROUP BY l.line"
    )
    for done, (key, text, docs, carried) in enumerate(candidates, 1):
        if progress and (done % 500 == 0 or done == total):
            progress(done, total)
        stored_docs, stored_carried = db.execute(
            "SELECT COUNT(*), COALESCE(SUM(d.lines), 0) FROM document_lines s JOIN line_documents d ON d.doc = s.doc WHERE s.line = ?",
            (key,),
        ).fetchone()
        if docs + stored_docs < min_docs:
            continue
        (distinct,) = db.execute(
            "SELECT COUNT(*) FROM (SELECT b.line FROM document_lines a JOIN document_lines b ON b.doc = a.doc WHERE a.line = ?1 "
            "UNION SELECT b.line FROM temp.incoming_lines a JOIN temp.incoming_lines b ON b.doc = a.doc WHERE a.line = ?1)",
            (key,),
        ).fetchone()
        if is_boilerplate(distinct, carried + stored_carried):
            repeated.add(text)
    return frozenset(repeated)


def incoming_line_rows(doc: int, text: str) -> tuple[int, list[tuple[int, int, str | None]]]:
    """An incoming text's line count and its (line key, doc, text if it may repeat) rows."""
    lines = document_lines(text)
    return len(lines), [(line_key(line), doc, line if may_repeat(line) else None) for line in lines]
