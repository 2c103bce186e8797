"""Faithfulness of the briefs over real and demo corpora (see faithfulness.py for what is checked)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from storyweave.evaluate.datasets import load_jsonl
from storyweave.pipeline import ingest_documents, ingest_paths
from storyweave.settings import Settings
from storyweave.store import Store

_spec = importlib.util.spec_from_file_location("brief_faithfulness", Path(__file__).with_name("faithfulness.py"))
faithfulness = importlib.util.module_from_spec(_spec)
sys.modules["brief_faithfulness"] = faithfulness
_spec.loader.exec_module(faithfulness)  # type: ignore[union-attr]


def _checked(tmp_path: Path, paths: list[Path]):
    db = tmp_path / "brief.db"
    ingest_paths(paths, db, Settings())
    return faithfulness.check_database(db)


def test_seed_briefs_are_faithful(tmp_path, seeds_dir):
    checked = _checked(tmp_path, [seeds_dir])
    # measured: 3 events, 10 summary sentences, 30 quotes (39 carriers), 4 agreements, 25 figure sentences
    assert checked["events"] == 3 and checked["summary sentences"] >= 9 and checked["quotes"] >= 10
    assert checked["figure sentences"] >= 20


def test_demo_briefs_are_faithful(tmp_path, demo_dir):
    checked = _checked(tmp_path, [demo_dir])
    # measured: 10 events, 41 summary sentences, 97 quotes, 28 agreements, 14 disagreement variants, 231 figure sentences
    assert checked["events"] >= 8 and checked["summary sentences"] >= 24
    assert checked["agreements (figure)"] >= 5 and checked["disagreement variants"] >= 4


@pytest.mark.slow
def test_newswcl50_briefs_are_faithful(tmp_path, shared_dir):
    db = tmp_path / "newswcl50.db"
    with Store(db) as store:
        ingest_documents(load_jsonl(shared_dir / "data/newswcl50/docs.jsonl", "text", "event_id", "doc_id").documents, store, Settings())
    checked = faithfulness.check_database(db)
    # measured: 11 events, 53 summary sentences, 84 quotes, 23 agreements, 143 addition sentences, 271 figure sentences
    assert checked["events"] >= 10 and checked["summary sentences"] >= 30 and checked["quotes"] >= 50
