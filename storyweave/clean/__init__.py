"""Cleaning: raw text → body, title, outlet, dateline and header date, with every removal recorded."""

from __future__ import annotations

import re

from storyweave.clean.boilerplate import (
    WIRE_END_SUFFIX,
    classify_line,
    is_header_line,
    is_language_switcher,
    mentions_a_network,
    without_social_promo,
)
from storyweave.clean.fields import field_date
from storyweave.clean.metadata import (
    UPDATE,
    byline_outlet,
    date_only_line,
    leading_date,
    lone_line_dateline,
    looks_like_agency,
    looks_like_outlet_name,
    masthead_outlet,
    parse_dateline,
    parse_header_date,
)
from storyweave.clean.repeated import find_repeated_lines, normalise_line
from storyweave.clean.scripts import CJK
from storyweave.clean.sentences import split_sentences
from storyweave.model import CleanDocument, Dateline, Day, RawDocument, RemovedLine

__all__ = ["clean_document", "find_repeated_lines", "split_sentences"]

TITLE_MAX_WORDS = 30
SUBHEAD_MAX_WORDS = 10
GLUED_TITLE_MIN_WORDS = 6
SECTION_LABEL_MAX_WORDS = 2
SECTION_LABELS_MAX = 2
MIN_HEADLINE_WORDS = 4
_TERMINAL = (".", "!", "?", "…", '"', "”", "’", "»", ":", ";", ")", "。", "」", "』", "！", "？", "）")
_SPACE = re.compile(r"[ \t\u00a0]+")
# two spaces between a word and a capital, where a cut text was joined to the next without a mark (a headline run
# into its body, a page's excerpts run together: "… en Culiacán  CULIACÁN.- El bloque …"); prose never writes them
# inside a sentence, so they end a line
_JOINED_TEXTS = re.compile(r" (?<=[^\W_] ) +(?=[\"“‘«(]?[A-ZÀ-ÖØ-ÞА-ЯЁ])")  # (a space first: the search skips to spaces)


def _collapse_spacing(line: str) -> str:
    """The line stripped, each run of spaces, tabs and no-break spaces one space."""
    # most lines have no such run: three substring tests cost far less than a substitution at every space
    if "  " in line or "\t" in line or "\u00a0" in line:
        line = _SPACE.sub(" ", line)
    return line.strip()


def _stated_date(part: str) -> str | None:
    """The date (with its time, when a header gives one) a part of a page-top line states: a header's ("Publié le
    09/12/2026 à 06h30"), else a date alone."""
    if is_header_line(part) and (published := parse_header_date(part)):
        return published
    return date_only_line(part)


def _part_date(part: str) -> str | None:
    """The day a strip's part states; none for a revision's ("Mis à jour le 7 mars 2027"), beside the publication's."""
    return None if UPDATE.match(part) else (_stated_date(part) or "")[:10] or None


def _one_date_among(parts: list[str]) -> tuple[str, list[str]] | None:
    """(the date, the other parts) of a strip's parts when exactly one of them is only a date."""
    dated = [(part, _part_date(part)) for part in parts]
    dates = [iso for _, iso in dated if iso]
    return (dates[0], [part for part, iso in dated if not iso]) if len(dates) == 1 else None


def widget_strip_date(line: str) -> str | None:
    """The date of a page-top strip like "Sunday, August 10, 2025 | 18.4 C Kellmarsh": parts
    split by "|", one a date and every other one boilerplate (weather, a section name)."""
    parts = [part.strip() for part in line.split("|")]
    found = _one_date_among(parts) if len(parts) >= 2 else None
    return found[0] if found and all(classify_line(part) for part in found[1]) else None


# a short label beside a page-top date: a section ("Wirtschaft", "Zulieferer", "Esteri") or a byline ("By Dan Whitcombe")
_STRIP_LABEL_MAX_WORDS = 4


# what parts a page-top strip: bars, bullets, an ideographic space, a spaced dash
_STRIP_PARTS = re.compile(r"\s*[|·•]\s*|\u3000+|\s+[—–]\s+")
# the strip's notes beside its date: the reading time ("3 min read", "Lesezeit 2 Min.", "5 minutes de lecture"), the
# time of day alone ("18:20", "22h05") and the source a Chinese or Japanese page credits ("来源：财讯网")
_STRIP_NOTE = re.compile(
    r"(?:\d+\s*(?:min(?:ute)?s?|Min)\.?(?:\s+(?:read|de lecture|Lesezeit|di lettura|de lectura))?"
    r"|(?:Lesezeit|Lesedauer|Temps de lecture|Tiempo de lectura|Tempo di lettura|Reading time)\s*:?\s*\d+\s*(?:Min(?:\.|uten)?|min(?:utes?)?)"
    r"|\d{1,2}[:.h]\d{2}(?:\s*(?:Uhr|h|[A-Z]{2,4}))?"
    r"|(?:来源|來源|出典|出所)\s*[:：].{1,30})$", re.I)


