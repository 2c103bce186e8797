"""Corpus-level boilerplate: short lines that recur across many *unrelated* articles.

Wire copies share whole passages, so a repeated line only counts as boilerplate when the
articles carrying it are otherwise different (their other lines mostly differ).

The rule, for a short line carried by at least `min_docs` articles: the distinct lines of
those carriers, over the sum of their line counts, is at least DISTINCT_RATIO.
`find_repeated_lines` applies it to texts in memory; the store applies the same rule to a line
index on disk (`line_key` of every article's `document_lines`), so an ingest needs neither
every stored text nor every new one in memory."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence

MAX_WORDS = 25
# with boilerplate of a few lines around bodies of tens, unrelated pages give a ratio near 0.8,
# exact or wire copies near 1/len(docs); 0.6 sits between the two
DISTINCT_RATIO = 0.6


def normalise_line(line: str) -> str:
    # str.split() breaks at exactly the characters re's \s matches, and costs a third of a regex substitution
    return " ".join(line.lower().split())


def document_lines(text: str) -> set[str]:
    """The distinct normalised non-blank lines of an article: what the rule counts."""
    return {normalise_line(line) for line in text.split("\n") if line.strip()}


def may_repeat(line: str) -> bool:
    """Only short lines can be boilerplate; long ones still count among a carrier's lines."""
    return len(line.split()) <= MAX_WORDS


def line_key(line: str) -> int:
    """A normalised line as a signed 64-bit integer (SQLite's INTEGER): 8 bytes a line in the
    index instead of the text. Two of ten million distinct lines collide with odds near 3e-6."""
    digest = hashlib.blake2b(line.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def is_boilerplate(distinct_lines: int, carried_lines: int) -> bool:
    """The rule for a line with enough carriers: their distinct lines over their line counts."""
    return distinct_lines / carried_lines >= DISTINCT_RATIO


def find_repeated_lines(texts: Sequence[str], min_docs: int) -> frozenset[str]:
    """Normalised lines that are boilerplate across `texts` (each text an article)."""
    if len(texts) < min_docs:
        return frozenset()
    doc_lines = [document_lines(text) for text in texts]
    carriers: dict[str, list[int]] = defaultdict(list)
    for index, lines in enumerate(doc_lines):
        for line in lines:
            if may_repeat(line):
                carriers[line].append(index)
    repeated = set()
    for line, docs in carriers.items():
        if len(docs) < min_docs:
            continue
        union: set[str] = set()
        total = 0
        for index in docs:
            union |= doc_lines[index]
            total += len(doc_lines[index])
        if is_boilerplate(len(union), total):
            repeated.add(line)
    return frozenset(repeated)
