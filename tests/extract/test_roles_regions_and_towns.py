"""Names as other languages' news writes them: German roles capitalised before the name, honorifics,
regions and cities by their English names, towns named "San …" or "… Alto", dates like "Ende
Januar", and a judge "of the" court; and what these rules must leave alone (surnames that end like a
role, "on"/"for" around names, English clauses beside a name in characters, a closing sentence
opening with "By"). Texts, people and towns are invented."""

from __future__ import annotations

import pytest

from storyweave.clean import clean_document
from storyweave.clean.metadata import parse_dateline
from storyweave.extract import analyse
from storyweave.extract.entities import dateline_entities
from storyweave.extract.quotes import extract_quotes
from storyweave.model import Mention, RawDocument

from extraction import found, names


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Das sei ein schwerer Tag, sagte Geschäftsführer Florian Brettl am Montag.", "Florian Brettl"),
        ("Die SPD-Kandidatin Mira Hollweg gewann die Stichwahl deutlich.", "Mira Hollweg"),
        ("Kreisbrandmeister Jonas Aufderheide sprach von einem Großeinsatz.", "Jonas Aufderheide"),
        ("Staatsanwältin Ilka Vennemann forderte drei Jahre Haft.", "Ilka Vennemann"),
        ("Das habe es nie gegeben, sagte Schiffer Holger Brandtner.", "Holger Brandtner"),  # a trade, not a listed role
        ("Kundin Heike Ammersbach wartet seit Tagen auf ihr Paket.", "Heike Ammersbach"),
    ],
)
def test_a_german_role_written_before_the_name_is_not_part_of_it(sentence: str, person: str) -> None:
    names = found(sentence, "de")
    assert (person, "person") in names
    assert not any(kind == "person" and canonical != person for canonical, kind in names)


def test_a_role_word_alone_is_still_a_surname() -> None:
    assert ("Eva Richter", "person") in found("Die Richterin hörte Eva Richter als Zeugin.", "de")


@pytest.mark.parametrize(
    ("sentence", "lang", "name", "kind"),
    [
        # a descriptor or honorific before a name is not part of it
        ("Parent Nadia Oyelaran said the school had not warned them.", "en", "Nadia Oyelaran", "person"),
        ("Me Olivier Tessandier, l’avocat du maire, a annoncé un recours.", "fr", "Olivier Tessandier", "person"),
        ("Ña Rosalía Benegas perdió su almacén en el incendio.", "es", "Rosalía Benegas", "person"),
        # regions and cities take their English names
        ("Die Polizei in Bayern und Köln meldete Staus.", "de", "Bavaria", "place"),
        ("Die Polizei in Bayern und Köln meldete Staus.", "de", "Cologne", "place"),
        ("Les urgences de Bretagne sont saturées.", "fr", "Brittany", "place"),
        ("In Puglia e in Lombardia piove da giorni.", "it", "Apulia", "place"),
        ("Los vuelos a Canarias se retrasaron.", "es", "Canary Islands", "place"),
        # states, provinces, cantons and départements, from pycountry's ISO 3166-2 names
        ("Wildfires spread across Texas on Monday.", "en", "Texas", "place"),
        ("Les vignobles du Pas-de-Calais ont été touchés.", "fr", "Pas-de-Calais", "place"),
        ("In Vorarlberg gingen Lawinen ab.", "de", "Vorarlberg", "place"),
        ("Las lluvias afectaron a Jalisco y Sinaloa.", "es", "Jalisco", "place"),
        ("La Guyane attend des renforts.", "fr", "French Guiana", "place"),  # an overseas département: a territory in English
        # bodies named by their first or last word
        ("Der Handelsverband Deutschland rechnet mit einem Rekord.", "de", "Handelsverband Deutschland", "org"),
        ("Die Staatsanwaltschaft Kornfeld ermittelt.", "de", "Staatsanwaltschaft Kornfeld", "org"),
        ("La Junta de Andalucía aprobó el plan.", "es", "Andalusia", "place"),  # the region, acting through its government
        # names these rules must leave alone: surnames that end like a compound role, given names that
        # end like German nouns after a trade, acronyms that look like honorifics
        ("Luisa Neubauer said the plan would fail.", "en", "Luisa Neubauer", "person"),
        ("Thomas Hofmeister sagte, es sei vorbei.", "de", "Thomas Hofmeister", "person"),
        ("Sprecher Sven Müller sagte das am Abend.", "de", "Sven Müller", "person"),
        ("Trainer Jürgen Klopp lobte die Mannschaft.", "de", "Jürgen Klopp", "person"),
        ("Analysts at ING expect a cut.", "en", "ING", "org"),
        ("Val Kilmer arrived late.", "en", "Val Kilmer", "person"),
        ("Shares in De Beers Group fell.", "en", "De Beers Group", "org"),
        # clubs and bodies in the Romance languages, and an elided article before a name
        ("Le Stade Vercorin a fait appel de la sanction.", "fr", "Stade Vercorin", "org"),
        ("L'Osservatorio Salute Nord ha pubblicato i dati.", "it", "Osservatorio Salute Nord", "org"),
        ("Secondo l'ANAS la strada riaprirà lunedì.", "it", "ANAS", "org"),
        ("El Banco Central de la República Argentina subió la tasa.", "es", "Banco Central de la República Argentina", "org"),
    ],
)
def test_names_written_the_way_each_language_writes_them_take_their_kind(sentence: str, lang: str, name: str, kind: str) -> None:
    assert (name, kind) in found(sentence, lang)


