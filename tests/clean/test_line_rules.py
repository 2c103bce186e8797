"""The line rules' shape, which classify_line relies on for speed."""

from __future__ import annotations

import re
import re._constants as sre_constants
import re._parser as sre_parser

from storyweave.clean.boilerplate import _RULES, classify_line


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
