"""Rules from heldout_be's misses (development data since heldout_bf was scored), checked on new
sentences: a Romance site named right after its lower-case kind (a stadium, a telescope, a mount, a
ravine, an airport), with its town or its body after it; roads by their codes; an English isle
named after a month; a credit line's given name that is also a title; a body after ", and the" in
a list; a body that owns another with a possessive; German scientists' nouns as roles, two
compounds sharing their last part, a body of its place before a noun; French places
joined by hyphens after a point, a cove, a bay or a harbour; Japanese airports, fishing ports and
stations the dictionary reads, after a place it has as a family name too."""

from __future__ import annotations

import pytest

from extraction import found, names, named_in_characters


@pytest.mark.parametrize(("sentence", "lang", "text", "canonical"), [
    ("La partita si giocherà allo stadio Ezio Scida domenica.", "it", "stadio Ezio Scida", "Stadio Ezio Scida"),
    ("El concierto será en el estadio Ramón Sánchez Pizjuán.", "es", "estadio Ramón Sánchez Pizjuán", "Estadio Ramón Sánchez Pizjuán"),
    ("Le match au stade Geoffroy-Guichard a été reporté.", "fr", "stade Geoffroy-Guichard", "Stade Geoffroy-Guichard"),
    ("Il telescopio Galileo ha fotografato la cometa.", "it", "telescopio Galileo", "Galileo Telescope"),
    ("I soccorritori sono saliti sul monte Vettore ieri.", "it", "monte Vettore", "Mount Vettore"),
    ("El agua bajó por la barranca Honda durante la noche.", "es", "barranca Honda", "Honda Ravine"),
])
def test_a_site_named_right_after_its_lower_case_kind_is_that_site(sentence, lang, text, canonical) -> None:
    assert (text, "place", canonical) in names(sentence, lang)


def test_a_site_whose_kind_a_known_place_names_keeps_the_known_name() -> None:
    assert ("monte Bianco", "place", "Mont Blanc") in names("Sul monte Bianco è caduta la neve.", "it")


def test_the_town_after_a_stadium_is_its_town() -> None:
    found_names = names("La squadra giocherà allo stadio Tardini di Parma.", "it")
    assert ("stadio Tardini", "place", "Stadio Tardini") in found_names
    assert ("Parma", "place", "Parma") in found_names


def test_the_body_that_runs_a_telescope_is_a_body_of_its_own() -> None:
    found_names = names("Il telescopio Hale dell’Osservatorio astronomico di Brera ha ripreso le osservazioni.", "it")
    assert ("telescopio Hale", "place", "Hale Telescope") in found_names
    assert not any(text.startswith("telescopio Hale dell") for text, _, _ in found_names)


@pytest.mark.parametrize(("sentence", "lang", "road"), [
    ("Un camion s’est renversé sur la N4 près de Namur.", "fr", "N4"),
    ("Nach dem Unfall war die A9 stundenlang gesperrt.", "de", "A9"),
    ("Auf der B31 staute sich der Verkehr.", "de", "B31"),
    ("Un incidente ha chiuso la SS16 per tre ore.", "it", "SS16"),
    ("Traffic backed up on the M6 motorway for hours.", "en", "M6"),
    ("Les bouchons s’allongent sur l’A6 ce week-end.", "fr", "A6"),
])
def test_a_road_by_its_code_is_a_place(sentence, lang, road) -> None:
    assert (road, "place") in found(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang", "code"), [
    ("Die G20 trifft sich in Rom.", "de", "G20"),
    ("Le vol s’est fait à bord de l’A350 d’Air France.", "fr", "A350"),
])
def test_a_group_or_an_aircraft_by_its_code_is_no_road(sentence, lang, code) -> None:
    assert (code, "place") not in found(sentence, lang)


def test_an_isle_named_after_a_month_is_an_isle() -> None:
    assert ("Isle of May", "place") in found("Puffins are back on the Isle of May, wardens said.", "en")


def test_a_month_after_of_is_still_a_date() -> None:
    assert not any(text.endswith("of May") for text, _, _ in names("The results of May were better.", "en"))


def test_a_credit_lines_given_name_that_is_a_title_is_the_name() -> None:
    assert ("Prince Osei", "person", "Prince Osei") in names(
        "The ministry did not reply.\n\nReporting by Prince Osei; Editing by Clara Jensen", "en")


def test_a_body_listed_after_a_comma_and_the_is_a_body_of_its_own() -> None:
    found_names = found("Funds came from the National Institute of Virology, and the World Health Organization sent experts.", "en")
    assert {("National Institute of Virology", "org"), ("World Health Organization", "org")} <= found_names


def test_a_ministry_of_several_fields_stays_one_name() -> None:
    assert ("Department of Agriculture, Fisheries and Forestry", "org") in found(
        "The Department of Agriculture, Fisheries and Forestry said so.", "en")


def test_a_university_that_owns_a_unit_and_the_unit_are_two_bodies() -> None:
    found_names = found("Divers from the University of St Andrews' Scottish Oceans Institute counted the fish.", "en")
    assert {("University of St Andrews", "org"), ("Scottish Oceans Institute", "org")} <= found_names


def test_a_saints_possessive_in_a_name_stays_in_it() -> None:
    assert ("St. Luke's Hospital", "org") in found("Patients at St. Luke's Hospital waited for hours.", "en")


def test_a_scientist_named_after_a_body_is_a_role() -> None:
    found_names = found("Die Deutsche Wildtier Stiftung (DWS) zählt die Tiere. DWS-Biologin Hanna Vogt sagte das.", "de")
    assert ("Hanna Vogt", "person") in found_names
    assert not any(text.startswith("DWS-Biologin") for text, _ in found_names)


def test_two_compounds_sharing_their_last_part_name_one_body() -> None:
    assert ("Wasserstraßen- und Schifffahrtsamt Elbe", "org") in found(
        "Das Wasserstraßen- und Schifffahrtsamt Elbe sperrte die Schleuse.", "de")


def test_a_body_of_its_place_then_a_noun_is_the_body() -> None:
    assert ("Verbraucherzentrale Hessen", "org") in found(
        "Der Fall flog auf, als die Verbraucherzentrale Hessen Messungen in 12 Städten vornahm.", "de")


@pytest.mark.parametrize("place", ["Pointe-aux-Trembles", "Anse-Bertrand", "Havre-Saint-Pierre"])
def test_a_french_place_joined_by_hyphens_after_a_point_a_cove_or_a_harbour_is_a_place(place) -> None:
    assert (place, "place") in found(f"Les pêcheurs de {place} ont manifesté hier.", "fr")


@pytest.mark.parametrize(("sentence", "text", "canonical"), [
    ("旅行者は女満別空港から網走に向かった。", "女満別空港", "Memanbetsu Airport"),
    ("銚子漁港で水揚げが始まった。", "銚子漁港", "Choshi Fishing Port"),
    ("富岡駅の利用者が増えた。", "富岡駅", "Tomioka Station"),
])
def test_a_japanese_airport_port_or_station_the_dictionary_reads_is_a_place(sentence, text, canonical) -> None:
    assert (text, "place", canonical) in named_in_characters([sentence], "ja")


def test_a_japanese_family_name_without_a_site_stays_a_person() -> None:
    assert ("富岡", "place") not in {(text, kind) for text, kind, _ in named_in_characters(["富岡さんが話した。"], "ja")}
