"""Rules from heldout_ax's misses (development data since heldout_ay was written), checked on new
sentences: a town alone on its line in capitals under a byline is the dateline; a paper's name of two words
an ampersand joins; a lone unknown word coordinated with a place; where someone "from" a place comes from;
a town in apposition; a town's quarter or a motorway's rest area; German route ends that end like nouns;
a body's name that "and" joins after "of" or "for" or between a place and its trade; a state's stud farm;
Spanish boards and coalitions; French adjectives of African countries; priests named by their office; "ricorda"
after a quote; rates per day and changes between two bare numbers; founding years; Chinese minutes."""

from __future__ import annotations

import pytest

from extraction import article_names, names, speakers
from storyweave.clean import clean_document
from storyweave.extract.figures import extract_figures
from storyweave.model import RawDocument


def _cleaned(text: str):
    return clean_document(RawDocument("d.txt", "d.txt", text))


def test_a_town_alone_on_its_line_under_a_byline_is_the_dateline() -> None:
    text = ("Ferry fares to rise on island routes\n\nBy Morag Lindsay, Island Courier\n\nSTORNOWAY\n\n"
            "Fares on the Ullapool crossing will rise by 9 per cent from April, the operator said on Monday.")
    doc = _cleaned(text)
    assert doc.dateline is not None and doc.dateline.place == "STORNOWAY"
    assert doc.body.startswith("Fares on the Ullapool crossing")
    assert ("STORNOWAY", "place", "Stornoway") in article_names(text)


def test_a_town_the_gazetteer_does_not_know_is_a_place_wherever_the_article_names_it() -> None:
    text = ("Record crowd at Ardcarrig show\n\nBy Ewan Baird, Highland Post\n\nARDCARRIG\n\n"
            "More than 4,000 people came to the show at Ardcarrig on Saturday.")
    assert {(text_, kind) for text_, kind, _ in article_names(text) if "rdcarrig" in text_.lower()} == {
        ("ARDCARRIG", "place"), ("Ardcarrig", "place")}


@pytest.mark.parametrize("label", ["NEWS", "LOCAL NEWS", "SPORT", "BREAKING"])
def test_a_section_label_or_a_kicker_under_a_byline_is_no_dateline(label: str) -> None:
    doc = _cleaned(f"Ferry fares to rise\n\nBy Morag Lindsay, Island Courier\n\n{label}\n\nFares will rise by 9 per cent from April.")
    assert doc.dateline is None


def test_a_line_in_capitals_with_no_byline_over_it_stays_in_the_body() -> None:
    doc = _cleaned("Ferry fares to rise\n\nSTORNOWAY\n\nFares will rise by 9 per cent from April.")
    assert doc.dateline is None and doc.body.startswith("STORNOWAY")


def test_two_words_an_ampersand_joins_in_a_byline_and_a_copyright_line_are_the_outlet() -> None:
    text = ("Mill to close after 90 years\n\nBy Carys Pugh, Echo & Mercury\n\n"
            "The Afon paper mill will close in March, its owner said on Tuesday.\n\n© 2026 Echo & Mercury")
    found = article_names(text)
    assert ("Echo & Mercury", "org", "Echo & Mercury") in found
    assert not any(kind == "person" and "Mercury" in text_ for text_, kind, _ in found)


def test_people_on_each_side_of_an_ampersand_stay_people() -> None:
    text = "Mill to close\n\nBy Carys Pugh & Dafydd Rees\n\nThe Afon paper mill will close in March, its owner said on Tuesday."
    found = article_names(text)
    assert not any(kind == "org" and "&" in text_ for text_, kind, _ in found)


@pytest.mark.parametrize(
    ("sentence", "lang", "place"),
    [
        ("The cooperative owns 14 farms in Glenmorrow and Ardbeg, its chairman said.", "en", "Ardbeg"),
        ("Les producteurs de Montélimar et d’Aubrenac ont perdu la moitié de la récolte.", "fr", "Aubrenac"),
        ("I pescatori di Chioggia e Pellestrina hanno protestato.", "it", "Pellestrina"),
        ("Die Feuerwehren aus Traunstein und Haslachdorf rückten aus.", "de", "Haslachdorf"),
    ],
)
def test_a_lone_unknown_word_coordinated_with_a_place_is_a_place(sentence: str, lang: str, place: str) -> None:
    assert (place, "place", place) in names(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang", "word"),
    [
        ("The club was sold to Milan and Inter.", "en", "Inter"),
        ("San Siro venduto a Milan e Inter dal Comune.", "it", "Inter"),
        ("Talks in Leeds and Jones's plans were discussed.", "en", "Jones"),
        ("The company lost money on its stakes in Zentrix and Kovalo, its report said.", "en", "Kovalo"),
        ("She has acted in Mulk and Article 15 since then.", "en", "Article"),
        ("He sang in Rodgers and Hammerstein's musical on Broadway.", "en", "Hammerstein"),
        ("Die Verhandlungen zwischen ÖVP und Grünen stehen vor dem Abschluss.", "de", "Grünen"),
        ("Er fuhr zwischen Montag und Freitagmorgen nicht zur Arbeit.", "de", "Freitagmorgen"),
        ("In Lederhosen und Dirndl zum Volksfest nach Rosenheim.", "de", "Dirndl"),
    ],
)
def test_what_follows_to_or_a_surname_is_no_coordinated_place(sentence: str, lang: str, word: str) -> None:
    assert not any(text == word and kind == "place" for text, kind, _ in names(sentence, lang))


