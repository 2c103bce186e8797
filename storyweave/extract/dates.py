"""Dates an article states: when it was published, every date it mentions, and when the
reported occurrence happened ("said on Tuesday" in a piece dated Wednesday 31 January → the 30th).

Relative references resolve only against a date the article itself states; without one they stay
partial or unresolved — an unknown date is never filled in with a guess."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from storyweave.clean.alternation import prefix_tree_pattern
from storyweave.clean.datetext import FOREIGN_WEEKDAYS, RELATIVE_DAYS, RELATIVE_DAYS_BY_LANG, WEEKDAYS, FoundDate, find_dates
from storyweave.clean.sentences import sentence_around
from storyweave.model import CleanDocument, DateMention, Day

LEAD_SENTENCES = 2
_WEEKDAY = re.compile(r"\b(?P<mod>last|this|next|on|since|by|until|from|early|late)?\s*(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?:'s)?")
# Chinese and Japanese reports date the occurrence by its day of the month alone ("現地時間24日", "当地时间24日晚"):
# not a count of days ("3日間", "10日以内", "5日後") nor "the third day" (第3日), nor the day of a written month
_CJK_DAY_ALONE = re.compile(r"(?<![0-9０-９月年第.．/／～〜~-])(?P<day>[0-9０-９]{1,2})日(?![間间以後后前内連连目本])")
_ORDINAL_DAY = re.compile(r"\bthe\s+(?P<day>[1-3]?\d)(?:st|nd|rd|th)\b(?![-‐]|\s+(?:of\s+)?(?:century|anniversary|time|floor|round|day|minute))")
# other languages write weekdays in lower case (German capitalises); no modifiers are read for them
# word lists as prefix trees: they are tried at every position of every sentence (longest word first either way)
# German and Dutch join the part of the day to the weekday: "am Dienstagmorgen", "Freitagnachmittag", "dinsdagavond"
_PART_OF_DAY = r"(?:früh|morgen|vormittag|mittag|nachmittag|abend|nacht|ochtend|middag|avond)?"
_FOREIGN_WEEKDAY = re.compile(r"(?<![\w-])(?P<day>" + prefix_tree_pattern(list(FOREIGN_WEEKDAYS)) + r")" + _PART_OF_DAY + r"(?![\w-])", re.I)


def _relative_pattern(words) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'’])(?P<word>" + prefix_tree_pattern(list(words)) + r")(?![\w'’])", re.I)


_RELATIVE = _relative_pattern(RELATIVE_DAYS)
_RELATIVE_BY_LANG = {lang: (_relative_pattern({**RELATIVE_DAYS, **extra}), {**RELATIVE_DAYS, **extra}) for lang, extra in RELATIVE_DAYS_BY_LANG.items()}


def _weekdays_in(sentence: str) -> list[tuple[int, int, str, str | None, str]]:
    """(start, end, English weekday, modifier, matched text) for every weekday the sentence names."""
    # every English weekday ends in "day": most sentences name none, and a substring test is far cheaper than the pattern
    english = _WEEKDAY.finditer(sentence) if "day" in sentence else ()
    found = [(m.start(), m.end(), m.group("day").lower(), m.group("mod"), m.group(0).strip()) for m in english]
    for m in _FOREIGN_WEEKDAY.finditer(sentence):
        if not any(s <= m.start() < e for s, e, *_ in found):
            found.append((m.start(), m.end(), FOREIGN_WEEKDAYS[m.group("day").lower()], None, m.group(0)))
    return sorted(found)
_FUTURE = re.compile(r"\b(?:will|would|shall|is due|are due|is scheduled|are scheduled|is expected|plans to|next)\b", re.I)
# "the authority on Thursday approved a plan to …": the verb after the weekday tells its tense
_PAST_VERB_AFTER = re.compile(r"\s*(?:[a-z]+ed|was|were|had|did|met|gave|took|made|said|told|won|lost|rose|fell|began|broke|left|held|sent|struck|shot)\b")


@dataclass(frozen=True)
class Published:
    value: str | None  # ISO date or datetime
    source: str  # "header" | "dateline" | "text" | "inferred" | "none"
    partial: Day | None  # a dateline day without a year, for the event to complete later


def publication(clean: CleanDocument, mentioned_years: list[Day]) -> Published:
    if clean.header_published:
        return Published(clean.header_published, clean.header_kind or "header", None)
    dateline_day = clean.dateline.day if clean.dateline else None
    if dateline_day is None:
        return Published(None, "none", None)
    if dateline_day.year:
        return Published(dateline_day.iso(), "dateline", None)
    year = year_after_latest(dateline_day, mentioned_years)
    if year is None:
        return Published(None, "none", dateline_day)
    return Published(dateline_day.with_year(year).iso(), "inferred", None)


def year_after_latest(day: Day, full_dates: list[Day]) -> int | None:
    """The first year in which `day` falls on or after the latest full date the text mentions:
    news reports what has happened, so the dateline is not earlier than the past it recounts (the
    caller leaves out the dates a sentence looks ahead to: "the ban runs until May 5, 2030")."""
    dated = [d.to_date() for d in full_dates if d.year]
    dated = [d for d in dated if d]
    if not dated:
        return None
    latest = max(dated)
    for year in (latest.year, latest.year + 1):
        try:
            if dt.date(year, day.month, day.day) >= latest:
                return year
        except ValueError:
            continue
    return None


def _nearest_year(month: int, day: int, base: dt.date) -> Day:
    best = None
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((candidate - base).days) < abs((best - base).days):
            best = candidate
    if best is None:  # 29 February with no leap year within a year of the base: the year stays unknown
        return Day(None, month, day)
    return Day(best.year, best.month, best.day)


def _shifted(base: dt.date, days: int) -> dt.date | None:
    """`base` moved by `days`, or None past the calendar's ends (a placeholder date like 0001-01-01)."""
    try:
        return base + dt.timedelta(days=days)
    except OverflowError:
        return None


