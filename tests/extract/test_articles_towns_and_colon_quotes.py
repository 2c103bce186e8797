"""Names a person's name cannot be (one after a Romance article, one ending with a newspaper's or an
operator's word, a German sentence's opening preposition), places whose names hold an article or a
month's abbreviation, towns of a few thousand people named in several words, and quotes whose
speaker is the subject of the sentence before a colon or before a relative clause. Texts and people
are invented; the towns are real."""

from __future__ import annotations

import pytest

from storyweave.clean import clean_document
from storyweave.extract import analyse
from storyweave.extract.entities import extract_entities
from storyweave.model import RawDocument

from extraction import found, speakers


def kinds_of(sentence: str, lang: str) -> dict[str, str]:
    return {m.text: m.kind for m in extract_entities([sentence], lang)}


@pytest.mark.parametrize(
    ("sentence", "lang", "name"),
    [
        ("Il traffico è rimasto bloccato per ore sul Grande Raccordo Anulare dopo l'incidente.", "it", "Grande Raccordo Anulare"),
        ("Según la Reserva Federal, la inflación bajará el próximo año.", "es", "Reserva Federal"),
        ("Les Nuits Bleues affichent un déficit pour la deuxième année.", "fr", "Nuits Bleues"),
        ("Secondo la Filt Cgil, lo sciopero ha coinvolto il 70% dei lavoratori.", "it", "Filt Cgil"),
    ],
)
def test_a_name_after_a_romance_article_is_no_persons(sentence: str, lang: str, name: str) -> None:
    assert kinds_of(sentence, lang).get(name, "none") != "person"


def test_a_known_place_after_of_in_such_a_name_is_that_place() -> None:
    names = found("L'assessore alla Mobilità di Roma, Giorgio Manca, ha parlato di un ritardo.", "it")
    assert ("Rome", "place") in names
    assert ("Giorgio Manca", "person") in names
    assert not any(kind == "person" and "Mobilità" in canonical for canonical, kind in names)


def test_a_person_named_without_an_article_stays_a_person() -> None:
    assert ("Giulia Ferraro", "person") in found("Giulia Ferraro ha detto che la strada riaprirà domani.", "it")


@pytest.mark.parametrize(
    ("sentence", "lang", "name"),
    [
        ("Selon Lyon Matin, la mairie a reçu plus de 300 plaintes.", "fr", "Lyon Matin"),
        ("Lo ha riferito Liguria Notizie in un articolo pubblicato ieri.", "it", "Liguria Notizie"),
        ("Un portavoz de Costablanca Resorts confirmó el cierre del hotel.", "es", "Costablanca Resorts"),
        ("Le réseau Bruxelles Mobilité a suspendu deux lignes de tram.", "fr", "Bruxelles Mobilité"),
    ],
)
def test_outlets_and_operators_named_by_their_kind_are_organisations(sentence: str, lang: str, name: str) -> None:
    assert kinds_of(sentence, lang)[name] == "org"


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Solche Mängel seien seit Jahren bekannt, sagte der Sprecher.", "Solche Mängel"),
        ("Auf Norderney richtete die Gemeinde eine Notunterkunft ein.", "Auf Norderney"),
    ],
)
def test_a_german_sentence_opening_word_is_no_part_of_a_name(sentence: str, absent: str) -> None:
    assert absent not in kinds_of(sentence, "de")


def test_the_french_channel_is_not_taken_for_a_german_determiner() -> None:
    assert ("English Channel", "place") in found("Manche : la traversée à la nage reportée à cause du vent.", "fr")


