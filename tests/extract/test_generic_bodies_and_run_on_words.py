"""Words that read like names on real scraped pages but are none: a German common noun for a body every town has
("die Klinik", "vor dem Amtsgericht", "die Kriminalpolizei"), an English function word a run-on page capitalised
("Instagram To receive …"); and names whose kind the words around misread: a German office after the name it
predicates, a person who "shares" a post, an acronym a clause before its bracket does not spell."""

from __future__ import annotations

import pytest

from tests.extraction import article_names, found


@pytest.mark.parametrize("sentence", [
    "Der Verletzte wurde in eine Klinik gebracht, die staatliche Klinik liegt am Stadtrand.",
    "Die Kriminalpolizei ermittelt, am Dienstag steht der Mann vor dem Amtsgericht.",
    "Die Nachrichtenagentur meldete, der Fahrer liege in einem psychiatrischen Krankenhaus.",
    "Die Pflegekasse zahlt nicht, sagte eine Sprecherin der Wasserschutzpolizei.",
    "Nach Angaben der Presseagentur wurde der Konzern verkauft.",
])
def test_a_german_common_noun_for_a_body_is_no_name(sentence):
    assert not {name for name, kind in found(sentence, "de") if kind == "org"}


def test_a_named_body_and_a_saints_hospital_stay_names():
    names = found("Die Sparkasse Lenne-Ruhr spendet dem Marienkrankenhaus und dem Landgericht Hagen Geräte.", "de")
    assert {("Sparkasse Lenne-Ruhr", "org"), ("Marienkrankenhaus", "org"), ("Landgericht Hagen", "org")} <= names


@pytest.mark.parametrize(("sentence", "person"), [
    ("Weiters soll Alexander Brenninger Außenminister bleiben.", "Alexander Brenninger"),
    ("Danach soll Katharina Voglsang Bürgermeisterin bleiben.", "Katharina Voglsang"),
])
def test_a_german_office_after_a_name_predicates_it(sentence, person):
    assert (person, "person") in found(sentence, "de")


def test_a_body_before_an_english_role_still_employs_the_person():
    assert ("Morgan Stanley", "org") in found("The Morgan Stanley CEO said the bank would hire.", "en")


def test_a_person_who_shares_a_post_is_a_person_and_a_companys_shares_fall():
    assert ("Kevin Ashdown", "person") in found("Kevin Ashdown shares emotional post about his late mother", "en")
    assert ("Morgan Stanley", "org") in found("Morgan Stanley shares fell 3% on Monday.", "en")


def test_an_acronym_named_before_a_clause_is_not_the_name_of_its_bracket():
    names = article_names("Neues Kabinett\n\nAm Donnerstag stellen ÖVP und Grüne das Programm vor.apa Laura Hinterberger "
                          "soll Ministerin werden.Magnus Ebner (ÖVP) wird Staatssekretär.")
    assert ("ÖVP", "org", "ÖVP") in names
    assert all(len(canonical.split()) < 4 for _, _, canonical in names)


@pytest.mark.parametrize(("sentence", "name", "kind"), [
    ("Follow us on Twitter and Instagram To receive our free email newsletter.", "Instagram", "org"),
    ("Photos: Hailey Brunswick As the impact of the storm grew, roads closed.", "Hailey Brunswick", "person"),
    ("Estonia begins its term in the UN Security Council From the first of January.", "United Nations Security Council", "org"),
])
def test_an_english_function_word_a_page_capitalised_ends_no_name(sentence, name, kind):
    names = found(sentence, "en")
    assert (name, kind) in names
    assert not any(n.endswith((" To", " As", " From")) for n, _ in names)


@pytest.mark.parametrize("sentence", ["President Moon Jae In met the delegation.", "Vice Premier Liu He said talks went well.",
                                      "Raymond To said the market was calm."])
def test_a_name_ending_in_a_syllable_spelt_like_a_word_keeps_it(sentence):
    assert any(name.endswith((" In", " He", " To")) and kind == "person" for name, kind in found(sentence, "en"))


@pytest.mark.parametrize("sentence", ["Crown Princess Mary opened the exhibition in a white gown.",
                                      "Queen Mary wore blue at the ceremony."])
def test_a_royal_named_by_a_given_name_that_is_also_a_town_is_a_person(sentence):
    assert ("Mary", "person") in found(sentence, "en")



@pytest.mark.parametrize(("sentence", "lang", "places"), [
    ("Le Premier ministre de Thuringe exhorte à de nouvelles élections.", "fr", {"Thuringia"}),
    ("Les habitants de Saxe et de Basse-Saxe ont voté.", "fr", {"Saxony", "Lower Saxony"}),
    ("La Baja Sajonia y Renania-Palatinado votan el domingo.", "es", {"Lower Saxony", "Rhineland-Palatinate"}),
    ("Neve in Carinzia e in Stiria, chiuso il passo in Sassonia.", "it", {"Carinthia", "Styria", "Saxony"}),
])
def test_german_and_austrian_states_by_their_romance_names(sentence, lang, places):
    assert {(place, "place") for place in places} <= found(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang", "places"), [
    ("Cierran colegios en Emilia Romaña, Lombardía y Piamonte.", "es", {"Emilia-Romagna", "Lombardy", "Piedmont"}),
    ("Le Piémont et le Latium ferment leurs écoles.", "fr", {"Piedmont", "Lazio"}),
    ("Es el primer bebé nacido en Miami-Dade este año.", "es", {"Miami-Dade County"}),
])
def test_italian_regions_by_their_french_and_spanish_names(sentence, lang, places):
    assert {(place, "place") for place in places} <= found(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Il sindaco di South Bend Pete Buttigieg ha annunciato la cifra mercoledì.", "it"),
    ("The mayor of South Bend Pete Buttigieg announced the figure on Wednesday.", "en"),
])
def test_of_before_a_place_and_a_name_places_the_place_only(sentence, lang):
    assert {("South Bend", "place"), ("Pete Buttigieg", "person")} <= found(sentence, lang)


def test_malaysia_by_its_italian_name():
    assert ("Malaysia", "place") in found("Arrestati vicino al confine tra Malesia e Thailandia.", "it")
