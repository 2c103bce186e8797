"""Grouping quality on real labelled news (../shared/data), with default settings.

The floors are what this version measurably reaches, so a regression fails the suite; the
goals of issue 2 (ECB+ dev B-cubed F1 >= 0.90, NewsWCL50 >= 0.97) are not reached yet and are
recorded in the closing note, not hidden in a loosened assertion."""

from __future__ import annotations

import pytest

from storyweave.evaluate.runner import evaluate_file
from storyweave.settings import Settings

pytestmark = pytest.mark.slow


def test_ecbplus_dev(shared_dir):
    report, unreadable = evaluate_file(shared_dir / "data/ecbplus/dev.jsonl", "text", "subtopic", "doc_id", Settings())
    assert report.n_items == 772 and unreadable == 0
    assert report.bcubed.precision >= 0.89
    assert report.bcubed.f1 >= 0.85


def test_newswcl50(shared_dir):
    report, unreadable = evaluate_file(shared_dir / "data/newswcl50/docs.jsonl", "text", "event_id", "doc_id", Settings())
    assert report.n_items == 50 and unreadable == 0
    assert report.bcubed.f1 >= 0.92