def test_towns_by_their_saint_or_their_upper_part_are_places_and_a_date_is_no_person() -> None:
    assert {("San Telmo de Arriba", "place"), ("Castrovalle Alto", "place")} <= found(
        "Los vecinos de San Telmo de Arriba y de Castrovalle Alto esperan ayuda.", "es")
    names = found("Die Brauerei schließt Ende Januar, sagte Inhaber Tobias Wernle.", "de")
    assert names == {("Tobias Wernle", "person")}
    assert ("Valdorado", "place") not in {(c, k) for c, k in found("Hoy Valdorado elige alcalde.", "es") if k == "person"}
    assert not any(kind == "person" for _, kind in found("Hoy Valdorado elige alcalde.", "es"))


def test_a_judge_of_the_court_is_a_person_and_the_court_an_organisation() -> None:
    names = found("Justice Marion Okafor of the Alberta Court of Appeal dismissed the case.", "en")
    assert ("Marion Okafor", "person") in names
    assert any(kind == "org" and "Court of Appeal" in canonical for canonical, kind in names)


def test_a_body_named_for_what_it_does_runs_on_past_a_plural() -> None:
    names = found("The Centers for Disease Control and Prevention sent a team.", "en")
    assert any(kind == "org" and canonical.startswith("Centers for Disease Control") for canonical, kind in names)


def test_a_dateline_with_a_regional_desk_names_both_agencies() -> None:
    raw = RawDocument("x.txt", "x.txt", "Flut im Tal\n\nWERNAU (dpa/lsw) - Das Hochwasser steigt weiter.\n\nMehr folgt.")
    orgs = {m.canonical for m in analyse(raw, clean_document(raw)).entities if m.kind == "org"}
    assert {"dpa", "lsw"} <= orgs


def test_a_swiss_canton_is_no_person_and_a_name_stays_whole_after_a_given_name_like_a_trade() -> None:
    assert not any(kind == "person" for _, kind in found("Im Schweizer Kanton Tessin schneite es.", "de"))
    assert ("Peter Anton Gruber", "person") in found("Peter Anton Gruber leitet den Betrieb seit 1998.", "de")


def test_a_lone_body_word_is_a_common_noun() -> None:
    assert not any(kind == "org" for _, kind in found("Die Kammer tagte am Abend, der Dienst endete spät.", "de"))


