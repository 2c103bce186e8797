"""A preposition that opens a sentence is not part of the name after it. Texts are invented."""

from __future__ import annotations

import pytest

from storyweave.clean import clean_document
from storyweave.extract import analyse
from storyweave.model import RawDocument


@pytest.mark.parametrize(("sentence", "name"), [
    ("Through the Harbour Hawks and the league, our players receive training.", "Harbour Hawks"),
    ("Across Norvania, prices rose for a third month.", "Norvania"),
    ("Like Anna Berg, the coach left the club in June.", "Anna Berg"),
    ("Beyond Kestrel Bank, two lenders raised their rates.", "Kestrel Bank"),
])
def test_an_opening_preposition_is_not_part_of_the_name(sentence: str, name: str) -> None:
    raw = RawDocument("x.txt", "/in/x.txt", "Club statement\n" + sentence + "\nThe statement was read out on Monday.")
    canonicals = {m.canonical for m in analyse(raw, clean_document(raw)).entities}

    assert name in canonicals
    assert not any(c.split()[0] in {"Through", "Across", "Like", "Beyond"} for c in canonicals)
