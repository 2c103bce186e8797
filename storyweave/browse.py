"""The read side of the pipeline, for the web app: open what is stored for browsing and search.

Beside `pipeline` in the layers, so the web reaches the store only through here."""

from __future__ import annotations

from pathlib import Path

from storyweave.store import Catalogue, Store
from storyweave.store.catalogue import check_database

__all__ = ["Catalogue", "open_catalogue"]


def open_catalogue(db: Path, read_only: bool = False, check_same_thread: bool = True) -> Catalogue:
    """A read connection to `db`. Unless read-only, the database is first brought up to date
    (its search index created and filled when it predates full-text search)."""
    if not read_only:
        check_database(db)  # a foreign SQLite file is refused, not given our tables
        with Store(db, create=False):
            pass
    return Catalogue(db, read_only=read_only, check_same_thread=check_same_thread)
