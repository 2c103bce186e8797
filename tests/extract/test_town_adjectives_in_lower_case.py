"""The adjectives of French-speaking and Spanish-speaking towns and regions, written in lower case, name them
(from heldout_bk's miss "l'échevin liégeois"); and one after a known place is that region's name's own
("le Jura bernois"); checked on new sentences."""

from __future__ import annotations

import pytest

from extraction import found


@pytest.mark.parametrize(("sentence", "lang", "place"), [
    ("Le bourgmestre liégeois a inauguré la passerelle.", "fr", "Liège"),
    ("Les commerçants bruxellois se plaignent des travaux.", "fr", "Brussels"),
    ("La police montréalaise a arrêté deux suspects.", "fr", "Montreal"),
    ("Le gouvernement jurassien a présenté son budget.", "fr", "Jura"),
    ("La alcaldesa cordobesa presentó el plan de tráfico.", "es", "Córdoba"),
    ("Los comerciantes limeños cerraron sus tiendas.", "es", "Lima"),
    ("La empresa regiomontana despidió a 40 empleados.", "es", "Monterrey"),
])
def test_a_towns_or_a_regions_adjective_in_lower_case_names_it(sentence, lang, place) -> None:
    assert (place, "place") in found(sentence, lang)


def test_a_towns_adjective_after_a_known_place_is_part_of_a_regions_name() -> None:
    assert ("Bern", "place") not in found("Les urgences accueillent des patients du Jura bernois.", "fr")


@pytest.mark.parametrize(("sentence", "department"), [
    ("Deux apiculteurs de l’Aude ont été condamnés à Carcassonne.", "Aude"),
    ("Les pompiers du Var ont été appelés en renfort.", "Var"),
])
def test_a_departement_named_like_a_given_name_or_a_word_is_one_after_its_article(sentence, department) -> None:
    assert (department, "place") in found(sentence, "fr")


def test_a_given_name_a_departement_shares_without_an_article_is_a_persons() -> None:
    assert ("Aude Martin", "person") in found("Aude Martin a témoigné mardi.", "fr")