def test_where_someone_from_a_place_comes_from_is_a_place() -> None:
    found = names("Lineo Mofokeng, a shepherd from Ha Sekake, said that 30 sheep had died.", "en")
    assert ("Ha Sekake", "place", "Ha Sekake") in found


@pytest.mark.parametrize("sentence", ["Workers from Dunmore Foods said that pay had not risen.",
                                      "He starred in the musical The Boy From Ozmar last year."])
def test_workers_from_an_employer_or_a_title_name_no_place(sentence: str) -> None:
    assert not any(kind == "place" for _, kind, _ in names(sentence, "en"))


def test_a_name_in_apposition_to_the_nearest_town_is_a_place() -> None:
    found = names("Supplies reach Kiphire, the nearest town, by road, and the road floods every July.", "en")
    assert ("Kiphire", "place", "Kiphire") in found


def test_a_person_described_as_a_town_councillor_is_no_place() -> None:
    found = names("The plan was backed by Morwenna Tregear, a town councillor, on Monday.", "en")
    assert not any(kind == "place" for _, kind, _ in found)


@pytest.mark.parametrize(
    ("sentence", "lang", "place"),
    [
        ("Un uomo ha aggredito una donna di 72 anni nel quartiere di Bonagia.", "it", "Bonagia"),
        ("Lo ha detto la portavoce del comitato di rione di Bonagia.", "it", "Bonagia"),
        ("Un nouveau parking de 300 places ouvrira sur l’aire de Montlaudun.", "fr", "Montlaudun"),
    ],
)
def test_a_towns_quarter_or_a_motorways_rest_area_is_a_place(sentence: str, lang: str, place: str) -> None:
    assert (place, "place", place) in names(sentence, lang)


def test_a_german_route_end_that_ends_like_a_noun_is_still_a_place() -> None:
    found = names("Die Buslinie zwischen Unterbarmen und Heckinghausen fährt ab Montag wieder.", "de")
    assert {("Unterbarmen", "place", "Unterbarmen"), ("Heckinghausen", "place", "Heckinghausen")} <= found


def test_two_nouns_between_is_no_route() -> None:
    assert names("Die Balance zwischen Arbeiten und Wohnen ist schwer zu finden.", "de") == set()


@pytest.mark.parametrize(
    ("sentence", "org"),
    [
        ("The Tasmanian Department for Primary Industries and Water said that it would act.",
         "Tasmanian Department for Primary Industries and Water"),
        ("Ntate Moloi chairs the Maseru Cattle and Goat Breeders Association, which has 900 members.",
         "Maseru Cattle and Goat Breeders Association"),
    ],
)
def test_a_bodys_name_that_and_joins_is_one_name(sentence: str, org: str) -> None:
    assert (org, "org", org) in names(sentence, "en")


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        ("Daimler AG and Chrysler Holding LLC signed the deal.", "Chrysler Holding LLC"),
        ("The Hang Seng and Singapore Straits Times index rose on Monday.", "Singapore Straits Times"),
    ],
)
def test_two_bodies_and_joins_stay_two(sentence: str, second: str) -> None:
    assert any(text == second for text, _, _ in names(sentence, "en"))


def test_a_foundation_named_after_two_people_is_still_split() -> None:
    found = names("The Anna Berg and Tom Holt Foundation gave 5,000 pounds.", "en")
    assert not any(kind == "org" and text.startswith("Anna") for text, kind, _ in found)


