"""A name typed once in an article is that kind wherever it stands untyped; a town's council, mayor
or residents name the town; national adjectives of the languages we read are places. Texts, people
and towns are invented."""

from __future__ import annotations

import pytest

from storyweave.clean import clean_document
from storyweave.extract import analyse
from storyweave.extract.cjk import cjk_entities
from storyweave.extract.entities import extract_entities, kinds_across_article
from storyweave.model import Mention, RawDocument


def test_a_place_the_dateline_names_is_a_place_in_the_body_too() -> None:
    raw = RawDocument("t.txt", "t.txt", (
        "Trawlers block harbour over quota cut\n\n"
        "VELDMOOR, Nov 22 (AP) - About 40 fishing boats blocked the harbour mouth at Veldmoor on Sunday "
        "in protest at a cut to the cod quota.\n\n"
        "Skippers say the cut will cost the fleet its best months. The harbour at Veldmoor stayed shut all day."
    ))
    veldmoor = [m for m in analyse(raw, clean_document(raw)).entities if m.canonical == "Veldmoor"]
    assert len(veldmoor) == 3
    assert {m.kind for m in veldmoor} == {"place"}


def test_an_untyped_name_takes_the_kind_its_other_mentions_agree_on() -> None:
    mentions = [Mention("Ostrava Steel", "org", "Ostrava Steel"), Mention("Tarnley", "place", "Tarnley"),
                Mention("Tarnley", "other", "Tarnley"), Mention("Brisko", "other", "Brisko")]
    assert kinds_across_article(mentions) == [
        Mention("Ostrava Steel", "org", "Ostrava Steel"), Mention("Tarnley", "place", "Tarnley"),
        Mention("Tarnley", "place", "Tarnley"), Mention("Brisko", "other", "Brisko"),
    ]


def test_a_name_typed_two_ways_stays_as_each_mention_has_it() -> None:
    mentions = [Mention("Hallam", "person", "Ruth Hallam"), Mention("Hallam", "place", "Hallam"), Mention("Hallam", "other", "Hallam")]
    assert kinds_across_article(mentions) == mentions


@pytest.mark.parametrize(
    ("sentence", "lang", "town"),
    [
        ("Il consiglio comunale di Roccavaldo ha approvato il bilancio con 14 voti.", "it", "Roccavaldo"),
        ("The mayor of Brackenby said the bridge would reopen in spring.", "en", "Brackenby"),
        ("Los vecinos de Valdelosa llevan tres meses sin agua corriente.", "es", "Valdelosa"),
        ("Le maire de Montclaret a fermé l'école après l'inondation.", "fr", "Montclaret"),
    ],
)
def test_a_towns_council_mayor_or_residents_name_the_town(sentence: str, lang: str, town: str) -> None:
    assert (town, "place") in {(m.canonical, m.kind) for m in extract_entities([sentence], lang)}


@pytest.mark.parametrize(
    ("sentence", "lang", "country"),
    [
        ("La cancillería peruana convocó al embajador.", "es", "Peru"),
        ("Los exportadores paraguayos temen nuevos aranceles.", "es", "Paraguay"),
        ("Il governo cinese ha annunciato nuovi dazi.", "it", "China"),
        ("Des pêcheurs japonais ont été secourus au large.", "fr", "Japan"),
        ("Die kanadische Regierung kündigte Hilfen an.", "de", "Canada"),
        ("La flota turca regresó al puerto.", "es", "Turkey"),
        ("Un chalutier belge a coulé au large de la côte.", "fr", "Belgium"),
        ("Des migrants africains ont été secourus en mer.", "fr", "Africa"),  # and the continents
        ("Los turistas australianos llegaron el lunes.", "es", "Australia"),
        ("Die tschechische Regierung widersprach.", "de", "Czech Republic"),
        ("Un peschereccio greco è affondato.", "it", "Greece"),
    ],
)
def test_national_adjectives_are_places(sentence: str, lang: str, country: str) -> None:
    assert (country, "place") in {(m.canonical, m.kind) for m in extract_entities([sentence], lang)}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Los cines del centro cerrarán en agosto.", "es"),  # cinemas, not the Chinese
        ("Llevaba un anillo de turquesa y plata.", "es"),  # turquoise, not Turkey
    ],
)
def test_words_that_only_begin_like_an_adjective_are_no_place(sentence: str, lang: str) -> None:
    assert not [m for m in extract_entities([sentence], lang) if m.kind == "place"]


@pytest.mark.parametrize(
    ("sentence", "lang", "body"),
    [
        ("Según la Policía Nacional, los detenidos tenían antecedentes.", "es", "Policía Nacional"),
        ("La Cámara de Comerciantes pidió ayudas al Gobierno.", "es", "Cámara de Comerciantes"),
        ("La Fédération Nationale des pêcheurs demande un moratoire.", "fr", "Fédération Nationale"),
    ],
)
def test_a_bodys_first_word_written_with_accents_names_an_organisation(sentence: str, lang: str, body: str) -> None:
    kinds = {(m.text, m.kind) for m in extract_entities([sentence], lang)}
    assert (body, "org") in kinds
    assert not any(kind == "person" for _, kind in kinds)


