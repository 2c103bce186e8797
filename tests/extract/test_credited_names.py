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
