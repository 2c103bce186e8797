"""Full-text search over article titles and bodies: an FTS5 index kept in sync by triggers.

The index is external-content (it stores no second copy of the text) and triggers on the
articles table keep it current however articles are written. Databases made before the index
existed get it, filled from what is stored, the next time they are opened for writing."""

from __future__ import annotations

import re
import sqlite3

SEARCH_TABLE = "articles_search"
SEARCH_SCHEMA = f"""
CREATE VIRTUAL TABLE IF NOT EXISTS {SEARCH_TABLE} USING fts5(
    title, body, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS {SEARCH_TABLE}_insert AFTER INSERT ON articles BEGIN
    INSERT INTO {SEARCH_TABLE}(rowid, title, body) VALUES (new.seq, new.title, new.body);
END;
CREATE TRIGGER IF NOT EXISTS {SEARCH_TABLE}_delete AFTER DELETE ON articles BEGIN
    INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
END;
CREATE TRIGGER IF NOT EXISTS {SEARCH_TABLE}_update AFTER UPDATE OF title, body ON articles BEGIN
    INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
    INSERT INTO {SEARCH_TABLE}(rowid, title, body) VALUES (new.seq, new.title, new.body);
END;
"""

# a word, or a "quoted phrase"; everything else in a user's query is separator
_TERM = re.compile(r'"([^"]*)"|([^\s"]+)')
_WORD = re.compile(r"\w", re.UNICODE)


def has_search_index(db: sqlite3.Connection) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (SEARCH_TABLE,)).fetchone() is not None


def ensure_search_index(db: sqlite3.Connection) -> None:
    """Create the index and its triggers if missing, and fill it from the stored articles."""
    if has_search_index(db):
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        for statement in _statements(SEARCH_SCHEMA):
            db.execute(statement)
        db.execute(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('rebuild')")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def _statements(script: str) -> list[str]:
    """The script's statements one by one (executescript would commit the open transaction)."""
    statements, current = [], ""
    for line in script.strip().splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return statements


def match_expression(query: str) -> str | None:
    """A user's words as a safe FTS5 query: every word and "quoted phrase" must appear; a
    trailing * on a word matches its prefix. FTS5 operators typed by the user are read as
    words, so no input is a syntax error. None when the query has no word at all."""
    parts = []
    for phrase, word in _TERM.findall(query):
        text = phrase or word
        prefix = bool(word) and word.endswith("*") and len(word) > 1
        text = text.rstrip("*") if prefix else text
        if not _WORD.search(text):
            continue
        parts.append('"' + text.replace('"', '""') + '"' + ("*" if prefix else ""))
    return " ".join(parts) or None
