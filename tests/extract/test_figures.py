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
