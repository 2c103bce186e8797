"""Persistence: SQLite by default."""

from storyweave.store.sqlite import PendingArticle, Store, StoredArticle, utc_now

__all__ = ["PendingArticle", "Store", "StoredArticle", "utc_now"]
