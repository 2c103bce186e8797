"""Analysing documents together, stage by stage, makes exactly the articles analysing them one at
a time makes; a document that fails at any stage is its own exception and costs the others nothing."""

from __future__ import annotations

import pytest

import storyweave.extract as extract
from storyweave.clean import clean_document
from storyweave.extract import analyse, analyse_together
from storyweave.model import RawDocument

TEXTS = [
    "Ferry service to Ostrin resumes\nPublished: June 2, 2023\nThe ferry to Ostrin Island ran again on Friday after a week "
    "of repairs, harbour master Jana Kovac said. \"We are back on time,\" she said. About 300 passengers crossed.",
    "Brückensanierung in Weißenfels abgeschlossen\nWEISSENFELS, 14. März (dpa) - Die Saalebrücke ist nach acht Monaten wieder "
    "offen. „Wir sind im Zeitplan geblieben“, sagte Bürgermeister Martin Papke. Die Arbeiten kosteten 4,2 Millionen Euro.",
    "Grève des contrôleurs à Nantes\nNANTES, 3 mai (AFP) - Quelque 40 vols ont été annulés mardi. « Nous demandons des "
    "effectifs », a déclaré Claire Dubos, déléguée syndicale.",
    "短讯\n北京3月5日电 国家统计局表示，全国粮食产量达到6.9亿吨。",
]


def _docs(texts: list[str]) -> list[tuple[RawDocument, object]]:
    raws = [RawDocument(f"{i}.txt", f"{i}.txt", text) for i, text in enumerate(texts)]
    return [(raw, clean_document(raw)) for raw in raws]


def test_together_is_one_at_a_time() -> None:
    docs = _docs(TEXTS)

    together = analyse_together(docs)

    assert together == [analyse(raw, clean) for raw, clean in docs]
    assert [article.lang for article in together] == ["en", "de", "fr", "zh"]


@pytest.mark.parametrize("stage", ["detect_language", "extract_entities", "extract_quotes", "extract_figures"])
def test_a_document_failing_at_any_stage_is_its_own_exception(monkeypatch: pytest.MonkeyPatch, stage: str) -> None:
    docs = _docs(TEXTS)
    real = getattr(extract, stage)

    def failing(first, *rest):
        if "Weißenfels" in str(first):
            raise ValueError("broken on purpose")
        return real(first, *rest)

    monkeypatch.setattr(extract, stage, failing)

    results = analyse_together(docs)

    assert [type(result).__name__ for result in results] == ["Article", "ValueError", "Article", "Article"]
    monkeypatch.setattr(extract, stage, real)
    assert [results[i] for i in (0, 2, 3)] == [analyse(*docs[i]) for i in (0, 2, 3)]
