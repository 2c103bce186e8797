"""A scratch mapping on disk for one ingest: key → bytes in a temporary table of the store's
connection (SQLite writes temporary tables to a file and drops them with the connection).

Grouping puts here what it holds per article and per old event, so its memory stays bounded
however many articles one ingest groups."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, MutableMapping


class ScratchBlobs(MutableMapping[str, bytes]):
    def __init__(self, db: sqlite3.Connection, name: str):
        self.db, self.table = db, f"temp.scratch_{name}"
        db.execute("PRAGMA temp_store = FILE")
        db.execute(f"DROP TABLE IF EXISTS {self.table}")
        db.execute(f"CREATE TABLE {self.table} (key TEXT PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID")

    def __getitem__(self, key: str) -> bytes:
        row = self.db.execute(f"SELECT value FROM {self.table} WHERE key = ?", (key,)).fetchone()
        if row is None:
            raise KeyError(key)
        return row[0]

    def __setitem__(self, key: str, value: bytes) -> None:
        self.db.execute(f"INSERT OR REPLACE INTO {self.table} (key, value) VALUES (?, ?)", (key, value))

    def __delitem__(self, key: str) -> None:
        if self.db.execute(f"DELETE FROM {self.table} WHERE key = ?", (key,)).rowcount == 0:
            raise KeyError(key)

    def pop(self, key: str, *default: bytes) -> bytes:  # type: ignore[override]
        rows = self.db.execute(f"DELETE FROM {self.table} WHERE key = ? RETURNING value", (key,)).fetchall()  # all: the statement ends
        if not rows:
            if default:
                return default[0]
            raise KeyError(key)
        return rows[0][0]

    def __iter__(self) -> Iterator[str]:
        return (key for (key,) in self.db.execute(f"SELECT key FROM {self.table} ORDER BY key").fetchall())

    def __len__(self) -> int:
        return self.db.execute(f"SELECT COUNT(*) FROM {self.table}").fetchone()[0]

    def close(self) -> None:
        try:
            self.db.execute(f"DROP TABLE IF EXISTS {self.table}")
        except sqlite3.OperationalError:
            pass  # a statement an exception left open still reads it; it goes with the connection
