"""The labelled sets follow their guidelines (tests/extract/labelled/GUIDELINES.md), so the scores mean
what they say: check_cases.py validates every record of each file."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

LABELLED = Path(__file__).with_name("labelled")
_spec = importlib.util.spec_from_file_location("check_cases", LABELLED / "check_cases.py")
check_cases = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_cases)


@pytest.mark.parametrize("name", ["cases.jsonl", "heldout.jsonl", "heldout_b.jsonl", "heldout_c.jsonl", "heldout_d.jsonl", "heldout_e.jsonl",
                                  "heldout_f.jsonl", "heldout_g.jsonl", "heldout_h.jsonl", "heldout_i.jsonl",
                                  "heldout_j.jsonl", "heldout_k.jsonl", "heldout_l.jsonl", "heldout_m.jsonl",
                                  "heldout_n.jsonl", "heldout_o.jsonl"])
def test_labelled_file_follows_the_guidelines(name, capsys):
    assert check_cases.main([str(LABELLED / name)]) == 0, capsys.readouterr().out
