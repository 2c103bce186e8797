"""Feed ingest figures: the feed reader alone (entries/s, MB/s), polling over HTTP on 127.0.0.1
(first poll and a poll answered 304), and the whole `watch` poll into a fresh database.

Entry texts are real news read from ../shared/data (never copied into the repo), written as
RSS 2.0 feeds with full content into a temporary folder served by the standard library's
HTTP server (which answers If-Modified-Since with 304).

    python bench/feeds.py [--feeds 10] [--entries 100]
"""

from __future__ import annotations

import argparse
import functools
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from throughput import real_texts  # noqa: E402  (the sibling bench script: same corpus)

from storyweave.ingest import ReadOptions  # noqa: E402
from storyweave.ingest.feeds import FULL_TEXT_MIN_WORDS, entry_documents, parse_feed  # noqa: E402
from storyweave.ingest.fetch import Fetcher, FetchPolicy  # noqa: E402
from storyweave.ingest.subscriptions import poll_feeds  # noqa: E402
from storyweave.pipeline import poll_feeds_into  # noqa: E402
from storyweave.settings import Settings  # noqa: E402


def feed_bytes(number: int, texts: list[str]) -> bytes:
    items = "".join(
        f"<item><title>{escape(text.splitlines()[0][:90])}</title><guid>bench-{number}-{index}</guid>"
        f"<link>https://bench.example/{number}/{index}</link><pubDate>Tue, 05 Mar 2024 09:30:00 +0100</pubDate>"
        f"<content:encoded><![CDATA[{''.join(f'<p>{escape(p)}</p>' for p in text.splitlines() if p.strip())}]]></content:encoded></item>"
        for index, text in enumerate(texts)
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
            f"<channel><title>Bench {number}</title>{items}</channel></rss>").encode()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=10)
    parser.add_argument("--entries", type=int, default=100, help="entries per feed")
    args = parser.parse_args()
    # full-content entries only: a teaser would send the reader to a page on the network
    texts = [t for t in real_texts() if "]]>" not in t and len(t.split()) >= FULL_TEXT_MIN_WORDS]
    needed = args.feeds * args.entries
    if len(texts) < needed:
        sys.exit(f"only {len(texts)} texts in ../shared/data; ask for fewer feeds or entries")

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        feeds = [feed_bytes(n, texts[n * args.entries : (n + 1) * args.entries]) for n in range(args.feeds)]
        for number, data in enumerate(feeds):
            (folder / f"feed{number}.rss").write_bytes(data)
        megabytes = sum(map(len, feeds)) / 1e6

        started = time.perf_counter()
        count = sum(1 for data in feeds for _ in entry_documents(parse_feed(data, "bench.rss"), lambda entry: None))
        elapsed = time.perf_counter() - started
        print(f"reader: {count} entries, {megabytes:.1f} MB in {elapsed:.2f} s = {count / elapsed:,.0f} entries/s, {megabytes / elapsed:.1f} MB/s")

        handler = functools.partial(_QuietHandler, directory=str(folder))
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        urls = [f"http://127.0.0.1:{server.server_address[1]}/feed{n}.rss" for n in range(args.feeds)]
        options = ReadOptions(allow_private=True, max_file_bytes=50_000_000)
        with Fetcher(FetchPolicy(allow_private=True, max_bytes=50_000_000)) as fetcher:
            started = time.perf_counter()
            first = poll_feeds(urls, fetcher, options)
            elapsed = time.perf_counter() - started
            print(f"poll over HTTP: {len(urls)} feeds, {len(first.documents)} entries in {elapsed:.2f} s "
                  f"= {len(first.documents) / elapsed:,.0f} entries/s, {megabytes / elapsed:.1f} MB/s")
            started = time.perf_counter()
            second = poll_feeds(urls, fetcher, options, first.validators)
            elapsed = time.perf_counter() - started
            print(f"poll answered 304: {second.unchanged} of {len(urls)} feeds unchanged in {elapsed * 1000:.0f} ms")

        db = folder / "bench.db"
        started = time.perf_counter()
        report = poll_feeds_into(urls, db, Settings().replace(max_file_bytes=50_000_000), options)
        elapsed = time.perf_counter() - started
        print(f"watch poll into a fresh database: {len(report.ingest.added)} articles in {elapsed:.1f} s "
              f"= {len(report.ingest.added) / elapsed:,.1f} articles/s")
        server.shutdown()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


if __name__ == "__main__":
    main()
