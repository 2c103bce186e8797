"""Rules from heldout_ak's misses (development data since heldout_al was written), checked on new
sentences: a ministry of several portfolios is one name; what a body is for, in two parts, even when
the second reads like a name; law firms, exchanges and pharmacies named by their last word; a town's
name followed by the subject's article ends there; points and peaks; the town someone named in full
comes "aus" in German."""

from __future__ import annotations

import pytest

from extraction import found


@pytest.mark.parametrize(
    ("sentence", "lang", "name"),
    [
        ("El Ministerio de Agricultura, Pesca y Alimentación publicó el informe el lunes.", "es",
         "Ministerio de Agricultura, Pesca y Alimentación"),
        ("The Department of Infrastructure, Transport, Regional Development and Communications said it would act.", "en",
         "Department of Infrastructure, Transport, Regional Development and Communications"),
        ("Il Ministero dell’Ambiente, Territorio e Mare ha firmato il decreto.", "it", "Ministero dell’Ambiente, Territorio e Mare"),
    ],
)
def test_a_ministry_of_several_portfolios_is_one_name(sentence: str, lang: str, name: str) -> None:
    assert (name, "org") in found(sentence, lang)


def test_people_after_a_ministrys_name_stay_people() -> None:
    names = found("Según el Ministerio de Sanidad, Juan Pérez y Ana López llegaron tarde.", "es")
    assert ("Ministerio de Sanidad", "org") in names and ("Juan Pérez", "person") in names


def test_what_a_body_is_for_in_two_parts() -> None:
    assert ("Instituto Nacional de Investigación y Desarrollo Pesquero", "org") in found(
        "El Instituto Nacional de Investigación y Desarrollo Pesquero publicó datos.", "es")


@pytest.mark.parametrize("name", ["Harrow Lyle LLP", "Winnipeg Stock Exchange", "Birchwood Pharmacies"])
def test_bodies_named_by_their_last_word(name: str) -> None:
    assert (name, "org") in found(f"Reporters asked {name} about the deal on Monday.", "en")


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("A Bruxelles la Commissione europea ha detto che il piano è pronto.", "it",
         {("Brussels", "place"), ("European Commission", "org")}),
        ("En Madrid el Gobierno aprobó el plan el martes.", "es", {("Madrid", "place")}),
    ],
)
def test_a_town_then_the_subjects_article_ends_the_name(sentence: str, lang: str, expected: set[tuple[str, str]]) -> None:
    names = found(sentence, lang)
    assert expected <= names and not any(" la " in name or " el " in name for name, _ in names)


@pytest.mark.parametrize(("sentence", "name"), [("El faro de Punta Morena quedó dañado el lunes.", "Punta Morena"),
                                                ("Los montañeros subieron al Pico Tres Hermanas con nieve.", "Pico Tres Hermanas")])
def test_a_point_or_a_peak_is_a_place(sentence: str, name: str) -> None:
    assert (name, "place") in found(sentence, "es")


@pytest.mark.parametrize(
    ("sentence", "town"),
    [("Die 17-jährige Lena Hofbauer aus Weißenkirchen hat das Turnier gewonnen.", "Weißenkirchen"),
     ("Die Firma Talmatt Pharma aus Rheinhalden rief 14 Chargen zurück.", "Rheinhalden")],
)
def test_where_someone_named_in_full_comes_from(sentence: str, town: str) -> None:
    assert (town, "place") in found(sentence, "de")


@pytest.mark.parametrize("sentence", ["Der Strom aus Kohle wird teurer.", "Mehr Strom aus Kohle kostet mehr."])
def test_what_something_is_made_from_is_no_town(sentence: str) -> None:
    assert not any(kind == "place" for _, kind in found(sentence, "de"))
