"""A dateline without its year takes it from the dates the text recounts, never from one it looks ahead to
(heldout_gc's misses, development data since heldout_gd was written; checked on texts of our own): "the ban runs
until May 5, 2030" had put a report datelined "Nov 24" in 2030, four years after what it reports."""

from __future__ import annotations

import pytest

from storyweave.clean import clean_document
from storyweave.extract import analyse
from storyweave.model import RawDocument


def _published(text: str) -> tuple[str | None, str]:
    raw = RawDocument("gc.txt", "gc.txt", text)
    article = analyse(raw, clean_document(raw))
    return article.published, article.published_from


@pytest.mark.parametrize("ahead", [
    "The suspension runs until May 5, 2030.",
    "The club said the contract would run through June 30, 2029.",
    "Die Sperre gilt bis 5. Mai 2030.",
])
def test_a_date_the_text_looks_ahead_to_gives_the_dateline_no_year(ahead):
    text = f"Rider banned\n\nLAUSANNE, Nov 24 (Tidewire) - A cyclist was banned for four years on Tuesday.\n\n{ahead}"
    assert _published(text) == (None, "none")


def test_a_date_the_text_recounts_still_gives_the_dateline_its_year():
    text = ("Rider banned\n\nLAUSANNE, Nov 24 (Tidewire) - A cyclist was banned for four years on Tuesday.\n\n"
            "He tested positive on April 14, 2026, and the suspension runs until May 5, 2030.")
    assert _published(text) == ("2026-11-24", "inferred")