@pytest.mark.parametrize(
    ("sentences", "lang", "acronym", "full"),
    [
        (["Según la Agencia Estatal de Meteorología (Aemet), el calor seguirá.", "La portavoz de la Aemet lo confirmó."],
         "es", "Aemet", "Agencia Estatal de Meteorología"),
        (["Selon l'Institut national de recherche marine (Inrema), le stock a baissé.", "L'étude de l'Inrema sort lundi."],
         "fr", "Inrema", "Institut national de recherche marine"),
    ],
)
def test_an_acronym_written_as_a_word_takes_the_name_it_follows(sentences: list[str], lang: str, acronym: str, full: str) -> None:
    mentions = [m for m in extract_entities(sentences, lang) if m.text == acronym]
    assert mentions and {(m.kind, m.canonical) for m in mentions} == {("org", full)}


@pytest.mark.parametrize(
    ("sentence", "lang", "body"),
    [
        ("El apagón se debió a un fallo en la empresa tecnológica Nubrisa, con sede en Montevideo.", "es", "Nubrisa"),
        ("La patronal hotelera Turisol advirtió de que la tasa ahuyentará a los visitantes.", "es", "Turisol"),
        ("Secondo Pescafed, il pescato è diminuito del 30 per cento.", "it", "Pescafed"),
        ("Selon Aviaclair, le trafic reprendra lundi.", "fr", "Aviaclair"),
        ("Budget carrier Skylark ceased trading early on Monday.", "en", "Skylark"),
    ],
)
def test_a_descriptor_or_a_source_makes_a_lone_name_an_organisation(sentence: str, lang: str, body: str) -> None:
    assert (body, "org") in {(m.text, m.kind) for m in extract_entities([sentence], lang)}


def test_a_surname_after_according_to_stays_a_person() -> None:
    mentions = extract_entities(["La alcaldesa Marta Ochoa anunció el plan.", "Según Ochoa, las obras durarán un año."], "es")
    assert {(m.canonical, m.kind) for m in mentions if m.text == "Ochoa"} == {("Marta Ochoa", "person")}


@pytest.mark.parametrize(
    ("sentence", "lang", "place"),
    [
        ("Le préfet du Vaucluse a ordonné l'évacuation.", "fr", "Vaucluse"),
        ("Les habitants de la métropole de Montarel circuleront gratuitement.", "fr", "Montarel"),
        ("El opositor ganó la alcaldía de Valdeverde con el 46% de los votos.", "es", "Valdeverde"),
    ],
)
def test_an_administration_names_its_place(sentence: str, lang: str, place: str) -> None:
    assert (place, "place") in {(m.canonical, m.kind) for m in extract_entities([sentence], lang)}


@pytest.mark.parametrize(
    ("sentence", "agency"),
    [
        ("新华社河源11月2日电（记者刘敏）一起欠薪案今天宣判。", "新华社"),
        ("〔中央社記者林宏達花蓮3日電〕步道落石，50人受困。", "中央社"),
        ("県は対策本部を設置した。（共同通信）", "共同通信"),
    ],
)
def test_chinese_and_japanese_news_agencies_are_organisations(sentence: str, agency: str) -> None:
    assert (agency, "org") in {(m.text, m.kind) for m in cjk_entities([sentence])}


@pytest.mark.parametrize(
    ("sentence", "town"),
    [
        ("福島県只見町では19日朝、積雪が2メートルを超えた。", "只見町"),
        ("湯之沢町で地熱発電所の建設が始まった。", "湯之沢町"),
        ("漁民們今天在布袋鎮集合，要求補助。", "布袋鎮"),
    ],
)
def test_a_town_or_village_is_found_by_the_word_ending_its_name(sentence: str, town: str) -> None:
    assert (town, "place") in {(m.text, m.kind) for m in cjk_entities([sentence])}


def test_the_word_for_municipalities_is_no_town() -> None:
    assert not [m for m in cjk_entities(["全国の市町村で調査を行った。"]) if m.kind == "place"]


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        ("«Gli stipendi non sono garantiti», ha detto Luigi Tarantino della FIOM.", "it",
         {("Luigi Tarantino", "person"), ("FIOM", "org")}),
        ("«Siamo bloccati qui», ha raccontato all'ANSA Giulia Pazzaglia.", "it", {("ANSA", "org"), ("Giulia Pazzaglia", "person")}),
        ("Energy analyst Priya Venkatesan of Caldmoor Research called it a lesson.", "en",
         {("Priya Venkatesan", "person"), ("Caldmoor Research", "org")}),
        ("Richter Harald Ziegler verurteilte den Angeklagten.", "de", {("Harald Ziegler", "person")}),
        ("Die Provincia di Valdoria e l'Università di Bologna hanno firmato.", "it",
         {("Valdoria", "place"), ("Università di Bologna", "org")}),
    ],
)
def test_a_person_is_told_from_the_body_they_speak_for(sentence: str, lang: str, expected: set[tuple[str, str]]) -> None:
    found = {(m.canonical, m.kind) for m in extract_entities([sentence], lang) if m.kind != "other"}
    assert expected <= found
    assert not any(kind == "person" for name, kind in found - expected)


