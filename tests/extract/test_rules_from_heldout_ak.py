"""Rules from heldout_ak's misses (development data since heldout_al was written), checked on new
sentences: a ministry of several portfolios is one name; what a body is for, in two parts, even when
the second reads like a name; law firms, exchanges and pharmacies named by their last word; a town's
name followed by the subject's article ends there; points and peaks; the town someone named in full
comes "aus" in German; Chinese and Japanese bodies named by a professional association's or a bus
company's word, and Guizhou's bodies, whose name opens with the word for "your"."""

from __future__ import annotations

import pytest

from storyweave.extract.cjk import cjk_entities

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


@pytest.mark.parametrize(
    ("sentence", "lang", "body"),
    [("贵州大学表示，喀斯特地区存不住水。", "zh", "贵州大学"), ("贵州省气象台表示，9月以来降水少。", "zh", "贵州省气象台"),
     ("富山県薬剤師会の中川由美会長は「自己判断で飲まないで」と述べた。", "ja", "富山県薬剤師会"),
     ("屏東客運表示，已調整4條公車路線。", "zh", "屏東客運")],
)
def test_bodies_by_the_word_their_name_ends_with(sentence: str, lang: str, body: str) -> None:
    assert (body, "org", body) in [(m.text, m.kind, m.canonical) for m in cjk_entities([sentence], lang)]


def test_your_company_is_no_body() -> None:
    assert not any(m.kind == "org" for m in cjk_entities(["贵公司表示同意。"], "zh"))


def test_a_portfolio_noun_and_a_place_are_no_ones_name() -> None:
    names = found("El ministro de Producción de Chubut, Gustavo Pereyra, afirmó que fue la mejor temporada.", "es")
    assert ("Gustavo Pereyra", "person") in names and not any(kind == "person" and "Producción" in name for name, kind in names)


@pytest.mark.parametrize("name", ["Concepción Arenal", "Asunción Rivas"])
def test_given_names_with_a_nouns_ending_stay_people(name: str) -> None:
    assert (name, "person") in found(f"La escritora {name} publicó un libro el lunes.", "es")


def test_a_borgo_is_a_place() -> None:
    assert ("Borgo Sanvitale", "place") in found("I residenti di Borgo Sanvitale aspettano i rimborsi.", "it")


def test_a_known_bodys_lower_case_tail_at_a_sentences_end() -> None:
    assert ("European Union", "org") in found("Il governo discute un tetto al prezzo del gas per l’Unione europea.", "it")


@pytest.mark.parametrize(("sentence", "lang", "place"),
                         [("Incautaron azafrán iraní etiquetado como nacional.", "es", "Iran"),
                          ("La cosecha manchega cae a la mitad este año.", "es", "La Mancha"),
                          ("C’est un préjudice inestimable pour le patrimoine wallon.", "fr", "Wallonia")])
def test_more_lower_case_demonyms(sentence: str, lang: str, place: str) -> None:
    assert (place, "place") in found(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "body"),
    [("Laut Angaben der Bundesanstalt für Gewässerkunde sank der Pegel.", "Bundesanstalt für Gewässerkunde"),
     ("Nach Angaben des Amts für Forst und Naturgefahren bewegt sich der Hang.", "Amt für Forst und Naturgefahren"),
     ("Das zeigt eine Studie der Eidgenössischen Forschungsanstalt für Wald, Schnee und Landschaft.",
      "Eidgenössische Forschungsanstalt für Wald, Schnee und Landschaft")],
)
def test_german_bodies_of_several_fields_without_the_noun_before_them(sentence: str, body: str) -> None:
    names = found(sentence, "de")
    assert (body, "org") in names and not any(name.startswith("Angaben") for name, _ in names)
