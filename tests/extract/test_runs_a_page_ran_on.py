"""Names found on real scraped pages (SemEval 2022 task 8 articles): a headline that ran on into the dateline with no
mark between them, a picture's credit, an agency's name before a headline's person, someone a headline names by their
town; and names that are no one's: a summit, a policy's "Deal"."""

from __future__ import annotations

import pytest

from tests.extraction import found


def test_a_surname_named_again_after_a_dateline_splits_the_run():
    names = found("Laschet und Spahn verbünden sich gegen Merz Berlin Friedrich Merz zeigt sich unerschrocken.", "de")
    assert {("Friedrich Merz", "person"), ("Berlin", "place")} <= names
    assert not any("Berlin" in name and "Merz" in name for name, _ in names)


def test_a_full_name_written_twice_in_a_row_is_two_mentions_of_one_person():
    sentence = "La élite financiera global de John Maynard Keynes John Maynard Keynes cambió la economía."
    assert ("John Maynard Keynes", "person") in found(sentence, "es")
    assert not any(len(name.split()) > 3 for name, _ in found(sentence, "es"))


def test_a_plant_named_twice_after_its_town_stays_one_name():
    assert ("St. Thomas Assembly de Saint Thomas", "org") in found(
        "Cerrarán la planta St. Thomas Assembly de Saint Thomas ( Ontario , Canadá ).", "es")


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Los compañeros lloran a Marvin Jones DETROIT - Los jugadores guardaron un minuto de silencio.", "es"),
    ("Tributes pour in for Marvin Jones DETROIT, Michigan - The former player died on Sunday.", "en"),
])
def test_a_dateline_in_capitals_ends_the_headlines_name(sentence, lang):
    names = found(sentence, lang)
    assert ("Marvin Jones", "person") in names
    assert ("Detroit", "place") in names


def test_a_body_named_in_capitals_goes_on():
    assert ("Departamento de Trabajo de EEUU", "org") in found("Según el Departamento de Trabajo de EEUU, el paro bajó.", "es")


@pytest.mark.parametrize(("sentence", "lang", "expected"), [
    ("El equipo ganó en casa. (Foto de Bruce Bennett/Getty Images)", "es", ("Bruce Bennett", "person")),
    ("La squadra ha vinto in casa. (Foto di Bruce Bennett/Getty Images)", "it", ("Bruce Bennett", "person")),
    ("Der Ökonom prägte die Lehre. (Bild von Wikipedia)", "de", ("Wikipedia", "other")),
])
def test_a_pictures_credit_names_its_photographer_or_source(sentence, lang, expected):
    names = found(sentence, lang)
    assert expected in names
    assert not any(name.split()[0] in {"Foto", "Bild"} for name, _ in names)


def test_an_agency_before_a_headlines_person_is_not_part_of_the_name():
    names = found("El diálogo sigue, dice Reuters Diosdado Cabello en Venezuela.", "es")
    assert ("Diosdado Cabello", "person") in names
    assert ("Reuters", "org") in names


@pytest.mark.parametrize(("sentence", "lang", "place"), [
    ("Hombre de Birmingham arrestado en relación con el homicidio.", "es", "Birmingham"),
    ("Donna di Lecce investita da un'auto sulle strisce.", "it", "Lecce"),
])
def test_someone_a_headline_names_by_their_town_is_the_town(sentence, lang, place):
    assert found(sentence, lang) == {(place, "place")}


@pytest.mark.parametrize(("sentence", "lang", "summit"), [
    ("Leaders met at the ASEAN Summit in Hanoi.", "en", "ASEAN Summit"),
    ("Le 36e Sommet de l’ASEAN a été couronné de succès.", "fr", "Sommet de l’ASEAN"),
    ("Los presidentes viajan a la Cumbre de las Américas en Lima.", "es", "Cumbre de las Américas"),
    ("Il Vertice di Bruxelles si è chiuso senza accordo.", "it", "Vertice di Bruxelles"),
])
def test_a_summit_is_a_meeting_not_a_body(sentence, lang, summit):
    assert (summit, "other") in found(sentence, lang)


def test_a_county_named_summit_is_a_place():
    assert ("Summit County", "place") in found("Officials in Summit County said the roads were closed.", "en")


@pytest.mark.parametrize(("sentence", "lang", "expected"), [
    ("Le « Green Deal » survivra-t-il à la crise ?", "fr", ("Green Deal", "other")),
    ("El Fondo de Apoyo Empresarial entregó los créditos el lunes.", "es", ("Fondo de Apoyo Empresarial", "org")),
    ("Das sagte der Präsident des Bundesverbandes Großhandel am Montag.", "de", ("Bundesverbandes Großhandel", "org")),
])
def test_a_policy_a_fund_and_a_federation_in_the_genitive(sentence, lang, expected):
    assert expected in found(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang", "person"), [
    ("La figlia Poppy Quando Jamie Oliver ha parlato, tutti ascoltavano.", "it", "Jamie Oliver"),
    ("Rare photos of Prince Charles When Diana Spencer met him in 1977.", "en", "Diana Spencer"),
])
def test_a_conjunction_in_capitals_ends_the_headlines_name(sentence, lang, person):
    names = found(sentence, lang)
    assert (person, "person") in names
    assert not any(" Quando " in f" {name} " or " When " in f" {name} " for name, _ in names)


