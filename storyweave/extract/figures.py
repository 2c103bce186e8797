"""Numbers with what they count: "26,751 people have been killed", "$44 billion", "around 250 individuals"."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from storyweave.clean.sentences import sentence_around
from storyweave.clean.alternation import prefix_tree_pattern
from storyweave.extract.gazetteer import DEMONYMS
from storyweave.model import Figure

_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
    "a dozen": 12, "dozens": 24, "dozens of": 24, "hundreds": 200, "hundreds of": 200, "thousands": 2000, "thousands of": 2000,
    "tens of thousands": 20000, "tens of thousands of": 20000, "millions": 2_000_000, "millions of": 2_000_000,
}
_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = {"thirteen": 13, "fourteen": 14, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_WORD_NUMBERS.update(_TEENS)
_WORD_NUMBERS.update(_TENS)
# compounds are matched by shape ("forty-two", "four-and-a-half"), not listed: a long alternation
# of every compound doubled the cost of figure extraction
_COMPOUND = re.compile(r"^(?P<base>[a-z]+)(?:-(?P<unit>one|two|three|four|five|six|seven|eight|nine))?(?P<half>[- ]and[- ]a[- ]half)?$")


def _word_value(words: str, table: Mapping[str, float]) -> float:
    text = words.lower()
    if text in table:
        return float(table[text])
    match = _COMPOUND.match(text)
    assert match is not None and match.group("base") in table, text
    value = float(table[match.group("base")])
    if match.group("unit"):
        value += _UNITS.index(match.group("unit")) + 1
    return value + (0.5 if match.group("half") else 0.0)

_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
# dollars a country's letters mark: "A$1,000" is Australian ("$" alone is read as the US dollar); the signs
# are shared with the brief, which quotes the phrase that states a figure
_PREFIXED_DOLLARS = {"us$": "USD", "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD", "nz$": "NZD", "hk$": "HKD", "s$": "SGD"}
CURRENCY_SIGN = r"(?<![A-Za-z])(?:US|AU|A|CA|C|NZ|HK|S)\$|\$|€|£|¥"
_CURRENCY = {**_PREFIXED_DOLLARS, "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "usd": "USD", "eur": "EUR", "dollars": "USD", "euros": "EUR", "pounds": "GBP"}
_APPROX = "(?:" + prefix_tree_pattern(
    "about around approximately roughly nearly almost some over".split()
    + ["more than", "at least", "up to", "an estimated", "estimated", "close to", "fewer than", "less than", "upwards of"]
) + ")"
# "m", "mn" and "k" scale only a sum they are glued to: "£3.5m", "$300k" (apart from a number they are metres, or
# nothing: "300 m de la plage", "a 5m wall")
_GLUED_SCALES = {"m", "mn", "k"}
_GLUED_SCALE_AFTER_A_SIGN = rf"(?(currency)(?P<gscale>{prefix_tree_pattern(list(_GLUED_SCALES))})\b|(?!))"
_NUMBER = (
    rf"(?P<currency>{CURRENCY_SIGN})?\s?"
    r"(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"(?:\s?(?P<scale>thousand|million|mln|billion|bn|trillion)\b|{_GLUED_SCALE_AFTER_A_SIGN})?"
    r"(?P<percent>\s?%|\s?per\s?cent\b|\s?percent\b)?"
)
_WORDS = (
    "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|"
    + prefix_tree_pattern(list(_WORD_NUMBERS))
)
_WORDS = rf"(?:{_WORDS})(?:[- ]and[- ]a[- ]half)?"
_SCALES_EN = "thousand|million|billion|trillion"
_FIGURE = re.compile(
    rf"(?P<approx>\b{_APPROX}\s+)?(?:{_NUMBER}|\b(?P<word>{_WORDS})(?:\s+(?P<wscale>{_SCALES_EN}))?\b"
    rf"|\b(?:one|a)\s+(?P<oscale>{_SCALES_EN})\b)(?P<rest>(?:[\s-]+[^\W\d][\w’'-]*){{0,4}})",
    re.I,
)

# Continental style: "4.500 Menschen", "4 500 personnes", "2,3 Prozent", "481 Milliarden Euro"
COMMA_DECIMAL_LANGUAGES = {"de", "fr", "es", "it", "nl", "pt", "pl", "tr", "ru", "uk", "cs", "da", "sv", "no", "fi", "ro", "hu"}
_SCALE.update({
    "tausend": 1e3, "million": 1e6, "millionen": 1e6, "mio": 1e6, "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9,
    "millions": 1e6, "milliard": 1e9, "milliards": 1e9, "millón": 1e6, "millones": 1e6, "mil millones": 1e9,
    "milione": 1e6, "milioni": 1e6, "miliardo": 1e9, "miliardi": 1e9, "miljoen": 1e6, "miljard": 1e9, "miljarden": 1e9,
})
_CURRENCY.update({"euro": "EUR", "dollar": "USD", "dólares": "USD", "dollari": "USD", "pfund": "GBP", "franken": "CHF",
                  # Swiss francs, as the Swiss French and Italian press write them ("francs CFA" are not: see `_figure`)
                  "francs": "CHF", "franchi": "CHF"})
_WORD_NUMBERS_CONTINENTAL = {
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
    "zwölf": 12, "dutzende": 24, "hunderte": 200, "tausende": 2000, "zehntausende": 20000,
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
    "dizaines": 24, "centaines": 200, "milliers": 2000, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "decenas": 24, "cientos": 200, "miles": 2000, "due": 2,
    "quattro": 4, "cinque": 5, "sette": 7, "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "decine": 24,
    "centinaia": 200, "migliaia": 2000, "twee": 2, "drie": 3, "vijf": 5, "zes": 6, "zeven": 7, "negen": 9, "tien": 10,
    "honderden": 200, "duizenden": 2000,
}
_VAGUE_CONTINENTAL = {"dutzende", "hunderte", "tausende", "zehntausende", "dizaines", "centaines", "milliers", "decenas", "cientos",
                      "miles", "decine", "centinaia", "migliaia", "honderden", "duizenden"}
_APPROX_CONTINENTAL = "(?:" + prefix_tree_pattern([
    "rund", "etwa", "ca.", "circa", "mindestens", "über", "mehr als", "fast", "knapp", "bis zu", "weit über", "environ", "près de",
    "au moins", "plus de", "presque", "jusqu'à", "alrededor de", "unos", "unas", "casi", "más de", "al menos", "hasta", "quasi",
    "almeno", "oltre", "più di", "fino a", "ongeveer", "bijna", "minstens", "meer dan",
]) + ")"
_WORDS_CONTINENTAL = prefix_tree_pattern(list(_WORD_NUMBERS_CONTINENTAL))
_SCALES_CONTINENTAL = prefix_tree_pattern([scale for scale in _SCALE if scale not in _GLUED_SCALES])
_FIGURE_CONTINENTAL = re.compile(
    rf"(?P<approx>\b{_APPROX_CONTINENTAL}\s+)?(?:(?P<currency>{CURRENCY_SIGN})?\s?"
    rf"(?P<number>\d{{1,3}}(?:[.\u00a0\u202f ]\d{{3}})+(?:,\d+)?|\d+(?:,\d+)?)"
    rf"(?:\s?(?P<scale>{_SCALES_CONTINENTAL})\.?(?!\w)|{_GLUED_SCALE_AFTER_A_SIGN})?(?P<percent>\s?%|\s?prozent\b|\s?pour cent\b|\s?por ciento\b|\s?per cento\b|\s?procent\b)?"
    rf"|\b(?P<word>{_WORDS_CONTINENTAL})(?:\s+(?P<wscale>{_SCALES_CONTINENTAL}))?\b"
    rf"|\b(?:eine|ein|une|un|uno|una|één)\s+(?P<oscale>{_SCALES_CONTINENTAL})\b)(?P<rest>(?:[\s-]+[^\W\d][\w’'-]*){{0,4}})",
    re.I,
)
_VERB_WORDS = (
    "killed killing dead died dying injured injuring wounded wounding hurt missing kidnapped kidnapping abducted abducting held "
    "released releasing freed freeing arrested arresting detained displaced evacuated rescued rescuing affected infected deported "
    "fired launched intercepted raised cut lost paid spent worth cost damaged destroyed sentenced jailed fined elected voted casualties "
    "deaths "
    "flee fled fleeing arrest kill rose risen rising fell fallen falling grew grown growing deployed deploying cancelled canceled "
    "treated pledged pledging seized seizing stranded delivered vaccinated"
).split() + ["taken hostage"]
# the list's verbs in German, French, Spanish and Italian, as participles (every gender and number): reported as written
_PARTICIPLE_STEMS = {
    # (stem, endings) in French, Spanish and Italian; the German participles as they are
    "fr": ("tué décédé blessé disparu enlevé libéré arrêté interpellé évacué secouru déplacé touché infecté expulsé lancé "
           "intercepté perdu payé dépensé endommagé détruit condamné annulé supprimé soigné vacciné déployé bloqué livré saisi "
           "promis augmenté baissé chuté diminué", ("", "e", "s", "es")),
    "es": ("muert fallecid asesinad herid desaparecid secuestrad liberad detenid arrestad evacuad rescatad desplazad afectad "
           "infectad deportad lanzad interceptad perdid pagad gastad dañad destruid condenad cancelad suprimid atendid vacunad "
           "desplegad varad entregad incautad decomisad prometid", ("o", "a", "os", "as")),
    "it": ("mort decedut uccis ferit dispers rapit liberat rilasciat arrestat fermat evacuat soccors salvat sfollat colpit "
           "contagiat espuls lanciat intercettat pers pagat spes danneggiat distrutt condannat salit calat ses diminuit "
           "cresciut aumentat cancellat soppress vaccinat schierat bloccat consegnat sequestrat promess fuggit", ("o", "a", "i", "e")),
}
_GERMAN_PARTICIPLES = (
    "getötet gestorben verletzt verwundet vermisst entführt freigelassen festgenommen verhaftet evakuiert gerettet vertrieben "
    "betroffen infiziert abgeschoben abgefeuert abgefangen verloren gezahlt bezahlt ausgegeben beschädigt zerstört verurteilt "
    "inhaftiert gestiegen gesunken gefallen gewachsen gestrichen annulliert behandelt geimpft eingesetzt gestrandet geliefert "
    "beschlagnahmt sichergestellt zugesagt geflohen festgehalten"
).split()
_PARTICIPLES = [stem + ending for stems, endings in _PARTICIPLE_STEMS.values() for stem in stems.split() for ending in endings]
# (French past participles of -er verbs end in é; Spanish "subido"/"caído"/"aumentado" and French "fui" are one form only)
_PARTICIPLES += _GERMAN_PARTICIPLES + ["subido", "bajado", "caído", "aumentado", "disminuido", "crecido", "huido", "fui", "fuis",
                                       "retenido", "retenidos", "retenidas", "détenu", "détenus", "détenues"]
_VERBS = re.compile(rf"\b({prefix_tree_pattern(_VERB_WORDS + _PARTICIPLES)})\b", re.I)
# words that say a number counts something (`_VERBS`) but are no verb of the list a figure reports: nouns, and verbs of
# a price or a vote
_UNREPORTED = {"worth", "cost", "casualties", "deaths", "elected", "voted", "fired"}
_REPORTED_VERBS = re.compile(
    rf"\b({prefix_tree_pattern([word for word in _VERB_WORDS + _PARTICIPLES if word not in _UNREPORTED])})\b", re.I)
# the verb is reported in its past form whichever form the text uses
_PAST = {"killing": "killed", "injuring": "injured", "wounding": "wounded", "kidnapping": "kidnapped", "abducting": "abducted",
         "releasing": "released", "freeing": "freed", "arresting": "arrested", "dying": "died", "rescuing": "rescued",
         "fleeing": "fled", "rose": "risen", "rising": "risen", "fell": "fallen", "falling": "fallen", "grew": "grown",
         "growing": "grown", "deploying": "deployed", "canceled": "cancelled", "pledging": "pledged", "seizing": "seized",
         "kill": "killed", "arrest": "arrested", "flee": "fled"}
VERB_BEFORE = 40  # characters before the number where its verb may stand ("killed 1,200 civilians")
VERB_AFTER = 80
_INCLUDING = re.compile(r"\b(?:including|among them|of whom|of them)\s+$", re.I)
# units written as symbols after a number, as measured quantities are in every language; a hectare only before what it
# measures or at the clause's end, as Italian and Spanish "ha" is a verb too ("un uomo di 40 ha perso …"); a metre only
# before what says a distance or a size, or at the clause's end
_UNIT_SYMBOL_AFTER = re.compile(
    r"[ \u00a0\u202f]?(km/h|km²|m²|m³|kWh|MWh|GWh|TWh|mph|kph|km|cm|mm|kg|mg|hl|kW|MW|GW|lbs|lb|ft"
    # a metre, as a hectare, only where a million cannot be meant ("5m people" are 5 million)
    r"|m(?=[ \u00a0]*(?:[.,;:)]|$)|[ \u00a0]+(?:of|from|away|high|tall|long|deep|wide|de|di|d['’]|du|des|del|della|dal|dalla|von|vom|hoch|tief|lang|breit|entfernt|unter|über)\b)"
    r"|ha(?=[ \u00a0]*(?:[.,;:)]|$)|[ \u00a0]+(?:of|de|d['’]|du|des|di|del|della|dei|von|an|Wald)\b))(?![\w/²³])")
_OTHER_FRANCS = {"CFA", "CFP", "congolais", "guinéens", "burundais", "rwandais", "djiboutiens", "comoriens"}
# "65,636 others injured": a stop word that still names what is counted
_COUNTED_PRONOUNS = {"others", "people", "persons", "individuals"}
_SKIP_NOUNS = {"am", "pm", "a.m", "p.m", "gmt", "utc", "percent", "per"}
_FILLER = {"de", "di", "del", "des", "della", "dei", "degli", "delle", "der", "von", "of", "other", "others'", "more", "additional", "new", "people's", "the", "a", "have", "has", "were", "was", "been", "are"}


_MEASURE_ADJECTIVE = re.compile(
    r"-(?:year|month|week|day|hour|minute|second|mile|metre|meter|kilometre|kilometer|km|point|man|member|storey|story|seat|page|game|"
    r"yard|inch|foot|acre|tonne|ton|percent|per-cent)s?\b"
    # German writes them as adjectives: "der 47-jährige Betreiber", "ein 24-stündiger Streik"
    r"|-(?:jährig|stündig|tägig|wöchig|monatig|minütig)\w*",
    re.I,
)
_VAGUE = {"dozens", "hundreds", "thousands", "tens of thousands", "millions"}
# where a figure may stand: a digit, a number word, or an article before a scale ("a million"). The full
# pattern is tried only there, not at every character of every sentence (it is long: it cost most of
# the figure extraction's time)
_ANCHOR = re.compile(
    r"\d|(?<!\w)(?:" + prefix_tree_pattern(list(_WORD_NUMBERS) + [f"{a} {s}" for a in ("a", "one") for s in _SCALES_EN.split("|")]) + r")(?!\w)",
    re.I,
)
_ANCHOR_CONTINENTAL = re.compile(
    r"\d|(?<!\w)(?:" + prefix_tree_pattern(
        list(_WORD_NUMBERS_CONTINENTAL) + [f"{a} {s}" for a in ("eine", "ein", "une", "un", "uno", "una", "één") for s in _SCALE]
    ) + r")(?!\w)",
    re.I,
)
_APPROX_BEFORE = re.compile(rf"(?<!\w){_APPROX}\s+$", re.I)
_APPROX_BEFORE_CONTINENTAL = re.compile(rf"(?<!\w){_APPROX_CONTINENTAL}\s+$", re.I)
_CURRENCY_BEFORE = re.compile(rf"(?:{CURRENCY_SIGN})\s?$")
# relative time places an event, it measures nothing: "within 90 days", "the next four weeks", "ten years ago"
# ("after 90 minutes" is left alone: "After four-and-a-half months of fighting" measures; "desde hace más de 100
# años" and "seit zehn Jahren" are how long, not when)
# (the words' first letters are tested first: the pattern is searched for at every position of the text before each
# number, and a position no word starts at then fails at one test, not at each of forty branches)
_RELATIVE_BEFORE = re.compile(r"(?=[abdefhiklnpstuvwú])"
                              r"(?:\b(?:within|next|past|last|first|after|après|dopo|tras|prochains?|prochaines?|derniers?|dernières?|premiers?|"
                              r"premières?|dans|prossimi|prossime|primi|prime|ultimi|ultime|entro|próximos|próximas|últimos|últimas|"
                              r"sous|primeros|primeras|(?<!desde )hace|nächsten|letzten|ersten|vergangenen|kommenden|innerhalb|binnen|vor)"
                              r"|d['’]ici|il y a)\s*$", re.I)
# matched where the number ends, not on a copy of the rest of the sentence
_RELATIVE_AFTER = re.compile(r"\s*(?:\S+\s+)?(?:ago|later|prochains?|prochaines?|derniers?|dernières?|plus tard|prossimi|"
                             r"prossime|fa|próximos|próximas|später)\b", re.I)
# "after 20 months.", "After two hours, he gave up": when; "after 15 years in power", "After four-and-a-half months of
# fighting", "after eight days on the run": how long something went on
_AFTER_BEFORE = re.compile(r"\b(?:after|après|dopo|tras)\s*$", re.I)
_TIME_ENDS_THE_PHRASE = re.compile(r"\s*\S+\s*(?:[,.;:!?)]|$)")
# an age in years: "3.000 Jahre alte Schwerter", "71 Jahre alt", "40 years old"
_YEARS_OLD_AFTER = re.compile(r"\s*\S+\s+(?:alt|alte|alter|altes|alten|old)\b", re.I)
_TIME_NOUNS = set(
    "seconds minutes hours days weeks months years decades second minute hour day week month year decade "
    "secondes heures jours semaines mois ans années heure jour semaine an année "
    "segundos minutos horas días semanas meses años hora día semana mes año "
    "secondi minuti ore giorni settimane mesi anni ora giorno settimana mese anno "
    "sekunden minuten stunden tage tagen wochen monate monaten jahre jahren stunde tag woche monat jahr jahrzehnte jahrzehnten".split()
)
# ages: "under 25 years", "sotto i 25 anni", "menores de 18 años"
_AGE_BEFORE = re.compile(r"\b(?:under|over the age of|aged|sotto i|sopra i|menores de|mayores de|moins de|unter|über"
                         # a range of ages: "âgés de 19 à 43 ans", "de entre 25 y 67 años"
                         r"|(?:âgé|âgée|âgés|âgées|aged)(?:\s+de)?(?:\s+\d+\s+(?:à|to|and))?|de entre(?:\s+\d+\s+y)?)\s*$", re.I)
# people an age is said of: "un uomo di 83 anni", "un homme de 74 ans", "un hincha brasileño de 34 años"
_PEOPLE_OF_AN_AGE = set(
    "uomo donna ragazzo ragazza ragazzi ragazze bambino bambina bambini giovane anziano anziana signore signora pescatore "
    "turista tifoso studente studentessa operaio operaia agricoltore automobilista motociclista ciclista pedone paziente "
    "hombre mujer niño niña niños joven chico chica anciano anciana señor señora pescador hincha estudiante obrero agricultor "
    "conductor motorista peatón paciente vecino vecina detenido detenida "
    "homme femme garçon fille enfant enfants jeune adolescent adolescente pêcheur touriste supporter étudiant étudiante "
    "ouvrier ouvrière agriculteur agricultrice conducteur conductrice automobiliste motard cycliste piéton patient patiente "
    "voisin voisine suspect entrepreneur retraité retraitée".split()
)
_AGE_NOUNS = {"years", "anni", "años", "ans", "jahre", "jahren"}
# an age stated after a person: "Renato Zanon, 58 anni,", "Irigoyen, de 27 años.", "un pescador de 58 años de
# Altata", "une infirmière de 29 ans." (not "la pena è di 7 anni", "plus de 80 ans dans un grenier", "30 años de trabajo")
_AGE_APPOSITION = re.compile(r"\w,\s*(?:de\s+)?$")
_AGE_AFTER_NOUN = re.compile(r"(?<![\w'’])(?!(?:plus|moins|más|menos|più|meno|entre|tra|fra|hasta|pena|peine|condena|sono|sont|son|est|es|era|fue)\s)"
                             r"[a-zà-ÿ'’-]{3,}\s+(?:de|di)\s+$")
_AGE_NOUN_ENDS = re.compile(r"\s*(?:años|ans|anni)(?:\s*(?:[,.;:)»”]|$)|\s+(?:de edad|d['’]età))")
_AGE_NOUN_GOES_ON = re.compile(r"\s*(?:años|ans|anni)\s+(?:(?:de|di|del|della|en|in|à|a)\s+[A-ZÀ-Ý]|que\b|che\b|qui\b)")
# "desde que tenía ocho años", "quand il avait 12 ans", "quando aveva 9 anni"
_OF_AN_AGE = re.compile(r"(?<![\w'’])([a-zà-ÿ]{3,})(?:\s+([a-zà-ÿ]{3,}))?\s+(?:de|di)\s+$", re.I)
# someone an age is said of, named by an indefinite article and a noun (and an adjective): "un namibio de 34 años y",
# "une Allemande de 45 ans a été", "un chauffeur routier de 58 ans", as the people `_PEOPLE_OF_AN_AGE` lists are; unless
# the noun is a span of time or a total of years ("un contratto di 4 anni", "une peine de 3 ans", "un total de 41 años")
_SOMEONE_OF_AN_AGE = re.compile(r"(?<![\w'’])(?:un|una|une|uno)\s+([^\W\d_][\w'’-]{2,})(?:\s+([^\W\d_][\w'’-]{2,}))?\s+(?:de|di)\s+$", re.I)
_SPANS_OF_YEARS = set(
    "total totale máximo mínimo massimo minimo maximum minimum promedio media moyenne periodo período période durée durata "
    "plazo délai lapso espacio espace intervalo intervalle retraso retard ritardo ciclo cycle "
    "contrato contrat contratto mandato mandat pena peine condena condamnation préstamo prêt prestito crédito crédit credito "
    "plan piano programa programme programma proyecto projet progetto acuerdo accord accordo bail arriendo alquiler affitto "
    "trabajo travail lavoro viaje voyage viaggio exilio exil esilio".split()
)
# a relative pronoun read as what an age counts: "un sudafricano de 51 que se presentó como …"
_RELATIVE_PRONOUNS = {"que", "qui", "che"}
_AGE_HAD = re.compile(r"\b(?:tenía|tenia|avait|aveva)\s+$", re.I)  # (German "hatte vier Jahre gefordert" is a tense)


def _stated_age(before: str, sentence: str, number_end: int) -> bool:
    """Whether a number of years is someone's age: `before` is the text before the number, which
    ends at `number_end` in `sentence`."""
    if _AGE_HAD.search(before) or _someone_of_an_age(before):
        return True
    if _person_of_an_age(before):
        return True  # "un uomo di 83 anni risulta disperso", "un turista estadounidense de 46 años"
    if _AGE_APPOSITION.search(before):
        return bool(_AGE_NOUN_ENDS.match(sentence, number_end))
    return bool(_AGE_AFTER_NOUN.search(before)) and bool(_AGE_NOUN_ENDS.match(sentence, number_end)
                                                          or _AGE_NOUN_GOES_ON.match(sentence, number_end))


def _person_of_an_age(before: str) -> bool:
    """Whether the text before a number ends with one of `_PEOPLE_OF_AN_AGE` and "de"/"di" ("un uomo di")."""
    person = _OF_AN_AGE.search(before)
    return person is not None and bool({word.lower() for word in person.groups() if word} & _PEOPLE_OF_AN_AGE)


def _someone_of_an_age(before: str) -> bool:
    """Whether the text before a number of years names someone the number is the age of (`_SOMEONE_OF_AN_AGE`)."""
    someone = _SOMEONE_OF_AN_AGE.search(before)
    return someone is not None and not {word.lower() for word in someone.groups() if word} & _SPANS_OF_YEARS


_LETTER_BEFORE = re.compile(r"[A-Za-z]")
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b", re.I)
# an hour: "iniziato alle 21 di giovedì", "a las 8 del lunes"
# (the first letters tested first, as for _RELATIVE_BEFORE)
_HOUR_BEFORE = re.compile(r"(?=[adeghuv])\b(?:alle|dalle|entro le|a las|desde las|hasta las|um|gegen|vers)\s*$", re.I)
_WEEKDAYS = set("lunedì martedì mercoledì giovedì venerdì sabato domenica lunes martes miércoles jueves viernes sábado domingo "
                "lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag samstag sonntag".split())
_CURRENCY_LETTERS_BEFORE = re.compile(r"(?<![A-Za-z])(?:RM|Rs|Sh|KSh|GHC|GHS|PHP|INR|KES|NGN|USD|EUR|GBP|CHF|JPY)$")
_GLUED_SCALE = re.compile(r"(?:m|bn|mn|k)\b", re.I)
_SCALE_AFTER_HYPHEN = re.compile(r"-(?:m|bn|mn|k|million|billion|trillion|thousand|millones|milioni|millions|milliards?|mio|mrd)\b", re.I)
# a year after "since": "dal 1894", "seit 1226", "desde 1890" (1900 to 2100 are years wherever they stand)
_SINCE_BEFORE = re.compile(r"\b(?:since|dal|dall['’]|desde|seit|dès|depuis|nel|nell['’]|del)\s*$", re.I)
_ELISION = re.compile(r"^(?:d|l|dell|dall|nell)['’]", re.I)
# the number of a name: "Juzgado de Instrucción número 12", "Nr. 5", "No. 10"
# ("# 13 billion" with a space is a pound sign a scraper lost)
_NAME_NUMBER_BEFORE = re.compile(r"(?:\b(?:número|numero|numéro|nummer|number)|\b(?:no|nr|núm|num|n)\.|nº|n°"
                                 # lines of a network, one or a list: "la ligne 1", "le linee 2, 8 e 14", "Linie 5"
                                 r"|\b(?:line|lines|linea|linee|ligne|lignes|línea|líneas|\w*linie|\w*linien)(?:\s+\d+\s*(?:,|e|y|et|and|und))*"
                                 # a rank and an earthquake's magnitude: "auf Rang zwei", "Sismo de magnitud 6,8"
                                 r"|\b(?:rang|platz|rank|posto|puesto|magnitude|magnitud|magnitudo|stärke)(?:\s+(?:de|di|of))?)\s*$|#$",
                                 re.I)
# what each of those words holds, looked for before the pattern is tried: most numbers stand after none of them
_NAME_NUMBER_KEYS = ("num", "núm", "mer", "no", "nr", "n.", "nº", "n°", "lin", "lig", "lín", "rang", "platz", "rank", "posto",
                     "puesto", "magnitud", "stärke", "#")
# the keys as one search: a generator over nineteen substring tests cost more than the pattern they guard
_NAME_NUMBER_KEY = re.compile("|".join(map(re.escape, _NAME_NUMBER_KEYS)))


def _name_number_before(sentence: str, start: int) -> bool:
    """Whether the number at `start` is a name's ("Juzgado número 12", "Linie 5", "auf Rang zwei")."""
    window = max(0, start - 40)
    return bool(_NAME_NUMBER_KEY.search(sentence[window:start].lower())) and bool(_NAME_NUMBER_BEFORE.search(sentence, window, start))


