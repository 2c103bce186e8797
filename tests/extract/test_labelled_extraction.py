"""Extraction measured on the labelled sets in tests/extract/labelled (original texts; see
GUIDELINES.md there). Each set was written by someone who had not seen the extractors' output; once
a set has been scored and its misses have led to rule changes it is development data, and the next
set written is the fresh measure of whether the rules generalise:

* cases.jsonl (7 languages), heldout.jsonl (5): development data from the first sessions;
* heldout_b.jsonl (26 texts, 7 languages): first scored untouched at quotes 1.000/0.903, speakers
  0.902/0.817, figures 0.981/0.981, entities 0.832/0.562; its misses led to dateline, Chinese and
  Japanese, and organisation-name rules;
* heldout_c.jsonl (28 texts, 7 languages): first scored untouched (after those rules) at quotes
  0.931/0.956, speakers 0.638/0.655, figures 0.954/0.959, entities 0.734/0.507; its misses led to
  German role, honorific, region and town rules;
* heldout_d.jsonl (28 texts, 7 languages): first scored untouched (after those rules) at quotes
  0.991/0.942, speakers 0.774/0.736, figures 0.959/0.959, entities 0.754/0.525; its misses led to
  German trade nouns and bodies, present-tense speech verbs, place words, dotted Chinese names.
* heldout_e.jsonl (28 texts, 7 languages): the fresh set, scored untouched after all of those rules
  and never looked at record by record: quotes 0.966/0.983, speakers 0.726/0.739, figures
  0.957/0.973, entities 0.740/0.500 (after the later rules, drawn from heldout_c and heldout_d only,
  speakers 0.769/0.783 and entities 0.750/0.547).

Floors sit just under what this version measures, so a regression fails. Issue 3's goals are
quotes 0.95/0.90 with the right speaker, figures 0.95/0.90, entities 0.90/0.85; the gaps are
reported in the closing note, not hidden here. Still missing: names a gazetteer, a title or a body's word
does not announce."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

# the scorer is also a script (python tests/extract/labelled_scoring.py); load it by path, as
# pytest's importlib mode puts no test folder on sys.path
_spec = importlib.util.spec_from_file_location("labelled_scoring", Path(__file__).with_name("labelled_scoring.py"))
labelled_scoring = importlib.util.module_from_spec(_spec)
sys.modules["labelled_scoring"] = labelled_scoring  # its dataclasses look their module up there
_spec.loader.exec_module(labelled_scoring)

pytestmark = pytest.mark.slow

# set → (precision floor, recall floor) of quotes, quotes with their speaker, figures, entities;
# the comment is what this version measures
MEASURES = ("quotes", "speakers", "figures", "entities")
FLOORS = {
    "cases.jsonl": [(0.98, 0.97), (0.97, 0.96), (0.99, 0.99), (0.97, 0.96)],  # .989/.979 .978/.969 1/.995 .980/.969
    "heldout.jsonl": [(0.99, 0.99), (0.99, 0.99), (0.99, 0.99), (0.98, 0.965)],  # 1/1 1/1 1/1 .987/.975
    "heldout_b.jsonl": [(0.99, 0.98), (0.98, 0.97), (0.97, 0.97), (0.92, 0.82)],  # 1/.989 .989/.978 .981/.981 .928/.829
    "heldout_c.jsonl": [(0.92, 0.955), (0.885, 0.92), (0.94, 0.95), (0.895, 0.78)],  # .932/.965 .897/.929 .954/.959 .907/.791
    "heldout_d.jsonl": [(0.975, 0.93), (0.935, 0.90), (0.95, 0.95), (0.855, 0.725)],  # .983/.942 .948/.909 .959/.959 .865/.735
    "heldout_e.jsonl": [(0.955, 0.975), (0.885, 0.90), (0.945, 0.96), (0.84, 0.69)],  # .966/.983 .897/.913 .957/.973 .851/.701
}

_scores: dict[str, dict] = {}


def scores_of(name: str) -> dict:
    if name not in _scores:
        _scores[name] = labelled_scoring.score_all(Path(__file__).parent / "labelled" / name)
    return _scores[name]


@pytest.mark.parametrize(("name", "measure"), [(name, measure) for name in FLOORS for measure in MEASURES])
def test_extraction_stays_above_its_floor(name: str, measure: str) -> None:
    precision, recall = FLOORS[name][MEASURES.index(measure)]
    found = scores_of(name)[measure]
    assert found.precision >= precision and found.recall >= recall, (
        f"{name} {measure}: {found.precision:.3f} / {found.recall:.3f} below {precision} / {recall}"
    )
