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


def _binary_rows(word_sets: list[frozenset[str]], vocabulary: dict[str, int]) -> sparse.csr_matrix:
    rows, cols = [], []
    for row, found in enumerate(word_sets):
        for word in found:
            rows.append(row)
            cols.append(vocabulary.setdefault(word, len(vocabulary)))
    return sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(word_sets), len(vocabulary) or 1))


def shared_counts(a: list[frozenset[str]], b: list[frozenset[str]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row in a, row in b, words they share) for every pair sharing a word, from one sparse product
    instead of comparing every pair in Python."""
    vocabulary: dict[str, int] = {}
    left = _binary_rows(a, vocabulary)
    right = _binary_rows(b, vocabulary)
    left.resize((len(a), max(1, len(vocabulary))))
    right.resize((len(b), max(1, len(vocabulary))))
    product = (left @ right.T).tocoo()
    return product.row, product.col, product.data


def similar_pairs(word_sets: list[frozenset[str]], threshold: float) -> list[tuple[int, int]]:
    """Index pairs (i < j) whose Jaccard reaches `threshold`."""
    rows, cols, shared = shared_counts(word_sets, word_sets)
    upper = rows < cols
    rows, cols, shared = rows[upper], cols[upper], shared[upper]
    sizes = np.array([len(s) for s in word_sets], dtype=np.float32)
    keep = shared >= threshold * (sizes[rows] + sizes[cols] - shared)
    return sorted(zip(rows[keep].tolist(), cols[keep].tolist()))
