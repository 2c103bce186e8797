"""Rules written from heldout_bq's misses once it stopped being the fresh set: Romance unions are bodies, a
field's or a plateau's name opens with "Campo", a country's Red Cross society is one name, initials joined by "&"
are one name, the German Greens are a party by their adjective, and a coastal region in Chinese is not Haiti."""

from __future__ import annotations

import pytest

from tests.extraction import found, named_in_characters


def test_a_romance_union_is_a_body():
    assert ("Unione Nazionale Pescatori", "org") in found("Lo ha detto Unione Nazionale Pescatori in una nota.", "it")
    assert ("Unión de Agricultores Canarios", "org") in found("La Unión de Agricultores Canarios pidió ayudas.", "es")


def test_a_name_opening_with_campo_is_a_place():
    assert ("Campo Felice", "place") in found("La neve ha chiuso le piste di Campo Felice per due giorni.", "it")


@pytest.mark.parametrize("society", ["American Red Cross", "Turkish Red Crescent"])
def test_a_countrys_red_cross_society_is_one_name(society):
    names = found(f"The {society} opened nine warming shelters overnight.", "en")
    assert (society, "org") in names
    assert not [name for name in names if name[1] == "place"]


@pytest.mark.parametrize("body", ["OG&E", "AT&T", "S&P Global", "H&M"])
def test_initials_joined_by_an_ampersand_are_one_name(body):
    assert (body, "org") in found(f"About 31,000 customers complained, according to {body} on Tuesday.", "en")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Die Grünen kündigten an, dass sie dem Budget nicht zustimmen.", {("Grüne", "org")}),
    ("Grünen-Fraktionschef Nico Baumann begrüßt den Entscheid.", {("Grüne", "org"), ("Nico Baumann", "person")}),
    ("Sie ist Vorstandsmitglied der Steyrer Grünen.", {("Grüne", "org"), ("Steyr", "place")}),
])
def test_the_greens_are_the_party_by_its_adjective(sentence, expected):
    assert expected <= found(sentence, "de")


def test_living_in_the_green_is_no_party():
    assert not found("Wohnen im Grünen ist teuer geworden.", "de")


def test_a_coastal_region_in_traditional_characters_is_not_haiti():
    names = named_in_characters(["七股、學甲、北門等沿海地區養殖的虱目魚已凍死逾50萬尾。"])
    assert "Haiti" not in {canonical for _, _, canonical in names}
