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


def test_semeval_pairs_rated_by_people(shared_dir):
    """SemEval-2022 Task 8: 1,283 article pairs in ten languages (383 across two), each rated by people
    from 1 (very similar) to 4 (very dissimilar); no grouping weight or threshold was set on them. Grouped together, pairs
    rated unrelated are rarely put in one event, and pairs across languages rated as much the same
    are joined about as often as those in one language (texts cut to ~1,000 characters, mostly undated)."""
    import csv

    from storyweave.extract import article_id_for, content_hash
    from storyweave.model import RawDocument
    from storyweave.pipeline import group_in_memory

    csv.field_size_limit(10_000_000)
    with (shared_dir / "data/semeval2022-task8/training_set.csv").open(encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle) if row["text1"].strip() and row["text2"].strip()]
    texts = sorted({row[key] for row in rows for key in ("text1", "text2")})
    exported = group_in_memory([RawDocument(f"semeval/{i}", f"semeval/{i}", t) for i, t in enumerate(texts)], Settings())
    event_of = {a["id"]: a["event"] for a in exported["articles"]}
    # (one text of 2,502 is its headline twice, no article text: reported and not stored, it joins nothing)
    event = {text: event_of.get(article_id_for(content_hash(text))) for text in texts}

    def joined(pairs):
        return sum(event[row["text1"]] is not None and event[row["text1"]] == event[row["text2"]] for row in pairs) / len(pairs)

    unrelated = [row for row in rows if float(row["Overall"]) >= 3.5]
    similar = [row for row in rows if float(row["Overall"]) < 1.75]
    similar_across = [row for row in similar if row["lang1"] != row["lang2"]]
    assert len(rows) == 1283 and len(unrelated) == 536 and len(similar_across) == 91
    assert joined(unrelated) <= 0.025  # measured 0.015 (8 of 536)
    assert joined(similar) >= 0.43  # measured 0.465
    assert joined(similar_across) >= 0.40  # measured 0.440 (0.475 in one language)