@pytest.mark.parametrize(
    ("sentence", "lang", "person"),
    [
        ("Am Montag stellte Gerhard Richter in Köln aus.", "de", "Gerhard Richter"),
        ("El ministro Luis de la Fuente presentó el plan.", "es", "Luis de la Fuente"),
        ("CIA Director Martin Hale told lawmakers on Wednesday.", "en", "Martin Hale"),
    ],
)
def test_names_with_a_link_word_or_after_a_role_stay_whole(sentence: str, lang: str, person: str) -> None:
    assert (person, "person") in {(m.canonical, m.kind) for m in extract_entities([sentence], lang)}


@pytest.mark.parametrize(
    ("sentences", "lang", "acronym", "full"),
    [
        (["Le Bureau d'enquêtes et d'analyses pour la sécurité de l'aviation civile (BEA) a ouvert une enquête.",
          "Le BEA publiera un rapport."], "fr", "BEA", "Bureau d'enquêtes et d'analyses pour la sécurité de l'aviation civile"),
        (["Según el Cuerpo de Bomberos Voluntarios del Paraguay (CBVP), hubo 40 incendios.", "El CBVP pidió ayuda."],
         "es", "CBVP", "Cuerpo de Bomberos Voluntarios del Paraguay"),
        (["Die Bahn und der Deutsche Wetterdienst (DWD) warnten vor Sturm.", "Der DWD rechnet mit Böen."],
         "de", "DWD", "Deutscher Wetterdienst"),
    ],
)
def test_a_bracketed_acronym_names_the_whole_body_before_it(sentences: list[str], lang: str, acronym: str, full: str) -> None:
    mentions = extract_entities(sentences, lang)
    assert {(m.canonical, m.kind) for m in mentions if m.text == acronym} == {(full, "org")}
    assert (full, "org") in {(m.canonical, m.kind) for m in mentions if m.text != acronym}


def test_a_bracketed_word_whose_letters_the_name_lacks_expands_nothing() -> None:
    mentions = extract_entities(["Der Verein Freunde des Waldes (Naturfreunde) pflanzt Bäume.", "Die Naturfreunde laden ein."], "de")
    assert "Verein Freunde des Waldes" not in {m.canonical for m in mentions if m.text == "Naturfreunde"}


@pytest.mark.parametrize(
    ("sentence", "lang", "body"),
    [
        ("Selon la Cour des comptes, les recettes ont baissé.", "fr", "Cour des comptes"),
        ("La Protezione civile ha prolungato l'allerta rossa.", "it", "Protezione civile"),
        ("Il sindaco ha visitato la Pinacoteca civica di Montefalcone ieri.", "it", "Pinacoteca civica di Montefalcone"),
        ("Santé publique France estime que le pic est passé.", "fr", "Santé publique France"),
    ],
)
def test_a_romance_bodys_name_goes_on_in_lower_case(sentence: str, lang: str, body: str) -> None:
    mentions = extract_entities([sentence], lang)
    assert (body, "org") in {(m.canonical, m.kind) for m in mentions}
    assert not any(m.kind == "person" for m in mentions)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Der Nürnberger Anwalt Peter Voigt will bis Ende März entscheiden.", "Nuremberg"),
        ("Allein im Duisburger Hafen warten mehr als 300 Schiffe.", "Duisburg"),
        ("Die Basler Polizei ermittelt.", "Basel"),
        ("Der Münchner Stadtrat tagte am Abend.", "Munich"),
        ("Österreichs Milchbauern geraten unter Druck.", "Austria"),
    ],
)
def test_a_german_towns_adjective_or_a_countrys_genitive_is_the_place(sentence: str, place: str) -> None:
    mentions = extract_entities([sentence], "de")
    assert (place, "place") in {(m.canonical, m.kind) for m in mentions}
    assert not any(m.kind == "person" and m.canonical != "Peter Voigt" for m in mentions)


def test_common_german_nouns_ending_in_er_are_no_towns() -> None:
    mentions = extract_entities(["Die Lehrer und Bürger protestierten mit dem Bauer vor dem Rathaus."], "de")
    assert not [m for m in mentions if m.kind == "place"]


def test_a_german_newspaper_is_an_organisation() -> None:
    mentions = extract_entities(["Die Frankfurter Allgemeine Zeitung berichtete am Montag darüber."], "de")
    assert ("Frankfurter Allgemeine Zeitung", "org") in {(m.canonical, m.kind) for m in mentions}


@pytest.mark.parametrize("body", ["Marine Conservation Society", "Northlight Renewables", "Skyline Aviation"])
def test_societies_renewables_and_aviation_firms_are_organisations(body: str) -> None:
    mentions = extract_entities([f"The figures were confirmed on Monday by the {body}, which had warned of delays."], "en")
    assert (body, "org") in {(m.canonical, m.kind) for m in mentions}


@pytest.mark.parametrize(
    ("sentence", "lang", "person"),
    [
        ("«Tenemos el sol», resumió el alcalde de Valcorcho, Ramón Gil Pizarro.", "es", "Ramón Gil Pizarro"),
        ("Il biologo marino Paolo Dell’Anna ha parlato ai pescatori.", "it", "Paolo Dell’Anna"),
        ("Das Urteil sei gerecht, sagte der Vorsitzende Richter Harald Ziegler am Mittwoch.", "de", "Harald Ziegler"),
    ],
)
def test_a_given_name_a_town_shares_an_italian_surname_and_a_second_title(sentence: str, lang: str, person: str) -> None:
    mentions = extract_entities([sentence], lang)
    assert (person, "person") in {(m.canonical, m.kind) for m in mentions}
    assert not any(m.kind == "place" and m.canonical in person for m in mentions)


