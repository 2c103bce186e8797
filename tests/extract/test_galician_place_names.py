"""Galician towns open with their article, "A", "O", "As", "Os", which a Spanish sentence would write in small
letters: capitalised inside a sentence, it is the town's. Sentences are original; the towns are real."""

from __future__ import annotations

import pytest

from storyweave.clean import clean_document
from storyweave.extract import analyse
from storyweave.model import RawDocument


def places_in(text: str) -> set[str]:
    raw = RawDocument("gl.txt", "gl.txt", text)
    return {m.canonical for m in analyse(raw, clean_document(raw)).entities if m.kind == "place"}


SPANISH = ("Cortes de luz tras el temporal en el interior de Lugo\n\n"
           "Unos 300 abonados se quedaron sin luz el domingo en A Fonsagrada y otros 120 en el municipio de As Nogais, "
           "según la distribuidora, que espera reponer el suministro antes del martes. El alcalde de O Incio pidió "
           "generadores para las granjas.")


@pytest.mark.parametrize("town", ["A Fonsagrada", "As Nogais", "O Incio"])
def test_a_galician_town_keeps_its_article(town: str) -> None:
    assert town in places_in(SPANISH)


def test_an_english_sentence_opening_with_a_is_no_town() -> None:
    found = places_in("Storm cuts power in Galicia\n\nA utility crew restored power to 300 homes in Lugo on Sunday, "
                      "the company said.")
    assert not any(name.startswith("A ") for name in found)
