"""Ingest throughput of JSONL and CSV exports against the same texts as .txt files: the readers
alone (records/s, MB/s, peak memory of the reading) and the whole pipeline (articles/s, MB/s).

Texts are real news read from ../shared/data (never copied into the repo), written to a
temporary folder in each format.

    python bench/ingest_records.py [--size 1000] [--read-size 20000]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from throughput import DATA, REPO, real_texts


def write_formats(texts: list[str], folder: Path) -> dict[str, Path]:
    (folder / "txt").mkdir()
    for index, text in enumerate(texts):
        (folder / "txt" / f"{index:06d}.txt").write_text(text, encoding="utf-8")
    with (folder / "export.jsonl").open("w", encoding="utf-8") as handle:
        for index, text in enumerate(texts):
            handle.write(json.dumps({"id": f"n{index}", "text": text, "url": f"https://news.example/{index}?utm_source=x"}) + "\n")
    with (folder / "export.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text", "url"])
        writer.writerows([f"n{index}", text, f"https://news.example/{index}"] for index, text in enumerate(texts))
    return {"txt": folder / "txt", "jsonl": folder / "export.jsonl", "csv": folder / "export.csv"}


def size_of(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*")) if path.is_dir() else path.stat().st_size


def read_only(paths: dict[str, Path]) -> None:
    from storyweave.ingest import ReadOptions, read_inputs

    print("reader   records/s      MB/s   peak MB (tracemalloc)")
    for name, path in paths.items():
        tracemalloc.start()
        start = time.perf_counter()
        count = sum(1 for _ in read_inputs([path], ReadOptions()))
        elapsed = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
        print(f"{name:<8} {count / elapsed:>9.0f} {size_of(path) / 1e6 / elapsed:>9.1f}   {peak:.1f}")


def whole_pipeline(paths: dict[str, Path], folder: Path) -> None:
    from storyweave.pipeline import ingest_paths
    from storyweave.settings import Settings

    print("pipeline articles/s      MB/s   seconds")
    for name, path in paths.items():
        start = time.perf_counter()
        report = ingest_paths([path], folder / f"{name}.db", Settings())
        elapsed = time.perf_counter() - start
        print(f"{name:<8} {len(report.added) / elapsed:>10.1f} {size_of(path) / 1e6 / elapsed:>9.2f}   {elapsed:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=1000, help="articles through the whole pipeline, per format")
    parser.add_argument("--read-size", type=int, default=20000, help="records through the readers alone")
    args = parser.parse_args()
    if not DATA.is_dir():
        sys.exit(f"{DATA} is missing: the bench reads real news from ../shared/data")
    sys.path.insert(0, str(REPO))
    texts = real_texts()
    with tempfile.TemporaryDirectory() as tmp:
        many = [texts[i % len(texts)] + f"\n({i})" for i in range(args.read_size)]
        (Path(tmp) / "read").mkdir()
        read_only(write_formats(many, Path(tmp) / "read"))
        (Path(tmp) / "all").mkdir()
        whole_pipeline(write_formats(texts[: args.size], Path(tmp) / "all"), Path(tmp))


if __name__ == "__main__":
    main()
