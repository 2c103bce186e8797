"""Patterns of figure and quote extraction written for speed (a first letter tested before the branches, a mark
before its look-behinds, a window instead of the whole text) find what their plain forms find."""

from __future__ import annotations

import itertools
import re

import pytest

from storyweave.extract import figures, quotes

_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "u.s", "u.n", "st", "no", "gen"}


def _ends_abbreviation_in_whole_text(text: str, dot: int) -> bool:
    word = re.search(r"[\w.]+$", text[:dot])
    return bool(word) and (len(word.group(0)) == 1 or word.group(0).lower() in _ABBREVIATIONS)


@pytest.mark.parametrize(
    "text",
    ["said Dr. Helen Marquez", "the U.S. said", "A. Smith", "Gen. Mills", "Mrs. Dalloway", "Mr\n. Dalloway",
     "the Secretary-General said. Then", "in St. Louis", "Ministerpräsidentin. Sie", "abcdefgMr. x", "abcdefghMr. x",
     "abcdefghijklmnopGen. x", "x.y.z.u.s. said", "東京都知事選挙では小池百合子知事. 次"],
)
def test_the_word_before_a_dot_is_read_in_a_window(text):
    for dot in (i for i, char in enumerate(text) if char == "."):
        assert quotes._ends_abbreviation(text, dot) == _ends_abbreviation_in_whole_text(text, dot), (text, dot)


def test_the_word_before_a_dot_at_every_position_of_short_texts():
    for length in range(1, 7):
        for letters in itertools.product("aM.\n ", repeat=length):
            text = "".join(letters)
            for dot in range(len(text) + 1):
                assert quotes._ends_abbreviation(text, dot) == _ends_abbreviation_in_whole_text(text, dot), (text, dot)


_PLAIN_SENTENCE_BREAK = re.compile(r"(?<![A-Z])(?<![A-Z][a-z])(?<![A-Z][a-z]{2})[.!?][\"”»“’]?\s|(?<=[!?])\s|\n")


def test_sentence_breaks_are_the_plain_patterns():
    texts = ["He left. She stayed.", "Gen. John Mills said so! Really? Yes.", "Sen. Dr. Mrs. U.S. Inc. done.\nNext",
             "«Allez!» dit-il. “No.” Then", "It's 3 p.m. now! ok? fine", "A. B. Cd. Efg. Hijk. end"]
    texts += ["".join(letters) for letters in itertools.product("Aa.!?\n ”", repeat=4)]
    for text in texts:
        assert quotes._SENTENCE_BREAK.split(text) == _PLAIN_SENTENCE_BREAK.split(text), text
        for start in range(len(text)):
            found, plain = quotes._SENTENCE_BREAK.search(text, start), _PLAIN_SENTENCE_BREAK.search(text, start)
            assert (found and found.span()) == (plain and plain.span()), (text, start)


_RELATIVE_WORDS = (
    "within next past last first after après dopo tras prochain prochains prochaine prochaines dernier derniers dernière "
    "dernières premier premiers première premières dans prossimi prossime primi prime ultimi ultime entro próximos próximas "
    "últimos últimas sous primeros primeras hace nächsten letzten ersten vergangenen kommenden innerhalb binnen vor"
).split() + ["d'ici", "d’ici", "il y a"]


@pytest.mark.parametrize("word", _RELATIVE_WORDS)
def test_every_word_of_relative_time_is_found_before_a_number(word):
    for form in (word, word.capitalize(), word.upper()):
        assert figures._RELATIVE_BEFORE.search(f"then, {form} "), form


@pytest.mark.parametrize("words", ["alle", "dalle", "entro le", "a las", "desde las", "hasta las", "um", "gegen", "vers"])
def test_every_word_before_an_hour_is_found(words):
    for form in (words, words.capitalize(), words.upper()):
        assert figures._HOUR_BEFORE.search(f"iniziato {form} "), form


@pytest.mark.parametrize("word", ["that", "dass", "que", "che", "dat", "что", "qu'", "qu’"])
def test_every_complementiser_is_found(word):
    for form in (word, word.capitalize(), word.upper()):
        assert quotes._COMPLEMENTISER.search(f"he said, {form}x" if "'" in form or "’" in form else f"he said {form} it"), form


@pytest.mark.parametrize("noun", quotes._WORK_NOUNS)
def test_every_noun_of_a_work_is_found_before_its_name(noun):
    for form in (noun, noun.lower(), noun.capitalize()):
        found = quotes._WORK_BEFORE.search(f"and then the {form} ")
        assert found and found.start() == len("and then the "), form


@pytest.mark.parametrize("approx", ["約", "约", "およそ", "少なくとも", "至少", "超過", "超过", "逾", "近", ""])
def test_chinese_and_japanese_figures_open_with_their_approximation(approx):
    match = figures._CJK_FIGURE.search(f"事故で{approx}12人がけがをした。")
    assert match and (match.group("approx") or "") == approx and match.group("number") == "12"