def labelled_date_strip(line: str) -> str | None:
    """The date of a page-top strip of a date and short labels, a section or a byline: "Wirtschaft | 09.09.2026",
    "By Dan Whitcombe | 12 April 2026", "TECHWIRE UK | Security | 3 March 2026 · 3 min read", "2025-07-13 08:15　来源：财讯网"
    (each label a few words, no sentence, or a note: the reading time, the time of day, the source)."""
    parts = [part.strip() for part in _STRIP_PARTS.split(line.strip()) if part.strip()]
    found = _one_date_among(parts) if 2 <= len(parts) <= 6 else None
    if found and all(_STRIP_NOTE.fullmatch(label) or len(label.split()) <= _STRIP_LABEL_MAX_WORDS and not label.endswith(_TERMINAL)
                     for label in found[1]):
        return found[0]
    return None


# a place and a full date on a line of their own, as some pages set the dateline: "Budapest, November 8, 2026",
# "STORVATTNET, Sweden, 7 September 2026"
_CAPITALISED_WORDS = r"[A-ZÀ-ÖØ-Þ][\w'’.\-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.\-]*){0,2}"
_PLACE_THEN_DATE = re.compile(
    rf"^(?P<place>{_CAPITALISED_WORDS})(?:,\s*{_CAPITALISED_WORDS}|\s*\([A-ZÀ-ÖØ-Þ][^()\n]{{1,30}}\))?,\s+(?P<date>[^,.].{{5,40}}(?<!\.))$")


def place_date_line(line: str) -> tuple[str, str] | None:
    """(place, ISO date) of a line that is only a place (maybe its country) and a full date, no sentence."""
    match = _PLACE_THEN_DATE.match(line)
    iso = date_only_line(match.group("date")) if match else None
    return (match.group("place"), iso) if match and iso else None


_BREADCRUMB_BARS = re.compile(r"\s+[|›»>/]\s+")
# what parts an outlet's name from the date beside it on a page-top line
_MASTHEAD_BARS = re.compile(r"\s+[|·•–—-]\s+")


def masthead_date(line: str) -> tuple[str, str] | None:
    """(the outlet, the ISO date) of a page-top line of an outlet's name and the page's date, as a
    date line or a header: "Red River Herald · Published 5 November 2026, 18:40", "Lào Cai Post |
    Sunday, June 9, 2024"."""
    outlet, *parts = _MASTHEAD_BARS.split(line.strip())
    if not parts or not looks_like_outlet_name(outlet):
        return None
    for part in parts:
        if iso := _stated_date(part):
            return (outlet.title() if outlet.isupper() else outlet), iso
    return None


def breadcrumb_date(line: str) -> str | None:
    """The date a page-top strip of outlet, section and date states as one of its parts, if only one does."""
    found = _one_date_among([part.strip() for part in _BREADCRUMB_BARS.split(line)])
    return found[0] if found else None


