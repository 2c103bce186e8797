"""Persistence: SQLite by default."""

from storyweave.store.incoming import IncomingDocuments
from storyweave.store.sqlite import PendingArticle, Store, StoredArticle, utc_now

__all__ = ["IncomingDocuments", "PendingArticle", "Store", "StoredArticle", "utc_now"]
