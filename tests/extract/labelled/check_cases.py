"""Validate cases.jsonl against the rules in GUIDELINES.md and print the totals.

    python tests/extract/labelled/check_cases.py [cases.jsonl] [--review]

Checks: every line is JSON with the expected fields; every quote text occurs verbatim in its text
(outside the lines that link to another article, "READ MORE: …", which are not labelled)
(direct quotes between a pair of quotation marks, indirect ones right after their complementiser);
every quoted stretch of 3+ words is labelled as a quote or listed in `non_quotes`, and no shorter
one is labelled; speakers are people labelled in the text; every figure span occurs and its value,
approximation, unit and counted noun agree with it; every entity surface occurs, and each surface
is labelled exactly as many times as it occurs (not counting occurrences inside a longer labelled
name), in text order. A name that is not labelled at all cannot be caught this way: `--review`
lists capitalised words (not sentence-initial) that no entity covers, for a human to look at.
Exit status 1 when anything fails.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = {"en", "de", "fr", "es", "it", "ja", "zh"}
CJK = {"ja", "zh"}
KINDS = {"person", "place", "org"}
CURRENCIES = {"USD", "EUR", "GBP", "JPY", "AUD", "CHF", "CAD"}
EN_VERBS = set(
    "killed dead died injured wounded hurt missing kidnapped abducted held released freed arrested detained displaced "
    "evacuated fled rescued treated vaccinated deployed stranded delivered intercepted launched seized damaged destroyed "
    "sentenced jailed fined pledged paid spent lost cut raised risen fallen grown affected cancelled".split()
)
# opening mark -> closing mark, per language
MARKS = {
    "en": {'"': '"', "“": "”", "‘": "’"},
    "de": {"„": "“"},
    "fr": {"«": "»"},
    "es": {"«": "»", "“": "”"},
    "it": {"«": "»"},
    "ja": {"「": "」"},
    "zh": {"「": "」"},
}
COMPLEMENTISERS = {"en": ("that ",), "de": ("dass ",), "fr": ("que ", "qu’"), "es": ("que ",), "it": ("che ",)}
APPROX = {
    "en": ["about", "around", "approximately", "roughly", "nearly", "almost", "some", "more than", "over", "at least",
           "up to", "an estimated"],
    "de": ["rund", "mehr als", "mindestens", "weit über", "etwa"],
    "fr": ["environ", "près de", "plus de"],
    "es": ["al menos", "más de", "cerca de"],
    "it": ["circa", "oltre", "almeno", "quasi"],
    "ja": ["約", "およそ", "少なくとも"],
    "zh": ["至少", "約", "超過", "逾"],
}
VAGUE = {"dozens": 24, "hundreds": 200, "thousands": 2000, "tens of thousands": 20000, "tausende": 2000,
         "des milliers": 2000}
WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
         "a dozen": 12, "forty-two": 42, "four-and-a-half": 4.5, "elf": 11, "vier": 4, "eine": 1,
         "eleven": 11, "eighty-one": 81, "trois": 3, "due": 2}
SCALES = [("milliarden", 1e9), ("milliards", 1e9), ("millionen", 1e6), ("millions", 1e6), ("millones", 1e6),
          ("milioni", 1e6), ("billion", 1e9), ("bn", 1e9), ("million", 1e6), ("milliarde", 1e9)]
QUOTE_FIELDS = {"text", "speaker", "direct"}
FIGURE_FIELDS = {"value", "approx", "unit", "counts", "verb", "span"}
ENTITY_FIELDS = {"text", "kind", "canonical"}


def is_cjk(ch: str) -> bool:
    return ord(ch) >= 0x2E80


def word_count(text: str, lang: str) -> int:
    if lang in CJK:
        return sum(1 for ch in text if not unicodedata.category(ch).startswith(("P", "Z")))
    return len(text.split())


def quote_length_ok(text: str, lang: str) -> bool:
    return word_count(text, lang) >= (5 if lang in CJK else 3)


def quote_spans(text: str, lang: str) -> list[str]:
    """Stretches between a pair of quotation marks, paragraph by paragraph, surrounding spaces removed."""
    spans = []
    for paragraph in text.split("\n\n"):
        position = 0
        while position < len(paragraph):
            mark = paragraph[position]
            closer = MARKS[lang].get(mark)
            if closer is None:
                position += 1
                continue
            close = paragraph.find(closer, position + 1)
            while close != -1 and closer == "’" and close + 1 < len(paragraph) and paragraph[close + 1].isalpha():
                close = paragraph.find(closer, close + 1)  # an apostrophe, not the closing mark
            if close == -1:
                raise ValueError(f"unclosed {mark} in paragraph {paragraph[:40]!r}")
            spans.append(paragraph[position + 1 : close].strip(" \u00a0\u202f"))
            position = close + 1
    return spans


def _bounded(text: str, start: int, end: int) -> bool:
    left_ok = start == 0 or is_cjk(text[start]) or not text[start - 1].isalnum()
    right_ok = end == len(text) or is_cjk(text[end - 1]) or not text[end].isalnum()
    return left_ok and right_ok


def entity_occurrences(text: str, surfaces: set[str]) -> list[tuple[int, int, str]]:
    """Where each labelled surface occurs, longest first, never inside a longer labelled one."""
    taken: list[tuple[int, int, str]] = []
    for surface in sorted(surfaces, key=len, reverse=True):
        for match in re.finditer(re.escape(surface), text):
            start, end = match.span()
            if not _bounded(text, start, end):
                continue
            if any(s < end and start < e for s, e, _ in taken):
                continue
            taken.append((start, end, surface))
    return sorted(taken)


def parse_value(span: str, lang: str) -> float | None:
    """The value a figure span spells, or None when this little parser cannot tell."""
    low = span.lower()
    for word, value in sorted(VAGUE.items(), key=lambda kv: -len(kv[0])):
        if low.startswith(word) or f" {word}" in f" {low}"[: len(word) + 2]:
            return float(value)
    if lang in CJK:
        match = re.search(r"(\d[\d,]*)(?:[万萬](\d+)?)?", span)
        if not match:
            return None
        head = float(match.group(1).replace(",", ""))
        if "万" in match.group(0) or "萬" in match.group(0):
            return head * 10000 + float(match.group(2) or 0)
        return head
    match = re.search(r"\d[\d.,\u00a0\u202f ]*\d|\d", span)
    if match:
        number = match.group(0).strip()
        if lang == "en":
            value = float(number.replace(",", ""))
        elif lang == "fr":
            value = float(re.sub(r"[\u00a0\u202f ]", "", number).replace(",", "."))
        else:  # de, es, it: dot groups thousands, comma is the decimal mark
            value = float(number.replace(".", "").replace(",", "."))
    else:
        found = [(w, v) for w, v in WORDS.items() if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", low)]
        if not found:
            return None
        value = float(max(found, key=lambda wv: len(wv[0]))[1])
    for word, scale in SCALES:
        if re.search(rf"\d\s?{word}\b|\b{word}\b", low.replace("\u00a0", " ")):
            value *= scale
            break
    return value


# a line that links to another article: "READ MORE: …", "LIRE AUSSI : …", "LEGGI ANCHE: …"
PROMO_LINE = re.compile(
    r"^(?:read more|also read|read also|see also|more on this|(?:à )?lire aussi|(?:à )?lire également|voir aussi|leggi anche"
    r"|leggi pure|vedi anche|lea también|lee también|ver también|más información|lesen sie auch|mehr zum thema|auch interessant)"
    r"\s*[:–—-][^\n]*$", re.I | re.M)


def article_text(text: str) -> str:
    """The text with each line that links to another article blanked (same length, so positions
    hold): such a line is not part of the article, and nothing in it is labelled."""
    return PROMO_LINE.sub(lambda match: " " * len(match.group(0)), text)


def check_case(record: dict, number: int) -> list[str]:
    problems: list[str] = []
    where = f"line {number} ({record.get('id', '?')})"

    def fail(message: str) -> None:
        problems.append(f"{where}: {message}")

    for key in ("id", "lang", "text", "quotes", "figures", "entities"):
        if key not in record:
            fail(f"missing field {key!r}")
            return problems
    text, lang = record["text"], record["lang"]
    if lang not in LANGS:
        fail(f"unknown lang {lang!r}")
        return problems
    if not record["id"].startswith(lang + "-"):
        fail("id does not start with its lang")
    size = word_count(text, lang)
    text = article_text(text)
    if lang in CJK and not 100 <= size <= 400 or lang not in CJK and not 80 <= size <= 200:
        fail(f"text length {size} outside the allowed range")

    # entities
    surfaces = set()
    people = set()
    for entity in record["entities"]:
        if set(entity) != ENTITY_FIELDS:
            fail(f"entity fields {sorted(entity)}")
            continue
        if entity["kind"] not in KINDS:
            fail(f"entity kind {entity['kind']!r}")
        if entity["text"] not in text:
            fail(f"entity {entity['text']!r} does not occur in the text")
        surfaces.add(entity["text"])
        if entity["kind"] == "person":
            people.add(entity["canonical"])
            if entity["canonical"] not in text:
                fail(f"person canonical {entity['canonical']!r} is not the fullest name written in the text")
    found = entity_occurrences(text, surfaces)
    labelled = Counter(e["text"] for e in record["entities"])
    occurring = Counter(surface for _, _, surface in found)
    for surface in sorted(set(labelled) | set(occurring)):
        if labelled[surface] != occurring[surface]:
            fail(f"entity {surface!r} labelled {labelled[surface]}x but occurs {occurring[surface]}x")
    if [surface for _, _, surface in found] != [e["text"] for e in record["entities"]] and labelled == occurring:
        fail("entities are not in text order")
    by_surface: dict[str, set[tuple[str, str]]] = {}
    for entity in record["entities"]:
        by_surface.setdefault(entity["text"], set()).add((entity["kind"], entity["canonical"]))
    for surface, labels in by_surface.items():
        if len(labels) > 1:
            fail(f"entity {surface!r} has more than one kind/canonical: {sorted(labels)}")

    # quotes
    try:
        spans = quote_spans(text, lang)
    except ValueError as exc:
        fail(str(exc))
        spans = []
    long_spans = Counter(s for s in spans if quote_length_ok(s, lang))
    direct = Counter()
    for quote in record["quotes"]:
        if set(quote) != QUOTE_FIELDS:
            fail(f"quote fields {sorted(quote)}")
            continue
        if quote["text"] not in text:
            fail(f"quote does not occur verbatim: {quote['text']!r}")
        if quote["speaker"] is not None and quote["speaker"] not in people:
            fail(f"speaker {quote['speaker']!r} is not a person labelled in the text")
        if quote["direct"]:
            direct[quote["text"]] += 1
            if not quote_length_ok(quote["text"], lang):
                fail(f"direct quote shorter than the minimum: {quote['text']!r}")
        elif lang in CJK:
            ok = (quote["text"] + "と") in text if lang == "ja" else ("表示，" + quote["text"]) in text
            if not ok:
                fail(f"indirect quote not in its reporting frame: {quote['text']!r}")
        elif not any(c + quote["text"] in text for c in COMPLEMENTISERS[lang]):
            fail(f"indirect quote does not follow a complementiser: {quote['text']!r}")
    expected = long_spans - Counter(record.get("non_quotes", []))
    if direct != expected:
        fail(f"direct quotes differ from the quoted spans: missing {dict(expected - direct)}, extra {dict(direct - expected)}")
    for non_quote in record.get("non_quotes", []):
        if non_quote not in spans:
            fail(f"non_quote {non_quote!r} is not a quoted span")

    # figures
    span_uses = Counter()
    for figure in record["figures"]:
        if set(figure) != FIGURE_FIELDS:
            fail(f"figure fields {sorted(figure)}")
            continue
        span = figure["span"]
        span_uses[span] += 1
        if span_uses[span] > text.count(span):
            fail(f"figure span {span!r} labelled more often than it occurs")
        value = parse_value(span, lang)
        if value is None or abs(value - figure["value"]) > 1e-6 * max(1.0, abs(value)):
            fail(f"figure {span!r}: value {figure['value']} but the span reads {value}")
        low = span.lower()
        marked = any(low.startswith(m) for m in APPROX[lang]) or any(low.startswith(v) for v in VAGUE)
        if figure["approx"] != marked:
            fail(f"figure {span!r}: approx {figure['approx']} but marker present: {marked}")
        unit = figure["unit"]
        if unit not in CURRENCIES | {"%", None}:
            fail(f"figure {span!r}: unit {unit!r}")
        if unit is not None and figure["counts"] is not None:
            fail(f"figure {span!r}: money and percentages count nothing")
        if figure["counts"] is not None and figure["counts"] not in low:
            fail(f"figure {span!r}: counts {figure['counts']!r} not in the span")
        if figure["counts"] is not None and figure["counts"] != figure["counts"].lower():
            fail(f"figure {span!r}: counts is not lower-cased")
        verb = figure["verb"]
        if verb is not None:
            if lang == "en" and verb not in EN_VERBS:
                fail(f"figure {span!r}: verb {verb!r} is not in the closed list")
            if lang != "en" and verb not in text.lower():
                fail(f"figure {span!r}: verb {verb!r} is not written in the text")
    return problems


def review(record: dict) -> list[str]:
    """Capitalised words (after the first word of a sentence) that no labelled entity covers."""
    text = article_text(record["text"])
    covered = entity_occurrences(text, {e["text"] for e in record["entities"]})
    out = []
    for match in re.finditer(r"[A-ZÀ-ÖØ-Þ][\w’'.-]*", text):
        start = match.start()
        if any(s <= start < e for s, e, _ in covered):
            continue
        before = text[:start].rstrip(" \u00a0«“„\"‘")
        if not before or before[-1] in ".!?:\n—":
            continue
        out.append(match.group(0))
    return out


def main(argv: list[str]) -> int:
    paths = [a for a in argv if not a.startswith("--")]
    path = Path(paths[0]) if paths else HERE / "cases.jsonl"
    problems: list[str] = []
    records = []
    ids = Counter()
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"line {number}: invalid JSON ({exc.msg})")
                continue
            ids[record.get("id")] += 1
            problems.extend(check_case(record, number))
            records.append(record)
    problems.extend(f"duplicate id {i!r}" for i, n in ids.items() if n > 1)

    by_lang: dict[str, Counter] = {}
    total = Counter()
    for record in records:
        row = by_lang.setdefault(record["lang"], Counter())
        row["texts"] += 1
        row["direct"] += sum(q["direct"] for q in record["quotes"])
        row["indirect"] += sum(not q["direct"] for q in record["quotes"])
        row["null speaker"] += sum(q["speaker"] is None for q in record["quotes"])
        row["figures"] += len(record["figures"])
        row["approx"] += sum(f["approx"] for f in record["figures"])
        for entity in record["entities"]:
            row[entity["kind"]] += 1
        row["entities"] += len(record["entities"])
        row["words"] += word_count(record["text"], record["lang"])
    for row in by_lang.values():
        total.update(row)
    columns = ["texts", "direct", "indirect", "null speaker", "figures", "approx", "entities", "person", "place", "org"]
    print(f"{'lang':<6}" + "".join(f"{c:>14}" for c in columns))
    for lang in sorted(by_lang, key=lambda l: (l != "en", l)):
        print(f"{lang:<6}" + "".join(f"{by_lang[lang][c]:>14}" for c in columns))
    print(f"{'all':<6}" + "".join(f"{total[c]:>14}" for c in columns))
    quotes = total["direct"] + total["indirect"]
    non_english = sum(r["direct"] + r["indirect"] for l, r in by_lang.items() if l != "en")
    print(f"\nquotes {quotes} (indirect {total['indirect']}, non-English {non_english}), "
          f"figures {total['figures']}, entity mentions {total['entities']}")

    if "--review" in argv:
        print("\ncapitalised words no entity covers:")
        for record in records:
            words = review(record)
            if words:
                print(f"  {record['id']}: {', '.join(words)}")

    if problems:
        print(f"\n{len(problems)} problem(s):")
        for problem in problems:
            print("  " + problem)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
