"""Shapes of the cleaning rules and text helpers that their fast paths rely on."""

from __future__ import annotations

import re
import re._constants as sre_constants
import re._parser as sre_parser

import pytest

from storyweave.clean import clean_document
from storyweave.clean.boilerplate import _RULES, classify_line
from storyweave.clean.repeated import normalise_line
from storyweave.extract import content_hash
from storyweave.model import RawDocument


def _opens_at_line_start(pattern: re.Pattern[str]) -> bool:
    """Every alternative of the pattern starts with "^"."""
    parsed = sre_parser.parse(pattern.pattern, pattern.flags)
    first_op, first_arg = parsed[0]
    if first_op is sre_constants.BRANCH and len(parsed) == 1:
        return all(branch[0] == (sre_constants.AT, sre_constants.AT_BEGINNING) for branch in first_arg[1])
    return (first_op, first_arg) == (sre_constants.AT, sre_constants.AT_BEGINNING)


def test_every_line_rule_is_anchored_at_the_line_start() -> None:
    # classify_line tries the rules at a line's start only: a rule that could match further in would be missed
    unanchored = [name for name, pattern in _RULES if not _opens_at_line_start(pattern)]
    assert unanchored == []


def test_the_anchoring_check_sees_an_unanchored_alternative() -> None:
    assert _opens_at_line_start(re.compile(r"^a|^b"))
    assert not _opens_at_line_start(re.compile(r"^a|b"))
    assert not _opens_at_line_start(re.compile(r"a"))


def test_a_rule_matches_only_a_whole_line_not_one_inside_prose() -> None:
    assert classify_line("Advertisement") == "advertisement"
    assert classify_line("The council said the advertisement was misleading.") is None


def test_str_split_breaks_at_exactly_the_white_space_re_matches() -> None:
    # normalise_line and content_hash collapse white space with str.split() in place of re's \s+
    white = re.compile(r"\s")
    differ = [hex(code) for code in range(0x110000) if bool(white.match(chr(code))) != chr(code).isspace()]
    assert differ == []


def test_white_space_of_every_kind_is_collapsed() -> None:
    assert normalise_line(" Must\u2009Read \t\u00a0NOW ") == "must read now"
    assert content_hash("Port strike\u2003ends.\r\n") == content_hash(" Port strike ends.")
    assert content_hash("Port strike ends.") != content_hash("Port strikes end.")


def test_runs_of_spaces_tabs_and_no_break_spaces_in_a_line_become_one_space() -> None:
    text = "Harbour  cranes\tfall\u00a0\u00a0silent in Port Ellery\nDockworkers stopped work  on Tuesday, officials said.\nTalks resume on Thursday."
    clean = clean_document(RawDocument("x.txt", "/in/x.txt", text))
    assert clean.title == "Harbour cranes fall silent in Port Ellery"
    assert clean.body.split("\n")[0] == "Dockworkers stopped work on Tuesday, officials said."


@pytest.mark.parametrize("credit", ["Getty Images", "SHUTTERSTOCK", "AFP via Getty Images", "/ Reuters", "/AFP", "/ AP)."])
def test_a_line_closing_with_an_agency_credit_is_a_photo_caption(credit: str) -> None:
    # the rule tests the credit's first letter before its words: each credit it names must still be found
    assert classify_line(f"Dockworkers gather at the gates of Port Ellery {credit}") == "photo caption"