# a dateline's day and month: "Arteixo (A Coruña), 12 mar (EFE)", "Roma, 3 gen."
_MONTH_ABBREVIATION_AFTER = re.compile(
    r"\s+(?:ene|feb|mar|abr|may|jun|jul|ago|sep|sept|oct|nov|dic|gen|mag|giu|lug|set|ott|janv|févr|avr|juil|déc)\.?\s*(?:\(|,|$)", re.I)
# the votes of a tally: "14 in favour and four against", "41 en contra"
# a rate: "saranno 2.500 al giorno", "a cap of 1,200 a day": a count of what the sentence is about, in each period
_PER_PERIOD_AFTER = re.compile(r"\s+(?:al|a|per|par|pro|am|each|every|a la|à la|por)\s+(?:giorno|día|dia|jour|tag|day|week|settimana|"
                               r"semana|semaine|woche|month|mese|mes|mois|monat|year|anno|año|jahr)\b", re.I)
_VOTES_AFTER = re.compile(r"\s+(?:in favou?r|against|a favor|en contra|pour|contre|favorevoli|contrari|dafür|dagegen)\b", re.I)
# a time of day: "dalle cinque del mattino", "huit heures du soir", "four in the morning", "um 5 Uhr"
_TIME_OF_DAY_AFTER = re.compile(
    r"\s+(?:(?:heures?|ore|horas?)\s+)?(?:(?:del|della|di|de la|du|de l['’]|in the|at|dello)\s+)?(?:mattino|mattina|pomeriggio|sera|notte|matin|soir|après-midi|"
    r"mañana|tarde|noche|madrugada|morning|afternoon|evening|night|uhr|o['’]clock)\b",
    re.I,
)
# the first number of a range takes what the second counts: "entre 150 y 600 euros", "between 10 and 15 percent"
# (not a dash: "a 31-24 win" is a score, "737-800" a model, "859-2325" a telephone number)
_RANGE_LINK = re.compile(r"\s+(?:to|and|y|und|bis|e|et|à|a|o|or|ou)\s+", re.I)
# a tally's second number counts what the first does: "par 41 voix contre 20", "by 41 votes to 20"
_TALLY_LINK = re.compile(r"\s+(?:[^\W\d][\w’'-]*\s+)?(?:contre|against|gegen|contro|frente a|to)\s+", re.I)


