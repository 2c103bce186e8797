"""Full-text search over article titles and bodies: an FTS5 index kept in sync by triggers.

The index is external-content (it stores no second copy of the text) and triggers on the
articles table keep it current however articles are written. Beside it, a narrow copy of each
article's small fields (event, copy of, language, outlet, day), kept the same way: search
filters and story overviews read it, where reading the articles table itself would step past
each row's raw and clean text (10,000 articles: story overviews 145 → 70 ms). Databases made before these existed get them, filled
from what is stored, the next time they are opened for writing."""

from __future__ import annotations

import re
import sqlite3

SEARCH_TABLE = "articles_search"
FACETS_TABLE = "article_facets"
_DAY = "CASE WHEN {0}.published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN substr({0}.published, 1, 10) END"
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
CREATE TABLE IF NOT EXISTS {FACETS_TABLE} (
    seq INTEGER PRIMARY KEY, id TEXT NOT NULL, event_id TEXT, duplicate_of TEXT, lang TEXT, outlet TEXT, day TEXT
);
CREATE INDEX IF NOT EXISTS {FACETS_TABLE}_event ON {FACETS_TABLE}(event_id);
CREATE TRIGGER IF NOT EXISTS {FACETS_TABLE}_insert AFTER INSERT ON articles BEGIN
    INSERT INTO {FACETS_TABLE}(seq, id, event_id, duplicate_of, lang, outlet, day)
    VALUES (new.seq, new.id, new.event_id, new.duplicate_of, new.lang, new.outlet, {_DAY.format("new")});
END;
CREATE TRIGGER IF NOT EXISTS {FACETS_TABLE}_delete AFTER DELETE ON articles BEGIN
    DELETE FROM {FACETS_TABLE} WHERE seq = old.seq;
END;
CREATE TRIGGER IF NOT EXISTS {FACETS_TABLE}_update AFTER UPDATE OF id, event_id, duplicate_of, lang, outlet, published ON articles BEGIN
    UPDATE {FACETS_TABLE} SET id = new.id, event_id = new.event_id, duplicate_of = new.duplicate_of, lang = new.lang,
        outlet = new.outlet, day = {_DAY.format("new")} WHERE seq = new.seq;
END;
"""

# a word, or a "quoted phrase"; everything else in a user's query is separator
_TERM = re.compile(r'"([^"]*)"|([^\s"]+)')
_WORD = re.compile(r"\w", re.UNICODE)


def _exists(db: sqlite3.Connection, name: str) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone() is not None


def has_search_index(db: sqlite3.Connection) -> bool:
    return _exists(db, SEARCH_TABLE) and _exists(db, FACETS_TABLE)


def ensure_search_index(db: sqlite3.Connection) -> None:
    """Create the index, the filter table and their triggers where missing, and fill them from
    the stored articles."""
    if has_search_index(db):
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        missing_index, missing_facets = not _exists(db, SEARCH_TABLE), not _exists(db, FACETS_TABLE)
        for statement in _statements(SEARCH_SCHEMA):
            db.execute(statement)
        if missing_index:
            db.execute(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('rebuild')")
        if missing_facets:
            db.execute(f"INSERT INTO {FACETS_TABLE}(seq, id, event_id, duplicate_of, lang, outlet, day) "
                       f"SELECT seq, id, event_id, duplicate_of, lang, outlet, {_DAY.format('articles')} FROM articles")
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


def query_terms(query: str) -> list[tuple[str, bool]]:
    """A user's query as (word or phrase, is a prefix) terms: words, "quoted phrases", and a
    trailing * on a word for its prefix. Terms without a letter or digit are dropped."""
    terms = []
    for phrase, word in _TERM.findall(query):
        text = phrase or word
        prefix = bool(word) and word.endswith("*") and len(word) > 1
        text = text.rstrip("*") if prefix else text
        if _WORD.search(text):
            terms.append((text, prefix))
    return terms


def match_expression(query: str) -> str | None:
    """A user's words as a safe FTS5 query: every term must appear. FTS5 operators typed by the
    user are read as words, so no input is a syntax error. None when the query has no word."""
    parts = ['"' + text.replace('"', '""') + '"' + ("*" if prefix else "") for text, prefix in query_terms(query)]
    return " ".join(parts) or None
