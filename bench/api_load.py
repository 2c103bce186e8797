"""Load on the JSON API and the pages of `storyweave serve`, with 10,000 articles stored.

The database is built once, reproducibly, by the real pipeline from the text of ../shared/data
read in place (the corpus of bench/throughput.py: the labelled sets' articles plus seeded
recombinations of their paragraphs), and kept in bench/out/ for later runs. The server runs in
its own process on 127.0.0.1; clients keep their connections alive and send a bounded number
of requests for a bounded time per target. Prints requests/s and p50/p99 latency per target,
and the server's own CPU time per request (on a machine shared with other work, the ceiling
1000 / that figure requests/s is what one server process could give on one free core).

    python bench/api_load.py [--articles 10000] [--requests 3000] [--seconds 20] [--clients 8]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "bench" / "out"
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO))

GOAL_RPS, GOAL_P99_MS = 200, 200
SEARCH_WORDS = ["police", "earthquake", "strike", "minister", "election", "court", "fire", "president", "hospital",
                "company", "killed", "bank", "storm", "football", "arrested", "government", "oil", "rescue"]


def build_database(articles: int) -> Path:
    """The bench database, built by the pipeline unless a run before already built it."""
    from throughput import build_corpus

    from storyweave.pipeline import ingest_paths
    from storyweave.settings import Settings

    from storyweave.browse import open_catalogue

    db = OUT / f"api-load-{articles}.db"
    if db.exists():
        open_catalogue(db).close()  # brings a database built by an older storyweave up to date
        return db
    OUT.mkdir(parents=True, exist_ok=True)
    partial = db.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        # a few inputs repeat a stored text or are only boilerplate; 3% more inputs store at least `articles`
        build_corpus(int(articles * 1.03), folder)
        start = time.perf_counter()
        report = ingest_paths([folder], partial, Settings())
        print(f"built {db.name}: {len(report.added)} articles, {report.new_events} events in {time.perf_counter() - start:.0f} s",
              file=sys.stderr)
    partial.rename(db)
    return db


def cpu_seconds(pid: int) -> float:
    """User + system CPU time so far of a process and its children (Linux /proc): the server's
    own cost, which other work on a shared machine does not inflate the way it inflates latency."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process ended while we looked
            continue
        if stat.parent.name == str(pid) or fields[1] == str(pid):
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def fetch(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str) -> int:
    """One GET on a kept-alive connection; returns the status."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: */*\r\n\r\n".encode())
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    await reader.readexactly(length)
    return status


async def drive(port: int, paths: list[str], requests: int, seconds: float, clients: int) -> dict:
    latencies: list[float] = []
    failures = 0
    issued = 0
    deadline = time.perf_counter() + seconds

    async def client(index: int) -> None:
        nonlocal failures, issued
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            while issued < requests and time.perf_counter() < deadline:
                path = paths[(issued + index) % len(paths)]
                issued += 1
                start = time.perf_counter()
                if await fetch(reader, writer, path) != 200:
                    failures += 1
                latencies.append(time.perf_counter() - start)
        finally:
            writer.close()

    start = time.perf_counter()
    await asyncio.gather(*(client(i) for i in range(clients)))
    elapsed = time.perf_counter() - start
    latencies.sort()
    return {
        "requests": len(latencies), "failures": failures, "seconds": round(elapsed, 2),
        "rps": round(len(latencies) / elapsed, 1),
        "p50_ms": round(statistics.median(latencies) * 1000, 1),
        "p99_ms": round(latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000, 1),
    }


def targets(base: str, rng: random.Random) -> tuple[dict[str, list[str]], dict[str, int]]:
    """Paths per target, found through the API itself: the story list, events with more than
    one report (the pages people open), searches for common news words."""
    import httpx

    first = httpx.get(f"{base}/api/stories?per_page=100", timeout=30).json()
    stories = list(first["stories"])
    for page in rng.sample(range(2, first["pages"] + 1), min(5, first["pages"] - 1)):
        stories += httpx.get(f"{base}/api/stories?per_page=100&page={page}", timeout=30).json()["stories"]
    events: list[str] = []
    for story in rng.sample(stories, min(150, len(stories))):
        detail = httpx.get(f"{base}/api/stories/{story['id']}", timeout=30).json()
        events += [e["id"] for e in detail["events"] if e["articles"] >= 2]
    events = events[:200] or [e["id"] for e in detail["events"]]
    searches = [f"/api/search?q={quote(word)}" for word in SEARCH_WORDS]
    paths = {
        "story list  /api/stories": ["/api/stories"],
        "story list  / (page)": ["/"],
        "event       /api/events/{id}": [f"/api/events/{e}" for e in events],
        "event       /events/{id} (page)": [f"/events/{e}" for e in events],
        "search      /api/search?q=": searches,
        "search      /search?q= (page)": [s.replace("/api/search", "/search") for s in searches],
    }
    return paths, first["counts"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=3000, help="most requests per target")
    parser.add_argument("--seconds", type=float, default=20.0, help="most seconds per target")
    parser.add_argument("--clients", type=int, default=8, help="concurrent keep-alive connections")
    parser.add_argument("--only", default="", help="run only the targets whose name contains this (e.g. search)")
    args = parser.parse_args()
    if not (REPO.parent / "shared" / "data").is_dir():
        sys.exit(f"{REPO.parent / 'shared' / 'data'} is missing: the bench corpus is read from there")

    db = build_database(args.articles)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "storyweave.cli", "serve", "--db", str(db), "--port", str(port), "--read-only"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(300):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        else:
            sys.exit("the server did not start: " + (server.stderr.read() if server.stderr else ""))
        paths, counts = targets(f"http://127.0.0.1:{port}", random.Random(5))
        print(f"{counts['articles']:,} articles · {counts['events']:,} events · {counts['stories']:,} stories · "
              f"{args.clients} clients · at most {args.requests} requests or {args.seconds:.0f} s per target")
        print(f"{'target':<36}{'requests':>9}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'server CPU ms/req':>19}"
              f"  goal (≥{GOAL_RPS} req/s, p99 <{GOAL_P99_MS} ms)")
        for name, target_paths in paths.items():
            if args.only not in name:
                continue
            asyncio.run(drive(port, target_paths, min(100, args.requests), 5, args.clients))  # warm-up
            cpu_before = cpu_seconds(server.pid)
            result = asyncio.run(drive(port, target_paths, args.requests, args.seconds, args.clients))
            cpu_ms = (cpu_seconds(server.pid) - cpu_before) * 1000 / max(result["requests"], 1)
            met = result["rps"] >= GOAL_RPS and result["p99_ms"] < GOAL_P99_MS and not result["failures"]
            failures = f"  {result['failures']} failed" if result["failures"] else ""
            print(f"{name:<36}{result['requests']:>9}{result['rps']:>9}{result['p50_ms']:>9}{result['p99_ms']:>9}{cpu_ms:>19.2f}  "
                  f"{'met' if met else 'MISSED'}{failures}", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
