"""The reporter a byline names and the photographer and agency a credit names are entities of the
article, but neither grouping nor a brief takes them as part of what it reports. Texts are invented."""

from __future__ import annotations

from storyweave.brief.sources import source_article
from storyweave.clean import clean_document
from storyweave.extract import analyse
from storyweave.group.features import article_features
from storyweave.model import RawDocument

TEXT = (
    "Cable fault leaves offshore wind farm idle\n\n"
    "By Harriet Quaylen, Energy Correspondent\n\n"
    "ABERDEEN, Scotland, Nov 20 (Reuters) - The Northlight Renewables wind farm will stand idle for 14 months, "
    "its operator said on Thursday.\n\n"
    "Energy analyst Priya Venkat of Caldmoor Research called the fault an expensive lesson.\n\n"
    "Photo: Sam Whitlaw/Harbour Images"
)


def test_a_byline_and_a_photo_credit_name_people_and_an_agency() -> None:
    raw = RawDocument("w.txt", "w.txt", TEXT)
    found = {(m.canonical, m.kind) for m in analyse(raw, clean_document(raw)).entities}
    assert {("Harriet Quaylen", "person"), ("Sam Whitlaw", "person"), ("Harbour Images", "org")} <= found
    assert ("Priya Venkat", "person") in found
    assert not any("Correspondent" in name for name, _ in found)  # the reporter's job is no one's name


def test_credited_names_are_no_grouping_evidence() -> None:
    raw = RawDocument("w.txt", "w.txt", TEXT)
    names = set(article_features(analyse(raw, clean_document(raw))).entity_names.values())
    assert "priya venkat" in names
    assert not {"harriet quaylen", "quaylen", "sam whitlaw", "whitlaw", "harbour images"} & names


def test_a_brief_leaves_the_reporter_out_of_the_names_it_compares() -> None:
    raw = RawDocument("w.txt", "w.txt", TEXT)
    article = analyse(raw, clean_document(raw))
    record = {"id": article.id, "title": article.title, "body": article.body,
              "entities": [{"text": m.text, "kind": m.kind, "canonical": m.canonical} for m in article.entities]}
    names = {m.canonical for m in source_article(record).entities}
    assert "Priya Venkat" in names and "Aberdeen" in names
    assert not {"Harriet Quaylen", "Sam Whitlaw"} & names


def test_a_byline_with_a_photo_credit_after_a_bar_is_a_byline() -> None:
    # a bar also separates a breadcrumb's parts; at the head of an article, after "Von", it is a byline
    text = ("Gemeinderat stimmt Rechenzentrum zu\n\nVon Tobias Rennert | Foto: epd\n\n"
            "HALBACH - Der Konzern Nordwerk darf am Ortsrand von Halbach ein Rechenzentrum bauen, sagte Bürgermeister Frank Dorn.")
    raw = RawDocument("b.txt", "b.txt", text)
    clean = clean_document(raw)
    assert [(line.text, line.reason) for line in clean.removed] == [("Von Tobias Rennert | Foto: epd", "byline")]
    assert clean.outlet is None  # the photo agency after the bar is not the outlet
    found = {(m.canonical, m.kind) for m in analyse(raw, clean).entities}
    assert {("Tobias Rennert", "person"), ("epd", "org")} <= found


def test_an_agency_written_in_lower_case_in_a_credit_is_an_organisation() -> None:
    raw = RawDocument("c.txt", "c.txt", "Fähre läuft auf Grund\n\nVon Lena Voss, dpa\n\nKIEL - Eine Fähre ist vor Kiel auf Grund gelaufen.")
    found = [(m.text, m.kind) for m in analyse(raw, clean_document(raw)).entities]
    assert ("dpa", "org") in found and ("Lena Voss", "person") in found


def test_a_photo_credit_in_another_language_names_its_agency_and_photographer() -> None:
    text = ("Fähre läuft auf Grund\n\nKIEL - Eine Fähre ist vor Kiel auf Grund gelaufen, sagte Kapitän Ole Brandt.\n\n"
            "Niemand wurde verletzt.\n\nFoto: EFE/Alicia Romero")
    raw = RawDocument("f.txt", "f.txt", text)
    clean = clean_document(raw)
    assert ("Foto: EFE/Alicia Romero", "photo caption") in [(line.text, line.reason) for line in clean.removed]
    found = {(m.canonical, m.kind) for m in analyse(raw, clean).entities}
    assert {("EFE", "org"), ("Alicia Romero", "person")} <= found  # the first name of a credit opens no sentence


def test_the_agency_a_copyright_line_names_is_an_organisation() -> None:
    from storyweave.extract.entities import extract_entities

    for line in ["© Copyright ANSA", "Riproduzione riservata © Copyright Adnkronos."]:
        assert any(m.kind == "org" and m.canonical in {"ANSA", "Adnkronos"} for m in extract_entities([line], "it"))


def _credited(byline: str) -> set[tuple[str, str]]:
    text = f"Ferry strike ends in Brest\n\n{byline}\n\nBREST, Nov 20 - Ferry crews in Brest voted on Monday to end their strike, the union said."
    raw = RawDocument("b.txt", "b.txt", text)
    return {(m.canonical, m.kind) for m in analyse(raw, clean_document(raw)).entities}


def test_after_the_reporter_a_byline_names_the_outlet_however_personal_its_name_looks() -> None:
    assert {("Odile Straand", "person"), ("Kestrel Live", "org")} <= _credited("By Odile Straand, Kestrel Live")
    assert {("Aldo Brakel", "person"), ("Vallée Libre", "org")} <= _credited("Par Aldo Brakel, Vallée Libre")


def test_a_byline_that_lists_reporters_or_goes_on_to_a_photo_credit_keeps_its_people() -> None:
    listed = _credited("By Inga Feld, Tomas Lunde and Vera Sarvik")
    assert {("Inga Feld", "person"), ("Tomas Lunde", "person"), ("Vera Sarvik", "person")} <= listed
    assert ("Emil Rasko", "person") in _credited("Von Ilse Vinter, dpa | Foto: Emil Rasko/dpa")
