"""Rules from heldout_gd's misses (development data since heldout_ge was written), checked on texts written for
these tests: a weather widget with its town first, a page's update line in the languages that write the day
first, and section labels above the headline."""

from __future__ import annotations

import pytest

from storyweave.clean import clean_document
from storyweave.clean.boilerplate import classify_line
from storyweave.model import RawDocument


def _clean(text: str):
    return clean_document(RawDocument("p.txt", "p.txt", text))


@pytest.mark.parametrize("line", ["Sarreguemines 3,1 °C", "Bad Kreuznach -2 °C", "Lörrach 12°C"])
def test_a_weather_widget_with_its_town_first_is_boilerplate(line: str) -> None:
    assert classify_line(line) == "weather widget"


@pytest.mark.parametrize("line", ["Apollo 11 C", "Route 66", "Il faisait 3 °C ce matin à Metz."])
def test_a_name_and_a_number_are_no_weather_widget(line: str) -> None:
    assert classify_line(line) != "weather widget"


def test_a_town_and_its_temperature_above_the_headline_are_not_the_title() -> None:
    clean = _clean("Sarreguemines 3,1 °C\n\nUn pont fermé à la circulation après une crue de la Sarre\n\n"
                   "SARREGUEMINES – Le pont de la Blies est fermé depuis mardi soir, a annoncé la préfecture.")
    assert clean.title == "Un pont fermé à la circulation après une crue de la Sarre"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Actualizado el 11/04/2026 a las 19:45", "2026-04-11T19:45:00"),  # Spanish writes the day first
        ("Mis à jour le 06/11/2026 à 08h10", "2026-11-06"),
        ("Aktualisiert: 13.06.2026, 21:05 Uhr", "2026-06-13T21:05:00"),
    ],
)
def test_an_update_line_in_a_language_that_writes_the_day_first_is_the_publication_line(line: str, iso: str) -> None:
    clean = _clean(f"{line}\n\nEl puente de Tarma reabre al tráfico tras tres meses de obras\n\n"
                   "La carretera central quedó abierta este sábado, informó la concesionaria.")
    assert clean.header_published == iso
    assert clean.title == "El puente de Tarma reabre al tráfico tras tres meses de obras"


def test_an_ambiguous_slashed_date_after_an_english_label_stays_unread() -> None:
    assert _clean("Updated 06/11/2026\n\nBridge reopens after three months of repairs\n\nThe road opened on Saturday.").header_published is None


@pytest.mark.parametrize(
    ("top", "headline"),
    [
        ("Verbraucher-Check\n\nRückruf", "Salmonellen in Hähnchenspießen: Händler ruft Ware aus drei Ländern zurück"),
        ("Business", "Regional airline cancels winter flights after fuel costs double"),
        ("文化・エンタメ", "横浜の劇団、ベルリンの演劇祭で最高賞　初の受賞"),
    ],
)
def test_section_labels_above_the_headline_are_not_the_title(top: str, headline: str) -> None:
    clean = _clean(f"{top}\n\n{headline}\n\nThe first paragraph of the report says what happened and when it happened.")
    assert clean.title == headline
    assert {r.text for r in clean.removed if r.reason == "section label"} == set(top.split("\n\n"))


def test_a_short_headline_over_its_first_paragraph_stays_the_title() -> None:
    clean = _clean("Port strike\n\nDockworkers at Port Ellery walked off the job on Tuesday, halting container traffic.")
    assert clean.title == "Port strike"