@pytest.mark.parametrize(
    ("sentence", "lang", "place"),
    [
        ("El temporal dejó sin luz a 20.000 vecinos de Viña del Mar durante la noche.", "es", "Viña del Mar"),
        ("La Oliva ha cerrado dos playas por la llegada de medusas.", "es", "La Oliva"),
    ],
)
def test_a_known_place_keeps_its_article_and_its_words_that_look_like_dates(sentence: str, lang: str, place: str) -> None:
    assert (place, "place") in found(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang", "town"),
    [
        ("Una scossa di magnitudo 3.8 è stata avvertita a Zafferana Etnea nella notte.", "it", "Zafferana Etnea"),
        ("Los bomberos de Mancha Real sofocaron el incendio en dos horas.", "es", "Mancha Real"),
        ("Il sindaco di Cairo Montenotte ha chiuso le scuole per due giorni.", "it", "Cairo Montenotte"),
    ],
)
def test_a_small_town_named_in_several_words_is_a_place(sentence: str, lang: str, town: str) -> None:
    assert (town, "place") in found(sentence, lang)


def test_great_britain_in_spanish_and_italian_is_the_united_kingdom() -> None:
    assert ("United Kingdom", "place") in found("Las exportaciones a Gran Bretaña cayeron un 12%.", "es")
    assert ("United Kingdom", "place") in found("Le esportazioni verso la Gran Bretagna sono calate.", "it")


@pytest.mark.parametrize("surname", ["Greco", "Russo", "Romano", "Tedesco"])
def test_an_italian_surname_that_is_a_demonym_ends_a_persons_name(surname: str) -> None:
    sentence = f"L'amministratore delegato Stefano {surname} ha annunciato un piano di rilancio."
    assert (f"Stefano {surname}", "person") in found(sentence, "it")


def test_poste_italiane_is_still_an_organisation() -> None:
    assert kinds_of("Le Poste Italiane hanno rinnovato 6.900 uffici nei piccoli comuni.", "it")["Poste Italiane"] == "org"


def test_an_owner_named_in_full_is_a_person_and_a_company_after_owner_is_not() -> None:
    assert ("Rhian Beddoe", "person") in found("Campsite owner Rhian Beddoe said the warning came too late.", "en")
    assert kinds_of("The tanker's owner Maersk declined to comment.", "en")["Maersk"] == "org"


@pytest.mark.parametrize(
    ("paragraph", "quote", "speaker"),
    [
        ("À l’aéroport de Marseille, Sophie Lanier, 34 ans, attendait depuis le matin : « On nous a dit de revenir demain. »",
         "On nous a dit de revenir demain.", "Sophie Lanier"),
        ("Ana Belén Ruiz, de Toledo, recibió un riñón en agosto: «He vuelto a trabajar».", "He vuelto a trabajar", "Ana Belén Ruiz"),
        ("Kayla Munro, whose baby daughter was in hospital for 11 days, said: “I didn’t know adults could pass it on.”",
         "I didn’t know adults could pass it on.", "Kayla Munro"),
    ],
)
def test_the_subject_of_the_sentence_before_the_quote_says_it(paragraph: str, quote: str, speaker: str) -> None:
    assert speakers(paragraph)[quote] == speaker


def test_a_colon_after_a_sentence_naming_no_one_gives_no_speaker() -> None:
    assert speakers("Sur la place du marché, l’ambiance était lourde : « On ne sait plus quoi faire. »")[
        "On ne sait plus quoi faire."] is None


def test_a_canton_or_state_after_a_german_article_is_a_place_and_the_train_is_not() -> None:
    assert ("Thurgau", "place") in found("Im Thurgau fahren seit Montag weniger Regionalzüge.", "de")
    assert ("Saarland", "place") in found("Die Zahl der Fälle im Saarland stieg auf 40.", "de")
    assert not any(canonical == "Zug" for canonical, _ in found("Im Zug war es voll, sagte eine Pendlerin.", "de"))
    assert not any(canonical == "Landes" for canonical, _ in found("Die Regierung des Landes zahlt 2 Millionen Euro.", "de"))


