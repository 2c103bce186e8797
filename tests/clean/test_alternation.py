"""Word lists as prefix-tree patterns: the same matches as a plain alternation, longest word first."""

from __future__ import annotations

import re

from storyweave.clean.alternation import prefix_tree_pattern
from storyweave.clean.datetext import FOREIGN_WEEKDAYS, MONTHS, RELATIVE_DAYS

WORDS = ["said", "says", "saying", "sa", "told", "tells", "according to", "a déclaré", "ha detto", "şubat", "kasım", "заявил"]


def _flat(words: list[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def test_a_tree_matches_what_the_flat_alternation_matches() -> None:
    texts = ["He said it", "saying so", "sa", "SAYS", "ha detto che", "Şubat", "KASIM", "он заявил", "according to", "tol", "xsaid"]
    for flags in (0, re.I):
        tree, flat = re.compile(prefix_tree_pattern(WORDS), flags), re.compile(_flat(WORDS), flags)
        for text in texts:
            assert [m.span() for m in tree.finditer(text)] == [m.span() for m in flat.finditer(text)], (text, flags)


def test_the_longest_word_wins() -> None:
    assert re.match(prefix_tree_pattern(["say", "saying", "says"]), "saying").group(0) == "saying"


def test_the_first_character_class_follows_the_case_rules_of_the_words() -> None:
    # the tree tests a position's first character against a class before the branches: under re.I the class
    # must take exactly the characters the words' first letters take (dotted and dotless i, long s, Kelvin sign …)
    firsts = {word[0] for words in (MONTHS, FOREIGN_WEEKDAYS, RELATIVE_DAYS, WORDS) for word in words}
    cased = [chr(code) for code in range(0x110000) if chr(code).lower() != chr(code).upper()]
    for first in firsts:
        literal, in_class = re.compile(re.escape(first), re.I), re.compile(f"[{re.escape(first)}]", re.I)
        assert [c for c in cased if bool(literal.match(c)) != bool(in_class.match(c))] == [], first
