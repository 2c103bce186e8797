"""Rules from heldout_bo's misses (development data since heldout_bp was written), checked on new
sentences: a Romance article opening an English sentence is a place's own; a number's thousands after
a town are no one's age; dams and volcanoes named in English; an organisation's letters take the name
the article gives in full; German nouns on both sides of "zwischen … und …", a company named by what
it runs before its letters; the feast of Noël, and Noël as a given name; a river named like a country,
the English names of dams, reservoirs and French gulfs; Spanish "Vine"; Tschechien as the Czech
Republic; "Co-operative" whole."""

from __future__ import annotations

import pytest

from extraction import article_names, found, names


def test_a_romance_article_opening_an_english_sentence_belongs_to_the_place() -> None:
    assert ("La Trinidad", "place") in found('"We are ready," La Trinidad Mayor Romeo Salda said on Monday.', "en")


def test_a_towns_name_before_a_number_in_thousands_is_no_persons() -> None:
    assert ("Bayugan City", "place") in found("In Bayugan City, 2,400 families were moved to schools.", "en")


@pytest.mark.parametrize(("sentence", "place"), [
    ("The Kafue Gorge Dam supplies most of the country's power.", "Kafue Gorge Dam"),
    # (a given name before "Dam" is a person's: "Thomas Dam")
    ("Bulusan Volcano erupted twice on Tuesday, officials said.", "Bulusan Volcano"),
])
def test_a_dam_or_a_volcano_is_a_place(sentence, place) -> None:
    assert (place, "place") in found(sentence, "en")


def test_an_organisations_letters_take_the_name_the_article_gives_in_full() -> None:
    text = ("Floods cut road to Cusco\n\nLIMA, Peru (AP) — Floods cut the main road to Cusco on Sunday, officials said.\n\n"
            "Associated Press writer Ana Ruiz in Lima contributed to this report.")
    assert ("AP", "org", "Associated Press") in article_names(text)


def test_german_nouns_between_zwischen_and_und_are_no_places() -> None:
    named = names("Die Übertragung zwischen Wildvögeln und Geflügel ist gefährlich.", "de")
    assert not [name for name in named if name[1] == "place"]


def test_a_german_company_named_by_what_it_runs_is_its_letters() -> None:
    assert ("KVB", "org") in found("Die Verkehrsgesellschaft KVB meldete am Montag Ausfälle.", "de")


def test_noel_is_a_feast_alone_and_a_given_name_before_a_surname() -> None:
    assert not found("Les syndicats ont averti que la grève pourrait reprendre à Noël.", "fr")
    assert ("Noël Forgeard", "person") in found("Noël Forgeard a quitté la direction du groupe.", "fr")


@pytest.mark.parametrize(("sentence", "lang", "place"), [
    ("El río Uruguay creció 2 metros en una semana.", "es", "Uruguay River"),
    ("El río Colorado creció 2 metros en una semana.", "es", "Colorado River"),
    ("La diga di Ridracoli è piena.", "it", "Ridracoli Dam"),
    ("Le barrage de Serre-Ponçon est plein.", "fr", "Serre-Ponçon Dam"),
    # (the older sets' dams, labelled by their names alone, now take "Dam" as heldout_bb and heldout_bo label them)
    ("La presa El Granero está al 9% de su capacidad.", "es", "El Granero Dam"),
    ("El embalse de Buendía está al 20 % de su capacidad.", "es", "Buendía Reservoir"),
    ("Les ostréiculteurs du golfe du Morbihan sont inquiets.", "fr", "Gulf of Morbihan"),
])
def test_a_river_dam_reservoir_or_gulf_after_its_lower_case_kind_takes_its_english_name(sentence, lang, place) -> None:
    assert (place, "place") in found(sentence, lang)


def test_spanish_vine_is_no_vienna() -> None:
    assert ("Vienna", "place") not in found("«Vine a ver tortugas, no hoteles», comentó una turista.", "es")


def test_tschechien_is_the_czech_republic_as_the_labels_name_it() -> None:
    assert ("Czech Republic", "place") in found("Die Touristen kamen aus Tschechien und Polen.", "de")


def test_a_co_operative_keeps_its_whole_word() -> None:
    assert ("Orkney Fishermen's Co-operative Society", "org") in found(
        "The Orkney Fishermen's Co-operative Society said that 12 boats stayed in port.", "en")
