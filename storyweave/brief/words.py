"""Words for comparing sentences and quotes across outlets: lower-cased, stop words dropped,
negations kept (a dropped "not" would make a denial agree with a claim)."""

from __future__ import annotations

import re

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_NEGATIONS = {"not", "no", "never", "nor", "none", "nothing", "nobody"}
STOP_WORDS = frozenset(ENGLISH_STOP_WORDS - _NEGATIONS) | {"said", "says", "told", "according"}
_QUOTE_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})
_SPACE = re.compile(r"\s+")
_EDGE_PUNCTUATION = " .,;:!?\"'-*"


def words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def content_words(text: str) -> set[str]:
    return {w for w in words(text) if w not in STOP_WORDS and (len(w) > 1 or w.isdigit())}


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def containment(part: set[str], whole: set[str]) -> float:
    """Share of `part` found in `whole`."""
    return len(part & whole) / len(part) if part else 0.0


def normalise(text: str) -> str:
    """For recognising the same words printed differently: quote marks, dashes, spacing, case and edge punctuation."""
    return _SPACE.sub(" ", text.translate(_QUOTE_MARKS)).strip(_EDGE_PUNCTUATION).lower()


def is_complete_sentence(sentence: str, min_words: int, max_words: int) -> bool:
    """A sentence a reader can take on its own: long enough, not a run-on page fragment, ending like a sentence."""
    count = len(words(sentence))
    return min_words <= count <= max_words and sentence.rstrip(" \"”’»)").endswith((".", "!", "?", "…", "。"))