# what a number that counts nothing of its own is compared with, right before it: the sentence's earlier figure
_COMPARED_WITH = re.compile(r"(?:\b(?:against|compared (?:with|to)|versus|up from|down from|contre|frente a|rispetto a|gegenüber)"
                            r"|\b(?:waren|sind|war|seien) es(?: (?:noch|erst|schon|nur))?(?: (?:mehr als|weniger als|über|rund|knapp|fast|etwa|gut))?)"
                            r"\s+$", re.I)


def extract_figures(sentences: list[str], date_texts: Iterable[str] = (), lang: str | None = None) -> list[Figure]:
    if lang in {"ja", "zh"}:
        return _cjk_figures(sentences)
    figures: list[Figure] = []
    continental = lang in COMMA_DECIMAL_LANGUAGES
    anchors = _ANCHOR_CONTINENTAL if continental else _ANCHOR
    # longest first, so a date inside a longer one ("8 March 2024" in "18 March 2024") leaves no digit
    # of it behind to be read as a figure; and in a fixed order, not the set's, which changes with the hash seed
    # (sorted once per article, not per sentence)
    dates_longest_first = sorted(date_texts, key=lambda date: (-len(date), date))
    for sentence in sentences:
        first = anchors.search(sentence)
        if first is None:
            continue
        masked = sentence
        for text in dates_longest_first:
            if text in masked:
                masked = masked.replace(text, " " * len(text))
        previous: Figure | None = None
        previous_match: re.Match[str] | None = None  # the match `previous` was read from (set with it)
        unread: re.Match[str] | None = None  # the last number that made no figure of its own
        for match in _matches(masked, continental, first.start()):
            figure = _figure(match, sentence, continental)
            if figure is None:
                if previous is not None and previous_match is not None and (
                        _TALLY_LINK.fullmatch(masked, _number_end(previous_match), match.start())
                        or _COMPARED_WITH.search(masked, max(0, match.start() - 30), match.start())):
                    # "par 41 voix contre 20"; "1,800 workers came this spring, against 2,600 in 2019", "noch 18 Betriebe, vor
                    # 30 Jahren waren es mehr als 40": the earlier count of the same thing
                    figure = _linked(match, continental, previous)
                if figure is None and unread is not None and (pair := _bare_change(masked, unread, match, continental)):
                    figures.extend(pair)  # "sono passati da 900 a 2.400": a count that changed, both ends
                    unread = None
                    continue
                if figure is None:
                    unread = match
                    continue
            elif (unread is not None and (figure.unit or figure.counts) and _RANGE_LINK.fullmatch(masked, _number_end(unread), match.start())
                  and not _AGE_BEFORE.search(masked, max(0, unread.start() - 30), unread.start())):  # ("agli under 30 a 100 euro")
                if (first_of_range := _linked(unread, continental, figure)) is not None and first_of_range.value > 0:
                    figures.append(first_of_range)  # "entre 150 y 600 euros"
            unread = None
            # "215 killed, including 61 children": the part shares the whole's verb
            if previous and previous.verb and _INCLUDING.search(sentence[max(0, match.start() - 20) : match.start()]):
                figure = Figure(figure.value, figure.approx, figure.unit, figure.counts, previous.verb, figure.sentence)
            elif previous and previous_match and previous.verb and figure.verb is None and sentence[previous_match.end() : match.start()].strip() in {"and", ","}:
                figure = Figure(figure.value, figure.approx, figure.unit, figure.counts, previous.verb, figure.sentence)
            if figure.unit is None and (part := _PART_OF_A_WHOLE.search(masked, max(0, match.start() - 24), match.start())):
                # "at least 31 of the 104 yachts", "3 of her 8 staff": the part counts what the whole does
                approx = bool(_APPROX_BEFORE.search(masked, max(0, part.start() - 30), part.start()))
                figures.append(Figure(float(part.group(1).replace(",", "")), approx, None, figure.counts, figure.verb, figure.sentence))
            figures.append(figure)
            previous, previous_match = figure, match
    return figures