@pytest.mark.parametrize("place", ["Outer Skerries", "Murray Plains", "Cerro Largo", "Lido di Volano"])
def test_places_named_by_their_first_or_last_word(place: str) -> None:
    assert (place, "place") in found(f"Rain fell on {place} for three days.", "en")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the present tense of features and reportage
        ("Le maire a parlé.\n\n« Nous rouvrirons la ligne en mars », raconte Odile Fernet, habitante du village.", "Odile Fernet"),
        ("Sequía en el valle.\n\n«Llevamos tres años sin lluvia», cuenta Anselmo Rioja, agricultor.", "Anselmo Rioja"),
        ("Traffico in tilt.\n\n«Ogni mattina perdo un'ora», racconta Silvio Brambati, pendolare.", "Silvio Brambati"),
        # a title's full stop is not the sentence's end; French participles and "dit-elle"
        ('Cases rise.\n\n"Every one of these cases was preventable," said Dr. Nora Whitcombe, the county\'s medical officer.', "Nora Whitcombe"),
        ("Incendie.\n\n« Le toit s’est effondré d’un coup », a raconté une voisine, Odette Maraval, qui habite en face.", "Odette Maraval"),
        ("Vol de pots.\n\nUne victime, Josette Carrel, a payé 900 euros. « Sans voiture, je ne peux rien faire », dit-elle.", "Josette Carrel"),
    ],
)
def test_quotes_are_given_to_their_speakers(text: str, speaker: str) -> None:
    raw = RawDocument("x.txt", "x.txt", text)
    assert any(q.speaker == speaker and q.direct for q in analyse(raw, clean_document(raw)).quotes)


@pytest.mark.parametrize("sentence", ["The Senate Committee on Foreign Relations met.", "Police on Main Street arrested Tom Lee."])
def test_no_name_starts_or_ends_with_on_or_for(sentence: str) -> None:
    assert not any(canonical.split()[0] in {"on", "for"} or canonical.split()[-1] in {"on", "for"} for canonical, _ in found(sentence, "en"))


def test_a_name_in_characters_does_not_switch_off_english_reported_speech() -> None:
    quotes = extract_quotes(["Xi Jinping (习近平) said that tariffs would rise sharply next year."], [Mention("Xi Jinping", "person", "Xi Jinping")])
    assert [(q.text, q.speaker, q.direct) for q in quotes] == [("tariffs would rise sharply next year", "Xi Jinping", False)]


def test_a_short_closing_sentence_starting_with_by_stays_in_the_body() -> None:
    paragraphs = "\n".join(f"Paragraph {i} says something long enough here, as paragraphs do." for i in range(5))
    doc = clean_document(RawDocument("x.txt", "x.txt", f"Harbour news\n{paragraphs}\nBy then, it was too late."))
    assert doc.body.endswith("By then, it was too late.") and doc.outlet is None


@pytest.mark.parametrize(("line", "places"), [("BREAKING: Fire at the plant kills two", []), ("LILONGWE - Rain fell.", ["Lilongwe"]),
                                              ("NATO, EU - Leaders met on Friday.", [])])
def test_a_dateline_without_date_or_agency_names_only_a_known_place(line: str, places: list[str]) -> None:
    parsed = parse_dateline(line)
    named = [m.canonical for m in dateline_entities(parsed[0]) if m.kind == "place"] if parsed else []
    assert named == places


@pytest.mark.parametrize(("sentence", "lang"), [("Comme Montpellier, la ville a fermé ses écoles.", "fr"),
                                                ("Como Valdeverde, el pueblo votó el domingo.", "es")])
def test_a_conjunction_opening_a_sentence_is_not_part_of_the_name(sentence: str, lang: str) -> None:
    assert not any(canonical.split()[0].lower() in {"comme", "como"} for canonical, _ in found(sentence, lang))


