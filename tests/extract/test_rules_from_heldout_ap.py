"""Rules from heldout_ap's misses (development data since heldout_aq was written), checked on new
sentences: a French headline that opens with a quote is a headline, not a breadcrumb; a country's
name in one language that is a big city's abroad names the city; a demonym and its country share one
canonical name; a known body named like a town is a guess the words around it settle; a name joined
from two capitalised words opens a sentence as a company's; a place named in full with a hyphened
link is named again by its first part; a company of a country named by one word after a feminine
article; Chinese bodies of a city after their province, with a counter before them, or after
"coming from"; Kinmen and Lieyu; a Japanese name the dictionary reads longer, and a noun made a verb."""

from __future__ import annotations

import pytest

from extraction import article_names, named_in_characters, names

from storyweave.clean import clean_document
from storyweave.model import RawDocument


def test_a_french_headline_opening_with_a_quote_is_the_headline() -> None:
    text = ("« Nos quais sont vides depuis juin » : les pêcheurs de Paimpol manifestent\n\nPar Yann Kervella\n\n"
            "Paimpol (AFP) - Près de 200 pêcheurs ont défilé mardi dans le port de Paimpol contre les quotas.\n\n"
            "Le comité régional des pêches a demandé une aide de l'État.")
    cleaned = clean_document(RawDocument("p.txt", "p.txt", text))
    assert cleaned.title == "« Nos quais sont vides depuis juin » : les pêcheurs de Paimpol manifestent"
    assert "breadcrumb" not in {line.reason for line in cleaned.removed}


def test_a_breadcrumb_with_guillemet_separators_is_still_one() -> None:
    text = "Accueil » Régions » Bretagne\n\nLe port de Brest a accueilli 3 nouveaux chalutiers mardi, a annoncé la région."
    cleaned = clean_document(RawDocument("b.txt", "b.txt", text))
    assert ("Accueil » Régions » Bretagne", "breadcrumb") in {(line.text, line.reason) for line in cleaned.removed}


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("El alcalde de Granada, Luis Peña, inauguró el mercado.", "es", "Granada"),  # Grenada is "Granada" in Spanish
        ("Las lluvias inundaron varias colonias de Guadalupe, en Nuevo León.", "es", "Guadalupe"),  # Guadeloupe's Spanish name
    ],
)
def test_a_country_s_foreign_name_that_is_a_big_city_abroad_names_the_city(text: str, lang: str, place: str) -> None:
    assert (place, "place", place) in names(text, lang)


def test_a_country_s_foreign_name_still_names_the_country() -> None:
    assert ("Allemagne", "place", "Germany") in names("Les exportations vers l'Allemagne ont reculé.", "fr")


def test_a_demonym_and_its_country_share_one_canonical_name() -> None:
    found = names("Les planteurs ivoiriens vendent à perte. La Côte d’Ivoire a récolté 1 million de tonnes.", "fr")
    assert {canonical for text, kind, canonical in found if kind == "place"} == {"Ivory Coast"}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Dozens of fans gathered on Sunday in Suva to greet the team.", "Suva", "place"),  # Fiji's capital, a Swiss insurer's name
        ("Toyota said it would cut 300 jobs at its plant in Toyota.", "Toyota", "org"),  # the body that speaks, wherever it is
        ("Shares in Nokia fell by 4% after the results.", "Nokia", "org"),
    ],
)
def test_a_known_body_named_like_a_town_is_what_the_words_around_say(text: str, name: str, kind: str) -> None:
    assert {k for t, k, _ in names(text, "en") if t == name} == {kind}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("ManitobaRail has ordered 12 new locomotives. The order is its biggest.", "ManitobaRail"),
        ("VoltWerk will build a battery plant near Halle, the company said.", "VoltWerk"),
    ],
)
def test_a_name_joined_from_two_capitalised_words_opening_a_sentence_is_a_company(text: str, body: str) -> None:
    assert (body, "org", body) in names(text, "en")


@pytest.mark.parametrize("text", ["McAllister said he would appeal.", "MacLeod said the talks had failed.", "DeMarco said little."])
def test_a_surname_with_a_capital_inside_opening_a_sentence_is_no_company(text: str) -> None:
    assert not {kind for _, kind, _ in names(text, "en")} & {"org"}


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        ("Floods cut roads near Bradford-on-Avon. Bradford council said it had opened a shelter.", "Bradford", "Bradford-on-Avon"),
        ("Le marché de Châlons-en-Champagne rouvre. À Châlons, les commerçants sont soulagés.", "Châlons", "Châlons-en-Champagne"),
    ],
)
def test_a_place_named_with_a_hyphened_link_is_named_again_by_its_first_part(text: str, short: str, full: str) -> None:
    found = article_names(f"Headline\n\n{text}")
    assert (short, "place", full) in found
    assert (full, "place", full) in found


def test_a_hyphened_place_without_a_link_is_not_its_first_part() -> None:
    found = article_names("Vignerons\n\nLes vignerons de Saint-Émilion-Pomerol se plaignent. Saint-Émilion reste calme.")
    assert ("Saint-Émilion", "place", "Saint-Émilion-Pomerol") not in found


