"""Rules from heldout_bd's misses (development data since heldout_be was written), checked on new
sentences: the last of a list of three places; two places after French "à"; the first of two places
after "aus" or "in"; "only" opening a Spanish or Italian sentence; demonyms used as nouns for people;
an English occupation before a name; a German town after the compound that says what kind of town it
is; a university's or a club's compound before its place; Italian mountain passes and tunnels; an
Italian name whose surname reads as a demonym; the body that runs an Italian park; a country named
with its article before a noun; a Swiss cantonal councillor; a Japanese port and a report's bureau
town in 【】; a Chinese name before an age in brackets, and a Hong Kong magistrate's title; the states
of the United States in Chinese and Japanese; an agency's photographer in a credit."""

from __future__ import annotations

import pytest

from extraction import found, named_in_characters, names


def test_the_last_of_a_list_of_three_places_is_a_place_though_someone_may_be_named_so() -> None:
    assert ("Huy", "place") in found("Les trois antennes de Mons, Charleroi et Huy fermeront en juin.", "fr")


def test_a_surname_after_a_list_of_names_stays_no_place() -> None:
    # (Barnes is a place too, Morris and Levine are surnames: a law firm's partners)
    assert not {("Levine", "place")} & found("He is represented by Alex Kohner of Morris, Yorn, Barnes and Levine.", "en")


def test_two_places_after_french_a_are_both_places() -> None:
    assert ("Bourbourg", "place") in found("Les chômeurs vivent surtout à Gravelines et Bourbourg.", "fr")


def test_two_firms_after_french_a_stay_firms() -> None:
    assert not {("Airbus", "place"), ("Boeing", "place")} & found("La société a vendu ses moteurs à Airbus et Boeing.", "fr")


@pytest.mark.parametrize(("sentence", "lang", "place"), [
    ("Die Bahn setzt Sonderzüge aus Kempten und München ein.", "de", "Kempten"),
    ("Die Pendler kommen aus Ebersberg und München.", "de", "Ebersberg"),
])
def test_an_unknown_town_before_a_known_one_is_a_place(sentence, lang, place) -> None:
    assert (place, "place") in found(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang", "word"), [
    ("Die Wähler kamen aus Angst und Wut nicht.", "de", "Angst"),
    ("The team won victories from Vanderbilt and Tennessee this season.", "en", "Vanderbilt"),
    ("Cook trabajó en IBM y Compaq antes de llegar.", "es", "Compaq"),
])
def test_a_word_before_and_is_no_place_without_a_known_town_after_a_preposition_of_place(sentence, lang, word) -> None:
    assert (word, "place") not in found(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Solo 4.000 entradas se vendieron en la taquilla.", "es"),
    ("Sólo dos vuelos llegaron ayer.", "es"),
    ("Solo 300 biglietti sono rimasti.", "it"),
])
def test_only_opening_a_sentence_is_no_javanese_city(sentence, lang) -> None:
    assert not any(kind == "place" for _, kind in found(sentence, lang))


@pytest.mark.parametrize(("sentence", "lang"), [
    ("«Los peruanos y los chilenos vienen cada verano», dijo la guía.", "es"),
    ("El descuento vale solo para uruguayos.", "es"),
    ("Gli svizzeri hanno votato contro la proposta.", "it"),
])
def test_a_plural_demonym_after_an_article_or_for_names_people_not_a_place(sentence, lang) -> None:
    assert not any(kind == "place" for _, kind in found(sentence, lang))


@pytest.mark.parametrize(("sentence", "lang", "place"), [
    ("Llegaron 300 turistas chilenos al puerto.", "es", "Chile"),
    ("Tartufi cinesi spacciati per piemontesi, condannati tre commercianti.", "it", "Piedmont"),
])
def test_a_demonym_after_its_noun_or_after_italian_per_still_names_the_place(sentence, lang, place) -> None:
    assert (place, "place") in found(sentence, lang)


@pytest.mark.parametrize(("sentence", "person"), [
    ("Volcanologist Amara Okafor of the Lagos observatory said the crater was quiet.", "Amara Okafor"),
    ("Photographer Lena Brandt said the light was perfect.", "Lena Brandt"),
    ("Physician Rahul Mehta warned of a second wave.", "Rahul Mehta"),
])
def test_an_english_occupation_before_a_name_is_not_part_of_it(sentence, person) -> None:
    assert (person, "person") in found(sentence, "en")


@pytest.mark.parametrize(("sentence", "town"), [
    ("„Wir sind bereit“, sagte Anna Gruber, Bürgermeisterin der Nachbargemeinde Tauplitz.", "Tauplitz"),
    ("Der Bürgermeister der Stadt Potsdam lehnte ab.", "Potsdam"),
    ("In der Kreisstadt Weidenau fehlen Ärzte.", "Weidenau"),
])
def test_a_german_town_after_the_word_for_what_kind_of_town_it_is(sentence, town) -> None:
    assert (town, "place") in found(sentence, "de")
    assert not any(" " in name and name.endswith(town) for name, _ in found(sentence, "de"))


