"""Metadata lifted out of the text: header dates, datelines, bylines and outlet names."""

from __future__ import annotations

import datetime as dt
import re

from storyweave.clean.boilerplate import DAY_FIRST_HEADER_WORDS
from storyweave.clean.datetext import MONTHS, find_dates, find_time, slashed_day_first
from storyweave.model import Dateline, Day

# news agencies whose name in a byline or a dateline's parentheses names the outlet
AGENCIES = {
    "xinhua", "reuters", "ap", "afp", "associated press", "agence france-presse", "dpa", "ansa", "efe", "tass", "ria novosti",
    "bloomberg", "upi", "pa", "ani", "pti", "ians", "kyodo", "yonhap", "anadolu", "aa", "wam", "spa", "qna", "kuna", "mena",
    "irna", "ukrinform", "interfax", "bernama", "antara", "apa", "ct", "cna", "bna", "sana", "petra", "kna", "ina",
    "sda", "keystone-sda", "keystone-ats", "epd", "belga", "anp", "pap", "lusa", "ctk", "mti", "hina", "ntb", "ritzau", "jiji", "aap", "europa press",
    "adnkronos", "lapresse", "askanews", "servimedia", "ats", "canadian press", "the canadian press", "press association",
}
_OUTLET_WORDS = re.compile(
    r"\b(?:news|press|agency|times|post|herald|ledger|journal|daily|tribune|gazette|telegraph|guardian|observer|chronicle|"
    r"courier|express|mail|mirror|sun|star|review|report|wire|network|radio|television|tv|media|today|weekly|standard|"
    r"independent|monitor|bulletin|dispatch|register|inquirer|examiner|globe|sentinel|echo|times of [A-Z]\w+|"
    # the same in the other languages we read, German ones also as the end of a compound ("Morgenbote")
    r"crónica|diario|noticias|periódico|giornale|gazzetta|corriere|cronaca|notizie|quotidiano|journal|courrier|"
    r"nieuws|dagblad|krant|\w*(?:zeitung|bote|blatt|kurier|anzeiger|rundschau|nachrichten|presse))\b",
    re.I,
)
# "Xinhua news desk", "Daily Meridian staff": the word before "desk" is a section ("news",
# "business") only in lower case; a capitalised one belongs to the outlet's name
_DESK = re.compile(r"\s+(?:(?-i:[a-z])\w*\s+)?(?:desk|staff|reporters?|correspondents?|team|newsroom)$", re.I)
# "KESTREL TIMES | Economy", "PORTVALE GAZETTE - your city, your news"
_MASTHEAD = re.compile(r"^(?P<outlet>[^|·]{2,40}?)\s+[|·–—-]\s+(?P<rest>[^|·.!?]{2,40})$")
MASTHEAD_REST_MAX_WORDS = 6
_BYLINE = re.compile(r"^(?:by|von|par|por|di|door)\s+(?P<name>[^\n]{2,80})$", re.I)
# "JERUSALEM, Jan. 30 (Xinhua) --", "WEST PALM BEACH , Fla. —", "GENEVA (Reuters) -"
_DATELINE = re.compile(
    # the place, then its country or its state's initials ("ABBOTSFORD, B.C. -") after a comma or, as Spanish and
    # French write it, in brackets before the date: "KELLMARSH (Norvania), 9 de agosto de 2025 --"
    r"^(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\- ]{1,40}[A-ZÀ-ÖØ-Þ.](?:\s*,\s*(?:[A-Z]\.){2,4}(?=\s)|\s*,\s*[A-ZÀ-ÖØ-Þ][^\W\d_.]*\.?(?:\s[A-ZÀ-ÖØ-Þ][^\W\d_]*)?"
    r"|\s*\([A-ZÀ-ÖØ-Þ][^()\n]{1,30}\)(?=\s*,))?)\s*,?\s*"
    # "Jan. 30", or day first as other languages write it: "22 janvier", "4. März", "7 de mayo"
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s+[0-3]?\d(?:\s*,\s*\d{4})?|[0-3]?\d(?:er|º)?\.?\s+(?:de\s+)?[^\W\d_]{3,10}\.?(?:\s+(?:de\s+)?\d{4})?)?\s*"
    # the dash, after a full stop as Spanish wires write it: "SEVILLA, 20 Nov. (EFE).- Los embalses"
    r"(?:\((?P<agency>[^()\n]{2,40})\))?\s*\.?\s*(?:--|—|–|-|:)\s+"
)
# a town in title case before a known wire agency's name: "Lindenau (dpa) -", "Wehrstadt (dpa/lno) –", its parts
# maybe joined by lower-case links ("Marche-en-Famenne (Belga) -", "Saint-Germain-en-Laye (AFP) -", "Neuhausen am
# Rheinfall (sda) -", "Halle an der Saale (dpa) -"), the second word hyphenated too ("La Chaux-de-Fonds (ats) -")
_TITLE_CASE_WORD = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿß]+(?:-(?:[a-zà-öø-ÿ]{1,4}-)?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿß]+){0,3}"  # hyphenated parts and all
# a place's next word, maybe after a link: "Neuhausen am Rheinfall", "Villafranca del Bierzo"
_NEXT_TITLE_CASE_WORD = rf" (?:(?:am|an der|im|in der|ob der|de|di|del|de la)\s)?{_TITLE_CASE_WORD}"
_TITLE_CASE_DATED_DATELINE = re.compile(
    rf"^(?P<place>{_TITLE_CASE_WORD}(?:{_NEXT_TITLE_CASE_WORD}){{0,2}}"
    r"(?:\s*\([A-ZÀ-ÖØ-Þ][^()\n]{1,30}\))?)\s*,\s*(?P<date>[^,()\n]{4,30}?(?:19|20)\d\d)\s*"
    r"(?:\((?P<agency>[^()\n]{2,40})\))?\s*\.?\s*(?:--|—|–|-)\s+"
)
_TITLE_CASE_DATELINE = re.compile(
    rf"^(?P<place>{_TITLE_CASE_WORD}(?:{_NEXT_TITLE_CASE_WORD})?)"
    r"\s*\((?P<agency>[^()\n]{2,30})\)\s*\.?\s*(?:--|—|–|-)\s+"
)
# the town in capitals and a full stop, as regional papers open a report: "KOBLENZ. Der Wasserstand …",
# "CHAMONIX. Le toit des Alpes …" (one to three words; a sentence in capitals follows; five letters at least, as
# "NASA. The agency …" is an acronym)
# a town's name in capitals, one to three words: "KOBLENZ", "COOBER PEDY", "SAINT-MALO"
_TOWN_IN_CAPITALS = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]+(?:[ \-][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’\-]+){0,2}"
_FULL_STOP_DATELINE = re.compile(rf"^(?P<place>{_TOWN_IN_CAPITALS})\.\s+(?=[A-ZÀ-ÖØ-Þ„“\"«¿¡])")
# words a page opens with in capitals and a full stop that name no place: kickers, labels, roman numerals
_NO_DATELINE = re.compile(
    r"^(?:BREAKING|UPDATE[DS]?|EXCLUSIVE?|EXCLUSIF|ESCLUSIVA|EXKLUSIV|WATCH|LIVE|ANALYSIS|OPINION|EDITORIAL|CORRECTION|VIDEO|PHOTOS?"
    r"|NOTE|EILMELDUNG|URGENTE?|AKTUELL|FIN|ENDE|END|[IVXLC]+)$"
)
# the town alone on a line in capitals between a byline and the report, as British and Australian regional pages
# set it ("By Hannah Birkett, News & Star" / "COCKERMOUTH" / "A Herdwick ram …"); not a page's section label
_LONE_LINE_DATELINE = re.compile(rf"^{_TOWN_IN_CAPITALS}$")
_SECTION_LABELS = frozenset(
    "NEWS SPORT SPORTS BUSINESS POLITICS WORLD LOCAL NATIONAL REGIONAL OPINION COMMENT FEATURES FEATURE ENTERTAINMENT HEALTH "
    "SCIENCE TECHNOLOGY TECH CULTURE EDUCATION LIFESTYLE TRAVEL WEATHER ECONOMY MONEY FARMING PROPERTY MOTORING COURTS CRIME "
    "COMMUNITY ENVIRONMENT ARTS LETTERS OBITUARIES EVENTS".split()
)


