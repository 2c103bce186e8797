"""Event grouping across languages and across publication days.

The port, union and people are invented for these tests."""

from __future__ import annotations

from typing import Any

from storyweave.model import RawDocument
from storyweave.pipeline import group_in_memory
from storyweave.settings import Settings

STRIKE_EN = """Dockworkers halt Port Ellery as crane dispute boils over
Published: January 31, 2024
Dockworkers at Port Ellery walked off the job on Tuesday, halting all container traffic after talks over crane safety rules with the Ellery Harbour Company collapsed, union leader Mara Tolvenen said.
Eleven container ships were left waiting offshore, according to the Port Ellery Authority, which called the walkout unlawful.
The strike is the first at the port in nine years, and the Ellery Harbour Company said it lost 2.4 million euros a day.
"""

STRIKE_ES = """Los estibadores paralizan Port Ellery por la disputa de las grúas
Publicado: 31 de enero de 2024
Los estibadores de Port Ellery abandonaron el trabajo el martes y paralizaron todo el tráfico de contenedores tras el fracaso de las negociaciones con la Ellery Harbour Company sobre las normas de seguridad de las grúas, dijo la líder sindical Mara Tolvenen.
Once buques portacontenedores quedaron esperando frente a la costa, según la Port Ellery Authority, que calificó el paro de ilegal.
Es la primera huelga en el puerto en nueve años, y la Ellery Harbour Company dijo que pierde 2.4 millones de euros al día.
"""

HARBOUR_REPORT = """Port Ellery traffic review: {headline}
Published: {published}
The Port Ellery Authority published its review of container traffic at the harbour, with union leader Mara Tolvenen and managers of the Ellery Harbour Company taking part.
The review counts ships waiting offshore and the cost of delays for the Ellery Harbour Company and its customers.
Shipping agents said the review would shape talks over crane safety rules at Port Ellery.
"""


def grouped(texts: dict[str, str]) -> dict[str, Any]:
    return group_in_memory([RawDocument(name, name, text) for name, text in texts.items()], Settings())


def event_of(export: dict[str, Any]) -> dict[str, str]:
    return {a["input"]: a["event"] for a in export["articles"]}


def test_a_translation_joins_the_event_of_its_original() -> None:
    export = grouped({"en.txt": STRIKE_EN, "es.txt": STRIKE_ES})

    events = event_of(export)
    assert events["en.txt"] == events["es.txt"]
    languages = {a["input"]: a["lang"] for a in export["articles"]}
    assert languages == {"en.txt": "en", "es.txt": "es"}
    reasons = [r for e in export["events"] for r in e["reasons"] if r["score"] > 0]
    assert any("another language" in line for r in reasons for line in r["evidence"])


def test_a_report_published_weeks_later_scores_lower_than_one_published_the_next_day() -> None:
    first = HARBOUR_REPORT.format(headline="ships wait offshore", published="March 4, 2024")

    def score_of_second(published: str) -> float:
        second = HARBOUR_REPORT.format(headline="delays cost the harbour", published=published).replace("counts", "lists")
        export = grouped({"a.txt": first, "b.txt": second})
        article = next(a["id"] for a in export["articles"] if a["input"] == "b.txt")
        return max(
            [r["score"] for e in export["events"] for r in e["reasons"] if r["article"] == article]
            + [float(line.split("scored ")[1].split(" ")[0]) for e in export["events"] for r in e["reasons"]
               if r["article"] == article for line in r["evidence"] if "scored " in line]
        )

    next_day, weeks_later = score_of_second("March 5, 2024"), score_of_second("March 29, 2024")
    assert next_day - weeks_later >= 0.05


def test_a_day_without_its_year_tells_a_gap_of_weeks_but_not_a_same_day():
    """A dateline's "March 3" against a report published on March 31: four weeks apart in any year; against
    March 30 it says nothing (the same day of another year is as close)."""
    from storyweave.group.dates import relate

    weeks = relate(None, "2027-03-31", {"--03-03"}, set(), 2, 60)
    assert (weeks.kind, weeks.days) == ("close", 28)
    assert relate(None, "2027-03-31", {"--03-30"}, set(), 2, 60).kind == "unknown"
    assert relate(None, "2027-08-31", {"--03-03"}, set(), 2, 60).kind == "conflict"
    assert relate("--03-03", None, set(), {"2027-03-31"}, 2, 60).days == 28


FLOOD_EN = """River Hoshi floods the old town of Kamizato
Published: June 3, 2025
KAMIZATO, June 2 (Kyodo) -- Mayor Takayuki Morishita ordered 340 residents to leave their homes on Monday after the River Hoshi burst its banks in the old town.
"The water rose faster than in any year I remember," Morishita told reporters at the town hall.
"""

FLOOD_JA = """星川が氾濫　旧市街で住民避難
森下隆之町長は2日、星川の堤防が決壊したことを受け、上里町の旧市街の住民340人に避難を指示した。
森下町長は記者団に「これほど早く水位が上がったのは記憶にない」と述べた。
"""


def test_a_japanese_report_meets_an_english_one_on_the_persons_name() -> None:
    """森下隆之 and Takayuki Morishita are one person: the name's reading, given name first, is a key of the
    Japanese report too, and the join's evidence names him (with the town: one name alone across languages is
    little evidence of one occurrence)."""
    export = grouped({"en.txt": FLOOD_EN, "ja.txt": FLOOD_JA})

    events = event_of(export)
    assert events["en.txt"] == events["ja.txt"]
    evidence = [line for e in export["events"] for r in e["reasons"] if r["score"] > 0 for line in r["evidence"]]
    assert any("shared entities" in line and "takayuki morishita" in line for line in evidence), evidence


def test_chinese_and_japanese_names_as_english_writes_them() -> None:
    from storyweave.extract.latin_names import person_in_latin

    assert person_in_latin("森下隆之", "ja") == "Takayuki Morishita"
    assert person_in_latin("佐々木健一", "ja") == "Kenichi Sasaki"
    assert person_in_latin("王晓明", "zh") == "Wang Xiaoming"
    assert person_in_latin("马克·埃斯珀", "zh") is None  # a foreign name transliterated
    assert person_in_latin("Anna Berg", "en") is None


AID_EN = """UN convoy reaches camps in the north
Published: March 4, 2026
A United Nations convoy of 30 trucks reached the displacement camps on Tuesday, carrying flour, tents and medicine.
Drivers said the road had been cleared of mud overnight.
"""

AID_JA = """国連、難民キャンプへの支援を拡大
国連は3日、難民キャンプに医師30人を新たに派遣すると発表した。
現地では感染症の患者が増えているという。
"""


def test_one_name_alone_across_languages_is_no_event() -> None:
    """A short Japanese report names only the United Nations, as an English one about a convoy does; with a figure
    in common and no other name, they stay apart."""
    export = grouped({"en.txt": AID_EN, "ja.txt": AID_JA})

    events = event_of(export)
    assert events["en.txt"] != events["ja.txt"]
    assert len(export["events"]) == 2
