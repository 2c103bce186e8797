"""Persistence: SQLite by default."""

from storyweave.store.catalogue import Catalogue
from storyweave.store.sqlite import PendingArticle, Store, StoredArticle, utc_now

__all__ = ["Catalogue", "PendingArticle", "Store", "StoredArticle", "utc_now"]
