"""Dates from heldout_gc's misses (development data since heldout_gd was written), checked on texts of our own:
a dateline without its year takes it from the dates the text recounts, never from one it looks ahead to ("the ban
runs until May 5, 2030" had put a report datelined "Nov 24" in 2030); wire datelines abbreviate months in lower
case ("MÁLAGA, 20 mar (EFE) –") or write "1er"; a lead day weeks before the dateline's day, or after "desde",
"depuis", "seit", is background, not the occurrence; Chinese and Japanese dates ("2026年11月20日", "10月19日电"), which
no rule read before, are read, and a Japanese page's date line is its publication date."""

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


def _dated(text: str) -> tuple[str | None, str | None]:
    raw = RawDocument("gc.txt", "gc.txt", text)
    clean = clean_document(raw)
    return (clean.dateline.day.iso() if clean.dateline and clean.dateline.day else None), analyse(raw, clean).occurred


@pytest.mark.parametrize(("text", "day"), [
    ("Detenido el fugado\n\nMÁLAGA, 20 mar (Ibercom) – La Guardia Civil detuvo este viernes al fugado.", "--03-20"),
    ("Positivo confirmado\n\nMEDELLÍN, 28 may (Ibercom) – El contraanálisis confirmó este jueves el positivo.", "--05-28"),
    ("Évasion à Namur\n\nNAMUR, 1er mars (Agence Mosane) – Un détenu s'est évadé dimanche matin.", "--03-01"),
])
def test_a_wire_dateline_with_its_month_abbreviated_in_lower_case_is_read(text, day):
    assert _dated(text) == (day, day)


@pytest.mark.parametrize("text", [
    # a lead day weeks before the dateline's day is background, even with no year to compare
    "Detenido el fugado\n\nMÁLAGA, 20 mar (Ibercom) – La Guardia Civil detuvo este viernes al preso que se había fugado "
    "el 1 de marzo en Namur.",
    # and so is a day after "desde", "depuis", "seit"
    "Sin agua\n\nCÓRDOBA, 20 mar (Ibercom) – Los vecinos siguen sin agua desde el 18 de marzo, informó el ayuntamiento.",
])
def test_a_lead_day_the_dateline_shows_to_be_background_is_not_the_occurrence(text):
    assert _dated(text) == ("--03-20", "--03-20")


@pytest.mark.parametrize(("text", "lang"), [
    ("Plus de morts\n\nL'Italie a signalé samedi 474 décès, le chiffre le plus élevé depuis le 21 avril.", "fr"),
    ("Bilanz\n\nNach einer Statistik, die seit dem 1. April geführt wird, gab es 459 Einsätze.", "de"),
])
def test_a_day_after_since_in_other_languages_is_no_occurrence(text, lang):
    assert _dated(text)[1] is None


def test_a_recent_day_named_as_spanish_names_it_is_still_the_occurrence():
    text = ("Vuelo inaugural\n\n16 de diciembre del 2009\n\nEl nuevo avión hizo su primer vuelo de prueba el pasado martes "
            "en Everett.")
    assert _dated(text)[1] == "2009-12-15"


@pytest.mark.parametrize(("text", "iso"), [
    ("2026年11月20日 11時02分", "2026-11-20"),
    ("２０２６年１１月２０日", "2026-11-20"),  # full-width digits
    ("新华社圣地亚哥10月19日电", "--10-19"),  # a Chinese dateline's day, no year
])
def test_chinese_and_japanese_dates_are_read(text, iso):
    from storyweave.clean.datetext import find_dates

    assert [found.day.iso() for found in find_dates(text)] == [iso]


def test_a_japanese_page_states_its_publication_date_on_a_line_of_its_own():
    raw = RawDocument("ja.txt", "ja.txt", "アイスランドで噴火　住民が避難\n\n2026年11月20日 11時02分\n\n"
                                          "アイスランド南西部で20日朝、火山が噴火しました。住民約2900人が避難しました。")
    clean = clean_document(raw)
    article = analyse(raw, clean)
    assert (article.published, article.published_from) == ("2026-11-20", "header")
    assert "2026年11月20日 11時02分" not in clean.body