@pytest.mark.parametrize(
    ("sentence", "lang", "places"),
    [
        ("Un biglietto Milano-Catania arrivava a costare 480 euro.", "it", {"Milan", "Catania"}),
        ("Los trenes Madrid-Barcelona sufrieron retrasos.", "es", {"Madrid", "Barcelona"}),
    ],
)
def test_places_a_hyphen_joins_are_each_a_place(sentence: str, lang: str, places: set[str]) -> None:
    assert places <= {canonical for canonical, kind in found(sentence, lang) if kind == "place"}


def test_a_hyphenated_place_name_stays_whole() -> None:
    assert ("Castilla-La Mancha", "place") in found("La sequía golpea a Castilla-La Mancha desde marzo.", "es")


def organisations_credited(text: str) -> set[str]:
    raw = RawDocument("c.txt", "c.txt", text)
    return {m.canonical for m in analyse(raw, clean_document(raw)).entities if m.kind == "org"}


def test_the_rights_holder_a_copyright_line_names_is_an_organisation() -> None:
    body = "\n\n".join(["Harbour fees rise in Tarnby", "The port of Tarnby raised its fees by 4 per cent on Monday, the harbour board said.",
                        "Shipping firms said the rise would be passed on to customers.", "Copyright 2026 The Associated Press. All rights reserved."])
    assert "Associated Press" in organisations_credited(body)


def test_canadian_press_is_an_agency_not_a_place() -> None:
    assert ("Canadian Press", "org") in found("A retired teacher told Canadian Press that she had sent money.", "en")


def test_a_spokesman_introduced_with_an_indefinite_article_is_nobody_named() -> None:
    paragraph = ("Ein Sprecher der Bundespolizei sagte, dass Beamte nach den Piloten gesucht hätten. "
                 "Lufthansa-Sprecher Jonas Ebert sagte, dass 40 Flüge ausgefallen seien.")
    said = speakers(paragraph)
    assert said["Beamte nach den Piloten gesucht hätten"] is None
    assert said["40 Flüge ausgefallen seien"] == "Jonas Ebert"


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("„Wir hatten eine friedliche Wiesn“, sagte Festwirt Georg Hallmayer.", "de", ("Georg Hallmayer", "person")),
        ("The Ghana Cocoa Board said prices would not change.", "en", ("Ghana Cocoa Board", "org")),
        # (the university the institute belongs to is a body of its own, as heldout_q labels it)
        ("Según el Instituto de Ciencias del Mar y Limnología de la UNAM, el sargazo crece.", "es", ("UNAM", "org")),
        ("The Department for Transport said it would act.", "en", ("Department for Transport", "org")),
        ("Das Polizeipräsidium München meldete zwölf Festnahmen.", "de", ("Polizeipräsidium München", "org")),
        ("Deutsche Urlauber bleiben in diesem Sommer aus.", "de", ("Germany", "place")),
        ("Gli esportatori americani temono i nuovi dazi.", "it", ("United States", "place")),
        ("Gli Stati Uniti hanno imposto nuovi dazi.", "it", ("United States", "place")),
        ("Il Cio ha approvato la nuova pista.", "it", ("International Olympic Committee", "org")),
        ("Le cacao de Côte d’Ivoire n’a jamais été aussi cher.", "fr", ("Ivory Coast", "place")),
        ("La pista di Cortina d’Ampezzo è pronta.", "it", ("Cortina d'Ampezzo", "place")),
        ("Il partito Fratelli d’Italia ha votato contro.", "it", ("Fratelli d’Italia", "org")),
    ],
)
def test_bodies_places_and_roles_named_in_more_ways(sentence: str, lang: str, expected: tuple[str, str]) -> None:
    assert expected in found(sentence, lang)


def test_a_name_opening_with_a_demonyms_letters_is_still_a_person_in_german() -> None:
    assert ("Francesca Meier", "person") in found("Francesca Meier sagte, der Zug sei pünktlich gewesen.", "de")


