"""The curated name lists that ship in the package (storyweave/extract/data): well-formed, and read by
the rules: a well-known body named by one word is an organisation, a landscape, island or district is a
place under its English name. Sentences are invented; the bodies and places are real."""

from __future__ import annotations

from pathlib import Path

import pytest

import storyweave.extract.gazetteer as gazetteer
from extraction import found

DATA = Path(gazetteer.__file__).with_name("data")
CATEGORIES = {"company", "public-body", "party", "union", "ngo", "media", "agency", "sport", "education", "health", "culture",
              "religion", "other"}
KINDS = {"island", "archipelago", "mountain", "range", "volcano", "river", "lake", "sea", "bay", "strait", "coast", "forest",
         "upland", "valley", "plain", "desert", "national-park", "region", "district", "landmark", "airport"}


def rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def test_every_organisation_row_is_a_name_a_country_and_a_category():
    names = set()
    for row in rows("organisations.tsv"):
        assert len(row) == 3 and row[0].strip() == row[0] and row[2] in CATEGORIES, row
        assert row[0].lower() not in names, f"{row[0]} listed twice"
        names.add(row[0].lower())
        assert len(row[0]) >= 3 or not row[0].isascii(), row
    assert len(names) > 1000


def test_every_place_row_has_one_english_name_and_a_kind():
    canonical: dict[str, str] = {}
    for row in rows("features.tsv"):
        assert len(row) == 3 and row[2] in KINDS and row[1], row
        assert canonical.setdefault(row[0].lower(), row[1]) == row[1], f"{row[0]} has two English names"
    assert len(canonical) > 1000


@pytest.mark.parametrize(
    ("sentence", "lang", "name"),
    [
        ("Ryanair will close its base at the airport next spring.", "en", "Ryanair"),
        ("Coldiretti stima un calo del 20% della produzione.", "it", "Coldiretti"),
        ("Laut Nabu sind die Bestände stabil.", "de", "Nabu"),
        ("Enedis a rétabli le courant dans la nuit.", "fr", "Enedis"),
    ],
)
def test_a_well_known_body_named_by_one_word_is_an_organisation(sentence, lang, name):
    assert (name, "org") in found(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang", "canonical"),
    [
        ("Auf Sylt wurden am Wochenende 14 Strandabgänge beschädigt.", "de", "Sylt"),
        ("Im Schwarzwald fiel in der Nacht der erste Schnee.", "de", "Black Forest"),
        ("Les vignerons du Beaujolais attendent une petite récolte.", "fr", "Beaujolais"),
        ("Hikers in the Cotswolds were warned about flooding.", "en", "Cotswolds"),
    ],
)
def test_a_landscape_island_or_district_is_a_place_under_its_english_name(sentence, lang, canonical):
    assert (canonical, "place") in found(sentence, lang)