def test_an_elided_italian_article_still_parts_from_the_name() -> None:
    assert "Anas" in {m.text for m in extract_entities(["Lo ha detto ieri il presidente dell’Anas ai giornalisti."], "it")}


def test_a_company_named_again_without_its_last_word_is_that_company() -> None:
    mentions = extract_entities(["La mina, operada por la canadiense Andes Copper Corporation, produjo cobre.",
                                 "Andes Copper dijo que la oferta es la mejor."], "es")
    assert {(m.canonical, m.kind) for m in mentions if m.text == "Andes Copper"} == {("Andes Copper Corporation", "org")}


def test_a_german_trade_noun_before_a_name_and_its_party() -> None:
    mentions = extract_entities(["Sie kam auf 50,8 Prozent, ihr Herausforderer Markus Egner von der CDU auf 49,2 Prozent."], "de")
    assert {("Markus Egner", "person"), ("CDU", "org")} <= {(m.canonical, m.kind) for m in mentions}


@pytest.mark.parametrize(("sentence", "reporter"), [("〔記者陳怡真／台北報導〕台北馬拉松今天清晨起跑。", "陳怡真"),
                                                    ("新华社郑州11月2日电（记者刘敏华）一起欠薪案今天宣判。", "刘敏华")])
def test_a_chinese_reporters_name_in_the_credit_is_a_person(sentence: str, reporter: str) -> None:
    assert (reporter, "person") in {(m.text, m.kind) for m in cjk_entities([sentence])}


@pytest.mark.parametrize(("sentence", "province"), [("河南省郑州市今天宣判一起欠薪案。", "Henan Province"),
                                                    ("黑龙江省今冬预计接待游客3000万人次。", "Heilongjiang Province")])
def test_a_chinese_province_has_its_english_name_without_the_pinyin_kind(sentence: str, province: str) -> None:
    places = {m.canonical for m in cjk_entities([sentence]) if m.kind == "place"}
    assert any(name.startswith(province.split()[0]) and "Sheng" not in name for name in places), places



@pytest.mark.parametrize("sentence", ["Ohne Schnee keine Zukunft: das Skigebiet sperrt zu.", "Viele Binnenschiffe fahren nur mit halber Ladung."])
def test_a_german_sentence_opened_by_a_preposition_or_a_quantity_names_no_one(sentence: str) -> None:
    assert not [m for m in extract_entities([sentence], "de") if m.kind == "person"]


def test_a_name_after_an_opening_german_preposition_is_still_found() -> None:
    assert ("Anja Feldkamp", "person") in {(m.canonical, m.kind) for m in extract_entities(["Mit Anja Feldkamp sprach der Minister."], "de")}


@pytest.mark.parametrize(
    ("sentence", "lang", "place"),
    [
        ("Près de 90 000 objets venus d'Afrique se trouvent en France.", "fr", "Africa"),
        ("Según Frontex, esta ruta es la más mortífera hacia Europa.", "es", "Europe"),
        ("Le navi hanno doppiato il Capo di Buona Speranza.", "it", "Cape of Good Hope"),
        ("Un affresco simile è stato trovato a Creta.", "it", "Crete"),
    ],
)
def test_continents_and_exonyms_of_other_languages(sentence: str, lang: str, place: str) -> None:
    assert (place, "place") in {(m.canonical, m.kind) for m in extract_entities([sentence], lang)}


def test_a_bracketed_acronym_skips_a_later_word_with_its_first_letter() -> None:
    mentions = extract_entities(["Selon l'Administration générale des Douanes et Accises (AGDA), les saisies ont triplé.",
                                 "Le porte-parole de l'AGDA l'a confirmé."], "fr")
    assert {m.canonical for m in mentions if m.text == "AGDA"} == {"Administration générale des Douanes et Accises"}


@pytest.mark.parametrize(
    ("sentence", "lang", "ministry"),
    [
        ("Selon le ministère de l’Intérieur, 31 000 personnes ont traversé.", "fr", "ministère de l’Intérieur"),
        ("Le ministère des Ressources naturelles et des Forêts a réduit les coupes.", "fr",
         "ministère des Ressources naturelles et des Forêts"),
        ("El ministerio de Juventud e Infancia informó de que 1.350 menores siguen allí.", "es", "ministerio de Juventud e Infancia"),
        ("Lo ha reso noto il ministero dell’Agricoltura ieri.", "it", "ministero dell’Agricoltura"),
    ],
)
def test_a_ministry_written_in_lower_case_is_one_organisation(sentence: str, lang: str, ministry: str) -> None:
    mentions = extract_entities([sentence], lang)
    assert [(m.canonical, m.kind) for m in mentions] == [(ministry, "org")]


def test_a_demonym_before_a_body_of_three_words_or_more_is_part_of_its_name() -> None:
    found = {(m.canonical, m.kind) for m in extract_entities(["The British International Freight Association said delays grew."], "en")}
    assert ("British International Freight Association", "org") in found
    assert ("Qatar", "place") in {(m.canonical, m.kind) for m in extract_entities(["The Qatari Foreign Ministry said talks resumed."], "en")}




