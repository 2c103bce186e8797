"""Run the real pipeline on a labelled set and score its events against the gold labels."""

from __future__ import annotations

from pathlib import Path

from storyweave.errors import BadInput
from storyweave.evaluate.datasets import load_jsonl
from storyweave.extract import article_id_for, content_hash
from storyweave.evaluate.metrics import ClusteringReport, evaluate
from storyweave.pipeline import Progress, group_in_memory
from storyweave.settings import Settings


LEVELS = ("event", "story")


def evaluate_file(
    path: Path,
    text_field: str,
    label_field: str,
    id_field: str,
    settings: Settings,
    progress: Progress | None = None,
    level: str = "event",
) -> tuple[ClusteringReport, list[BadInput]]:
    """(report, the unusable records), scoring events (or stories) against the labels.
    Runs in a private in-memory database."""
    if level not in LEVELS:
        raise ValueError(f"level must be one of {LEVELS}, got {level!r}")
    labelled = load_jsonl(path, text_field, label_field, id_field)
    exported = group_in_memory(labelled.documents, settings, progress)
    story_of_event = {event["id"]: event["story"] for event in exported["events"]}
    group_of_article = {
        article["id"]: article["event"] if level == "event" else story_of_event[article["event"]] for article in exported["articles"]
    }
    # a record whose text repeats an earlier one is stored once: it belongs to that one's group
    predicted = [
        group_of_article.get(article_id_for(content_hash(doc.text)), f"unstored:{doc.input}") for doc in labelled.documents
    ]
    return evaluate(predicted, labelled.labels), labelled.errors
