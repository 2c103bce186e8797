"""Language identification on short original news paragraphs."""

from __future__ import annotations

import pytest

from storyweave.extract.language import detect_language

PARAGRAPHS = {
    "en": (
        "The harbour authority said on Monday that the northern quay would close for repairs until the end of "
        "the month. Ferries will leave from the southern pier instead, and the timetable stays the same."
    ),
    "de": (
        "Die Hafenbehörde teilte am Montag mit, dass der nördliche Kai bis Ende des Monats wegen Reparaturen "
        "geschlossen bleibt. Die Fähren legen stattdessen am Südpier ab, der Fahrplan ändert sich nicht."
    ),
    "fr": (
        "L'autorité portuaire a annoncé lundi que le quai nord resterait fermé pour travaux jusqu'à la fin du "
        "mois. Les ferries partiront du quai sud et les horaires ne changent pas."
    ),
    "es": (
        "La autoridad portuaria anunció el lunes que el muelle norte permanecerá cerrado por reparaciones hasta "
        "final de mes. Los transbordadores saldrán del muelle sur y el horario no cambia."
    ),
    "ru": (
        "Портовое управление в понедельник сообщило, что северный причал будет закрыт на ремонт до конца месяца. "
        "Паромы будут отправляться с южного причала, расписание не изменится."
    ),
    "zh": (
        "港口管理局周一表示，北码头将因维修关闭至本月底，渡轮将改从南码头出发。"
        "当地居民对这一决定表示理解，但希望工程能够尽快完成。市政府还表示，将为受影响的商户提供临时补贴。"
    ),
}


@pytest.mark.parametrize("code", sorted(PARAGRAPHS))
def test_paragraph_is_identified(code: str) -> None:
    lang, score = detect_language(PARAGRAPHS[code])

    assert lang == code
    assert 0.4 <= score <= 1.0


def test_every_paragraph_gets_a_different_code() -> None:
    codes = [detect_language(text)[0] for text in PARAGRAPHS.values()]

    assert len(set(codes)) == len(PARAGRAPHS)


def test_line_breaks_and_runs_of_space_do_not_change_the_answer() -> None:
    text = PARAGRAPHS["de"].replace(". ", ".\n\n   ")

    assert detect_language(text) == detect_language(PARAGRAPHS["de"])


@pytest.mark.parametrize("text", ["Hallo", "Ferry", "  ok  ", "", "         \n\n   "])
def test_too_short_text_has_no_language(text: str) -> None:
    lang, score = detect_language(text)

    assert lang is None
    assert score == 0.0


def test_the_lead_decides_when_another_language_follows_it() -> None:
    """An English report that quotes a long Chinese notice further down is English: the language is read off the
    lead (400 characters), not off a window long enough for the notice to outweigh it."""
    english = PARAGRAPHS["en"] + " Repairs are expected to cost about two million dollars, officials added."
    notice = "".join(PARAGRAPHS["zh"] for _ in range(3))
    assert len(english) < 400 < len(english) + len(notice)
    assert detect_language(f"{english}\n{notice}")[0] == "en"
