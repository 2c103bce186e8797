"""Dates and place names in the other languages we read resolve like English ones, so a
translated report dates its occurrence and names its places the same way as the original.

2024-01-31 was a Wednesday. The articles are invented."""

from __future__ import annotations

import pytest

from storyweave.clean import clean_document
from storyweave.extract import analyse
from storyweave.model import Article, RawDocument


def analysed(text: str) -> Article:
    raw = RawDocument(input="x.txt", source="/in/x.txt", text=text)
    return analyse(raw, clean_document(raw))


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Der Stadtrat von Ellery hat gestern eine neue Straßenbahnlinie für die östlichen Bezirke genehmigt, sagte sein Vorsitzender.", "2024-01-30"),
        ("El consejo municipal de Ellery aprobó hoy una nueva línea de tranvía para los distritos del este, dijo su presidente.", "2024-01-31"),
        ("Il consiglio comunale di Ellery ha approvato ieri una nuova linea del tram per i quartieri orientali, ha detto il presidente.", "2024-01-30"),
        ("Le conseil municipal d'Ellery a approuvé hier une nouvelle ligne de tramway pour les quartiers de l'est, a déclaré son président.", "2024-01-30"),
        ("De gemeenteraad van Ellery heeft vandaag een nieuwe tramlijn voor de oostelijke wijken goedgekeurd, zei de voorzitter.", "2024-01-31"),
        ("Le conseil municipal d'Ellery a approuvé mardi une nouvelle ligne de tramway pour les quartiers de l'est, a déclaré son président.", "2024-01-30"),
        ("Der Stadtrat von Ellery hat am Montag eine neue Straßenbahnlinie für die östlichen Bezirke genehmigt, sagte sein Vorsitzender.", "2024-01-29"),
    ],
)
def test_relative_day_in_the_lead_dates_the_occurrence(lead: str, expected: str) -> None:
    result = analysed(f"Ellery\n31.01.2024\n{lead}\nDer Bau soll drei Jahre dauern. La obra durará tres años.")

    assert result.published == "2024-01-31"
    assert result.occurred == expected


def test_dutch_here_is_not_french_yesterday() -> None:
    result = analysed(
        "Nieuwe tramlijn\n2024-01-31\n"
        "De gemeenteraad van Ellery bouwt hier een nieuwe tramlijn voor de oostelijke wijken van de stad, zei de voorzitter van de raad.\n"
        "De bouw zal naar verwachting drie jaar duren en kost veel geld."
    )

    assert result.lang == "nl"
    assert all(d.text.lower() != "hier" for d in result.dates)


def test_undated_foreign_lead_keeps_its_weekday_for_grouping() -> None:
    result = analysed(
        "Nouvelle ligne de tramway\n"
        "Le conseil municipal d'Ellery a approuvé mardi une nouvelle ligne de tramway pour les quartiers de l'est, a déclaré son président.\n"
        "Les travaux devraient durer trois ans."
    )

    assert result.published is None
    assert result.occurred_weekday == "Tuesday"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("20 de noviembre del 2004", "2004-11-20"), ("04-Oct-05", "2005-10-04"), ("17-Sep-2008", "2008-09-17"), ("3 marzo 2008", "2008-03-03")],
)
def test_date_forms_of_other_languages_and_exports(text: str, expected: str) -> None:
    from storyweave.clean.datetext import find_dates

    assert [f.day.iso() for f in find_dates(f"Posted {text} by the desk")] == [expected]


def test_mentions_of_one_sentence_keep_reading_order() -> None:
    result = analysed(
        "Apple plant nog een speciaal evenement\n04-Oct-05\n"
        "Apple Computer kondigde vandaag aan dat op 12 oktober nog een speciaal evenement wordt gehouden in San Jose.\n"
        "Het wordt georganiseerd in het California Theater."
    )

    assert result.published == "2005-10-04"
    assert result.occurred == "2005-10-04"
    assert [d.text for d in result.dates][:2] == ["vandaag", "12 oktober"]


@pytest.mark.parametrize(
    ("sentence", "canonical"),
    [
        ("Las exportaciones de Estados Unidos cayeron, según el gobierno de Alemania.", {"United States", "Germany"}),
        ("Le esportazioni degli Stati Uniti sono calate, secondo il governo della Germania.", {"United States", "Germany"}),
        ("De export van de Verenigde Staten daalde, volgens de regering van Duitsland.", {"United States", "Germany"}),
    ],
)
def test_country_names_in_other_languages_are_the_english_places(sentence: str, canonical: set[str]) -> None:
    result = analysed(f"Handel\n{sentence}\n{sentence}")

    assert canonical <= {m.canonical for m in result.entities if m.kind == "place"}


def test_dotted_day_first_date_line_in_german_is_the_publication_date() -> None:
    result = analysed(
        "Notenbank senkt Leitzins\nMorgenbote – Wirtschaft\n18.06.2025, 15:20 Uhr\n"
        "Die Bank von Norvanien hat am Mittwoch ihren Leitzins um einen halben Prozentpunkt auf 4,00 Prozent gesenkt.\n"
        "Erst im April hatte die Zentralbank den Zins noch angehoben."
    )

    assert result.published == "2025-06-18"
    assert result.occurred == "2025-06-18"
    assert "18.06.2025, 15:20 Uhr" not in result.body
