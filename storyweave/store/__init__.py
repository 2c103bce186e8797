"""Persistence: SQLite by default."""

from storyweave.store.catalogue import Catalogue
from storyweave.store.incoming import IncomingDocuments
from storyweave.store.sqlite import PendingArticle, StagedArticle, Store, StoredArticle, staged_article, utc_now

__all__ = ["Catalogue", "IncomingDocuments", "PendingArticle", "StagedArticle", "Store", "StoredArticle", "staged_article", "utc_now"]
