"""How long deciding repeated lines takes when a line is on many stored articles.

Builds a database whose stored texts all carry a line of boilerplate (and a wire passage on a
tenth of them), each with its own other lines, then times the repeated-line decision for a
few new texts carrying those lines, as `add` makes it before cleaning them.

    python bench/repeated_lines.py [--stored 5000 20000]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

BOILERPLATE = "- Advertisement -"
WIRE = "The minister said the talks would resume next week."


def stored_text(index: int, rng: random.Random) -> str:
    own = [f"Line {index}-{n}: " + " ".join(rng.choice("abcdefghij") * 3 for _ in range(8)) for n in range(15)]
    shared = [BOILERPLATE] + ([WIRE] if index % 10 == 0 else [])
    return "\n".join(own[:7] + shared + own[7:])


def measure(stored: int) -> tuple[float, float]:
    from storyweave.model import RawDocument
    from storyweave.store import Store
    from storyweave.store.lines import index_texts

    rng = random.Random(stored)
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "lines.db") as store:
        start = time.perf_counter()
        store.db.execute("BEGIN")
        index_texts(store.db, ((f"h{i}", stored_text(i, rng)) for i in range(stored)))
        store.db.execute("COMMIT")
        indexing = time.perf_counter() - start
        with store.incoming() as incoming:
            with incoming.batch():
                for n in range(3):
                    text = stored_text(stored + n, rng) + "\n" + WIRE
                    incoming.add(RawDocument(f"new{n}", f"new{n}", text), f"new{n}", f"anew{n}")
            start = time.perf_counter()
            repeated = incoming.repeated_lines(3)
            deciding = time.perf_counter() - start
        assert BOILERPLATE.lower() in repeated, repeated
    return indexing, deciding


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stored", type=int, nargs="+", default=[5000, 20000])
    args = parser.parse_args()
    print("stored texts   indexing them (s)   deciding the repeated lines of 3 new texts (ms)")
    for stored in args.stored:
        indexing, deciding = measure(stored)
        print(f"{stored:>12}   {indexing:>17.2f}   {1000 * deciding:>10.1f}")


if __name__ == "__main__":
    main()
