"""The scratch mapping on disk: a dict of bytes in a temporary table, gone after the ingest."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyweave.pipeline import ingest
from storyweave.settings import Settings
from storyweave.store import Store


def test_scratch_blobs_are_a_mapping_of_bytes(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store, store.scratch_space() as scratch:
        blobs = scratch("test")
        blobs["a"], blobs["b"] = b"\x00one", b"two"
        blobs["a"] = b"\x00uno"
        assert blobs["a"] == b"\x00uno" and len(blobs) == 2 and sorted(blobs) == ["a", "b"]
        assert blobs.pop("b") == b"two" and blobs.pop("b", b"none") == b"none"
        del blobs["a"]
        assert len(blobs) == 0
        with pytest.raises(KeyError):
            blobs["a"]
        with pytest.raises(KeyError):
            blobs.pop("a")
        with pytest.raises(KeyError):
            del blobs["a"]


def test_an_ingest_leaves_no_scratch_table(demo_dir: Path, tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        ingest([demo_dir], store, Settings())
        left = store.db.execute("SELECT name FROM sqlite_temp_master WHERE type = 'table' AND name LIKE 'scratch_%'").fetchall()
    assert left == []