def test_a_surname_spelt_like_a_german_conjunction_stays():
    assert ("Jana Weil", "person") in found("Das sagte Jana Weil am Montag in Kassel.", "de")


def test_a_noun_with_its_elided_article_opens_the_next_sentence():
    names = found("Arrestata per omicidio PUNTI CHIAVE L'attrice di Kansas City è in carcere.", "it")
    assert not any("L'attrice" in name for name, _ in names)


@pytest.mark.parametrize("sentence", [
    "Diese Rolle durfte nun ausgerechnet die Ex-Freundin von Prinz Harry übernehmen!",
    "Sie war die einstige Freundin von Prinz Harry und spielt nun mit.",
])
def test_whose_friend_then_a_prince_is_the_prince(sentence):
    names = found(sentence, "de")
    assert any(name.endswith("Harry") and kind == "person" for name, kind in names)
    assert not any("Freundin" in name for name, _ in names)


def test_a_noble_von_goes_on():
    assert ("Ursula von der Leyen", "person") in found("Das sagte Ursula von der Leyen am Montag.", "de")


@pytest.mark.parametrize(("sentence", "lang", "expected"), [
    ("Image: Aéroport de Luton.", "fr", ("Luton", "place")),
    ("Los vuelos llegan al Aeropuerto Internacional de Puebla desde Tijuana.", "es", ("Puebla International Airport", "place")),
    ("Aterrizó en el Aeropuerto Internacional La Aurora.", "es", ("La Aurora International Airport", "place")),
    ("Aterrizó en el Aeropuerto Internacional Changi de Singapur.", "es", ("Changi International Airport", "place")),
])
def test_an_airport_is_a_place_named_by_its_town_or_in_full(sentence, lang, expected):
    assert expected in found(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang", "expected"), [
    ("Nadal: «La Copa ATP no es una preparación para el Abierto de Australia».", "es", {("Copa ATP", "other"), ("Abierto de Australia", "other")}),
    ("Gauff won the US Open on Sunday.", "en", {("US Open", "other")}),
    ("La revista France Football otorga el Balón de Oro cada año.", "es", {("Balón de Oro", "other")}),
])
def test_tournaments_and_prizes_are_no_bodies(sentence, lang, expected):
    assert expected <= found(sentence, lang)


def test_an_airline_named_like_a_cup_is_a_body():
    assert ("Copa Airlines", "org") in found("Los pasajeros de Copa Airlines esperaron seis horas.", "es")


def test_the_united_states_abbreviated_in_two_halves():
    assert ("United States", "place") in found("Las solicitudes de desempleo de EE. UU. subieron la semana pasada.", "es")


@pytest.mark.parametrize(("sentence", "body"), [
    ("L'expulsion par le Parti social-démocrate (SPD) de l'ancien sénateur est légitime.", "Parti social-démocrate"),
    ("Le Parti démocrate a gagné la majorité au Sénat.", "Parti démocrate"),
])
def test_a_french_party_named_with_its_lower_case_adjective(sentence, body):
    assert (body, "org") in found(sentence, "fr")


def test_the_party_in_brackets_after_a_mayor_is_not_his_name():
    names = found("Le bourgmestre de la Ville de Bruxelles, Philippe Close (PS), a parlé.", "fr")
    assert ("Philippe Close", "person") in names
    assert ("PS", "org") in names


@pytest.mark.parametrize(("sentence", "lang", "person"), [
    ("Martedì sera, il segretario alla Difesa Mark Esper ha dichiarato che le truppe restano.", "it", "Mark Esper"),
    ("Lo ha detto il ministro degli Esteri Luigi Di Maio a Bruxelles.", "it", "Luigi Di Maio"),
    ("Le secrétaire à la Défense Mark Esper a dit que les troupes restent.", "fr", "Mark Esper"),
])
def test_a_ministers_capitalised_portfolio_is_no_part_of_the_name(sentence, lang, person):
    names = found(sentence, lang)
    assert (person, "person") in names
    assert not any(name.endswith(person) and name != person for name, _ in names)


@pytest.mark.parametrize(("sentence", "noun"), [
    ("Ha parlato della perdita di fiducia nel sistema democratico del Paese.", "Paese"),
    ("Il partito ha indebolito la Costituzione, ma le proteste continuano.", "Costituzione"),
])
def test_a_capitalised_common_noun_is_no_body(sentence, noun):
    assert (noun, "other") in found(sentence, "it")