# a count's change from one bare number to another: "da 900 a 2.400", "from 265 to 310", "von 41 auf 57", "de 12 à 19"
_FROM_BEFORE = re.compile(r"(?<!\w)(?:da|from|von|de|desde)\s+$", re.I)
_TO_BETWEEN = re.compile(r"\s+(?:a|to|auf|à|hasta)\s+", re.I)


def _bare_change(text: str, first: re.Match[str], second: re.Match[str], continental: bool) -> list[Figure] | None:
    """Both ends of a change between two numbers that count nothing named, or None."""
    if not (_FROM_BEFORE.search(text, max(0, first.start() - 8), first.start()) and _TO_BETWEEN.fullmatch(text, _number_end(first), second.start())):
        return None
    if _AGE_BEFORE.search(text, max(0, first.start() - 30), first.start()) or any(
            word.lower() in _TIME_NOUNS for word in (second.group("rest") or "").split()[:1]):
        return None  # ("âgés de 19 à 43 ans": ages; "de 3 à 5 ans": a span of time, read with its noun)
    values = [_match_value(match, continental) for match in (first, second)]
    if any(value <= 1 or _a_year(match, value, text) or match.group("word") for value, match in zip(values, (first, second))):
        return None  # ("dal 2020 al 2024", "da uno a cinque")
    if max(values) <= 24 or _HOUR_BEFORE.search(text, max(0, first.start() - 12), first.start()):
        return None  # ("from 9 to 5", "da 12 a 15": hours, pages or a score as often as a count)
    sentence = sentence_around(text, first.start(), second.end())
    return [Figure(value, bool(match.group("approx")), None, None, None, sentence) for value, match in zip(values, (first, second))]


