"""Persistence: SQLite by default."""

from storyweave.store.sqlite import Store, StoredArticle

__all__ = ["Store", "StoredArticle"]
