"""A firm named with its legal form in one report and without it in another is one name to grouping ("Kessler
Logistik AG" = "Kessler Logistik"); and a date a rule or a deal takes effect on is ahead of the report, so it gives
no year to a dateline that has none ("The merger takes effect on Jan. 1, 2031", "tritt am 1. Januar 2031 in Kraft").
Firms and people are invented."""

from __future__ import annotations

import pytest

from storyweave.clean import clean_document
from storyweave.extract import analyse
from storyweave.extract.entities import entity_keys
from storyweave.group.features import article_features
from storyweave.model import Mention, RawDocument


def _article(text: str):
    raw = RawDocument("report.txt", "report.txt", text)
    return analyse(raw, clean_document(raw))


def test_a_legal_form_at_the_end_of_a_firms_name_is_no_part_of_its_key() -> None:
    assert entity_keys([Mention("Kessler Logistik AG", "org", "Kessler Logistik AG")])[0] == "kessler logistik"
    assert entity_keys([Mention("Brandvik Shipping ASA", "org", "Brandvik Shipping ASA")])[0] == "brandvik shipping"
    assert entity_keys([Mention("Ferro Nord S.p.A.", "org", "Ferro Nord S.p.A.")])[0] == "ferro nord"
    # a person's name and a firm that is its legal form alone keep theirs
    assert entity_keys([Mention("Anna Sa", "person", "Anna Sa")])[0] == "anna sa"
    assert entity_keys([Mention("AG", "org", "AG")]) == ["ag"]


def test_reports_naming_a_firm_with_and_without_its_legal_form_share_its_key() -> None:
    german = article_features(_article(
        "Kessler Logistik übernimmt Rivale\n\nDie Kessler Logistik AG hat am Dienstag den Rivalen Baumer Transporte "
        "übernommen. Die Kessler Logistik AG zahlt 40 Millionen Franken."))
    english = article_features(_article(
        "Kessler Logistik buys rival\n\nKessler Logistik bought its rival Baumer Transporte on Tuesday for 40 million "
        "Swiss francs, Kessler Logistik said."))
    shared = {german.entity_names[h] for h in german.entities.keys() & english.entities.keys()}
    assert "kessler logistik" in shared


_APPROVED = "ZUG, June 4 (Alpwire) - Swiss regulators approved the merger of Kessler Logistik and Baumer Transporte on Thursday. "
_GENEHMIGT = ("ZUG, 4. Juni (Alpwire) – Die Wettbewerbskommission hat am Donnerstag die Fusion von Kessler Logistik und Baumer "
              "Transporte genehmigt. ")


@pytest.mark.parametrize("ahead", [
    _APPROVED + "The merger takes legal effect on Jan. 1, 2031, the companies said.",
    # German closes the verb after the day: "tritt am 1. Januar 2031 in Kraft"
    _GENEHMIGT + "Die Fusion tritt am 1. Januar 2031 in Kraft, teilten die Unternehmen mit.",
])
def test_a_day_a_deal_takes_effect_gives_no_year_to_the_dateline(ahead: str) -> None:
    article = _article(ahead)
    assert article.published is None  # (the year comes from the other reports of its event, or from none)
    assert article.dateline.day.month == 6 and article.dateline.day.day == 4


@pytest.mark.parametrize("past", [
    _APPROVED + "The talks had begun on Jan. 12, 2029, the companies said.",
    _GENEHMIGT + "Die Vorgängerregel trat am 1. Januar 2029 in Kraft, teilten die Unternehmen mit.",
])
def test_a_day_past_still_gives_its_year_to_the_dateline(past: str) -> None:
    assert _article(past).published == "2029-06-04"