def _linked(match: re.Match[str], continental: bool, other: Figure) -> Figure | None:
    """A number that counts nothing on its own, counting what `other` does, the figure it is linked to
    (a range's other end, a tally's other side); None for a year or a lone "one"."""
    value = _match_value(match, continental)
    if _a_year(match, value) or value == 1 and match.group("word"):
        return None
    return Figure(value, bool(match.group("approx")), other.unit, other.counts, other.verb, other.sentence)


_PART_OF_A_WHOLE = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})*) of (?:the|her|his|their|its|our) $")


def _matches(text: str, continental: bool, first: int = 0):
    """The figure pattern's matches, left to right without overlaps, tried only where a number stands
    (from its currency sign or approximation marker, when one comes right before it)."""
    pattern, anchors, approx = (
        (_FIGURE_CONTINENTAL, _ANCHOR_CONTINENTAL, _APPROX_BEFORE_CONTINENTAL) if continental else (_FIGURE, _ANCHOR, _APPROX_BEFORE)
    )
    position = 0
    for anchor in anchors.finditer(text, first):  # masking dates only removes anchors: none before the first
        if anchor.start() < position:
            continue
        start = anchor.start()
        currency = _CURRENCY_BEFORE.search(text, max(position, start - 4), start)
        if currency:
            start = currency.start()
        match = None
        # a marker ends in white space right before the number
        marker = approx.search(text, max(position, start - 30), start) if start and text[start - 1].isspace() else None
        if marker:
            match = pattern.match(text, marker.start())
        if match is None or match.end() <= anchor.start():
            match = pattern.match(text, start)
        if match is None or match.end() <= anchor.start():
            continue
        yield match
        position = match.end()
        # "34 people died and dozens more", "three boats and eleven divers": the words read after a
        # number may run into the next one, which is a figure of its own
        number_end = _number_end(match)
        inner = anchors.search(text, number_end, position)
        if inner and text[number_end : inner.start()].strip():
            position = inner.start()


