"""Rules from heldout_aw's misses (development data since heldout_ax was written), checked on new
sentences: a Japanese name, a dot, then the section its holder heads; a one-character family name before
さん; traders before a Chinese name; "指出" reports no speech, and a quote that ends its sentence ends a
reported clause; a surname spelt like a Spanish body's word without its accent; a German town's
adjective, a trade, then a person; firms named by a trade in the plural; miners the news names alone;
"die Gemeinde Pontresina"; a region's association or ministry after its adjective; "Museum für …"; a
town its council names; names after beaches in the plural; a town on the way; what stands at a town;
Japanese stretches of time measured with 間."""

from __future__ import annotations

import pytest

from extraction import article_names, named_in_characters, names, speakers
from storyweave.extract.figures import extract_figures


def test_a_japanese_name_then_a_dot_then_the_section_its_holder_heads() -> None:
    sentence = "函館市の高橋一郎・文化財保護課長は「客船の寄港が増えて港がにぎわっている」と述べた。"
    assert speakers(sentence) == {"客船の寄港が増えて港がにぎわっている": "高橋一郎"}
    assert [name for name, kind, _ in named_in_characters([sentence], "ja") if kind == "person"] == ["高橋一郎"]


def test_a_team_then_a_dot_then_its_player_stays_the_players_name() -> None:
    found = named_in_characters(["ホークス・山田投手が移籍した。山田太郎投手は会見した。"], "ja")
    assert ("山田", "person", "山田太郎") in found


def test_a_one_character_family_name_before_san_is_the_person_named_in_full() -> None:
    said = speakers("漁師の森健一さん（52）は「今年は魚が少ない」と話した。森さんは、燃料代が前年より2割高いと話した。")
    assert said == {"今年は魚が少ない": "森健一", "燃料代が前年より2割高い": "森健一"}


def test_a_one_character_family_name_no_full_name_holds_is_no_one() -> None:
    assert named_in_characters(["林さんは「今年は魚が少ない」と話した。"], "ja") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("德国采购商米勒说：「订单已经排到明年。」", "米勒"),
        ("来自英国的买家贝克说：「这里的茶很香。」", "贝克"),
    ],
)
def test_a_trader_or_buyer_before_a_name_written_by_its_sounds(text: str, speaker: str) -> None:
    assert set(speakers(text).values()) == {speaker}


def test_a_quote_after_saying_and_a_colon_is_direct_speech_only() -> None:
    assert speakers("进口商莫里斯表示：「订单已经排到明年。」") == {"订单已经排到明年。": "莫里斯"}


def test_a_quote_that_ends_its_sentence_ends_the_reported_clause() -> None:
    said = speakers("总经理张海涛表示：「今年的游客比去年多。」张海涛表示，明年将新建3个停车场。")
    assert said == {"今年的游客比去年多。": "张海涛", "明年将新建3个停车场": "张海涛"}


def test_pointing_out_a_finding_is_no_reported_speech_while_saying_is() -> None:
    said = speakers("研究人员指出，湖里的鱼比十年前少了一半。局长王建国表示，明年将增加巡查人员。")
    assert said == {"明年将增加巡查人员": "王建国"}


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        ("Le chef de quartier Ibrahima Camara a affirmé que la route était coupée depuis 3 semaines.", "fr", "Ibrahima Camara"),
        ("La pescadora Rosa Camara dijo que el puerto sigue cerrado.", "es", "Rosa Camara"),
    ],
)
def test_a_surname_spelt_like_a_bodys_word_without_its_accent_is_a_persons(text: str, lang: str, person: str) -> None:
    assert (person, "person", person) in names(text, lang)


def test_a_spanish_body_written_with_its_accent_stays_a_body() -> None:
    assert ("Cámara Nacional", "org", "Cámara Nacional") in names("La Cámara Nacional dijo que sí.", "es")


def test_a_german_towns_adjective_then_a_trade_then_a_person() -> None:
    found = names("Der Grazer Winzer Lukas Wanek sagte, dass die Ernte klein sei. Der Ebersdorfer Bäcker Jonas Pichler "
                  "sagte das auch.", "de")
    assert {("Grazer", "place", "Graz"), ("Lukas Wanek", "person", "Lukas Wanek"),
            ("Jonas Pichler", "person", "Jonas Pichler")} <= found


def test_a_broadcasters_name_after_its_trade_is_no_one() -> None:
    found = names("Das sagte Pat Smith im Radiosender Den Haag FM.", "de")
    assert not any(kind == "person" and "FM" in name for name, kind, _ in found)


def test_firms_named_by_a_trade_in_the_plural_and_a_ministrys_portfolio() -> None:
    found = names("Parfums Ravel, qui achète 3 tonnes, a dit non. Vignobles Castel a dit oui. Chantiers Piriou a signé. "
                  "Le ministre des Transports, Marc Delorme, a réagi.", "fr")
    assert {("Parfums Ravel", "org", "Parfums Ravel"), ("Vignobles Castel", "org", "Vignobles Castel"),
            ("Chantiers Piriou", "org", "Chantiers Piriou"), ("Marc Delorme", "person", "Marc Delorme")} <= found
    assert not any(name == "Transports" for name, _, _ in found)


