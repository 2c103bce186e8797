"""Grouping quality on real labelled news (../shared/data), with default settings.

The floors are what this version measurably reaches, so a regression fails the suite; the
ECB+ goal of issue 2 (B-cubed F1 >= 0.90) is not reached and is recorded in the closing note,
not hidden in a loosened assertion; NewsWCL50 meets its goal (>= 0.97)."""

from __future__ import annotations

import pytest

from storyweave.evaluate.runner import evaluate_file
from storyweave.settings import Settings

pytestmark = pytest.mark.slow


def test_ecbplus_dev(shared_dir):
    report, unreadable = evaluate_file(shared_dir / "data/ecbplus/dev.jsonl", "text", "subtopic", "doc_id", Settings())
    assert report.n_items == 772 and unreadable == []
    assert report.bcubed.precision >= 0.88
    assert report.bcubed.f1 >= 0.86  # measured 0.870; the goal of 0.90 is not reached


def test_newswcl50(shared_dir):
    report, unreadable = evaluate_file(shared_dir / "data/newswcl50/docs.jsonl", "text", "event_id", "doc_id", Settings())
    assert report.n_items == 50 and unreadable == []
    assert report.bcubed.precision >= 0.99
    assert report.bcubed.f1 >= 0.97  # measured 0.984 (1.000 with an undated threshold of 0.30, at the edge of a cliff: 0.856 at 0.28)