def _weekday(name: str, modifier: str | None, sentence: str, base: dt.date, position: int, end: int) -> dt.date | None:
    target = WEEKDAYS[name.lower()]
    back = (base.weekday() - target) % 7
    future = modifier == "next" or modifier != "last" and (
        _FUTURE.search(sentence) and not re.search(r"\b(?:said|told|announced)\b", sentence)
        and not _PAST_VERB_AFTER.match(sentence, end) or intended(sentence, position)
    )
    if future:
        return _shifted(base, (target - base.weekday()) % 7 or 7)
    return _shifted(base, -back)


def mentioned_dates(
    sentences: list[str],
    published: Published,
    dateline_day: Day | None,
    found_dates: list[list[FoundDate]] | None = None,
    lead_count: int = LEAD_SENTENCES,
    lang: str | None = None,
) -> list[DateMention]:
    """Every date the sentences mention; the first `lead_count` are the lead (a headline counts
    as one). `found_dates` (find_dates per sentence) spares a second search."""
    base = dt.date.fromisoformat(published.value[:10]) if published.value else None
    month_base = base or (dateline_day if dateline_day else None)
    mentions: list[DateMention] = []
    for index, sentence in enumerate(sentences):
        lead = index < lead_count
        spans = []
        # (position, mention): within a sentence, mentions are kept in reading order
        found_here: list[tuple[int, DateMention]] = []
        for found in found_dates[index] if found_dates is not None else find_dates(sentence):
            spans.append((found.start, found.end))
            day = found.day
            kind = "absolute"
            if day.year is None:
                kind = "no-year"
                if base:
                    day = _nearest_year(day.month, day.day, base)
            found_here.append((found.start, DateMention(found.text, day, sentence_around(sentence, found.start, found.end), kind, lead)))
        for start, end, name, modifier, text in _weekdays_in(sentence) if base is not None else ():
            if any(s <= start < e for s, e in spans):
                continue
            resolved = _weekday(name, modifier, sentence, base, start, end)
            if resolved is None:
                continue
            found_here.append((start, DateMention(text, Day(resolved.year, resolved.month, resolved.day),
                                                  sentence_around(sentence, start, end), "weekday", lead)))
        if month_base is not None:
            for match in _ORDINAL_DAY.finditer(sentence):
                day_number = int(match.group("day"))
                mention = _ordinal(day_number, month_base)
                if mention:
                    found_here.append((match.start(), DateMention(match.group(0), mention, sentence_around(sentence, match.start(), match.end()), "relative", lead)))
            if "日" in sentence:
                for match in _CJK_DAY_ALONE.finditer(sentence):
                    if any(s <= match.start() < e for s, e in spans):
                        continue
                    mention = _ordinal(int(match.group("day")), month_base)
                    if mention:
                        found_here.append((match.start(), DateMention(match.group(0), mention, sentence_around(sentence, match.start(), match.end()), "relative", lead)))
        if base is not None:
            pattern, offsets = _RELATIVE_BY_LANG.get(lang or "", (_RELATIVE, RELATIVE_DAYS))
            for match in pattern.finditer(sentence):
                when = _shifted(base, offsets[match.group("word").lower()])
                if when is None:
                    continue
                found_here.append((match.start(), DateMention(match.group(0), Day(when.year, when.month, when.day),
                                                              sentence_around(sentence, match.start(), match.end()), "relative", lead)))
        found_here.sort(key=lambda item: item[0])
        mentions.extend(mention for _, mention in found_here)
    return mentions


