"""Grouping on tests/group/labelled/heldout_ga.jsonl: 62 invented articles in seven languages, written blind
(its writer never saw the code or its output) to probe look-alike occurrences of the same actors on other
days, one event reported in several languages, wire copies, machine translations and undated reports.
The floors sit just under what was measured untouched when the set was merged; its misses have not been
looked at (see labelled/README.md), so no rule or weight was set on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyweave.evaluate.runner import evaluate_file
from storyweave.settings import Settings

HELDOUT_GA = Path(__file__).parent / "labelled" / "heldout_ga.jsonl"


@pytest.mark.parametrize(("level", "precision", "recall", "f1"), [
    ("event", 0.83, 0.93, 0.88),  # measured P 0.838 R 0.938 F1 0.885
    ("story", 0.94, 0.90, 0.92),  # measured P 0.946 R 0.909 F1 0.927
])
def test_blind_grouping_set(level, precision, recall, f1):
    report, unreadable = evaluate_file(HELDOUT_GA, "text", level, "doc_id", Settings(), level=level)
    assert unreadable == [] and report.n_items == 62
    assert report.bcubed.precision >= precision
    assert report.bcubed.recall >= recall
    assert report.bcubed.f1 >= f1
