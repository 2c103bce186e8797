"""Names the rules for other languages' news style must leave alone: surnames that end like a German
compound role, given names that end like German nouns after a trade, acronyms and titles that look
like honorifics, "on"/"for" around names, and English clauses beside a name in characters."""

from __future__ import annotations

import pytest

from storyweave.clean import clean_document
from storyweave.clean.metadata import parse_dateline
from storyweave.extract.entities import dateline_entities, extract_entities
from storyweave.extract.quotes import extract_quotes
from storyweave.model import Mention, RawDocument


def found(sentence: str, lang: str) -> set[tuple[str, str]]:
    return {(m.canonical, m.kind) for m in extract_entities([sentence], lang)}


@pytest.mark.parametrize(
    ("sentence", "lang", "name", "kind"),
    [
        ("Luisa Neubauer said the plan would fail.", "en", "Luisa Neubauer", "person"),
        ("Thomas Hofmeister sagte, es sei vorbei.", "de", "Thomas Hofmeister", "person"),
        ("Sprecher Sven Müller sagte das am Abend.", "de", "Sven Müller", "person"),
        ("Trainer Jürgen Klopp lobte die Mannschaft.", "de", "Jürgen Klopp", "person"),
        ("Analysts at ING expect a cut.", "en", "ING", "org"),
        ("Val Kilmer arrived late.", "en", "Val Kilmer", "person"),
        ("Shares in De Beers Group fell.", "en", "De Beers Group", "org"),
        # clubs and bodies in the Romance languages, and an elided article before a name
        ("Le Stade Vercorin a fait appel de la sanction.", "fr", "Stade Vercorin", "org"),
        ("L'Osservatorio Salute Nord ha pubblicato i dati.", "it", "Osservatorio Salute Nord", "org"),
        ("Secondo l'ANAS la strada riaprirà lunedì.", "it", "ANAS", "org"),
        ("El Banco Central de la República Argentina subió la tasa.", "es", "Banco Central de la República Argentina", "org"),
    ],
)
def test_names_stay_whole_and_keep_their_kind(sentence: str, lang: str, name: str, kind: str) -> None:
    assert (name, kind) in found(sentence, lang)


@pytest.mark.parametrize("sentence", ["The Senate Committee on Foreign Relations met.", "Police on Main Street arrested Tom Lee."])
def test_no_name_starts_or_ends_with_on_or_for(sentence: str) -> None:
    assert not any(canonical.split()[0] in {"on", "for"} or canonical.split()[-1] in {"on", "for"} for canonical, _ in found(sentence, "en"))


def test_a_name_in_characters_does_not_switch_off_english_reported_speech() -> None:
    quotes = extract_quotes(["Xi Jinping (习近平) said that tariffs would rise sharply next year."], [Mention("Xi Jinping", "person", "Xi Jinping")])
    assert [(q.text, q.speaker, q.direct) for q in quotes] == [("tariffs would rise sharply next year", "Xi Jinping", False)]


def test_a_short_closing_sentence_starting_with_by_stays_in_the_body() -> None:
    paragraphs = "\n".join(f"Paragraph {i} says something long enough here, as paragraphs do." for i in range(5))
    doc = clean_document(RawDocument("x.txt", "x.txt", f"Harbour news\n{paragraphs}\nBy then, it was too late."))
    assert doc.body.endswith("By then, it was too late.") and doc.outlet is None


@pytest.mark.parametrize(("line", "places"), [("BREAKING: Fire at the plant kills two", []), ("LILONGWE - Rain fell.", ["Lilongwe"]),
                                              ("NATO, EU - Leaders met on Friday.", [])])
def test_a_dateline_without_date_or_agency_names_only_a_known_place(line: str, places: list[str]) -> None:
    parsed = parse_dateline(line)
    named = [m.canonical for m in dateline_entities(parsed[0]) if m.kind == "place"] if parsed else []
    assert named == places


@pytest.mark.parametrize(("sentence", "lang"), [("Comme Montpellier, la ville a fermé ses écoles.", "fr"),
                                                ("Como Valdeverde, el pueblo votó el domingo.", "es")])
def test_a_conjunction_opening_a_sentence_is_not_part_of_the_name(sentence: str, lang: str) -> None:
    assert not any(canonical.split()[0].lower() in {"comme", "como"} for canonical, _ in found(sentence, lang))


@pytest.mark.parametrize(
    ("sentence", "lang", "canonical"),
    [("El Gobierno de España aprobó el plan.", "es", "Spain"), ("Die Bauern in Österreich protestieren.", "de", "Austria"),
     ("La Unión Europea pagará la mitad.", "es", "European Union"), ("Troops massed near Rafah on Monday.", "en", "Rafah")],
)
def test_names_written_with_accents_find_their_english_names(sentence: str, lang: str, canonical: str) -> None:
    assert canonical in {c for c, _ in found(sentence, lang)}
