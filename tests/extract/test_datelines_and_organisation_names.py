"""Entities a dateline names, and organisation names that run on past "on"/"for", start with an
article, or end in a company's word. Texts, towns, people and companies are invented."""

from __future__ import annotations

import pytest

from storyweave.clean import clean_document
from storyweave.extract import analyse
from storyweave.extract.entities import extract_entities
from storyweave.group.features import article_features
from storyweave.model import Article, RawDocument

from extraction import found


def analysed(text: str) -> Article:
    raw = RawDocument("x.txt", "x.txt", text)
    return analyse(raw, clean_document(raw))


def named(article: Article) -> set[tuple[str, str]]:
    return {(m.canonical, m.kind) for m in article.entities}


def test_a_dateline_names_the_town_the_country_and_the_agency() -> None:
    article = analysed(
        "Bridge closed after barge strike\n\n"
        "KORVANO, Ecuador, June 3 (AP) — A grain barge struck the old river bridge on Monday, engineers said.\n\n"
        "Traffic was diverted through the hills."
    )
    assert {("Korvano", "place"), ("Ecuador", "place"), ("AP", "org")} <= named(article)


def test_a_dateline_place_in_capitals_takes_its_usual_english_name_and_a_state_abbreviation_names_the_state() -> None:
    article = analysed(
        "Storm cuts power\n\nROMA, 4 giugno (ANSA) - Un temporale ha lasciato senza corrente tremila famiglie.\n\nAltro testo qui."
    )
    assert ("Rome", "place") in named(article)
    florida = analysed("Storm cuts power\n\nBAYFORD, Fla., June 4 (AP) — A storm left 3,000 homes dark.\n\nMore text.")
    assert ("Bayford", "place") in named(florida)
    # (as the labelled sets since heldout_w take "N.L.", "Ont.", "B.C." after a dateline's town)
    assert ("Fla.", "place", "Florida") in {(m.text, m.kind, m.canonical) for m in florida.entities}


def test_the_agency_that_filed_a_report_is_no_grouping_evidence() -> None:
    one = analysed("Dam opens\n\nVELDA, May 2 (Reuters) - Engineers opened the Velda dam after a week of rain.\n\nMore.")
    other = analysed("Vote counted\n\nMARSK, May 2 (Reuters) - Election officials finished the count in Marsk.\n\nMore.")
    assert ("Reuters", "org") in named(one) and ("Reuters", "org") in named(other)
    shared = set(article_features(one).entities) & set(article_features(other).entities)
    assert not shared


@pytest.mark.parametrize(
    ("sentence", "canonical"),
    [
        ("The Varnia National Commission on Human Rights said 40 people were held.", "Varnia National Commission on Human Rights"),
        ("Aid came from the International Organization for Migration on Friday.", "International Organization for Migration"),
        ("Das Institut für Küstenforschung warnte vor Sturmfluten.", "Institut für Küstenforschung"),
    ],
)
def test_an_organisation_name_runs_on_past_on_and_for(sentence: str, canonical: str) -> None:
    assert (canonical, "org") in {(m.canonical, m.kind) for m in extract_entities([sentence], "de" if "Das" in sentence else "en")}


def test_a_weekday_after_on_is_not_part_of_the_organisation() -> None:
    mentions = extract_entities(["The Harbour Commission on Thursday rejected the plan."], "en")
    assert ("Harbour Commission", "org") in {(m.canonical, m.kind) for m in mentions}
    assert not any("Thursday" in m.canonical for m in mentions)


def test_an_organisation_opening_a_sentence_with_its_article() -> None:
    mentions = extract_entities(["El Fondo Monetario Internacional aprobó el préstamo el miércoles."], "es")
    assert ("International Monetary Fund", "org") in {(m.canonical, m.kind) for m in mentions}


@pytest.mark.parametrize("name", ["Corvell Ventures", "Lindqvist Seaways", "Brakmoor Terminals", "Tessaro Mining", "Alpbach Bergbahnen AG",
                                  "Dunmere Water", "Glenross Sea Farms", "Residuos Valdemar SA"])
def test_a_company_named_by_its_trade_is_an_organisation_not_a_person(name: str) -> None:
    mentions = extract_entities([f"Workers at {name} stopped work on Monday after the accident."], "en")
    assert (name, "org") in {(m.canonical, m.kind) for m in mentions}


@pytest.mark.parametrize(("sentence", "place"), [
    ("Salmon escaped into the River Tallow near the farm, inspectors said.", "River Tallow"),
    ("The pen was moored in Loch Brennan for six years.", "Loch Brennan"),
    ("Ferries to the Isle of Carrig were cancelled on Monday.", "Isle of Carrig"),
])
def test_a_water_or_an_island_named_by_its_kind_is_a_place(sentence: str, place: str) -> None:
    assert (place, "place") in {(m.canonical, m.kind) for m in extract_entities([sentence], "en")}


