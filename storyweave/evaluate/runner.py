"""Run the real pipeline on a labelled set and score its events against the gold labels."""

from __future__ import annotations

from pathlib import Path

from storyweave.evaluate.datasets import load_jsonl
from storyweave.evaluate.metrics import ClusteringReport, evaluate
from storyweave.pipeline import Progress, ingest_documents
from storyweave.settings import Settings
from storyweave.store import Store


def evaluate_file(
    path: Path, text_field: str, label_field: str, id_field: str, settings: Settings, progress: Progress | None = None
) -> tuple[ClusteringReport, int]:
    """(report, number of unreadable records). Runs in a private in-memory database."""
    labelled = load_jsonl(path, text_field, label_field, id_field)
    with Store(":memory:") as store:
        ingest_documents(labelled.documents, store, settings, progress)
        exported = store.export()
    event_of_input: dict[str, str] = {}
    for article in exported["articles"]:
        event_of_input.setdefault(article["input"], article["event"])
    # an input whose text repeats an earlier one is stored once; it belongs to that one's event
    predicted = [event_of_input.get(doc.input, f"unstored:{doc.input}") for doc in labelled.documents]
    return evaluate(predicted, labelled.labels), len(labelled.errors)
