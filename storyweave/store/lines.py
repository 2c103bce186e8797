"""The line index: which articles carry which normalised line, on disk, so the repeated-line
rule (clean/repeated.py) is decided by queries instead of by every stored text in memory.

It covers exactly the texts the rule counts: every article's current text, grouped or staged.
`index_incoming_texts` adds the texts an ingest stages (from the lines its reading found;
`index_texts` does the same from the texts themselves), `unindex` drops a text when a newer
version replaces it; both run inside the caller's transaction, so the index never disagrees with
the articles."""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Callable, Iterable

from storyweave.clean.repeated import DISTINCT_RATIO, document_lines, is_boilerplate, line_key, may_repeat

# schema version 3: an additive step (existing databases are indexed from their stored texts)
CREATE_LINE_INDEX = (
    "CREATE TABLE line_documents (doc INTEGER PRIMARY KEY, content_hash TEXT NOT NULL UNIQUE, lines INTEGER NOT NULL)",
    "CREATE TABLE document_lines (line INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (line, doc)) WITHOUT ROWID",
    "CREATE INDEX document_lines_doc ON document_lines(doc, line)",
)
# schema version 4: per line, how many indexed texts carry it and their line counts summed, kept
# in step with the index, so deciding a line asks one row instead of counting its carriers
# (a line on tens of thousands of stored articles made every `add` count them all)
CREATE_LINE_COUNTS = (
    "CREATE TABLE line_counts (line INTEGER PRIMARY KEY, docs INTEGER NOT NULL, carried INTEGER NOT NULL)",
    "INSERT INTO line_counts (line, docs, carried) "
    "SELECT s.line, COUNT(*), SUM(d.lines) FROM document_lines s JOIN line_documents d ON d.doc = s.doc GROUP BY s.line",
)


def index_stored_texts(db: sqlite3.Connection) -> None:
    """The version-3 migration's fill: every stored current text, read row by row (the counts
    of version 4 are filled from this index by their own step)."""
    rows = db.execute("SELECT content_hash, raw_text FROM articles UNION ALL SELECT content_hash, raw_text FROM pending_articles")
    for hash_, text in rows:
        _index_text(db, hash_, text)


def _index_text(db: sqlite3.Connection, hash_: str, text: str) -> tuple[int, list[int]]:
    """Index one text; its line count and its distinct line keys."""
    lines = document_lines(text)
    keys = list(dict.fromkeys(line_key(line) for line in lines))
    doc = db.execute("INSERT INTO line_documents (content_hash, lines) VALUES (?, ?)", (hash_, len(lines))).lastrowid
    db.executemany("INSERT INTO document_lines VALUES (?, ?)", [(key, doc) for key in keys])
    return len(lines), keys


def index_texts(db: sqlite3.Connection, texts: Iterable[tuple[str, str]]) -> None:
    """(content hash, raw text) of articles now stored or staged."""
    for hash_, text in texts:
        count, keys = _index_text(db, hash_, text)
        db.executemany(
            "INSERT INTO line_counts (line, docs, carried) VALUES (?, 1, ?) "
            "ON CONFLICT(line) DO UPDATE SET docs = docs + 1, carried = carried + excluded.carried",
            [(key, count) for key in keys],
        )


def index_incoming_texts(db: sqlite3.Connection, article_ids: list[str]) -> None:
    """`index_texts` for the texts of articles this ingest read into temp.incoming (store/incoming.py):
    their lines as the reading found them there are copied in three statements, not split and
    hashed again (5,000 articles: 0.5 s of the main process's CPU while the workers analyse)."""
    ids = json.dumps(article_ids)
    read = "FROM json_each(?) AS j CROSS JOIN temp.incoming AS i ON i.article_id = j.value"
    db.execute(f"INSERT INTO line_documents (content_hash, lines) SELECT i.content_hash, i.lines {read} ORDER BY j.key", (ids,))
    lines = f"{read} CROSS JOIN line_documents AS d ON d.content_hash = i.content_hash CROSS JOIN temp.incoming_lines AS l ON l.doc = i.doc"
    db.execute(f"INSERT INTO document_lines (line, doc) SELECT l.line, d.doc {lines}", (ids,))
    db.execute(
        f"INSERT INTO line_counts (line, docs, carried) SELECT l.line, 1, i.lines {lines} WHERE true "
        "ON CONFLICT(line) DO UPDATE SET docs = docs + 1, carried = carried + excluded.carried",
        (ids,),
    )


