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