@pytest.mark.parametrize(
    ("text", "lang", "body"),
    [
        ("Las obras del puente están a cargo de la alemana Bauwerk, según el ayuntamiento.", "es", "Bauwerk"),
        ("Il contratto è andato alla svizzera Ferralpina, ha detto il sindaco.", "it", "Ferralpina"),
        ("Le chantier a été confié à la belge Besix, selon la mairie.", "fr", "Besix"),
    ],
)
def test_a_company_named_by_one_word_after_a_feminine_article_and_a_demonym(text: str, lang: str, body: str) -> None:
    assert (body, "org", body) in names(text, lang)


def test_a_spanish_demonym_without_its_masculine_accent_names_the_country() -> None:
    assert ("alemanas", "place", "Germany") in names("Dos empresas alemanas construyen la planta.", "es")


def test_a_person_after_a_demonym_stays_a_person() -> None:
    assert ("Lucía Ferrer", "person", "Lucía Ferrer") in names("Ganó la española Lucía Ferrer en la final.", "es")


def test_a_city_s_bureau_after_its_province_is_the_city_s_body_in_the_province() -> None:
    found = named_in_characters(["记者从江西省赣州市农业农村局获悉，今年脐橙增产。", "赣州市农业农村局局长表示，销量增长。"])
    assert ("赣州市", "place", "Ganzhou") in found and ("农业农村局", "org", "农业农村局") in found
    assert ("江西省", "place", "Jiangxi") in found
    assert not [text for text, kind, _ in found if kind == "org" and text.startswith("江西省")]


def test_a_province_s_own_department_is_the_province_and_the_department() -> None:
    found = named_in_characters(["江西省水利厅表示，水位下降。"])
    assert ("江西省", "place", "Jiangxi") in found and ("水利厅", "org", "水利厅") in found


def test_a_body_after_a_numeral_and_a_counter_is_no_name() -> None:
    found = named_in_characters(["赣州市一家果业公司的负责人刘明说：「订单很多。」"])
    assert not [text for text, kind, _ in found if kind == "org"]
    assert ("赣州市", "place", "Ganzhou") in found


def test_a_body_after_coming_from_opens_after_it() -> None:
    found = named_in_characters(["展覽有80件來自南京博物院的文物。"])
    assert ("南京博物院", "org", "南京博物院") in found


def test_kinmen_and_lieyu_are_places_and_the_county_government_a_body() -> None:
    found = named_in_characters(["（中央社記者王志明金門3日電）金門縣政府表示，烈嶼的遊客增加。"], "zh")
    assert ("王志明", "person", "王志明") in found
    assert ("金門", "place", "Kinmen") in found
    assert ("金門縣政府", "org", "金門縣政府") in found
    assert ("烈嶼", "place", "Lieyu") in found


def test_a_japanese_city_the_dictionary_reads_longer_is_not_the_shorter_city_inside_it() -> None:
    found = named_in_characters(["八幡浜市の漁港で水揚げが始まった。"], "ja")
    assert ("八幡浜市", "place", "Yawatahama") in found
    assert not [text for text, _, _ in found if text == "八幡"]


def test_a_japanese_prefecture_the_gazetteer_knows_keeps_its_english_name() -> None:
    assert ("新潟県", "place", "Niigata Prefecture") in named_in_characters(["新潟県は3日、大雪警報を出した。"], "ja")


def test_a_japanese_noun_made_a_verb_names_no_place() -> None:
    found = named_in_characters(["桜の開花前線が北上し、東北に達した。", "北上市の職員が話した。"], "ja")
    assert [canonical for _, _, canonical in found if canonical == "Kitakami"] == ["Kitakami"]


def test_a_body_named_again_by_the_first_letters_of_its_words_joined_is_that_body() -> None:
    text = "Ferry fares\n\nPORTREE — Hebridean Seaways cut 12 sailings on Monday.\n\nHebSea said that it had no crew."
    found = article_names(text)
    assert ("HebSea", "org", "Hebridean Seaways") in found
    assert ("Hebridean Seaways", "org", "Hebridean Seaways") in found


def test_a_body_after_this_and_a_counter_is_no_name() -> None:
    assert not [text for text, kind, _ in named_in_characters(["這家公司表示，營收增長。"]) if kind == "org"]


@pytest.mark.parametrize(
    ("text", "word", "town"),
    [
        ("Nel Biellese la neve ha chiuso 3 strade.", "Biellese", "Biella"),  # the area around a town, by its adjective
        ("Le aziende biellesi hanno perso il 12 % degli ordini.", "biellesi", "Biella"),
        ("Il nubifragio di martedì ha allagato 40 case nel Materano.", "Materano", "Matera"),
    ],
)
def test_an_italian_town_s_area_and_adjective_name_the_town(text: str, word: str, town: str) -> None:
    assert (word, "place", town) in names(text, "it")


@pytest.mark.parametrize("text", ["Un anziano di 80 anni è stato soccorso.", "Il sipario cremese si è alzato."])
def test_italian_words_spelled_like_a_town_s_adjective_name_no_town(text: str) -> None:
    assert not {kind for _, kind, _ in names(text, "it")} & {"place"}