def unindex(db: sqlite3.Connection, hashes: Iterable[str]) -> None:
    """Texts no longer counted: a newer version of their article replaced them."""
    for (hash_,) in ((h,) for h in hashes):
        row = db.execute("SELECT doc, lines FROM line_documents WHERE content_hash = ?", (hash_,)).fetchone()
        if row:
            doc, count = row
            carried = "SELECT line FROM document_lines WHERE doc = ?"
            db.execute(f"UPDATE line_counts SET docs = docs - 1, carried = carried - ? WHERE line IN ({carried})", (count, doc))
            db.execute(f"DELETE FROM line_counts WHERE docs = 0 AND line IN ({carried})", (doc,))
            db.execute("DELETE FROM document_lines WHERE doc = ?", (doc,))
            db.execute("DELETE FROM line_documents WHERE doc = ?", (doc,))


def repeated_lines(db: sqlite3.Connection, min_docs: int, progress: Callable[[int, int], None] | None = None) -> frozenset[str]:
    """The boilerplate lines among the short lines of the incoming texts (temp.incoming_lines,
    see store/incoming.py), counted over the stored texts and the incoming ones together:
    what `find_repeated_lines` gives for all of them, restricted to the lines the incoming
    texts carry (the only ones their cleaning asks about). `progress(done, total)` follows the
    candidate lines."""
    repeated = set()
    total = db.execute("SELECT COUNT(DISTINCT line) FROM temp.incoming_lines WHERE text IS NOT NULL").fetchone()[0]
    candidates = db.execute(
        "SELECT c.line, c.text, c.docs + COALESCE(s.docs, 0), c.carried + COALESCE(s.carried, 0) FROM ("
        "SELECT l.line, MIN(l.text) AS text, COUNT(*) AS docs, SUM(i.lines) AS carried "
        "FROM temp.incoming_lines l JOIN temp.incoming i ON i.doc = l.doc WHERE l.text IS NOT NULL GROUP BY l.line"
        ") c LEFT JOIN line_counts s ON s.line = c.line"
    )
    for done, (key, text, docs, carried) in enumerate(candidates, 1):
        if progress and (done % 500 == 0 or done == total):
            progress(done, total)
        # the carriers' distinct lines are at most their line counts summed, less the line's own repeats
        if docs < min_docs or not is_boilerplate(carried - docs + 1, carried):
            continue
        if _enough_distinct_lines(db, key, carried):
            repeated.add(text)
    return frozenset(repeated)


def _enough_distinct_lines(db: sqlite3.Connection, key: int, carried: int) -> bool:
    """Whether the distinct lines of the line's carriers (stored and incoming) make it boilerplate;
    stops reading as soon as they do."""
    needed = math.ceil(DISTINCT_RATIO * carried)
    while needed > 1 and is_boilerplate(needed - 1, carried):
        needed -= 1
    while not is_boilerplate(needed, carried):
        needed += 1
    distinct = {line for (line,) in db.execute(
        "SELECT b.line FROM temp.incoming_lines a JOIN temp.incoming_lines b ON b.doc = a.doc WHERE a.line = ?", (key,)
    )}
    if len(distinct) >= needed:
        return True
    rows = db.execute("SELECT b.line FROM document_lines a JOIN document_lines b ON b.doc = a.doc WHERE a.line = ?", (key,))
    while chunk := rows.fetchmany(2000):
        distinct.update(line for (line,) in chunk)
        if len(distinct) >= needed:
            rows.close()
            return True
    return False


def incoming_line_rows(doc: int, text: str) -> tuple[int, list[tuple[int, int, str | None]]]:
    """An incoming text's line count and its (line key, doc, text if it may repeat) rows."""
    lines = document_lines(text)
    return len(lines), [(line_key(line), doc, line if may_repeat(line) else None) for line in lines]