@pytest.mark.parametrize(
    ("sentence", "lang", "canonical"),
    [("Los agricultores de España protestan.", "es", "Spain"), ("Die Bauern in Österreich protestieren.", "de", "Austria"),
     ("La Unión Europea pagará la mitad.", "es", "European Union"), ("Troops massed near Rafah on Monday.", "en", "Rafah")],
)
def test_names_written_with_accents_find_their_english_names(sentence: str, lang: str, canonical: str) -> None:
    assert canonical in {c for c, _ in found(sentence, lang)}


@pytest.mark.parametrize("sentence", [
    "Die Sanierung kostet 30 Millionen Franken, teilte der Kanton mit.",
    "Ein Ticket kostet künftig 12 Franken.",
])
def test_swiss_francs_are_no_region(sentence: str) -> None:
    assert not any(canonical == "Franconia" for canonical, _ in found(sentence, "de"))


def test_a_german_noun_ending_like_a_towns_adjective_is_no_town_without_a_noun_after_it() -> None:
    assert not any(kind == "place" for _, kind in found("Er liegt mit seinem Tanker seit elf Tagen fest.", "de"))
    assert ("Duisburg", "place") in found("Im Duisburger Hafen warten 300 Schiffe.", "de")


@pytest.mark.parametrize(("sentence", "lang", "place"), [
    ("Die Frachter fahren am Rhein nur halb beladen.", "de", "Rhine"),
    ("Die Schleuse am Mittellandkanal ist seit Montag defekt.", "de", "Mittelland Canal"),
    ("Der Ort liegt in der Lüneburger Heide.", "de", "Lüneburg Heath"),
    ("Le cargo a coulé en mer Adriatique, selon la garde côtière.", "fr", "Adriatic Sea"),
    ("El velero cruzó el Atlántico en 19 días.", "es", "Atlantic Ocean"),
    ("Le acque del Tevere sono salite di due metri.", "it", "Tiber"),
])
def test_seas_rivers_and_heaths_take_their_english_names(sentence: str, lang: str, place: str) -> None:
    assert (place, "place") in found(sentence, lang)


def test_a_german_set_phrase_after_in_names_no_place_and_a_towns_ending_does() -> None:
    assert found("Der Schaden liegt in Höhe von zwei Millionen Euro.", "de") == set()
    assert ("Elmshagen", "place") in found("Die Schleuse bei Elmshagen ist defekt.", "de")


@pytest.mark.parametrize(("sentence", "town"), [
    ("Das Zürcher Schulhaus bleibt geschlossen.", "Zurich"),
    ("Der Bremer Senat tagte am Montag.", "Bremen"),
])
def test_irregular_and_en_dropping_town_adjectives(sentence: str, town: str) -> None:
    assert (town, "place") in found(sentence, "de")


@pytest.mark.parametrize(("sentence", "body"), [
    ("Nach Angaben des Statistischen Landesamts sind die Mieten gestiegen.", "Statistisches Landesamt"),
    ("Das ergab die Messung des Österreichischen Alpenvereins.", "Österreichischer Alpenverein"),
    ("Die Funde kommen in die Archäologischen Staatssammlung.", "Archäologische Staatssammlung"),
    ("Wie die Deutsche Bischofskonferenz mitteilte, sank die Zahl.", "Deutsche Bischofskonferenz"),
    ("Der Bauträger, die Isarland Wohnbau GmbH, muss zahlen.", "Isarland Wohnbau GmbH"),
    ("Die IG Metall kündigte Widerstand an.", "IG Metall"),
])
def test_german_bodies_named_by_an_adjective_a_legal_form_or_an_acronym(sentence: str, body: str) -> None:
    assert (body, "org") in found(sentence, "de")


def test_a_conference_alone_is_no_body() -> None:
    assert found("Das sagte er auf einer Pressekonferenz.", "de") == set()


