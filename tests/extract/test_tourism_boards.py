"""A German tourism board is named by its place, whether the gazetteer knows the place or not; the place named
alone elsewhere in the text stays a place. Sentences are original; the villages are invented."""

from __future__ import annotations

from storyweave.clean import clean_document
from storyweave.extract import analyse
from storyweave.model import RawDocument


def mentions(text: str) -> set[tuple[str, str]]:
    raw = RawDocument("de.txt", "de.txt", text)
    return {(m.canonical, m.kind) for m in analyse(raw, clean_document(raw)).entities}


TEXT = ("Neuschnee sperrt Zufahrt ins Tal\n\n"
        "Der Tourismusverband Kleinwaldau rechnet nach dem Neuschnee mit 300 Absagen, teilte er am Dienstag mit. "
        "Die Straße nach Kleinwaldau bleibt bis Donnerstag gesperrt. Gäste in Kleinwaldau werden mit Bussen abgeholt.")


def test_a_tourism_board_keeps_its_place_in_its_name() -> None:
    assert ("Tourismusverband Kleinwaldau", "org") in mentions(TEXT)


def test_the_place_named_alone_stays_a_place() -> None:
    found = mentions(TEXT)
    assert ("Kleinwaldau", "place") in found and ("Kleinwaldau", "org") not in found


def test_an_organisation_with_a_name_of_its_own_keeps_only_its_name() -> None:
    found = mentions("Buchungen steigen\n\nDie Tourismusorganisation Visit Nordhalden meldete am Montag 12 Prozent mehr Gäste.")
    assert ("Visit Nordhalden", "org") in found