def test_a_town_in_a_dateline_with_an_agency_is_a_place_however_short() -> None:
    article = analysed("Pegel fällt weiter\n\nKAUB (dpa) - Der Pegel bei Kaub ist auf 41 Zentimeter gefallen.\n\nMehr Text folgt.")
    assert [m.canonical for m in article.entities if m.kind == "place"].count("Kaub") == 2


def test_the_united_kingdoms_nations_are_places_and_their_demonyms_name_them() -> None:
    mentions = extract_entities(["Scottish trawlers stayed in port from Wales to Scotland as the Philippine ferry sailed."], "en")
    found = {(m.canonical, m.kind) for m in mentions}
    assert {("Scotland", "place"), ("Wales", "place"), ("Philippines", "place")} <= found


def test_a_dateline_with_its_country_in_brackets_names_both_and_dates_the_report() -> None:
    article = analysed(
        "Lluvias en el norte\n\nPUERTO ALBÁREZ (Varnia), 3 de marzo de 2025 -- Las lluvias cortaron la ruta principal.\n\nMás texto."
    )
    assert {("Puerto Albárez", "place"), ("Varnia", "place")} <= named(article)
    assert article.published == "2025-03-03"


@pytest.mark.parametrize(("sentence", "lang", "expected"), [
    ("La Junta de Castilla y León activó el plan contra la plaga.", "es", {("Castile and León", "place")}),
    ("Los agricultores de Castilla y León piden ayudas.", "es", {("Castile and León", "place")}),
    ("Ministers from Trinidad and Tobago arrived on Monday.", "en", {("Trinidad and Tobago", "place")}),
    ("Vertreter aus Bayern und Sachsen kamen.", "de", {("Bavaria", "place"), ("Saxony", "place")}),
])
def test_and_inside_a_places_name_joins_it_and_between_two_places_does_not(sentence: str, lang: str, expected: set) -> None:
    assert {(m.canonical, m.kind) for m in extract_entities([sentence], lang)} == expected


@pytest.mark.parametrize(("sentence", "lang", "name", "kind"), [
    ("Trains left Union Station two hours late.", "en", "Union Station", "place"),
    ("Traffic on Kelby Bridge was halted on Monday.", "en", "Kelby Bridge", "place"),
    ("Educación Sin Fronteras pidió ayuda al Gobierno.", "es", "Educación Sin Fronteras", "org"),
    ("La Procura di Siena ha aperto un fascicolo.", "it", "Procura di Siena", "org"),
])
def test_structures_are_places_and_bodies_named_by_their_office_are_organisations(sentence: str, lang: str, name: str, kind: str) -> None:
    assert (name, kind) in {(m.canonical, m.kind) for m in extract_entities([sentence], lang)}


def test_a_known_name_with_a_lower_case_word_inside_is_one_mention() -> None:
    mentions = extract_entities(["Según Ecologistas en Acción, el vertido es grave."], "es")
    assert [(m.canonical, m.kind) for m in mentions] == [("Ecologistas en Acción", "org")]


def test_a_name_shared_by_several_cities_is_the_biggest_ones() -> None:
    mentions = extract_entities(["El aceite de Jaen subió un 12 por ciento."], "es")
    assert ("Jaén", "place") in {(m.canonical, m.kind) for m in mentions}  # Spain's Jaén, not the Philippines' Jaen


@pytest.mark.parametrize(("sentence", "lang", "name"), [
    ("Secondo l'Ispra, in Liguria vivono circa 300 lupi.", "it", "Ispra"),
    ("Il Codacons ha sostenuto che le multe sono illegittime.", "it", "Codacons"),
    ("Selon l’Ifremer, le stock a diminué de 30 %.", "fr", "Ifremer"),
])
def test_a_one_word_name_after_an_article_is_a_body(sentence: str, lang: str, name: str) -> None:
    assert (name, "org") in {(m.canonical, m.kind) for m in extract_entities([sentence], lang)}


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Le ministre de la Santé a annoncé un plan.", "fr"),
    ("L'assessore regionale all'Agricoltura ha chiesto aiuti.", "it"),
])
def test_a_portfolio_after_an_article_is_no_body(sentence: str, lang: str) -> None:
    assert not any(m.kind == "org" for m in extract_entities([sentence], lang))