def _number_end(match: re.Match[str]) -> int:
    """Where the number itself ends, before the words read after it."""
    for group in ("number", "wscale", "word", "oscale"):
        if match.group(group):
            return match.end(group)
    raise ValueError(f"a figure match without a number: {match.group(0)!r}")


def _match_value(match: re.Match[str], continental: bool) -> float:
    """The number a figure match writes, scaled: "1,8 Millionen" → 1800000, "a dozen" → 12."""
    if match.group("oscale"):
        return _SCALE[match.group("oscale").lower()]  # "a million", "eine Milliarde"
    if match.group("word"):
        value = _word_value(match.group("word"), _WORD_NUMBERS_CONTINENTAL if continental else _WORD_NUMBERS)
        return value * _SCALE[match.group("wscale").lower()] if match.group("wscale") else value
    number = match.group("number")
    value = float(_THOUSANDS_SEPARATOR.sub("", number).replace(",", ".")) if continental else float(number.replace(",", ""))
    scale = match.group("scale") or match.group("gscale")
    return value * _SCALE[scale.lower()] if scale else value


def _a_year(match: re.Match[str], value: float, sentence: str = "") -> bool:
    """A bare four-digit number between 1900 and 2100 is a year, not a count; so is one from 1000 after
    "since" ("dal 1894")."""
    number = match.group("number")
    if not number or "," in number or "." in number or match.group("currency"):
        return False
    return 1900 <= value <= 2100 or 1000 <= value < 1900 and bool(
        _SINCE_BEFORE.search(sentence, 0, match.start()) or _FOUNDED_AFTER.match(sentence, _number_end(match)))


# "wo die Rasse 1580 begründet wurde", "the abbey, 1130 founded": a year something began in, no count
_FOUNDED_AFTER = re.compile(r"\s+(?:gegründet|begründet|erbaut|gebaut|errichtet|founded|built|established|fondée?s?|fondata|fondato|"
                            r"fundad[oa]s?|construid[oa]s?|costruit[oa]|erigid[oa]|eretta|eretto)\b", re.I)


def _counted_without_noun(match: re.Match[str], value: float) -> bool:
    """"more than 310,000 without power": a whole number of thousands after a marker of more or about counts
    people or things the sentence leaves out (not "hasta 8.579,19", an index's level, nor "alrededor de 1899", a year)."""
    marker = (match.group("approx") or "").strip().lower()
    number = match.group("number") or ""
    return (bool(marker) and marker not in _UNTIL_MARKERS and value >= 1000 and value == int(value)
            and ("," in number or "." in number or " " in number or "\u202f" in number or value > 2100))


_UNTIL_MARKERS = {"up to", "hasta", "fino a", "bis zu", "jusqu'à", "jusqu’à"}


def _figure(match: re.Match[str], sentence: str, continental: bool = False) -> Figure | None:
    rest = match.group("rest") or ""
    # "a 35-year-old", "a 24-hour strike", "a 10-point plan", "the 95-hectare site": the number describes, it counts nothing
    if _MEASURE_ADJECTIVE.match(rest) or rest[:1] == "-" and rest[1:2].isalpha() and not _SCALE_AFTER_HYPHEN.match(rest):
        return None
    if (match.group("number") and not match.group("scale") and not _SCALE_AFTER_HYPHEN.match(rest.replace(" ", "-", 1))
            and not _GLUED_SCALE.match(sentence, match.end("number"))
            and not _CURRENCY_LETTERS_BEFORE.search(sentence, max(0, match.start("number") - 4), match.start("number"))
            and _LETTER_BEFORE.match(sentence[max(0, match.start("number") - 1) : match.start("number")])):
        return None  # "H3", "A320", "CO2", "U5": a name's number ("Sh130m", "P19 millones" are money)
    if (not continental and match.group("word") and match.group("word")[0].isupper()
            and len(rest_words := rest.split()) >= 2 and all(word[:1].isupper() for word in rest_words[:2])):
        return None  # "the Three Counties Agricultural Society": a name ("Six Saudi prisoners" counts)
    if match.group("number") and _ORDINAL_SUFFIX.match(sentence, match.end("number")):
        return None  # "held 32nd place", "the 3rd"
    number_end = _number_end(match)
    if (_name_number_before(sentence, match.start()) or _TIME_OF_DAY_AFTER.match(sentence, number_end)
            or _MONTH_ABBREVIATION_AFTER.match(sentence, number_end)):
        return None  # "Juzgado número 12", "dalle cinque del mattino", "12 mar (EFE)": a name's number, a time, a date
    rest_words = [w for w in _WORD_GAP.split(rest) if w]
    unit = None
    words = _WORD_NUMBERS_CONTINENTAL if continental else _WORD_NUMBERS
    value = _match_value(match, continental)
    if match.group("word") and not match.group("wscale"):
        if value < 12 and not rest_words and not _VERBS.search(sentence[max(0, match.start() - 12) : match.start()]):
            return None
        if value == 1:
            return None  # "one man", "one of the …": an article or a pronoun far more often than a count
    if _a_year(match, value, sentence):
        return None
    if match.group("percent"):
        unit = "%"
    if match.group("currency"):
        unit = _CURRENCY[match.group("currency").lower()]
    counts = None
    if unit is not None:
        pass  # a sum of money or a percentage counts nothing ("5 Prozent gestiegen", "€20m was imposed")
    elif symbol := _UNIT_SYMBOL_AFTER.match(sentence, number_end):
        counts = symbol[1]  # "18.4 kg", "210 km/h", "1.200 ha de bosque": a measured quantity, its unit written as a symbol
    else:
        for index, word in enumerate(rest_words):
            low = _ELISION.sub("", word.lower()).strip("’'")
            if low in _CURRENCY:
                if index + 1 < len(rest_words) and rest_words[index + 1] in _OTHER_FRANCS:
                    counts = low  # (a currency with no code here)
                else:
                    unit = _CURRENCY[low]
                break  # money counts nothing: "20 milioni di euro per i …"
            if low in _SKIP_NOUNS:
                return None
            if low in _FILLER or low in DEMONYMS or not low.isalpha() or low in words:
                continue  # "thousands of Palestinian prisoners" counts prisoners, "two of the seven members" members
            if (low in ENGLISH_STOP_WORDS and low not in _COUNTED_PRONOUNS) or len(low) < 3:
                break  # "30 from", "10 on": a function word ends the phrase; nothing counted
            if continental:
                counts = low
            else:  # the phrase may go on past the words read with the number
                beyond = _words_after(sentence, match.end()) if index + 1 >= len(rest_words) - 1 else []
                counts = _head_noun(low, rest_words[index + 1 :] + beyond)
            break
    if counts in _TIME_NOUNS and _PER_PERIOD_AFTER.match(sentence, number_end):
        counts = None  # "1,200 a day": a rate of what the sentence counts, not of days
    before = sentence[max(0, match.start() - 30) : match.start()]
    if (unit is None and (_RELATIVE_BEFORE.search(before)
                          and not (_AFTER_BEFORE.search(before) and not _TIME_ENDS_THE_PHRASE.match(sentence, number_end))
                          or _RELATIVE_AFTER.match(sentence, number_end))
            and (counts is None or counts in _TIME_NOUNS or counts == "ago")):
        # ("within 400 metres of a school" measures a distance; "8 ago (EFE)" is a Spanish dateline's August)
        return None
    if counts in _AGE_NOUNS and (_AGE_BEFORE.search(before) or _stated_age(before, sentence, number_end)):
        return None
    if counts in _RELATIVE_PRONOUNS and _someone_of_an_age(before):
        return None
    if counts is None and unit is None and _person_of_an_age(before):
        return None  # "un uomo di 40 ha perso la vita": an age, its years left unsaid
    if unit is None and value <= 24 and _HOUR_BEFORE.search(before) and (counts is None or counts in _WEEKDAYS):
        return None
    if counts in _TIME_NOUNS and _YEARS_OLD_AFTER.match(sentence, number_end):
        return None  # "3.000 Jahre alte Schwerter", "vier Jahrzehnte alte Panzer": an age
    scaled = match.group("scale") or match.group("gscale") or match.group("wscale") or match.group("oscale")
    if unit is None and counts is None and not scaled:
        # "kill four", "arrest 17", "30,000 to flee", "more than 400,000 had taken part": the verb tells what is counted
        near = sentence[max(0, match.start() - 12) : match.start()] + " " + " ".join(rest_words[:2])
        if not (_VERBS.search(near) or match.group("approx") and {w.lower() for w in rest_words[:2]} & {"had", "have", "has", "were"}
                or _VOTES_AFTER.match(sentence, number_end) or _counted_without_noun(match, value)
                or value > 1 and _PER_PERIOD_AFTER.match(sentence, number_end)):
            return None
    verb = _nearest_verb(sentence, match.start(), number_end, match.end())
    # "thousands of prisoners" gets its least plural value, and is never shown as exact
    vague = bool(match.group("word")) and match.group("word").lower().rstrip(" of") in (_VAGUE | _VAGUE_CONTINENTAL)
    return Figure(
        value=value,
        approx=bool(match.group("approx")) or vague,
        unit=unit,
        counts=counts,
        verb=verb,
        sentence=sentence_around(sentence, match.start(), match.end()),
    )