def _ordinal(day_number: int, base: dt.date | Day) -> Day | None:
    """"on the 30th": that day of the base month, or of the month before when it is still to come."""
    year, month, base_day = base.year, base.month, base.day
    if not 1 <= day_number <= 31:
        return None
    if day_number > base_day:
        month -= 1
        if month == 0:
            month, year = 12, (year - 1 if year else None)
    try:
        dt.date(year or 2000, month, day_number)
    except ValueError:
        return None
    return Day(year, month, day_number)


def lead_weekday(sentences: list[str], lead_count: int = LEAD_SENTENCES) -> str | None:
    """The weekday the lead names for the occurrence ("said on Tuesday") when no date resolves it;
    a day something is still to happen on ("will meet on Friday") is not the occurrence's."""
    for sentence in sentences[:lead_count]:
        for start, _, name, modifier, _ in _weekdays_in(sentence):
            if modifier in {"next", "since", "until", "by"}:
                break
            if intended(sentence, start):
                continue
            return name.capitalize()
    return None


# what is still to happen: "will meet", "hoped to sign", "is due to vote", "plans to"
_INTENT = re.compile(
    r"\b(?:will|would|shall|won't|going to|(?:hope|hoped|hopes|hoping|plan|plans|planned|planning|intend|intends|intended|"
    r"aim|aims|aimed|expect|expects|expected|want|wants|wanted|is|are|was|were) to|(?:is|are|was|were) (?:due|set) to|scheduled (?:to|for)|"
    r"werden|wird|wollen|will|soll|sollen|va|vont|doit|doivent|prévoit|prévu|prevé|previsto|prevista|tiene previsto)\b|'ll\b"
    # what a rule or a deal does on a day set ahead: "the merger takes legal effect on Jan. 1", "entra en vigor el 1 de julio"
    r"|\b(?:(?:takes?|taking)\s+(?:\w+\s+)?effect|(?:comes?|enters?|entering|coming)\s+into\s+force|goes\s+into\s+effect"
    r"|entra\s+en\s+vigor|entre\s+en\s+vigueur|entra\s+in\s+vigore|in\s+Kraft\s+tritt|tritt\s+(?:\w+\s+){0,4}in\s+Kraft)\b",
    re.I,
)
# where the clause that holds a date begins: a report verb or a comma closes the one before
_CLAUSE_START = re.compile(r".*(?:[,;:]|\b(?:said|says|told|announced|added|sagte|a déclaré|dijo|ha detto))", re.I | re.S)


# German closes the verb's bracket after the day: "Die Regelung tritt am 1. Juli in Kraft" (not "trat": a day past)
_GERMAN_TAKES_EFFECT_BEFORE = re.compile(r"\b(?:tritt|treten)\s+(?:[^\s,;]+\s+){0,6}$", re.I)
_GERMAN_IN_FORCE_AFTER = re.compile(r"[^,;]{0,40}?\bin\s+Kraft\b", re.I)


def intended(sentence: str, position: int) -> bool:
    """Whether the date at `position` is in a clause about what is still to happen."""
    prefix = sentence[:position]
    clause = _CLAUSE_START.match(prefix)
    start = clause.end() if clause else 0
    return bool(_INTENT.search(prefix, start)) or bool(
        _GERMAN_TAKES_EFFECT_BEFORE.search(prefix, start) and _GERMAN_IN_FORCE_AFTER.match(sentence, position))


# a date a sentence points ahead to, which the dateline may well precede: "runs until May 5, 2030", "bis 2030"
_AHEAD = re.compile(r"\b(?:until|till|through|bis|jusqu['’](?:au|à|en)|hasta(?:\s+el)?|fino\s+al|entro\s+il)\s+$", re.I)


def points_ahead(sentence: str, position: int) -> bool:
    """Whether the date at `position` is one the sentence looks ahead to (a term's end, a plan), not a day past."""
    return bool(_AHEAD.search(sentence[:position])) or intended(sentence, position)


_BACKGROUND = re.compile(
    r"\b(?:since|after|before|until|from|by|in"
    # the same in the other languages we read: "desde el 3 de marzo", "depuis le 3 mars", "seit dem 3. März" (not "el
    # pasado martes", "lo scorso 3 marzo": that is how Spanish and Italian name a recent day, the occurrence's too)
    r"|desde(?:\s+el)?|tras(?:\s+el)?|después\s+del?|depuis(?:\s+le)?|après\s+le|dès\s+le"
    r"|seit(?:\s+de[mn])?|nach\s+de[mn]|vor\s+de[mn]|dopo\s+il|dal)\s+$", re.I)