def lone_line_dateline(line: str) -> Dateline | None:
    """The dateline a line of its own in capitals states: "COCKERMOUTH", "COOBER PEDY" (three words at most,
    four letters at least; no kicker, section label or agency)."""
    if not _LONE_LINE_DATELINE.match(line) or sum(c.isalpha() for c in line) < 4:
        return None
    if _NO_DATELINE.match(line) or line.lower() in AGENCIES or any(word in _SECTION_LABELS for word in re.split(r"[ \-]", line)):
        return None
    return Dateline(place=line, day=None, agency=None, text=line)


_LEADING_DATE = re.compile(r"^(?P<date>[^:\n]{6,40}?)\s*[:|–—-]\s+(?=\S)")
# a full date closed by a full stop, a sentence after it: "8 de junio de 2027. Arranca en la Audiencia …"
_LEADING_DATE_SENTENCE = re.compile(r"^(?P<date>[^:.\n]{6,40}?(?:19|20)\d\d)\.\s+(?=[A-ZÀ-ÖØ-Þ¿¡«\"“„])")


_WRITES_THE_DAY_FIRST = re.compile(rf"(?i)^(?:{DAY_FIRST_HEADER_WORDS})\b")


def parse_header_date(line: str) -> str | None:
    """ISO date or datetime from a header line like "Published: 12:13, January 31, 2024 | Updated: …"."""
    first = re.split(r"\|\s*(?:updated|modified|last)", line, maxsplit=1, flags=re.I)[0]
    dates = find_dates(first)
    if dates and dates[0].day.year is not None:
        day = dates[0].day
    elif _WRITES_THE_DAY_FIRST.match(first) and (slashed := slashed_day_first(first)) is not None:
        day = slashed  # "Actualizado el 11/04/2026 a las 19:45": Spanish writes the day first
    else:
        return None
    time = find_time(first)
    if time is None:
        return day.iso()
    return f"{day.iso()}T{time[0]:02d}:{time[1]:02d}:00"