@pytest.mark.parametrize(("sentence", "lang", "body"), [
    ("Selon l’Institut de la statistique du Québec, les ventes ont baissé.", "fr", "Institut de la statistique du Québec"),
    ("Selon la Fédération des viticulteurs de l’Yonne, 200 hectares sont touchés.", "fr", "Fédération des viticulteurs de l’Yonne"),
    ("Le chèque ira au profit de la Ligue contre le cancer.", "fr", "Ligue contre le cancer"),
    ("La chercheuse du Muséum national d’histoire naturelle a estimé.", "fr", "Muséum national d’histoire naturelle"),
    ("L’Office fédéral de l’énergie estime que la Suisse pourra.", "fr", "Office fédéral de l’énergie"),
    ("Il Consorzio di tutela del Pecorino Sardo ha annunciato una causa.", "it", "Consorzio di tutela del Pecorino Sardo"),
    # what it is of, elided, as the sentence's last word (with the full stop on it)
    ("Les ventes ont baissé, selon l’Office fédéral de l’agriculture.", "fr", "Office fédéral de l’agriculture"),
    ("Lo ha detto la direttrice del Museo civico d’arte.", "it", "Museo civico d’arte"),
    # a party: its first word, then its adjectives in lower case
    ("La candidate du Parti socialiste a perdu de 212 voix.", "fr", "Parti socialiste"),
    ("Il Partito comunista italiano nacque a Livorno.", "it", "Partito comunista italiano"),
])
def test_a_romance_bodys_name_runs_on_through_what_it_is_of_or_for(sentence: str, lang: str, body: str) -> None:
    assert (body, "org") in {(m.canonical, m.kind) for m in extract_entities([sentence], lang)}


@pytest.mark.parametrize(("sentence", "lang", "place"), [
    ("Lo ha annunciato il Comune di Napoli.", "it", "Naples"),
    ("Informó ayer el Gobierno de Cantabria.", "es", "Cantabria"),
    ("La Regione Umbria ha stanziato due milioni per i sentieri.", "it", "Umbria"),
    ("Il Comune dell’Aquila ha chiuso due scuole.", "it", "L'Aquila"),
    ("La Provincia di Cuneo ha riaperto la strada.", "it", "Cuneo"),
    ("El Ayuntamiento de Teruel cerró el puente.", "es", "Teruel"),
    ("El Cabildo de La Palma pidió ayuda.", "es", "La Palma"),
    ("La Région Bretagne finance trois lycées.", "fr", "Brittany"),
    ("La Région wallonne a fermé la route.", "fr", "Wallonia"),
    ("La Regione Siciliana ha chiesto lo stato di calamità.", "it", "Sicily"),
    ("La Ville de Sherbrooke a fermé le pont.", "fr", "Sherbrooke"),
])
def test_a_romance_government_named_with_its_place_is_that_place(sentence: str, lang: str, place: str) -> None:
    # the place acting through its government, as a capital for its state ("Madrid ha desplegado")
    assert {(m.canonical, m.kind) for m in extract_entities([sentence], lang)} == {(place, "place")}


@pytest.mark.parametrize(("sentence", "lang", "expected"), [
    ("La Junta de Regantes del Alto Aragón pidió agua.", "es", ("Junta de Regantes del Alto Aragón", "org")),
    ("La Région Sud finance le projet.", "fr", ("Région Sud", "org")),
    ("Il Comune di Ostuni e la Regione Puglia hanno firmato.", "it", ("Apulia", "place")),
])
def test_a_body_named_like_a_government_that_names_no_place_stays_a_body(sentence: str, lang: str, expected: tuple) -> None:
    assert expected in {(m.canonical, m.kind) for m in extract_entities([sentence], lang)}


@pytest.mark.parametrize(("sentence", "lang"), [
    ("La Junta aprobó ayer el decreto.", "es"),
    ("Lo ha deciso la Provincia dopo la frana.", "it"),
    ("El Gobierno aprobó ayer el decreto.", "es"),
])
def test_a_government_no_name_tells_is_no_entity(sentence: str, lang: str) -> None:
    assert {m.kind for m in extract_entities([sentence], lang)} <= {"other"}


@pytest.mark.parametrize(
    ("sentence", "lang", "name"),
    [
        ("Output at Ardmore Ridge Distillery fell by a fifth last year.", "en", "Ardmore Ridge Distillery"),
        ("Fundraising for Kelston Vale Hospice reached a record in December.", "en", "Kelston Vale Hospice"),
        ("The operator, Portmere Harbour Limited, said the quay would reopen in May.", "en", "Portmere Harbour Limited"),
        ("Las Bodegas Ruiz Almansa vendieron un 8% más en Navidad.", "es", "Bodegas Ruiz Almansa"),
        ("Il Birrificio Valsorda ha assunto dieci persone.", "it", "Birrificio Valsorda"),
    ],
)
def test_a_maker_or_carer_named_by_what_it_is_is_an_organisation(sentence, lang, name):
    assert (name, "org") in found(sentence, lang)
