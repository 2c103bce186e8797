"""Grouping on the blind sets in tests/group/labelled/ (see its README): invented articles in seven languages,
written by helpers who never saw the code or its output, to probe look-alike occurrences of the same actors on
other days, one event reported in several languages, wire copies, machine translations and undated reports.

heldout_ga (62 articles), heldout_gb (66) and heldout_gc (66) are development data: their misses were (or are
being) looked at. heldout_gd (66) is the fresh set: its misses have not been looked at, and no rule or weight was
set on it. Each floor sits just under what was measured."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyweave.evaluate.runner import evaluate_file
from storyweave.settings import Settings

LABELLED = Path(__file__).parent / "labelled"


@pytest.mark.parametrize(("name", "articles", "level", "precision", "recall", "f1"), [
    ("heldout_ga.jsonl", 62, "event", 0.895, 0.955, 0.925),  # measured P 0.902 R 0.962 F1 0.931 (untouched 0.838/0.938/0.885)
    ("heldout_ga.jsonl", 62, "story", 0.94, 0.90, 0.92),  # measured P 0.946 R 0.909 F1 0.927 (untouched the same)
    ("heldout_gb.jsonl", 66, "event", 0.90, 0.94, 0.92),  # measured P 0.908 R 0.947 F1 0.927 (untouched 0.792/0.917/0.850)
    ("heldout_gb.jsonl", 66, "story", 0.99, 0.905, 0.945),  # measured P 1.000 R 0.913 F1 0.954 (untouched 1.000/0.890/0.942)
    ("heldout_gc.jsonl", 66, "event", 0.86, 0.835, 0.85),  # measured P 0.870 R 0.843 F1 0.857 (untouched 0.826/0.818/0.822)
    ("heldout_gc.jsonl", 66, "story", 0.97, 0.805, 0.88),  # measured P 0.976 R 0.813 F1 0.887 (untouched 1.000/0.735/0.847)
    ("heldout_gd.jsonl", 66, "event", 0.93, 0.885, 0.91),  # measured P 0.939 R 0.894 F1 0.916 (untouched 0.912/0.808/0.857)
    ("heldout_gd.jsonl", 66, "story", 0.94, 0.85, 0.895),  # measured P 0.947 R 0.858 F1 0.900 (untouched 0.947/0.772/0.851)
])
def test_blind_grouping_set(name, articles, level, precision, recall, f1):
    report, unreadable = evaluate_file(LABELLED / name, "text", level, "doc_id", Settings(), level=level)
    assert unreadable == [] and report.n_items == articles
    assert report.bcubed.precision >= precision
    assert report.bcubed.recall >= recall
    assert report.bcubed.f1 >= f1
