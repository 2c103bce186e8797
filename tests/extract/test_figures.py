"""Figures written in words and in continental formats."""

from __future__ import annotations

import pytest

from storyweave.extract.figures import extract_figures


@pytest.mark.parametrize(
    ("sentence", "lang", "value", "counts", "approx"),
    [
        ("Forty-two prisoners were freed on Sunday.", None, 42.0, "prisoners", False),
        ("The motion passed with seventy-seven votes.", None, 77.0, "votes", False),
        ("After four-and-a-half months of fighting, talks resumed.", None, 4.5, "months", False),
        ("Thousands of protesters marched.", None, 2000.0, "protesters", True),
        ("Rund 4.500 Menschen mussten fliehen.", "de", 4500.0, "menschen", True),
        ("Der Haushalt umfasst 481 Milliarden Euro.", "de", 481e9, None, False),
    ],
)
def test_figure_values(sentence, lang, value, counts, approx):
    [figure] = [f for f in extract_figures([sentence], lang=lang) if f.value == value]
    assert figure.counts == counts and figure.approx == approx


@pytest.mark.parametrize("sentence", ["A 35-year-old man was arrested.", "Unions called a 24-hour strike."])
def test_measure_adjectives_are_not_figures(sentence):
    assert extract_figures([sentence]) == []


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("地震で少なくとも45人がけがをし、約1万2000世帯が停電した。", "ja", [(45.0, True, "人"), (12000.0, True, "世帯")]),
        ("3月25日午前10時、台風10号で3人が死亡した。", "ja", [(3.0, False, "人")]),
        ("暴雨造成至少5人死亡，112人受傷，約3萬戶停電。", "zh", [(5.0, True, "人"), (112.0, False, "人"), (30000.0, True, "戶")]),
    ],
)
def test_chinese_and_japanese_figures_are_a_number_and_its_counter(sentence, lang, expected):
    # dates (25日), times (10時) and names (台風10号) are no figures
    assert [(f.value, f.approx, f.counts) for f in extract_figures([sentence], lang=lang)] == expected


@pytest.mark.parametrize("order", [["8 March 2024", "18 March 2024"], ["18 March 2024", "8 March 2024"]])
def test_a_date_inside_a_longer_date_leaves_no_digit_to_count(order):
    # the dates come as a set, whose order changes with the hash seed: the figures must not
    sentence = "The 18 March 2024 vote and the 8 March 2024 deadline passed, and 40 people protested."
    figures = extract_figures([sentence], order, "en")
    assert [(f.value, f.counts) for f in figures] == [(40.0, "people")]
