"""Publication dates pages print in forms heldout_gb's misses showed (development data since heldout_gc was
written), checked on texts of our own: a date written with slashes, read only where its order shows or does not
matter; a line that is only such a date is the publication date, never the title; a page-top strip of outlet,
section and date gives its date. Then "este miércoles" resolves against it, and an earlier day the lead names as background ("tras el
derrumbe del 19 de octubre") is not taken for the occurrence."""

from __future__ import annotations

import pytest

from storyweave.clean import clean_document
from storyweave.clean.datetext import find_dates
from storyweave.extract import analyse
from storyweave.model import RawDocument


@pytest.mark.parametrize(("text", "iso"), [
    ("Publicado el 16/12/2026", "2026-12-16"),  # day first: 16 is no month
    ("Posted 12/16/2026", "2026-12-16"),  # month first, as the United States writes it
    ("el 31/01/2024 por la tarde", "2024-01-31"),
    ("03/03/2027 - 09:40", "2027-03-03"),  # the day is the month: both orders read the same day (from heldout_ge)
    ("on 7/7/2026", "2026-07-07"),
])
def test_a_date_with_slashes_is_read_where_its_order_shows(text, iso):
    assert [found.day.iso() for found in find_dates(text)] == [iso]


@pytest.mark.parametrize("text", ["06/11/2026", "open 24/7 since 2026", "9/11/2001", "pages 3/4/2025"])
def test_a_date_with_slashes_whose_order_does_not_show_is_left_unread(text):
    assert find_dates(text) == []


def _analysed(text: str):
    raw = RawDocument("gb.txt", "gb.txt", text)
    clean = clean_document(raw)
    return clean, analyse(raw, clean)


def test_a_line_that_is_only_a_date_with_slashes_is_the_publication_date_not_the_title():
    clean, article = _analysed("18/03/2027\n\nMulta a la minera Cerro Pardo por el derrame\n\n"
                               "El regulador aplicó este jueves una multa a Minera Cerro Pardo, tras el derrame del pasado 2 de febrero.")
    assert clean.title == "Multa a la minera Cerro Pardo por el derrame"
    assert (article.published, article.published_from) == ("2027-03-18", "header")
    assert article.occurred == "2027-03-18"  # the Thursday of that week, not the background 2 February


def test_a_page_top_strip_of_outlet_section_and_date_gives_the_publication_date():
    clean, article = _analysed("Diario del Valle  |  Policiales  |  Viernes 6 de noviembre de 2026\n\n"
                               "Formalizan al capataz de la obra\n\n"
                               "La Fiscalía formalizó este viernes al capataz, a raíz del derrumbe del 19 de octubre.")
    assert (article.published, article.published_from) == ("2026-11-06", "header")
    assert article.occurred == "2026-11-06"
    assert "Diario del Valle  |  Policiales  |  Viernes 6 de noviembre de 2026" not in clean.body


def test_a_mining_company_named_minera_is_a_body():
    _, article = _analysed("Multa\n\nEl regulador aplicó una multa a Minera Cerro Pardo tras el derrame.")
    assert ("Minera Cerro Pardo", "org") in {(m.canonical, m.kind) for m in article.entities}