def test_japanese_newspapers_and_power_companies_by_their_endings() -> None:
    found = {(m.text, m.kind) for m in cjk_entities(["北海道新聞によると、関西電力は22日、計画を発表した。"])}
    assert {("北海道新聞", "org"), ("関西電力", "org")} <= found



def test_a_family_name_a_city_shares_is_the_person_when_a_title_follows() -> None:
    found = {(m.text, m.kind) for m in cjk_entities(["佐伯四段は対局後、記者会見に臨んだ。", "村上氏は敗れた。"])}
    assert not [kind for text, kind in found if kind == "place"]
    assert ("Kenya", "place") in {(m.canonical, m.kind) for m in cjk_entities(["男子組由肯亞選手奪冠。"])}



@pytest.mark.parametrize(("sentence", "body"), [("Das teilte die Landespolizeidirektion Tirol am Abend mit.", "Landespolizeidirektion Tirol"),
                                                ("Die Verletzten kamen in das Krankenhaus Zams.", "Krankenhaus Zams"),
                                                ("Die Stadtwerke Olpe erhöhen die Preise.", "Stadtwerke Olpe")])
def test_german_directorates_hospitals_and_utilities_named_with_their_place(sentence: str, body: str) -> None:
    assert (body, "org") in {(m.canonical, m.kind) for m in extract_entities([sentence], "de")}


# place prefixes, streets, regional governments, airlines; bodies named with a country, a region or an
# acronym and a place; German genitives and genders; acronyms with umlauts; copyright lines; national
# forces; capes; lotteries and food firms: each name with its kind, and no person invented
@pytest.mark.parametrize(
    ("sentence", "lang", "name", "kind"),
    [
        ("Puerto Almendro cobrará una tasa turística desde marzo.", "es", "Puerto Almendro", "place"),
        ("I pescherecci di Porto San Lauro restano fermi.", "it", "Porto San Lauro", "place"),
        ("Fans gathered outside the Millbrook Road stadium on Saturday.", "en", "Millbrook Road", "place"),
        ("Il presidente della Regione Marche ha firmato l'ordinanza.", "it", "Marche", "place"),
        ("A plane of the airline Air Lumière left the runway.", "en", "Air Lumière", "org"),
        ("The Air Accident Investigation Branch said in a report that staffing was short.", "en",
         "Air Accident Investigation Branch", "org"),
        ("Greenpeace Schweiz kritisierte den Plan am Montag.", "de", "Greenpeace Schweiz", "org"),
        ("Los ecologistas de WWF España calificaron la situación de alarma.", "es", "WWF España", "org"),
        ("Entro il 2027 Poste Italiane chiuderà 40 uffici.", "it", "Poste Italiane", "org"),
        ("Im Finale schlug Orbita Gaming das Team aus Seoul.", "de", "Orbita Gaming", "org"),
        ("Jordan Pike won the seventh round on Sunday.", "en", "Jordan Pike", "person"),
        ("Nach Angaben des Bundesamts für Naturschutz gibt es 50 Rudel.", "de", "Bundesamt für Naturschutz", "org"),
        ("Le Québec et Montréal sont touchés par la baisse.", "fr", "Montreal", "place"),
        ("Il cantiere di Porta Romana riaprirà a marzo.", "it", "Porta Romana", "place"),
        ("Das Eidgenössische Nuklearsicherheitsinspektorat (ENSI) prüft den Reaktor.", "de",
         "Eidgenössisches Nuklearsicherheitsinspektorat", "org"),
        ("Die ÖVP und die SPÖ einigten sich auf einen Kompromiss.", "de", "SPÖ", "org"),
        ("Die Schweiz braucht einen Plan für die Stilllegung.", "de", "Switzerland", "place"),
        ("La Marine nationale a envoyé un patrouilleur.", "fr", "Marine nationale", "org"),
        ("Shares of Harlow Creek fell 7 per cent on Friday.", "en", "Harlow Creek", "org"),
        ("La passerella di IFEMA Madrid ha ospitato 40 sfilate.", "it", "IFEMA Madrid", "org"),
        ("Copyright WDR. Alle Rechte vorbehalten.", "de", "WDR", "org"),
        ("La Marina Militare continuerà a gestire la lanterna.", "it", "Marina Militare", "org"),
        ("Il faro di Capo Sàlvio riaprirà in primavera.", "it", "Capo Sàlvio", "place"),
        ("Southern Cross Lotteries said the ticket was sold in Perth.", "en", "Southern Cross Lotteries", "org"),
        ("La empresa Alimentos del Valle apelará la decisión.", "es", "Alimentos del Valle", "org"),
        ("Reefline Tours cancelled 40 trips after the survey.", "en", "Reefline Tours", "org"),
        ("L’Opéra de Valmont rouvre ses portes samedi.", "fr", "Opéra de Valmont", "org"),
        ("Secondo Cimone Impianti il guasto era imprevedibile.", "it", "Cimone Impianti", "org"),
        ("Médecins du Monde a dénoncé la situation dans le camp.", "fr", "Médecins du Monde", "org"),
        ("„Das bringt Kaufkraft“, sagte DGB-Vorstand Carsten Reuter.", "de", "Carsten Reuter", "person"),
        ("«La clinica ha sottovalutato i rischi», ha detto l’avvocata Elena Gatti.", "it", "Elena Gatti", "person"),
        ("An eruption at the Grimsfell volcano sent an ash plume north.", "en", "Grimsfell", "place"),
        ("Drivers working for the ride-hailing app Zuma logged off.", "en", "Zuma", "org"),
        ("The debris fell into the Pacific Ocean east of the coast.", "en", "Pacific Ocean", "place"),
        ("Los maquinistas de Metro de Bravia cumplieron su tercera jornada.", "es", "Metro de Bravia", "org"),
        ("The loan to the Ardenberg Museum was extended.", "en", "Ardenberg Museum", "org"),
        ("Die Kellbacher Verkehrsbetriebe sagten alle Fahrten ab.", "de", "Kellbacher Verkehrsbetriebe", "org"),
        ("«No pude hacer nada», contó a su equipo, Andes Pro Cycling.", "es", "Andes Pro Cycling", "org"),
        ("La coopérative Armor Marée évalue ses pertes.", "fr", "Armor Marée", "org"),
        ("Bramford Rovers have signed a striker from a Lisbon side.", "en", "Bramford Rovers", "org"),  # a football club
        ("The fee was £25 million, according to Portuguese newspaper Record.", "en", "Record", "org"),
        ("He joined from Lisbon club Estrela do Tejo last week.", "en", "Estrela do Tejo", "org"),
        ("Un equipo de la Universitat Rovira i Virgili ha descubierto mosaicos.", "es", "Universitat Rovira", "org"),
        # a German noun for what a body is comes off its name
        ("Die schwedische Fluggesellschaft Nordsky streicht 300 Stellen.", "de", "Nordsky", "org"),
        ("Der Chemiekonzern Valtora Chemicals meldete einen Verlust.", "de", "Valtora Chemicals", "org"),
        ("Die Gewerkschaft Verdi ruft zum Streik auf.", "de", "Verdi", "org"),
        ("Nach Angaben des Netzbetreibers Elbnetz fiel der Strom aus.", "de", "Elbnetz", "org"),
        # the word before or after a name says its kind
        ("Le collectif Vélo Libre organise une marche.", "fr", "Vélo Libre", "org"),
        ("Los rescatadores pertenecen al Grupo Espeleológico Orca, de Avilés.", "es", "Grupo Espeleológico Orca", "org"),
        ("La Fondation du littoral a lancé une collecte.", "fr", "Fondation du littoral", "org"),
        ("Quedaron atrapados en la cueva de Peña Roja durante dos días.", "es", "Peña Roja", "place"),
        ("Dozens of dolphins were stranded on Camas Bhan beach overnight.", "en", "Camas Bhan", "place"),
    ],
)
def test_a_name_takes_its_kind_and_invents_no_person(sentence: str, lang: str, name: str, kind: str) -> None:
    mentions = extract_entities([sentence], lang)
    assert (name, kind) in {(m.canonical, m.kind) for m in mentions}
    assert not any(m.kind == "person" and (m.canonical != name or kind != "person") for m in mentions)