_MORE_WORDS = re.compile(r"(?:[ ]+[^\W\d][\w’']*){0,2}")
_WORD_GAP = re.compile(r"[\s-]+")
_THOUSANDS_SEPARATOR = re.compile(r"[.\u00a0\u202f ]")
_IRREGULAR_PLURALS = {"people", "children", "men", "women", "personnel", "cattle", "feet", "teeth", "mice", "geese", "sheep", "fish"}


def _words_after(sentence: str, position: int) -> list[str]:
    """The (at most two) words that follow `position`."""
    more = _MORE_WORDS.match(sentence, position)
    return more.group(0).split() if more else []


def _plural(word: str) -> bool:
    return word in _IRREGULAR_PLURALS or word in _COUNTED_PRONOUNS or (word.endswith("s") and not word.endswith(("ss", "us", "is")))


def _head_noun(first: str, following: list[str]) -> str:
    """The head of an English noun phrase: "19 basis points" counts points, "23 cargo ships" ships,
    "410,000 Norvanian households" households. A plural ends the phrase ("15 economists surveyed"),
    and so do function words and verbs."""
    head = first
    for word in following[:2]:
        low = word.lower()
        if (_plural(head) or not low.isalpha() or low in ENGLISH_STOP_WORDS or low in _FILLER or low in _SKIP_NOUNS
                or _VERBS.fullmatch(low) or (low.endswith("ed") and len(low) > 4)):
            break
        head = low
    return head


# Chinese and Japanese: a number, written with 万/萬 (10,000) or 億 (10^8), then its counter ("3人",
# "1万2000世帯", "42處"); a counter of time or a number sign makes it a date, a time or a name
# (how long in years, hours or times is a figure: "判刑12年", "約120時間", "逾120万次", "112日間", "約2か月間", "20年間"; a
# year, a school year, years ago, the span a count is made over and ordinals are not: "2024年", "高校2年生", "5年前",
# "過去5年", "この3年間で", "第3回")
_CJK_FIGURE = re.compile(
    # (a match opens with a digit or an approximation's first character: tested before the thirteen look-behinds,
    # which every position of the text otherwise tries)
    r"(?=[約约お少至超逾近]|\d)"
    r"(?<![\d.,])(?<!第)(?<!過去)(?<!过去)(?<!この)(?<!ここ)(?<!小学)(?<!中学)(?<!高校)(?<!平成)(?<!令和)(?<!昭和)(?<!民國)(?<!民国)"
    r"(?P<approx>約|约|およそ|少なくとも|至少|超過|超过|逾|近)?(?P<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?:(?P<wan>[万萬])(?P<more>\d{1,4})?|(?P<yi>[億亿])(?:(?P<yimore>\d{1,4})(?P<yiwan>[万萬])?)?)?"
    r"(?P<counter>[%％]|年間|日間|[かカヶケ]月間?|週間|[\u30a0-\u30ff]+|時間|小時|小时|年(?![前後后生目間间度代]|以内)|分[鐘钟](?![前後后])|分(?![鐘钟の前後后])"
    r"|日|(?![年月日時时分秒号號歳歲岁度代万萬億亿])[\u3400-\u9fff][帯戸]?)"
    r"(?P<ordinal>目)?"
)
# counters that 目 makes a noun of, not an ordinal: "8品目" (eight items), "5種目" (five events)
_NOUNS_WITH_MOKU = set("品項科種演題曲名頭")
# the counter of a length of time; "未来3天", "今後3年", "3天内": a time to come or a span to act within, not a measure
_CJK_TIME_COUNTERS = {"年", "天", "日", "週", "周", "月", "个月", "個月", "時間", "小時", "小时", "分", "分鐘", "分钟", "年間", "日間", "週間",
                      *(f"{ka}月{ma}" for ka in "かカヶケ" for ma in ("", "間"))}
# ("今年前10个月", "今年首10個月": the year's first months)
_CJK_RELATIVE_BEFORE = re.compile(r"(?:未来|未來|今后|今後|接下来|接下來|最近|(?<!以)前|首)$")  # ("以前10分鐘就到": it used to take)
_CJK_SINCE_THEN = re.compile(r"[来來]")
_CJK_SINCE = re.compile(r"(?:ぶり|振り)")

