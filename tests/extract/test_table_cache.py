"""Tables built at start are read back from the cache folder, equal to what building gives, and
the cache never stands in the way: a file that cannot be read is rebuilt, a folder that cannot be
written is left alone, and a new key replaces the old file."""

from __future__ import annotations

import pickle
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from storyweave.extract import compiled, gazetteer, table_cache
from storyweave.extract.table_cache import CACHE_DIR_ENV, cached_table


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_DIR_ENV, str(folder))
    return folder


def counting_table() -> tuple[list[int], object]:
    builds: list[int] = []

    def table() -> dict[str, int]:
        builds.append(1)
        return {"built": len(builds)}

    return builds, cached_table(table)


def test_a_table_is_built_once_then_read_from_the_cache(cache: Path) -> None:
    builds, table = counting_table()
    assert table() == {"built": 1}
    assert table() == {"built": 1} and len(builds) == 1  # the second process reads the file
    assert len(list(cache.glob("*.pickle"))) == 1


def test_an_unreadable_cache_file_is_built_again_and_replaced(cache: Path) -> None:
    builds, table = counting_table()
    table()
    (path,) = cache.glob("*.pickle")
    path.write_bytes(b"not a pickle")
    assert table() == {"built": 2}
    assert pickle.loads(path.read_bytes()) == {"built": 2}


def test_a_folder_that_cannot_be_written_only_costs_the_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("")
    monkeypatch.setenv(CACHE_DIR_ENV, str(blocker / "cache"))  # a folder inside a file cannot be made
    builds, table = counting_table()
    assert table() == {"built": 1} and table() == {"built": 2}


def test_a_new_key_builds_afresh_and_replaces_the_old_file(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    builds, table = counting_table()
    table()
    monkeypatch.setattr(table_cache, "source_key", lambda: "anotherkey")  # the code or a data package changed
    assert table() == {"built": 2}
    assert [path.name.rsplit("-", 1)[1] for path in cache.glob("*.pickle")] == ["anotherkey.pickle"]


def test_the_key_follows_the_code_and_the_data_packages_versions(monkeypatch: pytest.MonkeyPatch) -> None:
    table_cache.source_key.cache_clear()
    key = table_cache.source_key()
    table_cache.source_key.cache_clear()
    monkeypatch.setattr(table_cache, "version", lambda package: "0.0-other")
    try:
        assert table_cache.source_key() != key
    finally:
        table_cache.source_key.cache_clear()


def test_the_key_leaves_out_what_the_build_makes_from_the_sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each checkout that compiles the rules gets other bytes; a shared cache must not be rebuilt
    (and the other checkout's files deleted) for that."""
    package = tmp_path / "storyweave"
    (package / "extract").mkdir(parents=True)
    (package / "extract" / "entities.py").write_text("RULES = 1\n")
    monkeypatch.setattr(table_cache, "_PACKAGE", package)

    def key() -> str:
        table_cache.source_key.cache_clear()
        return table_cache.source_key()

    try:
        plain = key()
        (package / "extract" / f"entities{EXTENSION_SUFFIXES[0]}").write_bytes(b"\x7fELF built here")
        (package / "extract" / compiled.RECORD.name).write_text('{"sources": {}}')
        assert key() == plain
        (package / "extract" / "entities.py").write_text("RULES = 2\n")
        assert key() != plain
    finally:
        table_cache.source_key.cache_clear()


def test_the_place_table_read_from_the_cache_is_the_one_built(cache: Path) -> None:
    load = gazetteer.places.__wrapped__  # (the cache's loader, under the process's lru_cache)
    built = load.__wrapped__()
    load()  # builds it and writes the file
    assert list(cache.glob("*places*.pickle"))
    loaded = load()
    assert loaded == built and list(loaded) == list(built) and len(built) > 50_000
