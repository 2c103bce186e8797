"""Corpus-level boilerplate: short lines that recur across many *unrelated* articles.

Wire copies share whole passages, so a repeated line only counts as boilerplate when the
articles carrying it are otherwise different (their other lines mostly differ)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

_SPACE = re.compile(r"\s+")
MAX_WORDS = 25
# with boilerplate of a few lines around bodies of tens, unrelated pages give a ratio near 0.8,
# exact or wire copies near 1/len(docs); 0.6 sits between the two
DISTINCT_RATIO = 0.6


def normalise_line(line: str) -> str:
    return _SPACE.sub(" ", line.strip().lower())


def find_repeated_lines(texts: Sequence[str], min_docs: int) -> frozenset[str]:
    """Normalised lines that are boilerplate across `texts` (each text an article)."""
    if len(texts) < min_docs:
        return frozenset()
    doc_lines = [{normalise_line(l) for l in text.split("\n") if l.strip()} for text in texts]
    carriers: dict[str, list[int]] = defaultdict(list)
    for index, lines in enumerate(doc_lines):
        for line in lines:
            if len(line.split()) <= MAX_WORDS:
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
        if len(union) / total >= DISTINCT_RATIO:
            repeated.add(line)
    return frozenset(repeated)