# counters and nouns of more than one character, which a count is of as a whole ("120人次", "35公里", "2平方公里", "5カ所",
# "12試合"): read after the number in place of its first character
_CJK_LONGER_COUNTERS = re.compile(prefix_tree_pattern([
    *(f"{kind}次" for kind in "人架班艘輛辆車车列航台批場场戶户"),
    *(f"{size}{unit}" for size in ("", "平方", "立方") for unit in ("公里", "公尺", "米", "メートル")),
    "公噸", "公吨", "公頃", "公顷", "公斤", "公分", "公克", "公升", "毫米", "厘米", "釐米", "千米", "千瓦", "千克", "兆瓦",
    "攝氏度", "摄氏度", "標準箱", "标准箱", "標箱", "标箱",
    *(f"{ka}{noun}" for ka in "かカヶケ箇" for noun in "所国國"),
    "都道府県", "市町村", "市町", "施設", "店舗", "種類", "地区", "地点", "地域", "学級", "学校", "球団", "試合", "路線", "業者",
    "事業者", "経営体", "部屋", "得点", "往復", "世帯", "家族", "団体", "企業",
]))
# a sum of money by its currency's sign after the number ("500円", "5万ドル", "30萬美元", "5000日圓"), and its code
_CJK_CURRENCIES = {"円": "JPY", "日圓": "JPY", "日元": "JPY", "ドル": "USD", "美元": "USD", "ユーロ": "EUR", "欧元": "EUR",
                   "歐元": "EUR", "ポンド": "GBP", "英镑": "GBP", "英鎊": "GBP", "スイスフラン": "CHF", "瑞士法郎": "CHF"}
_CJK_CURRENCY = re.compile(prefix_tree_pattern(list(_CJK_CURRENCIES)))
_CJK_WITHIN = re.compile(r"(?:間|间)?(?:内|內|以内|以內)")
# a range's first number: "1到10月" (months), "3至5人" (people); it counts what the second does
_CJK_RANGE = re.compile(r"\d+(?:[万萬]\d{0,4})?(?P<counter>[^\d\s])")
# minutes on a clock: "8時15分", "後半40分" (a match's minute)
_CLOCK_BEFORE = set("時时点點半")
_CJK_VERB_WORDS = ("死亡 受傷 受伤 負傷 けが 避難 失踪 失蹤 行方不明 救出 獲救 获救 逮捕 被捕 撤離 撤离 遇難 遇难 罹難 罹难 "
                   "増加 增加 增长 增長 減少 减少 上昇 下降 下落 判處 判处 欠航 取消 受影響 受影响").split()
# the verb written right after the count ("3人が死亡", "5%増加") or, in Chinese, right before it ("增长了5%", "減少42班")
_CJK_VERB = re.compile(rf"(?:が|を|人)?(?P<verb>{prefix_tree_pattern(_CJK_VERB_WORDS)})")
_CJK_VERB_BEFORE = re.compile(rf"(?P<verb>{prefix_tree_pattern(_CJK_VERB_WORDS)})(?:了|到|至|达|達|逾|超過|超过)?$")


def _cjk_figures(sentences: list[str]) -> list[Figure]:
    figures = []
    for sentence in sentences:
        for match in _CJK_FIGURE.finditer(sentence):
            value = float(match.group("number").replace(",", ""))
            if match.group("wan"):
                value = value * 10_000 + float(match.group("more") or 0)
            elif match.group("yi"):
                # "22億8000万": 22 hundred million and 8000 ten thousands
                value = value * 100_000_000 + float(match.group("yimore") or 0) * (10_000 if match.group("yiwan") else 1)
            counter = match.group("counter")
            if currency := _CJK_CURRENCY.match(sentence, match.start("counter")):
                if value == 1 and not match.group("wan") and not match.group("yi"):
                    continue
                figures.append(Figure(
                    value=value, approx=bool(match.group("approx")), unit=_CJK_CURRENCIES[currency.group()], counts=None, verb=None,
                    sentence=sentence_around(sentence, match.start(), currency.end()),
                ))
                continue
            counter_end = match.end()
            if (longer := _CJK_LONGER_COUNTERS.match(sentence, match.start("counter"))) and len(longer.group()) > len(counter):
                counter, counter_end = longer.group(), longer.end()
                if sentence.startswith("目", counter_end):
                    continue  # "5カ所目": an ordinal
            if counter in {"年", "年間", "届", "級", "级"} and (value >= 1000 or match.group("wan")):
                continue  # "2024年", "2027届": a year, a year's graduates ("2023年至2024年間": between two years)
            if counter in {"个", "個"} and sentence[counter_end : counter_end + 1] == "月":
                counter, counter_end = counter + "月", counter_end + 1  # "10个月", "10個月": months
            if counter == "選" or _CJK_SINCE.match(sentence, counter_end):
                continue  # "4選を目指す" (a fourth term), "2年ぶり" (the first time in two years)
            if _LETTER_BEFORE.match(sentence[max(0, match.start("number") - 1) : match.start("number")]):
                continue  # "C919", "H3ロケット": a name's number
            if value == 1 and not match.group("wan") and not match.group("yi") and counter not in {"%", "％"}:
                continue  # "男性1人", "1回500円", "1日あたり", "1週間": one, an article far more often than a count
            if match.group("ordinal"):
                if counter not in _NOUNS_WITH_MOKU:
                    continue  # "4例目", "3人目": an ordinal
                counter += "目"
            if counter == "日" and sentence[match.start() - 1 : match.start()] != "週":
                continue  # "25日": a day of the month ("週3日", three days a week, is a count)
            if counter in {"到", "至"}:
                second = _CJK_RANGE.match(sentence, match.end())
                if second is None or second.group("counter") in "年月日時时号號":
                    continue  # "1到10月": months of a calendar
                counter = second.group("counter")
                if counter in "歲岁歳代":
                    continue  # "50至75歲": an age range
            if counter in _CJK_TIME_COUNTERS and (_CJK_RELATIVE_BEFORE.search(sentence, 0, match.start())
                                                   or _CJK_WITHIN.match(sentence, counter_end)
                                                   or match.group("approx") == "近" and _CJK_SINCE_THEN.match(sentence, counter_end)):
                continue  # ("近10年來": the last ten years)
            if counter == "分" and match.start() and sentence[match.start() - 1] in _CLOCK_BEFORE:
                continue
            percent = counter in {"%", "％"}
            verb = _CJK_VERB.match(sentence, counter_end) or _CJK_VERB_BEFORE.search(sentence, max(0, match.start() - 6), match.start())
            figures.append(Figure(
                value=value, approx=bool(match.group("approx")), unit="%" if percent else None,
                counts=None if percent else counter, verb=verb.group("verb") if verb else None,
                sentence=sentence_around(sentence, match.start(), match.end()),
            ))
    return figures


def _nearest_verb(sentence: str, start: int, number_end: int, phrase_end: int) -> str | None:
    """The verb that reports the number: inside its own phrase ("26,751 people have been killed"),
    else right before it ("killed 1,200 civilians", "kidnapping around 250"), else after it."""
    chosen = _REPORTED_VERBS.search(sentence, number_end, phrase_end)
    if chosen is None:
        for found in _REPORTED_VERBS.finditer(sentence, max(0, start - VERB_BEFORE), start):
            chosen = found
    if chosen is None:
        chosen = _REPORTED_VERBS.search(sentence, phrase_end, min(len(sentence), phrase_end + VERB_AFTER))
    if chosen is None:
        return None
    word = chosen.group(1).lower()
    return _PAST.get(word, word)
