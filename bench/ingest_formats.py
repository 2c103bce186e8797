"""Ingest throughput per input format, and the WARC reader's memory as the archive grows.

The corpus is real news text from ../shared/data (read by bench/throughput.py's loader, never
copied into the repo), written once per format: .txt files, saved news pages (.html with
navigation, advertisements, comments and a script blob, like real pages), a CC-NEWS-like
.warc.gz of the same pages, and JSONL and CSV exports of the texts. Per format it times the
reader alone (files → documents) and the whole pipeline (→ a fresh SQLite file), each in its own
process so peak memory is that run's. Then it streams generated archives of two sizes (≥ 50 MB)
through the WARC reader and through the whole pipeline, and prints the peak memory of each (with
RSS samples as the archive is read), and how much of the reader's time parsing records with
warcio takes.

Adding a format is one entry in FORMATS: a function that writes the corpus in that format.

    python bench/ingest_formats.py [--articles 1000] [--warc-mb 50 150] [--no-pipeline]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from html import escape
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

OUTLETS = ["The Velden Courier", "Northshore Daily", "Dunmore Weekly", "Ostrin Evening Post", "Wellbrook Ledger"]
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | {outlet}</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="{outlet}">
<meta property="article:published_time" content="{date}T08:30:00+00:00"><meta name="author" content="Staff reporter">
<link rel="canonical" href="{url}"><script>window.__STATE__ = "{blob}";</script></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/sport">Sport</a>
<a href="/subscribe">Subscribe</a></nav><div class="ad">Advertisement</div></header>
<main><article><h1>{title}</h1><p class="byline">By Staff reporter</p>
{paragraphs}
</article><aside><h3>Most read</h3><ul><li><a href="/a">Council approves harbour budget</a></li>
<li><a href="/b">Storm closes coast road</a></li></ul></aside>
<section class="comments"><h2>Comments</h2><p>Please enter your comment! Please enter your name here</p></section></main>
<footer>© {outlet}. All rights reserved. <a href="/privacy">Privacy</a></footer></body></html>
"""


def corpus(size: int) -> list[str]:
    from throughput import real_texts  # bench/ is on sys.path when this file runs as a script

    texts = real_texts()
    rng = random.Random(size)
    paragraphs = [p for t in texts for p in t.split("\n") if len(p) > 80]
    chosen = texts[:size]
    while len(chosen) < size:
        chosen.append("\n".join(rng.sample(paragraphs, rng.randint(4, 9))))
    return chosen