@pytest.mark.parametrize(("sentence", "body"), [
    ("Forscher der Fachhochschule Salzburg haben das Gerät gebaut.", "Fachhochschule Salzburg"),
    ("Der Eishockeyclub Olten hat den Trainer entlassen.", "Eishockeyclub Olten"),
    ("Geologen der Montanuniversität Freiberg warnten davor.", "Montanuniversität Freiberg"),
])
def test_a_university_or_a_club_compound_before_its_place_is_an_organisation(sentence, body) -> None:
    assert (body, "org") in found(sentence, "de")


@pytest.mark.parametrize(("sentence", "english"), [
    ("Il passo dello Spluga resterà chiuso fino a maggio.", "Spluga Pass"),
    ("Il passo del Brennero è stato bloccato dai trattori.", "Brenner Pass"),
    ("Il tunnel Monte Bianco sarà chiuso per lavori.", "Monte Bianco Tunnel"),
])
def test_an_italian_pass_or_tunnel_is_named_as_english_names_it(sentence, english) -> None:
    assert (english, "place") in found(sentence, "it")


def test_a_given_name_and_a_surname_spelt_as_a_demonym_is_a_person() -> None:
    # ("Piero della Francesca": Francesca reads as French in Italian, and is a given name too)
    assert ("Giovanni Francesca", "person") in found("La mostra su Giovanni Francesca è aperta.", "it")


def test_a_body_named_with_a_demonym_stays_a_body() -> None:
    assert ("Ferrovie Italiane", "org") in found("Lo ha annunciato Ferrovie Italiane ieri.", "it")


def test_a_japanese_port_named_after_a_town_no_gazetteer_knows() -> None:
    assert ("上原港", "place", "Uehara Port") in named_in_characters(["高速船は上原港に到着した。"], "ja")


def test_a_known_towns_port_keeps_the_gazetteers_name() -> None:
    assert ("新潟港", "place", "Niigata Port") in named_in_characters(["フェリーは新潟港を出港した。"], "ja")


def test_a_japanese_reports_bureau_town_in_brackets_is_a_place() -> None:
    # (the dictionary knows 竹富 as a family name too)
    assert ("竹富", "place", "Taketomi") in named_in_characters(["【竹富】町議会は１２日、条例案を可決した。"], "ja")


@pytest.mark.parametrize(("sentence", "person"), [
    ("货车司机赵志刚（45）昨日被捕。", "赵志刚"),
    ("餐廳東主黃家明（61岁）表示生意減少。", "黃家明"),
])
def test_a_chinese_name_before_an_age_in_brackets_is_a_person(sentence, person) -> None:
    assert (person, "person", person) in named_in_characters([sentence])


def test_a_hong_kong_magistrate_is_named_after_the_title() -> None:
    assert ("何俊堯", "person", "何俊堯") in named_in_characters(["裁判官何俊堯判刑時指出，案情嚴重。"])


@pytest.mark.parametrize(("sentence", "lang", "text", "english"), [
    ("火箭昨天在美国加州发射升空。", "zh", "加州", "California"),
    ("她在賓州的工廠工作了十年。", "zh", "賓州", "Pennsylvania"),
    ("ハワイ州の知事は記者会見を開いた。", "ja", "ハワイ州", "Hawaii"),
])
def test_a_us_state_in_chinese_or_japanese(sentence, lang, text, english) -> None:
    assert (text, "place", english) in named_in_characters([sentence], lang)


def test_dezhou_stays_a_chinese_city() -> None:
    assert ("德州", "place", "Dezhou") in named_in_characters(["山东德州的工厂扩大了产能。"])


@pytest.mark.parametrize(("sentence", "body"), [
    ("Il censimento dell’Ente Parco nazionale del Pollino ha contato 900 cervi.", "Ente Parco nazionale del Pollino"),
    ("L’Ente Parco regionale delle Alpi Apuane ha chiuso i sentieri.", "Ente Parco regionale delle Alpi Apuane"),
])
def test_the_body_that_runs_an_italian_park_is_named_whole(sentence, body) -> None:
    assert (body, "org") in found(sentence, "it")


@pytest.mark.parametrize(("sentence", "country"), [
    ("Der Streik kostet die Schweiz Aufträge.", "Switzerland"),
    ("Damit verliert die Türkei Touristen.", "Turkey"),
])
def test_a_country_named_with_its_article_before_a_noun_is_the_country_alone(sentence, country) -> None:
    assert (country, "place") in found(sentence, "de")
    assert all(" " not in name for name, _ in found(sentence, "de"))


def test_a_swiss_cantonal_councillor_is_named_after_the_title() -> None:
    sentence = "Der Berner Staatsrat Urs Gasche betonte die Kosten."
    assert {("Bern", "place"), ("Urs Gasche", "person")} <= found(sentence, "de")


@pytest.mark.parametrize(("sentence", "lang", "person"), [
    ("El puerto reabrió ayer. Foto: EFE/Mario Guardia", "es", "Mario Guardia"),
    ("El museo abrió. Foto: EFE/Lucía Cámara", "es", "Lucía Cámara"),
])
def test_an_agencys_photographer_is_a_person_whatever_the_surname_names(sentence, lang, person) -> None:
    assert (person, "person", person) in names(sentence, lang)


def test_an_agency_credit_to_a_body_stays_a_body() -> None:
    assert ("Schmidt Ocean Institute", "org", "Schmidt Ocean Institute") in names(
        "El robot bajó a 3.000 metros. Foto: EFE/Schmidt Ocean Institute", "es")
