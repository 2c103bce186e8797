"""The FTS5 index behind search: created with the database, kept in step by triggers when
articles are written, built and filled for a database made before it existed, and fed only
safe expressions whatever a user types."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from storyweave.browse import open_catalogue
from storyweave.errors import StoryweaveError
from storyweave.pipeline import ingest_paths
from storyweave.settings import Settings
from storyweave.store.search import FACETS_TABLE, SEARCH_TABLE, match_expression


def index_rows(db: Path) -> int:
    with sqlite3.connect(db) as connection:
        return connection.execute(f"SELECT COUNT(*) FROM {SEARCH_TABLE}").fetchone()[0]


def drop_index(db: Path) -> None:
    """Make the database look like one written before full-text search existed."""
    with sqlite3.connect(db) as connection:
        for table in (SEARCH_TABLE, FACETS_TABLE):
            for name in ("insert", "delete", "update"):
                connection.execute(f"DROP TRIGGER {table}_{name}")
            connection.execute(f"DROP TABLE {table}")


def test_old_database_gets_the_index_filled(seeded_db: Path, tmp_path: Path, stored: dict) -> None:
    db = tmp_path / "old.db"
    shutil.copy(seeded_db, db)
    drop_index(db)
    with pytest.raises(StoryweaveError, match="open it once for writing"):
        open_catalogue(db, read_only=True)
    with open_catalogue(db) as catalogue:  # opened for writing: migrated
        assert catalogue.search("Brindle")["total"] == 4
        assert catalogue.search("Brindle", outlet="Coast Ledger", since="2024-09-05")["total"] == 1
        assert sum(s["articles"] for s in catalogue.story_overviews()) == len(stored["articles"])
    assert index_rows(db) == len(stored["articles"])


def test_index_follows_new_articles(seeded_db: Path, tmp_path: Path, corpus) -> None:
    db = tmp_path / "growing.db"
    shutil.copy(seeded_db, db)
    extra = tmp_path / "more"
    extra.mkdir()
    (extra / "reopening.txt").write_text(corpus.upload_text, encoding="utf-8")
    with open_catalogue(db, read_only=True) as catalogue:
        assert catalogue.search("substation repair")["total"] == 0
        before = sum(s["articles"] for s in catalogue.story_overviews())
        ingest_paths([extra], db, Settings(workers=1), must_exist=True)
        assert catalogue.search("substation repair")["total"] == 1  # a reader open during the write sees it
        assert sum(s["articles"] for s in catalogue.story_overviews()) == before + 1  # cached overviews follow the write
        assert catalogue.counts()["articles"] == before + 1
    with sqlite3.connect(db) as connection:
        seq = connection.execute("SELECT seq FROM articles WHERE input = 'reopening.txt'").fetchone()[0]
        connection.execute("UPDATE articles SET title = 'Renamed headline about zebras', lang = 'xx' WHERE seq = ?", (seq,))
    with open_catalogue(db, read_only=True) as catalogue:
        assert catalogue.search("zebras")["total"] == 1
        assert catalogue.search("zebras", lang="xx")["total"] == 1 and catalogue.search("zebras", lang="en")["total"] == 0


@pytest.mark.parametrize("typed, expression", [
    ("tram fault", '"tram" "fault"'),
    ('"power fault" Brindle', '"power fault" "Brindle"'),
    ("Brin*", '"Brin"*'),
    ("NEAR( tram AND OR NOT", '"NEAR(" "tram" "AND" "OR" "NOT"'),
    ('say "hi', '"say" "hi"'),
    ("* - ^ :", None),
    ("", None),
])
def test_user_text_becomes_a_safe_expression(typed: str, expression: str | None) -> None:
    assert match_expression(typed) == expression


def test_operators_typed_by_users_are_words(seeded_db: Path) -> None:
    with open_catalogue(seeded_db, read_only=True) as catalogue:
        for typed in ("NEAR(", "title:tram", '"', "a OR", "-Brindle", "Brindle^", "col:*"):
            catalogue.search(typed)  # no sqlite3.OperationalError


def test_outlet_names_with_commas_count_once(seeded_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "commas.db"
    shutil.copy(seeded_db, db)
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE articles SET outlet = 'Post, The' WHERE outlet = 'Oldmoor Post'")
    with open_catalogue(db, read_only=True) as catalogue:
        fire = next(s for s in catalogue.story_overviews() if "Oldmoor" in s["title"])
        assert fire["outlets"] == ["Heide Journal", "Post, The"] and fire["sources"] == 2
        assert {f["value"] for f in catalogue.facets()["outlets"]} >= {"Post, The"}