def test_the_name_before_a_role_is_whom_the_person_works_for() -> None:
    found = {(m.canonical, m.kind) for m in extract_entities(["Calder Sachs CEO Nia Osei said the bank would hire."], "en")}
    assert found == {("Calder Sachs", "org"), ("Nia Osei", "person")}


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("Der US-Konzern will in Hessen bauen.", "United States"),
        ("Die Ukraine-Hilfe wird aufgestockt.", "Ukraine"),
        ("Das sagte Deutschland-Chefin Karen Lutz am Montag.", "Germany"),
        ("Das Unternehmen betreibt Rechenzentren in den Niederlanden.", "Netherlands"),  # the dative plural
    ],
)
def test_a_place_joined_to_a_german_noun_or_in_the_dative_is_a_place(sentence: str, place: str) -> None:
    assert place in {m.canonical for m in extract_entities([sentence], "de") if m.kind == "place"}


@pytest.mark.parametrize("sentence", ["Die Wahl in Baden-Württemberg ist entschieden.", "Die EU-Kommission widerspricht."])
def test_a_hyphenated_name_the_gazetteers_know_whole_stays_whole(sentence: str) -> None:
    found = {m.text for m in extract_entities([sentence], "de")}
    assert not {"Baden", "EU"} & found


@pytest.mark.parametrize(
    "sentence, lang, acronym, full",
    [
        # the capitals spell the acronym exactly: the whole name, not its nearest word holding the letters
        ("El portavoz del Partido Popular (PP), Ramón Esteve, criticó la reforma.", "es", "PP", "Partido Popular"),
        # accents aside, the word's letters are the name's; the sentence's article is not part of it
        ("La Asociación de la Industria Móvil de Colombia (Asomóvil) advirtió de los costes.", "es", "Asomóvil",
         "Asociación de la Industria Móvil de Colombia"),
        ("El Servicio Nacional de Geología y Minería (Sernageomin) cerró la mina.", "es", "Sernageomin",
         "Servicio Nacional de Geología y Minería"),
    ],
)
def test_an_acronym_in_brackets_takes_the_name_it_spells(sentence: str, lang: str, acronym: str, full: str) -> None:
    found = {(m.text, m.canonical) for m in extract_entities([sentence], lang)}
    assert (acronym, full) in found and (full, full) in found