@pytest.mark.parametrize(
    ("sentence", "org"),
    [
        ("Nach Angaben des Verkehrsverbunds Oberelbe fahren wieder alle Züge.", "Verkehrsverbund Oberelbe"),
        ("Die Fohlen des Landesgestüts Marbach sind gesund.", "Landesgestüt Marbach"),
    ],
)
def test_a_transport_association_or_a_stud_farm_in_the_genitive_is_named_in_the_nominative(sentence: str, org: str) -> None:
    assert any(kind == "org" and canonical == org for _, kind, canonical in names(sentence, "de"))


@pytest.mark.parametrize("sentence", ["Im Landesgestüt Marbach kamen heuer 31 Fohlen zur Welt.", "Das Bundesgestüt Neustadt teilte mit, dass es spart."])
def test_a_states_stud_farm_is_a_body(sentence: str) -> None:
    assert any(kind == "org" and "gestüt" in text for text, kind, _ in names(sentence, "de"))


@pytest.mark.parametrize(
    ("sentence", "org"),
    [
        ("El Patronato del Museo de Bellas Artes vendió 40.000 entradas.", "Patronato del Museo de Bellas Artes"),
        ("La Coordinadora de Agricultores y Ganaderos convocó una protesta.", "Coordinadora de Agricultores y Ganaderos"),
    ],
)
def test_spanish_boards_and_coalitions_are_bodies(sentence: str, org: str) -> None:
    assert (org, "org", org) in names(sentence, "es")


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Les chauffeurs togolais réclament des hausses de salaire.", "Togo"),
        ("La police béninoise a fermé la frontière.", "Benin"),
        ("Le gouvernement gabonais a annoncé un plan.", "Gabon"),
    ],
)
def test_french_adjectives_of_african_countries_are_places(sentence: str, place: str) -> None:
    assert any(kind == "place" and canonical == place for _, kind, canonical in names(sentence, "fr"))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Pater Anselm Kühne leitet das Kloster seit 2019. „Wir bleiben für alle offen“, sagte der Pater.", "Anselm Kühne"),
        ("Le curé Bernard Lhomme dirige la paroisse depuis 2015. « Nous restons ouverts », a ajouté le curé.", "Bernard Lhomme"),
    ],
)
def test_a_priest_named_by_his_office_is_the_priest_named_before(text: str, speaker: str) -> None:
    assert set(speakers(text).values()) == {speaker}


def test_recalls_after_a_quote_names_its_speaker_in_italian() -> None:
    said = speakers("«Il porto è cambiato», ha detto il presidente, Carlo Ruggeri. "
                    "«Prima si aspettava tre giorni», ricorda Nino Scalia, camionista da 20 anni.")
    assert said == {"Il porto è cambiato": "Carlo Ruggeri", "Prima si aspettava tre giorni": "Nino Scalia"}


@pytest.mark.parametrize(
    ("sentence", "lang", "values"),
    [
        ("Dal 2027 le auto ammesse saranno 2.500 al giorno, su prenotazione.", "it", [2500]),
        ("The council set a cap of 1,800 a day from March.", "en", [1800]),
        ("Gli affitti brevi sono passati da 700 a 1.900 in cinque anni.", "it", [700, 1900]),
        ("The number of permits went from 265 to 410 since 2019.", "en", [265, 410]),
    ],
)
def test_a_rate_per_day_and_a_change_between_two_bare_numbers_are_figures(sentence: str, lang: str, values: list[int]) -> None:
    assert [f.value for f in extract_figures([sentence], set(), lang) if f.counts is None] == values


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Il voto dei clienti va da 1 a 10.", "it"),
        ("The office is open from 9 to 5 on weekdays.", "en"),
        ("In Lipica, wo die Rasse 1580 begründet wurde, ist es still.", "de"),
        ("The abbey, 1130 founded by monks, is closed.", "en"),
    ],
)
def test_hours_a_scale_and_a_founding_year_are_no_figures(sentence: str, lang: str) -> None:
    assert extract_figures([sentence], set(), lang) == []


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("市民說：「以前15分鐘就到市區，現在要繞35分鐘。」", [15, 35]),
        ("乘客表示，班距缩短至4分钟。", [4]),
    ],
)
def test_chinese_minutes_are_figures(sentence: str, values: list[int]) -> None:
    assert [f.value for f in extract_figures([sentence], set(), "zh")] == values


@pytest.mark.parametrize("sentence", ["让居民步行15分钟内到达地铁站。", "升空约15分钟后，卫星入轨。", "今年前10个月，出口增长。"])
def test_minutes_within_or_after_and_a_years_first_months_are_no_figures(sentence: str) -> None:
    assert [f for f in extract_figures([sentence], set(), "zh") if f.counts in {"分钟", "个月"}] == []
