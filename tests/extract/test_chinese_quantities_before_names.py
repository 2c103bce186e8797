"""Chinese words for "many", "some" or "a few" before a body's name are no part of it, and bodies
counted by them name none ("多家医院": many hospitals); a lake's name after "的" (of) opens after it.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from extraction import named_in_characters


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("不少河源大學教授昨日聯署反對新規。", "河源大學"),  # many professors of the university
        ("许多江北大学的学生参加了志愿活动。", "江北大学"),
        ("一些东岭航空公司的乘客仍滞留在机场。", "东岭航空公司"),
        ("众多青禾银行的储户前来排队。", "青禾银行"),
    ],
)
def test_a_word_for_many_or_some_opens_no_bodys_name(sentence, name):
    assert [(text, kind) for text, kind, _ in named_in_characters([sentence], "zh")] == [(name, "org")]


@pytest.mark.parametrize(
    "sentence",
    [
        "多家医院已经满员，伤者被分流。",  # many hospitals
        "几所大学宣布下周停课。",  # a few universities
        "数家银行昨日下调了存款利率。",  # several banks
        "傷者被送往當地多家醫院救治。",
    ],
)
def test_bodies_counted_by_many_or_a_few_name_none(sentence):
    assert [kind for _, kind, _ in named_in_characters([sentence], "zh") if kind == "org"] == []


def test_a_lakes_name_after_of_opens_after_it():
    found = named_in_characters(["冬捕节在松原的查干湖举行，吸引了上万名游客。"], "zh")
    assert ("查干湖", "place") in [(text, kind) for text, kind, _ in found]
    assert not any(text.startswith("的") for text, _, _ in found)