@pytest.mark.parametrize(
    ("sentence", "lang", "party"),
    [("Gemeinderätin Miriam Olsen (Grüne) stimmte dagegen.", "de", "Grüne"), ("Councillor Tom Hale (Labour) voted against.", "en", "Labour")],
)
def test_a_party_in_brackets_after_a_full_name_is_an_organisation(sentence: str, lang: str, party: str) -> None:
    assert (party, "org") in {(m.text, m.kind) for m in extract_entities([sentence], lang)}


def test_a_department_in_brackets_after_a_town_is_no_party() -> None:
    assert "org" not in {m.kind for m in extract_entities(["Il habite à Vannes (Morbihan) depuis dix ans."], "fr")}


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Gestern hat Siemens der Regierung ein Angebot gemacht.", "Siemens"),  # after a name, "der" opens the object
        ("Nach Angaben des Bundesamts für Naturschutz gibt es 209 Rudel.", "Bundesamts für Naturschutz"),
        ("Ursula von der Leyen reist nach Kiew.", "Ursula von der Leyen"),
        ("Die Bank der Zukunft eröffnet eine Filiale.", "Bank der Zukunft"),
    ],
)
def test_a_german_article_joins_a_name_only_after_a_body_a_role_or_a_particle(sentence: str, name: str) -> None:
    assert name in {m.text for m in extract_entities([sentence], "de")}


@pytest.mark.parametrize(
    "sentence, lang, name",
    [
        ("Die Verhandlungen scheiterten, sagte Verdi-Verhandlungsführerin Petra Lindemann am Abend.", "de", "Petra Lindemann"),
        ("L’avvocata Elena Gatti ha presentato ricorso al tribunale.", "it", "Elena Gatti"),  # a noun with its elided article
    ],
)
def test_a_role_before_a_name_is_no_part_of_it(sentence: str, lang: str, name: str) -> None:
    assert (name, "person") in {(m.text, m.kind) for m in extract_entities([sentence], lang)}


@pytest.mark.parametrize("sentence", ["The Grand Prix in Monza drew 120,000 fans.", "Tickets for the World Cup sold out."])
def test_an_event_or_a_prize_is_no_one(sentence: str) -> None:
    assert "person" not in {m.kind for m in extract_entities([sentence], "en")}


def test_a_town_named_like_an_event_stays_a_town() -> None:
    assert ("Marathon", "place") in {(m.text, m.kind) for m in extract_entities(["Families sheltered in Marathon overnight."], "en")}


def test_an_adjective_that_names_a_language_is_no_place() -> None:
    assert not [m for m in extract_entities(["Le rapport est rédigé en anglais et en allemand."], "fr") if m.text == "anglais"]


def test_a_state_named_like_a_surname_stays_a_surname() -> None:
    # (states, provinces and départements are places: tests/extract/test_roles_regions_and_towns.py)
    found = {(m.text, m.kind) for m in extract_entities(["El ministro Juan Guerrero visitó la zona."], "es")}
    assert ("Juan Guerrero", "person") in found and not any(kind == "place" for _, kind in found)


def test_a_german_body_going_on_with_a_noun_stays_one_name() -> None:
    found = {m.canonical for m in extract_entities(["Die Gewerkschaft Erziehung und Wissenschaft fordert mehr Lehrer."], "de")}
    assert found and all(name.startswith("Gewerkschaft") for name in found)


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("„Wir bleiben“, sagte Nordsky-Chefin Lena Berg.", "Nordsky"),
        ("Verdi-Sprecherin Jana Ott kündigte Widerstand an.", "Verdi"),
        ("Der SPD-Politiker Ralf Klee widersprach.", "SPD"),
    ],
)
def test_the_body_hyphenated_to_a_german_role_is_an_organisation(sentence: str, body: str) -> None:
    found = {(m.canonical, m.kind) for m in extract_entities([sentence], "de")}
    assert (body, "org") in found


@pytest.mark.parametrize("sentence", ["Ex-Chefin Lena Berg schweigt.", "Bayern-Chef Ralf Klee widersprach."])
def test_no_body_before_a_german_role_when_the_head_is_a_prefix_or_a_place(sentence: str) -> None:
    assert "org" not in {m.kind for m in extract_entities([sentence], "de")}


def test_a_society_named_after_association_is_an_organisation_beside_its_president() -> None:
    found = {(m.canonical, m.kind) for m in extract_entities(
        ["Marie Roy, présidente de l’association des Amis de Castelnou, a porté plainte."], "fr")}
    assert ("Amis de Castelnou", "org") in found and ("Amis de Castelnou", "person") not in found


def test_a_quebec_doctors_title_is_no_part_of_her_name() -> None:
    found = {m.canonical for m in extract_entities(["La Dre Hélène Caron a confirmé trois cas."], "fr")}
    assert "Hélène Caron" in found


