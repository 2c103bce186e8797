"""Grouping quality on real labelled news (../shared/data), with default settings.

The floors are what this version measurably reaches, so a regression fails the suite; ECB+ and
NewsWCL50 are held to issue 2's goals (B-cubed F1 >= 0.90 and >= 0.97), which they meet."""

from __future__ import annotations

import json

import pytest

from storyweave.evaluate.runner import evaluate_file
from storyweave.settings import Settings

pytestmark = pytest.mark.slow


def test_ecbplus_dev(shared_dir):
    report, unreadable = evaluate_file(shared_dir / "data/ecbplus/dev.jsonl", "text", "subtopic", "doc_id", Settings())
    assert report.n_items == 772 and unreadable == []
    assert report.bcubed.precision >= 0.93  # measured 0.934
    assert report.bcubed.f1 >= 0.90  # measured 0.903 (R 0.874)


def test_newswcl50(shared_dir):
    report, unreadable = evaluate_file(shared_dir / "data/newswcl50/docs.jsonl", "text", "event_id", "doc_id", Settings())
    assert report.n_items == 50 and unreadable == []
    assert report.bcubed.precision >= 0.99
    assert report.bcubed.f1 >= 0.97  # measured 0.984 (1.000 with an undated threshold of 0.30, at the edge of a cliff: 0.856 at 0.28)


def test_meantime_translations_join_their_original(shared_dir):
    """MEANTIME: 120 English Wikinews articles and their Spanish, Italian and Dutch translations.
    Words differ across languages; names, figures and dates do not."""
    from storyweave.evaluate.metrics import evaluate
    from storyweave.extract import article_id_for, content_hash
    from storyweave.model import RawDocument
    from storyweave.pipeline import group_in_memory

    docs, labels = [], []
    for lang in ("en", "es", "it", "nl"):
        for line in (shared_dir / f"data/meantime/{lang}/docs.jsonl").read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            docs.append(RawDocument(f"{lang}/{record['doc_id']}", f"{lang}/{record['doc_id']}", record["text"]))
            labels.append(record["story_id"])
    exported = group_in_memory(docs, Settings())
    event_of = {a["id"]: a["event"] for a in exported["articles"]}
    predicted = [event_of[article_id_for(content_hash(d.text))] for d in docs]
    english = {label: event for label, event, doc in zip(labels, predicted, docs) if doc.input.startswith("en/")}
    joined = sum(english[label] == event for label, event, doc in zip(labels, predicted, docs) if not doc.input.startswith("en/"))

    assert len(docs) == 480
    assert joined / 360 >= 0.97  # measured 0.986 (355 of 360)
    assert evaluate(predicted, labels).bcubed.f1 >= 0.95  # measured 0.964