@pytest.mark.parametrize(("sentence", "lang", "expected"), [
    ("Según el Ministerio del Interior, hubo 20 detenidos.", "es", ("Ministerio del Interior", "org")),
    ("The Ministry of the Interior said 20 were held.", "en", ("Ministry of the Interior", "org")),
    ("Minister of Health Ana Ruiz said the wards would reopen.", "en", ("Ana Ruiz", "person")),
])
def test_a_portfolio_after_a_body_or_a_role_is_neither_a_role_nor_a_name(sentence: str, lang: str, expected: tuple) -> None:
    assert expected in found(sentence, lang)


def test_volcanoes_and_regions_the_article_cue_would_take_for_bodies_are_places() -> None:
    assert ("Mount Etna", "place") in found("Una nube di cenere dall'Etna ha chiuso l'aeroporto di Catania.", "it")
    assert ("Trentino", "place") in found("Nel Trentino sono caduti 40 centimetri di neve.", "it")


@pytest.mark.parametrize(("sentence", "lang", "town"), [
    ("Deux personnes sont mortes jeudi au large de Wimereux.", "fr", "Wimereux"),
    ("Le maire d’Arès, Xavier Lafon, a assuré que l'eau est saine.", "fr", "Arès"),
    ("Lo ha dichiarato Gianna Zoppi, sindaca di Ostana.", "it", "Ostana"),
])
def test_a_town_named_as_where_a_mayor_serves_or_a_boat_sank_off(sentence: str, lang: str, town: str) -> None:
    assert (town, "place") in found(sentence, lang)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Die Muttergesellschaft Drauwerke prüft den Verkauf.", {("Drauwerke", "org")}),
    ("Das prüft die Regulierungsbehörde RTR.", {("RTR", "org")}),
    ("Beim Kärntner Glasfaseranbieter Alpenlink werden Stellen gestrichen.", {("Carinthia", "place"), ("Alpenlink", "org")}),
])
def test_what_a_german_body_is_stands_before_its_name_and_is_no_part_of_it(sentence: str, expected: set) -> None:
    assert expected <= found(sentence, "de")


def test_a_body_of_something_keeps_its_name_whole() -> None:
    assert ("Bundesverband der Binnenschifffahrt", "org") in found("Der Präsident des Bundesverbands der Binnenschifffahrt sagte das.", "de")


def test_a_german_office_every_town_has_is_no_one_body_and_a_federal_one_is() -> None:
    assert not any(kind == "org" for _, kind in found("Das Gesundheitsamt ordnete ein Abkochgebot an.", "de"))
    assert ("Bundeskartellamt", "org") in found("Das Bundeskartellamt prüft die Übernahme.", "de")


@pytest.mark.parametrize(("sentence", "lang", "expected"), [
    ("Il politologo dell’Università di Perugia Paolo Gentili ha sostenuto che il voto è stato personale.", "it",
     {("Università di Perugia", "org", "Università di Perugia"), ("Paolo Gentili", "person", "Paolo Gentili")}),
    ("The economist at the University of Leeds Anna Hart said so.", "en",
     {("University of Leeds", "org", "University of Leeds"), ("Anna Hart", "person", "Anna Hart")}),
    # the words after the place are part of the body's own name
    ("Lo studio dell’Università di Roma Tor Vergata è uscito ieri.", "it",
     {("Università di Roma Tor Vergata", "org", "Università di Roma Tor Vergata")}),
    ("La Junta de Castilla y León aprobó el plan.", "es", {("Castilla y León", "place", "Castile and León")}),
])
def test_a_body_named_with_its_place_then_a_persons_name_are_two_names(sentence: str, lang: str, expected: set) -> None:
    assert names(sentence, lang) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("El Real Oviedo comprará el estadio por 25 millones de euros.", {("Real Oviedo", "org", "Real Oviedo")}),
    ("El Real Betis ganó en Sevilla.", {("Real Betis", "org", "Real Betis"), ("Sevilla", "place", "Seville")}),
])
def test_a_spanish_club_or_body_named_real_is_an_organisation(sentence: str, expected: set) -> None:
    assert names(sentence, "es") == expected
