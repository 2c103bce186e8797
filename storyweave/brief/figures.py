"""Figures as a reader sees them, and whether two reports' figures measure the same thing."""

from __future__ import annotations

import re
from functools import lru_cache

from storyweave.brief.words import content_words, words
from storyweave.extract.figures import CURRENCY_SIGN
from storyweave.model import Figure

_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    "nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|"
    "billion|billions|dozen|dozens|tens|half|a|an"
)
_NUMBER_START = re.compile(rf"(?:{CURRENCY_SIGN})?\d|\b(?:{_NUMBER_WORDS})(?:-(?:{_NUMBER_WORDS}))*\b", re.I)
_APPROX_BEFORE = re.compile(
    r"(?:about|around|approximately|roughly|nearly|almost|some|over|more than|at least|up to|an estimated|close to|fewer than|"
    r"less than)\s+$",
    re.I,
)
_UNIT_AFTER = re.compile(r"\s?(?:%|per ?cent\b|thousand\b|million\b|billion\b|bn\b|trillion\b|mln\b)", re.I)
_CURRENCY_BEFORE = re.compile(rf"(?:{CURRENCY_SIGN})\s?$")
PHRASE_REACH = 40  # characters from the number to the noun it counts
GENERIC_COUNTED = {"people", "person", "individual", "other"}  # as `lemma` gives them
# one outcome, several words: "12 hurt" and "14 injured" count the same thing
_SAME_OUTCOME = {
    "hurt": "injured", "wounded": "injured", "injury": "injured", "dead": "killed", "died": "killed", "death": "killed",
    "fatality": "killed", "detained": "arrested", "arrest": "arrested", "freed": "released", "abducted": "kidnapped",
}


@lru_cache(maxsize=4096)
def outcome(word: str | None) -> str | None:
    word = lemma(word)
    return _SAME_OUTCOME.get(word, word) if word else None


@lru_cache(maxsize=4096)
def lemma(word: str | None) -> str | None:
    """Singular enough to compare "prisoner" with "prisoners"."""
    if not word:
        return None
    word = word.lower()
    if word.endswith(("ss", "is", "us")):
        return word  # "basis", "census": not plurals
    for suffix, replacement in (("ies", "y"), ("s", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)] + replacement
    return word


_SCALES = (
    (1e12, (" trillion", "tn", " tn")), (1e9, (" billion", "bn", " bn")), (1e6, (" million", "m", " m", " mln")),
    (1e3, (" thousand",)),
)


def _readable(value: float) -> str:
    for scale, names in _SCALES:
        if abs(value) >= scale:
            return f"{value / scale:g}{names[0]}"
    return f"{value:,g}"


def _plain_number(value: float) -> list[str]:
    forms = []
    if value == int(value):
        whole = int(value)
        forms += [f"{whole:,}", str(whole), f"{whole:,}".replace(",", "."), f"{whole:,}".replace(",", " ")]
        for scale, names in _SCALES:
            if whole >= scale:
                forms += [f"{value / scale:g}{name}" for name in names]
                break
    else:
        forms += [f"{value:.2f}", f"{value:g}", f"{value:g}".replace(".", ",")]
    return forms


def is_number_word(word: str) -> bool:
    return bool(_NUMBER_START.fullmatch(word)) and word.lower() not in {"a", "an"}


@lru_cache(maxsize=16_384)
def figure_phrase(figure: Figure) -> str:
    """The words of the sentence that state the figure ("approximately 120 individuals"), verbatim
    where they can be found, else built from what was extracted."""
    sentence = figure.sentence
    start = end = -1
    for form in _plain_number(figure.value):
        found = re.search(rf"(?<![\d.,]){re.escape(form)}(?![\d]|[.,]\d)", sentence)
        if found:
            start, end = found.start(), found.end()
            break
    counted = figure.counts
    if start < 0 and counted:
        # a number in words ("thousands of prisoners"): the number words right before the counted noun
        for noun in re.finditer(rf"\b{re.escape(counted)}\b", sentence, re.I):
            before = sentence[max(0, noun.start() - PHRASE_REACH) : noun.start()]
            # the number nearest the noun: "twelve people, including four police" counts four police
            number = next((m for m in reversed(list(_NUMBER_START.finditer(before))) if m.group(0).lower() not in {"a", "an"}), None)
            if number is not None:
                start, end = noun.start() - len(before) + number.start(), noun.end()
                break
    if start < 0:
        parts = [("about " if figure.approx else "") + _readable(figure.value), figure.unit or "", counted or ""]
        return " ".join(p for p in parts if p)
    unit = _UNIT_AFTER.match(sentence, end)
    if unit:
        end = unit.end()
    currency = _CURRENCY_BEFORE.search(sentence[max(0, start - 4) : start])
    if currency:
        start -= len(currency.group(0))
    if counted and figure.unit is None:  # "9 percent pay rise": what follows an amount is not what it counts
        noun = re.compile(rf"\b{re.escape(counted)}\b", re.I).search(sentence, end, end + PHRASE_REACH)
        if noun:
            end = noun.end()
    approx = _APPROX_BEFORE.search(sentence[max(0, start - 20) : start])
    if approx:
        start -= len(approx.group(0))
    return sentence[start:end].strip()