@pytest.mark.parametrize(("word", "region"), [("Amériques", "Americas"), ("Südamerika", "South America"), ("Norteamérica", "North America")])
def test_the_americas_are_places(word: str, region: str) -> None:
    assert (region, "place") in {(m.canonical, m.kind) for m in extract_entities([f"Le virus circule dans les {word} depuis mai."], "fr")}


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        ("Flooding hit St. Louis on Monday.", "St. Louis", "place"),
        ("Snow closed the roads on Mt. Hood overnight.", "Mt. Hood", "place"),
        ("Hackers shut down systems at St. Brendan's Medical Center on Friday.", "St. Brendan's Medical Center", "org"),
    ],
)
def test_a_name_goes_on_after_an_abbreviated_saint_or_mount(sentence: str, name: str, kind: str) -> None:
    assert {(m.canonical, m.kind) for m in extract_entities([sentence], "en")} == {(name, kind)}


@pytest.mark.parametrize(("sentence", "place"), [("En Cuenca, los semáforos dejaron de funcionar.", "Cuenca"),
                                                 ("Con Bolivia, el acuerdo sigue en vigor.", "Bolivia")])
def test_a_preposition_opening_a_spanish_sentence_is_no_part_of_the_name(sentence: str, place: str) -> None:
    assert {(m.canonical, m.kind) for m in extract_entities([sentence], "es")} == {(place, "place")}


def test_a_german_broadcaster_is_named_in_the_nominative() -> None:
    found = {(m.canonical, m.kind) for m in extract_entities(["Der Hessische Rundfunk berichtete am Abend."], "de")}
    assert found == {("Hessischer Rundfunk", "org")}


@pytest.mark.parametrize(("text", "places"), [("ALBA (Cuneo) - La siccità ha colpito il tartufo.", {"Alba", "Cuneo"}),
                                              ("FALLBROOK (Texas) - A storm hit the town.", {"Fallbrook", "Texas"})])
def test_a_place_in_a_datelines_brackets_is_its_province_not_an_agency(text: str, places: set[str]) -> None:
    article = analyse(RawDocument("t.txt", "t.txt", f"Tartufo e tempeste\n\n{text} Poi è tornato il sole.\n"),
                      clean_document(RawDocument("t.txt", "t.txt", f"Tartufo e tempeste\n\n{text} Poi è tornato il sole.\n")))
    assert article.outlet is None
    assert article.dateline is not None and article.dateline.agency is None
    assert places <= {m.canonical for m in article.entities if m.kind == "place"}
    assert "org" not in {m.kind for m in article.entities}


def test_an_agency_in_a_datelines_brackets_stays_the_outlet() -> None:
    raw = RawDocument("t.txt", "t.txt", "Storm hits the coast\n\nFALLBROOK, Ohio (AP) - A storm hit the town on Monday.\n")
    article = analyse(raw, clean_document(raw))
    assert article.outlet == "AP" and article.dateline is not None and article.dateline.agency == "AP"


@pytest.mark.parametrize(
    ("sentence", "lang", "body"),
    [
        ("Das Bundesamt für Migration und Flüchtlinge prüft die Anträge.", "de", "Bundesamt für Migration und Flüchtlinge"),
        ("Das Landesinstitut für Boden und Wasser warnte am Montag.", "de", "Landesinstitut für Boden und Wasser"),
        ("The Centers for Disease Control and Prevention said on Monday.", "en", "Centers for Disease Control and Prevention"),
    ],
)
def test_what_a_body_is_for_may_come_in_two_parts(sentence: str, lang: str, body: str) -> None:
    assert {(m.canonical, m.kind) for m in extract_entities([sentence], lang)} == {(body, "org")}


def test_two_bodies_joined_by_and_stay_two() -> None:
    found = {m.canonical for m in extract_entities(["The Institute for Fiscal Studies and Oxford University agreed."], "en")}
    assert found == {"Institute for Fiscal Studies", "Oxford University"}


@pytest.mark.parametrize(("sentence", "lang", "place"), [
    ("Una scossa ha colpito l’entroterra marchigiano nella notte.", "it", "Marche"),
    ("La empresa tinerfeña Orbital Norte lanzará el satélite.", "es", "Tenerife"),
    ("L'État a versé 45 millions d'euros aux éleveurs landais.", "fr", "Landes"),
    ("Die niedersächsische Ministerin kündigte Hilfen an.", "de", "Lower Saxony"),
])
def test_a_regions_or_a_citys_adjective_in_lower_case_names_it(sentence: str, lang: str, place: str) -> None:
    assert (place, "place") in {(m.canonical, m.kind) for m in extract_entities([sentence], lang)}


def test_a_surname_that_looks_like_a_regions_adjective_stays_a_surname() -> None:
    mentions = extract_entities(["La portavoce Maria Lombardi ha confermato.", "Secondo Lombardi, i danni sono gravi."], "it")
    assert {(m.canonical, m.kind) for m in mentions} == {("Maria Lombardi", "person")}


def test_an_adjective_inside_a_bodys_name_is_no_place_of_its_own() -> None:
    mentions = extract_entities(["Il presidente dell’Agenzia spaziale italiana ha detto che il lancio è rinviato."], "it")
    assert {(m.canonical, m.kind) for m in mentions} == {("Agenzia spaziale italiana", "org")}


def test_a_portfolio_after_an_article_and_a_ministry_stays_in_its_name() -> None:
    mentions = extract_entities(["El Ministerio del Interior anunció nuevas medidas."], "es")
    assert ("Ministerio del Interior", "org") in {(m.canonical, m.kind) for m in mentions}
