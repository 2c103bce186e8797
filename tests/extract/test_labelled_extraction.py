"""Extraction measured on the labelled sets in tests/extract/labelled (original texts): cases.jsonl
(7 languages) and heldout.jsonl (5 languages). Both are now development data: heldout.jsonl was
written before the first tuning, and its failures were then fixed by general rules (no names or
sentences of its texts are listed anywhere). A fresh held-out set is what says whether the rules
generalise.

Floors sit just under what this version measures, so a regression fails. Issue 3's goals are
quotes 0.95/0.90 with the right speaker, figures 0.95/0.90, entities 0.90/0.85: met on both sets."""

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


@pytest.fixture(scope="module")
def scores():
    return labelled_scoring.score_all()


@pytest.fixture(scope="module")
def heldout():
    return labelled_scoring.score_all(labelled_scoring.HELDOUT)


def test_quotes(scores):
    assert scores["quotes"].precision >= 0.98 and scores["quotes"].recall >= 0.97  # measured 0.989 / 0.979


def test_quotes_with_their_speaker(scores):
    assert scores["speakers"].precision >= 0.97 and scores["speakers"].recall >= 0.96  # measured 0.978 / 0.969


def test_figures(scores):
    assert scores["figures"].precision >= 0.99 and scores["figures"].recall >= 0.99  # measured 1.000 / 0.995


def test_entities(scores):
    assert scores["entities"].precision >= 0.965 and scores["entities"].recall >= 0.935  # measured 0.975 / 0.944


def test_heldout_quotes_and_speakers(heldout):
    assert heldout["quotes"].precision >= 0.99 and heldout["quotes"].recall >= 0.99  # measured 1.000 / 1.000
    assert heldout["speakers"].precision >= 0.99 and heldout["speakers"].recall >= 0.99  # measured 1.000 / 1.000


def test_heldout_figures(heldout):
    assert heldout["figures"].precision >= 0.99 and heldout["figures"].recall >= 0.99  # measured 1.000 / 1.000


def test_heldout_entities(heldout):
    assert heldout["entities"].precision >= 0.98 and heldout["entities"].recall >= 0.965  # measured 0.987 / 0.975


# heldout_b.jsonl: written by someone who never saw the extractors' output and first measured
# untouched (quotes 1.000/0.903, speakers 0.902/0.817, figures 0.981/0.981, entities 0.832/0.562).
# Its misses then led to general rules (datelines written day first or with accented capitals, the
# places and agencies datelines name, Chinese and Japanese paragraphs kept as prose, organisation
# names running on past "on"/"for", Chinese and Japanese names, speakers and reported speech),
# so it is development data now, like cases.jsonl; the fresh
# measure is heldout_c.jsonl. Still missing here: English names of Chinese and Japanese places, of
# regions and cities written in another language (Köln, Wallis, Nordrhein-Westfalen).
@pytest.fixture(scope="module")
def heldout_b():
    return labelled_scoring.score_all(Path(__file__).parent / "labelled" / "heldout_b.jsonl")


def test_heldout_b_quotes_and_speakers(heldout_b):
    assert heldout_b["quotes"].precision >= 0.99 and heldout_b["quotes"].recall >= 0.98  # measured 1.000 / 0.989
    assert heldout_b["speakers"].precision >= 0.93 and heldout_b["speakers"].recall >= 0.92  # measured 0.944 / 0.935


def test_heldout_b_figures(heldout_b):
    assert heldout_b["figures"].precision >= 0.97 and heldout_b["figures"].recall >= 0.97  # measured 0.981 / 0.981


def test_heldout_b_entities(heldout_b):
    assert heldout_b["entities"].precision >= 0.89 and heldout_b["entities"].recall >= 0.745  # measured 0.903 / 0.758


# heldout_c.jsonl: 28 texts in seven languages written by a helper who never saw the code or its
# output. Scored untouched once the rules above were in: quotes 0.931/0.956, speakers 0.638/0.655,
# figures 0.954/0.959, entities 0.734/0.507 (German speakers 0.21: roles written before names).
# Its misses then led to general rules (German roles and honorifics before names, regions' and
# cities' English names, towns named "San …"/"… Alto", "Ende Januar", a judge "of the" court), so
# it is development data now; the fresh measure is heldout_d.jsonl.
@pytest.fixture(scope="module")
def heldout_c():
    return labelled_scoring.score_all(Path(__file__).parent / "labelled" / "heldout_c.jsonl")


def test_heldout_c_quotes_and_speakers(heldout_c):
    assert heldout_c["quotes"].precision >= 0.92 and heldout_c["quotes"].recall >= 0.94  # measured 0.931 / 0.956
    assert heldout_c["speakers"].precision >= 0.74 and heldout_c["speakers"].recall >= 0.76  # measured 0.759 / 0.779


def test_heldout_c_figures(heldout_c):
    assert heldout_c["figures"].precision >= 0.94 and heldout_c["figures"].recall >= 0.95  # measured 0.954 / 0.959


def test_heldout_c_entities(heldout_c):
    assert heldout_c["entities"].precision >= 0.82 and heldout_c["entities"].recall >= 0.565  # measured 0.835 / 0.579
