"""Words for comparing sentences and quotes across outlets: lower-cased, stop words dropped,
negations kept (a dropped "not" would make a denial agree with a claim)."""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from storyweave.clean.sentences import split_sentences

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_NEGATIONS = {"not", "no", "never", "nor", "none", "nothing", "nobody"}
STOP_WORDS = frozenset(ENGLISH_STOP_WORDS - _NEGATIONS) | {"said", "says", "told", "according"}
_QUOTE_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})
_SPACE = re.compile(r"\s+")
_EDGE_PUNCTUATION = " .,;:!?\"'-*"


def words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


@lru_cache(maxsize=65_536)
def content_words(text: str) -> frozenset[str]:
    # cached: one sentence is compared with many others (figures, dates, framing, quote variants)
    return frozenset(w for w in words(text) if w not in STOP_WORDS and (len(w) > 1 or w.isdigit()))


def jaccard(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def containment(part: frozenset[str] | set[str], whole: frozenset[str] | set[str]) -> float:
    """Share of `part` found in `whole`."""
    return len(part & whole) / len(part) if part else 0.0


def normalise(text: str) -> str:
    """For recognising the same words printed differently: quote marks, dashes, spacing, case and edge punctuation."""
    return _SPACE.sub(" ", text.translate(_QUOTE_MARKS)).strip(_EDGE_PUNCTUATION).lower()


def is_complete_sentence(sentence: str, min_words: int, max_words: int) -> bool:
    """A sentence a reader can take on its own: long enough, not a run-on page fragment, ending like a sentence."""
    count = len(words(sentence))
    return min_words <= count <= max_words and sentence.rstrip(" \"”’»)").endswith((".", "!", "?", "…", "。"))


@lru_cache(maxsize=8192)
def sentences(text: str) -> tuple[str, ...]:
    """split_sentences, cached: every part of a brief reads the same bodies."""
    return tuple(split_sentences(text))


def similar_pairs(word_sets: list[frozenset[str]], threshold: float) -> list[tuple[int, int]]:
    """Index pairs (i < j) whose Jaccard reaches `threshold`, from one sparse product instead of
    comparing every pair in Python."""
    vocabulary: dict[str, int] = {}
    rows, cols = [], []
    for row, found in enumerate(word_sets):
        for word in found:
            rows.append(row)
            cols.append(vocabulary.setdefault(word, len(vocabulary)))
    if not rows:
        return []
    matrix = sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(word_sets), len(vocabulary)))
    shared = sparse.triu(matrix @ matrix.T, k=1).tocoo()
    sizes = np.array([len(s) for s in word_sets], dtype=np.float32)
    union = sizes[shared.row] + sizes[shared.col] - shared.data
    keep = shared.data >= threshold * union
    return sorted(zip(shared.row[keep].tolist(), shared.col[keep].tolist()))