@pytest.mark.parametrize(
    ("sentence", "lang", "body"),
    [
        ("Der Betrieb wurde eingestellt, wie die Flughafen München GmbH mitteilte.", "de", "Flughafen München GmbH"),
        ("Die meisten Gäste kamen nach Angaben von München Tourismus aus Italien.", "de", "München Tourismus"),
        ("L’impianto è stato realizzato da Simico, la società pubblica incaricata dei lavori.", "it", "Simico"),
        ("Il consorzio Eurolink prevede sette anni di lavori.", "it", "Eurolink"),
        ("Julián Restrepo, director de la corporación Cornare, dijo que el plan sigue.", "es", "Cornare"),
    ],
)
def test_a_body_named_by_its_legal_form_its_kind_or_an_apposition(sentence: str, lang: str, body: str) -> None:
    assert kinds_of(sentence, lang)[body] == "org"


def test_a_clause_after_a_comma_is_no_apposition() -> None:
    assert kinds_of("Ships were diverted to Southampton and Tilbury, the company said.", "en").get("Tilbury") != "org"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Il Ministero dell’Istruzione e del Merito ha annunciato due ispezioni.", ("Ministero dell’Istruzione e del Merito", "org")),
        ("La procura di Santa Maria Capua Vetere ha aperto un fascicolo.", ("Santa Maria Capua Vetere", "place")),
    ],
)
def test_an_elided_article_is_no_possessive_and_a_towns_name_no_place_and_person(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in found(sentence, "it")


def test_a_spanish_ministry_of_two_portfolios_is_one_body() -> None:
    assert ("Ministerio de Trabajo y de Economía Social", "org") in found("El Ministerio de Trabajo y de Economía Social lo confirmó.", "es")


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("The Maine Lobstermen's Association warned that new rules could force boats off the water.", "en",
         ("Maine Lobstermen's Association", "org")),
        ("Jobs have been lost, according to the Scottish Fishermen's Federation.", "en", ("Scottish Fishermen's Federation", "org")),
        ("Ireland's Data Protection Commission fined the company.", "en", ("Data Protection Commission", "org")),
        ("Boat operator Neil Pryor runs trips from Seahouses.", "en", ("Neil Pryor", "person")),
        ("Urs Arnold, Gemeindepräsident von Wassen, sagte, dass sein Dorf erstickt.", "de", ("Urs Arnold", "person")),
        ("L’assessore al Turismo Paolo Ferri ha dichiarato che la cifra è cresciuta.", "it", ("Paolo Ferri", "person")),
    ],
)
def test_possessives_inside_bodies_names_and_portfolios_before_people(sentence: str, lang: str, expected: tuple[str, str]) -> None:
    assert expected in found(sentence, lang)


def test_a_speech_verb_followed_by_a_gerund_points_back_to_the_person_just_named() -> None:
    paragraph = "Una turista brasiliana, Ana Souza, tornerà a Roma. «Ho lanciato due monete per sicurezza», ha raccontato ridendo."
    assert speakers(paragraph)["Ho lanciato due monete per sicurezza"] == "Ana Souza"


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("Le code de la route diffère en Wallonie et en Flandre.", "fr", ("Wallonia", "place")),
        ("Il Tirolo limita il transito dei camion al Brennero.", "it", ("Brenner Pass", "place")),
        ("In NRW stieg die Zahl der Einbrüche um 8 Prozent.", "de", ("North Rhine-Westphalia", "place")),
        ("Los cruceros que llegan a Marsella pagarán una tasa.", "es", ("Marseille", "place")),
        ("Le aziende altoatesine chiedono aiuti.", "it", ("South Tyrol", "place")),
        ("Das Bundesministerium für Arbeit und Soziales plant eine Reform.", "de", ("Bundesministerium für Arbeit und Soziales", "org")),
        ("Julia Brenner leitet das Projekt seit zwei Jahren.", "de", ("Julia Brenner", "person")),
    ],
)
def test_regions_passes_and_federal_ministries_by_their_names(sentence: str, lang: str, expected: tuple[str, str]) -> None:
    assert expected in found(sentence, lang)