# a sentence opening on what came before: "After talks failed on Friday, …", "Tras el fracaso de la ronda del viernes, …"
_OPENING_CLAUSE_BACKGROUND = re.compile(
    r"\s*(?:after|following|since|tras|después\s+de|après|depuis|nach|seit|dopo|in\s+seguito\s+a|a\s+seguito\s+di)\b", re.I)
# a relative clause inside the sentence's subject, which dates what the subject did before: "The leopard that escaped on
# Tuesday was caught on Saturday", "La pantera que escapó el martes fue capturada este sábado", "Der Leopard, der am
# Dienstag entkommen war, …" (not "that" after a verb of saying: "The minister said that on Monday …" reports the day)
_SUBJECT_RELATIVE_CLAUSE = re.compile(
    r"\s*(?!.*\b(?:said|says|told|announced|confirmed|reported|dijo|afirmó|aseguró|informó|indicó|déclaré|affirmé|indiqué|annoncé"
    r"|detto|affermato|annunciato|sagte|erklärte|teilte)\b)"
    r"(?:the|a|an|this|la|el|le|les|los|las|il|lo|gli|un|una|une|der|die|das|ein|eine)\s+(?:[^\s,;:]+\s+){0,5}?[^\s,;:]+"
    r",?\s+(?:that|which|who|que|qui|che|der|die|das|welche[rsnm]?)\s+(?:[^\s,;:]+\s+){1,4}", re.I)
# a Chinese or Japanese day naming what happened on it ("19日に起きた雪崩", "19日の雪崩", "19日发生的雪崩")
_CJK_DAY_OF_A_THING = re.compile(r"(?:夜|未明|朝|午前|午後)?(?:に(?:起きた|起こった|発生した|あった|行われた)|の|发生的|的)")
# a scraper's or archive's note on the page, not the story's day: "[downloaded on 2 October 2013]"
_RECORD_NOTE = re.compile(r"\b(?:downloaded|retrieved|accessed|archived|crawled|scraped)\s+(?:on\s+)?$", re.I)
OCCURRENCE_MAX_DAYS_BEFORE = 14
# with no publication date, a lead date this many years before another year the article names is
# history (a birth date in an obituary's lead: "born on April 22, 1923"), not what it reports
OCCURRENCE_STALE_YEARS = 10
_YEAR_NAMED = re.compile(r"(?<![\d.,$€£])(?:1[89]|20)\d\d(?![\d%])")


def latest_year_named(text: str) -> int | None:
    """The latest year from 1800 on that `text` writes out, in a date or alone ("in 2006")."""
    return max(map(int, _YEAR_NAMED.findall(text)), default=None)


def occurrence(mentions: list[DateMention], published: str | None, latest_year: int | None = None,
               dateline_day: Day | None = None) -> DateMention | None:
    """The date of the reported occurrence: the first date the lead states for it.

    A lead date introduced by "since"/"after", weeks before publication (or, with only a dateline's
    day without its year, weeks before that day of the year), or (with no publication date) decades
    before `latest_year`, the latest year the article names, is background."""
    base = dt.date.fromisoformat(published[:10]) if published else None
    for index, mention in enumerate(mentions):
        if not mention.in_lead:
            continue
        prefix = mention.sentence[: mention.sentence.find(mention.text)]
        if _BACKGROUND.search(prefix) or _RECORD_NOTE.search(prefix) or intended(mention.sentence, len(prefix)):
            continue
        if (_OPENING_CLAUSE_BACKGROUND.match(prefix) and "," not in prefix or _SUBJECT_RELATIVE_CLAUSE.fullmatch(prefix)
                or _CJK_DAY_OF_A_THING.match(mention.sentence, len(prefix) + len(mention.text))) and any(
                later.sentence == mention.sentence for later in mentions[index + 1:]):
            # "After talks failed on Friday, doctors began a strike on Monday", "19日に起きた雪崩で、救助隊は23日、…":
            # the main clause's day
            continue
        when = mention.day.to_date()
        if base and when and not -OCCURRENCE_MAX_DAYS_BEFORE <= (when - base).days <= 1:
            continue
        if not base and mention.day.year and latest_year and latest_year - mention.day.year >= OCCURRENCE_STALE_YEARS:
            continue
        if not base and dateline_day and not dateline_day.year and not -OCCURRENCE_MAX_DAYS_BEFORE <= dateline_day.days_of_year_to(mention.day) <= 1:
            continue  # "MÁLAGA, 20 mar – … se había fugado el 1 de marzo": weeks before the dateline's day
        return mention
    return None
