"""Throughput, peak memory and grouping quality of the default pipeline.

Builds corpora of real news text read from ../shared/data (never copied into the repo): the
labelled sets' articles, plus recombinations of their paragraphs to reach the larger sizes,
written as .txt files to a temporary folder; then times `storyweave.pipeline.ingest` on a fresh
SQLite file, each size in its own process so peak memory is that run's alone.

    python bench/throughput.py [--sizes 2500 5000] [--no-quality]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data"


def real_texts() -> list[str]:
    texts = []
    for path in [DATA / "ecbplus/dev.jsonl", DATA / "newswcl50/docs.jsonl", *sorted(DATA.glob("meantime/*/docs.jsonl"))]:
        texts += [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    csv.field_size_limit(10_000_000)
    with (DATA / "semeval2022-task8/training_set.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            texts += [row["text1"], row["text2"]]
    return [t for t in texts if len(t) > 200]


def build_corpus(size: int, folder: Path) -> int:
    rng = random.Random(size)
    texts = real_texts()
    paragraphs = [p for t in texts for p in t.split("\n") if len(p) > 80]
    corpus = texts[:size]
    while len(corpus) < size:
        corpus.append("\n".join(rng.sample(paragraphs, rng.randint(4, 9))))
    total = 0
    for index, text in enumerate(corpus):
        (folder / f"{index:06d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode())
    return total


def measure(size: int) -> dict:
    sys.path.insert(0, str(REPO))
    from storyweave.pipeline import ingest
    from storyweave.settings import Settings
    from storyweave.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        corpus_bytes = build_corpus(size, folder)
        start = time.perf_counter()
        with Store(Path(tmp) / "bench.db") as store:
            report = ingest([folder], store, Settings())
        elapsed = time.perf_counter() - start
    peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "articles": len(report.added), "events": report.new_events, "seconds": round(elapsed, 2),
        "articles_per_s": round(len(report.added) / elapsed, 1), "MB": round(corpus_bytes / 1e6, 1),
        "peak_rss_main_MB": round(peak_self), "peak_rss_worker_MB": round(peak_children),
    }


def quality() -> list[str]:
    sys.path.insert(0, str(REPO))
    from storyweave.evaluate.runner import evaluate_file
    from storyweave.settings import Settings

    lines = []
    for name, path, label in [("ECB+ dev", DATA / "ecbplus/dev.jsonl", "subtopic"), ("NewsWCL50", DATA / "newswcl50/docs.jsonl", "event_id")]:
        start = time.perf_counter()
        report, _ = evaluate_file(path, "text", label, "doc_id", Settings())
        b, p = report.bcubed, report.pairwise
        lines.append(
            f"{name:10} B-cubed P {b.precision:.3f} R {b.recall:.3f} F1 {b.f1:.3f} | pairwise F1 {p.f1:.3f} | ARI {report.ari:.3f} "
            f"| {report.n_pred_clusters} events for {report.n_gold_clusters} gold | {time.perf_counter() - start:.1f} s"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[2500, 5000])
    parser.add_argument("--no-quality", action="store_true")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one)))
        return
    if not DATA.is_dir():
        sys.exit(f"{DATA} is missing: the bench reads real news from ../shared/data")
    print("size      articles/s   seconds   events   corpus MB   peak RSS main / workers (MB)")
    for size in args.sizes:
        result = json.loads(subprocess.run([sys.executable, __file__, "--one", str(size)], check=True, capture_output=True, text=True).stdout)
        print(f"{size:<9} {result['articles_per_s']:>10}   {result['seconds']:>7}   {result['events']:>6}   {result['MB']:>9}   "
              f"{result['peak_rss_main_MB']} / {result['peak_rss_worker_MB']}")
    if not args.no_quality:
        for line in quality():
            print(line)


if __name__ == "__main__":
    main()