_DATE_LINE_WORDS = set(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun am pm a m p "
    "gmt utc est edt cst cdt mst mdt pst pdt bst cet cest ist jst hrs hr h at on updated posted published last modified "
    "date time et pt the of "
    # the same words in the other languages we read ("18.06.2025, 15:20 Uhr", "le 3 mars 2024 à 10h")
    "uhr um am den dem veröffentlicht stand montag dienstag mittwoch donnerstag freitag samstag sonntag "
    "le à publié lundi mardi mercredi jeudi vendredi samedi dimanche "
    "el publicado lunes martes miércoles jueves viernes sábado domingo "
    "il alle ore pubblicato lunedì martedì mercoledì giovedì venerdì sabato domenica "
    "op om gepubliceerd maandag dinsdag woensdag donderdag vrijdag zaterdag zondag "
    "em às publicado "
    # Chinese and Japanese: "2026年11月20日 11時02分", "更新"
    "時 时 分 更新 配信 公開 发布 發布 日時 日时".split()
)
# the word that opens a date of revision, not of publication
UPDATE = re.compile(r"\b(?:updated|modified|last updated|aktualisiert|mis à jour|actualizado|aggiornato|bijgewerkt|atualizado)\b", re.I)
DATE_LINE_MAX_WORDS = 20


def date_only_line(line: str) -> str | None:
    """A line that only says when: "May 03 , 2013", "Monday, 12 March 2024",
    "December 15th , 2008 , 7 : 35 am", "on April 30 , 2008 at 4 : 31 AM , updated April 30 , 2008"."""
    first = UPDATE.split(line, maxsplit=1)[0]
    if len(first.split()) > DATE_LINE_MAX_WORDS:
        return None
    dates = find_dates(first)
    if not dates or dates[0].day.year is None:
        return None
    rest = first[: dates[0].start] + first[dates[0].end :]
    words = re.findall(r"[^\W\d_]+", rest)
    if any(word.lower() not in _DATE_LINE_WORDS for word in words):
        return None
    return dates[0].day.iso()


