"""Rules from a second pass over heldout_bl's misses, checked on new sentences: a body whose name lists its
fields with articles ("la Madera y el Carbón Vegetal"); a route's first end named with "St."; a person
whose surname's capitalised particle precedes a landform's word; Belgium's provinces and a government
named by its province or Uruguay's "Intendencia"; a court named with its region and the region's
adjective; a body the lists know whose name opens with a demonym or holds "and"; a saint's name in the
possessive alone is a church or a school (the one the article names in full, if any), and a saint's day
no one."""

from __future__ import annotations

import pytest

from extraction import article_names, found


@pytest.mark.parametrize(("sentence", "lang", "body"), [
    ("El Instituto de la Vid, el Olivo y la Huerta publicó el informe.", "es",
     "Instituto de la Vid, el Olivo y la Huerta"),
    ("La Consejería de Cultura, las Lenguas y los Deportes lo anunció.", "es",
     "Consejería de Cultura, las Lenguas y los Deportes"),
    ("Lo ha comunicato il Ministero dell’Ambiente, della Sicurezza energetica e delle Acque.", "it",
     "Ministero dell’Ambiente, della Sicurezza energetica e delle Acque"),
    ("Le ministère de l’Économie, des Finances et de la Relance a confirmé la mesure.", "fr",
     "ministère de l’Économie, des Finances et de la Relance"),
])
def test_a_body_listing_its_fields_with_articles_is_one_name(sentence, lang, body) -> None:
    assert (body, "org") in found(sentence, lang)


def test_a_listed_field_after_an_article_is_no_place() -> None:
    names = found("El Instituto del Coco, la Palma y el Dátil ha cerrado.", "es")  # (Palma, a town, is a field here)
    assert ("Instituto del Coco, la Palma y el Dátil", "org") in names
    assert not [name for name in names if name[1] == "place"]


def test_a_ministry_and_people_after_its_comma_stay_apart() -> None:
    names = found("Según el ministerio de Sanidad, Carmen Ruiz y Pedro Gómez firmaron el acuerdo.", "es")
    assert {("ministerio de Sanidad", "org"), ("Carmen Ruiz", "person"), ("Pedro Gómez", "person")} <= names


@pytest.mark.parametrize(("sentence", "lang", "town"), [
    ("Der Bus pendelt zwischen St. Pölten und Lilienfeld.", "de", "Lilienfeld"),
    ("The ferry sails between St. Helier and Carteret.", "en", "Carteret"),
])
def test_a_route_whose_first_end_is_named_with_st_has_a_place_at_its_other(sentence, lang, town) -> None:
    assert (town, "place") in found(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang", "person"), [
    ("Le studio fut fondé par Lee De Forest en 1910.", "fr", "Lee De Forest"),
    ("The mill was bought by Peter Van Lake in 1901.", "en", "Peter Van Lake"),
])
def test_a_given_name_and_a_surname_with_its_particle_is_a_person(sentence, lang, person) -> None:
    assert (person, "person") in found(sentence, lang)


def test_a_landform_after_a_known_place_stays_a_place() -> None:
    assert ("Cheddar Gorge", "place") in found("The road through Cheddar Gorge was closed by a rockfall.", "en")


@pytest.mark.parametrize(("sentence", "lang", "place"), [
    ("La Province de Hainaut a financé la rénovation du musée.", "fr", "Hainaut"),
    ("La Intendencia de Canelones presentó el plan de obras.", "es", "Canelones"),
    ("Le parquet du Brabant wallon a fait appel.", "fr", "Walloon Brabant"),
    ("Het gebeurde in West-Vlaanderen.", "fr", "West Flanders"),
])
def test_a_province_and_its_government_name_the_place(sentence, lang, place) -> None:
    assert place in {canonical for canonical, kind in found(sentence, lang) if kind == "place"}


def test_a_belgian_province_named_like_its_city_is_the_city() -> None:
    assert ("Antwerp", "place") in found("Die Firma sitzt in Antwerpen.", "de")


def test_a_province_alone_names_no_place() -> None:
    assert not [name for name in found("Le député a dit que la Province paierait la moitié.", "fr") if name[1] in {"place", "org"}]


def test_a_court_named_with_its_region_and_the_regions_adjective_is_one_body() -> None:
    names = found("Le tribunal correctionnel du Brabant wallon a condamné le gérant.", "fr")
    assert ("tribunal correctionnel du Brabant wallon", "org") in names


@pytest.mark.parametrize(("sentence", "lang", "body"), [
    ("The mill was sold, English Heritage said on Tuesday.", "en", "English Heritage"),
    ("Scottish Natural Heritage counted 40 pairs of eagles.", "en", "Scottish Natural Heritage"),
])
def test_a_body_the_lists_know_that_opens_with_a_demonym_or_a_place_stays_one(sentence, lang, body) -> None:
    assert (body, "org") in found(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang", "body"), [
    ("Inspectors from Immigration and Customs Enforcement arrived on Monday.", "en", "Immigration and Customs Enforcement"),
    ("The Canal & River Trust drained the lock.", "en", "Canal & River Trust"),
    ("D’après Pêches et Océans Canada, le quota baissera.", "fr", "Pêches et Océans Canada"),
])
def test_a_body_the_lists_know_whose_name_holds_and_is_one_name(sentence, lang, body) -> None:
    names = found(sentence, lang)
    assert (body, "org") in names
    assert not [name for name in names if name[0] != body and name[0] in body]


def test_a_saints_name_alone_is_the_building_named_before() -> None:
    text = ("Choir returns\n\nThe choir of St Aidan's Church in Bamburgh sang again on Sunday.\n\n"
            "The organist of St Aidan's, Ruth Pringle, said the new roof had saved the building.")
    names = article_names(text)
    assert ("St Aidan's", "place", "St Aidan's Church") in names
    assert not [name for name in names if name[1] == "person" and name[0].startswith("St")]


def test_a_saints_name_alone_is_a_place_and_a_saints_day_no_one() -> None:
    assert ("St Columba's", "place") in found("Pupils from St Columba's won the quiz.", "en")
    assert not [name for name in found("St Andrew's Day is a holiday in Scotland.", "en") if name[1] in {"person", "place"}
                and name[0].startswith("St")]