def page(text: str, index: int, blob_bytes: int, rng: random.Random) -> tuple[str, bytes]:
    """(URL, HTML) of one saved news page around the text; the script blob stands for the state
    and tracking data real pages carry (random, so it compresses like it)."""
    lines = [line for line in text.split("\n") if line.strip()]
    title = lines[0][:120] if len(lines) > 1 and len(lines[0]) < 160 else f"Report {index}"
    body = lines[1:] if title == lines[0][:120] else lines
    outlet = OUTLETS[index % len(OUTLETS)]
    url = f"https://news{index % len(OUTLETS)}.example/{2024 - index % 3}/story-{index}"
    html = PAGE.format(
        title=escape(title), outlet=outlet, url=url, date=f"{2024 - index % 3}-{index % 12 + 1:02d}-{index % 28 + 1:02d}",
        blob=rng.randbytes(blob_bytes * 3 // 4).hex()[:blob_bytes], paragraphs="\n".join(f"<p>{escape(p)}</p>" for p in body),
    )
    return url, html.encode("utf-8")


def write_text(texts: list[str], folder: Path) -> Path:
    target = folder / "text"
    target.mkdir()
    for index, text in enumerate(texts):
        (target / f"{index:06d}.txt").write_text(text, encoding="utf-8")
    return target


def write_html(texts: list[str], folder: Path, blob_bytes: int = 2000) -> Path:
    target = folder / "html"
    target.mkdir()
    rng = random.Random(1)
    for index, text in enumerate(texts):
        (target / f"{index:06d}.html").write_bytes(page(text, index, blob_bytes, rng)[1])
    return target


def write_warc(texts: list[str], folder: Path, blob_bytes: int = 2000, min_bytes: int = 0) -> Path:
    """A CC-NEWS-like archive: a warcinfo record, then one gzip-compressed response record per
    page; the texts are cycled (with fresh URLs and blobs) until the file reaches `min_bytes`."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = folder / "news.warc.gz"
    rng = random.Random(2)
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "storyweave bench"}))
        index = 0
        while index < len(texts) or handle.tell() < min_bytes:
            url, html = page(texts[index % len(texts)], index, blob_bytes, rng)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(html), http_headers=headers)
            writer.write_record(record)
            record.raw_stream.close()
            index += 1
    return path


def write_jsonl(texts: list[str], folder: Path) -> Path:
    path = folder / "export.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for index, text in enumerate(texts):
            handle.write(json.dumps({"id": f"n{index}", "text": text, "url": f"https://news.example/{index}?utm_source=x"}) + "\n")
    return path


def write_csv(texts: list[str], folder: Path) -> Path:
    path = folder / "export.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text", "url"])
        writer.writerows([f"n{index}", text, f"https://news.example/{index}"] for index, text in enumerate(texts))
    return path


# name → writer of the corpus in that format (a folder or a file)
FORMATS: dict[str, Callable[[list[str], Path], Path]] = {
    "text": write_text,
    "html": write_html,
    "warc.gz": write_warc,
    "jsonl": write_jsonl,
    "csv": write_csv,
}


def _input_bytes(path: Path) -> int:
    return path.stat().st_size if path.is_file() else sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _current_mb() -> float:
    return int(Path("/proc/self/statm").read_text().split()[1]) * resource.getpagesize() / 2**20  # MiB, like ru_maxrss


def measure_reader(path: Path) -> dict:
    """Files → documents (extraction of HTML included), nothing kept."""
    from storyweave.ingest import ReadOptions, read_inputs
    from storyweave.model import RawDocument

    baseline = _current_mb()
    start = time.perf_counter()
    articles = other = 0
    samples = []
    for item in read_inputs([path], ReadOptions()):
        if isinstance(item, RawDocument):
            articles += 1
            if articles % 500 == 0:
                samples.append(round(_current_mb()))
        else:
            other += 1
    seconds = time.perf_counter() - start
    return {"articles": articles, "other": other, "seconds": seconds, "MB": _input_bytes(path) / 1e6,
            "baseline_MB": round(baseline), "rss_samples_MB": samples, "peak_MB": round(_peak_mb())}


def measure_pipeline(path: Path) -> dict:
    from storyweave.pipeline import ingest
    from storyweave.settings import Settings
    from storyweave.store import Store

    samples: dict[str, list[int]] = {}

    def sample(stage: str, done: int, total: int) -> None:
        if done % 1000 == 0:
            samples.setdefault(stage, []).append(round(_current_mb()))

    with tempfile.TemporaryDirectory() as tmp:
        baseline = _current_mb()
        start = time.perf_counter()
        with Store(Path(tmp) / "bench.db") as store:
            report = ingest([path], store, Settings(), progress=sample)
        seconds = time.perf_counter() - start
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"articles": len(report.added), "seconds": seconds, "MB": _input_bytes(path) / 1e6, "baseline_MB": round(baseline),
            "rss_samples_MB": samples, "peak_MB": round(_peak_mb()), "peak_workers_MB": round(children)}


def measure_records(path: Path) -> dict:
    """warcio alone: every record parsed and its payload read, no extraction."""
    from warcio.archiveiterator import ArchiveIterator

    start = time.perf_counter()
    records = 0
    with path.open("rb") as handle:
        for record in ArchiveIterator(handle):
            record.content_stream().read()
            records += 1
    return {"records": records, "seconds": time.perf_counter() - start}


MEASURES = {"reader": measure_reader, "pipeline": measure_pipeline, "records": measure_records}


def in_child(measure: str, path: Path) -> dict:
    result = subprocess.run([sys.executable, __file__, "--measure", measure, str(path)], check=True, capture_output=True, text=True)
    return json.loads(result.stdout)


def _rate(result: dict) -> str:
    return f"{result['articles'] / result['seconds']:>9.1f} articles/s {result['MB'] / result['seconds']:>6.2f} MB/s"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1000, help="articles per format for the throughput figures")
    parser.add_argument("--warc-mb", type=int, nargs="+", default=[50, 150], help="sizes of the generated archives streamed for memory")
    parser.add_argument("--no-pipeline", action="store_true", help="time the readers only, not the whole pipeline")
    parser.add_argument("--measure", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(MEASURES[args.measure[0]](Path(args.measure[1]))))
        return
    if not (REPO.parent / "shared" / "data").is_dir():
        sys.exit(f"{REPO.parent / 'shared' / 'data'} is missing: the bench reads real news from ../shared/data")

    texts = corpus(args.articles)
    with tempfile.TemporaryDirectory() as tmp:
        print(f"throughput, {args.articles} articles per format (reader: files → documents; pipeline: → SQLite, grouped)")
        for name, write in FORMATS.items():
            folder = Path(tmp) / name
            folder.mkdir()
            path = write(texts, folder)
            reader = in_child("reader", path)
            line = f"{name:8} {reader['MB']:7.1f} MB   reader {_rate(reader)}  peak {reader['peak_MB']} MB"
            if not args.no_pipeline:
                pipeline = in_child("pipeline", path)
                line += f"   pipeline {_rate(pipeline)}  peak {pipeline['peak_MB']} MB (+ workers {pipeline['peak_workers_MB']} MB)"
            print(line, flush=True)

        print("\nWARC reader streaming generated archives (pages of ~45 KB of HTML with their script blobs, like CC-NEWS)")
        pipeline_peaks: list[tuple[int, int]] = []
        for megabytes in args.warc_mb:
            folder = Path(tmp) / f"warc-{megabytes}"
            folder.mkdir()
            # distinct articles throughout (about 40 pages a megabyte), so the pipeline stores every page
            path = write_warc(corpus(megabytes * 40), folder, blob_bytes=40_000, min_bytes=megabytes * 1_000_000)
            reader, records = in_child("reader", path), in_child("records", path)
            share = records["seconds"] / reader["seconds"]
            print(f"{reader['MB']:6.1f} MB  {reader['articles']:>6} pages  {_rate(reader)}  RSS before reading {reader['baseline_MB']} MB, "
                  f"peak {reader['peak_MB']} MB, every 500 pages {reader['rss_samples_MB']}  |  warcio alone {records['seconds']:.1f} s "
                  f"({share:.0%} of the reader's time)", flush=True)
            if not args.no_pipeline:
                # documents stream through in batches; what grows with the archive is what grouping keeps of each article
                pipeline = in_child("pipeline", path)
                print(f"{'':6}    whole pipeline {_rate(pipeline)}  RSS before {pipeline['baseline_MB']} MB, peak {pipeline['peak_MB']} MB "
                      f"(+ workers {pipeline['peak_workers_MB']} MB), every 1000 {pipeline['rss_samples_MB']}", flush=True)
                pipeline_peaks.append((pipeline["articles"], pipeline["peak_MB"]))
            path.unlink()
        if len(pipeline_peaks) >= 2:
            (small, small_peak), (large, large_peak) = pipeline_peaks[0], pipeline_peaks[-1]
            per_article = (large_peak - small_peak) * 2**20 / max(large - small, 1)
            print(f"whole pipeline: {per_article / 1024:.1f} KiB more peak memory per article stored (what grouping keeps of each)")


if __name__ == "__main__":
    main()