def leading_date(paragraph: str) -> tuple[str, str] | None:
    """("2024-02-07", rest of paragraph) for a paragraph opening with a full date and a colon."""
    for pattern in (_LEADING_DATE, _LEADING_DATE_SENTENCE):
        match = pattern.match(paragraph)
        if match and (iso := date_only_line(match.group("date"))) is not None:
            return iso, paragraph[match.end() :]
    return None


# the agency first, as ANSA writes its datelines: "(ANSA) - AGNONE (ISERNIA), 30 NOV - La fonderia …"
_AGENCY_FIRST = re.compile(r"^\((?P<agency>[^()\n]{2,30})\)\s*(?:--|—|–|-)\s+")


def parse_dateline(paragraph: str) -> tuple[Dateline, str] | None:
    """(dateline, the paragraph without it) when the paragraph opens with a dateline."""
    first = _AGENCY_FIRST.match(paragraph)
    if first and (agency := first.group("agency").strip()).lower() in AGENCIES:
        parsed = _dateline_after_the_agency(paragraph[first.end() :])
        if parsed and not parsed[0].agency:
            dateline, rest = parsed
            return Dateline(dateline.place, dateline.day, agency, f"{first.group(0)}{dateline.text}"), rest
    return _dateline_after_the_agency(paragraph)


def _dateline_after_the_agency(paragraph: str) -> tuple[Dateline, str] | None:
    titled = _TITLE_CASE_DATELINE.match(paragraph)
    if titled and titled.group("agency").split("/")[0].strip().lower() in AGENCIES:
        return (Dateline(place=titled.group("place"), day=None, agency=titled.group("agency").strip(), text=titled.group(0).strip()),
                paragraph[titled.end() :])
    match = _DATELINE.match(paragraph)
    if not match:
        return _title_case_dated_dateline(paragraph) or _full_stop_dateline(paragraph)
    place = match.group("place").strip(" ,")
    # a dateline's place is written in capitals ("WEST PALM BEACH , Fla."); "US-Israel" is not one
    head_letters = [c for c in place.split(",")[0].split("(")[0] if c.isalpha()]
    if len(head_letters) < 3 or not all(c.isupper() for c in head_letters) or _NO_DATELINE.match(place):
        return None  # ("BREAKING — …", "UPDATE: …": a kicker)
    date_text = match.group("date")
    day = None
    if date_text:
        found = find_dates(date_text)
        day = found[0].day if found else _wire_day(date_text)
        if day is None:
            return None
    agency = (match.group("agency") or "").strip() or None
    return Dateline(place=place, day=day, agency=agency, text=match.group(0).strip()), paragraph[match.end() :]


# the months as Italian wires abbreviate them in capitals ("30 NOV", "12 DIC", "3 GIU"); only in a dateline, as
# "set", "mag" or "gen" in running text are words
_WIRE_MONTHS = {name: number for number, name in enumerate("GEN FEB MAR APR MAG GIU LUG AGO SET OTT NOV DIC".split(), start=1)}
_WIRE_DAY = re.compile(r"([0-3]?\d)\s+([A-Z]{3})")


# a month as a wire abbreviates it in lower case after the day ("MÁLAGA, 20 mar (EFE) –", "28 may", "1er mars"),
# which running text would not read as a month ("mar" is the sea, "may" a verb) but a dateline can only mean so
_LOWER_CASE_WIRE_DAY = re.compile(r"([0-3]?\d)(?:er|º)?\.?\s+(?:de\s+)?([^\W\d_]{3,10})\.?")


def _wire_day(date_text: str) -> Day | None:
    match = _WIRE_DAY.fullmatch(date_text.strip())
    if match and match.group(2) in _WIRE_MONTHS and 1 <= int(match.group(1)) <= 31:
        return Day(None, _WIRE_MONTHS[match.group(2)], int(match.group(1)))
    match = _LOWER_CASE_WIRE_DAY.fullmatch(date_text.strip())
    if match and (month := MONTHS.get(match.group(2).lower())) and 1 <= int(match.group(1)) <= 31:
        return Day(None, month, int(match.group(1)))
    return None


