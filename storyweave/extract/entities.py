"""People, places and organisations from capitalisation, roles and gazetteers — no model download.

A proper-noun phrase is a run of capitalised words (with "of", "al-", "bin" … inside). Roles in
front of a name ("Israeli Prime Minister Benjamin Netanyahu") are peeled off: the demonym names a
place, the role is dropped, the rest is the person. Inside an article a surname alone ("Netanyahu")
is merged into the full name it stands for."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from typing import Final

from storyweave.clean.metadata import AGENCIES, NAME_JOINERS, looks_like_agency
from storyweave.clean.scripts import has_cjk
from storyweave.clean.sentences import GERMAN_CLUB_INITIALS
from storyweave.extract.gazetteer import (
    DEMONYM_STEMS, DEMONYMS, DEPARTMENTS_NAMED_AS_WORDS, EXONYMS, ORGANISATIONS, REGIONAL_DEMONYM_STEMS, REGIONAL_DEMONYM_WORDS,
    STATE_ABBREVIATIONS, countries, italian_town_stems, known_bodies,
    known_bodies_first_words, places, regions, small_towns, takes_an_article,
)
from storyweave.extract.people import listed_name, named_like_a_person
from storyweave.model import Dateline, Mention

# the first branch takes the commonest token, a plain lower-case word, before the costlier ones are tried;
# no token starts at white space, so one test there ("(?=\S)") spares trying every branch; a name of initials
# joined by "&" is one token ("AT&T", "OG&E", "S&P")
_TOKEN: Final = re.compile(r"(?=\S)(?:[a-z][a-z]+(?![\w'’\-.])|A/S(?![\w/])|[A-Z]{1,4}&[A-Z]{1,4}(?![\w&])|[A-Z]{1,3}\$|\b(?:dell|dall|nell|sull|all|qu|Qu|[ldjnscLDJSC])['’](?=[A-ZÀ-ÖØ-Þ])|(?:[A-Z]{1,2}\.){2,}|[A-Za-zÀ-ÖØ-öø-ÿĀ-žА-яЁё][\w'’\-]*(?:\.(?=[A-Z]\.))?\.?|[.,;:!?()\"“”«»„]|\S)")
# in Chinese and Japanese text a Latin word ends where the characters begin: "ISROが打ち上げを担当し" holds ISRO,
# where `_TOKEN`'s word characters ran on to the clause's end and made it a name
_TOKEN_AMONG_CHARACTERS: Final = re.compile(_TOKEN.pattern.replace(r"[\w'’\-]*", r"[0-9A-Za-zÀ-ÖØ-öø-ÿĀ-žА-яЁё_'’\-]*"))
# the Spanish plural articles a name goes on over after "de": "Villarrubia de los Ojos", "Asociación de las Mujeres Rurales"
_SPANISH_PLURAL_ARTICLES: Final = {"los", "las"}
_CONNECTORS: Final = {"of", "de", "del", "der", "van", "von", "al", "bin", "ibn", "la", "le", "du", "da", "do", "dos", "di", "el", "des", "della",
               "delle", "degli", "dei", "dell'", "dell’", "d'", "d’", "l'", "l’", "the"}
# not names though written in capitals
_COMMON_ACRONYMS: Final = {"GDP", "CEO", "CFO", "VAT", "TV", "AI", "OK", "PHD", "PM", "AM", "GMT", "UTC", "COVID", "SUV", "ID", "PIB", "BIP", "PIL",
                    # things, not bodies: "supporters identified from CCTV", "a PCR test"
                    "CCTV", "GPS", "DNA", "PCR", "ICU", "USB", "LED", "SMS", "PDF", "HIV", "MRI", "IVF", "SIM",
                    # "the IP address", "daily PE lessons", "CBD oil", "a VM", "Sign up to FREE daily alerts"
                    "IP", "PE", "CBD", "VM", "FREE",
                    "DUI", "DWI", "CPR", "VPN", "ETF", "IPO", "AGM", "EGM", "CAGR", "FDI", "SME", "BBQ", "FAQ", "DIY", "NFT",
                    "APR", "GPU", "CPU", "URL", "PPE", "PCP", "ARPU",
                    # value-added tax, in Spanish and Italian ("la mayoría de los alimentos sin IVA")
                    "IVA",
                    # currencies' codes after an amount: "300,000 PLN"
                    "PLN", "CZK", "HUF", "SEK", "NOK", "DKK", "INR", "RUB", "CNY", "JPY", "GBP", "USD", "EUR", "CHF", "AUD", "BRL",
                    "MXN", "ZAR", "TL", "TRY",
                    # a page's links and markers: "READ MORE: …", "[VIDEO]" ("ATM" is Milan's transport company too)
                    "READ MORE", "ALSO READ", "VIDEO", "PHOTOS",
                    # and Italian pages' ("LEGGI DI PIÙ: …", "IL PIÙ LETTO", "PUNTI CHIAVE")
                    "PIÙ", "PIÙ LETTO", "PUNTI CHIAVE", "LEGGI ANCHE"}
_NUMBER_WORDS: Final = set("two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousands dozens".split())
_SENTENCE_STARTERS = set(
    "the a an in on at to for from by with but and or if as so he she it they we i you his her its their our my your this that these "
    "those there here after before when while since during following according meanwhile however also only speaking asked earlier later "
    "then now today yesterday tomorrow last next some many most all both each every other such no not one two three several what who why "
    "how where which despite although though because under over into amid among about around between against without within once until "
    "further furthermore moreover meanwhile instead indeed still yet even perhaps already nevertheless nonetheless thus hence "
    "through throughout across beyond toward towards upon via inside outside near behind beside besides unlike like except "
    "above below along alongside onto "
    "tonight overnight selon según secondo laut gemäß nach mit bei für während auch aber und der die das ein eine le la les un une "
    "hoy ayer anoche mañana aujourd'hui hier demain oggi ieri domani stamattina stanotte heute gestern morgen "
    "comme como come quando cuando lorsque quand mais pero ma però aunque anche también aussi ainsi così así depuis desde "
    "pendant mientras mentre entre sans sin senza "
    # French prepositions: "Chez Vauclair SA, 180 emplois …", "Parmi les victimes …"
    "chez parmi sous malgré "
    "monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr prof "
    "à au aux dans avec pour sur après selon im am zum zur beim vom nel nella sulla dopo tras según durante "
    # Spanish and Portuguese prepositions opening a sentence before a place: "En Guayaquil, los semáforos …"
    "en em con por para sobre ante bajo hacia hasta contra il lo gli uno "
    # German prepositions, determiners and particles a sentence opens with: "Auf Juist …", "Solche Mängel …"
    "auf aus vor über unter neben zwischen seit ohne gegen durch bis ab dieser diese dieses jeder jede jedes mancher "
    "manchen solche solcher solchen viele vielen einige einigen mehrere kein keine keinen wir er ich dort dann doch noch "
    "wenige wenigen zahlreiche zahlreichen etliche etlichen sämtliche beide beiden andere anderen "
    "schon nur wie wenn weil obwohl dass jetzt bereits mein meine meinen unser als nachdem während sobald "
    # German conjunctions and a page's ad marker: "Indem Sie „Akzeptieren“ anklicken …", "Anzeige"
    "indem falls damit sofern bevor seitdem sodass wobei anzeige "
    # Italian imperatives of a page's links: "Guarda il video", "Condividi" (not Guarda, the Portuguese town, there)
    "guarda condividi "
    # German possessives: "Sein Verteidiger Andreas Fink …", "Ihre Sprecherin …"
    "meinem meiner meines sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres unsere unseren unserem unserer "
    # Romance demonstratives: "Este año …" (not Este, the town), "Questa mattina …", "Cette semaine …"
    "este esta estos estas ese esa esos esas aquel aquella questo questa questi queste quel quella ce cet cette ces "
    # Italian prepositions with the article ("Al" opens too many English names: Al Gore, Al Jazeera)
    "alla allo ai agli alle dal dalla dallo dai dagli dalle sul sulla sullo sui sugli sulle "
    # and "between" without it: "Tra Villa San Giovanni e …" (not "Da", "Per", "Su", "Con": "Da Silva", "Per Gessle")
    "tra fra "
    # German conjunctions and particles a sentence opens with: "Weder Russland noch China …", "Selbst Bayern …"
    "weder sowohl selbst sogar zwar erst gerade nicht allein ebenso ebenfalls außer ausser zu "
    # "only" in the Romance languages: "Solo 9.000 visitantes …" (not Solo, the Javanese city)
    "solo sólo solamente únicamente soltanto seulement".split()
)
# question words, "if" and adverbs of sequence, which open quotes and sentences: "„Wer Mosel auf das Etikett schreibt …“",
# "“Si Volkswagen estornuda …”", "Poi Coldiretti …"; in capitals they are no such word ("SE", a company's form, "SI.com")
_LOWER_CASE_STARTERS: Final = set(
    "wer was warum wann wieso weshalb welche welcher welches welchen wem wen quién quien quiénes si se chi qui quiconque "
    "poi quindi inoltre infine allora puis ensuite enfin alors luego entonces además "
    # "why", "how" and "where" of the Romance languages: "Perché Apple rifiuta queste app?", "Pourquoi Berlin hésite"
    "perché perchè pourquoi comment où combien qué dónde donde quale quali quanto quanti porque "
    # Italian auxiliaries, which open quotes with their subject left out: "«Hanno trattato il mare …»"
    "hanno abbiamo avevano "
    # the Italian pronoun "that", which folds to the Olympic committee's acronym: "Ciò che è stato trascurato …"
    "ciò".split()
)
_SENTENCE_STARTERS |= _LOWER_CASE_STARTERS


def _opens_sentences(word: str) -> bool:
    """Whether a capitalised word is one that opens sentences ("The", "Laut", "Wer"), not a name that shares
    its letters ("UN", "WHO", "SE")."""
    low = word.lower()
    return ((low in _SENTENCE_STARTERS or _fold(word) in _SENTENCE_STARTERS  # ("Cómo …" as "como")
             or low.endswith(_ADVERB_ENDINGS) and len(low) >= 8 and not word.isupper() and not listed_name(low))
            and not (word.isupper() and (low in ORGANISATIONS or low in _LOWER_CASE_STARTERS)))


# the endings of Spanish, Italian and Portuguese adverbs ("Actualmente", "Finalmente") and of the French ones that no
# noun shares ("Récemment", "Notamment"; "-ement" ends "Parlement" too); Clemente, a given name, is no adverb
_ADVERB_ENDINGS: Final = ("mente", "emment", "amment")


ROLE_WORDS = set(
    "president prime minister ministers director secretary chancellor king queen prince princess pope general gen. mr. mrs. ms. dr. "
    "sen. senator rep. representative governor gov. mayor chief commander "
    "spokesman spokeswoman spokesperson head leader chairman chairwoman chair ambassador judge justice captain capt. deputy vice speaker "
    "premier sheikh ceo officer state former acting lt. col. colonel sergeant sgt. professor prof. coach manager founder "
    "executive envoy special attorney prosecutor mr mrs ms dr sir lord lady senior top pm mp td msp mla mep commissioner councillor councilor "
    "councilman councilwoman inspector superintendent sheriff detective bishop archbishop cardinal rabbi imam constable magistrate collector "
    "chancellor mayor-elect president-elect secretary-general spokesperson negotiator coordinator delegate minister-president "
    # honorifics of the other languages we read ("Mme Abadie-Ndiaye", "Sra. Ruiz")
    "mme mlle sr. sra. srta. sig. sig.ra "
    # Quebec's doctors ("la Dre Isabelle Gagnon", "le Dr Marc Roy": no dot, as French writes them)
    "dre dres drs "
    # lawyers, as the languages we read name them before the name
    "avvocato avvocata avocat avocate abogado abogada "
    # princes ("el Príncipe Guillermo", "la principessa Anna"; not the kings, nor "Prinz", whose words are surnames too:
    # Reina, Rey, Duque)
    "príncipe princesa principe principessa princesse prinzessin "
    # Turkish roles, which stand before the name as English's do: "Cumhurbaşkanı Erdoğan", "Sağlık Bakanı Ayşe Kaya"
    "cumhurbaşkanı başbakan bakan bakanı başkan başkanı vali valisi sözcüsü milletvekili büyükelçisi kaymakam muhtar "
    # and Polish and Russian ones: "Prezydent Duda", "Papież Franciszek", "Президент Путин", "Мэр Казани Ильсур Метшин"
    "prezydent wicepremier wiceminister papież prezes rzecznik marszałek poseł posłanka burmistrz wojewoda szef szefowa "
    "президент премьер премьер-министр министр мэр губернатор глава папа патриарх посол спикер председатель депутат "
    "сенатор пресс-секретарь".split()
)
# portfolios: part of a role only right before one ("Environment Minister"); alone they name things ("Security Bulletin")
_PORTFOLIOS: Final = set(
    "environment transport education trade agriculture labour labor culture industry infrastructure climate housing tourism "
    "development security immigration energy digital science research forest forests fisheries mines sports "
    # ("Public Health Ontario", "Foreign Office" are bodies' names)
    "foreign defense defence health interior finance economy "
    # the portfolios of India's and other Commonwealth states' ministers: "Kerala Ports Minister", "Railways Minister"
    "ports shipping railways aviation waterways "
    # and Australia's and others' commissioners' and ministers': "Emergency Management Commissioner", "Justice Minister"
    "emergency management services corrections justice planning communications "
    # and Canada's and others' ministers' and chiefs': "Public Safety Minister", "Public Works Minister", "Fire Chief"
    "public safety works fire".split()
)
# words that make a role a higher or a shadow one: "Labour Cabinet Secretary", "Shadow Health Secretary"
_ROLE_RANKS: Final = {"cabinet", "shadow"}
_BEFORE_ROLES: Final = _PORTFOLIOS | _ROLE_RANKS


def _opens_a_role(words: list[str], position: int) -> bool:
    """Whether a role's word stands at `position`, after any portfolios and ranks: "Cabinet Secretary",
    "Health Cabinet Secretary"."""
    while position < len(words) and words[position] and words[position].lower() in _BEFORE_ROLES:
        position += 1
    return position < len(words) and bool(words[position]) and _is_role(words[position])


# portfolios that name a public body with a place: "Queensland Health", "Public Health Ontario", "Finance Canada"
_BODY_PORTFOLIOS: Final = {"health", "finance", "defence", "defense"}
# the same portfolios as French, Italian and Spanish write them, capitalised after the office's holder
_ROMANCE_PORTFOLIOS: Final = set(
    "turismo tourisme cultura culture sanita sanidad sante salud trasporti transportes transports mobilita movilidad mobilite "
    "ambiente medio environnement istruzione educacion education lavoro trabajo travail economia economie hacienda finanze "
    "finances interno interior interieur agricoltura agricultura agriculture sport sports deportes giustizia justicia justice "
    "urbanistica urbanismo urbanisme commercio comercio commerce bilancio presupuesto budget sicurezza seguridad securite "
    "infraestructuras infrastrutture infrastructures vivienda logement empleo emploi igualdad industria industrie innovacion "
    "innovazione innovation territorio territoire "
    # defence, foreign affairs and health: "il segretario alla Difesa Mark Esper", "il ministro degli Esteri Luigi Di Maio"
    "difesa defensa defense esteri exteriores etrangeres salute interni energia energie tesoro tresor".split()
)
# a company's legal form, which ends its name: "Saint Lorvaz AG", "Residuos Centro SA"
_LEGAL_FORMS: Final = set("ag gmbh plc llc llp ltd ltd. s.a. s.p.a. spa nv bv sa sl srl sas sarl inc. inc a/s asa aps oyj".split())  # (Nordic: "Femern A/S")
_LOWER_CASE_LEGAL_FORMS: Final = {"plc", "ltd", "llc"}  # as British and American companies write them after the name
# the words a football club's name ends with: "Bramford Rovers", "Finn Harps" (a body's word, and no "and" joins two
# clubs into one name)
_CLUB_WORDS: Final = frozenset("rovers wanderers athletic albion hotspur united harps ramblers youths".split())
_ORG_WORDS: Final = _LEGAL_FORMS | set(
    "ministry party council forces force army navy agency bank university company corporation corp. corp inc. inc group movement "
    "organization organisation committee commission office department court parliament senate congress union association foundation "
    "institute center centre service services police bureau house kremlin assembly authority authorities federation fund club league "
    "airlines airways hospital school college brigades brigade guard cabinet government network times news post press agency "
    "nations systems maritime holdings energy mobility motors partners capital labs technologies solutions industries international "
    "organisation organization institution council railways railway shipping logistics pharma pharmaceuticals insurance "
    "freight trucking haulage cruises croisières cruceros crociere "
    "trust fund ministry directorate secretariat alliance coalition front council tribunal commission church mosque "
    "synagogue herald register gazette tribune journal exchange pharmacy pharmacies processors "
    # a town's council and a plant named by what it makes: "Walvis Bay Municipality", "Kuiseb Salt Works"
    # and a forum of citizens or traders: "Calangute Citizens' Forum", "World Economic Forum"
    "municipality works forum administration".split()
    # mines and laboratories run as bodies: "Kasenga Copper Mines", "Kantonales Laboratorium Thurgau"; and the Spanish
    # plurals of what a firm deals in: "Transandina de Crudos", "Cementos Argos", "Petróleos Mexicanos", and its mining
    # companies: "Minera Escondida"
    + "mines laboratory laboratories laboratorium laboratoire laboratorio laboratorios crudos cementos aceros "
      "hidrocarburos petróleos combustibles inversiones construcciones minera mineras".split()
    # news outlets: a newspaper or a broadcaster is an organisation, never a person
    + "review ledger chronicle courier telegraph observer inquirer examiner sentinel dispatch magazine radio television "
    "broadcasting broadcaster tv daily weekly today savings zeitung rundschau anzeiger tagblatt kurier journal quotidien "
    "giornale corriere gazzetta diario periódico".split()
    # football clubs: "Bramford Rovers", "Wycombe Wanderers", "Brighton & Hove Albion"
    + [*_CLUB_WORDS, "victory", "glory"]
    # Indigenous peoples' governments: "Sumas First Nation", "Navajo Nation"
    + ["nation"]
    # consultancies and research houses: "Caldmoor Research", "Lindqvist Analytics"
    + "research analytics consulting consultants consultancy advisors advisers advisory associates economics insights "
    "society renewables aviation branch division aerospace images pictures photos photography watch gaming esports games "
    "lotteries lottery distribution cruises tours travel hebdo impianti".split()
    # companies' last words: "Ashgold Ventures", "Visayan Seaways", "Maasgate Terminals", "Saint Lorvaz AG", "Westcombe Water"
    + "ventures seaways terminals terminal enterprises investments properties resources minerals mining metals steel chemicals "
    "chemical foods meats brands lines ports shipyard shipyards construction engineering electric power petroleum oil gas telecom "
    "communications entertainment studios software robotics therapeutics biotech "
    "co. cooperative authority calcio fc afc cf farms water navigazione trasporti transportes lab".split()
    # Turkish bodies' last words, in the form a name ends with: "Dünya Sağlık Örgütü", "Sağlık Bakanlığı", "İzmir Büyükşehir
    # Belediyesi", "Cumhuriyet Halk Partisi", "Anayasa Mahkemesi", "Merkez Bankası"
    + "örgütü bakanlığı belediyesi üniversitesi partisi derneği vakfı kurumu meclisi bankası hastanesi mahkemesi müdürlüğü "
    "valiliği komutanlığı başkanlığı federasyonu kulübü ajansı şirketi birliği odası sendikası konseyi savcılığı "
    "başsavcılığı kaymakamlığı holding".split()
    # producers named by where they make it: "Bunyip Creek Apiaries", "Harrow Hill Creameries"
    + "apiaries bakeries breweries wineries distilleries fisheries dairies creameries hatcheries tanneries refineries "
    "foundries vineyards orchards".split()
    # museums, zoos, libraries and transport operators; cycling and racing teams: "Ardenberg Museum", "Metro de Madrid",
    # "Andes Pro Cycling"
    + "museum museo musée museu zoo library metro cycling racing farmaceutica farmacéutica carabinieri comando".split()
    # outlets, operators and bodies named in the Romance languages: "Lyon Matin", "Liguria Notizie", "Méridionale Express",
    # "Bruxelles Mobilité", "Costablanca Resorts", "Defensa Civil", "Ufficio …"
    + "matin notizie express echo mobilité mobilités mobilità movilidad resorts resort "
    "civil civile ufficio oficina tecnologías tecnologie technologies board conservancy "
    # tourist boards and ambulance services: "München Tourismus", "Tourism Australia", "Aicher Ambulanz", "St John Ambulance"
    # ("al Turismo", "du Tourisme": the Romance languages' portfolio, not a body)
    "tourismus tourism ambulanz ambulance ambulanza ambulancia klinikum".split()
    # makers and carers named by what they are: "Glenmorie Distillery", "Heathrow Airport Limited", "St Oswald's Hospice",
    # "Bodegas Rioja Alta", "Birrificio Menabrea", "Distillerie Combier"
    + "limited distillery distilleries brewery breweries winery wineries hospice creamery bakeries partnership "
    "distillerie brasserie brasseries fromagerie destilería destilerías cervecería bodegas distilleria birrificio "
    "caseificio oleificio cantine".split()
    # campaigns and programmes run as bodies: "Zanzibar Seaweed Cluster Initiative", "Ocean Cleanup Initiative"
    + ["initiative"]
    # schools by another name: "Cinnamon Training Academy", "Académie de Versailles", "Akademie der Künste"
    + "academy academies académie accademia akademie".split()
)
# land that a range's or an archipelago's name ends with, and the units of a country it may lie in
_LANDS_OF_A_PLACE: Final = {"mountains", "hills", "highlands", "lowlands", "plains", "islands", "range", "ranges", "lakes", "valley"}
_UNITS_OF_A_COUNTRY: Final = {"province", "county", "state", "district", "region", "territory", "prefecture"}
# what a name ends with that makes it a place, though the word is a surname too ("Dam") or no place of its own
_DAMS_AND_VOLCANOES: Final = {"dam", "dams", "volcano", "crater", "reservoir", "barrage"}
_TOWN_SECOND_WORDS: Final = ("alto", "alta", "bajo", "baja", "basso", "bassa", "nuovo", "nuova", "vecchio", "vecchia", "superiore",
                      "inferiore", "terme",
                      # an Italian town's sea or coast: "Misano Adriatico", "Finale Ligure", "Pietrasanta Marittima"
                      "adriatico", "ligure", "marittimo", "marittima")
_PLACE_WORDS: Final = set(
    "strip city province region island islands river sea valley mountains county state district peninsula coast border gulf "
    # a town's second word in the languages we read: "Rovegno Alto", "Torre Nuova", "Bajo Chaco"
    f"{' '.join(_TOWN_SECOND_WORDS)} "
    "plains hills heights highlands lowlands falls springs hebrides mountain "
    # waters a name ends with: "Kalgan Creek" ("Marsh", "Brook", "Moor" are surnames too)
    "creek lagoon strait straits firth "
    # ice and land a name ends with: "Franz Josef Glacier", "Kilcoy Downs", "Waimakariri Gorge"
    "glacier glaciers icefield downs fjord canyon gorge estuary cove "
    # streets, squares and paths: "Millbrook Road", "the Cabot Trail", "Egan Drive", "Meander Way" ("Avenue
    # Montaigne" is a prefix's job)
    "road street avenue lane square boulevard trail drive way crescent terrace"
    # waters and land that a name ends with: "Pacific Ocean", "Lake Tahoe" is a prefix's job
    " ocean lake bay desert forest lagoon reef delta plateau basin"
    # protected land: "Pobitora Wildlife Sanctuary"
    " sanctuary"
    # Turkish places' last words: "Cumhuriyet Mahallesi", "Fabrika Caddesi", "Nakiye Elgün Sokak", "Ercan Havalimanı",
    # "Mihriye Hatun Camii", "Saray İlçesi", "Van Gölü"
    " mahallesi caddesi sokak sokağı bulvarı meydanı camii havalimanı köyü ilçesi limanı köprüsü parkı barajı dağı gölü"
    " nehri adası boğazı".split()
)
# the words that end a place's name after another word, and are words alone ("Point de rencontre"): "Garden Point",
# "Kelso Heights", "Norway House Landing"
_PLACE_WORDS_AFTER_A_NAME: Final = {"point", "heights", "harbour", "harbor", "landing"}

# the land and waters a demonym names with its word: "Indian Ocean", "Russian River", "Arabian Sea", "Italian Alps"
_NATURAL_FEATURES: Final = set("river sea ocean lake mountains alps valley desert creek island islands peninsula gulf bay strait plains "
                        "highlands plateau basin riviera coast".split())
_CALENDAR: Final = set(
    "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept "
    "oct nov dec monday tuesday wednesday thursday friday saturday sunday "
    # feasts, the times of year they name: "a Natale", "zu Ostern", "en Navidad" ("Easter Island", "Babbo Natale" go on)
    "christmas easter natale pasqua ferragosto capodanno weihnachten ostern pfingsten navidad nochebuena nochevieja pâques noël "
    # ("in Hanukkah attack", "durante el Ramadán", "before Thanksgiving")
    "hanukkah chanukah hanukah passover pesach ramadan ramadán diwali thanksgiving halloween kwanzaa "
    # German writes its months and days with a capital too
    "januar jänner februar märz mai juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag "
    # and so does Turkish ("8 Mart", "5 Nisan'dan beri"; not Kasım, November, a given name too)
    "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim aralık pazartesi salı çarşamba perşembe cumartesi".split()
)
_FEASTS_GIVEN_AS_NAMES: Final = {"noël", "natale"}
# a compass point after a town's name, naming its part or a town of its own: "Glarus Süd", "Lyon Nord"
_COMPASS_AFTER: Final = {"süd", "nord", "ost", "west", "sud", "est", "ouest", "north", "south", "east", "norte", "sur", "oeste"}
_ROMANCE_COMPASS_AFTER: Final = {"sur", "norte", "oeste", "sud", "nord", "ouest", "ovest"}  # ("Este", "Est" are words too)
_REGION_NOUNS: Final = {"region", "regione"}  # (folded: "Région Sud" is a regional council's name)
_COMPASS: Final = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower", "outer", "inner",
            # and Turkish's, as written and folded: "Güney Ege", "Doğu Akdeniz"
            "kuzey", "güney", "guney", "doğu", "dogu", "batı"}
_NOT_TOWNS: Final = ROLE_WORDS | _ORG_WORDS | _COMPASS | {"police", "central", "union", "commission", "council", "bank"}
_ACRONYM: Final = re.compile(r"^(?:[A-Z]{1,2}\.){2,}$|^[A-ZÀ-ÖØ-Þ]{2,6}s?$")  # "ÖVP", "SPÖ" too


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    if text.isascii():
        return text.lower()  # most names: nothing to strip, and a character-by-character pass is the costliest part
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if not unicodedata.combining(c)).lower().replace("’", "'")


# the words that open sentences in the languages whose news we read without their own rules, by language: prepositions
# before a place ("W Polsce …", "В Москве …", "Olay Oba Mahallesi'nde …"), pronouns, conjunctions and adverbs; apart,
# as they are names elsewhere ("Po", "Do", "Na", "Son")
_OPENERS_BY_LANGUAGE: Final = {lang: frozenset(_fold(word) for word in words.split()) for lang, words in {
    "pl": "w we na do od po z ze za przez dla pod nad przed według jak czy ale i oraz to ten ta te tym tej jest nie już także "
          "również natomiast jednak gdy kiedy dziś wczoraj jutro teraz tak",
    "ru": "в во на по из для с со к ко о об у но и а как это этот эта эти теперь также однако когда где при после до от за "
          "под над перед через между согласно сейчас сегодня вчера завтра уже ещё подробнее",
    "tr": "bu şu o bir ve ile ancak ama fakat ayrıca daha en çok her tüm bütün burada orada şimdi bugün dün yarın sonra "
          "ardından olay öte için gibi son",
}.items()}


def _is_capitalised(token: str) -> bool:
    return token[:1].isupper()


def _normal_case(token: str) -> str:
    # "ISRAELI Prime Minister" in a shouted lead: shouting is not an acronym, unless a body is named so ("UNESCO")
    if (token.isupper() and len(token.rstrip(".")) > 5 and token not in known_bodies()
            and not ("-" in token and all(len(part) <= 4 for part in token.rstrip(".").split("-")))):  # ("IG-EPN": letters)
        return "-".join(part.capitalize() for part in token.split("-"))  # ("MASSA-CARRARA": Massa-Carrara)
    return token


_SUFFIX: Final = re.compile(r"-[a-z]+$")
# what a hyphen joins to a name to say how something else relates to it: "Minnesota-based", "Hamas-led"
_CLOSING_PARTICIPLES: Final = {"based", "led", "backed", "born", "owned", "run", "funded", "linked", "controlled", "headquartered",
                        "registered", "listed", "bound", "made", "built", "allied", "sponsored", "operated", "affiliated"}
# "al-Mansouri", "bin Salman", "el-Sisi": lower-case particles that belong inside a name
_NAME_PARTICLE: Final = re.compile(r"^(?:al|el|ad|ash|as|at|az|ar|an|bin|ibn|abu|abd)-[A-Z]\w+")
_POSSESSIVE: Final = re.compile(r"['’]s?$")


# a syllable of Korean in its usual romanisation: an opening consonant, a vowel, a closing consonant ("Hye", "jin",
# "Seung", "hoon", "Jong", "un")
_KOREAN_SYLLABLE: Final = re.compile(r"(?:ch|kk|tt|pp|ss|jj|[bcdghjkmnprstwy])?(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|[aeiou])"
                              r"(?:ng|[nmklpt])?", re.IGNORECASE)


_ENGLISH_PARTICLES: Final = {"up", "on", "off", "out", "to", "by", "at"}  # ("Pin-up", "Take-off"; "Jae-in" is a name)


def _korean_given_name(word: str) -> bool:
    """A Korean given name of two syllables joined by a hyphen, the second in lower case ("Hye-jin", "Jae-in"): the
    whole word is the name, unlike "Hamas-led", whose suffix says how something relates to it."""
    first, _, second = word.partition("-")
    return (second.islower() and second not in _CLOSING_PARTICIPLES and second not in _ENGLISH_PARTICLES
            and _KOREAN_SYLLABLE.fullmatch(first) is not None
            and _KOREAN_SYLLABLE.fullmatch(second) is not None)


# abbreviations a name goes on after: "St. Louis", "Mt. Hood", "Ft. Worth", "St. Brendan's Medical Center"
_NAME_ABBREVIATIONS: Final = {"st", "ste", "mt", "ft"}


@lru_cache(maxsize=65536)
def _capital_token(token: str) -> tuple[str, bool, bool, str, bool]:
    """What a capitalised token is, worked out once per distinct token (names and openers recur):
    (its form without a final dot or a "-led" suffix, lower-cased; whether it is a month or a
    weekday, whether it can be part of a name, its form in a name, whether it ends the run)."""
    clean = token.rstrip(".") if not _ACRONYM.match(token) else token
    if clean.lower() in _NAME_ABBREVIATIONS and token.endswith("."):
        return clean.lower(), False, True, token, False  # (the dot kept: the gazetteers write "St. Louis")
    # "Hamas-led", "Gaza-based": the name is the capitalised part
    suffix = ""
    if ("-" in clean and not _NAME_PARTICLE.match(clean) and (found := _SUFFIX.search(clean)) and not _korean_given_name(clean)
            and not (found.start() <= 2 and clean[1:found.start()].islower())):  # ("Co-operative", "Co-op": a prefix's word)
        clean, suffix = clean[: found.start()], found.group()[1:]
    low = clean.lower()
    word = (bool(clean) and _is_capitalised(clean) and clean[0].isalpha() and not clean.endswith("$")  # ("A$1.4 million", "HK$")
            and not low.endswith(("-old", "-olds"))  # an age in a headline's capitals: "8-Year-Old Mariyah", "Two-Month-Old"
            and low != "sie")  # German's polite "you", inside a sentence too: "Sehen Sie Bilder aus Wien"
    # the name ends with the participle: "Minnesota-based Xcel Energy" names a state and a company
    closes = token.endswith(".") and not _ACRONYM.match(token) and low + "." not in ROLE_WORDS or suffix in _CLOSING_PARTICIPLES
    return low, low in _CALENDAR, word, _normal_case(clean), closes


# an island named after a day or a feast: "Thursday Island", "Christmas Island"
_ISLAND_WORDS: Final = {"island", "islands"}
# the English heads a place's name goes on from with "of" and any word, a month's name too: "the Isle of May"
_NAMED_OF_ANYTHING: Final = {"isle", "island", "cape", "port", "fort", "bay", "gulf", "mount", "lake"}

# people named by what they are in the plural, which a sentence or a headline opens with before whom they belong to
# (not the plurals that head bodies' names: "Bomberos de la Generalitat", "Vigili del Fuoco", "Carabinieri")
_PEOPLE_IN_THE_PLURAL: Final = set(
    "vecinos vecinas trabajadores trabajadoras agentes habitantes residentes turistas visitantes fieles comunidades familias "
    "productores agricultores ganaderos pescadores mineros estudiantes alumnos profesores inspectores técnicos científicos "
    "investigadores expertos miembros pasajeros viajeros aficionados seguidores manifestantes empleados funcionarios "
    "residenti abitanti cittadini operai lavoratori dipendenti turisti visitatori fedeli tifosi agricoltori pescatori studenti "
    "ricercatori esperti volontari famiglie genitori passeggeri viaggiatori agenti "
    "habitants riverains résidents salariés employés ouvriers travailleurs agriculteurs pêcheurs éleveurs touristes visiteurs "
    "fidèles étudiants élèves chercheurs bénévoles familles passagers voyageurs "
    "residents workers villagers families farmers fishermen pupils students visitors tourists passengers volunteers".split())
_OF_BEFORE_PEOPLES_PLACE: Final = {"de", "del", "di", "da", "du", "des", "of", "della", "dello", "dei", "degli", "delle", "dell'", "dell’",
                            "d'", "d’", "al", "alla", "dal", "dalla"}
_ELIDED_COMMON_NOUN: Final = re.compile(r"[LlDd]['’][a-zà-ÿ]")
_GERMAN_ARTICLES: Final = {"der", "des"}  # connectors that are, in German, mostly the article of the next noun phrase
# connectors that are an article: after a town's name with no "de" before them, they open the next noun phrase
_ARTICLE_CONNECTORS: Final = {"la", "le", "el", "the"}


# the words before a German town's name that say it is one: "in Podersdorf am See", "aus …", "zwischen Illmitz und …"
_DE_BEFORE_TOWNS: Final = {"in", "aus", "nach", "von", "bei", "zwischen", "und", "bis", "ab"}


def _town_on_water(tokens: list[str], position: int, current: list[str]) -> bool:
    """Whether "am" at tokens[position] goes on a town's name no gazetteer knows by the lake or the river it
    stands on ("Podersdorf am See", "Mörbisch am See"), written after a word that names a town; a known town
    by a known river is two places ("in Köln am Rhein"), and a noun is no town ("Urlaub am See" takes no "in")."""
    if len(current) != 1 or len(current[0]) < 3 or position + 1 >= len(tokens) or position < 2:
        return False
    water = tokens[position + 1].rstrip(".,;:")
    return ((water == "See" or _fold(water) in places()) and _fold(current[0]) not in places()
            and not current[0].lower().endswith(_DE_NOUN_ENDINGS) and tokens[position - 2] in _DE_BEFORE_TOWNS)


def _token_after(tokens: list[str], position: int) -> str:
    """The token after `position`, or "" at the sentence's end."""
    return tokens[position + 1] if position + 1 < len(tokens) else ""


def _town_ends_before(current: list[str], tokens: list[str], position: int) -> bool:
    """Whether the run so far is a known town that the connector at `position` and the word after it do not carry
    on into a longer known name ("Alcalá la Real" goes on)."""
    following = _token_after(tokens, position)
    return _fold(" ".join(current)) in places() and _fold(" ".join([*current, tokens[position], following])) not in places()


# marks a sentence can open with before its first word: "“In June we sold out …" opens with "In"
_OPENING_MARKS: Final = {"“", '"', "«", "„", "("}


# the plural kinds a group of islands or mountains is named with, in lower case: "les îles Sous-le-Vent"
_PLURAL_KINDS: Final = {"îles", "islas", "isole", "monts", "montes", "monti"}
# the Romance articles, and prepositions with the article, that open a sentence before a name made of its kind and
# more: "Al Palazzo Ducale sono entrati …", "El Ascensor Concepción, inaugurado en 1883, …" ("Al Gore", "El Paso" stay)
_ROMANCE_OPENERS_BEFORE_KINDS: Final = {"El", "Al", "Il", "Lo", "Del", "Nel", "Dal", "Sul"}


# conjunctions that open a clause and are no one's name, in the capitals a sentence opens with (not "Ma": Jack Ma)
_CLAUSE_OPENERS: Final = {"when", "while", "because", "although", "quando", "cuando", "quand", "lorsque", "wenn", "obwohl",
                   "perché", "porque", "mientras", "mentre", "pendant"}


# English words a name never ends with, capitalised where a headline or a page ran on into the next words ("To", "An"
# are surnames too: "Raymond To"; "He", "She" Chinese ones: "Liu He")
_ENGLISH_WORDS_ENDING_NO_NAME: Final = {"on", "from", "as", "in", "at", "for", "by", "with", "we", "they", "you", "is", "was", "are", "were"}
_ENGLISH_SURNAMES_LIKE_WORDS: Final = {"to", "an"}


def _english_word_ending_no_name(run: list[str]) -> bool:
    last = run[-1]
    if len(run) >= 3 and all(len(word) <= 4 for word in run[-3:]):
        return False  # a Korean name's syllables, written apart: "Moon Jae In"
    return last.istitle() and (last.lower() in _ENGLISH_WORDS_ENDING_NO_NAME
                               or last.lower() in _ENGLISH_SURNAMES_LIKE_WORDS and not listed_name(run[0]))


def _shouted_dateline(token: str, normal: str, tokens: list[str], position: int) -> bool:
    """Whether `token` (`normal`, as a name writes it), in capitals after a capitalised word that is not, is a known town's
    name opening a dateline."""
    return (token.isupper() and len(token) > 3 and tokens[position - 1][:1].isupper() and not tokens[position - 1].isupper()
            and _token_after(tokens, position) in {"-", "–", "—", ","} and _fold(normal) in places())


def _gerund_opening(token: str, tokens: list[str], position: int) -> bool:
    """Whether `token`, opening a sentence, is an English verb's -ing form before an article: "Citing the Icelandic Met
    Office, …", "Quoting a spokesman, …"."""
    following = _token_after(tokens, position)
    return len(token) > 5 and token.endswith("ing") and token[1:].islower() and following in {"the", "a", "an"}


def _article_before_a_kind(token: str, tokens: list[str], position: int) -> bool:
    """Whether `token`, opening a sentence, is a Romance article before a capitalised kind of place."""
    following = _token_after(tokens, position)
    return (token in _ROMANCE_OPENERS_BEFORE_KINDS and following[:1].isupper()
            and (following.lower() in _PLACE_PREFIXES and following.lower() not in _NAME_ABBREVIATIONS_DOTTED
                 or following.lower() in _RESERVES))


# the reserves Romance languages name with a capital: "La Reserva Nacional Pacaya-Samiria, en la Amazonía, …"
_RESERVES: Final = {"reserva", "riserva", "réserve"}


# the participles a French sentence opens with before where someone went, came or was born ("Parti de Brest, …",
# "Né à Dakar, …"); "Parti" is no party there
_FRENCH_PARTICIPLES_OF_PLACES: Final = {"parti", "partie", "partis", "parties", "arrivé", "arrivée", "arrivés", "arrivées", "né", "née",
                                 "nés", "nées", "installé", "installée", "installés", "basé", "basée", "originaire", "originaires",
                                 "venu", "venue", "venus", "revenu", "revenue", "rentré", "rentrée", "réfugié", "réfugiée"}


_GERMAN_DIRECTIONS: Final = {"richtung", "fahrtrichtung"}
# where "Grünen" is the countryside, not the party: "Wohnen im Grünen", "ein Ausflug ins Grüne"
_GERMAN_IN_THE_GREEN: Final = {"im", "ins", "am", "vom", "zum"}
# German adverbs a sentence opens with, which no name ends with: one run on after a name opens the next sentence
_GERMAN_ADVERBS_OPENING_SENTENCES: Final = {"jetzt", "dann", "dort", "doch", "schon", "bereits", "gestern"}


# French "Monsieur" and "Messieurs" abbreviated before a surname: "M. Marchetti", "MM. Dupont et Roy"
_FRENCH_MONSIEUR: Final = {"M.", "MM."}
# the English words a headline in title case capitalises, which no name holds there: they end the name before them and
# open none ("In Chess Game With Iran, Trump Has Only Bad Options"); "Of", "And", "The" may be a name's
# ("Bank Of America"), "Will", "May" are names
_TITLE_CASE_BREAKS: Final = frozenset(
    "With Has Have Had Is Are Was Were As From For On At In By Into Onto Over After Amid Says Said Would Could Can Not Against "
    "Before Than That This Who What How Why When Just Only Be Been It Its His Her Their Our Your Or But Up Out Off About "
    "Despite Ahead Among Under Gets Makes Takes Wants Faces Set Sets".split())
# the words a title-case headline may leave in lower case
_TITLE_CASE_MINOR: Final = frozenset("a an the of and or in on to for at by with as from vs vs. via".split())


def _title_case(tokens: list[str]) -> bool:
    """Whether an English sentence is a headline in title case: a word of grammar capitalised, and no lower-case word
    but the short ones such headlines leave so."""
    words = [token for token in tokens if token[:1].isalpha()]
    return (len(words) >= 4 and any(word in _TITLE_CASE_BREAKS for word in words[1:])
            and all(word[0].isupper() or word in _TITLE_CASE_MINOR for word in words))


def _headline_names(runs: list[tuple[list[str], int, int]], body_capitals: set[str]) -> list[tuple[list[str], int, int]]:
    """The runs of a title-case headline that are names: those the body writes with capitals too, or known as places or
    bodies; of the others ("Chess Game", "Bad Options"), only the stretches of words the body capitalises or that are
    known ("Apple Strikes New Deal": Apple; "UK Chip Designer": UK)."""
    kept = []
    for run, start, end in runs:
        if all(word in body_capitals for word in run) or _known_name(run):
            kept.append((run, start, end))
            continue
        stretch: list[str] = []
        for offset, word in enumerate([*run, ""]):
            if word and (word in body_capitals or _known_name([word])):
                stretch.append(word)
            elif stretch:
                kept.append((stretch, start + offset - len(stretch), start + offset))
                stretch = []
    return kept


def _known_name(run: list[str]) -> bool:
    """Whether a headline's words are a name whatever the body says: a known place of more than one word or a country,
    a known body, letters; a one-word town the gazetteers know is often a person's name too ("Obama", "Bush")."""
    folded = _fold(" ".join(run))
    if len(run) == 1:
        return folded in countries() or folded in ORGANISATIONS or bool(_ACRONYM.match(run[0]))
    return folded in places() or folded in ORGANISATIONS


def _phrases(tokens: list[str], french: bool = False, english: bool = False,
             openers: frozenset[str] = frozenset(), title_case: bool = False) -> list[tuple[list[str], int, int]]:
    """Capitalised runs with the token positions they span: (words, first index, index after the last);
    in French, "des" is "of the" and joins a name's words ("la Chaîne des Puys"), never German's article; in
    English, a Romance article opening a sentence is a name's ("La Castellana Mayor Edwin Salcedo said");
    `openers`, the article's language's own words that open sentences; in a `title_case` headline, the capitalised
    words of grammar are no name's."""
    runs: list[tuple[list[str], int, int]] = []
    current: list[str] = []
    first = 0

    def close(end: int) -> None:
        if current:
            runs.append((list(current), first, end))
        current.clear()

    for position, token in enumerate(tokens):
        if not token[0].isupper():
            # most tokens: a lower-case word or a mark, which only continues a run as a connector
            if not current:
                continue
            if token in _GERMAN_ARTICLES and not (french and token == "des") and not (current[-1] in _CONNECTORS or _names_a_body(current[-1]) or _is_role(current[-1])
                                                  or current[-1].lower().endswith(_DE_NOUN_ENDINGS)):
                # "hat Siemens der Regierung …": after a name, an object follows; "von der Leyen", "Bank der Zukunft",
                # "Präsident des Landvolks", "Angaben des Bundesamts" go on (the run's head is trimmed later)
                close(position)
            elif (token == "the" and position + 1 < len(tokens)
                  and " ".join([*current, token, tokens[position + 1].rstrip(".,;:")]) in known_bodies()):
                current.append(token)  # "Save the Children": a known body's name, its article and all (Savé is a town)
            elif token in _ARTICLE_CONNECTORS and current[-1].lower() not in _CONNECTORS and _town_ends_before(current, tokens, position):
                close(position)  # "A Bruxelles la Commissione …": a town, then the subject; "Alcalá la Real" is one town
            elif token == "da" and _town_ends_before(current, tokens, position) and not listed_name(_fold(" ".join(current))):
                close(position)  # "prodotto a La Spezia da Asg Superconductors": a town, then by whom ("Antonello da Messina" goes on)
            elif token == "al" and len(current) > 1 and position + 1 < len(tokens) and (
                    _fold(tokens[position + 1].rstrip(".,;:")) in places() or _known_body(tokens[position + 1].rstrip(".,;:"))):
                close(position)  # "vende a Tomás Aguirre al Benfica": Romance "to the" before a place or a body ("Bashar al Asad" goes on)
            elif token == "von" and _fold(current[-1]) in _WORDS_ENDING_LIKE_BODIES:
                close(position)  # "auf eisiger Fahrbahn von der Straße abkam": a common noun, then where from
            elif token in _CONNECTORS or token.lower() in _CONNECTORS or _NAME_PARTICLE.match(token):
                current.append(token if _NAME_PARTICLE.match(token) else token.lower())
            elif token in _SPANISH_PLURAL_ARTICLES and current[-1] == "de":
                current.append(token)  # a Spanish name goes on
            elif (token == "para" and len(current) == 1 and _fold(current[0]) in _MINISTRY_WORDS and position + 2 < len(tokens)
                  and tokens[position + 1] in {"la", "el", "los", "las"} and tokens[position + 2][:1].isupper()):
                current.append(token)  # "el Ministerio para la Transición Ecológica": what a ministry is for
            elif token == "am" and _town_on_water(tokens, position, current):
                current.append(token)  # "in Podersdorf am See", "zwischen Illmitz und Mörbisch am See": one town's name
            elif token in _ORG_LINKS and _names_a_body(current[-1]) and (len(current) > 1 or _fold(current[0]) in _LINKED_HEADS
                                                                          or _fold(current[0]).endswith(_LINKED_COMPOUNDS)):
                current.append(token)
            else:
                close(position)
            continue
        if title_case and token in _TITLE_CASE_BREAKS or french and token in _FRENCH_MONSIEUR:
            close(position)  # ("M." is Monsieur in French, no initial: the name is the surname after it)
            continue
        low, calendar, name_word, normal, closes = _capital_token(token)
        if low in _GERMAN_DIRECTIONS:
            close(position)  # "die Autobahn Richtung Graz": where a road or a train goes, after it, is a place of its own
            continue
        if calendar:
            if current and current[-1].lower() in _DATE_LEADS:
                current.pop()  # "Ende Januar", "Mitte März": a date, not a name
                close(position)
                continue
            following = _token_after(tokens, position)
            # "Theresa May" is a name; "May 3", "in May", "May 2018" are dates
            if not (current and current[-1].lower() not in _CONNECTORS and current[-1] not in _ORG_LINKS and not following[:1].isdigit()
                    or current and _fold(" ".join([*current, normal])) in places()  # "Viña del Mar": a place's name goes on
                    or len(current) == 2 and current[1] == "of" and current[0].lower() in _NAMED_OF_ANYTHING  # "the Isle of May"
                    or not current and following[:1].isupper() and _fold(f"{normal} {following.rstrip('.,;:')}") in places()
                    or not current and following.rstrip(".,;:").lower() in _ISLAND_WORDS  # "Thursday Island"
                    # "Noël Forgeard", "Natale Rossi": a feast's name given to a person, before a surname
                    or not current and normal.lower() in _FEASTS_GIVEN_AS_NAMES and following[:1].isupper() and following[1:2].islower()
                    and _fold(following.rstrip(".,;:")) not in places()
                    or token == "Mar" and following[:1].isupper() and following[1:2].islower()):
                # ("Mar Menor", a lagoon, opens with a month's abbreviation, as Romance seas do: "il Mar Piccolo")
                close(position)
                continue
        if token == "EE." and _token_after(tokens, position) == "UU.":
            close(position)  # "EE. UU.": Spanish's United States, its two halves written apart
            first = position
            current.append(token)
            continue
        if closes and current and len(token) == 2 and position + 1 < len(tokens) and _is_capitalised(tokens[position + 1]):
            current.append(token)  # a middle initial: "Mary J. Blige", "the Vera C. Rubin Observatory"
            continue
        if name_word:
            opening = position == 0 or position == 1 and tokens[0] in _OPENING_MARKS
            if (opening and ((_opens_sentences(token) or openers and _fold(token) in openers)
                             and not (english and token.lower() in _ARTICLES_IN_NAMES)
                             or _article_before_a_kind(token, tokens, position) or _gerund_opening(token, tokens, position))
                    and not (position + 1 < len(tokens) and (_fold(f"{token} {tokens[position + 1]}") in places()
                                                             or calendar and tokens[position + 1].rstrip(".,;:").lower() in _ISLAND_WORDS
                                                             or _fold(f"{token} {tokens[position + 1].rstrip('.,;:')}") in ORGANISATIONS))):
                continue  # "The …", "Un …" open a sentence; "UN …", "WHO …" name an organisation; "La Oliva", "Le Havre" a place
            if low in _CLAUSE_OPENERS:
                close(position)  # "… Poppy Quando Jamie Oliver …": a headline ran on into the next sentence's "when"
                continue
            if current and (_shouted_dateline(token, normal, tokens, position) or _ELIDED_COMMON_NOUN.match(token)):
                # "… de Marvin Jones DETROIT - Los jugadores …": a headline ran on into the dateline; "PUNTI CHIAVE L'attrice di
                # …": into a sentence that opens with a noun and its article
                close(position)
            if not current:
                first = position
            current.append(normal)
            if closes:
                close(position + 1)
        elif current and (token.lower() in _CONNECTORS or _NAME_PARTICLE.match(token)):
            current.append(token if _NAME_PARTICLE.match(token) else token.lower())
        else:
            close(position)
    close(len(tokens))
    cleaned = []
    for run, start, end in runs:
        # "When Donald Trump …" after an opening quote mark, "Praising London …": sentence openers
        while (len(run) > 1 and ((_opens_sentences(run[0]) or openers and _fold(run[0]) in openers) and run[0].lower() != "the"
                                 and not (english and run[0].lower() in _ARTICLES_IN_NAMES)
                                 or run[0].endswith("ing") and run[-1].lower() not in _ORG_WORDS  # ("Touring Club Schweiz")
                                 and not listed_name(run[0])  # ("Henning Ostendorf")
                                 and _fold(run[0]) not in places())  # ("die Straubing Tigers", "Beijing Daily")
               and _fold(" ".join(run)) not in places() and _fold(" ".join(run)) not in ORGANISATIONS
               and not (len(run) == 2 and run[0].lower() in _CALENDAR and run[1].lower() in _ISLAND_WORDS)  # ("Thursday Island")
               # an article capitalised after a lower-case word is the name's own: "habitante de La Sagne"
               # (and so is Galician's inside a sentence not in English, where Spanish would write "a" small: "en A Fonsagrada")
               and not ((run[0].lower() in _ARTICLES_IN_NAMES or not english and run[0] in _GALICIAN_ARTICLES)
                        and start and tokens[start - 1].isalpha() and tokens[start - 1].islower())
               and not (start and tokens[start - 1] == "the")  # ("the All Kerala Houseboat Owners Federation")
               and not (start and run[0].lower() in _CAPITALISED_STREET_HEADS)):  # ("la Via dell’Amore": a street's head)
            # ("La Oliva", "Los Ángeles", "Le Monde", "La Stampa" open with an article)
            run, start = run[1:], start + 1
        if (openers and len(run) >= 2 and (start == 0 or start == 1 and tokens[0] in _OPENING_MARKS)
                and (_fold(" ".join(run[1:])) in places() or len(run) == 3 and _fold(run[1]) in _COMPASS and _fold(run[2]) in places())
                and not listed_name(run[0]) and _fold(run[0]) not in places() and _fold(" ".join(run)) not in places()):
            # "Gözler İstanbul'a çevrildi", "Yağmur Doğu Karadeniz'i vurdu": the subject, a common noun, then a known place
            run, start = run[1:], start + 1
        while len(run) > 1 and run[0].lower() in {"l'", "l’", "d'", "d’"}:
            run, start = run[1:], start + 1  # "l'ANAS": the article elided before the name
        if (len(run) > 1 and len(run[0]) >= 3 and run[0].endswith(("ó", "ò")) and (start == 0 or not tokens[start - 1][:1].isalnum())
                and not listed_name(run[0]) and _fold(run[0]) not in places()):
            run, start = run[1:], start + 1  # "«Usó el Ayuntamiento …»", "Parlò il sindaco …": a verb in the past opens the sentence
            while len(run) > 1 and run[0] in _LEADING_ARTICLES:
                run, start = run[1:], start + 1
        if (french and len(run) > 2 and run[0].lower() in _FRENCH_PARTICIPLES_OF_PLACES and run[1].lower() in {"de", "d'", "d’", "à"}
                and (start == 0 or not tokens[start - 1][:1].isalnum())):
            run, start = run[2:], start + 2  # "Parti de Saint-Malo le 1er novembre, le marin …": where he set off from
        if (len(run) > 2 and run[0].lower() in _PEOPLE_IN_THE_PLURAL and run[1].lower() in _OF_BEFORE_PEOPLES_PLACE
                and (start == 0 or not tokens[start - 1][:1].isalnum())):
            # "Vecinos de Ocoyoacac", "Agentes del Seprona", "Residenti di Trevignano", "Habitants de Brest": who they
            # are, opening a sentence or a headline, then where they live or whom they work for (inside a sentence the
            # capital says it is a name: "la cooperativa Pescatori del Trasimeno")
            run, start = run[2:], start + 2
            while len(run) > 1 and run[0] in _LEADING_ARTICLES | {"the"}:
                run, start = run[1:], start + 1  # ("de la Guardia Civil"; "Vecinos de La Boca" keep the town's article)
        while len(run) > 1 and _ELIDED_COMMON_NOUN.match(run[0]):
            run, start = run[1:], start + 1  # "L’avvocata Elena Gatti": a noun with its article ("L’Aquila", "D’Alema" are names)
            while len(run) > 1 and run[0] in _CONNECTORS:
                run, start = run[1:], start + 1  # "L’assessore al Turismo …": the noun's own "al"
        while run and (run[-1] in _CONNECTORS or run[-1].lower() in _CONNECTORS or run[-1] in _ORG_LINKS
                       or run[-1] in _SPANISH_PLURAL_ARTICLES or len(run) > 1 and run[-1].lower() in _GERMAN_ADVERBS_OPENING_SENTENCES):
            run, end = run[:-1], end - 1  # ("Foto: Christoph Weber Jetzt teilen": a page's next sentence, run on)
        while english and len(run) > 1 and _english_word_ending_no_name(run):
            run, end = run[:-1], end - 1  # "follow us on Instagram To receive …", "the Vatican On December 31": run on
        # "'s" belongs to the possessive, not the name; a possessive inside a run ends one name:
        # "Ireland's Data Protection Commission" is a place and an organisation
        pieces: list[str] = []
        for offset, word in enumerate(run):
            pieces.append(word)
            # (a saint's name keeps its possessive: "St. Brendan's Medical Center", "Saint Mary's Hospital")
            if _POSSESSIVE.search(word) and len(word) > 2 and offset < len(run) - 1 and word.lower() not in _CONNECTORS and not (
                    offset and run[offset - 1].lower().rstrip(".") in {"st", "saint"} and run[offset - 2 : offset - 1] != ["of"]  # ("of St Andrews'": a town)
            ) and not _possessive_in_name(pieces, run[offset + 1 :]):
                pieces[-1] = _POSSESSIVE.sub("", word)
                cleaned.append((pieces, start, start + offset + 1))
                pieces, start = [], start + offset + 1
        if pieces:
            if not (len(pieces) == 2 and pieces[0].lower().rstrip(".") in {"st", "saint"} and pieces[1].endswith(("'s", "’s"))):
                pieces[-1] = _POSSESSIVE.sub("", pieces[-1])  # (a saint's alone is a church or a school: "the vicar of St Mary's")
            cleaned.append((pieces, start, end))
    return cleaned


def _spelled_opening(spelled: dict[int, int], tokens: list[str], start: int, end: int, previous_end: int) -> int:
    """Where the name an acronym in brackets spells opens, for the run at tokens[start:end] (`spelled`: where each such
    name opens → where its bracket opens; `previous_end`: where the run before ended), or `start` when it spells none."""
    # "El Servicio Nacional de Geología y Minería (Sernageomin)": the article opening the sentence is not the name's
    if start + 1 in spelled and tokens[start].lower() in _LEADING_ARTICLES:
        return start + 1
    if start in spelled:
        return start
    inner = next((k for k in range(start + 1, end) if k in spelled), None)
    if inner is not None and all(
            _is_role(token) or token.lower() in _CONNECTORS or token.lower() in _LEADING_ARTICLES for token in tokens[start:inner]):
        return inner  # "Vorständin der Hamburger Hafen und Logistik AG (HHLA)": a role, then the body its letters spell
    outer = next((k for k in range(max(0, start - 3), start) if spelled.get(k, 0) >= end), None)
    if (outer is not None and previous_end <= outer
            and all(token[:1].isupper() and token.lower() not in _LEADING_ARTICLES for token in tokens[outer:start])):
        return outer  # "laut Touring Club Schweiz (TCS)": a word no run took ("Touring") opens the name its letters spell
    return start


def _possessive_in_name(before: list[str], after: list[str]) -> bool:
    """Whether a possessive belongs inside a body's name ("Maine Lobstermen's Association", "Scottish Fishermen's
    Federation", "King's College London"): the name goes on to a body's word, and what owns it is no place or body of its own
    ("Ireland's Data Protection Commission" is a place and a body)."""
    owner = _fold(_POSSESSIVE.sub("", " ".join(before)))
    # the owner is what follows the run's last connector: "Amina Yusuf of Sudan's Agricultural Research Corporation"
    linked = max((i for i, w in enumerate(before) if w.islower()), default=-1)
    tail = _fold(_POSSESSIVE.sub("", " ".join(before[linked + 1 :]))) if 0 <= linked < len(before) - 1 else owner
    return (any(w.lower() in _ORG_WORDS for w in after) and owner not in places() and owner not in ORGANISATIONS
            and tail not in places() and tail not in ORGANISATIONS
            # ("St. Theresa Point's North West Company": a place no gazetteer knows, by the word its name ends with)
            and not (len(before) > 1 and _POSSESSIVE.sub("", before[-1]).lower() in _PLACE_WORDS | _PLACE_NAME_ENDINGS)
            and not (len(before) > 2 and _fold(before[0]) in _ORG_WORDS and before[1] in {"of", *_NAME_OF})  # ("University of St Andrews' Sea Mammal Research Unit")
            and not (len(before) == 1 and _ACRONYM.match(before[0].rstrip("'’s"))))


# the words a place's name ends with that are surnames too ("Hill", "Park"), beside `_PLACE_WORDS`: before a possessive
# and a body, a place's
_PLACE_NAME_ENDINGS: Final = {"hill", "park", "beach"} | _PLACE_WORDS_AFTER_A_NAME


_ROLE_SUFFIXES: Final = ("vize", "vorsitzender", "vorsitzende", "leiter", "leiterin", "direktor", "direktorin", "minister", "ministerin", "präsident", "präsidentin", "kanzler", "kanzlerin", "sprecher", "sprecherin",
                  "chef", "chefin", "ministre", "ministro", "ministra", "presidente", "portavoz", "sindaco")


# trades of public life, which a genre or a show joins more often than a body: "US-Präsidentschaftsbewerber Joe Biden",
# "Bond-Darsteller Daniel Craig", "Werbefilm-Regisseur Dustin Schöne", "Tennisprofi Lewis Burton" (a known body's are
# its: "ZDF-Moderatorin")
_GERMAN_TRADES: Final = ("bewerber", "bewerberin", "darsteller", "darstellerin", "moderator", "moderatorin", "schauspieler", "schauspielerin",
                  "autor", "autorin", "journalist", "journalistin", "schriftsteller", "schriftstellerin", "regisseur", "regisseurin",
                  "diplomat", "diplomatin", "veteran", "veteranin", "profi", "sängerin")
# German capitalises the role in front of a name: "Geschäftsführer Florian Deml", "SPD-Kandidatin
# Lea Hofbauer", "Kreisbrandmeister Oliver Sauter"; these are matched as whole words or compounds' ends
_GERMAN_ROLES: Final = (
    "kandidat", "kandidatin", "loge", "login",  # the sciences' people: "VCF-Biologin Nadine Ruckstuhl", "Geologe …", "Ökologin …"
    "geschäftsführer", "geschäftsführerin", "führer", "führerin", "sekretär", "sekretärin", "richterin", "anwalt",
    "anwältin", "meisterin", "landrat", "landrätin", "trainer", "trainerin", "kommissar",
    "landeshauptmann", "landeshauptfrau", "hauptmann", "hauptfrau", "landesrat", "landesrätin",  # Austria's state governors and ministers
    "koordinator", "koordinatorin",  # "Clusterkoordinator Jonas Albers"
    "verwalter", "verwalterin",  # "Insolvenzverwalter Henning Brünjes", "Nachlassverwalterin …"
    "kommissarin", "professorin", "arzt", "ärztin", "experte", "expertin", "polizist", "polizistin", "ermittler",
    "ermittlerin", "forscher", "forscherin", "abgeordnete", "abgeordneter", "gründer", "gründerin", "inhaber", "inhaberin",
    "pfarrer", "pfarrerin", "äbtissin", "vorstand", "beauftragte", "beauftragter", "referent", "referentin", "intendant", "intendantin",
    "ökonom", "ökonomin", "analyst", "analystin", "gewerkschafter", "gewerkschafterin", "vorständin", "bäuerin",
    "landwirt", "landwirtin", "wirtin", "staatsanwalt", "staatsanwältin", "sprecherin", "bürgermeister",
    "bürgermeisterin", "chefarzt", "chefärztin", "mitarbeiterin", "vertreterin", "vertreter", "politiker", "politikerin",
    "wirt",  # "Festwirt Georg Hallmayer", "Hüttenwirt …"
    "bevollmächtigte", "bevollmächtigter",  # a union's officers: "die Erste Bevollmächtigte Sabine Kreuzer"
    *_GERMAN_TRADES,
    "rätin", "regierungsrat", "staatsrat",  # councillors (and the Swiss cantons' "Staatsrat Pascal Imboden"): "Regierungsrätin Claudia Egger", "Stadträtin …" (a "Stadtrat" may be the council)
)
# "Richter", "Meister", "Bauer" are common surnames, alone and in compounds ("Neubauer", "Hofmeister"):
# only these compounds of them are roles
_COMPOUND_ROLES: Final = {"amtsrichter", "landrichter", "bundesrichter", "oberrichter", "verfassungsrichter", "strafrichter",
                   "brandmeister", "kreisbrandmeister", "oberbrandmeister", "bürgermeister", "oberbürgermeister", "obstbauer", "milchbauer", "weinbauer", "gastwirt", "landwirt"}
# a person's descriptor or honorific before the name, in the news' own words: "Parent Kyle Dumont",
# "Me Didier Caron" (Maître), "Ña Ramona Benítez", "Dott.ssa Anna Colucci"; only at the head of a run
# of three words or more, so "Resident Evil", "Me Too" and the bank ING stay what they are
# the kinds of area a place's name ends with: "Doña Ana County", "St. Mary Parish"
_AREAS_NAMED_LAST: Final = {"county", "parish", "district", "province", "township", "borough", "shire"}
_DESCRIPTORS_BEFORE_NAMES: Final = {
    "parent", "resident", "residents", "farmer", "teacher", "nurse", "driver", "shopkeeper", "witness", "survivor",
    "neighbour", "neighbor", "student", "volunteer", "me", "maître", "ña", "doña", "sr", "sra", "dott", "dott.ssa", "avv",
    "ing", "mme", "mlle", "signora", "señora", "frau", "herr", "richter",
    "crofter", "fisherman", "fisher", "skipper", "baker", "priest", "pastor", "coach", "trader", "analyst", "economist",
    "activist", "campaigner", "researcher", "scientist", "commuter", "passenger", "tourist", "visitor", "shopper",
    "owner", "landlord", "tenant", "pensioner", "retiree", "worker", "miner", "engineer", "pilot", "doctor", "paramedic",
    "publican", "grower", "winemaker", "brewer", "rancher", "chef", "butcher", "grocer", "vendor", "florist", "fan", "supporter",
    "trucker", "hauler", "mechanic", "plumber", "builder", "carpenter", "electrician", "climber", "hiker", "diver",
    "surfer", "cyclist", "motorist", "shepherd", "beekeeper", "firefighter", "lifeguard", "caretaker", "waiter",
    "waitress", "bartender", "cabbie", "midwife", "protester", "swimmer", "skier", "voter", "parishioner", "homeowner",  # "Richter Harald Ziegler"; "Gerhard Richter" stays
    # a player's position ("Guard Mantas Jurgelis scored 21")
    "guard", "forward", "midfielder", "defender", "goalkeeper", "keeper", "winger", "pitcher", "quarterback", "playmaker",
    "fullback", "full-back",
    # where someone is from, as the nouns English makes of it ("Spaniard Rafael Nadal", "Pole Robert Kubica"); "Finn" is
    # a given name too
    "spaniard", "briton", "brit", "swede", "dane", "pole", "turk", "scot", "frenchman", "frenchwoman", "englishman",
    "englishwoman", "dutchman", "dutchwoman", "irishman", "irishwoman", "welshman", "welshwoman", "scotsman", "scotswoman",
    "kiwi", "aussie",
}


# the endings of English nouns for what someone does: "Astronomer", "Geologist", "Photographer", "Physician", "Mountaineer"
_ENGLISH_OCCUPATION_ENDINGS: Final = ("ologist", "nomer", "grapher", "ician", "ist", "eer")


def _occupation_by_its_ending(word: str) -> bool:
    """A capitalised English noun for someone's occupation, before their name ("Astronomer Tsering Angmo"): it
    ends as such nouns do and is no one's name ("Tourist", "Christ" aside)."""
    low = word.lower()
    return len(low) > 6 and word[1:].islower() and low.endswith(_ENGLISH_OCCUPATION_ENDINGS) and not listed_name(low)


@lru_cache(maxsize=65536)
def _is_role(word: str) -> bool:
    """"President", "Gen.", and compounds like "Innenministerin" or "Regierungssprecher"."""
    low = word.lower().rstrip(".")
    if low in ROLE_WORDS or low + "." in ROLE_WORDS or (len(low) > 6 and low.endswith(_ROLE_SUFFIXES)):
        return True
    tail = low.rsplit("-", 1)[-1]  # "SPD-Kandidatin"
    return tail.endswith(_GERMAN_ROLES) or tail in _COMPOUND_ROLES


_FEMININE_AGENT_ENDINGS: Final = ("erin", "istin")


def _woman_by_her_work(word: str, following: str) -> bool:
    """A woman named by what she does, in German, right before her given name: "die Urner Skibergsteigerin Nadja …",
    "Pianistin Léa …" (a town, "Schwerin", or a name the lists hold, "Christin", is no such noun; nor is a word no given
    name follows: "Vacherin Mont-d'Or")."""
    low = word.lower()
    return (len(low) > 7 and low.endswith(_FEMININE_AGENT_ENDINGS) and bool(following) and listed_name(following)
            and not listed_name(low) and _fold(word) not in places())


def _german_role(word: str) -> bool:
    """A German word naming an office ("Außenminister", "Bürgermeisterin", "Präsident"), no English title ("Minister")."""
    tail = word.lower().rsplit("-", 1)[-1]
    return any(tail.endswith(ending) and (len(tail) > len(ending) or ending.endswith("in") or not ending.isascii())
               for ending in _ROLE_SUFFIXES + _GERMAN_ROLES)


_CHAMBERS: Final = {"chamber", "chambers"}
# what a person named by their surname alone does at a sentence's opening: "Das said", "Sen added"
_ENGLISH_SAID: Final = {"said", "says", "added", "told", "explained", "warned", "noted", "stressed", "argued", "insisted", "replied"}


def _undotted_abbreviation(word: str) -> bool:
    """A title's abbreviation written without its dot ("Sen", "Gen"), which after a name is a surname: "Amartya Sen"."""
    low = word.lower()
    return low + "." in ROLE_WORDS and low not in ROLE_WORDS


def _people_of_a_country(word: str) -> bool:
    """A country's people named by the plural of their demonym ("Iraqis", "Americans"), which ends no one's name."""
    low = word.lower()
    return len(low) > 4 and low.endswith("s") and low[:-1] in DEMONYMS and word[1:].islower()


def _acronym_after_a_persons_name(run: list[str]) -> bool:
    """Whether a run is a person's name, a given name and a surname or more, then a body's acronym a page ran on
    ("Joan Mateu TUI"); not a numeral ("Henry VIII"), a suffix ("Jr") or a company's form ("AG")."""
    last = run[-1]
    return (2 <= len(last) <= 6 and last.isalpha() and last.isupper() and not _ROMAN_NUMERAL.fullmatch(last)
            and last.lower() not in _LEGAL_FORMS and last not in _POST_NOMINALS and last not in {"JR", "SR"} and last not in _COMMON_ACRONYMS
            and len(run) <= 4 and listed_name(run[0])
            and all(word[:1].isupper() and not word.isupper() and word.isalpha() and word.lower() not in _CONNECTORS for word in run[:-1])
            and not any(_is_role(word) or word.lower() in _ORG_WORDS or word.lower() in _PLACE_WORDS for word in run[:-1]))


# airports, capitalised as a name opens, and the ranks their names give them: "Aeropuerto Intercontinental de Querétaro"
_AIRPORTS: Final = {"aeropuerto", "aeroporto", "aéroport", "aeroport"}
_AIRPORT_RANKS: Final = {"internacional": "International", "internazionale": "International", "international": "International",
                  "intercontinental": "Intercontinental", "intercontinentale": "Intercontinental"}
# a picture's credit, the word and "by" in many languages: "Foto de …", "Photo by …", "Bild von …"
_PICTURES: Final = {"foto", "fotos", "photo", "photos", "bild", "bilder", "image", "images", "imagen", "immagine", "picture"}
_BY: Final = {"by", "de", "di", "von", "da", "door"}


# German titles no noble "von" goes on with (alone they are surnames too: Birgit Prinz, Werner Herzog)
_GERMAN_TITLES: Final = {"prinz", "prinzessin", "könig", "königin", "herzog", "herzogin", "fürst", "fürstin", "kaiser", "graf", "gräfin",
                  "papst"}


def _surname_named_again(run: list[str]) -> int:
    """Where a run that ends with a given name and a surname first named that surname alone, just after it; 0 if not."""
    if (not run[-1][1:].islower() or not all(word[:1].isupper() for word in run) or not listed_name(run[-2]) or _is_role(run[-2])
            or run[-2].lower() in _PLACE_PREFIXES):  # ("St. Thomas Assembly de Saint Thomas": a plant, named after its town)
        return 0
    return next((index + 1 for index in range(len(run) - 2) if run[index] == run[-1]), 0)


def _named_again(run: list[str], again: int) -> int:
    """How many last words of a run name again whom its first `again` words named: "John Maynard Keynes John Maynard
    Keynes" all three, "Merz Berlin Friedrich Merz" a given name and the surname."""
    same = next(size for size in range(again, 0, -1) if run[again - size : again] == run[len(run) - size :])
    return max(same, 2)


@lru_cache(maxsize=65536)
def _split_run(words: tuple[str, ...]) -> list[tuple[str, str]]:
    """One capitalised run → (text, kind hint) pieces. Roles split it: what stands before a role is
    an affiliation ("Israeli", "CIA", "Hamas"), what follows the last role is the person."""
    run = list(words)
    while run and run[0].lower() in _NUMBER_WORDS:
        run = run[1:]  # "Forty Palestinian prisoners"
    if not run:
        return []
    if run[0].lower() == "the":
        run = run[1:] or run
    whole = _fold(" ".join(run))
    if whole in ORGANISATIONS or whole in AGENCIES:  # "Canadian Press": an agency, not a place and a press
        return [(" ".join(run), "org")]
    if len(run) > 2 and run[0].lower() in _AIRPORTS:
        if run[1].lower() in _AIRPORT_RANKS:
            return [(" ".join(run), "place")]  # "Aeropuerto Internacional de Puebla": the airport, by its full name
        if run[1] in _KIND_LINKS:
            return [(" ".join(run[2:]), "place")]  # "Aéroport de Luton": the town's airport, as its town names it
    if len(run) > 2 and run[0].lower() in _PICTURES and run[1].lower() in _BY:
        return _split_run(tuple(run[2:]))  # "(Foto de Bruce Bennett/Getty Images)", "(Imagen de Wikipedia)": a credit
    if len(run) > 2 and _fold(run[0]) in AGENCIES and not listed_name(run[0]) and named_like_a_person(" ".join(run[1:])):
        return [(run[0], "org"), *_split_run(tuple(run[1:]))]  # "Reuters Diosdado Cabello en Venezuela": a headline's agency
    if len(run) > 2 and _acronym_after_a_persons_name(run):
        return _split_run(tuple(run[:-1])) + [(run[-1], "org")]  # "Joan Mateu TUI a également …": whom the person speaks for
    if len(run) > 2 and _people_of_a_country(run[-1]) and (listed_name(run[0]) or _is_role(run[0])) and not _is_role(run[-2]):
        # "… said Mike Pompeo Iraqis are dancing": a headline ran on into the next ("North Koreans" are one people)
        people = 2 if run[-2].lower() in _COMPASS else 1
        if len(run) - people >= 2:
            return _split_run(tuple(run[:-people]))
    if len(run) > 2 and "von" in run[1:-1] and (_is_role(title := run[(of := run.index("von", 1)) + 1]) or title.lower() in _GERMAN_TITLES):
        # "die Ex-Freundin von Prinz Harry": whose friend, daughter or spokesman, then the person (a noble "von" goes on with
        # a surname: "Ursula von der Leyen")
        before = run[:of] if of > 1 or listed_name(run[0]) else []  # (one common noun is no name: "Freundin")
        return _split_run(tuple(before)) + _split_run(tuple(run[of + 1 :]))
    if len(run) > 2 and (again := _surname_named_again(run)):
        # "… gegen Merz Berlin Friedrich Merz zeigt …": a headline ran on into the dateline and the story's first name
        named_again = _named_again(run, again)
        return _split_run(tuple(run[:again])) + _split_run(tuple(run[again:-named_again])) + [(" ".join(run[-named_again:]), "person")]
    if len(run) > 2 and whole in places() and (_is_role(run[0]) or "of" in run):
        # "Prince Edward Island": a place named with a title ("Prince George" may be a prince); "Democratic Republic of
        # Congo": a country named as a state, not a body of a place
        return [(" ".join(run), "place")]
    low_words = [w.lower() for w in run]
    if len(run) > 2 and _is_role(run[0]) and low_words[-1] in _STRUCTURES:
        return [(" ".join(run), "place")]  # "Sir Vivian Richards Stadium": a ground named after a person, title and all
    if len(run) > 1 and _worship_building(low_words):
        return [(" ".join(run), "place")]  # "St Hilda's Church", "Canterbury Cathedral": the building, not the body
    if (len(run) == 2 and low_words[1] == "head" and run[0].isalpha() and not _is_role(run[0]) and not listed_name(run[0])
            and low_words[0] not in _ORG_WORDS and low_words[0] not in _PLACE_WORDS and _fold(run[0]) not in places()):
        return [(" ".join(run), "place")]  # "Taiaroa Head", "Beachy Head": a headland (a body's head is "Department Head")
    if len(run) > 3 and low_words[0] in _ARTICLES and low_words[1] in _GENERIC_BODIES:
        run, low_words = run[1:], low_words[1:]  # "El Gobierno de …" opening a sentence
    if len(run) > 2 and low_words[0] in _GENERIC_BODIES and low_words[1] in _OF_WORDS and _fold(" ".join(run)) not in places():
        # ("Estado de México": a state the gazetteer names so, not the body of a place)
        # "the Government of Uruguay", "el Gobierno de Cantabria", "il Comune di Napoli": the body of that place,
        # named with it (the place inside its name is no mention of its own)
        rest = " ".join(run[2:] if low_words[2] not in _CONNECTORS else run[3:])
        return [(" ".join(run), "org")] if rest else []
    affiliated = _person_of_organisation(run, low_words) or _body_of_a_place_then_person(run, low_words) or _party_then_person(run, low_words)
    if affiliated:
        return affiliated
    if len(run) > 2 and low_words[1] == "of" and low_words[0] in _GROUPS_OF:
        # "Shares of Harlow Creek", "Residents of Tarnby": a group, then whose or where it is
        tail = [w for w in run[2:] if w.lower() != "the"]
        return [(" ".join(tail), _GROUPS_OF[low_words[0]])] if tail else []
    if len(run) > 2 and low_words[0] in _ROMANCE_PEOPLE_FROM and low_words[1] in {"de", "di", "da"}:
        origin = " ".join(run[2:])  # "Hombre de Birmingham arrestado …", "Donna di Lecce investita": someone from a place
        return [(origin, "place" if _fold(origin) in places() else "")]
    if len(run) > 2 and "of" in low_words[1:-1]:
        # "Teuila Fa'asavalu of Samoa" is a person and a place; "Central Bank of Morvania" one organisation
        cut = low_words.index("of", 1)
        head, tail = run[:cut], run[cut + 1 :]
        if tail and tail[0] == "the" and len(tail) > 1:
            tail = tail[1:]
        plain = not any(w in _ORG_WORDS or w in _PLACE_WORDS or w in _PLACE_PREFIXES or _is_role(w) for w in low_words[:cut])
        if low_words[cut - 1] in _CHAMBERS:
            return [(" ".join(run), "org")]  # "Greater Sudbury Chamber of Commerce" ("the Senate Chamber" is a room)
        tail_text = " ".join(tail)
        if len(head) >= 2 and low_words[cut - 1] in _LANDS_OF_A_PLACE and (
                _fold(tail_text) in places() or len(tail) >= 2 and tail[-1].lower() in _UNITS_OF_A_COUNTRY):
            # "Torricelli Mountains of Sandaun Province": a range named in full, then the province it lies in (not "Gulf
            # of Mexico", whose name holds its "of")
            return [(" ".join(head), "place"), (tail_text, "place")]
        if plain and 2 <= len(head) <= 4 and _fold(" ".join(head)) not in places():
            # "Michael Silverman of the Boston Herald": a person, then where they come from
            return _split_run(tuple(head)) + [(tail_text, "place" if _fold(tail_text) in places() else "")]
        if any(w in _ORG_WORDS for w in low_words[:cut]) and not any(_is_role(w) for w in run[:cut]):
            return [(" ".join(run), "org")]
        if all(_is_role(w) for w in run[:cut]) and tail and (_is_role(tail[0]) or tail[0].lower() in _PORTFOLIOS):
            # "Minister of Health Ana Ruiz": the role's portfolio, then the person
            while tail and (_is_role(tail[0]) or tail[0].lower() in _PORTFOLIOS):
                tail = tail[1:]
            person = " ".join(tail)
            return [(person, "person")] if person and _looks_like_name(person) else []
        if any(_is_role(w) for w in run[:cut]) and not any(w in _ORG_WORDS for w in low_words[:cut]) and tail:
            # "Justice Corinne Castellane of the Nova Scotia Supreme Court": a person, and the body
            tail_kind = "org" if _fold(tail[-1]) in _ORG_WORDS else "place" if _fold(tail_text) in places() else ""
            return _split_run(tuple(head)) + [(tail_text, tail_kind)]
    if len(run) > 3 and (cut := next((i for i in (2, 3) if i < len(run) - 1 and low_words[i] in _ROMANCE_OF), 0)):
        # "Luigi Tarantino della Cgil", "Anna Bianchi di Legambiente": a person, then the body they speak for (or the
        # town they come from); a name's own particle stays ("Luca Cordero di Montezemolo")
        head, body = run[:cut], " ".join(run[cut + 1 :])
        tail_kind, sure = _kind(body, "")
        if len(run) == cut + 3 and _surname_with_its_particle(run[cut:]):
            sure = False  # "José Luis de la Cruz", "Ana Pérez de los Santos": the surname, not a place after "de"
        if (sure and tail_kind in {"org", "place"} and all(word[:1].isupper() for word in head)
                and _kind(" ".join(head), "") == ("person", False) and listed_name(low_words[0])
                and not _is_role(run[0])):
            return _split_run(tuple(head)) + [(body, tail_kind)]
    if len(run) == 3 and low_words[0] in DEMONYMS and low_words[1:] in (["red", "cross"], ["red", "crescent"]):
        return [(" ".join(run), "org")]  # "the American Red Cross", "the Turkish Red Crescent": a country's society, one name
    if len(run) > 2 and _is_role(run[0]) and low_words[1] in _CONNECTORS and low_words[-1] in _ORG_WORDS:
        return _split_run(tuple(run[2:]))  # "Geschäftsführerin der Emder Autoport GmbH": a role, then the body it is of
    if len(run) > 1 and low_words[-1] in _ORG_WORDS and not (low_words[0] in _COMPASS and len(run) == 2):
        # "World Health Organization", "European Union", "International Monetary Fund": one name;
        # "Qatari Foreign Ministry": a place, and the ministry
        # (a name of three words or more after it is the body's own: "British International Freight Association")
        if (low_words[0] in DEMONYMS and _fold(" ".join(run[1:])) not in ORGANISATIONS and len(run) <= 3
                and DEMONYMS[low_words[0]] not in _CONTINENTS  # ("Asian Development Bank", "European Defence Agency": no state's)
                and not any(_POSSESSIVE.search(w) for w in run[1:-1])  # ("Scottish Fishermen's Federation": one name)
                # a state's own body, by its portfolio or kind ("Qatari Foreign Ministry", "Israeli Army"); a company's
                # or an agency's name holds its demonym ("British Airways", "British Horseracing Authority")
                and (any(w in _PORTFOLIOS for w in low_words[1:]) or low_words[-1] in _STATE_BODY_WORDS)):
            return [(DEMONYMS[low_words[0]], "place"), (" ".join(run[1:]), "org")]
        return [(" ".join(run), "org")]
    pieces: list[tuple[str, str]] = []
    segment: list[str] = []
    saw_role = False
    role = ""
    padded = run + [""]
    for position, word in enumerate(padded):
        low = word.lower()
        described = (position == 0 and len(run) >= 3 and (low.rstrip(".") in _DESCRIPTORS_BEFORE_NAMES or _occupation_by_its_ending(word))
                     and not word.isupper()
                     and run[-1].lower() not in _AREAS_NAMED_LAST)  # ("Doña Ana County" is a county, not Ana's)
        if word and (described or _is_role(word) and not (segment and position == len(run) - 1 and _undotted_abbreviation(word))
                     or low in _BEFORE_ROLES and _opens_a_role(padded, position + 1) or _woman_by_her_work(word, padded[position + 1])) \
                and not _portfolio_of_a_body(segment) and not (low in _GENERAL and segment and _names_a_body(segment[-1])):
            saw_role = True
            role = low
            if segment and not (len(segment) == 1 and segment[0].lower() == "the"):
                text = " ".join(w for w in segment if w.lower() != "the" or w is not segment[0])
                low_text = text.lower()
                if low_text not in DEMONYMS and segment[0].lower() in DEMONYMS:
                    # "Kenyan Environment Minister": the demonym names a place, the rest is the role
                    pieces.append((DEMONYMS[segment[0].lower()], "place"))
                elif low_text in DEMONYMS:
                    pieces.append((DEMONYMS[low_text], "place"))
                elif " " not in text and (_german_place_before_noun(_fold(text)) or _town_genitive_before_its_office(text, word)):
                    # "Sachsens Wirtschaftsminister", "Kasseler Oberbürgermeisterin", "Steyrs Bürgermeister"; a town no
                    # gazetteer knows is named as the nominative ("Oberhofs Bürgermeister": Oberhof)
                    known = _german_place_before_noun(_fold(text)) or _fold(text)[:-1] in places()
                    pieces.append((text if known else text[:-1], "place"))
                elif low in _TOWNS_HEADS and len(segment) <= 2 and segment[0].lower() not in _LEADING_ARTICLES and _kind(text, "")[0] != "org":
                    pieces.append((text, "place"))  # "Inuvik Mayor Lorna Kasook": only a town has a mayor
                elif (position == len(run) - 1 and len(segment) in (2, 3) and _german_role(word) and listed_name(segment[0])
                      and named_like_a_person(text)):
                    # German puts the office after the name it predicates: "soll Alexander Schallenberg Außenminister bleiben"
                    pieces.append((text, "person"))
                else:
                    # what stands before a role is whom the person works for, never the person: "Goldman Sachs CEO …"
                    guess = _kind(text, "")
                    pieces.append((text, "org" if guess == ("person", False) else ""))
            segment = []
            continue
        if word:
            segment.append(word)
            continue
        affiliation = bool(segment) and segment[0] in _CONNECTORS  # "Sprecher der Feuerwehr", "head of Hamas"
        if saw_role and len(segment) >= 3 and segment[0].lower() in _DESCRIPTORS_BEFORE_NAMES:
            segment = segment[1:]  # "der Vorsitzende Richter Harald Ziegler": a second title before the name
        while segment and segment[0] in _CONNECTORS:
            segment = segment[1:]
        if affiliation and len(segment) == 2 and _names_a_municipality(segment[0]) and segment[1][:1].isupper():
            pieces.append((segment[1], "place"))  # "Bürgermeister der Standortgemeinde Pilsbach", "… der Stadt Potsdam"
            segment = []
        if segment:
            text = " ".join(segment)
            if (not saw_role and len(segment) > 1 and segment[0].lower() in DEMONYMS
                    and not (len(segment) == 2 and segment[1].lower() in _NATURAL_FEATURES)  # ("Indian Ocean": one place)
                    and _fold(text) not in places()  # ("British Columbia", "Dominican Republic": a place's own name)
                    and not _known_body(text)):  # ("English Heritage", "Swiss Olympic": a body's)
                pieces.append((DEMONYMS[segment[0].lower()], "place"))
                text = " ".join(segment[1:])
            else:
                # "United States Donald Trump" (after "President of the"): a place, then a name
                # ("Santa Maria Capua Vetere" is one town, "Cape Breton Highlands National Park" one park)
                for size in (3, 2, 1) if _fold(text) not in places() and not _named_park(segment) else ():
                    lead = _fold(" ".join(segment[:size]))
                    # a one-word town before a name is as often a given name ("Ramón Gil Pizarro"); a country is not
                    if (len(segment) >= size + 2 and lead in places() and (size > 1 or _names_a_country(lead))
                            and segment[size] not in _CONNECTORS
                            and _kind(" ".join(segment), "")[0] != "org"):  # not "El Banco | Central de la República"
                        pieces.append((" ".join(segment[:size]), "place"))
                        text = " ".join(segment[size:])
                        break
            named = saw_role and not affiliation and text[:1].isupper() and not _ACRONYM.match(text) and (
                _looks_like_name(text) or _royal_by_a_given_name(role, text))
            pieces.append((text, "person" if named else ""))
    # a role can split a name after "on"/"for" ("Senate Committee on | Foreign | Relations"): no piece ends or starts with one
    trimmed = [(_without_links(text.split()), hint) for text, hint in pieces]
    return [(" ".join(words), hint) for words, hint in trimmed if words]


# "general" after a body's word is the body's ("Fiscalía General de la Nación", "Dirección General de Tráfico"); after
# a person's, a role ("Fiscal General", "Attorney General")
_GENERAL: Final = {"general", "generale", "général", "générale", "geral"}


# the continents a demonym names: a body named by one is many states' ("African Development Bank"), never one state's
_CONTINENTS: Final = {"Europe", "Asia", "Africa"}
# what a state's own body is, after its country's demonym: "Qatari Foreign Ministry", "Israeli Army"
_STATE_BODY_WORDS: Final = {"ministry", "embassy", "consulate", "army", "navy", "military", "government", "police", "parliament",
                     "cabinet", "presidency", "ministries"}


# words that open the name of a part of a city, not a person's: "Università di Roma Tor Vergata", "San Siro"
_PARTS_OF_PLACE_NAMES: Final = {"tor", "torre", "porta", "ponte", "san", "santa", "santo", "saint", "sainte", "st.", "sankt", "bad", "nord",
                         "süd", "ost", "west", "north", "south", "east", "upper", "lower", "city", "centro", "downtown"}


_PARKS_KINDS: Final = {"national", "provincial", "state", "regional", "marine", "natural"}


def _named_park(words: list[str]) -> bool:
    """Whether `words` end as a park's name does in English: "… National Park", "… Provincial Park"."""
    return len(words) >= 3 and words[-1].lower() == "park" and words[-2].lower() in _PARKS_KINDS


def _body_of_a_place_then_person(run: list[str], low_words: list[str]) -> list[tuple[str, str]] | None:
    """"Università di Perugia Paolo Gentili", "Universität Stuttgart Hanna Vogt": a body named by what
    it is and its place, then, with no word between, the name of a person from it."""
    if len(run) < 4 or not (low_words[0] in _ORG_HEADS or low_words[0] in _ORG_WORDS):
        return None
    for name_size in (2, 3):
        body, name = run[:-name_size], run[-name_size:]
        place = body[1:]
        while place and place[0].lower() in _CONNECTORS:
            place = place[1:]
        # (an initial opening the name says the place's word was a given name: "Observatorio Vera C. Rubin")
        if (place and _fold(" ".join(place)) in places() and _looks_like_name(" ".join(name)) and not _ACRONYM.match(name[0])
                and len(name[0].rstrip(".")) > 1
                and all(word[:1].isupper() and word.lower() not in _CONNECTORS and not _is_role(word) for word in name)
                and name[0].lower() not in _PARTS_OF_PLACE_NAMES
                and _fold(" ".join(place + name)) not in places()):  # ("Regione Friuli Venezia Giulia": one region's name)
            return [(" ".join(body), "org"), (" ".join(name), "person")]
    return None


# what opens a party's or a movement's name, which is never a person's ("Partido Nacional", "Movimento Civico")
_PARTY_HEADS: Final = {"partido", "partito", "parti", "partei", "party", "frente", "movimiento", "movimento", "mouvement",
                       "alianza", "alleanza", "coalición", "coalizione"}


def _party_then_person(run: list[str], low_words: list[str]) -> list[tuple[str, str]] | None:
    """"Partido Nacional Gustavo Ferreira Bentancur", "Movimento Civico Laura Ferri": a party no list knows,
    then, with no word between, the name of one of its people: two or three words, two of them or more
    words the name lists know as people's, the first among them, after one they do not (or after the
    party's head and one word)."""
    if len(run) < 4 or low_words[0] not in _PARTY_HEADS or _known_body(" ".join(run)):
        return None
    for size in (3, 2):
        body, name = run[:-size], run[-size:]
        if (len(body) >= 2 and listed_name(name[0]) and sum(map(listed_name, name)) >= 2
                and (len(body) == 2 or not listed_name(body[-1]))
                and all(word[:1].isupper() and word.replace("-", "").isalpha() for word in name)
                and not any(_is_role(word) or word.lower() in _CONNECTORS for word in body[1:] + name)):
            return [(" ".join(body), "org"), (" ".join(name), "person")]
    return None


def _portfolio_of_a_body(segment: list[str]) -> bool:
    """Whether the words so far are a body and "of": what follows is its portfolio, not a role
    ("Ministerio del Interior", "El Ministerio del Interior", "Ministry of the Interior")."""
    words = [w for w in segment if w.lower() not in {"the", "la", "l'", "l’", "el", "il"}]
    return len(words) >= 2 and words[-1].lower() in _OF_WORDS and _names_a_body(words[0])


# "Luigi Tarantino della FIOM", "Ana Ruiz de la OCU", "Jens Ohl vom DIW": a name, then the body it speaks for
_AFFILIATION_LINKS: Final = {"della", "dello", "dell'", "dell’", "del", "de", "du", "des", "von", "vom", "der"}
_ITALIAN_AFFILIATION_LINKS: Final = {"del", "della", "dello", "dell'", "dell’", "dei", "degli"}


def _person_of_organisation(run: list[str], low_words: list[str]) -> list[tuple[str, str]] | None:
    """A person's name, a link word and an organisation's name as one run, or an agency's acronym and
    then a name ("all'ANSA Giulia Pazzaglia"); None when the run is neither ("Banco de España",
    "Luis de la Fuente": no organisation after the link)."""
    if not 3 <= len(run) <= 8:
        return None
    rest = " ".join(run[1:])
    if (_ACRONYM.match(run[0]) and len(run[0]) >= 3 and len(run) <= 4 and _fold(rest) not in ORGANISATIONS
            and all(w[:1].isupper() and not _is_role(w) for w in run[1:]) and _kind(rest, "")[0] == "person"):
        return [(run[0], "org"), (rest, "person")]
    cut = next((i for i in range(2, min(len(run) - 1, 5)) if low_words[i] in _AFFILIATION_LINKS), None)
    if cut is None:
        return None
    head, tail = run[:cut], run[cut + 1 :]
    if tail and tail[0].lower() in {"la", "l'", "l’", "el", "il", "der", "dem", "den", "des", "le", "les"}:
        tail = tail[1:]
    while len(head) > 2 and (_is_role(head[0]) or head[0].lower() in _DESCRIPTORS_BEFORE_NAMES):
        head = head[1:]  # "Klimaforscher Georg Wendt von der Universität Innsbruck": the role before the name
    if not tail or not all(w[:1].isupper() for w in head) or any(_names_a_body(w) or _is_role(w) for w in head):
        return None
    if len(tail) == 2 and _describes_a_body(tail[0]) and not tail[1].lower().endswith(_DE_NOUN_ENDINGS):
        tail = tail[1:]  # "von der Gewerkschaft PRO-GE": what the body is, then its name
    tail_text = " ".join(tail)
    # German names the body after "von der"/"vom" ("Markus Gstrein von der Bergrettung Kaunertal"); a noble "von der"
    # opens the name instead ("Ursula von der Leyen": nothing capitalised before it but the given name)
    german_body = (low_words[cut] in {"von", "vom"} and len(tail) <= 5 and tail[0][:1].isupper()  # (and its links: "… der Schweinehalter")
                   and all(w[:1].isupper() or w.lower() in _GERMAN_NAME_LINKS for w in tail))
    # Italian links a person to their body in lower case ("Chiara Bellotti del Nursind"), and its surnames write theirs
    # capitalised ("Del Piero"); a one-word body is no one's name and nowhere ("María Teresa del Castillo" is a name)
    italian_body = (low_words[cut] in _ITALIAN_AFFILIATION_LINKS and len(tail) == 1 and tail[0][1:].islower()
                    and len(head) == 2 and head[0].lower() not in _LEADING_ARTICLES and listed_name(head[0]) and not listed_name(tail[0])
                    and _fold(tail_text) not in places())
    if (_fold(tail_text) in ORGANISATIONS or _ACRONYM.match(tail_text) or german_body or italian_body
            or (len(tail) > 1 and _kind(tail_text, "") == ("org", True))):
        return [(" ".join(head), "person"), (tail_text, "org")]
    return None


def _without_links(words: list[str]) -> list[str]:
    while words and words[-1] in _ORG_LINKS:
        words = words[:-1]
    while words and words[0] in _ORG_LINKS:
        words = words[1:]
    return words


# the titles a royal is named by with a given name alone: "Crown Princess Mary", "Queen Mary" (Mary is a town in
# Turkmenistan); "Prince George", "Prince Albert" are towns too, and stay guesses the words around decide
_ROYAL_TITLES: Final = {"prince", "princess", "queen", "king", "duke", "duchess", "prinz", "prinzessin", "königin", "könig", "príncipe",
                 "princesa", "principe", "principessa", "princesse", "reine", "roi", "reina", "rey", "regina", "re"}


def _royal_by_a_given_name(role: str, text: str) -> bool:
    return (role in _ROYAL_TITLES and " " not in text and listed_name(text)
            and _fold(f"{role} {text}") not in places() and not _names_a_country(_fold(text)))


def _looks_like_name(text: str) -> bool:
    words = text.split()
    low = _fold(text)
    return 1 <= len(words) <= 4 and low not in places() and not any(w.lower() in _ORG_WORDS for w in words)


def _known_body(name: str) -> bool:
    """Whether the organisation lists know `name` ("Cgil", "Unicef", "dpa")."""
    return _fold(name) in ORGANISATIONS or name in known_bodies() or _fold(name) in AGENCIES or _acronym_written_as_a_word(name)


def letters_among_characters(found: list[Mention], in_characters: list[Mention]) -> list[Mention]:
    """The names the rules for letters `found` in a Chinese or Japanese text, where they see a Latin word without
    the words around it: an acronym opening a body's name in characters ("JR" of "JR東海", "NEXCO" of "NEXCO東日本",
    `in_characters`) is left to that name, and one no list knows as a body ("ATMの前で", "SNSで", "ICチップ")
    is a name of something, not an organisation's ("ISRO" and "JAXA" are known bodies)."""
    openings = {m.text for m in in_characters if m.kind == "org" and has_cjk(m.text)}
    kept = []
    for mention in found:
        if mention.kind == "org" and mention.text.isascii() and _ACRONYM.match(mention.text):
            if any(name.startswith(mention.text) and has_cjk(name[len(mention.text) : len(mention.text) + 1]) for name in openings):
                continue
            if not _known_body(mention.text):
                mention = Mention(mention.text, "other", mention.canonical)
        kept.append(mention)
    return kept


def _acronym_written_as_a_word(name: str) -> bool:
    """"Unesco", "Nasa", "Fifa": a body the lists know by its acronym, in the house style that writes acronyms
    read as words in title case (four letters or more: "Ing" or "Fed" are words)."""
    return len(name) >= 4 and name[0].isupper() and name[1:].isalpha() and name[1:].islower() and name.upper() in known_bodies()


# a French or Belgian commune named by what it stands on, under or by: "Batz-sur-Mer", "Marche-en-Famenne",
# "Villers-lès-Nancy" (no person's nor body's name is made so)
_FRENCH_COMMUNE: Final = re.compile(r"[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]+)*-(?:sur|sous|lès|lez|en)-(?:l[ae]-|les-)?[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]+)*")


# a French name joined by hyphens that opens with a valley, a lake, a mount, a bridge, a port, a fort, a river, an
# island, a point, a cove, a bay or a harbour: "Val-de-Travers", "Lac-Saint-Jean", "Mont-Tremblant", "Pont-Audemer",
# "Fort-de-France", "Rivière-du-Loup", "Pointe-aux-Loups", "Baie-Mahault"
_FRENCH_PLACE_COMPOUND: Final = re.compile(r"(?:Val|Lac|Mont|Pont|Port|Fort|Rivière|Île|Cap|Pointe|Anse|Baie|Havre)-[\w'’\-]*[A-ZÀ-ÖØ-Þ][\w'’\-]*")


def _merged_with_a_known_town(text: str) -> bool:
    """Whether one word is a town merged with a known town whose own name holds hyphens: "Ottignies-Louvain-la-Neuve"
    (a route between two known towns is two places: "Paris-Saint-Denis")."""
    head, _, tail = text.partition("-")
    return ("-" in tail and " " not in text and len(head) >= 4 and head.isalpha() and head[0].isupper()
            and _fold(tail) in places() and _fold(head) not in places())


# the last words of the names of laws, treaties and agreements, and of illnesses ("Ebola virus disease (EVD)",
# "Middle East Respiratory Syndrome"), which the guidelines label nowhere
_AGREEMENTS_AND_LAWS: Final = {"act", "agreement", "accord", "accords", "treaty", "pact", "memorandum", "deal"}
_ILLNESSES: Final = {"disease", "syndrome"}
# a meeting of leaders, named before or after whose it is ("Summit County" and "Summit Partners" are not one)
_SUMMITS: Final = {"summit", "summits", "cumbre", "sommet", "vertice", "gipfel", "gipfeltreffen"}


def _names_a_text_or_an_illness(text: str) -> bool:
    """Whether a name of two words or more is a law's or a treaty's, by its last word written in title case, or an
    illness's, by its last word; not a body named after one ("Government of National Accord", "Parties to the Nauru
    Agreement", "Centers for Disease Control")."""
    head, _, last = text.rpartition(" ")
    if not head:
        return False
    if last.lower() in _AGREEMENTS_AND_LAWS and last[1:].islower():
        return not any(word in {"of", "to"} for word in head.split())
    return last.lower() in _ILLNESSES and not any(word in {"of", "for"} for word in head.split())


@lru_cache(maxsize=65536)
def _kind(text: str, hint: str) -> tuple[str, bool]:
    """(kind, whether the name alone says so); a guess may be overruled by the words around the name."""
    if hint:
        return hint, True
    low = _fold(text)
    words = low.split()
    if _known_body(text):
        # a one-word body named after a town is a guess the words around may overrule: "Suva", Switzerland's accident
        # insurer and Fiji's capital ("fan Ana Koroi in Suva"); "Toyota"
        return "org", low not in bodies_named_like_towns()
    if " " not in text and "-" in text[1:] and _known_body(text.rsplit("-", 1)[1]) and not _is_role(text):
        return "org", True  # "Filt-Cgil", "Fim-Cisl": a union's federation (not "CDU-Politiker", a role)
    if _names_a_text_or_an_illness(text):
        return "other", True  # "Citizenship Amendment Act", "Visiting Forces Agreement": a text, no body or place
    if len(words) > 1 and (words[0] in _CUPS or words[0] in _PRIZES_OF) and not any(w in _ORG_WORDS for w in words):
        return "other", True  # "la Copa ATP", "el Balón de Oro": a contest or a prize a body runs ("Copa Airlines" flies)
    if (len(words) == 2 and _known_body(text.split()[1]) and len(words[0]) <= 4 and _is_acronym(text.split()[0])
            and not listed_name(words[0]) and words[0] not in places() and words[0] not in _COMPASS):
        return "org", True  # "Filt Cgil", "Fiom Cgil": a union's federation, its confederation written apart
    if len(words) > 1 and words[0] in _COMPASS:
        return "place", True  # "West Bank", "South Gaza", "Northern Ireland"
    if len(words) > 1 and words[-1] in _MATERIALS_NAMING_FIRMS and not any(map(listed_name, words[:-1])):
        # "Andes Pacific Copper": a miner or a maker named by its metal ("Ben Copper" is someone); a guess, so that
        # the name stands for a fuller one the article gives ("Andes Copper Corporation")
        return "org", False
    if _SAINTS_ALONE.fullmatch(text):
        return "place", True  # "the vicar of St Mary's", "at St Thomas'": the saint's church or hospital, named by the saint
    if _SAINTS_ALONE.fullmatch(text.rpartition(" ")[0]) and words[-1] in _FEAST_WORDS:
        return "other", True  # "St Patrick's Day", "St Andrew's Night": a feast
    if len(words) == 2 and words[1] in _COMPASS_AFTER and words[0] in places():
        return "place", True  # "Glarus Süd", "Lyon Nord": a town's or a district's part, or a town named so
    if (low in places() and not (" " not in low and low in _NOT_TOWNS)) or low in DEMONYMS:
        return "place", True
    if len(words) > 1 and words[-1] in _STRUCTURES or low in {"city hall", "town hall"}:
        # "Union Station", "Harmon Street Bridge": a structure, whatever words its name holds ("Hall" alone is a surname)
        return "place", True
    if len(words) == 2 and words[1] in _GERMAN_STREET_WORDS_APART and words[0] not in _GERMAN_WORDS_BEFORE_ROOM:
        return "place", False
    if len(words) > 1 and _worship_building(words):
        return "place", True
    if _FRENCH_COMMUNE.fullmatch(text) or _FRENCH_PLACE_COMPOUND.fullmatch(text) or _merged_with_a_known_town(text):
        return "place", True
    if len(words) == 1 and low.endswith(_DUTCH_STREET_ENDINGS) and len(low) > 8:
        return "place", True  # "la Wollestraat", "op de Keizersgracht": Dutch names its streets so, in whatever language's news
    if len(words) > 2 and words[0] in _LAND_HEADS and words[1] in _NAME_OF:
        return "place", True  # "Chaîne des Puys", "Massif des Bauges", "Palais des Papes": land or a building, named of what
    if len(words) > 2 and words[:2] == ["states", "of"] and " ".join(words[2:]) in places():
        return "org", True  # "the States of Alderney", "the States of Guernsey": the island's parliament
    if len(words) > 1 and words[-1] == "ombudsman":
        return "org", True  # "Fair Work Ombudsman": a watchdog named after its office ("Ombudsman Jane Holt" holds it)
    if 2 <= len(words) <= 3 and (_korean_given_name(text.split()[0]) or _korean_given_name(text.split()[-1])):
        return "person", True  # "Hye-jin Park", "Kim Jong-un": a Korean given name, hyphenated, and a family name
    if len(words) > 1 and words[-1] == "park":
        # "Dalymount Park", "Bryant Park", "Cook National Park" (of the bench's 40 such names, 25 were read as
        # people); a guess the words around may overrule, as Park is a surname too ("Glenys Park, who lives …")
        return "place", False
    if len(words) > 2 and words[-1] in _BORDERS and words[-2] in _WITHOUT:
        return "org", True  # "Educación Sin Fronteras", "Reporters sans frontières"
    if _ACRONYM.match(text):
        return "org", True
    if (event := next((i for i, w in enumerate(words) if i and w in _EVENT_WORDS), 0)) and words[0] not in _ORG_HEADS and not any(
            w in _ORG_WORDS or w in _ORG_HEADS for w in words[event + 1 :]):
        # "Academy Awards", "FA Cup": a body's prize or contest ("Nobel Prize Committee" awards it, the "Fundación Festival
        # de la Leyenda Vallenata" runs it)
        return "other", True
    if len(words) > 1 and words[-1] == "open" or len(words) > 2 and words[0] == "abierto" and words[1] == "de":
        return "other", True  # "the Australian Open", "el Abierto de Australia": a tennis or golf tournament
    if len(words) > 1 and (words[-1] in _SUMMITS or words[0] in _SUMMITS and (words[1] in _NAME_OF or words[1] == "of")):
        return "other", True  # "ASEAN Summit", "le Sommet de l’ASEAN", "Cumbre de las Américas": a meeting, not its hosts
    if (len(words) == 2 and words[1] in _ACCENTED_HEADS_FOLDED and text.split()[1].lower() == words[1] and words[1] not in _ORG_WORDS
            and words[0] not in _ORG_HEADS and words[0] not in _ORG_WORDS and words[0] not in places() and listed_name(words[1])):
        return "person", False  # "Mamadou Camara": a given name, then a surname spelt as a body's word without its accent (Cámara)
    if any(w in _ORG_WORDS or w in _ORG_HEADS for w in words) or (words and _ends_like_a_body(words)) or (
            len(words) > 1 and _hyphenated_body(words[-1])) or (
            len(words) > 1 and any(map(_ends_as_bodies_do, words[:-1]))) or (  # "Amtsgericht Bayreuth", "Verband Deutscher Hopfenpflanzer"
            len(words) > 2 and words[1] in _GERMAN_LEGAL_FORMS) or (  # "die Autobahn GmbH des Bundes"
            len(words) > 1 and any(_head_before_a_place(w) for w in words[:-1])) or (
            len(words) > 1 and words[0].removesuffix("s") in _ORG_WORDS) or (  # "Centers for Disease Control"
            len(words) > 1 and words[0] in _TRADES_OPENING_FIRMS and (words[1] not in _OF_WORDS or words[0] in _WORKS_OF_A_PLACE)):
        # ("Laboratori nazionali del …", "Transportes de …" may be a portfolio's; "Astilleros del Musel" is a yard's name)
        return "org", True
    if len(words) == 2 and words[1] in _ROMANCE_COMPASS_AFTER and not listed_name(words[0]) and words[0] not in _REGION_NOUNS:
        return "place", False  # "la carretera Panamericana Sur", "Lima Norte": a road's or a district's part, no one's surname
    if words and (words[-1] in _PLACE_WORDS and (words[-1] != "way" or len(words) == 2)  # ("Paved The Way": a headline's)
                  or len(words) > 1 and words[-1] in _PLACE_WORDS_AFTER_A_NAME
                  or len(words) > 1 and words[0] in _PLACE_PREFIXES_FOLDED
                  # (the article that opens a sentence before it: "El Camino Inca seguirá …")
                  or len(words) > 2 and words[0] in _LEADING_ARTICLES and words[1] in _PLACE_PREFIXES_FOLDED) and not (
            len(words) > 2 and words[-1] in _TOWN_SECOND_WORDS and "-" in words[0] and all(map(listed_name, words[0].split("-")))) and not (
            len(words) == 3 and text.split()[1] in _SURNAME_PARTICLES and listed_name(words[0]) and words[0] not in _PLACE_PREFIXES_FOLDED):
        # (the prefix alone is a noun: "die grösste Gemeinde der Schweiz"; a person given two names is no town, whatever
        # their surname's last word: "Marie-Claire Ngo Bassa", nor is a given name and a surname with its capitalised
        # particle: "Henri De Gorge")
        return "place", True
    if len(words) > 1 and words[-1] in _DAMS_AND_VOLCANOES and not listed_name(text.split()[0]):
        return "place", True  # "the Kariba Dam", "Kanlaon Volcano" ("Thomas Dam" is a person)
    if len(words) > 2 and words[0] in _HARBOUR_WORDS and words[1] in _NAME_OF and " ".join(words[2:]) in places():
        return "place", True  # "Marina di Ravenna", "Marina de Cudeyo": a town's harbour ("Marina Silva" is a person)
    if len(words) > 1 and any(w in _BODY_PORTFOLIOS for w in words):
        return "org", True  # "Queensland Health", "Public Health Ontario", "Finance Canada": a public body
    if len(words) == 2 and _adjective_and_body(words):
        return "org", True  # "Archäologische Staatssammlung"
    if (len(words) > 1 or "-" in low) and low.endswith("bahnen") and not _is_role(text.split()[0]):
        return "org", True  # "Appenzeller Bahnen", "Falkenkogel Bergbahnen", "Planai-Hochwurzen-Bahnen" ("die Autobahnen": a noun)
    if len(words) > 1 and _ACRONYM.match(text.split()[0]) and not _is_role(text.split()[0]):
        # "IG Metall", "AOK Niedersachsen", "NHS Western Isles": no one's name opens with an acronym; one of a place is
        # the body's there, whatever the words around it say: "transférés vers le CHU de Toulouse"
        return "org", words[1] in _NAME_OF or words[1] == "of"
    if len(words) > 2 and words[-2] in _OF_WORDS | {"la", "l'"} and _ACRONYM.match(text.split()[-1]):
        return "org", True  # "Limnología de la UNAM", "Institute of Physics of the CNR": a body's part
    if len(words) > 1 and words[0] in _COMPASS and " ".join(words[1:]) in places():
        return "place", True
    if len(words) == 2 and words[0] in {"little", "great", "greater", "lesser"} and not words[1].endswith(_NOT_A_PLACES_ENDINGS):
        return "place", False  # "Little Skellig", "Great Blasket": the smaller or larger of two places ("Little" is no given name)
    if _joined_words_name(text):
        # "SaskPower", "PetroChina", "BlackRock" (a scraped page's name glued to its surname, "JimCarrey", is read so too:
        # its first piece cannot tell, as "Black" and "Cal" are given names or surnames as well)
        return "org", False
    parts = words if "-" not in low and "'" not in low else low.replace("-", " ").replace("'", "' ").split()  # "Fratelli d'Italia"
    if len(parts) > 1 and any(w in places() and w in countries() or w in ("europe", "africa", "asia", "america") for w in parts[1:]):
        return "org", False  # no one's name holds a country's after its first word: "Clean Skies Europe" ("Jordan Pike" may)
    if len(parts) > 1 and (_names_a_country(parts[-1]) or parts[-1] in DEMONYMS
                           or _demonym_stem(parts[-1]) and not parts[-1].endswith("o")  # Russo, Greco, Romano: surnames
                           and not (listed_name(parts[0]) and listed_name(parts[-1]))  # "Piero della Francesca": a person
                           or parts[-1] in EXONYMS or _ACRONYM.match(text.split()[0]) and parts[-1] in places()):
        return "org", False  # nor ends with one in another language: "Greenpeace Schweiz", "WWF España", "Poste Italiane"
    if (len(words) > 1 and (words[0] in ORGANISATIONS or text.split()[0] in known_bodies()) and not listed_name(words[0])
            and _fold(" ".join(w for w in words[1:] if w not in _COMPASS_AFTER)) in places()):
        return "org", True  # "Confindustria Toscana Nord", "Coldiretti Puglia": a known body's branch in a place
    if any(w in _EVENT_WORDS for w in words) and (len(words) > 1 or words[0] in _CUPS):
        return "other", True  # "Grand Prix", "World Cup", "Premio Strega": an event or a prize, no one's name
    if _ELIDED_DE_NAME.search(text) and listed_name(words[0]):
        # "Val d’Isère", "Sant Jaume d’Enveja", "Cortina d’Ampezzo": a given name's look and an elided "de" name a
        # place ("Réélection d’Almagro" is left to the check of people's names)
        return "place", False
    if len(words) > 2 and words[0] in _TOWN_HALLS and words[1] in _NAME_OF:
        return "org", True  # "Comune di Pesaro", "Ayuntamiento de Soria": a town's council
    if "of" in words[1:-1]:
        # no one's name in the news holds "of" ("Catherine of Aragon" is history): "City of Abbotsford" is its
        # council, "Statue of Liberty" something else
        return ("org", True) if words[0] in _MUNICIPALITIES else ("other", False)
    if (len(words) == 2 and _ACRONYM.match(text.split()[1]) and not _ROMAN_NUMERAL.fullmatch(text.split()[1])
            and not listed_name(words[0])):
        # "Help NSW", "Statistik BW": an acronym's, and no one's name (a second word that is a place's is often a
        # surname: "Masamichi Adachi", "Emad Badi")
        return "org", False
    if words and words[0].endswith(_ABSTRACT_NOUN_ENDINGS) and not listed_name(words[0]) and not _names_a_body(words[0]):
        return "other", False  # "Producción de Chubut": a noun, no one's given name ("Concepción" is one)
    if len(words) >= 2 and words[0].endswith(_GERMAN_ADJECTIVE_ENDINGS) and _german_gendered_noun(words[1]):
        # "Bayerische Staatsforsten", "Staatlichen Kunstsammlungen Dresden": an adjective and a body's noun, no one's
        # name ("Bronzezeitlicher Hortfund" is a find)
        return "org", False
    if _trade_workplace(words):
        return "org", True  # "Kelterei Schussental", "Brauerei Rothaus": a German trade's business, then its name
    if len(words) in {2, 3} and _town_then_a_plural(words):
        return "org", False  # "Straubing Tigers", "Pittsburgh Penguins": a town's club, named by its town and a plural
    if 2 <= len(words) <= 3 and _place_then_no_name(words):
        return "org", False  # "Manitoba Hydro", "Corsica Linea": a province or an island, then words no one is named
    if (3 <= len(words) <= 4 and any(w in _WATERS_AND_ISLANDS for w in words[1:-1]) and not listed_name(words[-1])
            and words[-1] not in places()):  # ("Gabriola Island Vancouver": two places)
        return "org", False  # "Sarah Island Seafoods", "Storm Bay Oysters": a firm named after a place, no one's name
    if 2 <= len(words) <= 4 and all(w[:1].isalpha() for w in words):
        return "person", False
    if len(words) in {4, 5} and listed_name(words[0]) and _surname_with_its_particle(text.split()[-3:]):
        return "person", False  # "José Luis de la Cruz"
    return "other", False


def _surname_with_its_particle(words: list[str]) -> bool:
    """Whether three words are a Spanish surname with its particle, in lower case as Spanish writes it: "de la Cruz",
    "de los Santos" (a town's article takes a capital: "de La Paz")."""
    return len(words) == 3 and words[0].lower() == "de" and words[1] in {"la", "las", "los"} and listed_name(words[2])


def _hyphenated_body(word: str) -> bool:
    """Whether a lower-cased word ends with a body's word after a hyphen, in the genitive too: "alpen-clubs"."""
    if "-" not in word:
        return False
    tail = word.rsplit("-", 1)[1].removesuffix("s")
    return len(tail) > 3 and tail in _ORG_WORDS and tail not in _GERMAN_LEGAL_FORMS  # ("Kraftwerks-AG": a legal form)


_DUTCH_STREET_ENDINGS: Final = ("straat", "gracht", "plein", "steenweg", "kaai")
# the Romance words for land, water and buildings that open a place's name before "of": "Chaîne des Puys",
# "Gorges du Verdon", "Château de Chambord", "Valle de Arán" (folded, as _kind compares words)
_LAND_HEADS: Final = {"chaine", "massif", "vallee", "plateau", "gorges", "foret", "etang", "baie", "pointe", "plaine", "monts", "puy", "pic",
               "palais", "chateau", "jardin", "pont", "valle", "cordillera", "selva", "bosco", "foresta", "castello", "castillo",
               "abbaye", "abbazia", "abadia", "cascade", "cascata", "cascada", "grotte", "grotta", "cueva", "mur", "muro"}
# the endings of German nouns for a trade's workplace: "Kelterei", "Brauerei", "Molkerei", "Reederei", "Bäckerei"
_DE_TRADE_ENDINGS: Final = ("erei",)


def _trade_workplace(words: list[str]) -> bool:
    """Whether a name is a German trade's workplace and one word: "Molkerei Ammertal" (before a longer name or
    as a longer compound it describes the business: "die Molkerei Bergland Milch", "Traditionsbrauerei Kaltenbach")."""
    return len(words) == 2 and words[0].lower().endswith(_DE_TRADE_ENDINGS) and 6 < len(words[0]) <= 11


def _place_then_no_name(words: list[str]) -> bool:
    """Whether a name opens with a country or a region the gazetteers know and no list of names holds, and none
    of its other words is a name or a place ("Jordan Pike", "Paris Hilton" open with given names; a town's name
    may be someone's no list holds: "Adama Ouattara")."""
    first = words[0]
    return ((first in regions() or first in countries()) and not listed_name(first)
            and not any(listed_name(word) or word in places() for word in words[1:]))


# the waters and islands a firm's name holds inside it, that no one's name does ("Coast", "Lake" and "Rivers" are surnames)
_WATERS_AND_ISLANDS: Final = {"island", "islands", "river", "valley", "bay", "creek", "gulf", "strait", "peninsula", "harbour", "harbor"}


def _town_then_a_plural(words: list[str]) -> bool:
    """Whether two or three words are a town the gazetteers know and no list of names holds, then a plural that is no
    name and no place ("Kassel Huskies", "Los Angeles Clippers"; "Adams Rivers" opens with a name)."""
    town, plural = " ".join(words[:-1]), words[-1]
    return (town in places() and not listed_name(town) and town not in countries() and len(plural) > 4
            # an English plural: a consonant's -s, or -ies, -es after "l" ("Huskies", "Eagles"); not a surname's -as, -os
            # or -es ("Jarosław Pinkas", "Ana Reyes"), nor -ss, -us, -is
            and (plural.endswith("s") and plural[-2] not in "aeiousy" or plural.endswith(("ies", "les")))
            and plural not in places()
            and plural[:-1] not in places() and not listed_name(plural) and not listed_name(plural[:-1]))


# what a town's harbour is named by, before "di"/"de" and the town: "Marina di Ravenna"
_HARBOUR_WORDS: Final = {"marina"}
# what ends a name "Great" opens that is a time or a thing, not a place: "Great Depression", "Great Recession"
_NOT_A_PLACES_ENDINGS: Final = ("ion", "ism", "ness", "ment", "war", "fire", "flood", "famine", "leap", "reset", "purge", "terror", "pyrenees")
# the endings of the nouns Romance languages and English make of verbs, which open no one's name
_ABSTRACT_NOUN_ENDINGS: Final = ("cion", "sion", "zione", "sione", "tion")


_ELIDED_DE_NAME: Final = re.compile(r" d['’][A-ZÀ-Ý]")  # (lower case: "Alphonse D'Arco" is a person)
_MUNICIPALITIES: Final = {"city", "town", "borough", "municipality", "village", "township", "shire"}


# the last word of a structure's name: a place people go to, not a body
_STRUCTURES: Final = {"station", "bridge", "tunnel", "airport", "pier", "quay", "wharf", "docks", "motorway", "expressway", "highway",
               "bypass", "interchange", "canal", "towpath", "marina", "harbour", "harbor", "complex", "palace",
               "mine", "colliery", "quarry",  # "Creighton Mine": a pit, named like a place
               # grounds: "Racecourse Ground", "Wembley Stadium", "Allianz Arena" (the club that plays there is a body)
               "stadium", "ground", "arena", "velodrome", "stadion", "oval"}  # ("Kensington Oval", a cricket ground)
# a square or a street named apart from its word, as Swiss towns' parts are: "Davos Platz", "Bellevue Platz" (two
# words only: "Fahrbahn von der Straße" is two nouns)
_GERMAN_STREET_WORDS_APART: Final = {"platz", "straße", "strasse", "gasse", "allee"}
# and "Platz" is room, after how much there is: "Endlich Platz für …", "Kein Platz mehr"
_GERMAN_WORDS_BEFORE_ROOM: Final = {"endlich", "kein", "keinen", "mehr", "viel", "wenig", "genug", "genügend", "platz", "ausreichend"}
# buildings and their stairs: "Canterbury Cathedral", "York Minster", "the Spanish Steps"; a church only after its saint's name
_BUILDINGS_OF_WORSHIP: Final = {"abbey", "cathedral", "minster", "priory", "chapel", "basilica", "church", "stairs", "steps"}
_CUPS: Final = {"cup", "coupe", "copa", "coppa", "pokal"}  # "la Coupe du monde": the cup alone is the event's
_PRIZES_OF: Final = {"balon", "ballon", "pallone", "bota", "scarpa"}  # "el Balón de Oro", "le Ballon d'Or", "la Bota de Oro"


# the metals and materials a miner's or a maker's name ends with ("Gold" and "Silver" are surnames too)
_MATERIALS_NAMING_FIRMS: Final = {"copper", "lithium", "nickel", "uranium", "zinc", "coal", "cement", "potash", "bauxite"}
# a saint's name in the possessive, and the words that make it a feast's: "St Patrick's Day"
_SAINTS_ALONE: Final = re.compile(r"(?:St\.?|Saint) [A-Z][a-z]+(?:['’]s|s['’])")
_FEAST_WORDS: Final = {"day", "eve", "night", "feast"}
# the particles a surname opens with, written with a capital inside a person's full name ("Henri De Gorge")
_SURNAME_PARTICLES: Final = {"De", "Di", "Da", "Du", "Van", "Von", "Le", "La", "Del", "Della", "Des", "Dos", "Das"}
# the Romance and German names of a town's cathedral and of a basilica, as English names them
_CHURCHES_NAMED_IN_ENGLISH: Final = {"catedral": "{} Cathedral", "cattedrale": "{} Cathedral", "cathédrale": "{} Cathedral",
                              "kathedrale": "{} Cathedral", "basilica": "Basilica of {}", "basílica": "Basilica of {}",
                              "basilique": "Basilica of {}"}


# the venues Romance news names again by their names alone, with the article: "il Massimo", "el Centenario"
_VENUES_NAMED_AGAIN_WITHOUT_THEIR_WORD: Final = {"teatro", "théâtre", "stadio", "estadio", "stade", "museo", "musée", "palazzo", "palacio"}


def _church_in_english(text: str) -> str | None:
    """The English name of "Catedral de León" (León Cathedral), "Basilica di San Francesco" (Basilica of San
    Francesco), or None."""
    church, _, rest = text.partition(" ")
    link, _, name = rest.partition(" ")
    form = _CHURCHES_NAMED_IN_ENGLISH.get(church.lower())
    if not form or link not in _NAME_OF or not name:
        return None
    return places().get(_fold(text)) or form.format(name)  # ("Basilica di San Pietro" is St. Peter's Basilica)


def _worship_building(words: list[str]) -> bool:
    """Whether a name's lower-cased words end with a building's: "Whitby Abbey", "St Hilda's Church" (a church only
    after its saint's name: "the Catholic Church", "Wasilla Bible Church" are the bodies)."""
    return words[-1] in _BUILDINGS_OF_WORSHIP and (words[-1] != "church" or bool(_POSSESSIVE.search(words[-2])))
_WITHOUT: Final = {"sin", "sans", "senza", "ohne", "without"}
_BORDERS: Final = {"fronteras", "frontieres", "frontiere", "grenzen", "borders"}
_EVENT_WORDS: Final = {"prix", "prize", "award", "awards", "cup", "trophy", "championship", "championships", "olympics", "festival",
                "marathon", "tournament", "biennale", "expo", "premio", "premios", "coupe", "copa", "coppa", "pokal",
                "meisterschaft", "weltmeisterschaft", "mundial", "mondiali", "festivals",
                # the Romance tournaments and championships: "le Tournoi international de hockey pee-wee"
                "tournoi", "torneo", "campeonato", "campionato", "championnat"}


# words right before a name that place it: "in Arden", "the province of Valdera", "the capital, Velgrad"
_PLACE_BEFORE = {"in", "near", "across", "outside", "inside", "into", "throughout", "off", "towards", "toward", "en", "dans",
                 "à", "nel", "nella", "a", "im", "bei", "nach", "vers", "verso", "hacia"}  # ("vers Zermatt", "hacia Topolobampo")
_PLACE_BEFORE |= _GERMAN_DIRECTIONS  # "die Autobahn Richtung Graz": where a road or a train goes
# a body's sites, named after where they are
_SITES: Final = {"plant", "factory", "mine", "mill", "smelter", "refinery", "warehouse", "depot", "yard", "campus", "site", "facility",
          "works", "store", "branch", "office", "offices", "terminal", "port", "farm", "farms", "pit", "quarry", "field", "oilfield",
          "shaft", "colliery", "wells", "reservoir"}
# what stands at a town: "a new airport at Ilulissat", "the mine at Orapa" ("works at LPL Financial", "the field at Mile High"
# and "the office at …" name a workplace)
_SITES_AT_TOWNS: Final = {"airport", "airfield", "harbour", "harbor", "station", "camp", "base", "hospital", "prison", "dam", "bridge",
                   "plant", "factory", "mine", "mill", "smelter", "refinery", "depot", "terminal", "port", "pit", "quarry"}
# the kinds of place Romance languages write in lower case right before the name ("el río Segura"; not "diga", which
# is "say", nor "canal", a channel too)
_NAMED_AFTER_ITS_KIND: Final = {
    "río", "fiume", "rivière", "fleuve", "presa", "embalse", "barrage", "lago", "laguna", "lac", "barrio", "colonia", "quartiere",
    "quartier", "rione", "volcán", "vulcano", "volcan", "cerro", "isla", "isola", "île", "arroyo", "torrente", "bahía", "baia",
    "golfo", "glaciar", "ghiacciaio", "glacier", "desierto", "sierra", "pantano", "acuífero", "nevado"}
# the kinds Spanish and Italian news write before a name and English after it or with "of": "el río Olimar" (the
# Olimar River), "el desierto de Atacama" (the Atacama Desert), "il golfo di Orosei" (the Gulf of Orosei)
_KINDS_NAMED_IN_ENGLISH: Final = {"río": "{} River", "isla": "{} Island", "île": "{} Island", "desierto": "{} Desert", "golfo": "Gulf of {}",
                           # lakes: "el lago Enol" (Lake Enol), "le lac de Vassivière", "il lago di Bolsena"
                           "lago": "Lake {}", "lac": "Lake {}",
                           # dams and reservoirs: "la diga del Pertusillo", "le barrage de Vouglans", "la presa de Itoiz"
                           "diga": "{} Dam", "barrage": "{} Dam", "presa": "{} Dam", "embalse": "{} Reservoir", "golfe": "Gulf of {}",
                           # mountain passes and tunnels: "il passo della Forcola" (the Forcola Pass), "il tunnel Munt la Schera"
                           "passo": "{} Pass", "tunnel": "{} Tunnel", "túnel": "{} Tunnel",
                           # a hill keeps its Spanish word, which English writes in its name too: "el cerro Pachón" (Cerro Pachón)
                           "cerro": "Cerro {}",
                           # and so does a range, with its "de": "la sierra de Andújar" (Sierra de Andújar); a French
                           # forest is named in English before its word: "la forêt d'Anlier" (Anlier Forest)
                           "sierra": "Sierra {}", "forêt": "{} Forest", "château": "Château {}",
                           # a French headland keeps its French name in English: "la pointe du Raz" (Pointe du Raz)
                           "pointe": "Pointe {}",
                           # a site named right after its lower-case kind, no "de" between: "lo stadio Mario Battaglini",
                           # "il telescopio Copernico", "il monte Epomeo", "la barranca Las Lajas", "l'aeroporto Costa Smeralda"
                           # (with a "de" the name is most often the town's: "l'aéroport de Marseille")
                           **(_SITES_NAMED_AFTER_THEIR_KIND := {
                               "stadio": "Stadio {}", "estadio": "Estadio {}", "stade": "Stade {}", "telescopio": "{} Telescope",
                               "télescope": "{} Telescope", "monte": "Mount {}", "barranca": "{} Ravine", "barranco": "{} Ravine",
                               "aeroporto": "{} Airport", "aéroport": "{} Airport", "aeropuerto": "{} Airport"})}
_STREAMS_NAMED_SO: Final = {"caño", "arroyo", "quebrada", "riachuelo", "rambla", "torrente"}
_KIND_LINKS: Final = {"de", "di", "del", "della", "dello", "du", "d'", "d’"}
_ARTICLES_AFTER_A_KIND: Final = {"la", *_SPANISH_PLURAL_ARTICLES}
# ("la isla de Mallorca" is Majorca, no "Mallorca Island")
_KINDS_WITH_LINKS: Final = {"desierto", "golfo", "golfe", "passo", "lago", "lac", "sierra", "forêt", "château", "pointe", "diga", "barrage", "presa",
                     "embalse"}
_KINDS_KEEPING_LINKS: Final = {"sierra", "château", "pointe"}  # ("la sierra de las Cruces" is the Sierra de las Cruces)


# the German tunnels' kinds, written between a tunnel's name and "-tunnel": "Gotthard-Basistunnel" (the Gotthard Base
# Tunnel), "Gotthard-Strassentunnel" (the Gotthard Road Tunnel)
_GERMAN_TUNNEL_KINDS: Final = {"basis": "Base", "straßen": "Road", "strassen": "Road", "eisenbahn": "Rail", "bahn": "Rail", "": ""}
_GERMAN_TUNNEL: Final = re.compile(r"([A-ZÄÖÜ][a-zäöüß]{2,})(-?)((?i:basis|straßen|strassen|eisenbahn|bahn)?)[Tt]unnels?")
# the common nouns a German tunnel's word is compounded with, which name no tunnel ("der Straßentunnel", "ein Windtunnel")
_GERMAN_COMMON_TUNNELS: Final = {"auto", "autobahn", "basis", "bahn", "eisenbahn", "straßen", "strassen", "fußgänger", "fussgänger", "wasser",
                          "wind", "kabel", "lärmschutz", "rettungs", "zugangs", "erkundungs", "sicherheits", "flucht", "versorgungs",
                          "doppelstock", "tief", "fahr", "haupt", "neben", "ost", "west", "nord", "süd", "stadt", "zufahrts"}


_GERMAN_BRIDGE: Final = re.compile(r"([A-ZÄÖÜ][a-zäöüß]{2,})(-?)[Bb]rücke")


def _german_bridge(token: str) -> str | None:
    """The English name of a bridge German writes as one word with its name: "Carolabrücke" → "Carola Bridge",
    "Peenebrücke" → "Peene Bridge"; None for a common noun ("Autobahnbrücke", "Fußgängerbrücke"): the name must
    be a person's, a place's or a river's."""
    match = _GERMAN_BRIDGE.fullmatch(token.rstrip(".,;:"))
    if not match:
        return None
    name, hyphen = match.groups()
    if not (hyphen or listed_name(name) or _fold(name) in places() or name.lower() in _TOWN_RIVERS):
        return None
    return f"{places().get(_fold(name), name)} Bridge"


# the sites German names by their kind, then their town or part of a town: "Flughafen München" is Munich Airport
_GERMAN_SITES_OF_TOWNS: Final = {"flughafen": "{} Airport", "bahnhof": "{} station", "hafen": "Port of {}"}


# the articles French and Spanish contract with "de" and "à"/"a", and the article a town's name opens with in them
_CONTRACTED_ARTICLES: Final = {"fr": {"du": "Le", "au": "Le", "des": "Les", "aux": "Les"}, "es": {"del": "El", "al": "El"}}


def _town_after_a_contracted_article(run: list[str], before: str, lang: str | None) -> str | None:
    """The known town whose name opens with the article `before` holds ("du Gosier" → Le Gosier); None when
    the words alone name a place (or nothing known)."""
    article = _CONTRACTED_ARTICLES.get(lang or "", {}).get(before.lower())
    name = " ".join(run).rstrip(".,;:")
    if article is None or len(run) > 1 or "-" in name or _fold(name) in places():
        return None  # (a name of more words tells the place without its article: "du Plateau-Mont-Royal")
    return places().get(_fold(f"{article} {name}"))


def _german_site_of_a_town(run: list[str], tokens: list[str], end: int) -> str | None:
    """The English name of "Flughafen München", "Bahnhof Puntigam", "Hafen Kleinhüningen"; None when the run names
    no such site, or when a legal form follows (the airport's company: "die Flughafen München GmbH")."""
    if len(run) != 2 or run[0].lower() not in _GERMAN_SITES_OF_TOWNS:
        return None
    name = run[1].rstrip(".,;:")
    if not name[:1].isupper() or name.isupper() or end < len(tokens) and tokens[end].rstrip(".,;:").lower() in _GERMAN_LEGAL_FORMS:
        return None
    known = places().get(_fold(name))
    if known is None and name.lower().endswith(_DE_NOUN_ENDINGS) and not name.lower().endswith(_DE_TOWN_ENDINGS):
        return None  # ("am Bahnhof Ankünften": a noun)
    return _GERMAN_SITES_OF_TOWNS[run[0].lower()].format(known or name)


def _german_tunnel(token: str) -> str | None:
    """The English name of a tunnel German writes as one word with its name: "Gotthard-Basistunnel" → "Gotthard Base
    Tunnel", "Koralmtunnels" → "Koralm Tunnel"; None for a common noun ("Straßentunnel", "Eisenbahntunnel")."""
    match = _GERMAN_TUNNEL.fullmatch(token.rstrip(".,;:"))
    if not match:
        return None
    name, hyphen, kind = match.groups()
    if not hyphen and (name.lower() in _GERMAN_COMMON_TUNNELS or name.lower().removesuffix("s").endswith(_DE_ABSTRACT_NOUN_ENDINGS)):
        return None
    english = _GERMAN_TUNNEL_KINDS[kind.lower()]
    known = places().get(_fold(name), name)
    if not known.endswith("Tunnel"):  # (under a strait the gazetteer names: "Fehmarnbelt-Tunnel" → Fehmarn Belt Tunnel)
        name = known
    return f"{name} {english} Tunnel" if english else f"{name} Tunnel"


# the words for a river's flood, before "of" and the river's name: "la crue du Chari", "la piena del Po"
_FLOODS: Final = {"crue", "crues", "décrue", "piena", "esondazione", "crecida", "desbordamiento"}
_FLOOD_OF: Final = {"du", "de", "del", "dello", "dell'", "dell’"}  # ("de l’" is two tokens, read apart)


# what a river does when it floods, said right after its name: "la Semois déborde", "el Carrión se desbordó", "il Seveso
# è esondato"; "sortie de son lit" is the French idiom
_OVERFLOWS: Final = {"déborde", "débordé", "débordée", "desborda", "desbordó", "desbordado", "esonda", "esondato", "esondata", "esondò",
              "straripa", "straripato", "straripata", "straripò", "tracimato"}
_AUXILIARIES_OF_OVERFLOWING: Final = {"a", "est", "s'est", "s’est", "se", "ha", "è", "si"}


def _overflowing(tokens: list[str], start: int) -> bool:
    """Whether the one-word name at `start`, after an article, is said to overflow its banks."""
    if not start or tokens[start - 1].lower() not in {"la", "le", "el", "il", "l'", "l’"} or start + 1 >= len(tokens):
        return False
    after = [token.lower().rstrip(".,;:!?") for token in tokens[start + 1 : start + 6]]
    verb = after[1:] if after[0] in _AUXILIARIES_OF_OVERFLOWING else after
    if verb and verb[0] in _AUXILIARIES_OF_OVERFLOWING:
        verb = verb[1:]  # (two auxiliaries: "se ha desbordado", "si è esondato")
    return bool(verb) and (verb[0] in _OVERFLOWS or verb[:4] in (["sortie", "de", "son", "lit"], ["sorti", "de", "son", "lit"]))


def _flooding_river(tokens: list[str], start: int) -> bool:
    """Whether the one-word name at `start` is a river whose flood the words before name, or the river named with it
    ("la crue du Chari et du Logone")."""
    def flood_before(at: int) -> bool:
        if at >= 2 and tokens[at - 1].lower() in _FLOOD_OF and tokens[at - 2].lower() in _FLOODS:
            return True
        return at >= 3 and tokens[at - 1].lower() in {"l'", "l’"} and tokens[at - 2] == "de" and tokens[at - 3].lower() in _FLOODS

    if flood_before(start):
        return True
    return (start >= 4 and tokens[start - 1].lower() in _FLOOD_OF and tokens[start - 2].lower() in {"et", "e", "y"}
            and tokens[start - 3][:1].isupper() and flood_before(start - 3))


def _lower_case_kind_before(tokens: list[str], start: int) -> int | None:
    """Where a lower-case kind from _KINDS_NAMED_IN_ENGLISH stands right before the name at `start`, maybe with its
    "de" ("el río Apurímac", "el desierto de Atacama"), or None."""
    if start and _ELIDED.sub("", tokens[start - 1]) in _KINDS_NAMED_IN_ENGLISH:
        return start - 1  # ("l’île Bonaventure")
    if start > 1 and tokens[start - 1] in _KIND_LINKS and tokens[start - 2] in _KINDS_WITH_LINKS:
        return start - 2
    if start > 2 and tokens[start - 1] in _ARTICLES_AFTER_A_KIND and tokens[start - 2] == "de" and tokens[start - 3] in _KINDS_WITH_LINKS:
        return start - 3  # "el lago de la Ercina"
    return None


# a road's code: "N96", "A7", "B27", "SS36", "A-7", "N-340"
_ROAD_CODE: Final = re.compile(r"[A-Z]{1,3}-?[0-9]{1,4}[.,;:]?")
# the words for a road, before or after its number ("la autopista AP-7", "the M25 motorway")
_ROAD_WORDS: Final = {"route", "autoroute", "autopista", "autovía", "autovia", "carretera", "autostrada", "motorway", "highway", "road",
               "autobahn", "bundesstraße", "bundesstrasse", "nationale", "statale", "expressway", "freeway", "stadtautobahn",
               "landesstraße", "landesstrasse", "staatsstraße", "staatsstrasse", "kreisstraße", "kreisstrasse", "schnellstraße",
               "schnellstrasse"}
_GERMAN_ROAD_WORDS: Final = ("autobahn", "straße", "strasse")  # (folded: "Stadtautobahn", "Bundesstraße", "Landesstrasse")
# the articles and prepositions a road's number takes, feminine as the word for a road is in French, Spanish, Italian and
# German ("la route", "la carretera", "l'autostrada", "die Autobahn"); English "the" alone is no sign ("the A380")
_BEFORE_A_ROAD: Final = {"la", "sulla", "della", "dalla", "alla", "nella", "die", "der"}
_ELIDED_BEFORE_A_ROAD: Final = {"l'", "l’", "sull'", "sull’", "dell'", "dell’", "all'", "all’", "nell'", "nell’", "dall'", "dall’"}


def _road_code(tokens: list[str], at: int) -> bool:
    """Whether the code at `at` numbers a road: a road's word stands next to it, or the feminine article that
    stands for one does ("la N96", "auf der B27"; "l'A7", not the aircraft "l'A380")."""
    code = tokens[at].rstrip(".,;:")
    if not _ROAD_CODE.fullmatch(tokens[at]) or code in _COMMON_ACRONYMS or _fold(code) in ORGANISATIONS or code[0] == "G":
        return False  # ("die G7": a group of countries)
    before = tokens[at - 1].lower() if at else ""
    if at == 1 and tokens[0] == "Der":
        before = ""  # ("Der B52 flog": opening a sentence, "der" is a masculine subject's article)
    after = tokens[at + 1].lower().rstrip(".,;:") if at + 1 < len(tokens) else ""
    if before in _ROAD_WORDS or after in _ROAD_WORDS or before in _BEFORE_A_ROAD:
        return True
    return before in _ELIDED_BEFORE_A_ROAD and not re.fullmatch(r"A[0-9]{3}", code)


def _owner_after_a_site(run: list[str]) -> int | None:
    """Where "di", "de", "dell'" … stands in the run of a site's name before a known place that ends it or a body's
    word, the site's town or the body that runs it rather than part of its name ("stadio Plebiscito di Padova",
    "estadio Centenario de Montevideo", "telescopio Copernico dell'Osservatorio"); None when there is none."""
    for link in range(1, len(run) - 1):
        if run[link].lower() in _CONNECTORS and run[link].lower() != "the" and (
                _fold(" ".join(run[link + 1 :]).rstrip(".,;:")) in places() or _fold(run[link + 1]) in _ROMANCE_BODY_HEADS):
            return link
    return None


def _kind_named_in_english(text: str) -> str | None:
    """The English name of "río Apurímac", "desierto de Atacama", "golfo di Orosei" ("Apurímac River"), or None."""
    kind, _, name = text.partition(" ")
    rank, _, ranked = name.partition(" ")
    if kind.lower() in _AIRPORTS and rank.lower() in _AIRPORT_RANKS and ranked:
        # "Aeropuerto Internacional de Puebla" is Puebla International Airport, "Aeropuerto Internacional La Aurora" La
        # Aurora International Airport
        link, _, town = ranked.partition(" ")
        named = (town if link in _KIND_LINKS and town else ranked).split()
        owner = _owner_after_a_site(named)  # ("Aeropuerto Internacional Changi de Singapur": Changi International Airport)
        return f"{' '.join(named[:owner])} {_AIRPORT_RANKS[rank.lower()]} Airport"
    if kind not in _KINDS_NAMED_IN_ENGLISH or not name:
        return None
    if kind in _KINDS_KEEPING_LINKS:
        return places().get(_fold(text)) or _KINDS_NAMED_IN_ENGLISH[kind].format(name)
    link, _, rest = name.partition(" ")
    if link[:1] in "dD" and link[1:2] in "'’" and len(link) > 2:
        link, rest = link[:2], link[2:]  # "d’Anlier"
    name = rest if link in _KIND_LINKS and rest else name
    if link == "de" and (article := name.partition(" "))[0] in _ARTICLES_AFTER_A_KIND and article[2]:
        name = article[2]  # "lago de la Ercina" is Lake Ercina
    if (whole := places().get(_fold(text))) is not None and not (kind == "río" and whole.lower().startswith(("río", "rio"))):
        return whole  # "monte Bianco" is Mont Blanc (a town named "Río Colorado" is not "el río Colorado")
    template = _KINDS_NAMED_IN_ENGLISH[kind]
    english_kind = template.replace("{}", "").strip()  # "Airport", "Gulf of"
    if english_kind in name.split():
        return name  # "l'aeroporto Changi International Airport": the name says its kind already
    known = places().get(_fold(name), "")
    if english_kind.split()[0] in known.split():
        return known  # a place the gazetteer knows by its kind already: "il passo del Brennero" is the Brenner Pass
    return template.format(name)


# what goods and people go through or by: "salen por Moín, en Limón"
_THROUGH: Final = {"por", "par", "per", "via", "through", "über", "from", "de", "da", "von", "to"}
_ON_THE_WAY: Final = _PLACE_BEFORE | _THROUGH
_OF_BEFORE_PLACES: Final = {"of", "de", "di", "del", "du", "d'", "d’", "von"}
_PLACE_OF: Final = {"sindaca", "bürgermeister", "bürgermeisterin", "embalse", "presa", "lago", "lac", "lake", "río", "rio", "fiume", "river", "fleuve", "barrage", "reservoir", "dam",
             "valle", "vallée", "valley", "bay", "bahía", "baie", "isla", "isola", "île", "municipio", "commune", "département",
             "departamento", "distrito", "quartier", "barrio", "aéroport", "aeropuerto", "aeroporto", "ville", "région", "provincia",
             "regione", "città", "comune", "stadt", "province", "city", "town", "village", "region", "state", "island", "capital",
             "parts", "suburbs", "outskirts",
             # "las provincias de Guayas, El Oro y Manabí", "the counties of Kent and Essex"
             "provincias", "provinces", "regiones", "regioni", "régions", "regions", "counties", "départements", "departamentos",
             "comunas", "comuni", "communes", "municipios", "distritos", "districts", "cantons", "cantones",
             "county", "district", "centre", "center", "north", "south", "east", "west", "streets", "port", "coast",
             # a town's council, mayor or residents: "il consiglio comunale di Castelmarano", "the mayor of Brackenford"
             "comunale", "municipale", "municipal", "mayor", "sindaco", "maire", "alcalde", "alcaldesa", "residents",
             "vecinos", "abitanti", "habitants", "préfecture", "préfet", "préfète", "régional", "départemental",
             "métropole", "agglomération", "alcaldía", "prefettura", "prefetto",
             # one resident, or someone born there: "vecina de Almazán", "habitante de La Sagne", "a native of Tignish"
             "vecino", "vecina", "habitante", "habitant", "abitante", "resident", "native", "originaire", "originario",
             "originaria", "oriundo", "oriunda", "capitale", "laguna", "lagune",
             # "la cueva de Peña Oscura", "el concejo de Cabrales", "la frazione di Ostana", "the beach of Traigh Mhor"
             "cueva", "grotte", "grotta", "cave", "caves", "playa", "plage", "spiaggia", "beach", "concejo", "comarca", "frazione",
             "playas", "plages", "spiagge", "beaches", "islas", "isole", "îles", "islands",  # "las playas de El Tunco y El Sunzal"
             "località", "localidad", "pueblo", "paese", "villaggio", "canton", "cantón", "forêt", "bosque", "foresta", "forest",
             # "los barrios de Delicias y Pajarillos", "la delegación de Juchitán" (a town's dancers at a festival)
             "barrios", "quartiers", "quartieri", "delegación", "delegazione",
             # "nel quartiere di Marassi", "il rione di Bonagia", "l’aire de Brocuéjouls" (a motorway's rest area)
             "quartiere", "rione", "aire",
             # "el acuífero del Poniente": water under a named land
             "acuífero", "aquifère", "acquifero", "aquifer",
             # who farms or fishes somewhere: "Saúl Terrazas, productor de Meoqui", "Luigina Covi, frutticoltrice di Cles"
             "productor", "productora", "agricultor", "agricultora", "ganadero", "ganadera", "pescador", "pescadora",
             "viticultor", "viticultora", "apicultor", "apicultora", "agriculteur", "agricultrice", "éleveur", "éleveuse",
             "pêcheur", "viticulteur", "viticultrice", "maraîcher", "maraîchère", "apiculteur", "apicultrice",
             "agricoltore", "agricoltrice", "allevatore", "allevatrice", "pescatore", "frutticoltore", "frutticoltrice",
             "viticoltore", "viticoltrice", "apicoltore", "apicoltrice", "olivicoltore", "olivicoltrice"}
# the title Italian, Spanish and French write in lower case before a saint's name
_SAINTS_IN_LOWER_CASE: Final = {"san", "santa", "santo", "saint", "sainte"}
# people who come "from" a place, not a body ("workers from Tesco", "a spokesman from Acme" name employers)
_PEOPLE_FROM_PLACES: Final = {"herder", "herders", "man", "woman", "men", "women", "boy", "girl", "boys", "girls", "family", "families",
                       "pensioner", "pensioners", "mother", "father", "grandmother", "grandfather", "couple", "farmer", "farmers",
                       "fisherman", "fishermen", "villager", "villagers", "resident", "residents", "native", "crofter", "pilgrim",
                       "pilgrims", "tourist", "tourists", "visitor", "visitors", "refugee", "refugees", "migrant", "migrants",
                       "shepherd", "shepherds", "grower", "growers", "teenager", "teenagers", "pupil", "pupils", "widow", "veteran",
                       # German's, before "aus": "ein Paar aus Greifswald", "eine Familie aus Zinnowitz"
                       "fischer", "fischerin", "bauer", "bäuerin", "bauern",
                       "paar", "ehepaar", "mann", "frau", "männer", "frauen", "familie", "familien", "rentner", "rentnerin",
                       "landwirt", "landwirtin", "winzer", "winzerin", "urlauber", "touristen", "besucher", "schüler", "schülerin",
                       "jugendlicher", "jugendliche", "junge", "mädchen", "bewohner", "bewohnerin", "einwohner", "pilger",
                       # and who they are by their work or their part in a story: "a teacher from Lipa", "eine Zeugin aus Melsungen"
                       "teacher", "teachers", "nurse", "nurses", "student", "students", "worker", "workers", "driver", "drivers",
                       "trader", "traders", "vendor", "vendors", "doctor", "doctors", "survivor", "survivors", "witness",
                       "zeuge", "zeugin", "lehrer", "lehrerin", "anwohner", "anwohnerin", "händler", "händlerin"}
# who someone is by where they live or work the land, between that place's name and theirs
_LIVES_THERE: Final = {"resident", "residents", "villager", "native", "farmer", "fisherman", "crofter", "grower", "homeowner",
                "householder", "shopkeeper", "publican", "hotelier", "landowner", "boatman", "mayor"}
_PLACE_AFTER: Final = {"state", "province", "region", "county", "district", "camp", "airport", "refugee", "city", "valley", "river",
                "volcano", "glacier", "massif", "mountain", "peak", "vulcano", "volcan", "volcán", "gletscher", "ghiacciaio",
                "-based", "governorate", "port", "crossing", "border", "area", "strip", "coast", "island", "islands", "peninsula",
                "beach", "cave", "forest", "canyon", "gorge", "harbour", "harbor", "bay", "lake", "pass"}
# lower-case descriptors that put an organisation next to its name: "tech company Vantix", "Nordline shares"
_ORG_BEFORE = {"company", "firm", "group", "carmaker", "charity", "regulator", "operator", "airline", "insurer", "lender", "rival",
               "bank", "union", "militia", "movement", "giant", "maker", "retailer", "broker", "manufacturer", "startup",
               "agency", "organisation", "organization", "ngo", "network", "party", "chain", "supplier", "developer", "owner",
               "empresa", "société", "groupe", "azienda", "società", "konzern", "unternehmen", "ong", "sindacato", "syndicat",
               "sindicato", "gewerkschaft", "partei", "partito", "partido", "parti", "carrier", "portal", "patronal",
               "sindacati", "sindicatos", "syndicats", "organización", "organizzazione", "entreprise", "compañía", "compagnia",
               "app", "platform", "plataforma", "piattaforma", "plateforme", "cooperative", "coopérative", "cooperativa",
               "genossenschaft", "mutuelle", "mutua",
               # non-profits by their legal form, lower case: "l’asbl Hainaut Mémoire", "la vzw Kempens Erfgoed", "l'onlus …"
               "asbl", "vzw", "onlus",
               # outlets and clubs named after what they are: "Portuguese newspaper Record", "Lisbon club Estrela do Tejo"
               "newspaper", "tabloid", "broadcaster", "magazine", "club", "zeitung", "journal", "periódico", "giornale",
               # consortia and corporations: "il consorzio Eurolink", "la corporación Cornare"
               "consorzio", "consortium", "consorcio", "corporación", "corporazione",
               # who runs a road, a tunnel or a network: "il gestore Geie-Tmb", "l'exploitant Cofiroute"
               "gestore", "gestionnaire", "exploitant", "operatore", "operador", "concessionaria", "concessionnaire",
               # a factory by its maker's name: "l’usine Bleuets Boréal", "la fábrica Conservas Ría", "la fabbrica Lanerossi"
               "usine", "fábrica", "fabbrica", "firme",
               # federations and associations by what they are: "la fédération Choprabisco", "la federación Asaja"
               "fédération", "federación", "federazione",
               # makers by what they make: "la bodega Tres Mesas", "the brewery Harbour Ales", "el astillero Armón"
               "bodega", "winery", "brewery", "distillery", "cervecería", "astillero", "naviera", "aseguradora", "constructora",
               "conservera", "cantiere", "birrificio", "distillerie"}
# of those, what a person is as often as a company
_PEOPLE_ALSO: Final = {"owner", "developer", "broker", "supplier", "trader", "operator", "gestore", "gestionnaire", "exploitant", "operatore",
                "operador"}
# associations and collectives, in both descriptor tables: right before the name ("le collectif Stop Béton")
# and before the word that precedes it ("l'association des Amis de Vernay")
_ASSOCIATIONS: Final = {"association", "asociación", "associazione", "collectif", "colectivo", "collettivo", "comité", "comitato",
                 "movimiento", "movimento", "mouvement"}  # ("el movimiento Dignidad Cafetera")
# the bodies whose name says what they stand for: "la asociación Pacto por el Mar Menor", "la plataforma Salvemos …"
_BODIES_FOR_A_CAUSE: Final = _ASSOCIATIONS | {"plataforma", "piattaforma", "plateforme"}
_ORG_BEFORE |= _ASSOCIATIONS
# Romance languages' nouns for a body, which an adjective follows before the name
_ORG_BEFORE_ROMANCE: Final = {"empresa", "société", "groupe", "azienda", "società", "sindacato", "syndicat", "sindicato", "partido",
                       "partito", "parti", "patronal", "organización", "organizzazione", "entreprise", "compañía", "compagnia",
                       "compagnie", "aerolínea", "operadora", "grupo", "gruppo", "portal", "cadena", "catena", "chaîne",
                       "coopérative", "cooperativa", "mutuelle", "mutua", "équipe", "equipo", "squadra"} | _ASSOCIATIONS
# who leads or speaks for a body, before "of" and its name
_LEADERS_OF_BODIES: Final = {"director", "directora", "directeur", "directrice", "direttore", "direttrice", "gerente", "ceo", "fundador",
                      "fundadora", "fondateur", "fondatrice", "fondatore", "founder", "chairman", "chairwoman", "portavoz",
                      "portavoce", "porte-parole", "spokesman", "spokeswoman", "spokesperson"}
# the monarchs news names by one name, written in lower case before it
_MONARCHS: Final = {"rey", "reina", "re", "regina", "roi", "reine", "king", "queen", "emperador", "emperatriz", "imperatore", "empereur",
             "impératrice", "zar", "tsar", "czar", "sultán", "sultan", "faraón", "pharaoh", "pharaon", "faraone"}
# "according to" in the languages we read, before a source named by one word
_ACCORDING_TO: Final = {"según", "secondo", "selon", "laut", "segundo"}
# the common nouns German names a source by after "laut" ("laut Urteil", "laut Anklage"): no body's name
_DE_SOURCES_NAMED_BY_A_NOUN: Final = {_fold(word) for word in (
    "urteil anklage anklageschrift bericht berichten angaben studie statistik umfrage gutachten prognose schätzung schätzungen "
    "experten polizei polizeibericht staatsanwaltschaft gericht veranstalter veranstaltern plan gesetz vertrag verordnung "
    "medienberichten zeugen ermittlern behörden insidern beobachtern schreiben mitteilung"
).split()}
_ORG_AFTER: Final = {"shares", "fighters", "militants", "members", "spokesman", "spokeswoman", "spokesperson", "executives",
              "employees", "staff", "workers", "chief", "board", "stock", "customers", "subsidiary", "'s chief", "said", "says"}
# rescue and cleaning services: "Bergrettung Tirol", "Bergwacht Bayern", "Stadtreinigung Hamburg" (not any "-rettung":
# "die Rettung des Deals"); alone, every region's ("die Bergrettung")
_GERMAN_SERVICES: Final = ("bergrettung", "wasserrettung", "flugrettung", "bergwacht", "wasserwacht", "stadtreinigung")
_ORG_SUFFIXES: tuple[str, ...] = ("ministerium", "ministeriums", "präsidium", "präsidiums", "regierung", "gericht", "gerichts", "wehr", "amt", "amts", "dienst", "dienstes",
                 "bundestag", "polizei", "bahn", "securities", "rail", "airlines", "airways", "ferries", "railways", "railroad", "motors",
                 "pharmaceuticals", "shipping", "bank", "trust", "ministero", "airports",
                 "ministerio", "ministère", "agencia", "unidad", "secretaría", "instituto", "institut", "instituts", "istituto",
                 # German bodies named by their last part: "Handelsverband", "Landwirtschaftskammer", "Staatsanwaltschaft"
                 "verband", "verbands", "verbandes", "kammer", "anwaltschaft", "verwaltung", "vereinigung", "genossenschaft", "gesellschaft",
                 "behörde", "stiftung", "kasse", "verein", "vereins", "zeitung", "rundschau", "anzeiger", "tagblatt", "kurier",
                 # directorates, hospitals, utilities: "Landespolizeidirektion Tirol", "Krankenhaus Zams", "Stadtwerke Olpe"
                 "direktion", "krankenhaus", "klinikum", "klinik", "spital", "stadtwerke", "rundfunk", "werft",
                 "krankenhauses", "klinikums", "universitätsmedizin",  # "des Kreiskrankenhauses Wolgast"
                 # homes: "Tierheim Husum", "Pflegeheim Lindenhof" (not any "-heim": Mannheim, Hildesheim)
                 "tierheim", "pflegeheim", "altenheim", "kinderheim", "seniorenheim",
                 "gestüt", "gestüts",  # "Bundesgestüt Piber", "Landesgestüt Marbach": a state's stud farm
                 "verbund", "verbunds",  # "Verkehrsverbund Rhein-Ruhr"
                 # agencies and federations: "Arbeitsagentur", "Museumsbund"
                 "agentur", "bund", "rechnungshof", "zentrale", "anstalt",
                 # transport operators: "Kellbacher Verkehrsbetriebe" ("Milchviehbetriebe" are farms, "Kunstwerke" artworks)
                 "verkehrsbetriebe",
                 # festivals, which sell their tickets and count their guests: "die Bregenzer Festspiele"
                 "festspiele", "festspielen",
                 *_GERMAN_SERVICES)
# compounds naming a university or a club before its place: "Montanuniversität Leoben", "Fachhochschule Kärnten",
# "Skiclub Oberstdorf" (not body endings of their own: "Otto-von-Guericke-Universität Magdeburg" is named so whole)
_HEADS_BEFORE_A_PLACE: Final = ("universitat", "hochschule", "club", "klub")  # (folded, as `_kind` compares words)


def _head_before_a_place(folded: str) -> bool:
    """A folded compound of a university's or a club's word ("montanuniversitat", "skiclub"), not the word alone."""
    return any(folded.endswith(head) and len(folded) >= len(head) + 3 for head in _HEADS_BEFORE_A_PLACE)
# the first word of an organisation's name in the languages we read: "Agencia Estatal de Meteorología"
_ORG_HEADS = {"agencia", "unidad", "secretaría", "ministerio", "ministero", "ministère", "instituto", "institut", "istituto",
              "direction", "banco", "banca", "banque", "consejo", "comisión", "commissione", "consiglio", "conseil", "tribunal",
              "tribunale", "corte", "cour", "servicio", "servizio", "service", "agence", "agenzia", "office", "oficina", "partido",
              "partito", "parti", "sindicato", "syndicat", "federación", "fédération", "federazione", "asociación", "associazione",
              "association", "fundación", "fondazione", "fondation", "guardia", "policía", "polizia", "protezione", "protección",
              "assemblée", "asamblea", "congreso", "senado", "senato", "sénat", "camera", "chambre", "cámara",
              "daily", "radio", "télé", "tv", "rádio",  # outlets: "Daily Meridian", "Radio Norvania One"
              "coordinación", "coordinamento", "dirección", "direzione", "acciaieria", "stabilimento", "compagnia", "compañía",
              "compagnie", "kantonspolizei", "landespolizei", "bundespolizei", "gewerkschaft", "konzern",
              "junta", "consorzio", "consorcio", "bolsa", "borsa", "pinacoteca", "galleria", "museo", "musée", "museum",
              "aeronautica", "staatsanwaltschaft", "handelsverband", "bundesverband", "landwirtschaftskammer",
              "stade", "sporting", "real", "osservatorio", "observatorio", "observatoire", "ayuntamiento", "cabildo", "diputación",
              "generalitat", "cooperativa", "coopérative", "provincia", "università", "universidad", "université",
              "procura", "clinica", "clínica", "clinique", "soccorso", "courrier", "policlinico", "ospedale", "hôpital", "comité",
              "unione", "unión",  # "Unione Italiana Food", "Unión de Pequeños Agricultores"
              "comitato", "ferrocarril", "ferrocarriles", "ferrocarrils", "ferrovie",  # "El Ferrocarril de Sóller": the railway's company
              "universität", "hochschule", "autorità", "autoridad", "autorité", "regione", "air", "aer", "delegación",
              "delegazione", "délégation", "salvamento", "éditions", "ediciones", "edizioni", "confédération", "alimentos",
              "krankenhaus", "klinikum", "klinik", "spital", "stadtwerke", "atelier", "opéra", "ópera", "teatro", "théâtre",
              "médecins", "universitat", "ajuntament", "consell",  # Catalan: "Universitat Rovira i Virgili", "Ajuntament de Tarragona"
              "confederación", "confederazione",
              # boards and coalitions: "Patronato de la Alhambra", "Coordinadora Estatal de Estibadores Portuarios"
              "patronato", "coordinadora",
              # courts, prefectures and parliaments: "Juzgado de Instrucción", "Audiencia de Madrid", "Questura di Milano"
              "organización", "organizzazione", "organisation", "organismo", "organisme",
              "juzgado", "audiencia", "fiscalía", "procuraduría", "prefettura", "prefectura", "questura", "parlamento", "parlement",
              # groups and friends' societies: "Grupo Espeleológico Tritón", "Collectif Stop Béton", "Amis de Vernay"
              "grupo", "gruppo", "groupe", "collectif", "colectivo", "collettivo", "amis", "amici", "amigos",
              # auditors, treasuries and ombudsmen: "Contraloría General de la República", "Defensoría del Pueblo"
              "contraloría", "tesorería", "auditoría", "defensoría", "intendencia", "inspección", "registraduría", "personería",
              "veeduría", "superintendencia",
              # fishermen's guilds: "Cofradía de Pescadores de Santoña"
              "cofradía",
              # funds: "Fondo de Apoyo Empresarial" (German's "Fonds" is as often the common noun)
              "fondo",
              # water utilities: "Acquedotto Lucano", "Acquedotto Pugliese"
              "acquedotto"}
# firms named by their trade in the plural, then a name: "Parfums Mireval", "Transports Girard", "Laboratorios Andrómaco",
# "Cantieri Navali Liguri" (alone, the word is a portfolio's: "le ministre des Transports")
_TRADES_OPENING_FIRMS: Final = {_fold(word) for word in (
    "parfums transports établissements laboratoires vignobles conserveries chantiers ateliers papeteries verreries fonderies "
    "salaisons transportes laboratorios astilleros talleres conservas cantieri laboratori trasporti officine acciaierie cartiere "
    "vetrerie").split()}
# the trades whose works are named after their place, which no portfolio is: "Astilleros del Musel", "Cantieri di Pesaro"
_WORKS_OF_A_PLACE: Final = {_fold(word) for word in "astilleros cantieri chantiers conserveries conservas fonderies acciaierie vetrerie".split()}
# compared both as written in lower case and folded (_kind folds accents away: "Policía Nacional" → "policia nacional")
_ACCENTED_HEADS_FOLDED: Final = {_fold(head) for head in _ORG_HEADS} - _ORG_HEADS
_ORG_HEADS |= _ACCENTED_HEADS_FOLDED
_ORG_SUFFIXES += tuple(folded for folded in map(_fold, _ORG_SUFFIXES) if folded not in _ORG_SUFFIXES)
# lower-case words that carry a public body's name on ("Kenya National Commission on Human Rights",
# "International Organization for Migration", "Institut für Schnee- und Lawinenforschung")
_ORG_LINKS: Final = {"on", "for", "für", "pour", "per", "para"}
# bodies named by one word and what they are for ("Institut für Küstenforschung", "Centers for Disease
# Control"); a generic one is not ("Police on Main Street", "Ministry for Foreign Affairs" splits at its role)
_LINKED_HEADS: Final = {"museum", "institut", "institute", "instituto", "istituto", "centers", "centres", "center", "centre", "office", "agency",
                 "agence", "agencia", "agenzia", "commission", "committee", "council", "fund", "foundation", "bureau", "organization",
                 "organisation", "organización", "organizzazione", "stiftung", "zentrum", "amt", "bundesamt", "landesamt", "department", "ministry"}
# German compounds of those heads: "Bundesinstitut für Risikobewertung", "Landesgericht für Strafsachen Graz"
_LINKED_COMPOUNDS: Final = ("institut", "amt", "zentrum", "stiftung", "ministerium", "gericht", "anstalt", "verband", "behörde", "kammer")
# capitalised words that put a month in a part of itself: "Ende Januar", "Anfang Mai", "Mitte März"
_DATE_LEADS: Final = {"ende", "anfang", "mitte", "beginn", "early", "late", "mid"}


# given names that end as German agent nouns do ("-er", "-in")
_GIVEN_NAMES_LIKE_AGENTS: Final = {"peter", "walter", "günter", "günther", "oliver", "alexander", "christopher", "jennifer", "martin",
                            "katrin", "kathrin", "karin", "kevin", "erwin", "benjamin", "justin", "robin", "dieter", "rainer",
                            "werner", "reiner", "heiner", "lothar", "esther", "kristin", "kerstin", "corinna"}


def _looks_like_german_agent_noun(word: str) -> bool:
    """"Schiffer", "Kundin", "Kunsthistoriker", "Stammgast": a noun for a person's trade or part, written before the name."""
    low = word.lower()
    return (low.endswith(("er", "erin", "in", "ist", "istin", "ent", "entin", "gast", "nachbar", "kollege", "loge", "experte", "arzt",
                          "anwalt", "zeuge", "eur", "eurin", "ant", "antin", "erbe", "erbin")) and low not in _GIVEN_NAMES_LIKE_AGENTS and "-" not in low
            and _fold(word) not in DEMONYMS and not _demonym_stem(word)  # "Schweizer Kanton Wallis": Swiss, not a trade
            and not _german_town_adjective(_fold(word)))  # "Kärntner Glasfaseranbieter …": of Carinthia


def _ends_like_a_body(words: list[str]) -> bool:
    """The last word ends as a body's name does ("Innenministerium", "Bundesverband"); a lone word
    that is only the ending is a common noun ("der Dienst", "die Kammer"), and a trail no railway."""
    last = words[-1]
    return _ends_as_bodies_do(last) and (len(words) > 1 or last not in _ORG_SUFFIXES) and last not in _TRAILS


_TRAILS: Final = {"trail", "trails"}  # (a path, no railway: "the Cabot Trail"; inside a name, "Trail Blazers", a team's word)
# German roads and tracks, no railway ("auf eisiger Fahrbahn"), and benches, no bank ("bis zur Fensterbank"); folded,
# as `_fold` writes them
_WORDS_ENDING_LIKE_BODIES: Final = {"fahrbahn", "gegenfahrbahn", "autobahn", "stadtautobahn", "rennbahn", "startbahn", "landebahn",
                             "rollbahn", "laufbahn", "umlaufbahn", "achterbahn", "eisbahn", "bobbahn", "kegelbahn", "rodelbahn",
                             "fensterbank", "parkbank", "sitzbank", "werkbank", "sandbank", "datenbank", "anklagebank", "ersatzbank",
                             "auswechselbank", "schulbank", "kirchenbank", "gartenbank", "eckbank", "hantelbank", "regierungsbank",
                             "richterbank", "zeugenbank"}


def _ends_as_bodies_do(word: str) -> bool:
    """"Innenministerium", "Volksbank": a word (folded) ending as a body's name does, and no common noun that ends so."""
    return word.endswith(_ORG_SUFFIXES) and word not in _WORDS_ENDING_LIKE_BODIES


# bodies named by an adjective and a word that alone names things, not bodies ("Pressekonferenz", "Unterschriftensammlung")
_DE_BODIES_AFTER_ADJECTIVES: Final = ("sammlung", "konferenz", "museum", "oper", "theater", "orchester", "archiv", "bibliothek")


def _adjective_and_body(words: list[str]) -> bool:
    """A capitalised German adjective, then a body's name: "Statistischen Landesamts", "Deutsche Bischofskonferenz"."""
    low = [w.lower() for w in words]
    return (len(low) > 1 and low[0].endswith(_DE_ADJECTIVE_ENDINGS)
            and (_ends_like_a_body(low[1:]) or low[-1].endswith(_DE_BODIES_AFTER_ADJECTIVES)))


def _names_a_body(word: str) -> bool:
    folded = _fold(word)
    return (folded in _ORG_WORDS or folded.removesuffix("s") in _ORG_WORDS or folded in _ORG_HEADS or _ends_as_bodies_do(folded)
            or _head_before_a_place(folded))


_LEADING_ARTICLES: Final = {"el", "la", "los", "las", "il", "lo", "le", "les", "der", "die", "das"}  # not "de": De Beers, De Niro
_NAME_ABBREVIATIONS_DOTTED: Final = {f"{abbreviation}." for abbreviation in _NAME_ABBREVIATIONS}
_PLACE_PREFIXES = _NAME_ABBREVIATIONS_DOTTED | {
                   "lake", "mount", "port", "cape", "gulf", "bay", "mar", "lac", "lago", "monte", "isla", "île", "sierra",
                   "puerto", "porto", "villa", "ciudad", "castel", "castello", "bad", "playa", "cala", "valle", "punta", "pointe", "pico",
                   "laguna", "golfo", "paso", "passo", "borgo", "palazzo", "palacio", "palais", "montaña", "montagna", "fort",
                   "piazza", "plaza", "porta", "calle", "rue", "corso", "avenida", "capo", "cap",
                   # grounds and counties named after their kind: "Estadio Monumental", "Stade de France", "County Clare"
                   "estadio", "stadio", "stade", "county", "eisstadion", "stadion",
                   "san", "santa", "santo", "são", "saint", "sainte", "sankt", "pays", "cerro", "lido",
                   # an Italian town's quarters and hamlets: "nel Rione Toiano", "la Frazione Casale", "in Contrada Pizzo"
                   "rione", "frazione", "contrada",
                   "kanton", "landkreis", "kreis", "bezirk", "gemeinde",
                   # waters and islands named after their kind: "River Awe", "Loch Carra", "Isle of Mull", "fiume Tevere"
                   "river", "loch", "lough", "isle", "isola", "río", "fiume", "rivière",
                   # trails, walls and temples named after their kind: "el Camino Inca", "el Muro de San Lorenzo", "el
                   # Templo del Sol"
                   "camino", "sendero", "muro", "templo", "tempio",
                   "campo"}  # a field's or a plateau's: "Campo Imperatore", "Campo de Criptana"
# plants and dams named after their place: "Kraftwerk Aschach", "Talsperre Leibis" (a name even after "im")
_GERMAN_PLANTS: Final = {"kraftwerk", "wasserkraftwerk", "kernkraftwerk", "talsperre", "staudamm"}
_PLACE_PREFIXES |= _GERMAN_PLANTS
# the lifts and funiculars a hillside town names: "el Ascensor Concepción", "la funicolare di Como"
_PLACE_PREFIXES |= {"ascensor", "funicular", "funicolare", "funiculaire"}
_PLACE_PREFIXES_FOLDED: Final = frozenset(_fold(word) for word in _PLACE_PREFIXES)  # as `_kind` compares words: "île", "montaña"
# lower-case role words right before a person's name
_ROLES_BEFORE_NAMES: Final = {"executive", "minister", "president", "director", "spokesman", "spokeswoman", "spokesperson", "chairman",
                       "chairwoman", "secretary", "leader", "governor", "mayor", "ceo", "founder", "chancellor", "ambassador",
                       "commissioner", "prosecutor", "judge", "coach", "manager", "senator", "skipper", "captain", "ministre",
                       "ministro", "ministra", "presidente", "président", "présidente", "directeur", "directrice", "director",
                       "directora", "direttore", "direttrice", "portavoz", "porte-parole", "portavoce", "alcalde", "alcaldesa",
                       "sindaco", "maire", "préfet", "consejero", "consejera", "assessore", "secrétaire", "secretario", "secretaria"}
# the German words before a noun that make it one of its kind: "einer Arbeitsstiftung", "per Vorkasse", "keine Kasse"
_DE_ANY_ONE: Final = {"ein", "eine", "einer", "einem", "einen", "eines", "kein", "keine", "keiner", "keinem", "keinen", "keines",
               "jede", "jeder", "jedem", "jeden", "jedes", "per"}
# prepositions that open a German sentence capitalised: "Ohne Schnee keine Zukunft"
_DE_PREPOSITIONS: Final = {"ohne", "mit", "für", "gegen", "nach", "trotz", "wegen", "seit", "durch", "über", "unter", "vor", "bei", "aus"}
_DE_COMMON_BEFORE: Final = set(
    "der die das den dem des ein eine einen einem einer eines im am zum zur vom beim ins ans kein keine keinen weitere weiteren "
    "viele vielen alle allen rund etwa mehrere einige diese dieser diesem diesen dieses jede jeder jedem seine seiner seinen seinem ihre ihrem "
    "wenige wenigen zahlreiche zahlreichen etliche beide beiden "
    "ihrer ihren unsere unserer sein ihr neue neuen neuer großen große mehr bis jeden jedes "
    "mein meine meinen meinem meiner meines dein deine deinen unser unserem unseren "
    "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig hundert tausend".split()
)
# what a German newspaper's name ends with after its town's adjective: "Stuttgarter Zeitung", "Kieler Nachrichten"
_GERMAN_OUTLET_ENDINGS: Final = ("zeitung", "nachrichten", "rundschau", "anzeiger", "tagblatt", "kurier", "abendblatt", "morgenpost",
                          "merkur", "volksblatt", "allgemeine", "neueste")
# plural nouns a company or a festival is named with after its town's adjective: one body, not a town and a noun
_GERMAN_PLURAL_BODIES: Final = ("bahnen", "festspiele", "festspielen", "verkehrsbetriebe", "stadtwerke")
# of those, the endings of nouns for doings, qualities and groups, which no place's name after a body's ends with:
# "die Verbraucherzentrale Bayern Lieferungen …"
_DE_ABSTRACT_NOUN_ENDINGS: Final = ("ung", "ungen", "heit", "keit", "schaft", "tion")
_DE_NOUN_ENDINGS: Final = (*_DE_ABSTRACT_NOUN_ENDINGS, "tät", "en", "nis", "ismus")
# an adjective's endings, capitalised in a body's name: "Statistisches Landesamt", "Deutscher Wetterdienst"
_DE_ADJECTIVE_INFLECTIONS: Final = ("e", "en", "er", "es")
_DE_ADJECTIVE_ENDINGS: Final = tuple(f"{stem}{ending}" for stem in ("isch", "sch", "lich") for ending in _DE_ADJECTIVE_INFLECTIONS)
# the same adjectives where they open no one's name ("bayerischen", "staatliche", a dative's "technischem"): not "-sch"
# alone, which surnames end with too ("Fritsche", "Rasche")
_GERMAN_ADJECTIVE_ENDINGS: Final = tuple(f"{stem}{ending}" for stem in ("isch", "lich") for ending in (*_DE_ADJECTIVE_INFLECTIONS, "em"))
# a company's legal form ends its name (`_LEGAL_FORMS`: "Isarland Wohnbau GmbH"),
# and so do German's own, which no other language's organisation words hold: "Mitteldeutsche Kraftwerks-AG", "… KG"
_GERMAN_LEGAL_FORMS: Final = _LEGAL_FORMS | {"se", "kg", "ohg", "mbh", "kgaa", "e.v.", "ev"}
# how German towns' names end ("Elmshagen", "Wietzendorf", "Lindenau"), which no common noun's "-en" does
_DE_TOWN_ENDINGS: Final = ("hagen", "hausen", "husen", "ingen", "stetten", "hofen", "kirchen", "dorf", "heim", "burg", "stadt", "stedt",
                    "leben", "rode", "felde", "walde", "brücken", "bach", "born", "au", "ach", "thal", "tal", "weiler", "wil", "ikon",
                    # and a noun's ending, but no noun stands after "in" or "bei" without its article: "in Ludwigshafen", "in Lenzerheide"
                    "hafen", "haven", "heide", "berg", "feld", "brück", "bruck", "furt", "brunnen", "wald")
# nouns German puts after "in" in set phrases ("in Höhe von", "in Gefahr", "in Kraft treten"): no place is meant
_DE_AFTER_IN: Final = {_fold(word) for word in (  # (folded, as run words are compared)
    "höhe gefahr kraft betrieb haft sicherheit frage ordnung zukunft anspruch rente kurzarbeit revision berufung "
    "quarantäne panik brand flammen not teilen richtung form abstimmung aussicht erinnerung verbindung bewegung "
    "erwägung schwierigkeiten rechnung summe pension urlaub führung folge reihe ruhe kontakt eile sorge angst "
    "zahlen millionenhöhe milliardenhöhe rekordhöhe untersuchungshaft gewahrsam schieflage kauf"
).split()}
_QUANTITY_WORDS: Final = {"tausende", "hunderte", "dutzende", "millionen", "milliarden", "milliarde", "million", "mio.", "mrd.", "prozent",
                   "euro", "liter", "meter", "kilometer", "tonnen", "grad"}


def _age_after(tokens: list[str], end: int) -> bool:
    """Whether ", 71," or ", 71." follows the run that ends at `end` (the tokens hold one digit each)."""
    if end >= len(tokens) or tokens[end] != ",":
        return False
    position = end + 1
    while position < len(tokens) and tokens[position].isdigit():
        position += 1
    # (not a number's thousands: "In Canlaon City, 1,300 residents …")
    return (1 <= position - end - 1 <= 2 and (position == len(tokens) or tokens[position] in {",", ".", ")"})
            and not (tokens[position:position + 1] == [","] and tokens[position + 1:position + 2] and tokens[position + 1].isdigit()))


def _state_abbreviation(tokens: list[str], position: int) -> str | None:
    """The region an abbreviation at `position` names ("Ont." → Ontario), when it stands after a town and a comma or
    could be nothing else ("B.C.", "NSW"); None otherwise ("Miss. Kim", "Ill." opening a sentence)."""
    token = tokens[position]
    region = STATE_ABBREVIATIONS.get(token)  # as written, stop and all ("La Presse" is no Louisiana)
    if region is None:
        return None
    if "." in token[:-1] or not token.endswith(".") and token.isupper():
        return region
    after_a_town = position >= 2 and tokens[position - 1] == "," and tokens[position - 2][:1].isupper()
    return region if after_a_town else None


# the feminine articles of a company's name ("la empresa", "la società"), alone or joined to a preposition
_FEMININE_ARTICLES: Final = {"la", "alla", "della", "dalla", "sulla", "nella", "colla"}


_FRENCH_ARTICLES_BEFORE_DEPARTMENTS: Final = {"l'", "l’", "le", "du", "au"}
# what a line, a road or a bridge does to the places at its ends, and what joins the two ends after it
_LINKING_VERBS: Final = {"link", "links", "linked", "linking", "connect", "connects", "connected", "connecting", "relie", "relier", "reliera",
                  "reliant", "relient", "reliait", "unen", "unirá", "unía", "conecta", "conectan", "conectará", "collega",
                  "collegano", "collegherà", "collegare", "collegava", "verbindet", "verbinden", "verband"}
_LINKED_TO: Final = {"to", "with", "and", "à", "et", "a", "al", "con", "y", "e", "mit", "und"}


def _linked_by_a_line(tokens: list[str], start: int, end: int) -> bool:
    """Whether a name of one or two words is an end of what a linking verb joins: "relie Sclessin à Coronmeuse",
    "collega Valtournenche a Breuil-Cervinia" (the first end after the verb, the second after the first; French
    "une" is an article, so Spanish "une" is left out)."""
    before = tokens[start - 1].lower() if start else ""
    if before not in _LINKING_VERBS and before not in _LINKED_TO:
        return False  # (most names: the cheapest test first)
    if not 1 <= end - start <= 2 or not all(token[:1].isupper() for token in tokens[start:end]) or listed_name(tokens[start]):
        return False  # ("the report linked Mario to …": a person)
    if before in _LINKING_VERBS:
        return end + 1 < len(tokens) and tokens[end].lower() in _LINKED_TO and tokens[end + 1][:1].isupper()
    if start < 3:
        return False
    verb = next((position for position in (start - 3, start - 4) if position >= 0 and tokens[position].lower() in _LINKING_VERBS), None)
    return verb is not None and all(token[:1].isupper() for token in tokens[verb + 1 : start - 1])


def _placed_by_what_follows(tokens: list[str], end: int) -> bool:
    """Whether the words that end a run or follow it say its last name is a place: "Gaza-based", "Idlib province"."""
    return tokens[end - 1].lower().endswith("-based") or end < len(tokens) and tokens[end].lower().rstrip(".") in _PLACE_AFTER


# what a company's shares do ("Morgan Stanley shares fell 3%"); a person shares a post, a photo, news
_WHAT_SHARES_DO: Final = {"fell", "rose", "jumped", "slumped", "dropped", "gained", "climbed", "slid", "surged", "soared", "tumbled", "plunged",
                   "sank", "rallied", "closed", "opened", "ended", "traded", "were", "are", "have", "had", "hit", "lost", "edged", "in",
                   "of", "on", "at", "and", "up", "down", "last", "rise", "fall", "jump", "drop", "gain"}


# what only a body has, said right after its name: "Ibéricos Sierra del Ardila, con sede en Zafra", "mit Sitz in Linz",
# "headquartered in Perth" (a person is "based in" a town too)
_SEATS: Final = (("con", "sede"), ("mit", "sitz"), ("avec", "siège"), ("dont", "le", "siège"), ("headquartered",), ("domiciliada",))
_SEAT_OPENERS: Final = {seat[0] for seat in _SEATS}


def _seated_in(tokens: list[str], end: int) -> bool:
    after = end + (end < len(tokens) and tokens[end] == ",")
    if after >= len(tokens) or tokens[after].lower() not in _SEAT_OPENERS:
        return False  # (most names: checked before the slice, for speed)
    following = [token.lower() for token in tokens[after : after + 3]]
    return any(following[: len(seat)] == list(seat) for seat in _SEATS)


def _person_shares(tokens: list[str], start: int, end: int, after2: str) -> bool:
    """"Kevin Bacon shares emotional Instagram post": a person's full name, then the verb, not the company's stock."""
    return (tokens[end].lower() == "shares" and 2 <= end - start <= 3 and listed_name(tokens[start])
            and named_like_a_person(" ".join(tokens[start:end])) and after2.rstrip(".,;:") not in _WHAT_SHARES_DO)


def _context_cue(tokens: list[str], start: int, end: int, english: bool = False) -> str:
    """What the words around a capitalised run say it is: "place", "org" or ""; in English, "a" is the article, not
    the Romance "to", and says place only before a place's name ("a Homer fishing guide", not "a Green party member")."""
    before = tokens[start - 1].lower() if start else ""
    before = _ELIDED.sub("", before) or before  # "L’association Mountain Wilderness" ("d’" alone stays: "la vallée d’Ajoie")
    before2 = tokens[start - 2].lower() if start > 1 else ""
    # a word token keeps a sentence's full stop: "Microsoft said."
    after = tokens[end].lower().rstrip(".") if end < len(tokens) else ""
    after2 = tokens[end + 1].lower() if end + 1 < len(tokens) else ""
    if (before in _ORG_BEFORE and not (before in _PEOPLE_ALSO and 2 <= end - start <= 3)
            or after in _ORG_AFTER and after != "said" and after != "says" and not _person_shares(tokens, start, end, after2)
            or _seated_in(tokens, end)):
        return "org"  # ("campsite owner Rhian Beddoe": what a company is, a person may be too, named in full)
    if (before.endswith(("-based", "-headquartered")) and _fold(before.rsplit("-", 1)[0]) in places()
            and not (end - start == 2 and listed_name(tokens[start])) and not _is_role(tokens[start])):
        # "Nairobi-based Tembo Tea Brokers": what is based in a place is a body ("London-based artist Ann Lee" has her role;
        # an "Intel-based Mac" is a product)
        return "org"
    if (end - start == 1 and before == "the" and _fold(tokens[start].rstrip(".,;:")) in bodies_named_like_towns()
            and takes_an_article(tokens[start].rstrip(".,;:").lower())):
        return "place"  # "fires across the Amazon": the river or its forest, which English names with its article ("Amazon said")
    if end - start == 1 and before in _MONARCHS and tokens[start - 1].islower() and _fold(tokens[start].rstrip(".,;:")) not in places():
        return "person"  # "monedas del rey Recaredo", "il re Vittorio": a monarch, named by one name
    if 2 <= end - start <= 3 and before in _ROLES_BEFORE_NAMES and all(t[:1].isupper() for t in tokens[start:end]):
        return "person"  # "chief executive Isla Brodie": the role says who, whatever a place's prefix says
    if 2 <= end - start <= 3 and _age_after(tokens, end):
        return "person"  # "said Glenys Park, 71.": an age after a name in full
    if end - start == 1 and start and tokens[start - 1] in _SAINTS_IN_LOWER_CASE and listed_name(tokens[start].rstrip(".,;:")):
        return "person"  # "l'anno di san Francesco", "la fête de saint François": the saint, written so ("San Francesco" is a town)
    if (end - start == 1 and before in _ON_THE_WAY and after == "," and after2 in _PLACE_BEFORE and end + 2 < len(tokens)
            and _fold(tokens[end + 2].rstrip(".,;:")) in places() and not listed_name(tokens[start])):
        return "place"  # "Los envíos salen por Moín, en Limón": a town on the way, then the place it is in
    if before == "at" and before2 in _SITES_AT_TOWNS:
        return "place"  # "a new airport at Ilulissat", "the mine at Orapa"
    if end - start == 1 and before in _FRENCH_ARTICLES_BEFORE_DEPARTMENTS and tokens[start].lower() in DEPARTMENTS_NAMED_AS_WORDS:
        return "place"  # "les marchés de l’Aude", "dans le Var": a département by its article (Aude Martin has none)
    if _linked_by_a_line(tokens, start, end):
        return "place"  # "la ligne relie Sclessin à Coronmeuse", "the bridge will link Ernakulam with Vypin"
    if _town_in_apposition(tokens, start, end):
        return "place"  # "Sohra, the nearest town, recorded …", "Tyrna, a village in the hills"
    if (before in _NAMED_AFTER_ITS_KIND and tokens[start - 1].islower()
            and not (end - start >= 2 and named_like_a_person(" ".join(tokens[start:end]))
                     and tokens[start].lower() not in _LEADING_ARTICLES and tokens[start].lower() not in _PARTS_OF_PLACE_NAMES)):
        # "la presa La Boquilla", "el barrio Echesortu", "il fiume Tanaro": what the place is, then its name ("le chef de
        # quartier Ibrahima Camara" heads one)
        return "place"
    if (tokens[start - 1] in {"from", "aus"} and (before2 in _PEOPLE_FROM_PLACES or before2 == "hails")
            and (tokens[start - 2].islower() or tokens[start - 1] == "aus")
            # (a given name a town shares, alone before the sentence or clause ends: "a teacher from Lipa.")
            and (not listed_name(tokens[start]) or end - start == 1 and (end == len(tokens) or tokens[end] in {".", ",", ";"}))):
        return "place"  # "a herder from Semonkong", "villagers from Ban Khok": where someone lives or comes from
    if (end - start == 1 and tokens[start - 1] in {"di", "de", "da"} and before2 in _ROMANCE_PEOPLE_OF_TOWNS
            and not listed_name(tokens[start]) and not _known_body(tokens[start]) and not _ACRONYM.match(tokens[start])):
        return "place"  # "una pescatrice di Gorino", "un vecino de Tomelloso": someone and their town
    if (english and end - start == 1 and tokens[start - 1] == "of" and start >= 3 and tokens[start - 2] == ","
            and tokens[start - 3][:1].isupper() and end < len(tokens) and tokens[end] in {",", "."}
            and not _known_body(tokens[start]) and tokens[start].lower() not in AGENCIES and not _ACRONYM.match(tokens[start])):
        return "place"  # "Gareth Hughes-Pryce, of Cwmann, admitted …": where a person named in the news lives
    if before2 in {"shares", "stake", "stakes"} and before == "in":
        return "org"
    if end - start == 1 and before2 in _FEMININE_ARTICLES and before.isalpha() and before.islower() and _lower_case_demonym(before):
        return "org"  # "a cargo de la austriaca Doppelmayr", "la tedesca Siemens": the company of a country, by one word
    if before2 in _ORG_BEFORE_ROMANCE and before.isalpha() and before.islower() and not _is_role(before):
        return "org"  # "la empresa tecnológica Nubeco", "la patronal hotelera Ashotel": the adjective follows the noun
    if (start >= 3 and tokens[start - 3].lower() in _ORG_BEFORE_ROMANCE and before2 in {"de", "di", "da"} and before.isalpha()
            and before.islower() and not _is_role(before)
            and (not listed_name(tokens[start]) or end - start == 3 and tokens[start + 1].lower() in _NAME_OF)):
        # "la société de nettoyage Clean Hainaut", "la empresa de limpieza Brillo": what the company does ("la asociación de
        # regantes Puerta de Doñana": a name that holds "de" is no person's there)
        return "org"
    if (end - start == 1 and before == "(" and after == ")" and start >= 3
            and all(t[:1].isupper() and t[1:2].islower() for t in tokens[start - 3 : start - 1])):
        return "org?"  # "Miriam Olsen (Grüne)", "Tom Hale (Labour)": the party after a person's full name, not "Vannes (Morbihan)"
    if end - start == 1 and before in {"de", "di", "of", "del", "della", "du"} and before2 in _LEADERS_OF_BODIES:
        return "org?"  # "el director de Metrorrey", "the founder of Zentrafix": whom one leads is a body, unless a place
    if end - start == 1 and (before in _ACCORDING_TO or (before2, before) in {("according", "to"), ("d'après", "l'")}) and not (
            before == "laut" and _fold(tokens[start]) in _DE_SOURCES_NAMED_BY_A_NOUN):
        return "org?"  # "según Idealista", "secondo Federpesca": a source named by one word, and no one's surname
    if "am" in tokens[start:end]:
        return "place"  # a town by its lake or river: runs hold "am" only so (`_town_on_water`)
    if (_placed_by_what_follows(tokens, end)
            or after == "," and end + 1 < len(tokens) and tokens[end + 1] in STATE_ABBREVIATIONS and _state_abbreviation(tokens, end + 1)):
        return "place"  # ("Kemptville, Ont.": the town, then its province)
    if end - start == 1 and after in _LIVES_THERE and end + 1 < len(tokens) and tokens[end + 1][:1].isupper():
        return "place"  # "said Onchan resident Ruth Quine": where someone lives or farms, before the name ("Tesco worker" is an employer)
    if ((before in _PLACE_BEFORE and not (english and before == "a" and _fold(" ".join(tokens[start:end])) not in places())
         or before in _ARTICLES and before2 in _PLACE_BEFORE_ARTICLE)
            and not _personal_a(tokens, start, end)):
        return "place"
    if (before == "at" and after in {"near", "on"} and end + 1 < len(tokens) and tokens[end + 1][:1].isupper()
            and _fold(tokens[end + 1].rstrip(".,;:")) in places()):
        return "place"  # "a plant at Chamanangwe on Pemba", "opens at Kisama near Kohima" ("at Tesco in Leeds" may be a shop)
    if before in {"its", "their"} and after in _SITES and not _known_body(" ".join(tokens[start:end])):
        return "place"  # "its Alstonville plant": where a body's site is ("the Ford plant" is the maker's)
    if (after == "," and end + 2 < len(tokens) and tokens[end + 1].lower() in _APPOSITION_ARTICLES
            and _ELIDED.sub("", tokens[end + 2].lower()) in _ORG_BEFORE
            and (tokens[end + 3].lower().rstrip(".,") if end + 3 < len(tokens) else "") not in _SAYS):
        return "org"  # "realizzato da Simico, la società pubblica …", "Nordline, the company that …" ("…Tilbury, the company said" is a clause)
    if before in _OF_BEFORE_PLACES and (_ELIDED.sub("", before2) or before2) in _PLACE_OF or before == "," and before2 == "capital":
        return "place"
    if before in _ARTICLES and before2 in _OF_BEFORE_PLACES and start >= 3 and tokens[start - 3].lower() in _PLACE_OF:
        return "place"  # "la capitale de la Soule", "el alcalde de La Vid": the article a place's name takes
    if (before in _OF_BEFORE_PLACES and start >= 3 and tokens[start - 3].lower() in _TOWN_NOUNS_ROMANCE
            and before2.isalpha() and _lower_case_demonym(before2)):
        return "place"  # "el estado mexicano de Guerrero", "la localidad alicantina de Jijona": a place of a country or region
    if before in {"de", "d'", "d’"} and before2 == "large" and start >= 3 and tokens[start - 3].lower() == "au":
        return "place"  # "au large de Wimereux": off the coast of
    if before2 in _PLACE_BEFORE and before in {",", "and", "y", "et", "und", "e"} and not tokens[start - 2].isupper():
        return "place"  # the rest of a list: "in Algeciras, Seville and Porto" (not "de la BEI, Kristina Moreau")
    if (_route_end(tokens, start, end) or _home_town(tokens, start, end) or _romance_home_town(tokens, start, end)
            or _home_town_after_an_age(tokens, start)):
        return "place"
    if after in {"said", "says"} and after2 not in {"that", "on", "in"} and end - start == 1:
        return "org?"  # a lone unknown word that speaks, and is no one's surname
    article = tokens[start - 1] if start > 1 else tokens[0].lower() if start else ""  # ("Il Codacons" opening a sentence)
    if end - start == 1 and article in _ROMANCE_ARTICLES_BEFORE_BODIES and not any(
            _is_role(word) or re.split("['’]", word.lower())[-1].startswith(_PORTFOLIO_HOLDERS) for word in tokens[max(0, start - 4) : start - 1]):
        # "il Codacons", "l'Ispra", "selon l'Ifremer", "della Fiom": no one's name takes an article ("ministre de la Santé",
        # "assessore all'Agricoltura": a portfolio)
        return "org?"
    return ""


def _province_in_brackets(tokens: list[str], start: int, end: int) -> bool:
    """Whether one word in brackets after a known town is its province or region, as French and Italian write it:
    "Vannes (Morbihan)", "CARRARA (MASSA-CARRARA)" (not the agency of a dateline, "PARIGI (Reuters)", nor a
    nickname inside a name, "Adam (Pacman) Jones")."""
    word = tokens[start]
    return (end - start == 1 and start >= 2 and tokens[start - 1] == "(" and end + 1 < len(tokens) and tokens[end] == ")"
            and not tokens[end + 1][:1].isupper() and _fold(_normal_case(tokens[start - 2])) in places()
            and not any(_fold(part) in AGENCIES or _known_body(part) for part in [word, *word.split("-")]))


def _personal_a(tokens: list[str], start: int, end: int) -> bool:
    """Whether "a" or "à" before a name in full is the one a person takes as the object of a verb: "vendió a
    Tomás Aguirre", "rendre hommage à Jean Morel" (not "a Buenos Aires", "à Santa Cruz", "a Villa Gesell")."""
    if start and end - start == 1 and tokens[start - 1] == "à":
        # French "à" before a given name alone that no place has: "succéder à Samuel", "ce qui est arrivé à Marion"
        # (Italian "a" goes before towns named like people too: "a Cortina")
        return tokens[start][1:].islower() and listed_name(tokens[start]) and _fold(tokens[start]) not in places()
    if not (start > 0 and tokens[start - 1].lower() in {"a", "à"} and 2 <= end - start <= 3):
        return False
    first, last = tokens[start], tokens[end - 1].rstrip(".,;:")
    # a name no list holds is a person's too when what it is follows after a comma: "condenado a Anxo Lourido, exgerente de …"
    described = (end + 1 < len(tokens) and tokens[end] == "," and tokens[end + 1].isalpha() and tokens[end + 1].islower()
                 and tokens[end + 1] not in _TOWN_NOUNS_ROMANCE and tokens[end + 1] not in _CONNECTORS
                 and tokens[end + 1] not in _ORG_BEFORE_ROMANCE and tokens[end + 1] not in _FIRMS_BY_TRADE)
    # (or a given name and where its bearer came from: "attribué à Léonard de Vinci", "dedicata a Antonello da Messina";
    # or a given name and a surname no town has: "davanti a Gian Caduff")
    of_a_place = end - start == 3 and tokens[start + 1] in {"de", "da", "di", "von"} and listed_name(first)
    apposed = tokens[end + 1].lower() if end + 1 < len(tokens) and tokens[end] == "," else ""
    unknown_surname = (end - start == 2 and listed_name(first) and _fold(last) not in places() and last[1:].islower()
                       and apposed not in _FIRMS_BY_TRADE and apposed not in _TOWN_NOUNS_ROMANCE)  # (not "a Best Buy, vendedor …")
    return ((listed_name(first) and listed_name(last) or described or of_a_place or unknown_surname)
            and first.lower() not in _PLACE_PREFIXES and first.lower() not in _PARTS_OF_PLACE_NAMES
            and _fold(" ".join(tokens[start:end])) not in places())


# what a firm is, in apposition after its name: "supera a Best Buy, vendedor minorista de electrónica"
_FIRMS_BY_TRADE: Final = {"vendedor", "minorista", "fabricante", "distribuidor", "distribuidora", "cadena", "grupo", "firma", "marca",
                   "operador", "operadora", "aerolínea", "banco", "aseguradora", "constructora", "petrolera", "farmacéutica",
                   "tecnológica", "filial", "club", "equipo", "fabricant", "distributeur", "enseigne", "groupe", "marque"}
# what a town is, in apposition after its name: "a Sanlúcar, localidad gaditana"
_TOWN_NOUNS_ROMANCE: Final = {"ciudad", "localidad", "pueblo", "capital", "municipio", "provincia", "villa", "ville", "commune", "città",
                       "comune", "paese", "capitale", "région", "región", "regione", "departamento", "département", "estado",
                       "país", "pays", "isla", "île", "isola", "barrio", "quartier", "quartiere", "frazione", "aldea", "village",
                       "cantón", "canton", "cantone", "comuna", "parroquia", "distrito", "district", "distretto", "cerca", "près"}


def _home_town(tokens: list[str], start: int, end: int) -> bool:
    """Whether the one-word name at tokens[start:end] is where someone named in full comes from, as German
    writes it: "Lena Hofbauer aus Leoben", "die Firma Lindenmatt Pharma aus Rheinmatt" (a given name or a body's
    word before: not "Strom aus Kohle"); or where someone named by their trade comes from: "mit einem Bergführer
    aus Obertrams" (not "ein Helfer aus Leidenschaft", a noun)."""
    if not (end - start == 1 and start >= 2 and tokens[start - 1] == "aus" and tokens[start - 2][:1].isupper() and tokens[start - 2].isalpha()):
        return False
    if tokens[start - 2].lower() in _ORG_WORDS or start >= 3 and listed_name(tokens[start - 3]):
        return True
    if tokens[start - 2].lower() in _GERMAN_SERVICES_FROM_TOWNS and _german_village(tokens[start]):
        return True  # "die Feuerwehren aus Liezen": a service and a village of the German-speaking countries, however it ends
    return (start >= 3 and tokens[start - 3].lower() in _DE_COMMON_BEFORE and _looks_like_german_agent_noun(tokens[start - 2])
            and not tokens[start].lower().endswith(_DE_NOUN_ENDINGS) and not (end < len(tokens) and tokens[end][:1].isdigit()))


def _home_town_after_an_age(tokens: list[str], start: int) -> bool:
    """Whether the name at `start` is where a person whose age was just given lives, as English writes it:
    "Darren Pickering, 47, of Cottingham" (the tokens hold one digit each)."""
    if start < 5 or tokens[start - 1] != "of" or tokens[start - 2] != ",":
        return False
    position = start - 3
    while position >= 0 and tokens[position].isdigit():
        position -= 1
    return 1 <= start - 3 - position <= 2 and position >= 1 and tokens[position] == "," and tokens[position - 1][:1].isupper()


def _romance_home_town(tokens: list[str], start: int, end: int) -> bool:
    """Whether the name at tokens[start] is where someone named in full, or a body named after what it is,
    before a comma comes from, as Spanish, French and Italian write it: "dijo el guía Pedro Cruz, de Teotitlán
    del Valle", "Marco Neri, di Roccapiana di Sotto", "Ramón Vidal, de Villanueva de la Sierra", "la cooperativa
    Agrisur, de Puebla de Alcocer"; a name of several words linked in lower case, as towns' names are, or one
    word after someone named by their trade ("le caviste Yves Jeanneret, de Fleurier", "el jimador Lorenzo
    Ayala, de Amatitán"): "Ana Gómez, de Cáritas", "la portavoz Ana Gómez, de Cáritas" or "…, de WWF México"
    name a body."""
    if not (start >= 4 and tokens[start - 1] in {"de", "di", "d'", "d’"} and tokens[start - 2] == "," and tokens[start - 3][:1].isupper()
            and tokens[start - 3].isalpha() and (listed_name(tokens[start - 4]) or tokens[start - 4] in _ORG_BEFORE_ROMANCE)
            and not _names_a_body(tokens[start])):
        return False
    if end - start == 1 and listed_name(tokens[start - 4]) and _named_by_a_trade(tokens, start - 4):
        return not (_ACRONYM.match(tokens[start]) or _known_body(tokens[start]))
    if not (start + 2 < len(tokens) and tokens[start + 1] in _ROMANCE_TOWN_LINKS):
        return False
    after_link = start + 3 if tokens[start + 2] in _ROMANCE_TOWN_LINKS and start + 3 < len(tokens) else start + 2
    return tokens[after_link][:1].isupper()


_ROMANCE_TOWN_LINKS: Final = {"de", "del", "di", "della", "dello", "la", "lo", "el"}
_ROMANCE_DEFINITE_ARTICLES: Final = {"el", "la", "le", "il"}  # (not "lo", a pronoun as often: "Lo dijo Ana Gómez")


def _named_by_a_trade(tokens: list[str], given: int) -> bool:
    """Whether the person whose given name is tokens[given] is named after a common noun with its article, what
    they do rather than an office: "le caviste Yves Jeanneret", "el jimador Lorenzo Ayala", "l’agricultrice Anne
    Roy" (not "la portavoz Ana Gómez", a role, nor "dijo Ana Gómez")."""
    noun = tokens[given - 1] if given >= 1 else ""
    if _ELIDED_COMMON_NOUN.match(noun):
        return not _is_role(noun[2:])
    return (noun.isalpha() and noun.islower() and given >= 2 and tokens[given - 2].lower() in _ROMANCE_DEFINITE_ARTICLES
            and not _is_role(noun) and not noun.startswith(_PORTFOLIO_HOLDERS))


def _route_end(tokens: list[str], start: int, end: int) -> bool:
    """Whether the one-word name at tokens[start:end] is an end of a route or a stretch "between" names:
    "46 sailings between Ardrossan and Brodick", "die Strecke zwischen Tiefencastel und Filisur" (not the
    parties of "talks between Acme and Globex", "the fight between Joshua and Fury")."""
    return _route_between(tokens, start, end) is not None


def _route_between(tokens: list[str], start: int, end: int) -> int | None:
    """Where the "between" stands of the route whose end is the one-word name at tokens[start:end], or None (`_route_end`)."""
    if end - start != 1:
        return None
    after = tokens[end].lower() if end < len(tokens) else ""
    before = tokens[start - 1].lower() if start else ""
    if before in _BETWEEN and after in _AND and end + 1 < len(tokens) and tokens[end + 1][:1].isupper():
        between = start - 1
    elif before in _AND and start >= 3 and tokens[start - 2][:1].isupper():
        # the first end may be named in several words: "la linea tra La Spezia e Levanto"
        between = next((position for position in range(start - 3, max(-1, start - 6), -1)
                        if tokens[position].lower() in _BETWEEN or not tokens[position][:1].isupper()), -1)
        if between < 0 or tokens[between].lower() not in _BETWEEN or (
                start - between > 3 and _fold(" ".join(w.rstrip(".") for w in tokens[between + 1 : start - 1])) not in places()):
            return None  # (a known place's name only: "zwischen Donald Trump und Reportern" is a quarrel)
    else:
        return None
    return None if any(token.lower() in _PARTIES_BETWEEN for token in tokens[max(0, between - 3) : between]) else between


_TOWN_NOUNS: Final = {"town", "village", "city", "hamlet", "settlement", "suburb", "township", "municipality", "island", "port"}
_AFTER_A_TOWN_NOUN: Final = {"of", "in", "on", "near", "where", "that", "which", "about", "some", "north", "south", "east", "west", "closest"}


def _town_in_apposition(tokens: list[str], start: int, end: int) -> bool:
    """Whether a comma and "the" or "a" town or village (a lower-case word or two between) follow the name at
    tokens[start:end]: "Sohra, the nearest town, recorded …" (not "Ann Reid, a town councillor", nor a person)."""
    if end + 2 >= len(tokens) or tokens[end] != "," or tokens[end + 1].lower() not in {"the", "a", "an"} or listed_name(tokens[start]):
        return False
    for position in range(end + 2, min(end + 5, len(tokens))):
        word = tokens[position].lower()
        if word.rstrip(".") in _TOWN_NOUNS:
            following = tokens[position + 1].lower() if position + 1 < len(tokens) else ""
            return word.endswith(".") or not following[:1].isalpha() or following in _AFTER_A_TOWN_NOUN
        if not (word.isalpha() and word.islower()):
            return False
    return False


def _coordinated_with_a_place(tokens: list[str], start: int, end: int) -> bool:
    """Whether the one unknown word at tokens[start:end] is the second of two places a preposition of place
    governs: "20 farms in Borrowdale and Langdale", "les pêcheurs de Thonon-les-Bains et d’Évian" (the first a
    place the gazetteer knows, or any name after "in"; not "in Borrowdale and Smith", a surname, nor "talks in
    Geneva and Washington", both known)."""
    if end - start != 1:
        return False
    word = tokens[start].rstrip(".")  # (a word keeps the sentence's full stop)
    if not _unknown_word(word):
        return False
    following = tokens[end] if end < len(tokens) else ""
    if following[:1].isdigit() or following in {"'s", "’s", "'", "’"}:
        return False  # "in Mulk and Article 15", "in Rodgers and Hammerstein's musical": no places
    link = start - 1
    if link >= 1 and tokens[link].lower() in {"d'", "d’", "de", "di", "da", "von", "aus"}:
        link -= 1  # "de Thonon et d’Évian", "von Linz und von Steyr"
    if link < 2 or tokens[link].lower() not in _AND:
        return False
    first_end, first_start = link, link
    while first_start > 0 and link - first_start < 3 and tokens[first_start - 1][:1].isupper():
        first_start -= 1
    if first_start == first_end or first_start == 0:
        return False
    head = _head_of_a_list(tokens, first_start)
    if listed_name(word) and not (head < first_start and all(
            _fold(name) in places() and not listed_name(name) for name in tokens[head:first_end:2])):
        # "in Borrowdale and Smith", "of Morris, Yorn, Barnes and Levine": surnames; the last of a list of places no
        # one is named after may be written as one ("de Seraing, Liège et Huy")
        return False
    preposition = _ELIDED.sub("", tokens[head - 1].lower()) or tokens[head - 1].lower()
    if preposition == "a" or preposition == "to" and tokens[start].endswith("."):
        # "venduto a Milan e Inter", "sold to Milan and Inter.": two clubs (French "à Gravelines et Bourbourg" is "in");
        # "to" joins places too, before the sentence goes on ("diverted to Southampton and Tilbury, the company said")
        return False
    first = " ".join(tokens[first_start:first_end])
    if first_end - first_start == 1 and preposition in {"in", "near", "around"} and tokens[first_start - 1].islower():
        # a first name no gazetteer knows, after English "in": a place by its own context, no firm's name ("in IBM and
        # Compaq", "stakes in Zentrix and Kovalo"; Romance "en WeWork y Uber" takes the known-place test below)
        return (_kind(first, "")[0] in {"other", "place"} and not _joined_words_name(first) and not _ACRONYM.match(first)
                and _context_cue(tokens, first_start, first_end) == "place")
    return preposition in _BEFORE_COORDINATED_PLACES and (
        _fold(first) in places()
        # (or one the words around call a place, after a preposition of where: "à Gravelines et Bourbourg")
        or preposition == "à" and _kind(first, "")[0] in {"other", "place"} and not _ACRONYM.match(first)
        and _context_cue(tokens, first_start, first_end) == "place")


# the prepositions of where before a village, in the languages whose countries' villages `small_towns` holds ("un
# pastore di Laconi", "venue de Marly", "a herder from Strandhill"); not English "of", after which English names
# diseases, breeds and bodies for towns ("cases of Lyme disease"), nor "at", before the colleges and firms named after
# them ("his senior season at Creighton")
_BEFORE_SMALL_TOWNS: Final = {
    "en": {"from", "in", "near"},
    "de": {"aus", "nach", "in", "bei", "ab", "über", "vor", "von", "nahe", "unweit"},
    "fr": {"de", "d'", "d’", "à", "près", "par", "depuis", "vers"},
    "es": {"de", "en", "desde", "a", "por", "hacia"},
    "it": {"di", "da", "a", "in", "tra", "fra", "verso"},
}
_FROM_A_TOWN: Final = {"from", "aus", "von", "de", "d'", "d’", "di", "da", "desde", "depuis"}
# German nouns villages of the German-speaking countries are named by: after "aus" or "in" the noun is meant ("Mauern
# aus Stein", "im Wald"), so no village is read from them alone
_GERMAN_NOUNS_VILLAGES_SHARE: Final = frozenset("bach berg brand buch burg dorf forst graben haus hof horn kirchen kloster lauf linden "
                                         "moos rain ried salz sand see stein wald weil".split())
# German services a town has, named with the town they come from ("die Feuerwehren aus Liezen und Trieben")
_GERMAN_SERVICES_FROM_TOWNS: Final = {"feuerwehr", "feuerwehren", "polizei", "bergrettung", "wasserrettung", "rettungskräfte",
                               "einsatzkräfte", "rettungsdienste", "rettungsdienst", "helfer", "bergretter", "retter"}


def _german_village(word: str) -> bool:
    """A village of the German-speaking countries (`small_towns`) no German noun names."""
    return (folded := _fold(word.rstrip(".,;:"))) in small_towns("de") and folded not in _GERMAN_NOUNS_VILLAGES_SHARE


def _small_town(tokens: list[str], start: int, end: int, lang: str | None) -> bool:
    """Whether the name at tokens[start:end], which no list knows, is a village of the article's own countries
    (`small_towns`) after a preposition of where: "una clienta de Betanzos", "partite da Gubbio", "aus Anklam"
    (not a body's or an office's portfolio: "la Secretaría de Salud", "la ministra de Pesca")."""
    prepositions = _BEFORE_SMALL_TOWNS.get(lang or "")
    if not prepositions or not start or end - start > 3 or tokens[start - 1].lower() not in prepositions:
        return False
    before = tokens[start - 2] if start >= 2 else ""
    if before[:1].isupper() or _is_role(before.lower()) or before.lower().startswith(_PORTFOLIO_HOLDERS):
        return False
    name = " ".join(tokens[start:end]).rstrip(".,;:")
    if listed_name(name) and tokens[start - 1].lower() not in _FROM_A_TOWN:
        return False  # "pointing a finger at Hunter": a given name or surname only comes from somewhere ("a woman from Warren")
    folded = _fold(name)
    village = _german_village(name) if lang == "de" else folded in small_towns(lang or "")
    return village and folded not in places() and _kind(name, "")[0] == "other"


def _words_after_german_articles(tokenised: list[tuple[str, list[str]]]) -> set[str]:
    """The words an article writes after a German article or determiner ("der", "keine", "zwei"): nouns, as German writes them."""
    return {words[i].rstrip(".,;:") for _, words in tokenised for i in range(1, len(words)) if words[i - 1].lower() in _DE_COMMON_BEFORE}


def _german_noun_after_a_preposition(tokens: list[str], start: int, end: int) -> bool:
    """Whether the one word at tokens[start:end], after "in", "bei" or "nach", is a noun German writes there without
    its article ("bei Unfall", "in Lebensgefahr", "nach Bedarf", "in Zusammenhang") rather than a town: no gazetteer,
    not even geonames' towns of 1,000 people in the German-speaking countries, knows it, and it does not end like a
    town's name."""
    return end - start == 1 and tokens[start - 1].lower() in _PLACE_BEFORE and _unknown_german_word(tokens[start])


def _german_nouns_between(tokens: list[str], start: int, end: int) -> bool:
    """Whether the one word at tokens[start:end] is an end of "zwischen … und …" whose two ends no gazetteer knows:
    nouns ("Kontakt zwischen Wildvögeln und Hausgeflügel"), not a route's towns ("zwischen Untervaz und Samedan"), nor
    the ends of a line the words before call one ("die Strecke zwischen Oberbarmen und Vohwinkel")."""
    between = _route_between(tokens, start, end) if end - start == 1 else None
    if (between is None or between + 3 >= len(tokens) or tokens[between + 2].lower() not in _AND
            or between and (tokens[between - 1].lower().rstrip(".,").endswith(_DE_ROUTES) or _ROAD_CODE.fullmatch(tokens[between - 1]))):
        return False
    return _unknown_german_word(tokens[between + 1]) and _unknown_german_word(tokens[between + 3])


_GERMAN_LETTERS: Final = set("abcdefghijklmnopqrstuvwxyzß")  # (folded: the umlauts lose their dots; "Rødby" is no German noun)


def _unknown_german_word(word: str) -> bool:
    """A capitalised German word no gazetteer knows, geonames' towns of 1,000 people in the German-speaking countries
    included, that does not end like a town's name: more likely a noun than a village."""
    word = word.rstrip(".,;:")
    folded = _fold(word)
    return (_unknown_word(word) and word[1:].islower() and set(folded) <= _GERMAN_LETTERS and not folded.endswith(_DE_TOWN_ENDINGS)
            and folded not in small_towns("de") and not _german_town_adjective(folded)  # ("im Hamburger Hafen")
            and not _german_named_street(word) and not _german_place_compound(word))  # ("zwischen Karlsplatz und Schottentor")


def _unknown_word(word: str) -> bool:
    """A word of letters no list knows, neither as a place nor as a body's or a firm's name."""
    return (len(word) >= 3 and word.isalpha() and _kind(word, "") == ("other", False) and _fold(word) not in places()
            and not _joined_words_name(word))


def _head_of_a_list(tokens: list[str], start: int) -> int:
    """Where the list of one-word names ending with the name at `start` opens, back over its commas:
    "de Seraing, Liège et Huy" opens at Seraing, so its preposition is the list's."""
    while start >= 3 and tokens[start - 1] == "," and tokens[start - 2][:1].isupper() and tokens[start - 2].isalpha():
        start -= 2
    return start


def _first_of_two_places(tokens: list[str], start: int, end: int) -> bool:
    """Whether the one unknown word at tokens[start:end], after a preposition of place, is the first of two
    places joined by "and" whose second the gazetteer knows: "Sonderzüge aus Kempten und München", "dans
    Quaregnon et Mons" (not "aus Angst und Wut", nor "in Lederhosen und Dirndl": no known place after them)."""
    if end - start != 1 or start == 0 or end + 1 >= len(tokens) or tokens[end].lower() not in _AND:
        return False
    if not _unknown_word(tokens[start]) or listed_name(tokens[start]):
        return False
    if tokens[start - 1].lower() not in _IN_FROM_TO | {"à", "dans"}:
        # ("de Kempten": of whom or of what, as often as of where; "victories from Vanderbilt and Tennessee", "en IBM y
        # Compaq": teams and firms)
        return False
    second_end = end + 1
    while second_end < len(tokens) and second_end - end <= 3 and tokens[second_end][:1].isupper():
        second_end += 1
    second = _fold(" ".join(tokens[end + 1:second_end]).rstrip("."))  # (a word keeps the sentence's full stop)
    return (second_end > end + 1 and second in places() and second not in countries() and not listed_name(second)
            and second not in ORGANISATIONS)


# "between" in the languages we read: two names it joins, one word each, are most often the ends of a route …
_BETWEEN: Final = {"between", "zwischen", "entre", "tra", "fra"}
# the words before a known place that make an unknown word coordinated with it a place too ("de Thonon et d’Évian")
_BEFORE_COORDINATED_PLACES: Final = _ON_THE_WAY | _OF_BEFORE_PLACES | _BETWEEN | {"aus", "à"}  # (French "à" is "in" before a town)
# … unless what lies between them is an agreement, a contest or a relation of two parties
_PARTIES_BETWEEN: Final = set(
    "talks talk negotiations truce ceasefire deal deals agreement agreements accord treaty dispute fight bout match game final derby "
    "clash war conflict rivalry meeting summit merger relations tensions partnership contract battle differences ties feud row "
    "split debate duel contest alliance cooperation collaboration venture crisis rift spat standoff friction "
    "gespräche verhandlungen waffenruhe abkommen vertrag streit spiel duell krieg konflikt treffen fusion beziehungen spannungen "
    "partnerschaft kampf einigung vereinbarung krise "
    "négociations pourparlers trêve accord traité différend combat guerre conflit rencontre relations partenariat litige crise "
    "negociaciones conversaciones tregua acuerdo tratado disputa partido pelea guerra conflicto reunión fusión relaciones "
    "tensiones alianza duelo enfrentamiento litigio crisis "
    "negoziati colloqui accordo trattato partita incontro conflitto riunione fusione relazioni tensioni alleanza duello scontro "
    "sfida crisi".split()
)
# the articles an apposition after a name opens with, and an elided article joined to its noun ("l’azienda")
_APPOSITION_ARTICLES: Final = {"the", "a", "an", "la", "le", "il", "lo", "el", "die", "der", "das", "une", "un", "una", "uno", "eine", "ein"}
_ELIDED: Final = re.compile(r"^[ld]['’]")
_SAYS: Final = {"said", "says", "added", "told", "stated", "reported", "announced", "explained", "dijo", "afirmó", "indicó", "señaló",
         "explicó", "ha", "a", "hat", "sagte", "erklärte", "teilte", "dit", "indique", "précise", "affirme"}
# ministries and the offices that hold a portfolio, whose portfolio follows with an article: "ministère de la Santé"
_PORTFOLIO_HOLDERS: Final = ("minist", "assessor", "consejer", "conseill", "consigli", "secrétari", "secretari", "secretair", "segretari",
                      "dipartiment", "départem", "departament", "direction", "direzion", "dirección", "delegad", "délégu", "delegat",
                      # a town's councillors: "el concejal de Movilidad", "l'échevin des Travaux", "l'adjointe aux Sports"
                      "concejal", "edil", "regidor", "échevin", "echevin", "adjoint")
# the articles, and prepositions joined to them, that French, Italian and Spanish put before a body's
# one-word name and not before a person's or a town's (which the gazetteer knows: "la Spezia", "le Havre")
_ROMANCE_ARTICLES_BEFORE_BODIES: Final = {"il", "lo", "la", "l'", "l’", "le", "el", "du", "del", "della", "dello", "dell'", "dell’", "dalla",
                                   "dall'", "dall’", "nella", "nell'", "nell’", "sulla", "alla", "all'", "all’", "al", "dal", "nel"}
# and before any name but a person's (definite articles, alone or joined to a preposition)
_ROMANCE_ARTICLES_BEFORE_NAMES: Final = _ROMANCE_ARTICLES_BEFORE_BODIES | {
    "les", "los", "las", "au", "aux", "sul", "sulla", "sullo", "nello", "dallo", "allo", "dei", "degli", "delle", "gli", "i"}


# a name's words are joined by spaces, and an elided article inside it is written joined to the next word
_ELISION_GAP: Final = re.compile(r"(?<![\w'’])((?:[dlDL]|dell|all|nell|sull|dall|Dell|All|Nell)['’]) (?=\w)")


# what only one town has: "Kalgoorlie-Boulder mayor …" names a town of two joined ones, not a route
_TOWNS_HEADS: Final = {"mayor", "reeve", "lord-mayor"}  # the offices only a town has, written after its name
_ONE_TOWNS_OFFICE: Final = {"mayor", "council", "councillor", "councillors", "shire", "municipality", "borough", "residents"}


@lru_cache(maxsize=65536)
def _places_joined(word: str) -> tuple[str, ...]:
    """The places a hyphen joins in one word, a route or a pair ("Milano-Catania" → Milano, Catania), when
    every part is a known place and the whole is not one ("Castilla-La Mancha", "Baden-Württemberg")."""
    parts = word.split("-")
    if " " in word or len(parts) < 2 or _fold(word) in places():
        return ()
    if all(len(part) > 2 and part[0].isupper() and _fold(part) in places() and _fold(part) not in _NOT_TOWNS for part in parts):
        return tuple(parts)
    return ()


def _place_after_of(name: str) -> str | None:
    """The known place a name ends with after "of" ("Mobilità di Roma" → "Roma"), or None."""
    words = name.split()
    for position in range(len(words) - 1, 0, -1):
        if words[position] in _OF_WORDS or words[position] in {"d'", "d’", "dell'", "dell’", "delle", "dello", "degli", "dei"}:
            tail = " ".join(words[position + 1 :])
            return tail if tail and _fold(tail) in places() else None
    return None



# a name found in an article before canonical names are given: (text, kind, whether the kind is
# sure, what the words around it say — "place", "org", "org?", "opener" for a sentence's first word, "noun"
# for a lone German word no noun follows, or "")
Candidate = tuple[str, str, bool, str]


# Turkish writes a name's case ending after an apostrophe ("Ankara'da", "Erdoğan'ın", "ABD'nin"): the name ends there
_TURKISH_SUFFIXED: Final = re.compile(r"([A-ZÇĞİÖŞÜ][\w\-]*)(['’](?:[a-zçğıöşü]{1,8}|[A-ZÇĞİÖŞÜ]{1,8}))")


# the words that give a body's short name after its full one, in the languages we read, and the adverbs before them
_KNOWN_AS: Final = (("known", "as"), ("conocido", "como"), ("conocida", "como"), ("bekannt", "als"), ("noto", "come"), ("nota", "come"),
             ("connu", "sous", "le", "nom", "de"), ("connue", "sous", "le", "nom", "de"))
_KNOWN_AS_LAST: Final = {words[-1] for words in _KNOWN_AS}
_KNOWN_AS_BEFORE: Final = {"also", "better", "locally", "widely", "commonly", "también", "más", "besser", "auch", "kurz", "meglio", "anche",
                    "aussi", "mieux"}


def _known_as(tokens: list[str], start: int, end: int, name: str) -> bool:
    """Whether the one word at tokens[start:end] is said to be what `name`, of several words and written right before
    it, is "known as", between commas: "The Ghana Cocoa Board, known as Cocobod, …", "…, also known as Phivolcs.",
    "la Dirección de Tránsito, conocida como Ditra, …", "die Autobahnen- und Schnellstraßen-Finanzierungs-AG, kurz
    bekannt als Asfinag, …"."""
    if (end - start != 1 or start < 3 or tokens[start - 1].lower() not in _KNOWN_AS_LAST or " " not in name
            or not (end < len(tokens) and tokens[end] in {",", ".", ";", ")"} or tokens[start].endswith("."))):
        return False  # (the full stop kept)
    cue = next((len(words) for words in _KNOWN_AS if tuple(word.lower() for word in tokens[max(0, start - len(words)):start]) == words), 0)
    comma = start - cue - 1
    if cue and comma >= 1 and tokens[comma].lower() in _KNOWN_AS_BEFORE:
        comma -= 1
    return bool(cue) and comma >= 1 and tokens[comma] == "," and " ".join(tokens[max(0, comma - 12):comma]).endswith(name)


def _turkish_suffixes_apart(tokens: list[str]) -> list[str]:
    """Tokens with each name's case ending a token of its own, which no name goes on over."""
    out: list[str] = []
    for token in tokens:
        if "'" in token or "’" in token:
            if match := _TURKISH_SUFFIXED.fullmatch(token):
                out += match.groups()
                continue
        out.append(token)
    return out


def extract_entities(sentences: list[str], lang: str | None = None, dateline: Dateline | None = None) -> list[Mention]:
    """The names in an article's sentences; `dateline`, the article's, names a town that may open them
    and be written nowhere else ("HALLSTATT. … Hallstatt steht seit 1997 …")."""
    token = _TOKEN_AMONG_CHARACTERS if lang in {"ja", "zh"} else _TOKEN
    tokenised = [(sentence, token.findall(sentence)) for sentence in sentences]
    if lang == "tr":
        tokenised = [(sentence, _turkish_suffixes_apart(tokens)) for sentence, tokens in tokenised]
    inner_words: set[str] | None = None  # capitalised words not opening their sentence, gathered when first needed
    lower_words: set[str] | None = None  # the words written in lower case, gathered when first needed
    body_capitals: set[str] | None = None  # capitalised words inside sentences not in title case, gathered when first needed
    german_nouns: set[str] | None = None  # the words a German article writes after an article, gathered when first needed
    nouns_by_grammar: set[str] = set()  # German words the grammar around one of their mentions shows to be nouns
    raw: list[Candidate] = []
    expansions: dict[str, tuple[str, str]] = {}
    openers: set[str] = set()  # the words that open sentences
    # the last names of people named in full, not where a sentence opens ("Defekte Schleuse" is no one)
    surnames: set[str] = set()
    storms: set[str] = set()  # the names storms are given
    german = lang == "de"
    romance = lang in _ROMANCE_LANGUAGES
    own_openers = _OPENERS_BY_LANGUAGE.get(lang or "", frozenset())
    # English headlines in title case, which name only what the body also capitalises (`_headline_names`)
    title_cased = [lang == "en" and _title_case(tokens) for _, tokens in tokenised]
    for (sentence, tokens), headline_in_title_case in zip(tokenised, title_cased):
        sentence_start = len(raw)
        bracketed = "(" in tokens
        spelled = _parenthesised_acronyms(tokens, expansions) if bracketed else {}
        spelled_until = 0  # a name an acronym spells, lower-case words and all, is one mention
        listed: tuple[int, int] | None = None  # (where the last name ended, its raw index) when it is an organisation
        places_listed = -1  # where the last name the words around it called a place ended
        list_after_locative = False  # whether the list of places going on was opened by "in" and a known place
        if headline_in_title_case:
            if body_capitals is None:
                body_capitals = {w for (_, words), titled in zip(tokenised, title_cased) if not titled for w in words if w[:1].isupper()}
            phrases = _headline_names(_phrases(tokens, False, True, own_openers, title_case=True), body_capitals)
        else:
            phrases = _phrases(tokens, lang == "fr", lang == "en", own_openers)
        if (lang in {None, "en"} and len(tokens) > 1 and tokens[0] in surnames and tokens[1] in _ENGLISH_SAID
                and (_opens_sentences(tokens[0]) or _undotted_abbreviation(tokens[0]))):
            raw.append((tokens[0], "person", True, ""))  # "Das said …" after "Rupali Das", "Sen said …": a surname, no article or title
        for index, (run, start, end) in enumerate(phrases):
            if german and start and tokens[start - 1] in _GERMAN_IN_THE_GREEN and len(run) == 1 and run[0] in {"Grünen", "Grüne"}:
                continue  # "Wohnen im Grünen", "ein Ausflug ins Grüne": the countryside, not the party
            storm = run[0] if start and tokens[start - 1] in _STORM_WORDS else run[1] if len(run) > 1 and run[0] in _STORM_WORDS else None
            if storm:
                storms.add(storm)
            body_named = town_named = False
            if start < spelled_until:
                continue
            if len(raw) > sentence_start and _known_as(tokens, start, end, raw[-1][0]):
                # "the Philippine Institute of Volcanology and Seismology, known as Phivolcs, …": the short name stands for it
                kind = raw[-1][1] or _kind(raw[-1][0], "")[0]
                if kind in {"org", "place"}:  # (a person's byname is no body's short name: "Saparmurat Niyazov, known as Turkmenbashi")
                    expansions.setdefault(run[0].rstrip("."), (raw[-1][0], kind))
            if end - start == 1 and len(run[0]) > 1 and _NUMBER_IN_ROMAN.fullmatch(run[0].rstrip(".,;:")):
                continue  # "en el siglo XIII", "the XIII century": a number, no name of its own ("IVV" is an acronym)
            if end - start == 1 and start and tokens[start - 1].lower() in _GERMAN_DIRECTIONS and _fold(run[0]) in _COMPASS_AFTER:
                continue  # "in Fahrtrichtung Süd": a compass point, no place
            if len(run) >= 3 and run[0].lower() in _CHURCHES_NAMED_IN_ENGLISH and run[1] in _NAME_OF:
                # "la Catedral de León", "la Basilica di San Francesco": the church, a place (named in English below)
                raw.append((" ".join(run).rstrip(".,;:"), "place", True, "place"))
                continue
            if (start >= 2 and tokens[start - 1] == "/" and _ACRONYM.match(tokens[start - 2]) and 2 <= len(run) <= 3
                    and listed_name(run[0]) and not _ACRONYM.match(run[-1]) and not _known_body(" ".join(run))  # ("AFP/Getty Images")
                    and (listed_name(run[-1]) or not _names_a_body(run[-1]))):  # ("EFE/Schmidt Ocean Institute")
                # "Foto: EFE/Rubén Guardia", "ANSA/Giulia Ferro": the agency's photographer, whatever their surname
                # names besides (Guardia Civil)
                raw.append((" ".join(run), "person", True, ""))
                continue
            if start and tokens[start - 1] in {"L'", "L’"} and _fold(newspaper := tokens[start - 1] + " ".join(run).rstrip(".,;:")) in ORGANISATIONS:
                raw.append((newspaper, "org", True, "org"))  # "L’Est Républicain", "L'Express": a name that opens with its elided article
                continue
            opening = _spelled_opening(spelled, tokens, start, end, phrases[index - 1][2] if index else 0) if spelled else start
            if opening in spelled:
                spelled_until = spelled[opening]
                raw.append((_joined(tokens[opening:spelled_until]), "org", True, ""))
                listed = None
                continue
            if romance and (water := _water_after_its_lower_case_head(tokens, start, end)) is not None:
                raw.append((_joined(tokens[water:end]).rstrip(".,;:"), "place", True, "place"))  # "en mer du Nord"
                listed = None
                continue
            if (german and len(run) >= 4 and run[1] in {"des", "der"} and run[2] in _GERMAN_DISTRICTS_GENITIVE
                    and run[0].lower().endswith(_GENERIC_OFFICES) and not _known_body(" ".join(run))):
                # "Das Veterinäramt des Kreises Nordfriesland": a generic office, named by the district it serves
                raw.append((_joined(run[3:]).rstrip(".,;:"), "place", True, "place"))
                listed = None
                continue
            if german and len(run) >= 3 and run[1] == "von" and not listed_name(run[0]) and all(word[:1].isupper() for word in run[2:]):
                if (any(run[0].lower().endswith(council) and len(run[0]) > len(council) for council in _GERMAN_COUNCILS)
                        or (known := places().get(_fold(_joined(run[2:]).rstrip(".,;:")), "").lower())
                        and (known in countries() or known in regions() or run[0].lower() in _GERMAN_NOUNS_OF_WHERE)):
                    # "der Kreistag von Vorpommern-Greifswald", "der Stadtrat von Husum": a council, named by its place (a
                    # district named by two places, hyphenated, is one); any noun before a country or a region ("als
                    # Nachbarland von Italien"), and a noun of where before a town ("in der Nähe von Paris"; a town after
                    # any other noun is left to be typed on its own below: "Interesse von Milan" is the club's)
                    raw.append((_joined(run[2:]).rstrip(".,;:"), "place", True, "place"))
                    listed = None
                    continue
                if start and tokens[start - 1].lower() in _DE_COMMON_BEFORE and run[0].lower() not in _GERMAN_TITLES and not _is_role(run[0]):
                    # "die Altstädte von Wismar", "die Zugbahn von Bianca": an article's noun, then whose it is, no noble
                    # "von" (what follows is typed on its own, as a place or a name; "der Fund von Asbest" gives the town)
                    run, start = run[2:], start + 2
            if german and _german_place_then_noun(run, tokens, start):
                run, end = run[:1], start + 1  # "im Harz Eier gestohlen": the place, then the sentence's object
            joined = _joined_body(run, end, tokens, phrases[index + 1] if index + 1 < len(phrases) else None)
            if joined:  # "Food Safety and Inspection Service", "Food & Water Watch": one body
                spelled_until = joined[1]
                if joined[0] > start and (person := _joined([w for w in tokens[start : joined[0]] if w[:1].isupper()])) and (
                        _kind(person, "")[0] == "person"):
                    raw.append((person, "person", False, ""))  # ("Supun Lahiru of the Centre for …": who speaks for the body)
                    start = joined[0]
                while german and spelled_until - start > 3 and tokens[start + 1] in _GERMAN_ARTICLES and not _names_a_body(tokens[start]):
                    start += 2  # "Angaben des Amts für Wald und Naturgefahren": a noun, then the body it is of
                raw.append((_ELISION_GAP.sub(r"\1", " ".join(tokens[start:spelled_until])).replace(" ,", ",").rstrip("."), "org", True, ""))
                listed = None
                continue
            if german and (tunnel := _german_tunnel(run[-1]) or _german_bridge(run[-1])) and (end - start == 1 or run[-2] in _GERMAN_ARTICLES):
                # "den Gotthard-Basistunnel", "im Koralmtunnel", "die Sanierung des Arlbergtunnels": the tunnel, by its
                # English name wherever it is named again
                raw.append((run[-1].rstrip(".,;:"), "place", True, "place"))
                expansions.setdefault(run[-1].rstrip(".,;:"), (tunnel, "place"))
                spelled_until = end
                continue
            if (start and (town := _town_after_a_contracted_article(run, tokens[start - 1], lang))
                    and not any(re.search(rf"\b{re.escape(run[0])}[- ]\w*[A-Z]", sentence) for sentence in sentences)):
                # "un spectateur du Gosier", "au Havre", "des Abymes": the article of Le Gosier, Le Havre, Les Abymes,
                # contracted with "de" or "à" (not where the article names a longer place the word opens: "les bars du
                # Plateau … du Plateau-Mont-Royal")
                raw.append((" ".join(run), "place", True, "place"))
                expansions.setdefault(" ".join(run), (town, "place"))
                continue
            if german and (site := _german_site_of_a_town(run, tokens, end)):
                # "am Flughafen München", "bis zum Bahnhof Puntigam": the airport, the station, by its English name
                raw.append((" ".join(run), "place", True, "place"))
                expansions.setdefault(" ".join(run), (site, "place"))
                continue
            if end - start == 1 and lang in {None, "en", "es"} and (waters := _waters_named_together(tokens, start, lang)):
                # "the Nelson and Churchill rivers": each is its river, wherever the article names it again
                for name in (tokens[start], tokens[start + 2].rstrip(".,;:")):
                    raw.append((name, "place", True, "place"))
                    expansions.setdefault(name, (f"{name} {waters}", "place"))
                spelled_until = start + 3
                continue
            if (lang == "es" and start and tokens[start - 1] in _KINDS_NAMED_IN_ENGLISH and tokens[start - 1] not in _KINDS_WITH_LINKS
                    and tokens[start - 1] not in _SITES_NAMED_AFTER_THEIR_KIND and _fold(name := " ".join(run)) not in places()
                    and name not in expansions):
                # "el río Olimar", "la isla Floreana": the river's or island's English name, wherever the article names it
                # (a name that says it is a stream already keeps its words: "el río Caño Cristales")
                if run[0].lower() not in _STREAMS_NAMED_SO:
                    expansions[name] = (_KINDS_NAMED_IN_ENGLISH[tokens[start - 1]].format(name), "place")
                raw.append((name.rstrip(".,;:"), "place", True, "place"))  # (whatever its words: "el río Caño Cristales")
                listed = None
                continue
            elif lang in {"es", "it", "fr"} and (head := _lower_case_kind_before(tokens, start)) is not None and not (
                    _names_a_country(_fold(" ".join(run))) and tokens[head] != "río") and not _known_body(" ".join(run)):
                # ("le château de Boko Haram" is its stronghold; a river named like a country is the river: "el río Paraguay")
                # "el río Apurímac", "la isla Santa Cruz", "el desierto de Atacama", "il golfo di Orosei": the river, the
                # island, the desert or the gulf, though a region or a town has the name too
                is_site = tokens[head] in _SITES_NAMED_AFTER_THEIR_KIND
                link = _owner_after_a_site(run) if is_site else None
                raw.append((site_name := _ELIDED.sub("", _joined([*tokens[head:start], *run[:link]])), "place", True, "place"))
                if is_site and not listed_name(run[:link][-1]):
                    # "il Battaglini", "il Copernico": the site, named again by its name's last word
                    expansions.setdefault(run[:link][-1], (_kind_named_in_english(site_name) or site_name, "place"))
                listed = None
                if link is None:
                    continue
                # "lo stadio Plebiscito di Padova", "il telescopio Copernico dell'Osservatorio astrofisico di Asiago": the
                # site, then its town or the body that runs it, read as any run is
                run, start = run[link + 1 :], start + link + 1
            if end - start == 1 and lang == "en" and _names_a_language(tokens, start):
                continue  # "published in English and French": languages, not places
            if lang in _ROMANCE_LANGUAGES and end - start == 1 and _flooding_river(tokens, start):
                # "la crue du Chari et du Logone": a flood is a river's, named "… River" when no gazetteer knows it
                name = run[0].rstrip(".,;:")
                river = places().get(_fold(name))
                raw.append((name, "place", True, "place"))
                expansions.setdefault(name, (river or f"{name} River", "place"))
                continue
            if lang in _ROMANCE_LANGUAGES and _overflowing(tokens, end - 1) and (
                    end - start == 1 or end - start == 2 and run[0].lower() in _LEADING_ARTICLES):
                raw.append((run[-1].rstrip(".,;:"), "place", True, "place"))  # "la Semois déborde": a river, by its name alone
                continue
            if (len(run) >= 3 and ORGANISATIONS.get(_fold(" ".join(run[-2:]).rstrip(".,;:"))) in _NATIONAL_SOCIETIES_OF
                    and _fold(" ".join(run[:-2])) in countries()):
                # "the Kenya Red Cross", "the Syria Red Crescent": a country's society, named with its country
                raw.append((_joined(run), "org", True, "org"))
                continue
            if (end < len(tokens) and (_fold(run[-1]) in _RED_CROSS_NAMES or _fold(" ".join(run[-2:])) in _RED_CROSS_NAMES)
                    and _lower_case_demonym(tokens[end].rstrip(".,;:"))):
                # "la Croix-Rouge camerounaise", "la Cruz Roja mexicana": a country's society, named with its adjective
                raw.append((f"{_joined(run)} {tokens[end].rstrip('.,;:')}", "org", True, "org"))
                spelled_until = end + 1
                listed = None
                continue
            if lang == "fr" and len(run) >= 2 and run[0].lower() in _FRENCH_DETERMINERS and _french_demonym_noun(tokens, start + 1):
                run, start = run[1:], start + 1  # "Deux Allemands ont été secourus": the sentence's capitalised determiner
            if lang == "fr" and _french_demonym_noun(tokens, start):
                if end - start == 1:
                    continue  # "un Philippin de 52 ans", "les Allemands": people of a country, a noun French writes with a capital
                if tokens[start + 1][:1].isupper():
                    run, start = run[1:], start + 1  # "le Belge Remco Evenepoel": the man, then his name
            if end - start == 1 and _road_code(tokens, start):
                raw.append((tokens[start].rstrip(".,;:"), "place", True, "road"))  # "la N96", "auf der A8", "the M25 motorway"
                continue
            if end - start == 2 and _fold(run[0]).endswith(_GERMAN_ROAD_WORDS) and _road_code(tokens, start + 1):
                # "die Autobahn A1", "die Stadtautobahn A620", "die Bundesstraße B31": German capitalises the road's word, no name
                raw.append((tokens[start + 1].rstrip(".,;:"), "place", True, "road"))
                continue
            if end - start == 1 and tokens[start] in STATE_ABBREVIATIONS and (region := _state_abbreviation(tokens, start)):
                raw.append((tokens[start], "place", True, "place"))
                expansions.setdefault(tokens[start], (region, "place"))  # ("B.C." stands for British Columbia)
                continue
            if start >= 2 and tokens[start - 2 : start] == ["1", "."] and run[0] in GERMAN_CLUB_INITIALS:
                run, start = ["1.", *run], start - 2  # "1. FC Magdeburg", "1. FSV Mainz 05": the first club of its town
            if (place_end := _joined_place(run, end, tokens, phrases[index + 1] if index + 1 < len(phrases) else None,
                                           german and start > 0 and tokens[start - 1].lower() in _BEFORE_TOWNS)) is not None:
                # "Castilla y León", "Junta de Castilla y León": "and" inside a place's name joins the run after it
                town_named = tokens[end].lower() not in _AND  # ("Kals am Großglockner": a town, whatever the words before say)
                run, end = run + tokens[end : phrases[index + 1][1]] + phrases[index + 1][0], place_end
                spelled_until = place_end
            if (german and len(run) >= 3 and _fold(run[1]) in places() and run[2][:1].isupper() and not _ROMAN_NUMERAL.fullmatch(run[2])
                    and _fold(" ".join(run[1:])) not in places() and (_fold(run[0]).endswith(("gericht", "gerichts")) or (
                        len(run) == 3 and _names_a_body(run[0]) and run[2].rstrip(".,;:").endswith(_DE_ABSTRACT_NOUN_ENDINGS)))):
                # "beim Landesgericht Feldkirch Insolvenz angemeldet", "als die Verbraucherzentrale Bayern Lieferungen
                # nachmaß": the body is of its place, then a noun
                run, end = run[:2], start + 2
            if ((start == 0 or tokens[start - 1] in _OPENING_MARKS or tokens[start - 1] == ":") and len(run) >= 2
                    and run[0].lower() in _ROMANCE_ARTICLES
                    and not any(_fold(" ".join(run[:k])) in places() for k in range(2, len(run) + 1))):
                # "Il Codacons ha sostenuto …", "Rossi: Las Fuerzas Armadas ya …": the article opens the sentence or the
                # clause, not a name (as "Los Angeles" or "El Salvador" does)
                run, start = run[1:], start + 1
            if lang == "it" and start == 0 and len(run) >= 2 and run[0] == "Per":
                run, start = run[1:], 1  # "Per Lorenzo Bacci, di Legambiente, «…»": "for" (as in "in his view"), not a Nordic Per
            if romance and start == 0 and (body_at := _body_after_opener(run)):
                run, start = run[body_at:], body_at  # "Investigadores de la Universidad …": who they are, then the body
            if end < len(tokens) and tokens[end].rstrip(".,;:") in _LOWER_CASE_LEGAL_FORMS:
                run, end, body_named = run + [tokens[end].rstrip(".,;:")], end + 1, True  # "Reach plc": a company's name
                spelled_until = max(spelled_until, end)
            if (romance and start and tokens[start - 1].lower() in _BODIES_FOR_A_CAUSE
                    and end < len(tokens) and tokens[end].lower() in _BODY_FOR and (taken := _what_a_body_is_of(tokens, end))):
                # "la asociación Pacto por el Mar Menor", "le collectif Vivre sans pesticides": what it stands for is its name's
                while taken < len(tokens) and tokens[taken - 1][:1].isupper() and tokens[taken][:1].isupper() and tokens[taken].rstrip(".,;:").isalpha():
                    taken += 1
                run, end, body_named = _joined(tokens[start:taken]).rstrip(".,;:").split(" "), taken, True
                spelled_until = max(spelled_until, end)
            if end < len(tokens) and tokens[end][0].islower():
                run, end = _with_lower_case_tail(run, tokens, end)
                if romance and (_fold(run[-1]) in _ROMANCE_BODY_HEADS and (
                        len(run) == 1 or _names_a_body(run[0]) or run[0].lower() in _LEADING_ARTICLES or any(w in _CONNECTORS for w in run))
                        # the body that runs an Italian park: "l'Ente Parco nazionale dei Monti Sibillini"
                        or [_fold(word) for word in run] == ["ente", "parco"]):
                    # (a name in English ends with its head: "la Channel Swimming Association britannique")
                    if (cut := _person_before_a_body(run)) is not None:
                        # "la vulcanologa Chiara Scuderi dell'Istituto nazionale di …": who works there, then the body
                        raw.append((_joined(run[:cut]), "person", True, ""))
                        run, start = run[cut + 1 :], start + cut + 1
                        if start in spelled:  # ("… e vulcanologia (Ingv)": the name the acronym spells, whole)
                            spelled_until = spelled[start]
                            raw.append((_joined(tokens[start:spelled_until]), "org", True, ""))
                            listed = None
                            continue
                    run, end = _romance_body_name(run, tokens, end)
                    body_named = len(run) > 1
                spelled_until = max(spelled_until, end)  # a run the tail took in is part of this name: "Ecologistas en Acción"
            if lang == "fr" and len(run) == 1 and run[0].lower() in _FRENCH_CLUB_HEADS and end < len(tokens) and _town_adjective(tokens[end]):
                run, end, body_named = run + [tokens[end].rstrip(".,;:")], end + 1, True  # "le Stade toulousain", "la Section paloise"
                spelled_until = max(spelled_until, end)
            if (run and run[-1].lower() in _NUMBERED_ROADS and all(word[:1].isupper() for word in run)
                    and (road_number := _road_number(tokens, end))):
                # "National Highway 715", "Route 66", "Interstate 95": the road's number is its name's last word
                raw.append((f"{_joined(run)} {road_number}", "place", True, "place"))
                listed = None
                continue
            # "Nationalpark Harz", "el Parque Nacional Rapa Nui", "au parc national de la Gaspésie": one place (its authority
            # is a body: "l’Ente Parco nazionale dei Monti Sibillini", "la directora del Parque Nacional Galápagos")
            if ((park := _national_park(tokens, start, end)) is not None
                    and not (park and tokens[park - 1][:1].isupper() and not _opens_sentences(tokens[park - 1]))):
                if park < start and raw and _fold(raw[-1][0]) == _fold(" ".join(tokens[park : park + 2])):
                    raw.pop()  # "el Parque Nacional de las Tablas de Daimiel": its capitalised kind was a run of its own
                name = _joined(tokens[park:end]).rstrip(".")
                if park >= 2 and tokens[park - 2].lower() in _LEADERS_OF_BODIES:
                    raw.append((name, "org", True, ""))  # "el director del Parque Nacional del Teide": the body that runs it
                else:
                    raw.append((name, "place", True, "place"))
                listed = None
                continue
            if (end < len(tokens) and end - start <= 2 and tokens[end][:1].islower() and (adjective := tokens[end].rstrip(".,;:")).isalpha()
                    and _fold(f"{_joined(run)} {adjective}") in places() and _lower_case_demonym(adjective)
                    and not (romance and _lower_case_court(tokens, start) is not None)):
                # "en Polynésie française", "la Guyane française": a place the gazetteer knows with its country's adjective
                # (a court's seat is the court's name: "le tribunal correctionnel du Brabant wallon")
                raw.append((f"{_joined(run)} {adjective}", "place", True, "place"))
                listed = None
                continue
            if (start and end - start <= 2 and tokens[start - 1] in _PLURAL_KINDS
                    and _fold(f"{tokens[start - 1]} {_joined(run)}") in places()):
                # "des îles Sous-le-Vent": islands the gazetteer knows with their lower-case kind
                raw.append((f"{tokens[start - 1]} {_joined(run)}", "place", True, "place"))
                listed = None
                continue
            street = _street_head(tokens, start) if romance else None
            if (street is None and romance and len(run) >= 2 and run[0].lower() in _CAPITALISED_STREET_HEADS and not _known_body(" ".join(run))
                    and _fold(" ".join(run).rstrip(".")) not in places()):  # ("Plaza de San Pedro" is known: St. Peter's Square)
                street = start  # "Piazza San Marco", "dal Molo Audace": the head written with a capital
            if street is not None:  # "piazza della Libertà": the square, as written
                town_at = next((i for i in range(start + 1, end - 1) if tokens[i] in _OF_WORDS and _fold(" ".join(tokens[i + 1 : end]).rstrip(".")) in places()), None)
                raw.append((_joined(tokens[street : town_at or end]).rstrip("."), "place", True, "place"))
                if town_at:  # "la plaza Mayor de Madrid": the square, then its town
                    raw.append((" ".join(tokens[town_at + 1 : end]).rstrip("."), "place", True, "place"))
                listed = None
                continue
            court = _lower_case_court(tokens, start) if romance else None
            if court is not None:  # "le tribunal administratif de Rennes", "la corte d’appello di Venezia": one body, as written
                if end < len(tokens) and (_lower_case_demonym(tokens[end].rstrip(".,;:")) or tokens[end].rstrip(".,;:") in _COMPASS_ADJECTIVES):
                    end += 1  # "le tribunal correctionnel du Brabant wallon", "… du Hainaut occidental": a region named with its adjective
                raw.append((_joined(tokens[court:end]).rstrip(".,;:"), "org", True, ""))
                listed = None
                continue
            ministry = _lower_case_ministry(tokens, start)
            if ministry is not None:  # "le ministère de l'Intérieur", "il ministero dell'Interno": one body, as written
                end = spelled_until = _ministry_end(tokens, end)  # (runs inside it are part of it)
                raw.append((_joined(tokens[ministry:end]), "org", True, ""))
                listed = None
                continue
            if (romance and start >= 2 and tokens[start - 1].lower() in _PORTFOLIO_ARTICLES and all(w[:1].islower() for w in run[1:])
                    and any(_ELIDED.sub("", _fold(t)).startswith(_PORTFOLIO_HOLDERS) for t in tokens[max(0, start - 4) : start - 1])):
                # "l'assessore comunale alla Protezione civile": the councillor's portfolio, named like a body ("la Protezione
                # civile" alone is Italy's civil protection)
                raw.append((" ".join(run), "other", True, ""))
                listed = None
                continue
            if (romance and len(run) >= 3 and _fold(run[0]) in _ROMANCE_PORTFOLIOS and start >= 2
                    and any(_is_role(t) or _ELIDED.sub("", _fold(t)).startswith(_PORTFOLIO_HOLDERS) for t in tokens[max(0, start - 3) : start - 1])):
                run, start = run[1:], start + 1  # "l’assessore al Turismo Paolo Ferri": the portfolio, then the person
                while len(run) > 2 and run[0].lower() in _NAME_OF:
                    # "el consejero de Sanidad del Gobierno de Aragón": the portfolio, then the body that gives it
                    run, start = run[1:], start + 1
            if romance and start and tokens[start - 1].lower() in _PORTFOLIO_ARTICLES and (
                    body_at := next((i for i in range(2, len(run) - 1) if run[i - 1].lower() in _NAME_OF
                                     and (_fold(run[i]) in _ROMANCE_BODY_HEADS or _fold(run[i]) in _TOWN_HALLS)
                                     and run[i][:1].isupper()), 0)):
                # "l’assessora al Marmo del Comune di Carrara": the portfolio, then the body that gives it
                run, start = run[body_at:], start + body_at
            if len(run) >= 3 and _fold(run[0]) == "etat" and start and tokens[start - 1] in {"d'", "d’"}:
                run, start = run[1:], start + 1  # "le secrétaire d'État Pieter Declercq": the State is the title's
            if start == 0 and len(run) >= 2 and run[0].lower() in _DESCRIPTORS and _fold(" ".join(run)) not in ORGANISATIONS:
                # "Carmaker Velosto to cut …", "Contractor Solent Marine Engineering told …": a descriptor capitalised as
                # the sentence opens
                run, start = run[1:], 1
            elif len(run) > 1 and run[0].lower() == "copyright":
                run, start = run[1:], start + 1  # "© Copyright ANSA": the agency that holds it
            elif len(run) > 1 and run[0] in {"ONG", "NGO", "Onlus"}:
                run, start, body_named = run[1:], start + 1, True  # "la ONG Oceana": what the body is, then its name
            if german and len(run) > 1 and run[0] == "Manche" and (start == 0 or not tokens[start - 1][:1].isalnum()):
                run, start = run[1:], start + 1  # "„Manche Eltern …": some parents (la Manche, the Channel, opens French sentences)
            if german and (cut := next((i for i, token in enumerate(run) if i and token.lower() in _QUANTITY_WORDS), 0)):
                run, end = run[:cut], start + cut  # "in Niedersachsen Tausende Tonnen": a name, then a quantity of a noun
            if romance and (owner := _known_body_closing(run)):
                # "Patrimonio de la Humanidad de la Unesco", "Patrimonio dell’Umanità dell’Unesco": a title a known body
                # gives, then the body, which is named here as anywhere
                raw.append((_joined(run[owner:]), "org", True, "org"))
                run = run[: owner - 1 - (run[owner - 1].lower() in _ARTICLES)]
                while run and (run[-1].lower() in _CONNECTORS or run[-1].lower() in _ARTICLES):
                    run = run[:-1]
                if not run:
                    continue
                end = start + len(run)
            if (opening := _known_body_opening(run)) and _fold(_joined(run[opening:])) in places():
                # "Confcommercio Bologna", "Confindustria Valle d’Aosta": a body's branch in a place
                raw.append((_joined(run), "org", True, "org"))
                continue
            if (opening and len(run) - opening == 2 and all(word[:1].isupper() for word in run[opening:])
                    and _kind(" ".join(run[opening:]), "")[0] == "person" and _fold(" ".join(run[opening:])) not in places()):
                # "Fratelli d’Italia Fabio Lenzi", "Météo-France Damien Lacroix": a body the list knows, then a person
                raw.append((_joined(run[:opening]), "org", True, "org"))
                run, start = run[opening:], start + opening
            elif romance and (given := _person_after_whose_body(run, tokens, start)):
                # "el diputado de Teruel Existe Joaquín Salvo", "le biologiste de l’Ifremer Loïc Dréano": a role's body, then
                # the person, with no comma between
                body = _joined(run[:given])
                raw.append((body, "place" if _fold(body) in places() else "org", True, ""))
                raw.append((" ".join(run[given:]), "person", True, "person"))  # (not the body's kind: "della US Bank Ben Bernanke")
                listed = None
                continue
            if german and (club := next((i for i, word in enumerate(run[:2]) if i + 1 < len(run) and _german_club_initials(word)), None)) is not None:
                # "der VfL Hameln", "gegen den ThSV Eisenach", "der Handball-Zweitligist VfL Hameln": a sports club, by what
                # kind of club it is and its town (a noun before it says what the club is)
                raw.append((" ".join(run[club if not run[0][:1].isdigit() else 0 :]), "org", True, "org"))  # ("1. FC Magdeburg")
                continue
            if (german and len(run) == 2 and run[1].lower().rstrip(".,;:") in _GERMAN_STREET_WORDS and run[0].endswith("er")
                    and (_german_town_adjective(_fold(run[0])) or _demonym_stem(run[0]))):
                raw.append((" ".join(run), "place", True, "place"))  # "die Triester Straße", "am Wiener Platz": a street, not the town
                continue
            if german and len(run) == 2 and _ACRONYM.match(run[0]) and (_fold(run[1]) in regions() or run[1] in _GERMAN_COMPASS_PARTS):
                raw.append((" ".join(run), "org", True, "org"))  # "AOK Baden-Württemberg", "AOK Nordost": a body's branch there
                continue
            town_adjective = german and len(run) == 4 and bool(_german_town_adjective(_fold(run[0])) or _demonym_stem(run[0]))
            if german and len(run) == 4 and (
                    town_adjective and not _is_role(run[1]) and _looks_like_german_agent_noun(run[1]) and _kind(" ".join(run[2:]), "")[0] == "person"
                    or run[0].endswith("er") and (town_adjective or not listed_name(run[0]) and run[0].lower()[:-2].endswith(_DE_TOWN_ENDINGS))
                    and _trade_then_full_name(run[1:], after_a_town=True)
                    # "die Urner Skibergsteigerin Nadja Zgraggen": the adjective of a place no gazetteer derives it from (Uri)
                    or run[0].endswith("er") and not listed_name(run[0]) and _woman_by_her_work(run[1], run[2])
                    and _kind(" ".join(run[2:]), "")[0] == "person"):
                # "der Walliser Bauunternehmer Reto Julen", "der Grazer Winzer Lukas Wanek": the place's adjective, the
                # trade, then the name (the adjective of a town no gazetteer knows, "Stammersdorfer", is left out)
                if town_adjective:
                    raw.append((run[0], "place", True, ""))
                run, start = run[1:], start + 1
            if (german and len(run) >= 3 and run[1].lower() in _GERMAN_UNITS
                    and (_german_town_adjective(_fold(run[0])) or _demonym_stem(run[0]))):
                # "im Schweizer Kanton Wallis", "im Wiener Bezirk Favoriten": the country's or town's adjective, the unit, its name
                raw.append((run[0], "place", True, ""))
                run, start = run[2:], start + 2
            if (german and len(run) >= 2 and _names_a_municipality(run[0]) and run[1] not in _CONNECTORS
                    and run[1].lower() not in _DE_PREPOSITIONS and run[1].lower() not in _DE_COMMON_BEFORE
                    and (_fold(" ".join(run[1:])) in places()
                         or len(run) == 2 and (run[1].lower().endswith(_DE_TOWN_ENDINGS) or not run[1].lower().endswith(_DE_PLURAL_ENDINGS)
                                               # (an island's name ends in -e often: "die Hallig Hooge", "die Insel Gröde")
                                               or run[0].lower() in _GERMAN_ISLANDS and not run[1].lower().endswith(_DE_PLURAL_ENDINGS[1:])))):
                # "die Gemeinde Pontresina", "die Stadt Potsdam": the town ("die Stadt Gespräche führe": a noun, the object)
                raw.append((" ".join(run[1:]), "place", True, "place"))
                continue
            if (german and len(run) == 2 and start and tokens[start - 1].lower() in {"die", "der", "den"}
                    and _names_a_country(_fold(run[0])) and _fold(run[0]) in places()  # (not "die Großglockner Hochalpenstraße")
                    and not _names_a_body(run[1]) and run[1].lower().endswith(_DE_PLURAL_ENDINGS)
                    and _fold(run[1]) not in places() and not listed_name(run[1])):
                # "kostet die Schweiz Marktanteile": a country named with its article, then the object, a noun
                raw.append((run[0], "place", True, "place"))
                continue
            if (start > 0 and tokens[start - 1].lower() in _LOCATIVES and len(run) >= 3
                    and (split := _place_then_person(run)) is not None):
                # "contó en Cali Luz Marina Ocampo": where someone spoke, then who
                raw.append((" ".join(run[:split]), "place", True, ""))
                run, start = run[split:], start + split
            if (german and len(run) == 2 and run[1].endswith("s") and _a_country_or_region(run[1][:-1])
                    and not _is_role(run[0]) and not _names_a_body(run[0]) and not _known_german_name(run[:1])
                    and not listed_name(run[0])):
                run, start = run[1:], start + 1  # "der größte Gletscher Österreichs": a noun, then the country it is of
            if (german and len(run) == 2 and _fold(run[1]) in ORGANISATIONS and _fold(" ".join(run)) not in ORGANISATIONS
                    and _german_town_adjective(_fold(run[0]))):
                raw.append((run[0], "place", True, ""))  # "der Steyrer Grünen": the town, then its branch of a known body
                run, start = run[1:], start + 1
            peeled = (german and (len(run) == 3 or len(run) > 3 and run[3].lower() in _AFFILIATION_LINKS)
                      and not _is_role(run[0]) and _looks_like_german_agent_noun(run[0])
                      # "vom Hersteller Kuschke Feinkost": a body's name, not a person's, follows what the body is
                      and not (_describes_a_body(run[0]) and not named_like_a_person(" ".join(run[1:3])))
                      and _kind(" ".join(run[1:3]), "")[0] == "person")  # "Herausforderer Markus Egger von der CDU" too
            if peeled:
                run, start = run[1:], start + 1  # "Schiffer Thomas Bräuning", "Kundin Birgit Lange"
            elif german:  # (after a trade, the name stays whole: "Sven", "Jürgen" end like nouns)
                # (nor does a known town named by its river: "Vilshofen an der Donau")
                while (len(run) > 1 and not (town_named and _fold(run[0]) in places())
                       and (run[0].lower().endswith(_DE_NOUN_ENDINGS) or run[0] in _CONNECTORS
                            or run[0].lower() in _DE_COMMON_BEFORE or run[0].lower() in _DE_PREPOSITIONS)
                       and not _is_role(run[0])
                       and not _names_a_body(run[0])
                       and not _describes_an_association(run)  # (taken off below, and what follows is a body's name)
                       and not _adjective_and_body(run)  # "des Statistischen Landesamts"
                       and not _national_society(run)  # "dem Französischen Roten Kreuz"
                       and run[-1].lower() not in _GERMAN_LEGAL_FORMS  # "die Flughafen München GmbH": a company's whole name
                       and not (len(run) == 2 and _fold(run[0]) in places() and _fold(run[1]) in _ORG_WORDS)  # "München Tourismus""
                       and _fold(" ".join(run)) not in ORGANISATIONS  # "Vereinte(n) Nationen" is a name
                       and _german_base_form(" ".join(run)) not in known_bodies()  # "der Deutschen Bahn"
                       # a given name and a surname with no article before: "hat Jürgen Pflüger", not "im Osten Deutschlands"
                       and not (len(run) == 2 and listed_name(run[0]) and (start == 0 or tokens[start - 1].lower() not in _DE_COMMON_BEFORE))):
                    run, start = run[1:], start + 1  # "Teilen Bayerns", "Angaben der Vereinten Nationen"
                if _national_society(run):
                    # "Das Österreichische Rote Kreuz", "Dem Deutschen Roten Kreuz zufolge": its own body, not the movement
                    raw.append((" ".join(run).rstrip(".,;:"), "org", True, "org"))
                    continue
                while (len(run) > 1 and not _is_role(run[0]) and not _ACRONYM.match(run[0]) and _known_german_name(run[1:]) and not _known_german_name(run[:1])
                       and not _names_a_body(run[0]) and not _known_german_name(run)  # "in der Lüneburger Heide"
                       and (start == 0 and len(run[0]) > 4 or tokens[start - 1].lower() in _DE_COMMON_BEFORE)  # not "Florian Engels", "Urs Arnold"
                       # opening a sentence, a noun and a country in the nominative name a body: "Philatelie Liechtenstein hat …"
                       and not (start == 0 and len(run) == 2 and _names_a_country(_fold(run[1])) and run[0].lower() not in _GERMAN_UNITS
                                and end < len(tokens) and tokens[end][:1].islower())):
                    run, start = run[1:], start + 1  # "an der Seite Israels": a noun, then the place
                if (len(run) > 2 and (_describes_a_body(run[1]) or len(run) == 3 and _trade_workplace(run[1:]))
                        and _german_town_adjective(_fold(run[0])) and run[2] not in _CONNECTORS):
                    # "der Kasseler Hersteller Rhenwerk Defence", "der Forchheimer Brauerei Hummelbräu": the town, what the
                    # body is, then its name
                    raw.append((run[0], "place", True, ""))
                    run, start = run[1:], start + 1
                if (len(run) > 1 and (_describes_a_body(run[0]) or _describes_an_association(run) and not (
                        end < len(tokens) and (tokens[end] in {"und", "&"} or tokens[end][:1].isdigit())))
                        # ("Bundesverband Paket und Expresslogistik", "Umweltschutzorganisation Global 2000": one name)
                        and not run[1].lower().endswith(_DE_NOUN_ENDINGS) and run[1] not in _CONNECTORS):
                    # "die Fluggesellschaft Alpenair", "des Netzbetreibers Donaunetz", "die Gewerkschaft Verdi": what the
                    # body is, then its name ("Gewerkschaft Erziehung und Wissenschaft" goes on with a noun: one name)
                    run, start = run[1:], start + 1
                    body_named = _fold(" ".join(run)) not in places() and _fold(run[0]).removesuffix("s") not in places()
                if len(run) == 2 and _fold(run[1]) not in ORGANISATIONS and _german_place_before_noun(_fold(run[0])) and not _known_german_name(run):
                    if (_fold(run[1]).endswith(_GERMAN_OUTLET_ENDINGS) or _hyphenated_body(run[1].lower())
                            or _fold(run[1]).endswith(_GERMAN_PLURAL_BODIES)):
                        # "die Tiroler Tageszeitung", "Kieler Nachrichten": a newspaper; "die Appenzeller Bahnen", "die
                        # Bregenzer Festspiele": a railway or a festival the town's name is part of
                        body_named = True
                    elif _fold(run[1]).endswith(_REGIONAL_BODIES) and _fold(run[1]) not in _REGIONAL_BODIES and not _is_role(run[1]):
                        # "der Thüringer Glasbläserverband", "das Brandenburger Agrarministerium": the place, then its body (a
                        # town's police or hospital, "die Wiener Polizei", is left a place's)
                        raw.append((run[0], "place", True, ""))
                        run, start, body_named = run[1:], start + 1, True
                    else:
                        run, end = run[:1], start + 1  # "im Duisburger Hafen", "Österreichs Milchbauern": the place, then a noun
                if (len(run) == 2 and _fold(run[1]).endswith(_MINISTRIES) and _fold(run[1]) not in _MINISTRIES
                        and run[0].lower().rstrip("enrs").endswith("sch") and (state := _lower_case_demonym(run[0].lower()))
                        and not _known_german_name(run)):
                    # "Das Hessische Sozialministerium": the state, then its ministry, as "das hessische Sozialministerium"
                    raw.append((run[0], "place", True, "place"))
                    expansions.setdefault(run[0], (state, "place"))
                    run, start, body_named = run[1:], start + 1, True
                if (len(run) == 2 and run[0].lower().rstrip("enrs").endswith("sch") and _demonym_stem(run[0])
                        and _kind(" ".join(run), "") == ("person", False)):
                    raw.append((run[0], "place", True, ""))  # "Deutsche Urlauber bleiben aus": the country's adjective, then a noun
                    continue
                if run[0].endswith("s") and run[0][:-1] in surnames and (len(run) == 1 or len(run) == 2 and not _names_a_body(run[1])):
                    raw.append((run[0], "person", True, "person"))  # "mit Halvorsens Namen": the genitive of someone named
                    continue
                if len(run) == 1 and (_german_place_compound(run[0]) or _german_named_street(run[0])):
                    raw.append((run[0].rstrip("."), "place", True, "place"))  # "im Kaunertal", "am Walchensee", "die Lennetalsperre"
                    continue
                if (len(run) == 1 and start and tokens[start - 1].lower() in _DE_ANY_ONE and not _known_body(run[0])
                        and _fold(run[0]) not in places() and not _ACRONYM.match(run[0])
                        and not (end < len(tokens) and tokens[end][:1].isupper())):  # ("eines Münchner Sammlers": a town's adjective)
                    continue  # "mit einer Arbeitsstiftung", "per Vorkasse": one of its kind, no name
                if (_common_german_nouns(run, tokens, start) and not (len(run) == 1 and run[0] in surnames)
                        and not _first_of_two_places(tokens, start, start + len(run))  # ("aus Kempten und München")
                        # a village going on with a list of places, however it ends: "in Kassel, Vellmar und Lohfelden"
                        and not (len(run) == 1 and places_listed == start - 1 and _german_village(run[0]))):
                    continue  # ("sagte Jensen" after "Projektleiter Hauke Jensen": a surname, whatever it ends with)
            post_nominal = len(run) >= 3 and run[-1].rstrip(".,") in _POST_NOMINALS and run[-2][:1].isupper()
            if post_nominal:
                run, end = run[:-1], end - 1  # "Judge Richard Mansell KC", "Jane Doe OBE": the letters after a name are no part of it
            if len(run) == 1 and end < len(tokens) and tokens[end].lower().rstrip(".,") in _CURRENCIES and demonym_place(run[0], lang):
                continue  # "Swiss francs", "Australian dollars": a currency's name, no place
            if len(run) == 1 and end < len(tokens) and tokens[end] == "$" and run[0].isupper() and len(run[0]) <= 3:
                # "US $ 199", "AU $ 52,5 miljoen": the dollar's country, written apart, is part of the currency's sign
                # (written with it, "US$ 640 millones", it is one token, `_TOKEN`'s, and no word)
                continue
            cue = ("org" if body_named else "person" if post_nominal else "place" if town_named
                   # (a title-case headline's capitalised words of grammar say nothing of the name: "Win Over Chiefs")
                   else "" if headline_in_title_case else _context_cue(tokens, start, end, lang == "en"))
            if not cue and (not german or run[0].lower().endswith(_DE_TOWN_ENDINGS)) and _coordinated_with_a_place(tokens, start, end):
                cue = "place"
            if lang == "fr" and start and tokens[start - 1] in _FRENCH_MONSIEUR:
                cue = "person"  # "le dossier de M. Marchetti": Monsieur, before a surname
            if not cue and _small_town(tokens, start, end, lang):
                cue = "place"
            elif german and cue == "place" and (
                    # (the two never both hold: a preposition of where, or "zwischen … und …", stands before the word)
                    _german_noun_after_a_preposition(tokens, start, end) and tokens[start].rstrip(".,;:") in (
                        german_nouns := german_nouns if german_nouns is not None else _words_after_german_articles(tokenised))
                    or _german_nouns_between(tokens, start, end)):
                cue = "noun"
                nouns_by_grammar.add(run[0])
            if (not cue or german and cue == "noun") and _first_of_two_places(tokens, start, end):
                cue = "place"  # (German capitalises its nouns: "In Lederhosen und Dirndl"; "in Enns und Ennsdorf" is a town)
            if not cue and romance and _province_in_brackets(tokens, start, end):
                cue = "place"
            if (not cue and lang == "es" and len(run) == 2 and run[0].endswith(("es", "os", "as")) and not listed_name(run[0])
                    and run[0].lower() not in _LEADING_ARTICLES
                    and listed_name(run[1]) and _fold(" ".join(run)) not in places()):
                cue = "org"  # "Turrones Alcaraz", "Conservas Ortiz": what a family firm makes, then the family's name
            if german and len(run) == 1 and not cue and not (end < len(tokens) and tokens[end][:1].isupper()):
                cue = "noun"  # a town's -er adjective needs its noun after it: "mit seinem Tanker seit …" is no one's town
            listing = ((not cue or cue == "noun") and start >= 2 and places_listed == start - 1
                       and (tokens[start - 1].lower() in _AND or tokens[start - 1] == "," and end + 1 < len(tokens)
                            and (tokens[end] == "," or tokens[end].lower() in _AND)
                            and (tokens[end + 1][:1].isupper() or tokens[end + 1] == "the" and end + 2 < len(tokens)
                                 and tokens[end + 2][:1].isupper()))  # ("…, Sefton and the Wirral")
                       # "in Seattle, Julius Jones and …": people after a town
                       and not (list_after_locative and _kind(" ".join(run), "")[0] == "person"))
            if listing:
                cue = "place"  # "las provincias de Guayas, El Oro y Manabí": the rest of a list of places
            # only a list the places' noun opens goes on ("a Milan e Inter" is two clubs), or one that a known place
            # opens after "in" and a comma goes on from: "in Liverpool, Knowsley, Sefton, St Helens and the Wirral"
            by_noun = cue == "place" and start >= 2 and tokens[start - 1].lower() in _OF_BEFORE_PLACES and tokens[start - 2].lower() in _PLACE_OF
            by_locative = ((cue == "place" or cue == "noun" and tokens[start - 1].lower() == "aus")  # ("aus Angst": no cue)
                           and not by_noun and start >= 1 and tokens[start - 1].lower() in _LOCATIVES
                           and end + 1 < len(tokens) and (tokens[end] == "," or tokens[end].lower() in _AND and tokens[start - 1].lower() in _IN_FROM_TO
                                                           and _lone_unknown_word(tokens, end + 1))
                           # (or a German town by its name's ending or as a village: "in Heringsdorf, Zinnowitz und Koserow")
                           and (_fold(" ".join(run)) in places() or german and len(run) == 1 and (
                               run[0].lower().endswith(_DE_TOWN_ENDINGS) or _german_village(run[0]))))
            if by_noun or by_locative:
                list_after_locative = by_locative
            places_listed = end if listing or by_noun or by_locative else -1
            coordinated = listed is not None and start >= 2 and listed[0] == start - 1 and tokens[start - 1].lower() in _AND
            listed = None
            if coordinated and not cue:
                cue = "org"  # "Siemens Energy and Ørsted": named alongside an organisation
            # Spanish "mayor" is greater, no office: "Universidad Mayor de San Andrés", "Plaza Mayor", "Estado Mayor"
            spanish_mayor = (lang in {"es", "pt"} and "Mayor" in run[1:] and not _is_role(run[0]) and run[0].lower() not in _LEADING_ARTICLES
                             and run[run.index("Mayor") - 1].lower() not in _LEADING_ARTICLES)
            # "Reporting by Prince Kpadeh": a credit line names no one by a title, so a word that is one is a given name
            credited = start >= 2 and tokens[start - 1] == "by" and tokens[start - 2].lower() in _CREDITED_WORK and len(run) in (2, 3) and _is_role(run[0])
            if credited:
                cue = "person"
            pieces = _run_pieces(tuple(run), whole=spanish_mayor or credited)
            after = tokens[end].lower().rstrip(".") if end < len(tokens) else ""
            for number, (text, hint) in enumerate(pieces):
                if number == len(pieces) - 1 and not hint and after in _ORG_NOUNS_AFTER and tokens[end - len(text.split()) - 1 : end - len(text.split())] == ["the"]:
                    cue = "org"  # "Hanna Kowalczyk of the Solidarność union": the union's name is the last piece
                folded, skipped, may_open, generic = _piece(text)
                if skipped:
                    continue
                # a lone capitalised word opening a sentence is a name only if it is capitalised elsewhere
                # too, or is the surname of a name in the article (checked below)
                if not may_open and start == 0 and index == 0 and " " not in text and romance:
                    if lower_words is None:
                        lower_words = {w for _, words in tokenised for w in words if w.islower()}
                    # a town's name that the article also writes in lower case is that word, opening a sentence:
                    # "Grève des infirmières …" (Greve); in the Romance languages only (in English, ECB+ dev lost 0.005
                    # of its B-cubed recall to it; German writes every noun with a capital)
                    may_open = text.lower() in lower_words
                opener = may_open and start == 0 and index == 0 and hint != "place"  # (a place its role follows: "Sachsens Minister")
                if opener:
                    if inner_words is None:
                        capitalised = {w for _, words in tokenised for w in words[1:] if w[0].isupper()}
                        inner_words = {_fold(w) for w in capitalised}  # each distinct word folded once
                        inner_words |= {_fold(m.text) for m in dateline_entities(dateline) if m.kind == "place"}
                    # ("Ryanair will close …"; "SaskPower has chosen …": a capital inside a word marks a name)
                    opener = (folded not in inner_words and text not in known_bodies() and not _acronym_written_as_a_word(text)
                              and not _joined_words_name(text))
                if generic and not body_named:  # ("der Thüringer Glasbläserverband": the one of that place)
                    # "the Police Department … Police said": a generic body, no name; still what the article is about
                    if not opener:
                        raw.append((text, "other", True, ""))
                    continue
                if not hint and (route := _places_joined(text)) and not (
                        len(pieces) == 1 and (end < len(tokens) and tokens[end].lower() in _ONE_TOWNS_OFFICE
                                              or start and tokens[start - 1] == "(")  # ("Carrara (Massa-Carrara)": its province)
                        # the surname of someone the article named: "Emma Thornbury-Hale … a promis Thornbury-Hale"
                        or any(found_kind == "person" and found.endswith(" " + text) for found, found_kind, _, _ in raw)):
                    raw.extend((place, "place", True, "") for place in route)  # "Milano-Catania", "Madrid-Barcelona"
                    continue
                kind, sure = _kind(text, hint)
                if cue == "person" and not hint and len(pieces) == 1 and kind in {"place", "other", "person"} and _fold(text) not in places():
                    kind, sure = "person", True
                elif (romance and kind == "person" and not sure and len(pieces) == 1 and start and not body_named
                      and _fold(tokens[start - 1]) in _ROMANCE_ARTICLES_BEFORE_NAMES):
                    # no one's name takes an article: "la Reserva Federal", "las Fuerzas Armadas", "la Filt Cgil" are
                    # bodies, unless the words around it say otherwise; what a name ends with after "of" is a place it
                    # knows ("alla Mobilità di Roma")
                    place = _place_after_of(text)
                    if place:
                        raw.append((place, "place", True, ""))
                        continue
                    kind = "org"
                elif (romance and kind == "person" and not sure and len(pieces) == 1 and start and tokens[start - 1].islower()
                      and text.split()[0] in _CAPITALISED_ARTICLES and text.count(" ") == 1):
                    kind = "place"  # "la zona de astilleros de El Musel": an article capitalised inside a sentence opens a place's name
                piece_cue = cue
                if cue == "place" and number < len(pieces) - 1 and not hint and _placed_by_what_follows(tokens, end):
                    piece_cue = ""  # "Samuel Mwangi of Nairobi-based …": what follows the run places its last piece only
                elif cue == "place" and number and pieces[0][1] == "place" and not hint and not _placed_by_what_follows(tokens, end):
                    piece_cue = ""  # "the mayor of South Bend Pete Buttigieg": "of" places the first piece, the place, only
                if (number and not hint and kind != "place" and lang in {None, "en"} and raw and raw[-1][1] == "person"
                        and raw[-1][0] == pieces[number - 1][0] and f"{pieces[number - 1][0]} of {text}" in " ".join(run)):
                    # "Andrew Fitch of Gordon Legal": whom the person just named works for, unless it is where people
                    # live: "Chief Norman Okemow of Garden Hill, where about 4,000 people live"
                    piece_cue = "place" if number == len(pieces) - 1 and tokens[end : end + 2] == [",", "where"] else "org"
                raw.append((text, kind, sure, "opener" if opener else piece_cue if not hint else ""))
                if kind == "person" and (start or hint == "person") and " " in text:
                    surnames.add(text.rsplit(" ", 1)[1])
                if start == 0 and index == 0:
                    openers.add(text)
                if number == len(pieces) - 1 and kind == "org" and sure:
                    listed = (end, len(raw) - 1)
        if german:
            raw.extend((hyphen_place, "place", True, "") for position, token in enumerate(tokens)
                       if "-" in token and (hyphen_place := _place_before_hyphen(token))
                       and not (position and _names_by_a_place(tokens[position - 1])))  # ("des Schweizer Alpen-Clubs": a name)
            raw.extend((hyphen_body, "org", True, "org") for token in tokens if "-" in token and (hyphen_body := _body_before_hyphen(token)))
        if lang in _LOWERCASE_DEMONYM_LANGUAGES:
            demonyms = [token.rstrip(".") for position, token in enumerate(tokens)
                        if (token[:4].lower() in _DEMONYM_STEM_HEADS or token.rstrip(".").endswith(_ITALIAN_TOWN_ADJECTIVE_ENDINGS)) and token[0].islower() and _lower_case_demonym(token.rstrip("."))
                        and not (position and tokens[position - 1].lower() in _CURRENCIES)  # "francs suisses": a currency
                        and not _region_named_with_a_towns_adjective(tokens, position)
                        and not _demonym_as_people(tokens, position)]
            if demonyms:
                # an adjective inside a body's name is the name's ("Agenzia spaziale italiana"), no place of its own
                # ("en Polynésie française": a place's, read with its adjective)
                in_names = {word for text, kind, _, cue in raw[sentence_start:]
                            if kind == "org" or cue == "org" or kind == "place" and " " in text for word in text.split()}
                raw.extend((token, "place", True, "") for token in demonyms if token not in in_names)
    if lang in {None, "en"}:
        vocabulary = set().union(*(tokens for _, tokens in tokenised))  # every word the article writes, as written
        raw = _common_word_names(raw, vocabulary, openers)  # other languages' surnames are often adjectives ("Bassi")
        raw = _common_nouns_opening_sentences(raw, tokenised, vocabulary, openers)
    if storms:
        raw = [candidate for candidate in raw if candidate[0].split()[-1] not in storms]
    if nouns_by_grammar:
        # the noun of "Kontakt zwischen Wildvögeln und Hausgeflügel" is one in "Fälle bei Wildvögeln" too, which alone reads like a town
        raw = [(text, kind, sure, "noun") if cue == "place" and kind != "place" and text in nouns_by_grammar else (text, kind, sure, cue)
               for text, kind, sure, cue in raw]
    return canonical_mentions(raw, lang, expansions)


# the work a news credit line names people for: "Reporting by …; Editing by …"
_CREDITED_WORK: Final = {"reporting", "editing", "writing"}


# named storms are no one and nowhere: "Hurricane Ramona", "el huracán Ramona", "Sturmtief Bernd"
# (the name is dropped wherever the article writes it: "Ramona weakened"); as written, lower case or capitalised
_STORM_WORDS = {"hurricane", "typhoon", "cyclone", "storm", "huracán", "huracan", "tifón", "ciclón", "tormenta", "ouragan", "typhon",
                "tempête", "uragano", "tifone", "ciclone", "tempesta", "hurrikan", "taifun", "zyklon", "sturm", "orkan", "sturmtief",
                "orkantief"}
_STORM_WORDS |= {word.capitalize() for word in _STORM_WORDS}


@lru_cache(maxsize=65536)
def _run_pieces(run: tuple[str, ...], whole: bool = False) -> tuple[tuple[str, str], ...]:
    """A run's pieces as mentions write them, worked out once per distinct run (names recur across
    an article and a corpus): an elided article joined to its word ("Côte d’Ivoire"). `whole` keeps
    the run one piece, where the words around say no role inside it splits it."""
    pieces = ((" ".join(run), ""),) if whole else _split_run(run)
    return tuple((_ELISION_GAP.sub(r"\1", text), hint) for text, hint in pieces)


# an article that, capitalised inside a sentence, opens a name no one is called by: "El Musel", "Los Realejos", "Il Cairo",
# Galician's "As Pontes" ("Lo Presti", "La Russa" are surnames)
_GALICIAN_ARTICLES: Final = {"A", "O", "As", "Os"}
_CAPITALISED_ARTICLES: Final = {"El", "Los", "Las", "Il", *_GALICIAN_ARTICLES}


def _place_after_an_article(candidate: Candidate, gazetteer: dict[str, str], people: set[str]) -> Candidate:
    """"“El Chaco ya no está aislado”": an article that opens a quote, and a known place after it, guessed a
    person's name as a whole, is that place. French "Le" or "Les" and one word no person of the article is
    named by ("Le Croisic", not "Le Pen" after "Marine Le Pen") is a town's name rather than a person's."""
    text, kind, sure, cue = candidate
    head, _, rest = text.partition(" ")
    if not rest or sure or kind != "person":
        return candidate  # (not a place named with its article: "la laguna de La Nava")
    if head.lower() in _LEADING_ARTICLES and _fold(rest) in gazetteer:
        return rest, "place", sure, cue
    if head in {"Le", "Les"} and " " not in rest and not any(person.endswith(" " + text) for person in people):
        return text, "place", sure, cue
    return candidate


def _town_after_de(name: str) -> bool:
    """"Puerta de Doñana": a guessed person's name of a word, "de" and a known place, whose last word is no
    surname to name the person by (Doñana alone stays the place)."""
    words = name.split()
    return len(words) == 3 and words[1] in _NAME_OF and _fold(words[2]) in places() and not listed_name(words[2])


def _without_leading_article(text: str) -> str:
    """A name without the article that opened its sentence ("El Museo …")."""
    first, _, rest = text.partition(" ")
    return rest if rest and first.lower() in _LEADING_ARTICLES else text


def canonical_mentions(raw: list[Candidate], lang: str | None, expansions: dict[str, tuple[str, str]] | None = None) -> list[Mention]:
    """An article's names with their canonical forms, whoever found them (these rules or a spaCy
    pipeline): a name's kind from the words around all its mentions, a surname merged into the full
    name, an acronym into the name it abbreviates (and into `expansions`, the ones the text spelt
    out in brackets), demonyms, aliases and other languages' names into the gazetteers' names."""
    expansions = dict(expansions or {})
    gazetteer = places()
    german = lang == "de"
    kinds = _kinds_by_context(raw)
    people = {text for text, kind, _, _ in raw if kind == "person" and " " in text}
    # (a name the words around type keeps its article: "la laguna de La Nava")
    placed = [candidate if _fold(candidate[0]) in kinds else _place_after_an_article(candidate, gazetteer, people) for candidate in raw]
    if placed != raw:
        raw, kinds = placed, _kinds_by_context(placed)
    full_names: dict[str, str] = {}  # surname → full name
    short_orgs: dict[str, str] = {}  # "Brightwater" → "Brightwater Energy"
    short_venues: dict[str, tuple[str, str]] = {}  # "massimo" → ("Teatro Massimo", "org")
    bodies_of: dict[str, str] = {}  # "consejo regulador" → "Consejo Regulador de Rioja"
    known_in_full: dict[str, str] = {}  # "xunta" → "Xunta de Galicia"
    # the places the words around them made sure of: "die Gemeinde Prenzwalde" is no one's surname, whatever
    # "Gegenwind Prenzwalde" looks like
    sure_places = {_fold(text) for text, kind, sure, cue in raw if sure and kind == "place" and cue == "place"}
    for text, kind, sure, _ in raw:
        kind = kind if sure else kinds.get(_fold(text), kind)
        if kind == "person" and " " in text and (sure or not _town_after_de(text) and _fold(text.split()[-1]) not in sure_places):
            surname = _fold(text.split()[-1])
            full_names.setdefault(surname, text)
            full_names.setdefault(re.sub(r"^(?:al|el|ad|as|ash|at|az|ar|an|bin|ibn|abu|abd)-", "", surname), text)
            for size in range(2, len(text.split())):
                full_names.setdefault(_fold(" ".join(text.split()[-size:])), text)  # "Van Loon"
            if len(text.split()) >= 3 and lang in _ROMANCE_LANGUAGES:
                full_names.setdefault(_fold(text.split()[-2]), text)  # "Padrón" for Eduardo Padrón Quintero: the first surname
        elif kind == "org" and len(text.split()) >= 2 and (text.split()[-1].lower() in _ORG_WORDS or text.split()[-1].lower() in _MATERIALS_NAMING_FIRMS):
            # "Brightwater Energy", "Halvorsen Maritime", "Andes Copper Corporation": named again without the last word
            short_orgs.setdefault(_fold(text.rsplit(" ", 1)[0]), text)
            if (len(words := text.split()) >= 3 and words[-1].lower().rstrip(".") in _LEGAL_FORMS
                    and (first := _fold(words[0])) not in gazetteer and words[0].lower() not in DEMONYMS
                    and words[0].lower() not in _LEADING_ARTICLES and not _german_town_adjective(first)
                    and not listed_name(words[1])):
                # "die Nordwind Energiepark GmbH … ein Sprecher von Nordwind": a firm by its own word, when what follows it
                # says what the firm does ("Hamburger Hafen und Logistik AG" is the town's; "Stickerei Bösch GmbH" is Bösch's)
                short_orgs.setdefault(first, text)
        elif kind in {"org", "place"} and len(venue := (named := _without_leading_article(text)).split(" ", 1)) == 2 and (
                venue[0].lower() in _VENUES_NAMED_AGAIN_WITHOUT_THEIR_WORD):
            # "il Teatro Massimo … il Massimo", "el Estadio Centenario … el Centenario", "El Museo Guggenheim Bilbao … El
            # Guggenheim Bilbao": named again without what it is
            short_venues.setdefault(_fold(venue[1]), (named, kind))
        elif kind in {"org", "place"} and len(text.split()) == 3 and _SAINTS_ALONE.fullmatch(text.rsplit(" ", 1)[0]):
            # "St Mary's Church … the vicar of St Mary's": named again by its saint alone
            short_venues.setdefault(_fold(text.rsplit(" ", 1)[0]), (text, kind))
        words = _without_leading_article(text).split()  # ("El Consejo …" opening a sentence)
        if kind == "org" and (of := next((i for i, w in enumerate(words) if i >= 2 and w in _OF_WORDS), 0)):
            # "el Consejo Regulador de Rioja … el presidente del Consejo Regulador": named again without what it is of
            short, name = _fold(" ".join(words[:of])), " ".join(words)
            bodies_of[short] = name if bodies_of.get(short, name) == name else ""  # (two such bodies: neither)
        elif kind == "org" and len(words) > 2 and words[1] in _OF_WORDS and words[0] in known_bodies() and " ".join(words) in known_bodies():
            known_in_full.setdefault(_fold(words[0]), " ".join(words))  # "la Xunta de Galicia … la Xunta": the one the article named
    # "the International Monetary Fund … the IMF": an acronym stands for the name with its initials
    for text, kind, _, _ in raw:
        words = [w for w in text.split() if w[:1].isupper()]
        if len(words) >= 2:
            expansions.setdefault("".join(w[0] for w in words), (text, kind))
            if text.endswith("s") and (plural := _plural_initials(text.split())) and _fold(text) not in gazetteer:
                expansions.setdefault(plural, (text, kind))
    mentions = []
    for text, kind, sure, cue in raw:
        if cue == "opener" and _fold(text) not in full_names:
            continue
        if cue == "road":
            mentions.append(Mention(text=text, kind="place", canonical=text))  # (no acronym: "N96" names itself)
            continue
        if text.startswith("The ") and _ACRONYM.match(text[4:]):
            text = text[4:]  # "The IMF"
        if _names_a_text_or_an_illness(text) or text in expansions and _names_a_text_or_an_illness(expansions[text][0]):
            mentions.append(Mention(text=text, kind="other", canonical=text))  # "the Visiting Forces Agreement (VFA)"
            continue
        head, _, rest = text.partition(" ")
        if rest and head.lower() in _LEADING_ARTICLES and (_fold(rest) in ORGANISATIONS or _kind(rest, "")[0] == "org"):
            text, kind = rest, "org"  # "El Fondo Monetario Internacional" opening a sentence
        folded = _fold(text)
        if folded in ORGANISATIONS:
            mentions.append(Mention(text=text, kind="org", canonical=ORGANISATIONS[folded]))
            continue
        if governed := _place_its_government_names(text, lang):
            (text, name), kind, sure = governed, "place", True
            folded = _fold(name)
        elif lang in _ROMANCE_LANGUAGES and folded.rpartition(" ")[2] in _GOVERNMENTS and len(text.split()) <= 2 and (
                " " not in text or head.lower() in _LEADING_ARTICLES):
            kind, sure = "other", True  # "la Junta", "El Gobierno", "la Provincia" alone: a government no name tells
        head = text.split("-", 1)[0]  # "AVA-Asaja": the AVA, in its national body
        if (_ACRONYM.match(text) and text.rstrip("s") in expansions) or (text in expansions and (" " not in text or expansions[text][1] == "place")) or (
                " " not in text and head != text and _ACRONYM.match(head) and head in expansions):
            full, full_kind = expansions[text if text in expansions else head if head in expansions else text.rstrip("s")]
            full_kind = kinds.get(_fold(full), full_kind)
            if german and full_kind in {"org", "other"}:
                full = _german_base_form(full)  # "Deutsche Wetterdienst (DWD)" is the Deutscher Wetterdienst
            # (a name the lists know in many languages goes by its usual name: "Banco Interamericano de Desarrollo (BID)")
            full = ORGANISATIONS.get(_fold(full), full) if full_kind != "place" else full
            mentions.append(Mention(text=text, kind=full_kind if full_kind not in {"other", "person"} else "org", canonical=full))
            continue
        if _acronym_written_as_a_word(text):  # (one the article spells out stands for that name: "Infn")
            mentions.append(Mention(text=text, kind="org", canonical=text.upper()))
            continue
        if not sure:
            kind = kinds.get(folded, kind)
        known_surname = folded in full_names and folded not in countries() and (" " not in text or kind == "person") and not governed
        if not known_surname and (demonym := demonym_place(text, lang)):
            canonical, kind = demonym, "place"
        elif german and kind == "person" and folded.endswith("s") and folded[:-1] in full_names and " " not in text:
            canonical = full_names[folded[:-1]]  # "Halvorsens": Sindre Halvorsen's
        elif known_surname:  # ("Greco", "Tedesco", "Inglese" after Rosario Greco: his surname, no country's adjective)
            # a surname wins over a town of the same name; a country's name stays a country
            canonical, kind = full_names[folded], "person"
        elif folded in short_venues and folded not in gazetteer and (" " not in text or _SAINTS_ALONE.fullmatch(text) or kind != "person" or not sure):
            canonical, kind = short_venues[folded]
        elif ((named := _without_leading_article(text)) != text and (short := _fold(named)) in short_venues
              and short not in gazetteer):
            canonical, kind = short_venues[short]  # ("El Guggenheim Bilbao" opening the headline)
        elif (folded in short_orgs and folded not in gazetteer and (kind in {"other", "org", "person"} or not sure and (
                short_orgs[folded].split()[-1].lower().rstrip(".") in _LEGAL_FORMS | _INCORPORATED))  # ("volvió a Apple": Apple Inc.)
              and (" " not in text or not sure)):
            canonical, kind = short_orgs[folded], "org"
        elif kind == "org" and folded in known_in_full:
            canonical = known_in_full[folded]
        elif kind == "org" and bodies_of.get(folded):
            canonical = bodies_of[folded]
        elif kind == "place" and (english := _kind_named_in_english(text) or _church_in_english(text)):
            canonical = english
        elif (folded in gazetteer and kind != "org" and not (" " not in folded and folded in _NOT_TOWNS)
              and not (sure and kind == "person")):  # ("Crown Princess Mary": a royal, not the town of Mary)
            canonical, kind = gazetteer[folded], "place"
        elif kind == "place" and (unit := folded.partition(" "))[0] in _CANTON_WORDS and (
                unit[2] in gazetteer or unit[2] in _CANTONS_NAMED_LIKE_TOWNS or " " not in unit[2] and unit[2]):
            # "Kanton Jura", "im Kanton Uri": the canton is named by its name; one named like its capital is told from the
            # town ("Kanton Bern" is the Canton of Bern)
            name = gazetteer.get(unit[2], text.partition(" ")[2])
            canonical = f"Canton of {name}" if unit[2] in _CANTONS_NAMED_LIKE_TOWNS else name
        elif lang in _GENITIVE_S_LANGUAGES and folded.endswith("s") and folded[:-1] in gazetteer and kind != "org":
            # German genitive: "Bayerns", "Israels" (French "Jamais" is no town Jamai's)
            canonical, kind = gazetteer[folded[:-1]], "place"
        elif german and kind != "org" and (stem := _article_place_genitive(folded)):
            canonical, kind = gazetteer[stem], "place"  # "des Harzes": the Harz
        elif german and _country_dative(folded) and kind != "org":
            canonical, kind = gazetteer[folded[:-1]], "place"
        elif german and kind in {"other", "place"} and cue != "noun" and (town := _german_town_adjective(folded)):
            canonical, kind = town, "place"  # "der Nürnberger Anwalt", "im Duisburger Hafen", "Basler Polizei"
        elif lang == "it" and kind == "place" and " " not in text and (town := _italian_town(text, _ITALIAN_AREA_ENDINGS)):
            canonical = town  # "nel Vercellese", "il Casertano": the area around a town, named by its adjective
        elif kind == "place" and (park := _NATIONAL_PARK_NAME.match(text)):
            # as English names a park: "Harz National Park", "Bavarian Forest National Park" (Bayerischer Wald)
            name = park["name"]
            reserve = (park["reserve"] or "").lower()  # ("la Reserva Nacional Pacaya-Samiria", "la Riserva naturale …")
            kind_of_park = ("National Natural Park" if park["natural"] else "Natural Reserve" if reserve.startswith("riserva")
                            else "National Reserve" if reserve else "National Park")
            canonical = f"{gazetteer.get(_fold(name), name) if german and ' ' in name else name} {kind_of_park}"
        elif kind == "org" and german:
            canonical = _german_base_form(text)
        else:
            canonical = text
        mentions.append(Mention(text=text, kind=kind, canonical=canonical))
    return mentions


# the Romance words for a region's, a province's or a town's government, written before the place it governs
# ("la Province de Hainaut"; Uruguay's departments govern through an "Intendencia de Montevideo")
_GOVERNMENTS_OF_REGIONS: Final = {"regione", "région", "junta", "gobierno", "cabildo", "province"}
_GOVERNMENTS_OF_TOWNS: Final = {"comune", "provincia", "ayuntamiento", "municipalidad", "alcaldía", "mairie", "ville", "intendencia"}
# the level of government written between the word for it and the place: "Gobierno Regional de Loreto"
_GOVERNMENT_LEVELS: Final = {"regional", "provincial", "autonomico", "foral", "municipal", "departamental", "estatal"}
_GOVERNMENTS: Final = {_fold(word) for word in _GOVERNMENTS_OF_REGIONS | _GOVERNMENTS_OF_TOWNS | {"governo", "gouvernement"}}


def _place_its_government_names(text: str, lang: str | None) -> tuple[str, str] | None:
    """The place a Romance government's name stands for: "la Regione Puglia", "la Junta de Castilla y León",
    "il Comune dell’Aquila", "El Ayuntamiento de Segovia" are Apulia, Castile and León, L'Aquila and Segovia acting
    through their governments, as a capital stands for its state's ("Madrid ha desplegado"), so the name is a
    mention of the place. A region's must be a known place or its adjective ("Région wallonne"), so that bodies
    named like one stay bodies ("Junta de Usuarios de Majes", "Région Sud"); a town's may be any town. Returns the
    place as written and the name to look it up by: "dell’Aquila" holds the article of L'Aquila."""
    words = text.split()
    if len(words) < 2 or lang not in _ROMANCE_LANGUAGES:
        return None
    head = words[0].lower()
    if head not in _GOVERNMENTS_OF_REGIONS and head not in _GOVERNMENTS_OF_TOWNS:
        return None
    rest = words[1:]
    if head == "provincia" and rest[0].lower() == "autonoma":
        rest = rest[1:]  # "Provincia autonoma di Bolzano"
    while len(rest) > 2 and _fold(rest[0]) in _GOVERNMENT_LEVELS:
        rest = rest[1:]  # "El Gobierno Regional de Loreto", "el Gobierno Provincial de Pichincha"
    if len(rest) > 1 and rest[0].lower() in _NAME_OF:
        rest = rest[1:]
    elif rest and (elided := re.match(r"(?i)(?:dell|d)[’'](?=\w)", rest[0])):
        rest = [rest[0][elided.end():], *rest[1:]]  # "Comune dell’Aquila"
        if elided.group().lower().startswith("dell") and _fold("l'" + " ".join(rest)) in places():
            return " ".join(rest), "l'" + " ".join(rest)
    elif head not in {"regione", "région"}:
        return None  # "Junta Nacional …": no place after it
    if len(rest) > 1 and rest[0] == "la":
        rest = rest[1:]  # "Gobierno de la Ciudad de México" ("Gobierno de La Rioja" keeps its article)
    place = " ".join(rest)
    if not rest or not rest[0][:1].isupper() and head != "région":
        return None
    if head in _GOVERNMENTS_OF_TOWNS or _fold(place) in places():
        return place, place
    if region := demonym_place(place.lower(), lang):
        return place, region  # "Regione Siciliana", "Région wallonne"
    return None


_LOWERCASE_DEMONYM_LANGUAGES: Final = {"de", "fr", "es", "it", "pt", "nl"}


# the plural articles, and the prepositions, that a demonym used as a noun for people follows: "los colombianos",
# "gli statunitensi", "10 dólares para venezolanos" (an adjective follows its noun: "turistas venezolanos"; Italian
# "per" is "as" too: "tartufi spacciati per piemontesi")
_BEFORE_PEOPLE_OF_A_PLACE: Final = {"los", "las", "unos", "unas", "les", "gli", "i", "os", "as", "para", "pour"}
# the words before one person of a place: "un mexicano de 40 años", "una italiana" (not "la italiana Ferrero", a
# body of the country: that one's article is definite)
_BEFORE_A_PERSON_OF_A_PLACE: Final = {"un", "una", "uno", "um", "uma"}
# French determiners, before a capitalised demonym that is a noun: "un Philippin", "les Allemands", "deux Belges"
_FRENCH_DETERMINERS: Final = {"un", "une", "le", "la", "les", "l'", "l’", "des", "aux", "du", "ces", "deux", "trois", "quatre", "cinq",
                       "plusieurs", "nombreux", "quelques"}


# the Red Cross's and Red Crescent's names in the languages that write a national society's adjective after them
_RED_CROSS_NAMES: Final = {"croix-rouge", "cruz roja", "croce rossa", "cruz vermelha", "croissant-rouge", "media luna roja", "mezzaluna rossa"}
_GENITIVE_S_LANGUAGES: Final = {"de", "nl", "sv", "da", "no", "nb"}


def _french_demonym_noun(tokens: list[str], position: int) -> bool:
    """Whether the capitalised word at `position` is a demonym French uses as a noun for people after a
    determiner ("un Philippin", "les Allemands", "le Belge Remco Evenepoel"; not "la Suisse", the country)."""
    word = tokens[position].rstrip(".,;:")
    return (position > 0 and tokens[position - 1].lower() in _FRENCH_DETERMINERS and word[:1].isupper()
            and _fold(word) not in places() and demonym_place(word, "fr") is not None)


def _demonym_as_people(tokens: list[str], position: int) -> bool:
    """Whether the lower-case demonym at `position` is a noun for people ("Los colombianos y los alemanes son
    los que más vienen", "un mexicano de 40 años"), not an adjective naming a place."""
    word = tokens[position].rstrip(".").lower()
    if position > 0 and tokens[position - 1].lower() in _BEFORE_A_PERSON_OF_A_PLACE:
        return not (position + 1 < len(tokens) and tokens[position + 1][:1].isupper())  # ("un mexicano", not "una italiana Ferrero")
    return position > 0 and tokens[position - 1].lower() in _BEFORE_PEOPLE_OF_A_PLACE and word.endswith(("s", "i"))


def demonym_place(text: str, lang: str | None) -> str | None:
    """The place a demonym names ("Israeli" → Israel), in the languages that write demonyms in
    lower case in any of their inflections too ("israelischen" → Israel); None for any other word."""
    folded = _fold(text)
    if folded in DEMONYMS:
        return DEMONYMS[folded]
    head, _, last = folded.rpartition(" ")
    if head in _COMPASS and last.endswith("an") and (region := places().get(folded[:-1])):
        return region  # "Western Australian", "South Australian": of a region named with a compass point
    if lang not in _LOWERCASE_DEMONYM_LANGUAGES or " " in text:
        return None
    # a capitalised word that is someone's given name is theirs: "Francesco" is no "francese"
    return _lower_case_demonym(text) or (None if listed_name(text) else _demonym_stem(text))


_INNER_CAPITAL: Final = re.compile(r"-[A-ZÀ-ÖØ-Þ]")
# a word with a capital inside after three letters or more: "SaskPower", "PetroChina", "YouTube" (not "McKenzie",
# "DeSantis", "MacArthur": surnames)
_JOINED_WORDS: Final = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{2,}[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+")
_SURNAME_PREFIXES: Final = ("Mac", "Van", "Von", "Del", "Fitz")


def _joined_words_name(text: str) -> bool:
    """Whether `text` is one word joined from two, each capitalised: a company's or a brand's name, no one's."""
    return " " not in text and bool(_JOINED_WORDS.fullmatch(text)) and not text.startswith(_SURNAME_PREFIXES)


# words that name a generic body, not one organisation: "die Polizei", "el Gobierno"
_GENERIC_BODIES: Final = {"polizei", "staatsanwaltschaft", "regierung", "feuerwehr", "armee", "gendarmerie", "policía", "policia", "polizia",
                   "gobierno", "governo", "gouvernement", "préfecture", "prefecture", "mairie", "government", "ayuntamiento",
                   "comune", "regione", "stato", "état", "etat", "estado"}
# the common nouns Romance news capitalises for the one it means: "la fiducia nel sistema del Paese", "la Costituzione"
_CAPITALISED_COMMON_NOUNS: Final = {"paese", "pais", "pays", "distretto", "costituzione", "constitucion", "rivoluzione", "revolucion"}
_AND: Final = {"and", "or", "und", "oder", "et", "ou", "y", "o", "e"}
# the parts of a country a body's regional branch is named after ("AOK Nordost", "DRK Südwest")
_GERMAN_COMPASS_PARTS: Final = {"Nord", "Süd", "Ost", "West", "Nordost", "Nordwest", "Südost", "Südwest", "Mitte"}
_CANTON_WORDS: Final = {"kanton", "canton", "cantone"}
# the Swiss cantons named like their capitals, folded as the gazetteer looks them up
_CANTONS_NAMED_LIKE_TOWNS: Final = {"bern", "berne", "zug", "zoug", "schwyz", "zurich", "zuerich", "luzern", "lucerne", "glarus", "basel", "bale",
                             "fribourg", "freiburg", "solothurn", "soleure", "neuchatel", "geneve", "genf", "ginevra", "geneva",
                             "st. gallen", "st gallen", "schaffhausen", "schaffhouse", "appenzell"}
_GERMAN_NAME_LINKS: Final = {"der", "des", "für", "und", "am", "im"}
_ROMAN_NUMERAL: Final = re.compile(r"[IVX]+")  # ("Don McGahn II": a person's)
_NUMBER_IN_ROMAN: Final = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")  # 1 to 39, as centuries and sequels are numbered
_ROMANCE_OF: Final = {"di", "della", "del", "dell'", "dell’", "de", "du", "des", "dei", "degli"}


def _a_country_or_region(name: str) -> bool:
    """Whether `name` is a country's or a region's ("Österreich", "Bayern"; not "Kita", which geonames spells Quito's)."""
    place = places().get(_fold(name), "")
    return bool(place) and (place.lower() in countries() or _fold(name) in regions())


# the bodies a region has one of, named as compounds after its adjective: an association, a state ministry, a chamber
_REGIONAL_BODIES: Final = ("verband", "verbands", "ministerium", "ministeriums", "kammer")
_MINISTRIES: Final = ("ministerium", "ministeriums")
# a town named after the word for what it is: "die Gemeinde Pontresina", "die Stadt Potsdam"
_GERMAN_MUNICIPALITIES: Final = {"gemeinde", "stadt", "stadtgemeinde", "marktgemeinde", "ortsgemeinde", "dorf", "ortsteil",
                          # and the parts of a town: "den Bezirk Puntigam", "im Stadtteil Gaarden"
                          "bezirk", "stadtbezirk", "stadtteil", "ortschaft",
                          # and the islands named after their kind: "die Insel Gröde", "die Hallig Hooge"
                          *(_GERMAN_ISLANDS := {"insel", "halbinsel", "hallig"}),
                          # and the districts and the ski areas: "der Landkreis Nordwestmecklenburg", "im Skigebiet Mirnock"
                          "landkreis", "kreis", "skigebiet",
                          # (in the genitive: "der Landrat des Landkreises Nordwestmecklenburg")
                          "landkreises", "kreises", "bezirks", "bezirkes", "stadtteils", "ortsteils", "dorfes", "skigebiets", "skigebietes"}
_GERMAN_MUNICIPALITY_ENDINGS: Final = ("gemeinde", "stadt")


def _names_a_municipality(word: str) -> bool:
    """"Gemeinde", "Stadt", and the compounds that say what kind of town it is ("Standortgemeinde", "Kreisstadt",
    "Hansestadt", "Uckermark-Gemeinde"), not a town named so ("Darmstadt"); and the other words a place is named
    after, its parts, islands, districts and ski areas (`_GERMAN_MUNICIPALITIES`)."""
    low = word.lower()
    if "-" in low:
        return low.rsplit("-", 1)[1] in _GERMAN_MUNICIPALITIES  # "die Uckermark-Gemeinde Prenzwalde": the region, then the kind
    return low in _GERMAN_MUNICIPALITIES or (
        low.endswith(_GERMAN_MUNICIPALITY_ENDINGS) and len(low) > 9 and _fold(word) not in places())


# how German nouns end, in the plural or as abstracts
_DE_PLURAL_ENDINGS: Final = ("e", "en", "er", "n", "s", "ung", "heit", "keit", "schaft")
# German administrative units a place's adjective stands before: "im Schweizer Kanton Wallis", "im Wiener Bezirk Favoriten"
_GERMAN_UNITS: Final = {"kanton", "bezirk", "stadtteil", "stadtbezirk", "landkreis", "kreis", "bundesland", "gemeinde", "ortsteil"}
# weather the news names, no entity (named like storms), though small towns share the name: El Niño (Panama)
_PHENOMENA: Final = {"el niño", "el nino", "la niña", "la nina",
              # diseases, which headlines and the Romance languages capitalise: "positivo en Coronavirus", "Covid-19 in Lombardia"
              "coronavirus", "covid", "covid-19", "covid19", "sars-cov-2", "ebola", "zika"}
# ages of history, which the languages we read write with capitals: no one, nowhere ("au Moyen Âge", "in the Bronze Age")
_PERIODS: Final = {"moyen age", "haut moyen age", "bas moyen age", "mittelalter", "fruhmittelalter", "spatmittelalter", "medioevo", "medio evo",
            "alto medioevo", "basso medioevo", "edad media", "alta edad media", "baja edad media", "bronze age", "stone age", "iron age",
            "ice age", "dark ages", "middle ages", "age du bronze", "age du fer", "bronzezeit", "eisenzeit", "steinzeit", "eiszeit",
            "edad de bronce", "edad del bronce", "edad de hierro", "edad del hierro", "eta del bronzo", "eta del ferro"}
# the new year, a time of year written with capitals ("on New Year's Eve", "Happy New Year", "Lunar New Year")
_NEW_YEAR: Final = {"new year", "new year's", "new years", "happy new year", "lunar new year", "chinese new year",
             # and in the other languages we read ("la Filarmónica de Viena ha saludado el Año Nuevo")
             "ano nuevo", "feliz ano nuevo", "nochevieja", "capodanno", "nouvel an", "neujahr"}  # (folded: Año)
# the letters written after a person's name: counsel, members of parliaments, honours
_POST_NOMINALS: Final = {"KC", "QC", "SC", "MP", "MSP", "MS", "MLA", "MEP", "TD", "OBE", "MBE", "CBE", "KBE", "DBE", "FRS", "JP"}
# the currencies a country's demonym names (written after it in English, before it in French, Spanish and Italian;
# not those that are also words: "livre" a book, "real" royal, "won" a verb, "lire" to read)
_CURRENCIES: Final = set(
    "franc francs franco francos franchi franken dollar dollars dólar dólares dollaro dollari peso pesos reais "
    "rupee rupees roupie roupies rupia rupias yen yuan krone kroner krona kronor couronne couronnes corona corone "
    "rand shekel shekels dinar dinars dinari lira libra libras sterlina sterline pound pounds "
    "ruble rubles rouble roubles rublo rublos rubli".split()
)
_OF_WORDS: Final = {"of", "de", "di", "du", "del", "des", "von", "der", "della"}
_ARTICLES: Final = {"le", "la", "les", "l'", "l’", "el", "los", "las", "il", "lo"}
_PLACE_BEFORE_ARTICLE: Final = {"dans", "vers", "en", "sur", "à"}
# nouns after a name that make it an organisation's: "the Solidarność union", "the Forward party"
_ORG_NOUNS_AFTER: Final = {"union", "party", "group", "movement", "company", "firm", "coalition", "alliance", "militia", "network"}
# lower-case descriptors that name no organisation themselves (unlike "Bank …", "Union …", "Party …")
_DESCRIPTORS: Final = {"copyright", "company", "firm", "carmaker", "automaker", "charity", "regulator", "operator", "airline", "insurer", "lender",
                "rival", "militia", "giant", "maker", "retailer", "broker", "manufacturer", "startup", "supplier", "developer",
                "chipmaker", "miner", "conglomerate", "publisher", "broadcaster", "newspaper", "processor", "contractor", "producer",
                "exporter", "importer", "distributor", "wholesaler", "shipbuilder", "packer", "shipper", "carrier"}


@lru_cache(maxsize=65536)
def _piece(text: str) -> tuple[str, bool, bool, bool]:
    """(folded text, whether it is no name at all, whether it may be a sentence's capitalised opener,
    whether it is a generic body's word): what a piece of a run is, worked out once per distinct piece."""
    folded = _fold(text)
    starter = _opens_sentences(text)
    # ("bulbs and LEDs", "two SUVs": the things' plural too)
    skipped = (len(text) < 2 or starter or text.upper() in _COMMON_ACRONYMS or text.endswith("s") and text[:-1] in _COMMON_ACRONYMS
               or folded in _PHENOMENA or _without_leading_article(folded) in _PHENOMENA or folded in _PERIODS or folded in _NEW_YEAR)
    single = " " not in text
    known = (folded in places() or folded in DEMONYMS or folded in ORGANISATIONS
             or _country_genitive(folded))  # "Österreichs Milchbauern"
    # "Météo-France …": a capital after a hyphen says name even as the sentence opens
    may_open = single and not known and not _INNER_CAPITAL.search(text)
    generic = single and (folded in _ORG_WORDS or folded in _NOT_TOWNS or folded in _GENERIC_BODIES or folded in _CAPITALISED_COMMON_NOUNS
                          or _generic_german_office(folded)) and folded not in ORGANISATIONS
    return folded, skipped, may_open, generic


# German offices every town or state has, named in one word: "das Gesundheitsamt", "die Landesregierung",
# "in Eigenverwaltung"; a federal one is the one body of that name ("Bundeskartellamt"), and so is a ministry
_GERMAN_OFFICES: Final = ("amt", "amts", "verwaltung", "regierung", "dienst", "dienstes", "verband", "verbands", "hochschule", "bahn",
                   # and the courts, clinics, police branches and firms of every town: "vor dem Amtsgericht", "die
                   # Kriminalpolizei", "eine Nachrichtenagentur", "die Pflegekasse", "eine Bahngesellschaft"
                   "gericht", "gerichts", "klinik", "klinikum", "krankenhaus", "spital", "polizei", "agentur", "kasse", "gesellschaft",
                   *_GERMAN_SERVICES)
# the same words standing alone: "die staatliche Klinik", "eine Konzern-Sprecherin" (`_GERMAN_OFFICES` asks for a compound)
_GERMAN_COMMON_BODIES: Final = {"klinik", "klinikum", "krankenhaus", "spital", "konzern", "gewerkschaft"}


def _generic_german_office(folded: str) -> bool:
    return (len(folded) > 8 and (ending := next((e for e in _GERMAN_OFFICES if folded.endswith(e)), "")) != ""
            and "bundes" not in folded and "-" not in folded
            # (a saint's names one: "das Marienkrankenhaus", "das Elisabethklinikum")
            and not (ending in _GERMAN_COMMON_BODIES and listed_name(folded[: -len(ending)]))
            or folded in _GERMAN_COMMON_BODIES)


def _common_word_names(raw: list[tuple[str, str, bool, str]], vocabulary: set[str], openers: set[str]) -> list[tuple[str, str, bool, str]]:
    """"Norhaven Water", "Mortgage Lenders": a guessed person whose last word the article also writes in
    lower case ("the water authority") is a name made of common words — an organisation — unless
    that word stands alone as a surname elsewhere ("Mark Green … Green said")."""
    alone = {text for text, *_ in raw if " " not in text} - openers  # a capital opening a sentence says nothing
    changed = []
    for text, kind, sure, cue in raw:
        if kind == "person" and not sure and " " in text:
            last = text.rsplit(" ", 1)[1]
            if len(last) > 1 and last.lower() in vocabulary and last not in alone:
                kind = "org"
        changed.append((text, kind, sure, cue))
    return changed


def _common_nouns_opening_sentences(
    raw: list[tuple[str, str, bool, str]], tokenised: list[tuple[str, list[str]]], vocabulary: set[str], openers: set[str]
) -> list[tuple[str, str, bool, str]]:
    """"Cocoa futures in New York rose": a town's name opening a sentence, when the article writes the word in
    lower case too ("cocoa purchases") and never alone with a capital inside a sentence, is that common noun.
    Countries and regions stay ("Turkey", "Jordan")."""
    suspects = {text for text, kind, _, _ in raw if kind == "place" and text in openers and " " not in text
                and text.lower() in vocabulary and _fold(text) not in countries() and _fold(text) not in regions()}
    if not suspects:
        return raw
    for _, tokens in tokenised:
        for position in range(1, len(tokens)):
            word = tokens[position].rstrip(".,;:")
            if word in suspects and not tokens[position - 1][:1].isupper() and not (
                    position + 1 < len(tokens) and tokens[position + 1][:1].isupper()):
                suspects.discard(word)  # named alone inside a sentence: the town
    return [candidate for candidate in raw if candidate[0] not in suspects]


# words after the first of a known organisation's name: a run followed by anything else has no lower-case tail
_ORGANISATION_INNER_WORDS: Final = frozenset(word for name in ORGANISATIONS for word in name.split()[1:])
# every known name's openings of two words or more ("unione europea" opens "unione europea …" too)
_ORGANISATION_OPENINGS: Final = frozenset(" ".join(name.split()[:size]) for name in ORGANISATIONS for size in range(2, len(name.split()) + 1))


_ROMANCE_LANGUAGES: Final = {"fr", "es", "it", "pt"}
# "to the" before a portfolio: "l’assessore al Turismo", "la consejera de Sanidad" has no article
_PORTFOLIO_ARTICLES: Final = {"al", "alla", "allo", "all'", "all’", "ai", "agli", "alle"}
# a town's council, named by its hall: "il Comune di Carrara", "el Ayuntamiento de Soria"
_TOWN_HALLS: Final = {"comune", "ayuntamiento", "municipio", "mairie", "giunta"}
# a body's first word, which French, Spanish and Italian follow with lower-case words of its name
_ROMANCE_BODY_HEADS: Final = {_fold(w) for w in (
    "cour corte tribunal tribunale protezione protección protection aeronautica pinacoteca galleria museo musée office "
    "oficina ufficio consorzio consorcio centre centro santé sanidad sanità jurado conseil consejo consiglio agence agencia "
    "agenzia autorité autoridad autorità institut instituto istituto direction dirección direzione caisse caja cassa "
    "banque banco banca commission comisión commissione confédération confederación confederazione marine "
    "fondation fundación fondazione observatoire observatorio osservatorio ligue liga lega alliance alianza alleanza "
    "association asociación associazione fédération federación federazione muséum préfecture établissement "
    "establecimiento collectivité chambre cámara comité comitato policlinico ospedale hôpital "
    "parti partito partido parlamento parlement guardia prefettura questura rassemblement mouvement movimiento movimento "
    "provincia regione région región biblioteca bibliothèque archivio archivo "  # "la Fondation du patrimoine", "le Parti socialiste"
    # societies, unions and networks: "la Société neuchâteloise de médecine", "l’Union régionale des Scop"
    "société sociedad società union unión unione réseau rete syndicat sindicato sindacato mutuelle groupement "
    # inspectorates: "l’Inspection sociale", "la Inspección de Trabajo", "l’Ispettorato del lavoro"
    "inspection inspección ispettorato inspectorat "
    "corpo cuerpo corps "  # "il Corpo forestale", "el Cuerpo Nacional de Policía"
    "capitaneria capitanía capitainerie "  # "la Capitaneria di porto di Savona": a harbour's coastguard
    "garde "  # "la Garde nationale", "la Garde républicaine"
    "domaine").split()}  # "le Domaine national de Chambord", the state's estate
# endings of the adjectives such names hold: "civile", "militare", "fédéral", "publique", "hospitalier", "nacional"
_ADJECTIVE_ENDINGS: Final = ("ale", "ali", "ile", "ili", "are", "ari", "ica", "ico", "ici", "iche", "ivo", "iva", "ive", "if", "ario",
                      "aria", "aire", "ier", "ière", "iero", "iera", "ique", "al", "el", "elle", "ano", "ana", "ese", "ais", "aise",
                      "ois", "oise", "ino", "ina", "enne", "anne", "itime", "ittimo", "ittima", "ítimo", "ítima",
                      "ieur", "ieure", "ional", "ionale", "égional", "égionale", "iste", "ista",  # ("socialiste", "comunista")
                      "onoma", "onomo", "onome",  # "Provincia autonoma di Bolzano", "Région autonome"
                      "ocrate", "ocrata")  # "le Parti social-démocrate", "el Partido Demócrata"
_NAME_OF: Final = {"de", "des", "du", "di", "dei", "degli", "del", "della", "dello", "delle", "dell'", "dell’", "d'", "d’"}


# French, Spanish and Italian write a ministry in lower case before its capitalised portfolio
_MINISTRY_WORDS: Final = {"ministère", "ministerio", "ministero", "ministério"}
_MINISTRY_LINKS: Final = {"de", "des", "du", "del", "della", "dell'", "dell’", "dello", "dei", "degli", "delle", "da", "do", "dos"}


def _known_body_closing(run: list[str]) -> int:
    """Where a known body's name opens that ends a run after "de la", "dell’", "du" … ("Patrimonio de la Humanidad de
    la Unesco"), when the run's first word names no body of its own ("Comisión Nacional de la Unesco" is one name);
    0 when none does."""
    if len(run) < 4 or _names_a_body(run[0]) or run[0].lower() in _LEADING_ARTICLES or _fold(_joined(run)) in ORGANISATIONS:
        return 0  # (nor after an article opening a sentence: "El Torneo de la NCAA" is the tournament's name)
    # (the body's name in one word or two: "… de la Unesco", "Seprona de la Guardia Civil")
    size = next((size for size in (1, 2) if len(run) >= size + 3 and all(w[:1].isupper() for w in run[-size:])
                 and (_known_body(tail := _joined(run[-size:])) or _fold(tail) in ORGANISATIONS)), 0)
    if not size:
        return 0
    link = len(run) - size - 1 - (run[-size - 1].lower() in _ARTICLES)
    # (an event a body holds goes by its name: "el Torneo de la NCAA", "le Sommet de l’ASEAN"; a person of the body is
    # read as such: "Marco Rossi della Fiom")
    held = _fold(run[0]) in _EVENT_WORDS or _fold(run[0]) in _EVENTS_A_BODY_HOLDS or named_like_a_person(" ".join(run[:link]))
    return len(run) - size if not held and link > 0 and run[link].lower() in _NAME_OF else 0


_EVENTS_A_BODY_HOLDS: Final = {"cumbre", "sommet", "vertice", "congreso", "congresso", "congres", "asamblea", "assemblea", "assemblee", "foro",
                        "forum", "gala", "noche", "juego", "juegos"}


def _known_body_opening(run: list[str]) -> int:
    """How many of a run's first words (not all of them) name a body the curated list knows, the most
    first; 0 when none do."""
    listed = len(run) >= 2 and run[0] in known_bodies_first_words()
    # (and the bodies known in many languages: "de la Guardia Civil Sergio Rubio")
    international = len(run) >= 3 and _fold(run[0]) in _ORGANISATIONS_FIRST_WORDS
    if not listed and not international:
        return 0  # (most runs: one word, or no body's first word, so no join is tried)
    return next((length for length in range(len(run) - 1, 0, -1)
                 if listed and _joined(run[:length]) in known_bodies()
                 or international and length > 1 and _fold(_joined(run[:length])) in ORGANISATIONS
                 and named_like_a_person(" ".join(run[length:]))), 0)  # (not "United Nations | Development Programme")


# the first words of the international and national bodies known by their names in many languages
_ORGANISATIONS_FIRST_WORDS: Final = frozenset(name.split()[0] for name in ORGANISATIONS if " " in name)


def _joined(words: list[str]) -> str:
    """Words as the text wrote them: no space after an elided article ("de l'Intérieur") nor before a comma
    ("de l'Agriculture, des Pêcheries")."""
    return "".join(word if word.endswith(("'", "’")) or index == len(words) - 1 or words[index + 1] == "," else word + " "
                   for index, word in enumerate(words))


_LINKS_AND_ARTICLES: Final = _MINISTRY_LINKS | {"l'", "l’", "la", "le", "les", "el", "los", "las", "et", "e", "y"}


def _ministry_end(tokens: list[str], end: int) -> int:
    """Where a ministry's portfolio ends: "des Ressources naturelles et des Forêts" goes on past its
    first capitalised word, over adjectives and "et des" to the next portfolio."""
    position = end
    while position < len(tokens) and position - end < 10:
        token = tokens[position]
        if token[:1].isupper() and token.isalpha():
            position += 1
        elif token.islower() and token.isalpha() and len(token) >= 4 and token.endswith(_ADJECTIVE_ENDINGS + ("elles", "els", "ales")):
            position += 1
        elif token.lower() in _LINKS_AND_ARTICLES:
            ahead = position
            while ahead < len(tokens) and tokens[ahead].lower() in _LINKS_AND_ARTICLES:
                ahead += 1
            if ahead < len(tokens) and tokens[ahead][:1].isupper():
                position = ahead
            else:
                break
        elif token == "," and (listed := _portfolios_listed(tokens, position)):
            position = listed  # ("de l’Agriculture, des Pêcheries et de l’Alimentation": its portfolios listed)
        else:
            break
    return position


_ROMANCE_ARTICLES: Final = {"il", "lo", "gli", "el", "los", "las"}
# plural nouns a sentence opens with before "of" and a name, and what that name then is
_GROUPS_OF: Final = {"shares": "org", "shareholders": "org", "employees": "org", "customers": "org", "supporters": "",
              "fans": "", "members": "", "residents": "place", "citizens": "place", "people": "place", "parts": "place",
              **dict.fromkeys(("officials", "leaders", "representatives", "executives", "workers", "staff", "volunteers",
                               "researchers", "scientists", "students", "lawyers", "investigators", "inspectors", "delegates",
                               "experts", "engineers", "managers", "directors"), "")}  # ("Doctors of the World" is a body)
# the Romance nouns for people a sentence names by their town: "una pescatrice di Gorino", "un ganadero de Ojinaga"
_ROMANCE_PEOPLE_OF_TOWNS: Final = {
    "pescatore", "pescatrice", "pescatori", "agricoltore", "agricoltrice", "agricoltori", "allevatore", "allevatori", "residente",
    "residenti", "abitante", "abitanti", "commerciante", "commercianti", "viticoltore", "pescador", "pescadora", "pescadores",
    "agricultor", "agricultora", "agricultores", "ganadero", "ganadera", "ganaderos", "vecino", "vecina", "vecinos", "comerciante",
    "comerciantes", "habitante", "habitantes", "pêcheur", "pêcheuse", "pêcheurs", "agriculteur", "agricultrice", "agriculteurs",
    "éleveur", "éleveurs", "habitant", "habitants", "commerçant", "commerçants", "viticulteur", "marin-pêcheur", "maraîcher"}
# the Romance nouns for people a headline names by their town: "Hombre de Birmingham", "Anziano di Fano"
_ROMANCE_PEOPLE_FROM: Final = {"hombre", "mujer", "joven", "vecino", "vecina", "anciano", "anciana", "uomo", "donna", "giovane",
                        "anziano", "anziana", "homme", "femme", "jeune", "habitant", "habitante", "abitante", "residente"}
_BODY_AND: Final = {"and", "&", "und", "et", "y", "e"}


_MINISTRY_HEADS: Final = {"ministero", "ministerio", "ministere", "ministry", "department", "dipartimento", "departamento", "secretaria",
                   "conselleria", "consejeria", "assessorato"}


_BODY_LINKS: Final = {"de", "del", "della", "dello", "dell'", "dell’", "di", "du", "des", "l'", "l’", "d'", "d’"}


def _person_after_whose_body(run: list[str], tokens: list[str], start: int) -> int | None:
    """Where the person's name starts in a run that follows a lower-case noun and "de": the body or place
    the noun is of, then a given name and one or two more words; None when no listed given name opens
    such a tail or the whole run is a name the lists know."""
    if start < 2 or len(run) < 3 or tokens[start - 1].lower() not in _BODY_LINKS:
        return None
    noun = start - 2 if tokens[start - 1].lower() not in {"l'", "l’"} else start - 3
    if noun < 0 or not (tokens[noun].isalpha() and tokens[noun].islower()) or tokens[noun] in _CONNECTORS:
        return None
    if _fold(_joined(run)) in places() or _known_body(_joined(run)):
        return None
    if (run[0].lower() in _PLACE_PREFIXES or run[0].lower() in _PARTS_OF_PLACE_NAMES or _names_a_body(run[0])
            or _fold(run[0]) in _STRUCTURES):
        return None  # "lo Stadio Artemio Franchi", "la Commissione Grotte Eugenio Boegan": named after a person
    for given in range(1, len(run) - 1):
        name, body = run[given:], run[:given]
        if (len(name) in (2, 3) and listed_name(name[0]) and not listed_name(body[-1])
                and body[-1][:1].isupper() and body[-1] not in _ORG_LINKS  # ("RIKEN Center for Brain Science")
                and all(word in _CONNECTORS or word[:1].isupper() and len(word) > 1 and not _is_role(word) for word in body)
                # ("T Rowe Price", "del Presidente Juan Orlando Hernández")
                and not (len(body) > 1 and listed_name(body[0]) and listed_name(body[1]))  # (a person's name twice over)
                and all(word.isalpha() and word[:1].isupper() and not word.isupper() and not _is_role(word) for word in name)
                and not any(_fold(word) in _NOT_IN_PEOPLES_NAMES for word in name)  # ("al New Era Field", "di Safe Haven Baby Boxes")
                and _fold(" ".join(name)) not in places() and _kind(" ".join(name), "")[0] == "person"):
            return given
    return None


# the words that end a site's, a body's or a feature's name, never a person's
_NOT_IN_PEOPLES_NAMES: Final = _STRUCTURES | _ORG_WORDS | _PLACE_WORDS | _NATURAL_FEATURES | _SITES | {"field", "park"}


def _place_then_person(run: list[str]) -> int | None:
    """How many words of a run after "in" name a place the gazetteer knows when the rest, two to four words
    from the lists of names, is a person's name: "en Cali Luz Marina Ocampo" (not "in Santa Cruz de la Sierra")."""
    if any(word.lower() in _CONNECTORS for word in run) or _fold(" ".join(run)) in places():
        return None
    for size in (1, 2):
        place, name = run[:size], run[size:]
        if (2 <= len(name) <= 4 and _fold(" ".join(place)) in places() and _fold(" ".join(run[: size + 1])) not in places()
                and listed_name(name[0]) and not any(_is_role(word) for word in name)
                and _fold(" ".join(name)) not in places() and _kind(" ".join(name), "")[0] == "person"):
            return size
    return None


def _names_a_language(tokens: list[str], position: int) -> bool:
    """Whether the demonym at `position` is a language after "in" ("in English", "in Welsh and English"),
    not an adjective ("in French waters")."""
    if _fold(tokens[position].rstrip(".")) not in DEMONYMS:
        return False
    following = tokens[position + 1].lower() if position + 1 < len(tokens) and not tokens[position].endswith(".") else ""
    if following[:1].isalnum() and following not in _AND:
        return False
    before = tokens[position - 1].lower() if position else ""
    if before in _AND and position >= 2 and _fold(tokens[position - 2]) in DEMONYMS:
        return position >= 3 and tokens[position - 3].lower() == "in"
    return before == "in"


# fields of work a body's name may end with, which name bodies alone too ("Acme Research")
_FIELDS_OF_WORK: Final = {"research", "development", "technology", "innovation", "training", "education", "science", "sciences"}


# the fields a public service is named by, two of them joined by "and" before the place it serves
_PUBLIC_SERVICES: Final = {"fire", "rescue", "emergency", "ambulance", "police", "health", "safety", "parks", "wildlife", "customs",
                    "border", "immigration", "transport", "roads", "maritime", "heritage", "fisheries", "forestry", "water"}


def _joined_body(run: list[str], end: int, tokens: list[str], following: tuple[list[str], int, int] | None) -> tuple[int, int] | None:
    """(start, end) of a body's name that "and" or "&" joins to the run after it, when that run ends
    with an organisation's word and the first has no role in it."""
    head = run[1] if len(run) > 1 and run[0].lower() in _LEADING_ARTICLES else run[0]  # ("El Ministerio …" opening a sentence)
    if (end < len(tokens) and tokens[end] == "," and any(_fold(w) in _MINISTRY_HEADS or _names_a_body(w) for w in run[:2])
            and any(w in _CONNECTORS or w in _ORG_LINKS for w in run[1:])):
        listed = _portfolios_listed(tokens, end)
        # a ministry or a body of several fields: "Ministerio de Agricultura, Pesca y Alimentación", "Department of
        # Climate Change, Energy, the Environment and Water", "Forschungsanstalt für Wald, Schnee und Landschaft"
        return (end - len(run), listed) if listed else None
    if following is None or end >= len(tokens) or tokens[end].lower() not in _BODY_AND:
        return None
    after, after_start, after_end = following
    if after_start == end + 1 and _known_body(_joined(tokens[end - len(run) : after_end]).rstrip(".,;:")):
        return end - len(run), after_end  # a body the lists know: "Fisheries and Oceans Canada", "Pêches et Océans Canada"
    if tokens[end].lower() != "&" and (after[-1].lower().rstrip(".,;:") in _CLUBS_LAST_WORDS or run[-1].lower() in _CLUBS_LAST_WORDS):
        return None  # two clubs: "Finn Harps and Galway United", "Derry City and Shamrock Rovers" ("Brighton & Hove Albion" is one)
    if (_fold(head) in _MINISTRY_HEADS and any(w in _CONNECTORS for w in run[1:]) and len(after) <= 3
            and after_start == end + 2 and tokens[end + 1].lower() in _CONNECTORS):
        # a portfolio in two parts: "Ministero dell’Istruzione e del Merito", "Ministerio de Trabajo y de Economía Social"
        return end - len(run), after_end
    if (after_start == end + 1 and len(after) <= 3 and any(w in _ORG_LINKS for w in run[1:-1])
            and not any(_is_role(w) or _names_a_body(w) and _fold(w) not in _FIELDS_OF_WORK for w in after)
            and _fold(" ".join(after)) not in places() and not _known_body(" ".join(after).rstrip(".,;:"))):
        # what a body is for, in two parts: "Bundesinstitut für Arzneimittel und Medizinprodukte",
        # "Centers for Disease Control and Prevention"; the body's name opens after a person's and "of the" in the run
        # ("Supun Lahiru of the Centre for Conservation and Research")
        opening = next(i for i, w in enumerate(run) if i and w in _ORG_LINKS) - 1
        while opening > 0 and run[opening - 1][:1].isupper():
            opening -= 1
        return end - len(run) + opening, after_end
    # (the second part may end with the body's place: "Asociación de Hostelería y Turismo de Asturias", "Dirección de
    # Agricultura y Contingencias Climáticas de Mendoza")
    field = after[:-2] if len(after) >= 3 and after[-2] in _NAME_OF and _fold(after[-1]) in places() else after
    if (after_start == end + 1 and len(field) <= 2 and len(run) >= 3 and (_fold(head) in _ORG_HEADS or _names_a_body(head))
            and any(w in _NAME_OF for w in run[1:-1]) and tokens[end].lower() in {"y", "e", "et"}
            # (a ministry's portfolio may share its word with a town: "Ministerio de Energía y Minas")
            and not any(_is_role(w) or _names_a_body(w)
                        or _fold(w) in places() and (_fold(head) not in _MINISTRY_HEADS or _names_a_country(_fold(w))) for w in field)
            and not listed_name(after[0])):  # (two unknown words read as a person's name: "Desarrollo Pesquero" is none)
        # what a body is of, in two parts: "Organización de Consumidores y Usuarios", "Instituto Nacional de
        # Antropología e Historia" (not "Junta de Andalucía y Extremadura": two places)
        return end - len(run), after_end
    if (after_start == end + 1 and len(after) == 1 and len(run) == 3 and tokens[end] == "und" and _names_a_body(head)
            and run[1].endswith("er") and run[2][1:].islower() and after[0].endswith(("er", "en")) and len(after[0]) >= 6
            and not _names_a_body(after[0]) and not _known_body(after[0]) and _fold(after[0]) not in places() and not listed_name(after[0])):
        # German's own: "Verband Erzgebirgischer Kunsthandwerker und Spielzeughersteller", the members in two parts
        return end - len(run), after_end
    link = next((w for w in ("of", "for") if w in run[1:-1]), None)
    if (after_start == end + 1 and len(after) <= 2 and tokens[end].lower() == "and" and link
            and any(_fold(w) in _ORG_HEADS or _names_a_body(w) for w in run[: run.index(link)])
            and not any(_is_role(w) or _fold(w) in places() or _fold(w) in ORGANISATIONS for w in [run[-1], *after])
            and not listed_name(after[0]) and not _known_body(" ".join(after).rstrip(".,;:"))):
        # the same in English: "Ministry of Agriculture and Forestry", "University of Science and Technology",
        # "Department for Energy and Mining"
        # (not "Bank of England and Barclays": a place and a body; nor "Institute for Fiscal Studies and Oxfam": two)
        return end - len(run), after_end
    if (after_start == end + 1 and len(run[-1]) > 2 and run[-1].endswith("-") and tokens[end].lower() in {"und", "oder"}
            and any(_names_a_body(w) or _fold(w) in _ORG_HEADS for w in (run if len(run) > 1 else run + after[:1]))):
        # a compound's first part, whose end the next word gives: "Verband Badischer Klein- und Obstbrenner",
        # "das Wasserstraßen- und Schifffahrtsamt Rhein"
        return end - len(run), after_end
    if (after_start == end + 1 and len(run) == 1 and 2 <= len(after) <= 3 and tokens[end].lower() == "and"
            and _fold(run[0]) in _PUBLIC_SERVICES and _fold(after[0]) in _PUBLIC_SERVICES
            and (_fold(" ".join(after[1:]).rstrip(".,;:")) in places() or len(after) == 2 and _ACRONYM.match(after[1]))):
        # a public service named by its two fields and where it serves: "Fire and Emergency New Zealand", "Fire and Rescue NSW"
        return end - len(run), after_end
    if len(run) > 3:
        return None
    incorporated = after[-1].lower().rstrip(".") in _INCORPORATED  # "Pacific Gas and Electric Co": one company's name
    if (after_start != end + 1 or len(after) > 4 or not (incorporated or after[-1].lower() in _ORG_WORDS)
            or any(_is_role(w) for w in run + after)):
        return None
    if len(run) >= 2 and len(after) >= 3 and (
            listed_name(run[0]) or listed_name(after[0]) or after[-1].lower() not in _MEMBERS_BODIES
            or any(_ACRONYM.match(w) for w in run + after) or _fold(after[0]) in places()):
        # "Anna Berg and Tom Holt Foundation", "Daimler AG and Chrysler Holding LLC": a name on each side (a
        # members' body's name holds "and": "… Wool and Mohair Growers Association")
        return None
    lone_org_word = len(run) == 1 and run[0].lower() in _ORG_WORDS  # ("Maritime and Coastguard Agency": "Maritime" is no body)
    if _fold(" ".join(run)) in places() or _kind(" ".join(run), "") == ("org", True) and not incorporated and not lone_org_word:
        # "Germany and the European Commission", "Siemens Energy and Ørsted Group": two names (a run only guessed a
        # body's is the first part of one: "Bangladesh Ship Breakers and Recyclers Association")
        return None
    return end - len(run), after_end


# and the words that end a club's name after a town's: "Derry City", "Athlone Town", "Glasgow Rangers"
_CLUBS_LAST_WORDS: Final = _CLUB_WORDS | {"city", "town", "rangers", "celtic"}
_INCORPORATED: Final = {"co", "company", "inc", "ltd", "plc", "llc", "corp", "corporation"}
# bodies of members whose names join what they hold in common with "and"
_MEMBERS_BODIES: Final = {"association", "society", "union", "federation", "guild", "league", "cooperative", "co-operative", "council"}


def _portfolios_listed(tokens: list[str], end: int) -> int | None:
    """Where a list of portfolios or fields after a body's first one ends: ", Pesca y Alimentación", ", Energy, the
    Environment and Water" (one to three capitalised words each, the last after "and"); None when the words
    after the comma are no such list (a person's name, a place, a clause)."""
    position, last = end, False
    while position < len(tokens) and (tokens[position] == "," or not last and tokens[position].lower() in _AND):
        last = last or tokens[position].lower() in _AND
        position += 1
        if position < len(tokens) and tokens[position].lower() in _AND and not last:
            last, position = True, position + 1  # (", and Water": a serial comma)
        opening = position
        while position < opening + 2 and position < len(tokens) and tokens[position].lower() in _BEFORE_A_LISTED_PORTFOLIO:
            position += 1  # (", la Madera y el Carbón Vegetal", ", des Pêcheries et de l’Alimentation", "e delle Foreste")
        start = position
        while position < len(tokens) and tokens[position][:1].isupper() and tokens[position].rstrip(".").isalpha():
            position += 1
            if tokens[position - 1].endswith("."):
                break  # ("… y Alimentación.": the sentence ends)
        if (position > start and not last and position + 1 < len(tokens) and tokens[position].isalpha() and tokens[position].islower()
                and len(tokens[position]) > 3 and tokens[position] not in _CONNECTORS and tokens[position + 1] in _AND | {","}):
            position += 1  # an Italian portfolio's adjective: "della Sovranità alimentare e delle Foreste"
        words = [word.rstrip(".") for word in tokens[start:position]]
        item = _fold(" ".join(words))
        if (not 1 <= len(words) <= 3 or len(words) > 1 and listed_name(words[0]) or _is_role(words[0])
                or item in places() and start == opening  # (a portfolio after an article is no place: "la Madera")
                or tokens[start - 1].lower() == "the" and len(words) > 1 and _fold(words[-1]) in _ORG_WORDS or item in ORGANISATIONS):
            return None  # (", and the World Health Organization": a body of its own; "Communities and Local Government" a field)
        if last:
            return position
    return None


# the articles and "of"s before a portfolio listed after a body's first one
_BEFORE_A_LISTED_PORTFOLIO: Final = {"the", "la", "el", "le", "il", "las", "los", "les", "lo", "l'", "l’"} | _NAME_OF


# German towns named after the river, region, mountain or forest they stand by: "Frankfurt am Main", "Rothenburg ob
# der Tauber", "Neumarkt in der Oberpfalz", "Kals am Großglockner", "Furth im Wald"
_TOWN_LINKS: Final = {("am",), ("im",), ("an", "der"), ("ob", "der"), ("in", "der")}
_TOWN_LINK_STARTS: Final = {link[0] for link in _TOWN_LINKS}
# the rivers that name towns that way and that the place tables lack (the Isar, Saale, Elbe and Neckar they know)
_TOWN_RIVERS: Final = {"main", "lech", "inn", "oder", "tauber", "lahn", "ruhr", "weser", "havel", "spree", "fulda", "werra", "naab",
                "salzach", "enns", "traun", "ybbs", "kamp", "thaya", "iller", "wertach", "ammer", "kocher", "jagst", "wupper",
                "lippe", "leine", "saar", "kinzig", "mulde", "elster", "neiße", "ilm", "regen", "vils", "rott", "alz", "amper",
                "peene", "warnow", "trave", "ems", "hase", "aller"}
_BEFORE_TOWNS: Final = {"in", "bei", "aus", "nach", "von", "nahe", "und", "zwischen"}
# the lower-case words a sea's or a lake's name opens with in French, Spanish and Italian: "mer du Nord", "lago di Como"
_WATERS_HEADS: Final = {"mer", "mar", "mare", "lac", "lago"}


def _water_after_its_lower_case_head(tokens: list[str], start: int, end: int) -> int | None:
    """Where a known sea's or lake's name opens whose lower-case head the run follows, with or without "de"
    ("en mer du Nord", "la mer Baltique", "il lago di Garda"); None otherwise."""
    for head in (start - 1, start - 2):
        if (head >= 0 and tokens[head] in _WATERS_HEADS and all(t in _NAME_OF for t in tokens[head + 1 : start])
                and _fold(_joined(tokens[head:end]).rstrip(".,;:")) in places()):
            return head
    return None


_DE_BEFORE_PLACES: Final = _DE_BEFORE_TOWNS | {"im"}  # ("im Harz", "im Allgäu": a region takes the article)


def _german_place_then_noun(run: list[str], tokens: list[str], start: int) -> bool:
    """Whether a German run of two words after "in", "aus" … is a place the gazetteer knows and then a noun,
    which German writes with a capital too ("im Harz Eier", "in Hamburg Autos"): the second word names no place,
    body or person the lists know, and the two make no known name ("Berlin Mitte" is a place)."""
    if len(run) != 2 or not start or tokens[start - 1].lower() not in _DE_BEFORE_PLACES:
        return False
    second = _fold(run[1].rstrip(".,;:"))
    return (_fold(run[0]) in places() and _fold(" ".join(run).rstrip(".,;:")) not in places() and not _known_body(" ".join(run))
            and second not in places() and second.removesuffix("s") not in places()  # ("im Norden Deutschlands")
            and not listed_name(run[1]) and second not in _ORG_WORDS and second not in _PLACE_WORDS
            and not _names_a_body(run[1]) and run[1].isalpha() and not run[1].isupper())


# lower-case words that join a place's name as the gazetteer knows it: "Trinidad and Tobago", "Bagno a Ripoli",
# "Pieve a Nievole" ("Castiglione della Pescaia" links by a connector; French joins "sur" with hyphens)
_LINKS_IN_PLACE_NAMES: Final = _AND | {"a"}


def _joined_place(run: list[str], end: int, tokens: list[str], following: tuple[list[str], int, int] | None,
                  town_expected: bool = False) -> int | None:
    """Where a place's name that holds "and" ends, when the run's last words, the "and" and the run after
    it make a place the gazetteer knows ("Castilla y León", "Trinidad and Tobago"); or a German town's
    name that holds "am" ends, when the gazetteer knows it ("Landsberg am Lech") or, `town_expected`
    (after "in", "bei" …), names a town it does not know by a place it knows or a river ("bei Hohenried
    am Lech"; not "in Berlin am Wannsee", a known town and a part of it, nor "in Hamburg am Montag"; "in der"
    and "im" only when the gazetteer knows the whole: "Brandau in der Lausitz" is Brandau, in Lusatia, "Zulieferern im
    Emsland" suppliers in the Emsland; "an der" after a town it knows too: "aus Vilshofen an der Donau")."""
    if following is None or end >= len(tokens):
        return None
    if tokens[end] in _TOWN_LINK_STARTS and len(following[0]) == 1 and (link := tuple(tokens[end : following[1]])) in _TOWN_LINKS:
        town, by = run[-1], following[0][0]
        if _fold(f"{town} {' '.join(link)} {by}") in places():
            return following[2]
        known_town = _fold(town) in places()
        if (town_expected and link not in {("in", "der"), ("im",)} and len(run) == 1
                and (_fold(by) in places() or by.lower() in _TOWN_RIVERS) and by.lower() not in _CALENDAR
                and (link == ("an", "der") if known_town else not town.endswith(_DE_NOUN_ENDINGS))):
            # a known town too by its river ("aus Vilshofen an der Donau"; "an der" names no part of a town, as "am
            # Wannsee" does)
            return following[2]
        return None
    if tokens[end].lower() not in _LINKS_IN_PLACE_NAMES or following[1] != end + 1:
        return None
    after = " ".join(following[0])
    for size in range(1, min(len(run), 3) + 1):
        if _fold(f"{' '.join(run[-size:])} {tokens[end].lower()} {after}") in places():
            return following[2]
    return None


def _lower_case_ministry(tokens: list[str], start: int) -> int | None:
    """Where "ministère de l'Intérieur" begins, when the capitalised run at `start` is its portfolio."""
    position = start - 1
    if position >= 0 and tokens[position].lower() in {"l'", "l’", "la", "las", "los", "le", "les", "el"}:
        position -= 1
    if position >= 1 and tokens[position].lower() in _MINISTRY_LINKS and tokens[position - 1] in _MINISTRY_WORDS:
        return position - 1
    return None


# the compass points' adjectives a region's name may end with: "le Hainaut occidental", "la Sicilia orientale"
_COMPASS_ADJECTIVES: Final = {"occidental", "occidentale", "oriental", "orientale", "septentrional", "septentrionale", "méridional",
                       "méridionale", "meridionale", "settentrionale"}
# the courts and chambers French and Italian write in lower case before their town or region: a tribunal may stand
# alone ("le tribunal de Lille", "il tribunale di Padova"), while a court, a chamber and a "camera" need the words that
# say which ("la cour d’appel de Paris", not a courtyard; "la chambre d’agriculture de Bretagne"; "la camera di
# commercio di Bari"), and those words are the ones courts and chambers are named with, not a clause ("le tribunal a
# condamné un habitant de Lyon")
_COURT_HEADS: Final = {"tribunal": False, "tribunale": False, "cour": True, "corte": True, "chambre": True, "camera": True}
_COURT_WORDS: Final = {
    "administratif", "administrative", "judiciaire", "correctionnel", "d’appel", "d'appel", "d’assises", "d'assises",
    "d’agriculture", "d'agriculture", "de", "des", "d’", "d'", "commerce", "et", "d’industrie", "d'industrie", "grande",
    "instance", "d’instance", "d'instance", "police", "pour", "enfants", "prud’hommes", "prud'hommes", "l’entreprise",
    "l'entreprise", "métiers", "l’artisanat", "l'artisanat", "régionale", "comptes", "criminelle", "militaire", "pénal",
    "civil", "cantonal", "per", "i", "minorenni", "amministrativo", "regionale", "penale", "civile", "ordinario",
    "d’appello", "d'appello", "d’assise", "d'assise", "commercio", "di", "industria", "artigianato", "agricoltura"}
_COURT_QUALIFIERS: Final = _COURT_WORDS - {"de", "des", "d’", "d'", "et", "pour", "di", "per", "i"}


def _lower_case_court(tokens: list[str], start: int) -> int | None:
    """Where "tribunal correctionnel de" or "corte d’appello di" begins, when the capitalised run at `start` is
    its town or region (see _COURT_HEADS)."""
    link = start - 1
    if link >= 1 and tokens[link].lower() in {"la", "l’", "l'"} and tokens[link - 1].lower() == "de":
        link -= 1  # "la chambre d’agriculture de la Meuse"
    if link < 1 or tokens[link].lower() not in {"de", "d’", "d'", "di", "du"}:
        return None
    position = link - 1
    while position >= 0 and start - position <= 8:
        word = tokens[position]
        if word in _COURT_HEADS:
            qualified = any(w in _COURT_QUALIFIERS for w in tokens[position + 1 : link])
            if word == "camera" and "commercio" not in tokens[position + 1 : link]:
                return None  # (a room, or a camera)
            return position if qualified or not _COURT_HEADS[word] else None
        if word not in _COURT_WORDS:
            return None
        position -= 1
    return None


# the words that open a square's or a street's name in the Romance languages: "piazza della Libertà", "viale
# Europa", "plaza de Armas", "rue de la Paix" (French "place" is also "instead", and Italian "via" also "by way of")
_STREET_HEADS: Final = {"piazza", "piazzale", "viale", "corso", "plaza", "plazuela", "calle", "avenida", "paseo",
                 "glorieta", "rambla", "rue", "avenue", "boulevard", "quai", "praça", "rua", "via", "chemin", "allée", "impasse",
                 "sentier", "puy"}  # (a puy is a volcano of Auvergne, named as French names its paths: "le puy de Dôme")
_STREET_LINKS: Final = _NAME_OF | _ARTICLES | {"do", "da", "dos", "das"}  # (Portuguese: "praça da Sé")
_BEFORE_VIA: Final = {"in", "a", "da", "di", "la", "sulla", "nella", "della", "dalla", "alla", "una", "questa"}
# and the heads written with a capital, a pier's among them: "Piazza San Marco", "dal Molo Audace"
_CAPITALISED_STREET_HEADS: Final = _STREET_HEADS | {"molo"}


_NATIONAL_PARKS: Final = {("parque", "nacional"), ("parc", "national"), ("parco", "nazionale"), ("parque", "natural"), ("parc", "naturel"),
                   ("parco", "naturale")}
# (Colombia names its parks "Parque Nacional Natural", in English "National Natural Park")
_NATIONAL_PARK_NAME: Final = re.compile(r"^(?:Nationalpark|[Pp]arque [Nn]acional(?P<natural> [Nn]atural)?|[Pp]arc [Nn]ational|[Pp]arco [Nn]azionale"
                                 r"|(?P<reserve>[Rr]eserva [Nn]acional|[Rr]éserve [Nn]ationale|[Rr]iserva [Nn]aturale)) "
                                 r"(?:(?:de la|de las|de los|de l['’]|del|della|dello|dell['’]|dei|degli|delle|des|de|du|di) ?)?(?P<name>[A-ZÀ-Þ][\w'’\- ]*)$")


# roads named by a number after their kind: "National Highway 715", "State Route 9", "Interstate 80"
_NUMBERED_ROADS: Final = {"highway", "route", "interstate", "freeway", "turnpike"}


def _road_number(tokens: list[str], position: int) -> str:
    """The number of up to three digits that `tokens` spell from `position` (one token per digit), or ""; four
    digits are more often a year ("the Highway 2000 plan")."""
    digits = ""
    while position < len(tokens) and len(tokens[position]) == 1 and tokens[position].isdigit():
        digits, position = digits + tokens[position], position + 1
    return digits if len(digits) <= 3 else ""


def _national_park(tokens: list[str], start: int, end: int) -> int | None:
    """Where a national or nature park's name opens when the capitalised run at `start` is its proper part or
    holds the whole name: "Nationalpark Harz", "Parque Nacional Rapa Nui", "le parc national de la Gaspésie"."""
    if start >= len(tokens):
        return None  # (a run the rules above emptied)
    if tokens[start] == "Nationalpark" and end - start >= 2:
        return start
    if end - start >= 3 and (_fold(tokens[start]), _fold(tokens[start + 1])) in _NATIONAL_PARKS:
        return start
    position = start
    while position > 2 and tokens[position - 1] in _STREET_LINKS and start - position < 2:
        position -= 1
    if position >= 2 and (tokens[position - 2].lower(), tokens[position - 1].lower()) in _NATIONAL_PARKS and not _opens_sentences(tokens[start]):
        return position - 2
    return None


def _street_head(tokens: list[str], start: int) -> int | None:
    """Where the square's or street's name whose proper part is the capitalised run at `start` begins:
    "in piazza della Libertà", "sul viale Europa", "en la plaza de Armas" (not "via Londra", a flight's stop)."""
    position = start - 1
    while position >= 1 and tokens[position].lower() in _STREET_LINKS and start - position <= 2:
        position -= 1
    if position < 0 or tokens[position] not in _STREET_HEADS and not (
            tokens[position] == "place" and start - position > 1 and position and tokens[position - 1].lower() == "la"
            and not (position >= 2 and tokens[position - 2].lower() in {"à", "a"}) and not listed_name(tokens[start])):
        return None  # ("de la place du Molard" is the square; "à la place de Martin", "la place de Marie" someone's)
    if tokens[position] == "via" and not (position and tokens[position - 1].lower() in _BEFORE_VIA):
        return None
    if start - position > 1 and _fold(tokens[start].rstrip(".,;:")) in places() and tokens[position] != "puy":
        return None  # "il corso di Napoli": the town's, more often than a square named after it
    return position


_IRREGULAR_TOWN_ADJECTIVES: Final = {"zurcher": "Zurich", "hallenser": "Halle"}  # (folded, as the names are looked up)


def _german_town_adjective(folded: str) -> str | None:
    """"nürnberger" → Nuremberg, "basler" → Basel, "münchner" → Munich, "schweizer" → Switzerland: German
    names a town's or country's things with the name and -er."""
    head, _, word = folded.rpartition(" ")
    # a saint's town keeps its prefix: "St. Galler" → St. Gallen (the gazetteer writes "st gallen")
    if head and head not in _PLACE_PREFIXES or not word.endswith("er") or len(word) < 6:
        return None
    gazetteer = places()
    if folded in _IRREGULAR_TOWN_ADJECTIVES:
        return _IRREGULAR_TOWN_ADJECTIVES[folded]
    stems = (word[:-2], word[:-3] + "el", word[:-2] + "en") + ((word[:-3] + "en",) if word.endswith("ner") else ())
    for stem in stems:
        for name in ((f"{head} {stem}", f"{head.rstrip('.')} {stem}") if head else (stem,)):
            if name in gazetteer and stem not in _NOT_TOWNS:
                return gazetteer[name]
    return None


def _german_place_before_noun(folded: str) -> bool:
    """A town's -er adjective or a country's or region's genitive, as the first word of "Duisburger Hafen",
    "Österreichs Milchbauern" or "Niedersachsens Felder"."""
    return bool(_german_town_adjective(folded)) or _country_genitive(folded) or _region_genitive(folded)


# the offices of a town or a district, whose genitive before them can only be a place's (folded, as offices are
# compared; "Oberbürgermeisterin" and "Vizebürgermeister" hold one)
_TOWN_OFFICES: Final = tuple(_fold(office) for office in ("bürgermeister", "stadtpräsident", "landrat", "landrätin", "gemeindepräsident",
                                                   "stadtrat", "stadträtin"))


def _town_genitive_before_its_office(word: str, office: str) -> bool:
    """"Steyrs Bürgermeister", "Wiens Bürgermeisterin": a town's German genitive before the office it has."""
    folded = _fold(word)
    office = _fold(office).removeprefix("ober").removeprefix("vize")
    # only a town has a mayor: before one, an unknown genitive is a small town's ("Oberhofs Bürgermeister")
    return (word.endswith("s") and len(folded) > 4 and office.startswith(_TOWN_OFFICES)
            and (folded[:-1] in places() or office.startswith("burgermeister") and not listed_name(folded[:-1])))


def _article_place_genitive(folded: str) -> str | None:
    """The name in the gazetteer that a German genitive in -es or -s is of, when that name takes an article as hills,
    forests and rivers do ("harzes" → "harz", "schwarzwalds" → "schwarzwald", "rheins" → "rhein"), or None."""
    for stem in (folded[:-2] if folded.endswith("es") else None, folded[:-1] if folded.endswith("s") else None):
        if stem and stem in places() and takes_an_article(stem):
            return stem
    return None


def _country_genitive(folded: str) -> bool:
    """"österreichs", "israels": a country's name in the German genitive."""
    return folded.endswith("s") and len(folded) > 5 and _names_a_country(folded[:-1])


def _region_genitive(folded: str) -> bool:
    """"niedersachsens", "bayerns": a region's name in the German genitive (in German text only: "Marchés" is
    no genitive of Marche)."""
    return folded.endswith("s") and len(folded) > 5 and folded[:-1] in regions()


def _country_dative(folded: str) -> bool:
    """"niederlanden": a plural country's name in the German dative ("in den Niederlanden")."""
    return folded.endswith("en") and _names_a_country(folded[:-1])


_LOCATIVES: Final = {"in", "à", "en", "a", "aus", "nach"}  # where something happens: "in Liverpool, Knowsley, …", "à Lyon, Vénissieux, …"
_IN_FROM_TO: Final = {"in", "aus", "nach"}  # the ones a list of two goes on from ("a Milan e Inter" are two clubs)


def _lone_unknown_word(tokens: list[str], position: int) -> bool:
    """Whether one capitalised word no list knows stands at `position`, ending a phrase: the last of a list of two
    places a known one opens, ending the clause ("in Linz und Donawitz."; not "in Linz und Angst hatte er nicht")."""
    word = tokens[position].rstrip(".")  # (a word keeps the sentence's full stop)
    ends = tokens[position].endswith(".") or position + 1 == len(tokens) or tokens[position + 1] in {",", ";", ":", ")"}
    return (ends and word[:1].isupper() and word.isalpha()
            and _kind(word, "") == ("other", False) and _fold(word) not in places())


_OPENER_LINKS: Final = _MINISTRY_LINKS | {"di", "dei"}  # "of" in the Romance languages, with its article
_OPENER_ARTICLES: Final = {"la", "l'", "l’", "el", "il", "lo", "le", "les", "los", "las"}


def _body_after_opener(run: list[str]) -> int:
    """Where a body's name starts in a sentence's first run that opens with a noun and a link: "Investigadores
    de la Universidad Nacional Autónoma de México", "Ricercatori dell'Università di Padova", "Un estudio del
    CSIC"; 0 when it does not ("Amigos de la Tierra" is a body by that name, "Banco de España" one too)."""
    if len(run) < 3 or run[1].lower() not in _OPENER_LINKS:
        return 0
    at = 3 if run[2].lower() in _OPENER_ARTICLES else 2
    if at >= len(run) or not (_names_a_body(run[at]) or _ACRONYM.match(run[at])):
        return 0
    opener = _fold(run[0])
    if _names_a_body(run[0]) or opener in places() or opener in ORGANISATIONS or _is_role(run[0]):
        return 0
    return at


def _person_before_a_body(run: list[str]) -> int | None:
    """Where "of" stands between a person's name and the body's first word that ends `run`
    ("Chiara Scuderi dell'Istituto"), or None."""
    cut = len(run) - 2
    if (cut >= 2 and run[cut] in _CONNECTORS and all(word[:1].isupper() for word in run[:cut])
            and not any(word in _CONNECTORS for word in run[:cut]) and named_like_a_person(" ".join(run[:cut]))
            and not _names_a_body(" ".join(run[:cut]))):
        return cut
    return None


def _romance_body_name(run: list[str], tokens: list[str], end: int) -> tuple[list[str], int]:
    """"Cour des comptes", "Protezione civile", "Pinacoteca civica di Montefalcone", "Institut de la
    statistique du Québec", "Ligue contre le cancer": a body's first word, an adjective, and what it is
    of or for (twice or three times over), written in lower case but for names."""
    name, position = list(run), end  # (the run ends with the body's first word)
    if _lower_case_adjective(tokens, position) or position < len(tokens) and _lower_case_demonym(tokens[position].rstrip(".")):
        # (a place's adjective, whatever its ending: "la Région wallonne")
        name.append(tokens[position].rstrip("."))
        position += 1
        if _lower_case_adjective(tokens, position) and _lower_case_demonym(tokens[position].rstrip(".")):
            name.append(tokens[position].rstrip("."))  # "Agenzia spaziale italiana": and whose it is
            position += 1
        while position < len(tokens) and tokens[position][:1].isupper() and tokens[position].isalpha():
            name.append(tokens[position])  # "Santé publique France"
            position += 1
    for _ in range(3):
        taken = _what_a_body_is_of(tokens, position)
        if not taken:
            break
        name += tokens[position:taken]
        position = taken
        while (name[-1][:1].isupper() and position < len(tokens) and tokens[position][:1].isupper()
               and tokens[position].rstrip(".").isalpha()
               and not (_fold(name[-1]) in places() and named_like_a_person(" ".join(tokens[position : position + 2])))):
            name.append(tokens[position])  # "del Pecorino Sardo" (a headline's town, then the story's first name, is no part)
            position += 1
        if _lower_case_adjective(tokens, position) or _agreeing_plural_adjective(name[-1], tokens, position):
            name.append(tokens[position].rstrip("."))  # "de santé publique", "d’histoire naturelle", "des régions arides"
            position += 1
        if (name[-1].islower() and position + 1 < len(tokens) and tokens[position] == "en"
                and (noun := tokens[position + 1].rstrip(".")).isalpha() and noun.islower() and len(noun) >= 3):
            name += ["en", noun]  # "Direction des ressources en eau": what the body's field is of
            position += 2
    if (len(name) == len(run) and position + 2 < len(tokens) and tokens[position].isalpha() and tokens[position].islower()
            and tokens[position] not in _CONNECTORS and tokens[position + 1] in _NAME_OF
            and _fold(tokens[position + 2].rstrip(".,;:")) in places()):
        # "Consorzio mitilicoltori di Taranto": the head, whose members it joins, then their town
        name += [tokens[position], tokens[position + 1], tokens[position + 2].rstrip(".,;:")]
        position += 3
    elif (len(name) > len(run) and name[-1].islower() and position < len(tokens) and "-" in tokens[position]
            and tokens[position][:1].isupper() and _fold(tokens[position].split("-")[0]) in places()):
        # "l’Office de tourisme Blois-Chambord": and the towns whose it is, joined
        name.append(tokens[position].rstrip(".,;:"))
        position += 1
    if len(name) > len(run) and name[-1].endswith(".") and not _ACRONYM.match(name[-1]):
        name[-1] = name[-1][:-1]  # "… contre le cancer.": the sentence's full stop, kept with its last word
    # an elided article is written against its noun, as `_joined` writes it: "de l’Yonne"
    return (_joined(name).split(" "), position) if len(name) > 1 else (run, end)


# what a word that ends so is, in French, Spanish and Italian, rather than a plural adjective
_NOT_PLURAL_ADJECTIVES: Final = {"dans", "sous", "sans", "puis", "mais", "plus", "très", "après", "depuis", "alors", "lors", "vers",
                          "tous", "toutes", "entre", "desde", "hasta", "entonces", "ambos", "ambas", "todos", "todas", "otros",
                          "otras", "nosotros", "vosotros", "ellos", "ellas", "estas", "estos", "esas", "esos", "unas", "unos",
                          "algunas", "algunos", "muchas", "muchos", "pocas", "pocos", "cuyas", "cuyos", "mismas", "mismos"}


def _agreeing_plural_adjective(noun: str, tokens: list[str], position: int) -> bool:
    """Whether the word at `position` is an adjective agreeing with the plural noun before it, which no list of
    endings can hold: "des régions arides", "de las zonas áridas", "des eaux côtières" (the plural is what says so)."""
    word = tokens[position].rstrip(".") if position < len(tokens) else ""
    return (len(word) >= 5 and word.isalpha() and word.islower() and noun.endswith(("s", "x"))
            and word.endswith(("es", "as", "os", "aux")) and word not in _NOT_PLURAL_ADJECTIVES and not word.endswith(("ent", "ont")))


def _lower_case_adjective(tokens: list[str], position: int) -> bool:
    word = tokens[position].rstrip(".") if position < len(tokens) else ""  # ("… de la Confédération paysanne.": the sentence's end)
    # ("del" ends as "fédéral" does; "social-démocrate" is one adjective)
    return word.replace("-", "").isalpha() and word.islower() and word.endswith(_ADJECTIVE_ENDINGS) and word not in _NAME_OF


def _what_a_body_is_of(tokens: list[str], position: int) -> int:
    """Where "of …" or "for …" after a body's first words ends ("de la statistique", "du Québec",
    "contre le cancer", "d’histoire"), or 0."""
    if position >= len(tokens):
        return 0
    word = tokens[position]
    if word.lower() in _OF_A and position + 1 < len(tokens) and tokens[position + 1].rstrip(".").isalpha() and tokens[position + 1].islower():
        return position + 2  # "d’une agriculture": "of a" and the noun
    if _ELIDED_OF.match(word.rstrip(".")) and not word.lower().endswith(("extrême", "extrema", "estrema")):
        return position + 1  # "d’histoire": "of" and the noun, one token ("d’extrême droite" says what it is, no name's)
    if position + 1 >= len(tokens) or not (word.lower() in _NAME_OF or word.lower() in _BODY_FOR):
        return 0
    following = tokens[position + 1]
    if following.lower() in _ARTICLES_IN_NAMES and position + 2 < len(tokens) and (
            tokens[position + 2].rstrip(".").isalpha() or _ELIDED_OF.match(tokens[position + 2].rstrip("."))):
        return position + 3
    if following.lower() in {"l'", "l’"} and position + 2 < len(tokens):
        return position + 3
    # (a sentence's last word keeps its full stop: "… de l’agriculture.")
    if (following.rstrip(".").isalpha() or _ELIDED_OF.match(following.rstrip("."))) and (following[0].isupper() or len(following) >= 4):
        return position + 2
    return 0


_OF_A: Final = {"d’une", "d'une", "d’un", "d'un"}
_BODY_FOR: Final = {"contre", "pour", "sans", "contra", "contro", "per", "para", "por", "sin", "senza"}  # "Ligue contre le cancer"
_ARTICLES_IN_NAMES: Final = {"la", "le", "les", "el", "los", "las", "il", "lo", "gli"}
# an elided "of" or "the" and its noun in one token: "d’histoire", "l’homme", "dell’ambiente"
_ELIDED_OF: Final = re.compile(r"^(?:d|l|dell|dall|nell)['’][a-zà-ÿ]{3,}$")


# French clubs are named by what they are and their town's adjective, in lower case: "Stade rochelais", "Aviron bayonnais"
_FRENCH_CLUB_HEADS: Final = {"stade", "section", "olympique", "aviron", "racing", "sporting", "entente", "étoile"}
_TOWN_ADJECTIVE_ENDINGS: Final = ("ais", "aise", "ois", "oise", "ain", "aine", "ien", "ienne")


def _town_adjective(token: str) -> bool:
    """"toulousain", "paloise", "lyonnais": a lower-case word that ends as French adjectives of towns do."""
    word = token.rstrip(".,;:")
    return word.isalpha() and word.islower() and len(word) > 5 and word.endswith(_TOWN_ADJECTIVE_ENDINGS)


def _with_lower_case_tail(run: list[str], tokens: list[str], end: int) -> tuple[list[str], int]:
    """"Unione europea", "Nations unies": a known name whose last words are written in lower case."""
    # (a word token keeps the full stop that ends its sentence: "… per l’Unione europea.")
    if end >= len(tokens) or not tokens[end][:1].islower() or _fold(tokens[end].rstrip(".")) not in _ORGANISATION_INNER_WORDS:
        return run, end
    # the longest tail, of up to five words, that makes a known name ("Organizzazione internazionale per le migrazioni"),
    # read word by word while the words so far open one
    name, best = _fold(" ".join(run)), None
    for position in range(end, min(end + 5, len(tokens))):
        name += " " + _fold(tokens[position].rstrip("."))
        if name not in _ORGANISATION_OPENINGS:
            break
        if name in ORGANISATIONS:
            best = position + 1
        if tokens[position].endswith("."):
            break  # (the sentence ends)
    if best is None:
        return run, end
    return run + [token.rstrip(".") for token in tokens[end:best]], best


# a demonym's stem has at least four letters: a word whose first four are no stem's, nor ending as an Italian town's
# adjective does, is no demonym
_DEMONYM_STEM_HEADS: Final = frozenset(stem[:4] for stem in [*DEMONYM_STEMS, *REGIONAL_DEMONYM_STEMS, *REGIONAL_DEMONYM_WORDS])
# an Italian town's adjective in lower case ("vercellese", "vercellesi"), and the name of its area ("il Vercellese",
# "il Casertano"; only capitalised: "anziano", elderly, is no adjective of Anzio's)
_ITALIAN_TOWN_ADJECTIVE_ENDINGS: Final = ("ese", "esi")
_ITALIAN_AREA_ENDINGS: Final = ("ese", "ano")
_ITALIAN_WORDS_LIKE_TOWN_ADJECTIVES: Final = {"cremese"}  # crimson, not of Crema


def _region_named_with_a_towns_adjective(tokens: list[str], position: int) -> bool:
    """Whether the lower-case adjective of a town or a region at `position` ends a region's name with the known place
    before it: "le Jura bernois", "l'Oberland bernois" (the Bernese Jura, no mention of Bern)."""
    return (position > 1 and tokens[position - 1][:1].isupper() and _fold(tokens[position - 1]) in places()
            and _demonym_stem(tokens[position]) is None and _stem_place(tokens[position], REGIONAL_DEMONYM_STEMS) is not None)


def _stem_place(word: str, stems: dict[str, str]) -> str | None:
    """The place whose adjective's stem opens `word`, with at most three letters of ending after it."""
    low = word.lower()
    for size in range(len(low), 3, -1):
        place = stems.get(low[:size])
        if place and len(low) - size <= 3:
            return place
    return None


@lru_cache(maxsize=65536)
def _demonym_stem(word: str) -> str | None:
    """"français", "mexicana", "italiane", "israelischen" → their country (adjectives are lower-case there)."""
    return _stem_place(word, DEMONYM_STEMS)


@lru_cache(maxsize=65536)
def _lower_case_demonym(word: str) -> str | None:
    """A country's, a region's or a city's adjective written in lower case: "israelischen", "marchigiano",
    "vercellesi"."""
    if not word[:1].islower():
        return None
    return (REGIONAL_DEMONYM_WORDS.get(word) or _demonym_stem(word) or _stem_place(word, REGIONAL_DEMONYM_STEMS)
            or _italian_town(word, _ITALIAN_TOWN_ADJECTIVE_ENDINGS))


def _italian_town(word: str, endings: tuple[str, ...]) -> str | None:
    """The Italian town whose regular adjective or area `word` is, by one of `endings`: "vercellese" → Vercelli,
    "Casertano" → Caserta."""
    low = word.lower()
    if low in _ITALIAN_WORDS_LIKE_TOWN_ADJECTIVES:
        return None
    stem = next((low[: -len(ending)] for ending in endings if low.endswith(ending)), "")
    return italian_town_stems().get(stem) if len(stem) >= 4 else None


@lru_cache(maxsize=1)
def bodies_named_like_towns() -> frozenset[str]:
    """The one-word names of known bodies that are towns' too ("Suva", "Toyota", "Nokia"), folded."""
    return frozenset(_fold(name) for name in known_bodies() if " " not in name and _fold(name) in places())


def _kinds_by_context(raw: list[tuple[str, str, bool, str]]) -> dict[str, str]:
    """One kind per name in an article, from what the words around all its mentions say (a body named like a town
    that speaks once is the body where the article names the town too: "Toyota said … its plant in Toyota")."""
    votes: dict[str, Counter[str]] = {}
    for text, kind, sure, cue in raw:
        if cue:
            votes.setdefault(_fold(text), Counter())[cue] += 1
    kinds = {}
    for counted in votes.values():
        del counted["opener"]
    for name, counted in votes.items():
        if counted["org"] or counted["org?"] and name in bodies_named_like_towns():
            kinds[name] = "org"
        elif counted["place"]:
            kinds[name] = "place"
        elif counted["org?"] and " " not in name:
            kinds[name] = "org"
    return kinds


def _is_acronym(token: str, longest: int = 9) -> bool:
    """"DGAC", or an acronym written as a word ("Aemet", "Ifremer"), as Spanish, French and Italian write them;
    in brackets after its name, a longer one too ("Sernageomin")."""
    return bool(_ACRONYM.match(token)) or (3 <= len(token) <= longest and token[0].isupper() and token[1:].isalpha() and token[1:].islower())


# acronyms written with dots or hyphens between their parts: "IG-EPN", "W.D.R." (the tokens split "LKN.SH")
_SEPARATED_ACRONYM: Final = re.compile(r"^[A-ZÀ-ÖØ-Þ]{1,5}(?:[.\-][A-ZÀ-ÖØ-Þ]{1,5})+\.?$")
# German acronyms that keep a syllable's lower case: "WKStA", "BaFin", "BfR"
_MIXED_CASE_ACRONYM: Final = re.compile(r"^(?=(?:\w*[A-ZÄÖÜ]){2})[A-ZÄÖÜ][A-Za-zäöü]{1,6}$")
# how far before its bracket an acronym's name may begin ("Bureau d'enquêtes et d'analyses pour la
# sécurité de l'aviation civile (BEA)")
_ACRONYM_NAME_WORDS: Final = 16


def _party_after_a_persons_name(words: list[str], acronym: str) -> bool:
    """Whether the words before an acronym in brackets that their initials do not spell are a person's name: "Philippe
    Close (PS)" names the mayor and his party."""
    return (len(words) == 2 and named_like_a_person(" ".join(words)) and not any(_names_a_body(word) for word in words)
            and _fold(acronym[:2]) != _fold(words[0][0] + words[1][0]))  # ("Schweizer Tierschutz (STS)": its initials)


def _parenthesised_acronyms(tokens: list[str], expansions: dict[str, tuple[str, str]]) -> dict[int, int]:
    """"la Direction générale de l'aviation civile (DGAC)": the name an acronym in brackets stands for
    runs from the nearest capitalised word that opens with the acronym's letter, lower-case words and
    all, when the name holds the acronym's letters in order ("Deutscher Wetterdienst (DWD)"). Returns
    where each such name starts → where its bracket opens."""
    spans = {}
    for bracket, token in enumerate(tokens):
        if token != "(" or bracket + 2 >= len(tokens) or tokens[bracket + 2] != ")":
            continue
        acronym = tokens[bracket + 1]
        # an acronym whose letters dots or hyphens part is read by its letters: "(IG-EPN)", "(W.D.R.)"
        bare = re.sub(r"[.\-]", "", acronym) if _SEPARATED_ACRONYM.match(acronym) else acronym
        if not (_is_acronym(bare, longest=12) or _MIXED_CASE_ACRONYM.match(bare)):
            if _LOWER_CASE_ACRONYM.fullmatch(tokens[bracket + 1]) and (chosen := _lower_case_name_before(tokens, bracket)) is not None:
                name = " ".join(tokens[chosen:bracket])  # "Transports publics de la région lausannoise (tl)"
                if _fold(name[0]) == tokens[bracket + 1][0] and _spells(tokens[bracket + 1], _fold(name)):
                    expansions.setdefault(tokens[bracket + 1], (name, "org"))
                    spans[chosen] = bracket
            continue
        if (bracket >= 3 and _is_role(tokens[bracket - 3]) and listed_name(tokens[bracket - 2]) and tokens[bracket - 1][:1].isupper()
                and not _names_a_body(tokens[bracket - 1])):
            continue  # "Steyrs Bürgermeister Harald Pointner (SPÖ)": a role, a person's name, then their party
        letters = _fold(bare)  # "Asomóvil" holds the letters of "Asociación … Móvil", accents aside
        chosen = None
        for first in range(bracket - 1, max(-1, bracket - 1 - _ACRONYM_NAME_WORDS), -1):
            word = tokens[first]
            if word == "," and tokens[first - 1][:1].isupper() and any(w.lower() in _AND for w in tokens[first + 1 : bracket]):
                continue  # the fields a body's name lists: "Staatssekretariat für Bildung, Forschung und Innovation (SBFI)"
            if not word[:1].isalpha() or word == acronym and any(w.islower() for w in tokens[first + 1 : bracket]):
                break  # (the acronym named before a clause is no name of it: "ÖVP und Grüne … Magnus Brunner (ÖVP)")
            if _fold(word[0]) != _fold(acronym[0]) or not word[0].isupper():
                continue  # ("Établissement français du sang (EFS)": accents aside)
            words = tokens[first:bracket]
            if _fold("".join(w[0] for w in words if w[0].isupper())) == letters or (
                    bare != acronym and _fold("".join(part[0] for w in words for part in w.split("-") if part[:1].isupper())) == letters) or (
                    acronym == _plural_initials(words) and _fold(" ".join(words)) not in places()):
                chosen = first  # the capitals spell it exactly: "Partido Popular (PP)", "Comisiones Obreras (CCOO)"
                break
            # two words whose initials a title-case acronym holds: "Ferrovia Circumetnea (Fce)" (not "Intravenous
            # Immunoglobulin (IVIg)", a medicine)
            two_initials = (len(words) == 2 and acronym[1:].islower()
                            and _spells(_fold("".join(w[0] for w in words if w[0].isupper())), letters))
            # one compound whose syllables a title-case acronym takes: "Naturschutzbund (Nabu)", "Sozialverband (Sovd)"
            compound = (len(words) == 1 and acronym[1:].islower() and len(word) >= 2 * len(acronym)
                        and _fold(word) not in places() and not listed_name(word))
            # a German acronym whose capitals are the name's initials: "Rhätische Bahn (RhB)"
            capitals = (len(words) >= 2 and _MIXED_CASE_ACRONYM.match(acronym) is not None
                        and "".join(c for c in acronym if c.isupper()) == "".join(w[0] for w in words if w[0].isupper()))
            if (_ACRONYM.match(bare) or len(words) >= 3 or two_initials or compound or capitals) and _spells(letters, _fold(" ".join(words))) and (
                    chosen is None or _names_a_body(word)) and not _party_after_a_persons_name(words, bare):
                # the nearest that holds its letters, unless an earlier word opens a name its capitals spell, or opens
                # a body's name that holds them too: "Asociación Española de Fabricantes de Azulejos y Pavimentos
                # Cerámicos (Ascer)", not "Azulejos y Pavimentos Cerámicos"
                chosen = first
        if chosen is None and acronym.isupper() and len(acronym) >= 4 and tokens[bracket - 1][:1].isupper():
            # a body's name in English before the letters of its name in its own language: "the Federation of Road
            # Transport Associations (FEMATRO)", Mozambique's "Federação Moçambicana dos Transportadores Rodoviários"
            chosen = _translated_name_opening(tokens, bracket, acronym)
        if chosen is None and _ACRONYM.match(acronym):
            # a body's name written in lower case but for its first word, whose letters come from another language:
            # "l’Institut flamand de la mer (VLIZ)" (Vlaams Instituut voor de Zee)
            chosen = _lower_case_name_before(tokens, bracket)
        if chosen is not None:
            if chosen >= 2 and tokens[chosen - 1] in _NAME_OF and _fold(tokens[chosen - 2]) in _ORG_HEADS and tokens[chosen - 2][:1].isupper():
                chosen -= 2  # the body's word before its letters: "Asociación de Cardamomeros de Guatemala (Cardegua)"
            elif chosen >= 1 and tokens[chosen - 1][:1].isupper() and (_fold(tokens[chosen - 1]) in _ORG_HEADS or _names_a_body(
                    tokens[chosen - 1]) and chosen >= 2 and tokens[chosen - 2].islower()):
                # "Grupo Aeroportuario del Sureste (Asur)", "i carabinieri del Comando Tutela Patrimonio Culturale (Tpc)" (a
                # body's word after a capitalised one is that name's last: "… Space Company EADS N.V. (EADS)")
                chosen -= 1
            if chosen >= 1 and tokens[chosen - 1][:1].isupper() and tokens[chosen - 1].lower().endswith(_GERMAN_ADJECTIVE_ENDINGS):
                chosen -= 1  # "die Schweizerische Rettungsflugwacht (Rega)": the adjective is the name's
            if "," in tokens[chosen:bracket] and chosen >= 2 and tokens[chosen - 1].lower() in _FIELDS_OF and _named_word(tokens[chosen - 2]):
                # the fields the acronym spells are what the body is of: "Departement für Verteidigung, Bevölkerungsschutz
                # und Sport (VBS)", "National Union of Rail, Maritime and Transport Workers (RMT)"
                chosen -= 2
                while chosen >= 1 and _named_word(tokens[chosen - 1]):
                    chosen -= 1
            name = _joined(tokens[chosen:bracket])
            expansions.setdefault(acronym, (name, "org"))
            # (an acronym of six letters or more is read as a shouted word wherever the text names it: "Fematro")
            expansions.setdefault(_normal_case(acronym), (name, "org"))
            spans[chosen] = bracket
    return spans


_FIELDS_OF: Final = {"für", "of", "de", "del", "della", "di", "du", "des"}


def _named_word(token: str) -> bool:
    """A capitalised word that can stand in a body's name, not an article opening the sentence ("Das …")."""
    return token[:1].isupper() and token.isalpha() and token.lower() not in _LEADING_ARTICLES and token.lower() not in {"the", "a", "an"}


# an acronym written in lower case, as some bodies write theirs: "les Transports publics de la région lausannoise (tl)"
_LOWER_CASE_ACRONYM: Final = re.compile(r"[a-z]{2,5}")
# how many lower-case words a body's name may hold after its first word, before its bracketed acronym
_LOWER_CASE_NAME_WORDS: Final = 7


def _lower_case_name_before(tokens: list[str], bracket: int) -> int | None:
    """Where a body's name opens that runs up to `bracket` in lower-case words after a capitalised first word the
    Romance languages open a body's name with, "de" or "du" among them ("Institut flamand de la mer",
    "Transports publics de la région lausannoise"); None when the words before the bracket are not such a name."""
    position = bracket - 1
    while position > 0 and bracket - position <= _LOWER_CASE_NAME_WORDS and tokens[position].isalpha() and tokens[position].islower():
        position -= 1
    head, words = _fold(tokens[position]), tokens[position + 1 : bracket]
    if (not tokens[position][:1].isupper() or not tokens[position].isalpha() or not words
            or not (head in _ROMANCE_BODY_HEADS or head in _TRADES_OPENING_FIRMS)
            or not any(word in _NAME_OF for word in words[1:])):
        return None
    return position


# the initials German sports clubs write with lower-case letters among them: "VfL", "ThSV", "TuS", "SpVgg"
_MIXED_CASE_CLUB_INITIALS: Final = re.compile(r"(?=.*[a-z])(?:[A-Z][a-z]?){1,3}[A-Z](?:gg)?")


def _german_club_initials(word: str) -> bool:
    return word in GERMAN_CLUB_INITIALS or bool(_MIXED_CASE_CLUB_INITIALS.fullmatch(word))


def _translated_name_opening(tokens: list[str], bracket: int, acronym: str) -> int | None:
    """Where a body's name of three capitalised words or more before "(" opens, with the links between them, when
    it opens with the acronym's letter and the acronym holds letters no initial of it does (it spells the name in
    the body's own language); else None. ("The International Chess Federation (FIDE)" and "El Sindicato Médico de
    Asturias (SIMPA)" open with an article: the acronym shortens a name the text does not give, and stays.)"""
    first = bracket - 1
    while first > 0 and (tokens[first - 1][:1].isupper() and tokens[first - 1].isalpha() or tokens[first - 1] in _NAME_LINKS):
        first -= 1
    while tokens[first] in _NAME_LINKS:
        first += 1
    words = tokens[first:bracket]
    initials = {_fold(word[0]) for word in words if word[:1].isupper()}
    if (len(initials) < 3 or _fold(words[0][0]) != _fold(acronym[0]) or set(_fold(acronym)) <= initials
            or not any(_names_a_body(word) for word in words)):
        return None  # (letters the name's initials all hold shorten another name: "Fish, Food and Allied Workers (FFAW)")
    return first


_NAME_LINKS: Final = {"of", "for", "and", "de", "des", "du", "del", "di", "della", "für", "und"}


def _plural_initials(words: list[str]) -> str:
    """Spanish doubles the initial of a plural word in an acronym: "Comisiones Obreras" → "CCOO", "Fuerzas
    Armadas" → "FFAA", "Estados Unidos" → "EEUU"; "" when a word is not capitalised and plural."""
    if words and words[0].lower() in _LEADING_ARTICLES:
        words = words[1:]  # "Las Fuerzas Armadas" opening a sentence
    if len(words) < 2 or not all(word[:1].isupper() and word.endswith("s") and len(word) > 2 for word in words):
        return ""
    return "".join(_fold(word[0]).upper() * 2 for word in words)


def _spells(letters: str, name: str) -> bool:
    """Whether `name` holds `letters` in their order (so an acronym can stand for it)."""
    remaining = iter(name)
    return all(letter in remaining for letter in letters)


# the last parts of German compounds that name a valley, a lake, a dam or a ground ("Kaunertal", "Walchensee",
# "Lennetalsperre", "Millerntor-Stadion"), and the common nouns that end the same way
# (and the ranges named as one word: "im Rothaargebirge", "das Fichtelgebirge")
_GERMAN_PLACE_ENDINGS: Final = ("tal", "see", "talsperre", "stausee", "-stadion", "-arena", "gebirge")
_GERMAN_NOUNS_ENDING_LIKE_PLACES: Final = ("kapital", "hospital", "spital", "portal", "personal", "übersee", "quartal", "trassee",
                                    "hochgebirge", "mittelgebirge", "faltengebirge")
_GERMAN_WORDS_ENDING_LIKE_PLACES: Final = {"talsperre", "stausee", "digital", "total", "frontal", "dental", "mental", "vital", "moral"}


# squares and streets named after someone or somewhere, written as one German word: "Stephansplatz",
# "Münsterplatz", "Goethestraße" (not "Marktplatz", "Arbeitsplatz", "Hauptstraße": a common noun before)
_GERMAN_STREET_ENDINGS: Final = ("platz", "straße", "strasse", "gasse", "allee")
# the same words standing after a town's adjective: "die Triester Straße", "der Berliner Platz"
_GERMAN_STREET_WORDS: Final = {*_GERMAN_STREET_ENDINGS, "str", "ring", "damm", "chaussee", "ufer", "weg", "tor"}


def _german_named_street(word: str) -> bool:
    low = word.rstrip(".")
    for ending in _GERMAN_STREET_ENDINGS:
        if low.lower().endswith(ending) and len(low) > len(ending) + 2:
            stem = low[: -len(ending)].rstrip("-")
            # a place, or someone's name in the genitive ("Parkplatz" is no Park's)
            return _fold(stem) in places() or stem.endswith("s") and len(stem) > 3 and listed_name(stem[:-1])
    return False


def _german_place_compound(word: str) -> bool:
    low = word.rstrip(".").lower()
    # ("Nordportal", "Vierteljahresquartal"; "die Talsperre" alone is no name, and "Emmental" is one)
    return (len(low) > 6 and low.endswith(_GERMAN_PLACE_ENDINGS) and not low.endswith(_GERMAN_NOUNS_ENDING_LIKE_PLACES)
            and low not in _GERMAN_WORDS_ENDING_LIKE_PLACES)


# the grounds German names after their kind and their town: "im Eisstadion Davos", "das Stadion Wankdorf"
_GERMAN_GROUNDS: Final = {"stadion", "eisstadion"}


def _common_german_nouns(run: list[str], tokens: list[str], start: int) -> bool:
    """German capitalises every noun: a run after an article or a number ("die Lage", "weitere 80 Liter
    Regen"), or one made of quantity words, is a noun phrase, unless the gazetteers know it."""
    folded = _fold(" ".join(run))
    before = tokens[start - 1].lower() if start else ""
    named = [word for word in run if not word.islower()]  # (a run may keep its "von": "Schäden von Wölfen")
    if (len(named) == 1 and set(low := named[0].lower()) & _UMLAUTS and low not in places()
            and (known := places().get(_fold(named[0]))) and not set(known.lower()) & _UMLAUTS):
        return True  # "von Wölfen getötet": German writes its umlauts, so a word with one is no town named without (Wolfen)
    if len(run) == 1 and run[0].lower() in _GERMAN_UNITS:
        return True  # "laut Kanton": the canton the story is about, not Guangzhou's old German name
    if before[:1].isdigit() or before in _QUANTITY_WORDS or run[0].lower() in _QUANTITY_WORDS:
        return True  # "30 Millionen Franken", "12 Franken": the Swiss currency, not Franconia
    if len(run) == 1 and before == "aus" and start >= 2 and tokens[start - 2].lower() in _PEOPLE_FROM_PLACES:
        return False  # "eine Zeugin aus Melsungen": where someone comes from, however its name ends
    if len(run) > 1 and (any(word.lower() in _GERMAN_LEGAL_FORMS for word in run[1:]) or _ACRONYM.match(run[0]) or _ACRONYM.match(run[-1])
                         or _adjective_and_body(run)
                         or run[0].lower() in _GERMAN_PLANTS or run[-1].lower() in _STRUCTURES or _hyphenated_body(run[-1].lower())
                         or _trade_workplace(run) or run[0].lower() in _CAPITALISED_STREET_HEADS or run[0].lower() in _GERMAN_GROUNDS):
        # "die Isarland Wohnbau GmbH", "die Autobahn GmbH des Bundes", "die IG Metall", "der Karlsruher SC", "die Deutsche
        # Bischofskonferenz", "im Kraftwerk Aschach", "in der Avnet Arena", "die Piazza Grande" (a square of an Italian
        # or a Spanish town): names
        return False
    if (len(run) == 1 and (_german_place_before_noun(folded) or _ACRONYM.match(run[0]) or _acronym_written_as_a_word(run[0]))
            or _country_dative(folded)):
        # "im Duisburger Hafen": the town's adjective, kept when its noun is dropped; "die ÖVP", "die Unesco" (a body
        # the lists know by its acronym, written as a word); "den Niederlanden"
        return False
    if len(run) == 1 and before == "in" and folded in _DE_AFTER_IN:
        return True  # "in Höhe von 2 Millionen Euro"
    if _home_town(tokens, start, start + len(run)):
        return False  # "Lena Hofbauer aus Leoben": a town, however its name ends
    if len(run) == 1 and (between := _route_between(tokens, start, start + 1)) is not None:
        if between >= 1 and tokens[between - 1].lower().rstrip(".,").endswith(_DE_ROUTES):
            return False  # "die Strecke zwischen Oberbarmen und Vohwinkel": the ends of a line ("zwischen ÖVP und Grünen" are parties)
        other = tokens[start + 2] if between == start - 1 else tokens[between + 1]
        if (folded_other := _fold(other.rstrip(".,;:"))) in places() or folded_other in small_towns("de"):
            return False  # "zwischen Erstfeld und Göschenen": the other end is a town, so this one is too
    # (a German writer writes the umlauts: "des Bundes" is not Bünde's)
    genitive = (folded.endswith("sees") and folded[:-1] in places() and folded not in places()
                and not (set(places()[folded[:-1]].lower()) & _UMLAUTS and not set(" ".join(run).lower()) & _UMLAUTS)
                or before == "des" and _article_place_genitive(folded) is not None)
    if (len(run) == 1 and before in _DE_COMMON_BEFORE and folded not in countries() and not _names_a_country(folded)
            and folded not in ORGANISATIONS and run[0] not in known_bodies() and not takes_an_article(folded)  # "die Schweiz", "am Rhein" are names
            and not genitive):
        return not _ends_like_a_body([run[0].lower()])  # "die Lage" is the situation, not the town
    if len(run) == 1 and genitive:
        return False  # "des Thunersees", "des Harzes", "des Rheins": a lake, hills or a river the gazetteers know, in the genitive
    if folded in places() or folded in ORGANISATIONS or " ".join(run) in known_bodies() or any(_fold(w) in places() or _fold(w) in DEMONYMS for w in run):
        return False
    if (any(_is_role(w) or w.lower() in _GERMAN_TITLES for w in run) or run[-1].lower().endswith(_ORG_SUFFIXES)
            or _fold(run[-1]).endswith(_GERMAN_PLURAL_BODIES)
            or any(w in _ORG_LINKS for w in run)) or (
            len(run) > 1 and _names_a_body(run[0])):
        return False  # a run holds "für" only after a body's word: "das Institut für Küstenforschung"
    if any(w.lower() in _QUANTITY_WORDS for w in run):
        return True
    if _trade_then_full_name(run):
        return False  # "die Hebamme Monika Stöckli": a trade no ending marks, then a person named in full
    if before in _DE_COMMON_BEFORE:
        return True
    if len(run) == 1 and run[0].lower().endswith(_DE_TOWN_ENDINGS):
        return False  # "bei Elmshagen"
    if len(run) == 1 and before in _DE_PREPOSITIONS_OF_PLACE and run[0].lower().endswith(_DE_LONE_NOUN_ENDINGS):
        return True  # "bei Kälte", "in Grenznähe", "bei Zulieferern": a noun no gazetteer knows, where a town's name seldom ends so
    return len(run) == 1 and run[0].lower().endswith(_DE_NOUN_ENDINGS) or run[-1].lower().endswith(_DE_NOUN_ENDINGS[:6])


def _trade_then_full_name(run: list[str], after_a_town: bool = False) -> bool:
    """Whether a German run is a trade no ending marks, then a given name and a surname: "Hebamme Monika Stöckli"
    (after a town's adjective the trade may be someone's surname too: "Kremser Winzer Lukas Wanek")."""
    return (len(run) == 3 and (after_a_town or not listed_name(run[0])) and run[1][:1].isupper() and listed_name(run[1])
            and run[2][:1].isupper() and not _ACRONYM.match(run[2]) and not run[1].lower().endswith(_DE_NOUN_ENDINGS) and run[1].lower() not in _DE_COMMON_BEFORE
            and (listed_name(run[2]) or not run[2].lower().endswith(_DE_NOUN_ENDINGS))
            and not _names_a_body(run[0]))


# the nouns of where something is that German puts before "von" and a town
_GERMAN_NOUNS_OF_WHERE: Final = set("nähe umgebung umland zentrum stadtzentrum innenstadt rand stadtrand norden süden osten westen "
                             "speckgürtel polizei hafen flughafen bahnhof vororte vorort stadtteil".split())
# a town's, a district's or a state's council, named by its place after "von"
_GERMAN_COUNCILS: Final = ("rat", "tag", "verwaltung", "versammlung")  # (compounds: "Gemeindeversammlung", not "Versammlung")
# the districts and towns a German office serves, in the genitive, and the offices named by them alone
_GERMAN_DISTRICTS_GENITIVE: Final = {"Kreises", "Landkreises", "Bezirks", "Bezirkes", "Stadt", "Gemeinde", "Kantons", "Amtes"}
_GENERIC_OFFICES: Final = ("amt", "ämter", "behörde", "verwaltung", "dezernat")
_DE_LONE_NOUN_ENDINGS: Final = ("e", "ern")
# what runs "zwischen" two towns: a line, a road, a service ("die Buslinie zwischen …", "der Zug pendelt zwischen …")
_DE_ROUTES: Final = ("strecke", "linie", "verbindung", "bahn", "zug", "züge", "bus", "busse", "fähre", "straße", "route", "abschnitt",
              "teilstück", "fährt", "fahren", "pendelt", "pendeln", "verkehrt", "verkehren")
_UMLAUTS: Final = set("äöüß")
_DE_PREPOSITIONS_OF_PLACE: Final = _DE_PREPOSITIONS | {"in", "an", "auf", "zu"}


def _known_german_name(words: list[str]) -> bool:
    """A place or an organisation the gazetteers know, in the nominative or the genitive ("Israels")."""
    folded = _fold(" ".join(words))
    return folded in places() or folded in ORGANISATIONS or folded.endswith("s") and folded[:-1] in places()


# the gender of a German compound noun follows its last part; it decides the adjective's ending
# when the name stands without an article ("der Deutsche Wetterdienst" → "Deutscher Wetterdienst")
_DE_MASCULINE_ENDINGS: Final = ("dienst", "bund", "rat", "verband", "verein", "ausschuss", "hof", "konzern", "fonds", "senat", "tag", "rundfunk",
                         "club")
_DE_FEMININE_ENDINGS: Final = ("ung", "heit", "keit", "schaft", "ion", "tät", "ei", "agentur", "enz", "kammer", "anstalt", "kasse", "behörde",
                        "bank", "akademie", "stelle", "zentrale", "börse", "bahn", "liga", "holding", "oper",
                        # plurals, which take the same ending: "Bayerische Staatsforsten", "Staatliche Kunstsammlungen"
                        "ungen", "forsten", "werke", "betriebe", "bahnen")
_DE_NEUTER_ENDINGS: tuple[str, ...] = ("amt", "institut", "ministerium", "gericht", "kreuz", "werk", "zentrum", "komitee", "büro", "kommando",
                      "inspektorat", "sekretariat", "kommissariat", "direktorat", "präsidium", "gremium", "klinikum", "museum",
                      "kuratorium", "konsortium", "theater", "orchester", "departement", "parlament", "forum", "archiv",
                      "krankenhaus", "spital", "konservatorium")
_DE_GENDER_ENDINGS: Final = _DE_NEUTER_ENDINGS + _DE_MASCULINE_ENDINGS + _DE_FEMININE_ENDINGS


def _german_gendered_noun(word: str) -> bool:
    """Whether a body's noun whose ending says its gender ends `word`, in the genitive too ("Landesamts", "Orchesters")."""
    low = word.lower()
    return any(low.removesuffix(genitive).endswith(_DE_GENDER_ENDINGS) for genitive in ("", "s", "es"))


# plural nouns for waters after two names they stand for ("the Tigris and Euphrates rivers"), and each one's name
_WATERS: Final = {"rivers": "River", "creeks": "Creek"}
# and before them, in Spanish: "los ríos Marañón y Ucayali"
_WATERS_BEFORE: Final = {"ríos": "River"}


def _waters_named_together(tokens: list[str], start: int, lang: str | None) -> str:
    """The noun each of two one-word names at `start` and `start + 2` takes ("River"), when a plural one for
    waters follows them ("the Nelson and Churchill rivers") or, in Spanish, comes before them ("los ríos Marañón y
    Ucayali"); "" otherwise."""
    if start + 2 >= len(tokens) or not _is_capitalised(tokens[start + 2]):
        return ""
    if lang == "es":
        return _WATERS_BEFORE.get(tokens[start - 1], "") if start and tokens[start + 1] == "y" else ""
    if start + 3 >= len(tokens) or tokens[start + 1] != "and":
        return ""
    return _WATERS.get(tokens[start + 3].rstrip(".,;:").lower(), "")


def _names_by_a_place(word: str) -> bool:
    """Whether a word is a place's adjective that opens a name: "Schweizer", "Deutscher", "Wiener"."""
    folded = _fold(word)
    return word[:1].isupper() and (folded in DEMONYMS or bool(_german_town_adjective(folded)))


# what a word token keeps after the word as a sentence or clause ends on it
_CLOSING_PUNCTUATION: Final = ".,;:!?“”\"»)"


def _place_before_hyphen(token: str) -> str | None:
    """"US-Konzern", "Ukraine-Hilfe", "Berlin-Besuch": German joins a place to a noun with a hyphen, and
    the place is a mention of its own; not a name the gazetteers know whole ("Baden-Württemberg"), even
    as a sentence ends on it ("… der Landwirtschaftskammer Rheinland-Pfalz.": the token keeps its stop)."""
    token = token.rstrip(_CLOSING_PUNCTUATION)
    head, _, tail = token.partition("-")
    if not (tail[:1].isupper() and tail[1:2].islower()) or "-" in tail:
        return None
    folded = _fold(token)
    if _place_or_its_genitive(folded) or folded in ORGANISATIONS or _fold(tail) in places() or _german_tunnel(token):
        return None  # (nor its genitive: "Sachsen-Anhalts"; nor a tunnel's name: "Semmering-Basistunnel")
    return head if _fold(head) in places() and _fold(head) not in _NOT_TOWNS else None


# heads that are no body's name: "Ex-Chef", "Vize-Präsident", "Co-Trainerin", "Landes-Chef"
_NOT_BODIES_BEFORE_ROLES: Final = {"ex", "vize", "co", "ko", "stv", "bundes", "landes", "kreis", "stadt", "chef", "sonder",
                            "diplom"}  # (a degree: "Diplom-Biologin", "Diplom-Psychologe")


def _body_before_hyphen(token: str) -> str | None:
    """"Alpenair-Chefin", "Verdi-Sprecherin", "CDU-Politiker": German joins the body a person works or
    speaks for to the role, and the body is a mention of its own (a place there is one already); and
    a known body's acronym to any noun: "UNESCO-Welterbe", "WHO-Bericht" (not "EU-Kommission", a name
    of its own)."""
    whole = token.rstrip(_CLOSING_PUNCTUATION)
    head, _, tail = whole.rpartition("-")
    if len(head) < 2 or not head[0].isupper() or "-" in head or not tail[:1].isupper():
        return None
    if not (_is_role(tail) or tail.lower() in {"chef", "chefin"}):  # ("Konzernchef" is a role already; "Chef" alone too short for one)
        known = _ACRONYM.fullmatch(head) and (_fold(head) in ORGANISATIONS or _known_body(head)) and _fold(whole) not in ORGANISATIONS
        return head if known and tail[1:2].islower() else None
    folded = _fold(head)
    if tail.lower().endswith(_GERMAN_TRADES) and not (_known_body(head) or folded in ORGANISATIONS):
        return None
    if _is_role(head) or folded in _NOT_BODIES_BEFORE_ROLES or _place_or_its_genitive(folded) or head in _COMMON_ACRONYMS:
        return None  # (nor a thing's acronym: "TV-Moderatorin")
    return None if _demonym_stem(head) else head


# German nouns for what a body is, capitalised before its name: "Fluggesellschaft", "Chemiekonzern",
# "Netzbetreibers", "Ferienflieger" ("Bank" is not among them: "Bank Austria" is a name)
_DE_BODY_DESCRIPTORS: Final = ("gewerkschaft", "konzern", "konzerns", "flieger", "fliegers", "betreiber", "betreibers",
                        "hersteller", "herstellers", "versorger", "versorgers", "versicherer", "versicherers", "händler", "händlers",
                        "zulieferer", "zulieferers", "discounter", "discounters", "airline", "fluglinie", "autobauer",
                        "autobauers", "partei", "start-up", "startup", "onlineshop", "plattform",
                        # "Glasfaseranbieter Alpenlink", "Muttergesellschaft Drauwerke", "Regulierungsbehörde RTR",
                        # "Arbeitgeberverband BDA", "Bäckereikette Backhaus Krüger"
                        "anbieter", "anbieters", "behörde", "arbeitgeberverband",
                        "kette", "paketdienst", "paketdienstes",
                        # a company by what it does or runs ("Fluggesellschaft", "Baugesellschaft Femern A/S", "die
                        # Busgesellschaft SAD", "die Verkehrsgesellschaft VBZ", "das Bauunternehmen Strabag")
                        "gesellschaft", "unternehmen",
                        # a works by what it makes: "die Uhrenfabrik Aarwerk Horlogerie AG", "die Papierfabrik Lenzing"
                        "fabrik")
_DE_BODY_NAMES_OPENING: Final = {"gesellschaft", "unternehmen"}


def _describes_a_body(word: str) -> bool:
    # (the bare word opens a body's own name: "die Gesellschaft für Suizidprävention")
    return word.lower().endswith(_DE_BODY_DESCRIPTORS) and word.lower() not in _DE_BODY_NAMES_OPENING


# what an association is, capitalised before its own name: "Fahrgastverband Pro Bahn", "Tierrechtsorganisation Soko Tierschutz"
_DE_ASSOCIATION_DESCRIPTORS: Final = ("verband", "verbands", "organisation")
# adjectives that open an association's name of a region's: "Tourismusverband Inneres Salzkammergut"
_DE_POSITION_ADJECTIVES: Final = {"inner", "außer", "ober", "unter", "mittler", "hinter", "vorder"}  # (folded: no umlaut)
_DE_TOURISM: Final = ("tourismus", "fremdenverkehrs")


def _describes_an_association(run: list[str]) -> bool:
    """Whether `run` opens with what an association is and goes on with a name of its own: "Dachverband Tafel
    Deutschland", "Weltschachverband FIDE". An association named by a place or a region ("Handelsverband Deutschland",
    "Wasserverband Ruhr-Lenne", "Tourismusverband Ferienregion Oberland") or by an adjective ("Fachverband
    Metalltechnische Industrie", "Tourismusverband Ammergauer Alpen") keeps the whole name."""
    if not run[0].lower().endswith(_DE_ASSOCIATION_DESCRIPTORS) or run[0].lower() in _DE_ASSOCIATION_DESCRIPTORS:
        return False
    if run[0].lower().startswith(_DE_TOURISM) and run[0].lower().endswith(("verband", "verbands")) and len(run) == 2:
        # a tourism board is its place's, whether the gazetteer knows the place or not: "Tourismusverband Rauris" (an
        # organisation may have a name of its own: "Tourismusorganisation Visit Rovaniemi")
        return False
    first, rest = _fold(run[1]), run[1:]
    return not (_place_or_its_genitive(_fold(" ".join(rest))) or any("-" in word for word in rest)
                or first.endswith(_DE_ADJECTIVE_ENDINGS) or first.endswith("region") or _german_place_before_noun(first)
                or _demonym_stem(first) or first[:-1] in _DE_POSITION_ADJECTIVES or first[:-2] in _DE_POSITION_ADJECTIVES
                or len(rest) > 1 and first.endswith("er"))  # ("Tourismusverband Ammergauer Alpen": a town's -er, then a noun)


def _place_or_its_genitive(folded: str) -> bool:
    """"berlin", "sachsen-anhalts": a place the gazetteer knows, as named or in the German genitive."""
    return folded in places() or folded.removesuffix("s") in places()


def _names_a_country(folded: str) -> bool:
    """"schweiz", "españa", "italia": a country's name in any language the gazetteer reads."""
    return folded in places() and _fold(places()[folded]) in countries()


# the genitive endings of the head nouns of German bodies' names, and their nominative
_DE_GENITIVE_ENDINGS: Final = (
    ("ministeriums", "ministerium"), ("gerichts", "gericht"), ("amts", "amt"), ("dienstes", "dienst"), ("verbands", "verband"),
    ("vereins", "verein"), ("instituts", "institut"), ("zentrums", "zentrum"), ("bundes", "bund"), ("rats", "rat"), ("rates", "rat"),
    ("werks", "werk"), ("komitees", "komitee"), ("büros", "büro"), ("kommandos", "kommando"), ("sekretariats", "sekretariat"),
    ("konzerns", "konzern"), ("kreuzes", "kreuz"), ("tages", "tag"), ("tags", "tag"),
    # Latin neuters: "des Polizeipräsidiums Oberbayern Nord", "des Klinikums", "des Landesmuseums"
    ("präsidiums", "präsidium"), ("gremiums", "gremium"), ("klinikums", "klinikum"), ("museums", "museum"),
    ("kuratoriums", "kuratorium"), ("konsortiums", "konsortium"),
    ("theaters", "theater"), ("orchesters", "orchester"), ("departements", "departement"), ("parlaments", "parlament"),
    ("archivs", "archiv"), ("krankenhauses", "krankenhaus"), ("spitals", "spital"), ("forums", "forum"), ("clubs", "club"),
    ("bunds", "bund"), ("gestüts", "gestüt"),  # "des Verkehrsverbunds Rhein-Ruhr", "des Landesgestüts Marbach"
    # plurals in the dative: "bei den Bregenzer Festspielen", "von den Stadtwerken"
    ("festspielen", "festspiele"), ("betrieben", "betriebe"), ("stadtwerken", "stadtwerke"),
)
_DE_GENITIVES: Final = tuple(suffix for suffix, _ in _DE_GENITIVE_ENDINGS)
# what follows a German body's head noun: "Bundesamt für Naturschutz", "Zentrum für Luft- und Raumfahrt"
_DE_AFTER_HEAD: Final = {"für", "fuer", "der", "des", "von", "vom", "zur", "zum", "in", "im", "am", "an", "auf", "bei"}


# the movements whose national societies are named by their country's adjective: "Das Österreichische Rote Kreuz"
_NATIONAL_SOCIETIES_OF: Final = {"Red Cross", "Red Crescent"}


def _national_society(run: list[str]) -> bool:
    """Whether a German run is a country's adjective and a movement's name, its national society ("Deutsche Rote Kreuz",
    "Österreichischen Roten Kreuzes"), not the movement named after a noun."""
    if len(run) < 2 or _demonym_stem(run[0]) is None:
        return False
    movement = " ".join(run[1:]).rstrip(".,;:")
    return (ORGANISATIONS.get(_fold(movement)) in _NATIONAL_SOCIETIES_OF
            or ORGANISATIONS.get(_fold(_german_base_form(movement))) in _NATIONAL_SOCIETIES_OF)


def _german_base_form(text: str) -> str:
    """"Innenministeriums" → "Innenministerium", "Deutsche Wetterdienst" → "Deutscher Wetterdienst",
    "Deutschen Zentrums für Luft- und Raumfahrt" → "Deutsches Zentrum für Luft- und Raumfahrt":
    organisations are named in the nominative, as they stand without an article. The head noun is the
    last word before a preposition (or the last word); only it and the adjectives before it change."""
    words = text.split(" ")
    after = next((i for i, word in enumerate(words) if i and word in _DE_AFTER_HEAD), None)
    if after is not None:
        head_at = after - 1
    elif words[0].lower().endswith(_DE_GENITIVES):
        head_at = 0  # "des Apothekerverbands Sachsen": a place after the body's name, not its head
    else:
        # the last word whose ending says its gender: "Staatliche Kunstsammlungen Dresden", "Philharmonisches Orchester Hagenbrück"
        # end with their town
        head_at = next((i for i in range(len(words) - 1, -1, -1) if _german_gendered_noun(words[i])), len(words) - 1)
    head = words[head_at]
    noun = head.lower()
    for suffix, base in _DE_GENITIVE_ENDINGS:
        if noun.endswith(suffix):
            # (the base is the ending less its genitive: "Koch-Instituts" too)
            head = head[: len(head) - len(suffix) + len(base)]
            noun = head.lower()
            break
    words[head_at] = head
    if noun.endswith(_DE_NEUTER_ENDINGS):  # first: "-inspektorat" is neuter though it ends as "Rat" does
        ending = "es"
    elif noun.endswith(_DE_MASCULINE_ENDINGS):
        ending = "er"
    elif noun.endswith(_DE_FEMININE_ENDINGS):
        ending = "e"  # "der Archäologischen Staatssammlung" is the Archäologische Staatssammlung
    else:
        return " ".join(words)
    # the adjectives before the head: the first one ("Deutsche Wetterdienst"), and those after it ("Deutschen Roten Kreuzes")
    for at in range(head_at):
        word = words[at]
        # (a second adjective in "-e" only after a first: "Deutsche Rote Kreuz")
        if not (word[:1].isupper() and len(word) > 3 and (word.endswith(("en", "em")) or (at == 0 or words[at - 1].endswith(ending))
                                                          and word.endswith("e"))):
            break  # ("Technischem Hilfswerk": a dative)
        words[at] = (word[:-1] if word.endswith("e") else word[:-2]) + ending
    return " ".join(words)


def place_in_brackets(dateline: Dateline | None) -> Dateline | None:
    """"ALBA (Cuneo) -", "FALLBROOK (Ohio) -": what stands in a dateline's brackets is its place's
    province or state, not a wire agency, when the gazetteer knows it and no agency goes by it."""
    if dateline is None or not dateline.agency:
        return dateline
    folded = _fold(dateline.agency)
    if dateline.agency.lower() in AGENCIES or folded in ORGANISATIONS or folded not in places():
        return dateline
    place = f"{dateline.place} ({dateline.agency})" if dateline.place else dateline.agency
    return Dateline(place, dateline.day, None, dateline.text)


def dateline_entities(dateline: Dateline | None, body: str = "") -> list[Mention]:
    """A dateline names where the report was filed and, in parentheses, the wire agency
    ("PORT SUDAN, Sudan, May 7 (AP) —": Port Sudan and Sudan, places; AP, an organisation; "KELLMARSH
    (Norvania), 9 de agosto": Kellmarsh and Norvania).
    Its place is a place whatever the gazetteer knows; written in capitals, it is looked up as a name; without a date or an
    agency, it is one the gazetteer knows or the story names again in `body` ("GORO - Nella Sacca di Goro …")."""
    if dateline is None:
        return []
    mentions = []
    # "BREAKING:" or "UPDATE:" opens a line as a place would: without a date or an agency, only a place
    # the gazetteer knows is taken ("LILONGWE -")
    # "ALBA (Cuneo) -" too, and "HALLSTATT. Die Gemeinde …": a town in capitals and a full stop opens no headline
    # ("MENAI BRIDGE — …": a long dash after capitals sets a dateline off as a kicker's colon does not)
    # ("COCKERMOUTH" alone on its line under a byline: the line says nothing else)
    vouched = bool(dateline.day or dateline.agency or "(" in (dateline.place or "") or dateline.text.endswith((".", "—", "–", "--"))
                   or dateline.text == dateline.place)
    parts = [part.strip() for part in re.split(r"[,()]", dateline.place or "")]
    # "ABBOTSFORD, B.C. -": a province's or state's abbreviation after a town says it is one
    vouched = vouched or any(part in STATE_ABBREVIATIONS for part in parts[1:])
    for index, part in enumerate(parts):
        if part in STATE_ABBREVIATIONS and index:
            mentions.append(Mention(part, "place", STATE_ABBREVIATIONS[part]))  # "ESTERHAZY, Sask. —": the town's province
            continue
        named_again = (part.isupper() and len(part) >= 3 and dateline.text.rstrip().endswith(("-", "–", "—"))  # (not a kicker's colon)
                       and re.search(rf"\b{re.escape(part.title())}\b", body) is not None)
        if not vouched and not named_again and _fold(part.title()) not in places():
            continue
        if len(part) < 2 or part.endswith(".") and len(part) <= 5:
            continue  # "Fla.": a state's abbreviation
        if part.lower() in AGENCIES or _fold(part) in ORGANISATIONS or (part.isupper() and len(part) <= 4 and _fold(part) not in places()
                                                                         and not dateline.agency and not named_again):
            continue  # "LONDON, Reuters -", "NATO, EU -": names, not where the report was filed ("KAUB (dpa) -" is a town)
        name = part.title() if part.isupper() else part
        mentions.append(Mention(part, "place", places().get(_fold(name), name)))
    agencies = [part.strip() for part in (dateline.agency or "").split("/") if part.strip()]  # "(dpa/lsw)": and its regional desk
    if agencies and looks_like_agency(agencies[0]):
        mentions += [Mention(agency, "org", ORGANISATIONS.get(_fold(agency), agency)) for agency in agencies]
    return mentions


def places_the_dateline_names(mentions: list[Mention], datelined: list[Mention]) -> list[Mention]:
    """The town a dateline names is that town wherever the article names it, though its name reads as a person's
    ("Carmelo Peralta (EFE).- … entre Loma Plata y Carmelo Peralta", a town named after a man)."""
    towns = {_fold(m.text): m.canonical for m in datelined if m.kind == "place"}
    if not towns:
        return mentions
    return [Mention(m.text, "place", towns[_fold(m.text)]) if m.kind == "person" and _fold(m.text) in towns else m for m in mentions]


def kinds_across_article(mentions: list[Mention]) -> list[Mention]:
    """A name the article types once is that kind wherever it stands untyped: the dateline's
    "CARRICKHAVEN" is a place, so the body's "harbour mouth at Carrickhaven" is that place too. A
    name typed two ways in one article is left as each mention has it."""
    typed: dict[str, set[tuple[str, str]]] = {}
    for mention in mentions:
        if mention.kind != "other":
            for name in (mention.text, mention.canonical):
                typed.setdefault(_fold(name), set()).add((mention.kind, mention.canonical))
        if mention.kind == "org" and (town := _town_of_its_council(mention.text)):
            typed.setdefault(_fold(town), set()).add(("place", town))  # "il Comune di Portofino … chiudere Portofino"
    if not typed:
        return mentions
    resolved = []
    for mention in mentions:
        known = typed.get(_fold(mention.text)) if mention.kind == "other" else None
        if known and len({kind for kind, _ in known}) == 1 and len(known) == 1:
            kind, canonical = next(iter(known))
            mention = Mention(mention.text, kind, canonical)
        resolved.append(mention)
    return resolved


def _town_of_its_council(name: str) -> str | None:
    """The town a council's name holds ("Comune di Portofino" → "Portofino", "Ayuntamiento de Soria"), or None."""
    words = name.split()
    if len(words) > 2 and _fold(words[0]) in _TOWN_HALLS and words[1].lower() in _NAME_OF and words[2][:1].isupper():
        return " ".join(words[2:])
    return None


_PROTECTED_AREAS: Final = {"national park", "wildlife sanctuary", "nature reserve", "game reserve", "marine park", "state park"}


def merged_agencies_in_full(mentions: list[Mention]) -> list[Mention]:
    """A wire agency merged into another goes on signing its datelines with its old letters: "Davos (sda) … ©
    Keystone-SDA", "Genève (ATS) … © Keystone-ATS". Where the article names the merged agency, the letters alone
    are its short form and take its name."""
    # (a word before the letters, not letters: "CAA-NRC" joins two acronyms, each its own law's)
    merged = {_fold(tail): mention.canonical for mention in mentions
              if mention.kind == "org" and " " not in mention.text and mention.canonical == mention.text
              and (parts := mention.text.rpartition("-"))[0] and (head := parts[0])[:1].isupper() and head[1:].isalpha()
              and head[1:].islower() and len(head) >= 4 and (tail := parts[2]).isupper() and 2 <= len(tail) <= 5}
    if not merged:
        return mentions
    return [Mention(m.text, m.kind, merged[_fold(m.text)]) if m.kind == "org" and m.text == m.canonical and _fold(m.text) in merged
            else m for m in mentions]


def national_sections_in_full(mentions: list[Mention]) -> list[Mention]:
    """A body with national sections, named with its country once ("der WWF Schweiz", "Greenpeace France"), is
    that section wherever the article names it alone ("WWF-Sprecherin"), when the article names only one."""
    sections: dict[str, set[str]] = {}
    for mention in mentions:
        head, _, country = mention.text.rpartition(" ")
        if mention.kind == "org" and head and _names_a_country(_fold(country)) and (body := ORGANISATIONS.get(_fold(head))):
            sections.setdefault(body, set()).add(mention.canonical)
    if not sections:
        return mentions
    return [Mention(m.text, m.kind, next(iter(sections[m.canonical])))
            if m.kind == "org" and len(sections.get(m.canonical, ())) == 1 and _fold(m.text) in ORGANISATIONS else m
            for m in mentions]


def acronyms_named_in_full(mentions: list[Mention]) -> list[Mention]:
    """An organisation's letters that no list expands, where the article names one body in full whose
    words' initials they are: "(AP) … Associated Press writer …", "Department of Conservation … DOC" (its
    links' initials in or out). They take the full name's canonical form."""
    full: dict[str, set[str]] = {}
    for mention in (m for m in mentions if m.kind == "org"):
        # (by its words as written and as its canonical name has them: "The Canadian Press" is "CP")
        for words in {tuple(mention.text.split()), tuple(mention.canonical.split())}:
            if len(words) < 2 or not all(word[:1].isupper() or word in _NAME_LINKS for word in words):
                continue
            for initials in {"".join(word[0] for word in words if word not in _NAME_LINKS), "".join(word[0] for word in words)}:
                full.setdefault(_fold(initials).upper(), set()).add(mention.canonical)
    if not full:
        return mentions
    return [Mention(m.text, m.kind, next(iter(full[m.text])))
            if m.kind == "org" and m.text == m.canonical and m.text.isupper() and len(full.get(m.text, ())) == 1 else m
            for m in mentions]


def short_names_in_full(mentions: list[Mention], text: str) -> list[Mention]:
    """A body or a place named in full once is often named again by one word of its name, or a place
    by the words before a link: "Xunta de Galicia … la Xunta", "Kestrel Launch Systems … Kestrel",
    "Liverpool Echo … told the Echo", "Santiago de Compostela … a 115 kilómetros de Santiago". Such a
    part of the article's `text` takes the full name's canonical form and kind. Not when the part is
    a person, a country, a known body ("Bundestag" is itself, whatever "Bundestag de Berlin" is), a
    word that names any body ("Police" after "Merseyside Police") or a word the text also writes in
    lower case; a known place stays itself unless the full name carries it on with a lower-case
    link: "Liverpool" is not the Echo, "London" not London Bridge, but "Santiago" is Santiago de
    Compostela. A body's last word names it only when it is a newspaper's or a body's word ("the
    Standard", "die Nationalbank"): a person's surname after a misread title is not the body ("Steve
    Jobs", "GM Theo Epstein", "Regierung Berlusconi")."""
    full_of: dict[str, Mention | None] = {}  # a part's folded text → the full name, None when two full names share it
    # the last words of bodies named by their region ("Manitoba Hydro"): the body's, whatever kind the rules found
    region_bodies: set[str] = set()
    # the first names of places joined by a hyphen to a capitalised second ("Mauléon-Licharre … Mauléon"): a town
    # of two merged ones, named by its first, which the rules left of no kind; and a park's or a sanctuary's name
    # without its kind ("Kaziranga National Park … Kaziranga")
    place_heads: set[str] = set()
    family_firms: set[str] = set()

    def claim(key: str, mention: Mention) -> None:
        full_of[key] = None if key in full_of and full_of[key] != mention else mention

    for mention in mentions:
        words = mention.text.split()
        if mention.kind == "place" and len(words) == 1 and "-" in mention.text:
            first, _, second = mention.text.partition("-")
            if _linked_on(mention.text, first):
                claim(_fold(first), mention)  # "Dunkwa-on-Offin … its Dunkwa plant", "Stratford-upon-Avon"
                continue
            if (len(first) > 3 and second[:1].isupper() and _fold(mention.canonical) not in countries()
                    and _fold(mention.canonical) not in regions() and first.lower() not in _PARTS_OF_PLACE_NAMES):
                # (a country's or a region's is no merged town: "États-Unis", "Haute-Savoie"; nor "Saint-Imier" Saint's)
                claim(_fold(first), mention)
                place_heads.add(_fold(first))
        if mention.kind == "place" and len(words) >= 3 and " ".join(words[-2:]).lower() in _PROTECTED_AREAS:
            claim(_fold(" ".join(words[:-2])), mention)
            place_heads.add(_fold(" ".join(words[:-2])))
        if mention.kind not in {"org", "place"} or len(words) < 2 or mention.text[:1].islower():
            continue
        linked = next((i for i, word in enumerate(words) if word[:1].islower() and word not in _CONJUNCTIONS), len(words))
        parts = set()
        if linked < len(words) or mention.kind == "org":
            head = words[:linked] if mention.kind == "place" and linked < len(words) else words[:1]
            rest = " ".join(word for word in words[len(head):] if not word[:1].islower())
            if not any(c.isdigit() for c in rest) and _kind(rest, "")[0] != "person":  # "Airbus A380", "Pentágono Michael Wynne"
                parts.add(" ".join(head))
        if linked == len(words) and (words[-1].lower() in _NEWSPAPER_WORDS or words[0].lower() in _PLACE_NAME_OPENERS
                                     or mention.kind == "org" and len(words) == 2 and _names_a_body(words[1])):
            parts.add(words[-1])  # "Evening Standard … the Standard", "Mount Etna … Etna"
        if mention.kind == "org" and len(words) == 2 and (_place_then_no_name(_fold(mention.text).split())
                                                          or _town_then_a_plural(_fold(mention.text).split())):
            parts.add(words[-1])  # "Manitoba Hydro … Hydro said", "Kassel Huskies … the Huskies"
            region_bodies.add(_fold(words[-1]))
        if mention.kind == "org" and len(words) == 2 and words[0].lower().endswith(_GERMAN_TRADE_WORKSHOPS) and words[1][1:].islower():
            parts.add(words[-1])  # "die Bäckerei Brinkmeier … seit 31 Jahren bei Brinkmeier": the firm, by its family's name
            region_bodies.add(_fold(words[-1]))
            family_firms.add(_fold(words[-1]))  # (whatever "bei" made of the name alone)
        for part in parts:
            key = _fold(part)
            if key != _fold(mention.text):
                claim(key, mention)
    mentions = _syllable_abbreviations(mentions)
    if not full_of:
        return mentions
    gazetteer = places()
    lower_case_words: set[str] | None = None
    resolved = []
    for mention in mentions:
        key = _fold(mention.text)
        full = full_of.get(key)
        # (a word no rule found a kind for is a part only as a newspaper's word: "Democratic", "Wasilla", "Mark"
        # before "Democratic National Committee", "Wasilla Bible Church", "Mark Felt" are other words or names)
        if (full is not None and (mention.kind in {"org", "place"} or key in _NEWSPAPER_WORDS or _CAMEL_CASE.search(mention.text)
                                  or key in region_bodies or key in place_heads and mention.kind == "other")
                and mention.canonical == mention.text
                and (mention.kind != "place" or full.kind == "place" or key in family_firms) and not _ACRONYM.match(mention.text)
                and key not in countries() and (key not in _ORG_WORDS or key in _NEWSPAPER_WORDS) and key not in ROLE_WORDS
                and key not in ORGANISATIONS and mention.text not in known_bodies()
                and (key not in gazetteer or (full.kind == "place" and _linked_on(full.text, mention.text)))):
            if lower_case_words is None:
                lower_case_words = set(_UNCAPITALISED_WORD.findall(text))
            if mention.text.lower() not in lower_case_words:  # ("People … people said", "Promises … promises")
                mention = Mention(mention.text, full.kind, full.canonical)
        resolved.append(mention)
    return resolved


# the German words for a workshop that names a family's firm: "Bäckerei Brinkmeier", "Brauerei Rothaus", "Konditorei Zauner"
_GERMAN_TRADE_WORKSHOPS: Final = ("erei", "konditorei")


_CAPITALISED_PIECE: Final = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+")


def _syllable_abbreviations(mentions: list[Mention]) -> list[Mention]:
    """A body named again by the first letters of each word of its name, joined ("Caledonian MacBrayne …
    CalMac said"): the one name of the article whose words open with those pieces, in order, is that body's,
    whatever kind the words around the full name left it (two capitalised words read as a person's name)."""
    names = {m.canonical: m for m in mentions if m.kind in {"org", "other", "person"} and 2 <= len(m.text.split()) <= 4}
    spelled_by: dict[int, str] = {}
    for index, mention in enumerate(mentions):
        if names and _joined_words_name(mention.text) and mention.canonical == mention.text:
            pieces = _CAPITALISED_PIECE.findall(mention.text)
            spelled = [name for name in names.values() if len(name.text.split()) == len(pieces)
                       and all(word.startswith(piece) and word != piece for word, piece in zip(name.text.split(), pieces))]
            if len(spelled) == 1:
                spelled_by[index] = spelled[0].canonical
    if not spelled_by:
        return mentions
    bodies = set(spelled_by.values())
    return [Mention(m.text, "org", spelled_by[i]) if i in spelled_by
            else Mention(m.text, "org", m.canonical) if m.kind != "place" and m.canonical in bodies else m
            for i, m in enumerate(mentions)]


# a brand's capital inside its word ("CalMac", "PayPal"): no common word nor a town's name, whatever the words around it say
_CAMEL_CASE: Final = re.compile(r"[a-zà-ÿ][A-ZÀ-Þ]")
# a word of any length written in lower case (not `_LOWER_CASE_WORD`, which finds agencies' short names)
_UNCAPITALISED_WORD: Final = re.compile(r"\b[^\W\d_A-ZÀ-Þ][^\W\d_]*")


# a newspaper is named again by the last word of its name: "Liverpool Echo … told the Echo", "the Post"
_NEWSPAPER_WORDS: Final = {"echo", "times", "post", "herald", "standard", "telegraph", "gazette", "tribune", "journal", "chronicle",
                    "courier", "observer", "examiner", "inquirer", "mirror", "guardian", "independent", "express", "sentinel",
                    "dispatch", "ledger", "register"}
# the words that open a place's name and may be left out when it is named again: "Le Havre", "Mount Etna"
_PLACE_NAME_OPENERS: Final = {"le", "la", "el", "il", "mount", "mont", "monte", "lake", "lago", "lac"}


def _linked_on(full: str, part: str) -> bool:
    """Whether `full` goes on from `part` with a lower-case word: "Santiago de Compostela", "Frankfurt am Main",
    "Dunkwa-on-Offin"."""
    link = full[len(part) : len(part) + 1]
    rest = full[len(part) + 1 :].replace("-", " ").split()
    # (hyphened, "en" is French "in", not Dutch "and": "Châlons-en-Champagne")
    return (full.startswith(part) and link in {" ", "-"} and bool(rest) and rest[0][:1].islower()
            and (rest[0] not in _CONJUNCTIONS or link == "-"))


# "Newfoundland and Labrador", "Castilla y León": two places named together, neither a part of the other
_CONJUNCTIONS: Final = {"and", "und", "et", "y", "e", "i", "en", "og", "och"}


# removed lines that credit people and agencies: "By Harriet Quayle", "Photo: Sam Whitlow/PA Images"
# lines that credit the report, its pictures or its rights to someone: "By …", "Foto: …", "© 2026 Canadian Press"
CREDIT_REASONS = frozenset({"byline", "photo caption", "copyright"})
_BYLINE_LEADS: Final = r"by|von|par|por|di|da"  # "By …", "Von …", "Par …", "Por …", "Di …"
_COPYRIGHT_MARK: Final = r"(?:©|\(c\)|copyright\b)"
_COPYRIGHT: Final = re.compile(rf"^\s*{_COPYRIGHT_MARK}", re.I)
_CREDIT_LEAD: Final = re.compile(r"^\s*(?:" + _COPYRIGHT_MARK + r"\s*(?:©|\(c\))?\s*(?:\d{4}\b)?\s*"
                          rf"|(?:{_BYLINE_LEADS}|photo|foto|picture|image|bild|crédit|credit)\b\s*:?\s*)", re.I)


def _credited_body(name: str) -> Mention:
    """A body a credit names, by the usual name the lists give it ("© 2027 The Canadian Press": the agency's name
    without its article, as its letters' initials have it, "(CP)")."""
    body = name[4:] if name.startswith("The ") and name[4:].lower() in AGENCIES else name
    return Mention(name, "org", ORGANISATIONS.get(_fold(body), body))


def _listed_body(name: str) -> bool:
    """Whether a credit's words are a wire agency's or a body's whole name, as the lists write it."""
    return name.lower() in AGENCIES or _fold(name) in ORGANISATIONS


def credited_entities(lines: list[str], lang: str | None) -> list[Mention]:
    """The people and organisations a byline or a photo credit names: the article names them, though
    not as part of its story (grouping leaves them out: `credited_only`)."""
    mentions = []
    for line in lines:
        text = _CREDIT_LEAD.sub("", line).replace("/", " / ").replace("|", " | ")
        # a credit is a list of names, not a sentence: its first name is no sentence's capitalised opener ("EFE / Ana Ruiz")
        found = [m for m in extract_entities(["| " + text], lang)
                 if (m.kind in {"person", "org"} or m.kind == "place" and f" in {m.text}" in text)  # "Reporting by Ana Ruiz in Lima"
                 and _fold(m.text.split()[-1]) not in _NEWSROOM_JOBS]
        outlet = byline["outlet"] if (byline := _BYLINE_WITH_OUTLET.match(line)) else ""
        named = text.strip(" .|")  # what the credit names after its lead: an agency, a holder, a list of people
        if _AMPERSAND_NAME.fullmatch(outlet) or _COPYRIGHT.match(line) and _AMPERSAND_NAME.fullmatch(named):
            # "By Hannah Birkett, News & Star", "© 2026 News & Star": two words an ampersand joins are one name, a
            # paper's or a firm's (people are named in full on each side: "By Ana Ruiz & Lee Kim")
            name = outlet or named
            found = [m for m in found if m.text not in name] + [_credited_body(name)]
        elif outlet and not any(word in _AND or word == "&" for word in outlet.lower().split()):
            # "By Jenna Trelawny, Cornwall Live", "Par Lucas Fabre, Midi Libre": after the reporter, the outlet, however
            # much its words look like a person's name ("By A and B, Outlet" too; "By A, B and C" lists people)
            found = [Mention(m.text, "org", m.canonical) if m.kind == "person" and m.text in outlet else m for m in found]
            if _names_an_outlet(outlet) and not any(m.text == outlet for m in found):
                # "Evening Standard": words that no rule takes for a name, but the byline says they are the outlet's
                found = [m for m in found if m.text not in outlet] + [_credited_body(outlet)]
        if _COPYRIGHT.match(line):
            # "© 2026 National World": who holds a page's copyright is its publisher, unless named like a person
            found = [Mention(m.text, "org", m.canonical) if m.kind == "person" and not named_like_a_person(m.canonical) else m
                     for m in found]
        if _COPYRIGHT.match(line) and _publishers_name(named) and not any(m.text == named and m.kind == "org" for m in found):
            # "© Il Faro del Delta", "© La Gazette basque": the page's publisher, by its whole name
            found = [m for m in found if m.text not in named] + [_credited_body(named)]
        if _listed_body(named) and not named.islower() and not any(m.text == named for m in found):
            # "© Belga", "© Keystone-ATS", "© La Presse Canadienne": a wire agency's copyright, its whole name
            found = [m for m in found if m.text not in named] + [_credited_body(named)]
        for part in text.split("/")[:-1]:
            # "Photo : Belga/Bruno Dethier", "Foto: Keystone/Jonas Amrein": the agency whose photographer took it, one word
            # before the slash, whatever else the word may be (a Spanish "Belgian", a town in Dakota)
            part = part.strip(" .|")
            if part[:1].isupper() and " " not in part and not any(m.text == part for m in found):
                found.append(_credited_body(part))
            elif " " in part and _listed_body(part) and not any(m.text == part for m in found):
                # "Photo : La Presse Canadienne/Marie-Ève Côté": an agency of many words, article and all, where the
                # first of the names found inside it stood
                at = next((position for position, m in enumerate(found) if m.text in part), 0)
                found = found[:at] + [_credited_body(part)] + [m for m in found[at:] if m.text not in part]
        mentions += found
        # agencies that write their names in lower case ("Von Lena Voss, dpa", "Foto: epd"), which no capital announces
        mentions += [Mention(word, "org", word) for word in _LOWER_CASE_WORD.findall(text) if word in AGENCIES]
    return mentions


def _publishers_name(words: str) -> bool:
    """Whether what a copyright line names is a publisher's name of a few words, two of them capitalised: not a
    person's, a place's, a year's nor the rights it reserves ("© Tutti i diritti riservati", "© Alle Rechte vorbehalten")."""
    split = words.split()
    return (2 <= len(split) <= 6 and split[0][:1].isupper() and sum(word[:1].isupper() for word in split) >= 2
            and all(word.replace("-", "").replace("'", "").replace("’", "").isalpha() for word in split)
            and not any(_fold(word) in _RIGHTS_RESERVED for word in split)
            and not (named_like_a_person(words) and split[0].lower() not in _ARTICLES_OPENING_TITLES) and _fold(words) not in places())


# the articles a paper's title opens with, which no person's name does: "Il Faro del Delta", "El Faro del Cantábrico"
_ARTICLES_OPENING_TITLES: Final = _LEADING_ARTICLES | {"the", "de", "het", "o", "a"}


# the words of a copyright line that reserve its rights, in the languages we read
_RIGHTS_RESERVED: Final = {"rights", "reserved", "droits", "reserves", "derechos", "reservados", "diritti", "riservati", "riservata",
                    "riproduzione", "reproduction", "rechte", "vorbehalten", "all", "tous", "todos", "tutti", "alle", "copyright"}


def _names_an_outlet(words: str) -> bool:
    """Whether a byline's words after the reporter can be an outlet's name: a few capitalised words,
    neither the reporter's job ("Health Correspondent") nor a place ("By Ana Ruiz, Lisbon")."""
    split = words.split()
    return (len(split) <= 5 and all(word[:1].isupper() or word.lower() in NAME_JOINERS for word in split)
            and not _fold(split[-1]).endswith(tuple(_NEWSROOM_JOBS)) and _fold(words) not in places())


# "By NAME, OUTLET" and nothing after it (a "| Foto: …" credit or a date after a bar is another matter)
_BYLINE_WITH_OUTLET: Final = re.compile(rf"^\s*(?:{_BYLINE_LEADS})\s+[^,|/:()]+,\s*(?P<outlet>[^,|/:()]+?)\s*$", re.I)
_LOWER_CASE_WORD: Final = re.compile(r"(?<![\w-])[a-z]{2,5}(?![\w-])")
_AMPERSAND_NAME: Final = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]+ & [A-ZÀ-ÖØ-Þ][\w'’-]+")


# what a byline says the reporter is, after the name: "By Priya Raman, Health Correspondent", "Science Desk"
_NEWSROOM_JOBS: Final = {"correspondent", "correspondents", "editor", "reporter", "writer", "desk", "staff", "columnist",
                  "photographer", "contributor", "correspondant", "correspondante", "corresponsal", "corrispondente",
                  "korrespondent", "korrespondentin", "redakteur", "redakteurin", "redaktion", "rédaction", "redacción", "redazione"}


def credited_only(mention: Mention, credit_text: str, story_text: str) -> bool:
    """Whether a mention stands in a byline or credit and nowhere in the story itself."""
    return mention.text in credit_text and mention.text not in story_text


def names_outlet(mention: Mention, outlet: str) -> bool:
    """Whether a mention names the article's outlet ("The Varden Lantern" is named "Varden Lantern" too)."""
    return _fold(mention.canonical).removeprefix("the ") == _fold(outlet).removeprefix("the ")


def outlet_as_organisation(mentions: list[Mention], outlet: str | None) -> list[Mention]:
    """The article's own outlet ("Harbor Ledger", from its byline or masthead) is an organisation
    wherever the text names it, whatever its words look like."""
    if not outlet:
        return mentions
    return [Mention(m.text, "org", m.canonical) if m.kind != "org" and names_outlet(m, outlet) else m for m in mentions]


# (continental forms only: leaving out "Inc.", "Corp." and "Ltd" too merged more reports of one carmaker's different
# occurrences in MEANTIME, B-cubed F1 0.964 → 0.949; English reports write those forms alike anyway)
_LEGAL_FORM_AT_END: Final = re.compile(r"\s+(?:ag|gmbh|sa|s\.a\.|spa|s\.p\.a\.|nv|n\.v\.|bv|b\.v\.|asa|oy|kg|srl|s\.r\.l\.|sarl|sas|s\.l\.|a/s)$")


def entity_keys(mentions: list[Mention]) -> list[str]:
    """Keys for comparing articles: folded canonical names, plus a person's surname, so that
    "Benjamin Netanyahu" in one article meets "Netanyahu" in another."""
    keys = []
    for mention in mentions:
        key = _fold(mention.canonical)
        if mention.kind == "org":
            # "Gamprin Bank AG" in one report is "Gamprin Bank" in another: the legal form names no other firm
            key = _LEGAL_FORM_AT_END.sub("", key) or key
        keys.append(key)
        if " " not in key:
            continue
        last = key.split()[-1]
        # the last word of other names too ("Trend Micro" → "micro", "Wasilla Bible Church" → "church"): a
        # shorter mention elsewhere often keeps only that word; words many names share weigh little (IDF)
        if mention.kind == "person" or (len(last) > 3 and last not in places()):
            keys.append(last)
    return keys