def clean_document(raw: RawDocument, repeated: frozenset[str] = frozenset()) -> CleanDocument:
    removed: list[RemovedLine] = []
    # a date the record states in its own field outranks one found in the text
    header_published: str | None = field_date(raw.fields.get("date"))
    header_kind: str | None = "header" if header_published else None
    byline: str | None = None
    bylined = False  # whether a byline stood over the report, named or not ("By staff reporters")
    lines: list[str] = []
    # an outlet's name closes each of its pages, so it is also a repeated line; remember where
    repeated_outlet: tuple[str, int] | None = None
    line_dateline: Dateline | None = None  # a place and a date on a line of their own, over the report

    # (a language switcher's codes stand two spaces apart: "DE  FR  IT  EN" is one line)
    text = "\n".join(line if is_language_switcher(line.strip()) else _JOINED_TEXTS.sub("\n", line)
                     for line in raw.text.split("\n")) if "  " in raw.text else raw.text
    promotable = mentions_a_network(text)
    dated_after: int | None = None  # how many article lines stood over the page's date line
    for original in text.split("\n"):
        line = _collapse_spacing(original)
        if not line:
            continue
        if dated_after is None and header_published is not None:
            dated_after = len(lines)
        if repeated and normalise_line(line) in repeated:
            removed.append(RemovedLine(line, "repeated across articles"))
            if looks_like_outlet_name(line):
                repeated_outlet = (line, len(lines))
            continue
        if len(lines) <= 1 and header_published is None and (dated_masthead := masthead_date(line)):
            byline = byline or dated_masthead[0]
            header_published, header_kind = dated_masthead[1], "header"
            removed.append(RemovedLine(line, "masthead"))
            continue
        if len(lines) <= 1 and (masthead := masthead_outlet(line, top=not lines)):
            byline = byline or masthead
            removed.append(RemovedLine(line, "masthead"))
            continue
        if is_header_line(line):
            header_published = header_published or parse_header_date(line)
            header_kind = header_kind or ("header" if header_published else None)
            removed.append(RemovedLine(line, "header"))
            continue
        if len(lines) <= 2 and header_published is None and (
                iso := date_only_line(line) or widget_strip_date(line) or labelled_date_strip(line)):
            header_published, header_kind = iso, "header"
            removed.append(RemovedLine(line, "header"))
            for part in line.split("|"):  # "By Dan Whitcombe | 12 April 2026": the strip holds the byline
                name, is_byline = byline_outlet(part.strip())
                if is_byline:
                    byline, bylined = byline or name, True
            continue
        if len(lines) <= 2 and header_published is None and (placed := place_date_line(line)):
            header_published, header_kind = placed[1], "dateline"
            line_dateline = Dateline(placed[0], Day.from_iso(placed[1]), None, line)
            removed.append(RemovedLine(line, "dateline"))
            continue
        if promotable:
            line, promotions = without_social_promo(line)
            removed.extend(RemovedLine(promotion, "social promotion") for promotion in reversed(promotions))
            if not line:
                continue
        reason = classify_line(line)
        if reason == "breadcrumb" and len(lines) <= 3 and byline_outlet(line)[1]:
            reason = None  # "By Sam Whitley | Photo: Getty Images": a byline, its photo credit after the bar
        if reason == "breadcrumb" and len(lines) <= 2 and header_published is None and (iso := breadcrumb_date(line)):
            header_published, header_kind = iso, "header"  # "Diario del Desierto | Crónica | Viernes 6 de noviembre de 2026"
        if reason:
            removed.append(RemovedLine(line, reason))
            continue
        name, is_byline = byline_outlet(line)
        if is_byline and len(lines) <= 3:
            byline = byline or name
            bylined = True
            removed.append(RemovedLine(line, "byline"))
            continue
        lines.append(line)

    # no article line after it: the repeated name closed the page
    trailing_outlet = repeated_outlet[0] if repeated_outlet and repeated_outlet[1] == len(lines) else None
    if dated_after == 1 and not raw.fields.get("title") and _site_name_over_date(lines):
        site = lines.pop(0)
        removed.append(RemovedLine(site, "masthead"))
        byline = byline or _site_outlet(site)
    title, title_from, lines = _take_title(lines, raw.fields.get("title"), removed)
    if trailing_outlet is None and len(lines) > 1 and looks_like_outlet_name(lines[-1]):
        trailing_outlet = lines.pop()
        removed.append(RemovedLine(trailing_outlet, "outlet name"))
    if len(lines) > 1 and not lines[-1].endswith((".", "!", "?")) and "," not in lines[-1]:
        # a byline some pages print under the story instead of over it ("By Daily Meridian staff"); a
        # closing sentence ("By then, it was too late.") is punctuated as one
        name, is_byline = byline_outlet(lines[-1])
        if is_byline and name:
            byline = byline or name
            removed.append(RemovedLine(lines.pop(), "byline"))
    lines = _drop_subheads(lines, removed)

    dateline = line_dateline
    if lines:
        if parsed := parse_dateline(lines[0]):
            dateline, lines[0] = parsed
        elif bylined and len(lines) > 1 and (alone := lone_line_dateline(lines[0])):
            dateline, lines[0] = alone, ""
        if dated := leading_date(lines[0]):
            if header_published is None:
                header_published, header_kind = dated[0], "dateline"
            lines[0] = dated[1]
    if lines:
        ending = WIRE_END_SUFFIX.search(lines[-1])
        if ending:
            removed.append(RemovedLine(ending.group(0).strip(), "wire end marker"))
            lines[-1] = lines[-1][: ending.start()].rstrip()
    lines = [l for l in lines if l]

    body = "\n".join(lines)
    if not title:
        title, title_from = _title_from_body(body), "first-sentence" if body else "none"
    # the name in a dateline's parentheses is the wire agency ("JERUSALEM, Jan. 30 (Xinhua) --")
    agency = dateline.agency if dateline and dateline.agency and looks_like_agency(dateline.agency) else None
    # what the page or record states about itself outranks what the text suggests
    outlet = raw.fields.get("outlet") or trailing_outlet or byline or agency
    return CleanDocument(
        title=title,
        title_from=title_from,
        body=body,
        outlet=outlet,
        dateline=dateline,
        header_published=header_published,
        header_kind=header_kind,
        removed=tuple(removed),
    )


