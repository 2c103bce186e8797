"""Page-top dates in forms heldout_gc's misses showed (development data since heldout_gd was written), checked on
texts of our own: a date beside short labels, a section or a byline ("Wirtschaft | 09.09.2026", "By Dan Whitcombe |
12 April 2026"); a place and a full date on a line of their own ("Budapest, November 8, 2026"), which is the
dateline. A sentence that happens to open with places and hold a date is neither."""

from __future__ import annotations

import pytest

from storyweave.clean import clean_document
from storyweave.extract import analyse
from storyweave.model import RawDocument


def _dated(text: str):
    raw = RawDocument("gc.txt", "gc.txt", text)
    clean = clean_document(raw)
    return clean, analyse(raw, clean)


@pytest.mark.parametrize(("strip", "iso"), [
    ("Zulieferer | 07.09.2026, 15:20 Uhr", "2026-09-07"),
    ("23.01.2027 15:56 | Son Güncelleme: 23.01.2027 16:10", "2027-01-23"),
    ("By Dan Whitcombe | 12 April 2026", "2026-04-12"),
])
def test_a_date_beside_short_labels_is_the_publication_date(strip, iso):
    clean, article = _dated(f"Brand in der Fabrik\n{strip}\nEin Feuer hat am Montagmorgen die Produktion lahmgelegt.")
    assert (article.published, article.published_from) == (iso, "header")
    assert strip not in clean.body


@pytest.mark.parametrize(("line", "place", "iso"), [
    ("Budapest, November 8, 2026", "Budapest", "2026-11-08"),
    ("STORVATTNET, Sweden, 7 September 2026", "STORVATTNET", "2026-09-07"),
    ("Berlin, 3. März 2024", "Berlin", "2024-03-03"),
])
def test_a_place_and_a_date_on_a_line_of_their_own_are_the_dateline(line, place, iso):
    clean, article = _dated(f"Title of the report\nBy Petra Lindqvist\n{line}\nThe champion lost the fourth game on Sunday.")
    assert (article.published, article.published_from) == (iso, "dateline")
    assert clean.dateline is not None and (clean.dateline.place, clean.dateline.day.iso()) == (place, iso)


def test_a_sentence_that_opens_with_places_and_holds_a_date_is_no_dateline():
    clean, article = _dated("Brexit talks resume\nLondon, Paris and Berlin agreed, on Monday 4 March 2024.\nTalks go on.")
    assert clean.dateline is None and article.published is None
    assert "London, Paris and Berlin agreed" in clean.body
