"""Throughput, peak memory and grouping quality of the default pipeline.

Builds corpora of real news text read from ../shared/data (never copied into the repo): the
labelled sets' articles, plus recombinations of their paragraphs to reach the larger sizes,
written as .txt files to a temporary folder; then times `storyweave.pipeline.ingest` on a fresh
SQLite file, each size in its own process so peak memory is that run's alone.

    python bench/throughput.py [--sizes 2500 5000] [--no-quality]
    python bench/throughput.py --extraction-cost [--sizes 2500] [--repeat 3]

`--extraction-cost` answers "how much do entities, quotes and figures add to `run`": each size is
run in fresh processes, as shipped and with those three extractors replaced by functions that find
nothing (the switch lives here, not in the product), the two alternating `--repeat` times (3 by
default); the fastest run of each is kept, as timeit does, since a shared machine only ever slows
a run down (single runs differed by up to 10 points of the ratio). The single-process time of
the analysis per article (in chunks, as the workers analyse) is measured both ways on the same texts.
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


# what `analyse` calls to find entities (by the rules for every script, and in credit lines), quotes and figures
EXTRACTORS = ("extract_entities", "cjk_entities", "credited_entities", "extract_quotes", "extract_figures")


def switch_off_extraction() -> None:
    """Entities (the rules for every script, and the names credit lines give), quotes and figures
    find nothing; language, dates and everything else run as shipped. Forked workers inherit the
    patched module."""
    import storyweave.extract as extract

    for name in EXTRACTORS:
        setattr(extract, name, lambda *args, **kwargs: [])


def analyse_cost(texts: list[str], rounds: int = 3) -> dict:
    """CPU milliseconds per article of the analysis in this process, with and without extraction (best of
    `rounds`, CPU time rather than wall time, so other processes on a shared machine disturb it less),
    the articles analysed together in chunks as `run`'s workers do."""
    import storyweave.extract as extract
    from storyweave.clean import clean_document
    from storyweave.model import RawDocument
    from storyweave.pipeline import WORKER_CHUNK

    raws = [RawDocument(f"{i}.txt", f"{i}.txt", text) for i, text in enumerate(texts)]
    cleaned = [(raw, clean_document(raw)) for raw in raws]
    extract.warm_up()
    shipped = {name: getattr(extract, name) for name in EXTRACTORS}
    result = {}
    for mode in ("with", "without"):
        if mode == "without":
            switch_off_extraction()
        best = float("inf")
        for _ in range(rounds):
            start = time.process_time()
            for first in range(0, len(cleaned), WORKER_CHUNK):
                extract.analyse_together(cleaned[first:first + WORKER_CHUNK])
            best = min(best, time.process_time() - start)
        result[mode] = round(1000 * best / len(raws), 2)
    for name, function in shipped.items():
        setattr(extract, name, function)
    return result


def measure(size: int, extraction: bool = True) -> dict:
    sys.path.insert(0, str(REPO))
    if not extraction:
        switch_off_extraction()
    from storyweave.extract.compiled import compiled_in_use
    from storyweave.pipeline import ingest
    from storyweave.settings import Settings
    from storyweave.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        corpus_bytes = build_corpus(size, folder)
        before = resource.getrusage(resource.RUSAGE_SELF)
        start = time.perf_counter()
        with Store(Path(tmp) / "bench.db") as store:
            report = ingest([folder], store, Settings())
        elapsed = time.perf_counter() - start
    usage_self, usage_children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    # CPU seconds of this run and its workers: on a shared machine, less disturbed than wall time
    cpu_main = usage_self.ru_utime + usage_self.ru_stime - before.ru_utime - before.ru_stime
    cpu = cpu_main + usage_children.ru_utime + usage_children.ru_stime
    peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "articles": len(report.added), "events": report.new_events, "seconds": round(elapsed, 2), "cpu_seconds": round(cpu, 2),
        "articles_per_s": round(len(report.added) / elapsed, 1), "MB": round(corpus_bytes / 1e6, 1),
        # CPU per article of the main process (reading, grouping, storing) and of the extraction
        # workers: on a shared machine, steadier than articles/s
        "cpu_ms_main": round(1000 * cpu_main / max(len(report.added), 1), 2),
        "cpu_ms_workers": round(1000 * (cpu - cpu_main) / max(len(report.added), 1), 2),
        "peak_rss_main_MB": round(peak_self), "peak_rss_worker_MB": round(peak_children),
        "compiled_rules": compiled_in_use(),  # (tools/compile_rules.py; none: plain Python)
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


def extraction_cost(sizes: list[int], repeat: int = 3) -> None:
    if not DATA.is_dir():
        sys.exit(f"{DATA} is missing: the bench reads real news from ../shared/data")
    print("size      run with extraction: wall s / CPU s   without: wall s / CPU s   added: wall / CPU")
    compiled: list[str] = []
    for size in sizes:
        runs: dict[str, list[dict]] = {"with": [], "without": []}
        for _ in range(repeat):
            for mode, flags in (("with", []), ("without", ["--no-extraction"])):
                out = subprocess.run([sys.executable, __file__, "--one", str(size), *flags], check=True, capture_output=True, text=True).stdout
                runs[mode].append(json.loads(out))
                compiled = runs[mode][-1]["compiled_rules"]
        with_, without = ({key: min(run[key] for run in runs[mode]) for key in ("seconds", "cpu_seconds")} for mode in ("with", "without"))
        print(f"{size:<9} {with_['seconds']:>20} / {with_['cpu_seconds']:<12} {without['seconds']:>10} / {without['cpu_seconds']:<12} "
              f"{100 * (with_['seconds'] / without['seconds'] - 1):+.1f}% / {100 * (with_['cpu_seconds'] / without['cpu_seconds'] - 1):+.1f}%")
    print(f"rules compiled with mypyc: {', '.join(compiled) or 'none (plain Python)'}")
    sys.path.insert(0, str(REPO))
    texts = real_texts()[:1000]
    cost = analyse_cost(texts)
    print(f"analysis, one process, {len(texts)} real articles in chunks: {cost['with']} ms/article with extraction, "
          f"{cost['without']} without ({100 * (cost['with'] / cost['without'] - 1):+.1f}%)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[2500, 5000])
    parser.add_argument("--no-quality", action="store_true")
    parser.add_argument("--extraction-cost", action="store_true", help="time run with and without entities, quotes and figures")
    parser.add_argument("--repeat", type=int, default=3, help="with --extraction-cost: runs of each kind, the fastest kept")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--no-extraction", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, extraction=not args.no_extraction)))
        return
    if args.extraction_cost:
        extraction_cost(args.sizes, args.repeat)
        return
    if not DATA.is_dir():
        sys.exit(f"{DATA} is missing: the bench reads real news from ../shared/data")
    print("size      articles/s   seconds   events   corpus MB   peak RSS main / workers (MB)   CPU ms/article main / workers")
    compiled: list[str] = []
    for size in args.sizes:
        result = json.loads(subprocess.run([sys.executable, __file__, "--one", str(size)], check=True, capture_output=True, text=True).stdout)
        compiled = result["compiled_rules"]
        print(f"{size:<9} {result['articles_per_s']:>10}   {result['seconds']:>7}   {result['events']:>6}   {result['MB']:>9}   "
              f"{result['peak_rss_main_MB']:>14} / {result['peak_rss_worker_MB']:<12}   {result['cpu_ms_main']:>9} / {result['cpu_ms_workers']}")
    print(f"rules compiled with mypyc: {', '.join(compiled) or 'none (plain Python)'}")
    if not args.no_quality:
        for line in quality():
            print(line)


if __name__ == "__main__":
    main()