def test_miners_the_news_names_alone_are_bodies() -> None:
    found = names("De Beers said sales fell. Rio Tinto said it would cut jobs.", "en")
    assert {("De Beers", "org", "De Beers"), ("Rio Tinto", "org", "Rio Tinto")} <= found


def test_a_german_municipality_named_after_the_word_for_it_is_the_town() -> None:
    found = names("Die Gemeinde Pontresina zahlt. Die Bürgermeisterin sagte, dass die Stadt Gespräche mit Banken führe.", "de")
    assert found == {("Pontresina", "place", "Pontresina")}


def test_a_regions_association_after_its_adjective_but_not_a_towns_police() -> None:
    found = names("Der Kärntner Fischereiverband warnte. Die Wiener Polizei ermittelt.", "de")
    assert {("Kärntner", "place", "Carinthia"), ("Fischereiverband", "org", "Fischereiverband"),
            ("Wiener", "place", "Vienna")} <= found
    assert not any(name == "Polizei" and kind == "org" for name, kind, _ in found)


def test_a_museum_for_a_subject_is_one_body() -> None:
    assert ("Museum für Völkerkunde", "org", "Museum für Völkerkunde") in names("Das Museum für Völkerkunde in Hamburg schließt.", "de")


def test_a_bodys_pit_is_a_place_and_an_airports_operator_a_body() -> None:
    found = names("Output fell after the miner halted its Tarkwa pit for 6 weeks, operator Nordvik Airports said.", "en")
    assert {("Tarkwa", "place", "Tarkwa"), ("Nordvik Airports", "org", "Nordvik Airports")} <= found


def test_a_town_its_council_names_is_a_place_wherever_the_article_names_it() -> None:
    found = article_names("Camogli chiude il molo\n\nIl Comune di Camogli ha vietato le soste sul molo. «Non vogliamo chiudere "
                          "Camogli», ha detto il sindaco. Camogli conta 5.000 residenti.")
    assert ("Camogli", "place", "Camogli") in found
    assert not any(name == "Camogli" and kind != "place" for name, kind, _ in found)


def test_the_names_after_beaches_in_the_plural_are_places() -> None:
    found = names("Los surfistas llenan las playas de El Zonte y El Cuco cada fin de semana.", "es")
    assert {("El Zonte", "place", "El Zonte"), ("El Cuco", "place", "El Cuco")} <= found


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Los envíos salen por Quivasco, en Puntarenas.", "es", "Quivasco"),
        ("Le minerai passe par Kobiré, en Guinée.", "fr", "Kobiré"),
        ("Copenhagen pledged $150 million for a new airport at Qaqortoq.", "en", "Qaqortoq"),
    ],
)
def test_a_town_on_the_way_or_an_airports_town_is_a_place(text: str, lang: str, place: str) -> None:
    assert (place, "place", place) in names(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Secondo l'Ispra, in Liguria vivono 30.000 cinghiali.", "it", "Ispra"),
        ("Bill Adgate, who works at Norvell Financial inside the building, said he hid.", "en", "Norvell Financial"),
    ],
)
def test_a_source_before_where_it_counts_and_a_workplace_are_no_places(text: str, lang: str, name: str) -> None:
    assert not any(found == name and kind == "place" for found, kind, _ in names(text, lang))


@pytest.mark.parametrize(
    ("sentence", "value", "approx"),
    [
        ("運航は今年、計96日間止まった。", 96, False),
        ("台風で、約3か月間、全便が欠航した。", 3, True),
        ("漁獲量は15年間で半分に減った。", 15, False),
        ("工事は4カ月間続いた。", 4, False),
    ],
)
def test_a_japanese_stretch_of_time_measured_with_ma_is_a_figure(sentence: str, value: int, approx: bool) -> None:
    assert [(f.value, f.approx) for f in extract_figures([sentence], lang="ja")] == [(value, approx)]


@pytest.mark.parametrize("sentence", ["価格はこの3年間で上がった。", "過去10年間に変わった。", "2023年至2024年間，他運載牛肉。"])
def test_the_span_a_count_is_made_over_and_a_year_are_no_stretch_of_time(sentence: str) -> None:
    assert extract_figures([sentence], lang="ja") == []


@pytest.mark.parametrize(
    ("sentence", "lang", "values"),
    [
        ("About 900 pickers came this summer, against 1,400 in 2019.", "en", [900, 1400]),
        ("Exports reached 12,000 tonnes, up from 9,500 a year earlier.", "en", [12000, 9500]),
        ("Die Zunft zählt noch 23 Betriebe, vor 40 Jahren waren es mehr als 70.", "de", [23, 70]),
    ],
)
def test_a_number_compared_with_the_sentences_figure_counts_the_same_thing(sentence: str, lang: str, values: list[int]) -> None:
    assert [f.value for f in extract_figures([sentence], lang=lang)] == values


def test_a_number_after_against_that_names_a_side_stays_no_figure() -> None:
    assert [f.value for f in extract_figures(["The vote was 41 in favour, 12 against, 3 abstentions."], lang="en")] == [41, 12, 3]