def _title_case_dated_dateline(paragraph: str) -> tuple[Dateline, str] | None:
    """A dateline whose town is in title case, with a full date, year and all: "Palermo, 16 feb 2027 -", "Gand, 14 octobre
    2026 (Agence Mosane) —", "Huaraz, 23 de octubre de 2016 (Andes Press).–" (without the year, a town and a day before a
    dash may be a sentence's opening)."""
    match = _TITLE_CASE_DATED_DATELINE.match(paragraph)
    iso = date_only_line(match.group("date")) if match else None
    if match is None or iso is None:
        return None
    agency = (match.group("agency") or "").strip() or None
    return Dateline(place=match.group("place"), day=Day.from_iso(iso), agency=agency, text=match.group(0).strip()), paragraph[match.end() :]


def _full_stop_dateline(paragraph: str) -> tuple[Dateline, str] | None:
    match = _FULL_STOP_DATELINE.match(paragraph)
    if not match:
        return None
    place = match.group("place")
    if sum(c.isalpha() for c in place) < 5 or _NO_DATELINE.match(place) or place.lower() in AGENCIES:
        return None
    return Dateline(place=place, day=None, agency=None, text=match.group(0).strip()), paragraph[match.end() :]


def byline_outlet(line: str) -> tuple[str | None, bool]:
    """(outlet named by a byline, whether the line is a byline at all)."""
    # what follows a bar is another credit ("Von Tobias Renner | Foto: dpa"): the photographer's or agency's, not the outlet
    match = _BYLINE.match(line.split(" | ")[0].strip())
    if not match or line.rstrip().endswith((".", "!", "?")) and len(line.split()) > 6:
        return None, False
    name = _DESK.sub("", match.group("name").strip(" .,"))
    if not name:
        return None, True  # "By staff reporters": a desk, no name
    if len(name.split()) > 8 or not name[:1].isupper():
        return None, False  # "By then, it was too late.": a sentence; a byline names someone
    reporter, comma, after = name.rpartition(",")
    if comma and (after := after.strip()) and (after.lower() in AGENCIES or _OUTLET_WORDS.search(after)):
        return after, True  # "By Priyanka Raval, Evening Standard": the reporter, then the outlet
    if name.lower() in AGENCIES or _OUTLET_WORDS.search(name) or len(name.split()) == 1:
        return name, True
    return None, True  # a person's byline: metadata, not the outlet


def masthead_outlet(line: str, top: bool) -> str | None:
    """The outlet a masthead line names: the name followed by its section or slogan ("KESTREL
    TIMES | Economy", "PORTVALE GAZETTE - your city, your news"), or, as the page's `top` line,
    the name alone in capitals ("OSTRA VALLEY HERALD"). Further down, a bare name is a headline."""
    line = line.strip()
    match = _MASTHEAD.match(line)
    if match and len(match.group("rest").split()) <= MASTHEAD_REST_MAX_WORDS:
        outlet = match.group("outlet").strip()
    elif top and line.isupper():
        outlet = line
    else:
        return None
    if not looks_like_outlet_name(outlet):
        return None
    return outlet.title() if outlet.isupper() else outlet


NAME_JOINERS = frozenset("of the and & de del la le el di du des der die das von van".split())


def looks_like_agency(name: str) -> bool:
    """The name in a dateline's brackets is a wire agency's ("(Xinhua)", "(dpa)"), not a date or a remark."""
    return name.lower() in AGENCIES or (len(name.split()) <= 4 and not any(c.isdigit() for c in name) and name[:1].isupper())


def looks_like_outlet_name(line: str) -> bool:
    """A trailing line like "The Sun" or "Harbor Ledger": a short capitalised name, no sentence."""
    words = line.split()
    if not 1 <= len(words) <= 5 or line.endswith((".", "!", "?", ":", ",", ";", '"', "”")):
        return False
    if not all(w[0].isupper() or w[0].isdigit() or w.lower() in NAME_JOINERS for w in words):
        return False
    return line.lower() in AGENCIES or bool(_OUTLET_WORDS.search(line)) or words[0] == "The"
