"""Time to clean and analyse one article made of a single long unpunctuated line, in Latin script
and in Chinese and Japanese, at two sizes: the cost must grow linearly (a regex that backtracks on
long runs without a sentence end shows here as a ratio far above the size ratio).

    python bench/long_lines.py [--kb 100 400]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from storyweave.clean import clean_document  # noqa: E402
from storyweave.extract import analyse, warm_up  # noqa: E402
from storyweave.model import RawDocument  # noqa: E402

# pieces repeated without a full stop: speech verbs, names, quotes and numbers, so every extractor
# has something to look at on every stretch of the line
PIECES = {
    "latin": "Minister Anna Berg said that 1,200 workers in Portvale would get €3 million and “the talks go on” ",
    "chinese": "市長陳國明在現場說，市府將撥款3000萬元協助1200名居民重建家園並表示「我們不會放棄」",
    "japanese": "田中市長は記者会見で住民約1200人に避難指示が出ていると述べ「全力で支援したい」と話した",
}


def seconds(text: str) -> float:
    raw = RawDocument("long.txt", "long.txt", "Headline of a long page\n" + text)
    start = time.perf_counter()
    analyse(raw, clean_document(raw))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kb", type=int, nargs=2, default=[100, 400], help="the two line lengths, in kilobytes")
    args = parser.parse_args()
    warm_up()
    small, large = args.kb
    print(f"script     {small} KB line   {large} KB line   time ratio (size ratio {large / small:.0f})")
    for name, piece in PIECES.items():
        times = [seconds(piece * max(1, size * 1000 // len(piece.encode()))) for size in (small, large)]
        print(f"{name:10} {times[0]:>9.2f} s {times[1]:>11.2f} s   {times[1] / max(times[0], 1e-9):>6.1f}")


if __name__ == "__main__":
    main()