_SENTENCE_END_INSIDE = re.compile(r"[a-zà-ÿ\d)][.!?]\s")  # "… on Tuesday. <a link>", not "U.S. envoy"


def _site_name_over_date(lines: list[str]) -> bool:
    """Whether the line over the page's date names the site, not the story: a headline of its own follows the date
    ("Noticias del Bajío Hoy" / "03/03/2027 - 09:40" / "Fuga de cloro …" / first paragraph). A headline, its date
    and then the lead read differently: the lead is a paragraph that ends its sentence, or holds more than one."""
    if len(lines) < 3 or lines[0].endswith(_TERMINAL) or not _is_title_line(lines[0]):
        return False
    headline = lines[1]
    return (_words(headline) >= MIN_HEADLINE_WORDS and _is_title_line(headline) and not headline.endswith(_TERMINAL)
            and not _SENTENCE_END_INSIDE.search(headline))


def _site_outlet(site: str) -> str | None:
    """The outlet a site-name line names: the whole line when it reads as a name ("Western Coast Courier"), or its
    part before a slogan ("Schienenblick – Das Bahnportal für Österreich")."""
    if looks_like_outlet_name(site):
        return site
    name = re.split(r"\s+[–—|·-]\s+", site, maxsplit=1)[0]
    if name != site and 1 <= len(name.split()) <= 4 and name[:1].isupper():
        return name
    return None


def _is_title_line(line: str) -> bool:
    words = line.split()
    if len(words) > TITLE_MAX_WORDS or parse_dateline(line) or leading_date(line):
        return False
    # a headline rarely ends in a full stop; a long line that does is the first paragraph
    return not line.endswith(".") or len(words) <= 12 and line.count(". ") == 0 and not line.endswith(" .")


def _words(line: str) -> int:
    """A line's length in words; Chinese and Japanese write no spaces, so about three characters count as a word."""
    characters = len(CJK.findall(line))
    return characters // 3 if characters else len(line.split())


def _section_labels(lines: list[str]) -> int:
    """How many lines at the top of a page name its section ("Verbraucher-Check", "Rückruf", "文化・エンタメ")
    rather than the story: one or two words each, no digit, before a headline of four words or more. 0 when the
    first line may be the headline itself."""
    for count in range(min(SECTION_LABELS_MAX, len(lines) - 2) + 1):
        line = lines[count]
        if _words(line) >= MIN_HEADLINE_WORDS:
            return count if _is_title_line(line) else 0
        if _words(line) > SECTION_LABEL_MAX_WORDS or any(c.isdigit() for c in line) or line.endswith(_TERMINAL):
            return 0
    return 0


def _take_title(lines: list[str], given: str | None, removed: list[RemovedLine]) -> tuple[str, str, list[str]]:
    if given:
        title, title_from = given.strip(), "field"
        if lines and normalise_line(lines[0]) == normalise_line(title):
            lines = lines[1:]
    elif lines and _is_title_line(lines[0]) and len(lines) > 1:
        labels = _section_labels(lines)
        removed.extend(RemovedLine(label, "section label") for label in lines[:labels])
        title, title_from, lines = lines[labels], "line", lines[labels + 1 :]
    else:
        return "", "none", lines
    key = normalise_line(title)
    # a short headline ("Port strike") is as likely the first words of the lead as a reprint
    glued_reprints = len(key.split()) >= GLUED_TITLE_MIN_WORDS
    kept = []
    for line in lines:
        normal = normalise_line(line)
        # scraped pages print the headline again, often glued to the photo caption under it
        if normal == key or (glued_reprints and normal.startswith(key + " ") and len(normal.split()) - len(key.split()) <= 20):
            removed.append(RemovedLine(line, "repeated title"))
            continue
        kept.append(line)
    return title, title_from, kept


def _drop_subheads(lines: list[str], removed: list[RemovedLine]) -> list[str]:
    """Short unpunctuated lines between paragraphs are subheadings or picture captions, not prose."""
    kept = []
    for index, line in enumerate(lines):
        inner = 0 < index < len(lines) - 1
        # Chinese and Japanese write no spaces: a line's length in words is counted as about two characters a word
        if inner and len(line.split()) + len(CJK.findall(line)) // 2 <= SUBHEAD_MAX_WORDS and not line.endswith(_TERMINAL):
            removed.append(RemovedLine(line, "subheading or caption"))
            continue
        kept.append(line)
    return kept


def _title_from_body(body: str) -> str:
    first = _first_sentence(body)
    if not first:
        return ""
    if len(first) <= 140:
        return first
    return first[:140].rsplit(" ", 1)[0] + "…"


def _first_sentence(body: str) -> str:
    # sentences never cross a line break: the first line that holds one is split, not the whole body
    for line in body.split("\n"):
        if sentences := split_sentences(line):
            return sentences[0]
    return ""
