"""Extraction measured on the labelled set in tests/extract/labelled (original texts, 7 languages).

Floors sit just under what this version measures, so a regression fails. Issue 3's goals
(quotes 0.95/0.90 with the right speaker, figures 0.95/0.90, entities 0.90/0.85) are not all met
yet; the measured values are in the closing note, not hidden in loosened assertions."""

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


def test_quotes(scores):
    assert scores["quotes"].precision >= 0.97 and scores["quotes"].recall >= 0.80  # measured 0.987 / 0.822


def test_quotes_with_their_speaker(scores):
    assert scores["speakers"].precision >= 0.69 and scores["speakers"].recall >= 0.58  # measured 0.716 / 0.607


def test_figures(scores):
    assert scores["figures"].precision >= 0.94 and scores["figures"].recall >= 0.83  # measured 0.962 / 0.851


def test_entities(scores):
    assert scores["entities"].precision >= 0.74 and scores["entities"].recall >= 0.56  # measured 0.763 / 0.585
