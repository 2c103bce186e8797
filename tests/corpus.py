"""A generated corpus of original news reports: invented places, people and occurrences, each
reported several times in different words, some as text files and some as a JSONL export with
URLs (a few of them corrected later: a second version at the same URL)."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

_SYLLABLES = "kel mor ván dra sto lin hav ber tul ost rin gar fen ulm bra sek dov tor ask mel nor vik hel pas".split()
_FIRST = "Odile Harald Inga Benedikt Mara Ilse Tomas Henrike Jonas Petra Aldo Signe Ruben Katla Emil Vera".split()
_LAST = "Straand Tolvenen Marrow Aalto Brakel Vinter Haldane Oskarsen Feld Lunde Rasko Weyland Dunmor Sarvik".split()
_KINDS = [
    ("ferry {ship} ran aground", "The ferry {ship} ran aground off {place} on {weekday}, and {n} passengers were taken ashore by lifeboat",
     "coast guard", "the hull was holed below the waterline"),
    ("fire destroys a warehouse in {place}", "Fire destroyed a timber warehouse in {place} on {weekday}, and {n} firefighters fought the blaze through the night",
     "fire brigade", "the cause of the fire was not yet known"),
    ("dockworkers strike at {place}", "Dockworkers at {place} walked off the job on {weekday}, leaving {n} ships waiting offshore",
     "union", "talks over crane safety had collapsed"),
    ("{place} council closes old bridge", "The {place} town council closed the old stone bridge on {weekday} after engineers found {n} cracked piers",
     "council", "a replacement would take three years"),
    ("floods cut off villages near {place}", "Floodwater cut off {n} villages near {place} on {weekday} after two days of heavy rain",
     "rescue service", "the river was still rising"),
    ("{place} opens new tram line", "The first trams ran on the new {place} river line on {weekday}, carrying {n} passengers in the first hour",
     "transport authority", "the line took four years to build"),
]
_OPENINGS = ["{lead}, {role} {person} said.", "{lead}, according to the {agency}.", "{lead}. {person}, a {role}, confirmed the figure.",
             "Officials said {lead_lower}."]
_MIDDLES = ["\"We have never seen anything like it here,\" said {person}.", "The {agency} said {detail}.",
            "Local residents said {detail}, and some had expected trouble for weeks.",
            "{person} told reporters that {detail}.", "A spokesman for the {agency} said {n} people had been counted."]
_CLOSINGS = ["More details are expected later this week.", "An inquiry will report within a month.",
             "Neighbouring towns offered help.", "The {agency} will publish a full account."]


def _name(rng: random.Random, parts: int = 2) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def _report(rng: random.Random, occurrence: dict, outlet: str) -> tuple[str, str]:
    values = dict(occurrence, person=occurrence["person"] if rng.random() < 0.7 else f"{rng.choice(_FIRST)} {rng.choice(_LAST)}")
    lead = occurrence["lead"].format(**values)
    values.update(lead=lead, lead_lower=lead[0].lower() + lead[1:])
    sentences = [rng.choice(_OPENINGS).format(**values)]
    sentences += [m.format(**values) for m in rng.sample(_MIDDLES, 3)]
    sentences.append(rng.choice(_CLOSINGS).format(**values))
    title = occurrence["title"].format(**values)
    title = title[0].upper() + title[1:]
    published = occurrence["date"] + dt.timedelta(days=rng.choice([0, 0, 1]))
    body = "\n".join(sentences)
    return title, f"{title}\nPublished: {published:%B %d, %Y}\n{body}\n{outlet}\n"


def write_corpus(folder: Path, occurrences: int, seed: int = 7) -> int:
    """Files under folder/reports and one folder/export.jsonl; returns how many documents."""
    rng = random.Random(seed)
    (folder / "reports").mkdir(parents=True, exist_ok=True)
    records = []
    count = 0
    start = dt.date(2024, 1, 8)
    for index in range(occurrences):
        title, lead, agency, detail = rng.choice(_KINDS)
        occurrence = {
            "title": title, "lead": lead, "agency": agency, "detail": detail,
            "place": _name(rng) + rng.choice(["", "holm", "by", " Harbour"]), "ship": _name(rng),
            "weekday": "", "n": rng.randint(3, 400), "role": rng.choice(["spokeswoman", "mayor", "official", "resident"]),
            "person": f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
            "date": start + dt.timedelta(days=rng.randint(0, 300)),
        }
        occurrence["weekday"] = f"{occurrence['date']:%A}"
        for report in range(rng.randint(3, 6)):
            outlet = f"The {_name(rng)} {rng.choice(['Courier', 'Post', 'Gazette', 'Ledger'])}"
            title, text = _report(rng, occurrence, outlet)
            count += 1
            if report % 2:
                (folder / "reports" / f"{index:03d}-{report}.txt").write_text(text, encoding="utf-8")
                continue
            url = f"https://{outlet.split()[1].lower()}.example/{index}/{report}?utm_source=feed"
            records.append({"id": f"r{index}-{report}", "title": title, "text": text, "url": url})
            if rng.random() < 0.15:  # corrected later: a second version at the same URL
                records.append({"id": f"r{index}-{report}-v2", "title": title, "text": text + "This report was corrected.\n", "url": url})
    with (folder / "export.jsonl").open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record) + "\n")
    return count
