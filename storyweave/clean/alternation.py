"""Regular expressions for long word lists that cost one character test per position, not one per word.

Python's `re` tries the branches of `a|b|c…` one after another at every position of the text; the
speech verbs and number words are lists of a hundred entries scanned over every paragraph. Folding
the list into a prefix tree ("said|says|saying" → "sa(?:id|ys|ying)") lets a position that cannot
start any entry fail at its first character."""

from __future__ import annotations

import re


def prefix_tree_pattern(words: list[str]) -> str:
    """A pattern matching exactly the given literal words, longest alternative first at every branch."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # end of a word
    if "" in tree or len(tree) < 2:
        return _pattern(tree)
    # the first characters as one class, tested before the branches: a position no word starts at then
    # costs one test, not one per branch (a class and a literal follow the same case rules under re.I)
    first = "".join(re.escape(char) for char in sorted(tree))
    return f"(?=[{first}]){_pattern(tree)}"


def _pattern(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(char) + _pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    # the longer continuations come first, so "saying" is not cut to "say"
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body
