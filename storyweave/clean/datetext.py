"""Find calendar dates written in text ("Jan. 30", "31 January 2024", "2024-01-31", "May 03 , 2013").

Our own patterns rather than dateparser: dateparser's search_dates costs ~11 ms a document with
languages given (LIBRARY-NOTES), 20x the whole per-article budget, and mis-resolves weekdays.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from storyweave.clean.alternation import prefix_tree_pattern
from storyweave.model import Day

MONTHS: dict[str, int] = {}
_MONTH_NAMES = {
    1: "january jan januar janvier enero gennaio januari janeiro ocak",
    2: "february feb februar février fevrier febrero febbraio februari fevereiro şubat",
    3: "march mar märz maerz mars marzo maart março mart",
    4: "april apr avril abril aprile nisan",
    5: "may mai mayo maggio mei maio mayıs",
    6: "june jun juni juin junio giugno junho haziran",
    7: "july jul juli juillet julio luglio julho temmuz",
    8: "august aug août aout agosto augustus ağustos",
    9: "september sep sept septembre septiembre settembre setembro eylül",
    10: "october oct oktober octobre octubre ottobre outubro ekim",
    11: "november nov novembre noviembre novembro kasım",
    12: "december dec dezember décembre decembre diciembre dicembre dezembro aralık",
}
for _number, _names in _MONTH_NAMES.items():
    for _name in _names.split():
        MONTHS[_name] = _number

WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
# weekday names of the other languages we read (de, fr, es, it, nl, pt, pl), mapped to English ones
FOREIGN_WEEKDAYS: dict[str, str] = {}
_WEEKDAY_NAMES = {
    "monday": "montag lundi lunes lunedì lunedi maandag segunda-feira poniedziałek",
    "tuesday": "dienstag mardi martes martedì martedi dinsdag terça-feira wtorek",
    "wednesday": "mittwoch mercredi miércoles miercoles mercoledì mercoledi woensdag quarta-feira środa",
    "thursday": "donnerstag jeudi jueves giovedì giovedi donderdag quinta-feira czwartek",
    "friday": "freitag vendredi viernes venerdì venerdi vrijdag sexta-feira piątek",
    "saturday": "samstag sonnabend samedi sábado sabato zaterdag sobota",
    "sunday": "sonntag dimanche domingo domenica zondag niedziela",
}
for _english, _names in _WEEKDAY_NAMES.items():
    for _name in _names.split():
        FOREIGN_WEEKDAYS[_name] = _english

# "yesterday"/"today"/"tomorrow" in each language, as day offsets. Words that are also ordinary
# words elsewhere ("morgen" = morning, "mañana" = morning, Dutch "hier" = here) are left out or
# kept to their language.
RELATIVE_DAYS = {
    "yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "last night": -1,
    "gestern": -1, "heute": 0, "vorgestern": -2,
    "aujourd'hui": 0, "aujourd’hui": 0, "avant-hier": -2, "demain": 1,
    "ayer": -1, "hoy": 0, "anteayer": -2,
    "ieri": -1, "oggi": 0, "domani": 1, "stasera": 0, "stamattina": 0, "stamane": 0, "questa mattina": 0, "questa sera": 0,
    "esta noche": 0, "esta mañana": 0, "esta tarde": 0, "anoche": -1,
    "ce soir": 0, "ce matin": 0, "cet après-midi": 0, "hier soir": -1,
    "gisteren": -1, "vandaag": 0, "vanavond": 0,
    "ontem": -1, "hoje": 0, "amanhã": 1,
    "wczoraj": -1, "dzisiaj": 0, "dziś": 0, "jutro": 1,
}
RELATIVE_DAYS_BY_LANG = {"fr": {"hier": -1}}

# a prefix tree, not a flat list of 95 names: the month is tried at every word boundary of every
# sentence with a digit, and a flat list costs one test per name there (longest name first either way)
_MONTH_RE = prefix_tree_pattern(list(MONTHS))
_YEAR = r"(?:19[5-9]\d|20\d\d)"
# an older year only where nothing else can be read: after the comma of "April 22, 1923" or at a
# clause's end ("born on 22 April 1923."), not in "on 3 March 1500 troops"
_ANY_YEAR = rf"(?:{_YEAR}|(?:(?<=,)|(?<=, ))1[0-9]\d\d\b|1[0-9]\d\d(?=\s*(?:[.,;:)]|$)))"
MONTH_FIRST = re.compile(
    rf"\b(?P<month>{_MONTH_RE})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:\s*,\s*|\s+)?(?P<year>{_ANY_YEAR})?\b",
    re.IGNORECASE,
)
DAY_FIRST = re.compile(
    rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th|\.|er|º)?\s+(?:of\s+|de\s+)?(?P<month>{_MONTH_RE})\.?(?:\s*,?\s*(?:del?\s+)?(?P<year>{_ANY_YEAR}))?\b",
    re.IGNORECASE,
)
ISO_DATE = re.compile(rf"\b(?P<year>{_YEAR})-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
# "18.06.2025", "3.2.2024": day first, as German, Russian, Polish, Turkish … papers write it;
# a four-digit year is required, so version numbers and decimals stay out
DOTTED_DAY_FIRST = re.compile(rf"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>{_YEAR})(?![\d.]\d)")
# "04-Oct-05", "17-Sep-2008": database and wiki exports
DAY_MONTH_ABBREVIATION = re.compile(
    rf"\b(?P<day>[0-3]?\d)-(?P<month>{_MONTH_RE})-(?P<year>{_YEAR}|\d\d)\b", re.IGNORECASE
)
# "16/12/2026", "12/16/2026": slashes, day first in most of the world and month first in the United States, so read
# only where the order shows (a day above 12) or does not matter (the day is the month); "06/11/2026" says neither
# and is left unread
SLASHED_DAY_FIRST = re.compile(rf"(?<![\d/])(?P<day>1[3-9]|2\d|3[01])/(?P<month>0?[1-9]|1[0-2])/(?P<year>{_YEAR})(?![\d/])")
SLASHED_MONTH_FIRST = re.compile(rf"(?<![\d/])(?P<month>0?[1-9]|1[0-2])/(?P<day>1[3-9]|2\d|3[01])/(?P<year>{_YEAR})(?![\d/])")
# "03/03/2027": the same day and month, so both orders read the same day
SLASHED_SAME_DAY_AND_MONTH = re.compile(rf"(?<![\d/])(?P<day>0?[1-9]|1[0-2])/(?P<month>(?P=day))/(?P<year>{_YEAR})(?![\d/])")
# any slashed date read day first, where the words around it say the writer writes the day first ("Actualizado el
# 11/04/2026", "Mis à jour le 06/11/2026")
SLASHED_ANY_DAY_FIRST = re.compile(rf"(?<![\d/])(?P<day>[0-3]?\d)/(?P<month>[01]?\d)/(?P<year>{_YEAR})(?![\d/])")
_DIGIT = re.compile(r"\d")
TIME_OF_DAY = re.compile(r"\b(?P<h>[0-2]?\d):(?P<m>[0-5]\d)\b")


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    text: str
    day: Day


# Chinese and Japanese: "2026年11月20日", "11月20日" (a day alone, "20日", needs the month the dateline gives)
CJK_DATE = re.compile(r"(?:(?P<year>(?:19[5-9]|20[0-9])[0-9]|[１２][０-９]{3})年)?(?P<month>[0-9０-９]{1,2})月(?P<day>[0-9０-９]{1,2})日")
_PATTERNS = (ISO_DATE, DOTTED_DAY_FIRST, DAY_MONTH_ABBREVIATION, MONTH_FIRST, DAY_FIRST)
_PATTERNS_WITH_SLASHES = (*_PATTERNS, SLASHED_DAY_FIRST, SLASHED_MONTH_FIRST, SLASHED_SAME_DAY_AND_MONTH)


def find_dates(text: str) -> list[FoundDate]:
    """All calendar days written in `text`, left to right, without overlaps."""
    found: list[FoundDate] = []
    digit = _DIGIT.search(text)
    if not digit:
        return found
    taken: list[tuple[int, int]] = []
    patterns = _PATTERNS_WITH_SLASHES if "/" in text else _PATTERNS
    if "月" in text:
        patterns = (*patterns, CJK_DATE)
    for pattern in patterns:
        # a date written day or year first starts at a digit: none starts before the first one
        # (the patterns' boundary checks still see the character before it)
        start_at = 0 if pattern is MONTH_FIRST else digit.start()
        for match in pattern.finditer(text, start_at):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            day = _day_from(match)
            if day is None:
                continue
            taken.append((start, end))
            found.append(FoundDate(start, end, text[start:end].strip(), day))
    found.sort(key=lambda f: f.start)
    return found


def _day_from(match: re.Match[str]) -> Day | None:
    month_text = match.group("month")
    if month_text.isdigit():
        month = int(month_text)
    else:
        # "may", "march", "august" are also ordinary words; only the capitalised forms are months, but for French's,
        # Romanian's and Dutch's "mai" and "mei" after their day ("le 11 mai", "op 3 mei"), as those languages write
        # months (Italian's "mai", never, follows no day)
        if (month_text.lower() in {"may", "mar", "march", "august", "mai", "mei"} and not month_text[0].isupper()
                and not (month_text in {"mai", "mei"} and match.start("day") < match.start("month"))):
            return None
        month = MONTHS[month_text.lower()]
    day = int(match.group("day"))
    year_text = match.group("year")
    year = int(year_text) if year_text else None
    if year is not None and year < 100:
        year += 2000 if year < 70 else 1900
    try:
        dt.date(year or 2000, month, day)  # 2000 is a leap year, so 29 Feb without a year passes
    except ValueError:
        return None
    return Day(year, month, day)


def slashed_day_first(text: str) -> Day | None:
    """The first slashed date of `text` read day first (see SLASHED_ANY_DAY_FIRST), or None."""
    match = SLASHED_ANY_DAY_FIRST.search(text)
    return _day_from(match) if match else None


def find_time(text: str) -> tuple[int, int] | None:
    match = TIME_OF_DAY.search(text)
    if not match or int(match.group("h")) > 23:
        return None
    return int(match.group("h")), int(match.group("m"))
