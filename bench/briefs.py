"""Time to build every event's brief and every story's timeline (export with briefs), and what the
briefs hold, on ECB+ dev (772 articles) and NewsWCL50 (50), read from ../shared/data.

    python bench/briefs.py
"""

from __future__ import annotations

import tempfile
import time
from collections import Counter
from pathlib import Path

from storyweave.evaluate.datasets import load_jsonl
from storyweave.pipeline import export_database, ingest_documents
from storyweave.settings import Settings
from storyweave.store import Store

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
SETS = [("ECB+ dev", DATA / "ecbplus/dev.jsonl", "subtopic"), ("NewsWCL50", DATA / "newswcl50/docs.jsonl", "event_id")]


def main() -> None:
    for name, path, label in SETS:
        with tempfile.TemporaryDirectory() as folder:
            db = Path(folder) / "bench.db"
            with Store(db) as store:
                ingest_documents(load_jsonl(path, "text", label, "doc_id").documents, store, Settings())
            start = time.perf_counter()
            plain = export_database(db, briefs=False)
            plain_s = time.perf_counter() - start
            start = time.perf_counter()
            data = export_database(db)
            briefs_s = time.perf_counter() - start
        held: Counter[str] = Counter()
        for event in data["events"]:
            for part in ("summary", "agreements", "disagreements", "quotes", "additions", "framing"):
                held[part] += len(event["brief"][part])
        articles = len(plain["articles"])
        print(f"{name}: {articles} articles, {len(data['events'])} events; export {plain_s:.2f} s, with briefs {briefs_s:.2f} s "
              f"({1000 * (briefs_s - plain_s) / articles:.1f} ms an article); " + ", ".join(f"{k} {v}" for k, v in held.items()))


if __name__ == "__main__":
    main()
