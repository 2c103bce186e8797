"""Persistence: SQLite by default."""

from storyweave.store.catalogue import Catalogue
from storyweave.store.sqlite import Store, StoredArticle

__all__ = ["Catalogue", "Store", "StoredArticle"]