def describe(figure: Figure) -> str:
    """The phrase and, when the phrase leaves it out, the verb that reports it: "26,751 people (killed)"."""
    phrase = figure_phrase(figure)
    if figure.verb and figure.verb.lower() not in phrase.lower():
        return f"{phrase} ({figure.verb})"
    return phrase


def number_words(figure: Figure) -> str:
    """The figure's number as written, without what it counts: "thousands of", "26,751"."""
    kept = []
    for word in figure_phrase(figure).split():
        if not (word[:1].isdigit() or word[:1] in "$€£¥" or _NUMBER_START.fullmatch(word) or word.lower() in {"of", "about", "around", "some"}):
            break
        kept.append(word)
    return " ".join(kept) or f"{figure.value:,g}"


def worth_reporting(figure: Figure) -> bool:
    """A figure a reader would note: a unit, a reporting verb or a count above a handful ("two sides" is not news)."""
    return figure.unit is not None or figure.verb is not None or figure.value >= 10


def what_is_counted(figure: Figure) -> str:
    parts = [figure.unit or "", outcome(figure.counts) or "", outcome(figure.verb) or ""]
    parts = list(dict.fromkeys(parts))
    return " ".join(p for p in parts if p) or "amount"


def _counted(figure: Figure) -> str | None:
    """What is counted, or None when the phrase names only the outcome ("12 hurt") or people in
    general, or the figure is an amount in a unit (the word after "9 percent" is what rises, "pay"
    or "raise", not what is counted)."""
    if figure.unit is not None:
        return None
    counted = outcome(figure.counts)
    if counted == outcome(figure.verb) or counted in GENERIC_COUNTED:
        return None
    return counted


@lru_cache(maxsize=16_384)
def measure_key(figure: Figure) -> tuple[str | None, ...] | None:
    """Figures that can be `same_measure` share this key (None: nothing it could be compared with)."""
    counted = _counted(figure)
    if counted is not None or figure.unit is not None:
        return (figure.unit, counted)
    verb = outcome(figure.verb)
    return None if verb is None else (None, None, verb)


def same_measure(a: Figure, b: Figure) -> bool:
    """Both count the same kind of thing in the same way: "26,751 people killed" and "27,000 killed",
    "12 hurt" and "14 injured"; not "12 people injured" and "4 police officers injured"."""
    if a.unit != b.unit:
        return False
    verb_a, verb_b = outcome(a.verb), outcome(b.verb)
    if not (verb_a == verb_b or verb_a is None or verb_b is None):
        return False
    counted_a, counted_b = _counted(a), _counted(b)
    if counted_a is not None or counted_b is not None:
        return counted_a == counted_b
    return a.unit is not None or (verb_a is not None and verb_a == verb_b)


def same_value(a: Figure, b: Figure) -> bool:
    if a.approx or b.approx:
        return abs(a.value - b.value) <= 0.02 * max(abs(a.value), abs(b.value))
    return a.value == b.value


LOCAL_WORDS = 6


@lru_cache(maxsize=16_384)
def local_words(figure: Figure) -> frozenset[str]:
    """Content words within a few words of the number: what a bare amount ("4.25 percent") is of."""
    phrase = figure_phrase(figure)
    at = figure.sentence.find(phrase)
    if at < 0:
        return context_words(figure)
    before = figure.sentence[:at].split()[-LOCAL_WORDS:]
    after = figure.sentence[at + len(phrase) :].split()[:LOCAL_WORDS]
    return frozenset(w for w in content_words(" ".join(before + after)) if not w[:1].isdigit() and not is_number_word(w))


@lru_cache(maxsize=16_384)
def word_before(figure: Figure) -> str:
    """The word the figure's phrase follows ("release" in "release thousands of prisoners"); empty at a sentence's start."""
    phrase = figure_phrase(figure)
    at = figure.sentence.find(phrase)
    if at < 0:
        return "?"
    before = words(figure.sentence[:at])
    return before[-1] if before else ""


@lru_cache(maxsize=16_384)
def context_words(figure: Figure) -> frozenset[str]:
    """The sentence's content words without the figure's own numbers and noun: what it is said about."""
    return frozenset(w for w in content_words(figure.sentence) if not w[:1].isdigit() and not is_number_word(w)) - {
        figure.counts or "", (figure.verb or "").lower()
    }
