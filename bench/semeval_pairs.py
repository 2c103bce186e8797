"""How storyweave's grouping agrees with people's judgement of multilingual article pairs.

SemEval-2022 Task 8 (../shared/data/semeval2022-task8/training_set.csv, read from there, never
copied): 1,283 pairs of news articles in ten languages, 383 of them across two languages, each
rated by people from 1 (very similar: the same occurrence, mostly) to 4 (very dissimilar). No weight
or threshold of the grouping was set on these pairs (their texts are among those extraction rules were
checked on).

All the pairs' texts are grouped together in one run, with default settings, as `run` would group
them; then for each pair: were the two articles put in one event, or in one story? Printed by
rating and by whether the pair crosses languages, beside a common baseline (TF-IDF cosine of the
two texts at the threshold that best matches the ratings, an oracle the grouping is not given),
with the correlation of each with the ratings (higher similarity ↔ lower rating, so the better
method has the more negative value).

    python bench/semeval_pairs.py

The texts are cut to about 1,000 characters (head and tail) and most have no date, so grouping
here leans on words and names alone: a lower bound of what whole dated articles give.
"""

from __future__ import annotations

import csv
import math
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data" / "semeval2022-task8" / "training_set.csv"

BUCKETS = ((1.0, 1.75, "1-1.75 (same occurrence, mostly)"), (1.75, 2.75, "2-2.5"), (2.75, 3.5, "3-3.25"),
           (3.5, 4.01, "3.5-4 (unrelated)"))


def read_pairs(path: Path) -> list[dict]:
    csv.field_size_limit(10_000_000)
    with path.open(encoding="utf-8") as handle:
        return [row for row in csv.DictReader(handle) if row["text1"].strip() and row["text2"].strip()]


def pearson(xs: list[float], ys: list[float]) -> float:
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx, syy = sum((x - mx) ** 2 for x in xs), sum((y - my) ** 2 for y in ys)
    return sxy / math.sqrt(sxx * syy) if sxx and syy else float("nan")


def storyweave_links(texts: list[str]) -> tuple[dict[str, str], dict[str, str], list[str]]:
    """(text → event, text → story, article ids in text order) from one in-memory run."""
    sys.path.insert(0, str(REPO))
    from storyweave.extract import article_id_for, content_hash
    from storyweave.model import RawDocument
    from storyweave.pipeline import group_in_memory
    from storyweave.settings import Settings

    docs = [RawDocument(f"semeval/{i}", f"semeval/{i}", text) for i, text in enumerate(texts)]
    exported = group_in_memory(docs, Settings())
    story_of_event = {event["id"]: event.get("story") for event in exported["events"]}
    event_of = {a["id"]: a["event"] for a in exported["articles"]}
    ids = [article_id_for(content_hash(text)) for text in texts]
    events = {text: event_of.get(i) for text, i in zip(texts, ids)}
    stories = {text: story_of_event.get(event_of.get(i)) for text, i in zip(texts, ids)}
    return events, stories, ids


def tfidf_cosines(texts: list[str], pairs: list[tuple[str, str]]) -> list[float]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    index = {text: i for i, text in enumerate(texts)}
    matrix = TfidfVectorizer(sublinear_tf=True).fit_transform(texts)
    return [float(matrix[index[a]].multiply(matrix[index[b]]).sum()) for a, b in pairs]


def main() -> None:
    if not DATA.exists():
        sys.exit(f"{DATA}: missing (../shared beside the repository)")
    rows = read_pairs(DATA)
    texts = sorted({row[key] for row in rows for key in ("text1", "text2")})
    started = time.perf_counter()
    events, stories, _ = storyweave_links(texts)
    seconds = time.perf_counter() - started
    pairs = [(row["text1"], row["text2"]) for row in rows]
    ratings = [float(row["Overall"]) for row in rows]
    crossing = [row["lang1"] != row["lang2"] for row in rows]
    same_event = [float(events[a] is not None and events[a] == events[b]) for a, b in pairs]
    same_story = [float(stories[a] is not None and stories[a] == stories[b]) for a, b in pairs]
    cosines = tfidf_cosines(texts, pairs)
    # the baseline's best threshold, chosen on the ratings themselves: pairs rated below 1.75 as "the same"
    gold_same = [r < 1.75 for r in ratings]
    best = max((sum((c >= t) == g for c, g in zip(cosines, gold_same)), t) for t in [i / 100 for i in range(5, 80)])
    tfidf_same = [float(c >= best[1]) for c in cosines]

    print(f"{len(rows)} pairs ({sum(crossing)} across languages), {len(texts)} distinct texts, grouped in {seconds:.1f} s")
    print(f"{'rating':34} {'scope':6} {'pairs':>5} {'same event':>10} {'same story':>10} {'TF-IDF≥' + format(best[1], '.2f'):>12}")
    for low, high, label in BUCKETS:
        for scope, keep in (("mono", False), ("cross", True)):
            chosen = [i for i, r in enumerate(ratings) if low <= r < high and crossing[i] == keep]
            if not chosen:
                continue
            share = lambda values: sum(values[i] for i in chosen) / len(chosen)  # noqa: E731
            print(f"{label:34} {scope:6} {len(chosen):5d} {share(same_event):10.3f} {share(same_story):10.3f} {share(tfidf_same):12.3f}")
    by_scope = defaultdict(list)
    for i, cross in enumerate(crossing):
        by_scope["all"].append(i)
        by_scope["cross" if cross else "mono"].append(i)
    for scope, chosen in by_scope.items():
        r = [ratings[i] for i in chosen]
        linked = [same_event[i] + same_story[i] for i in chosen]  # 2 one event, 1 one story, 0 apart
        print(f"correlation with the rating ({scope}, {len(chosen)} pairs): storyweave event/story links "
              f"{pearson(linked, r):+.3f}, TF-IDF cosine {pearson([cosines[i] for i in chosen], r):+.3f}, "
              f"TF-IDF at its best threshold {pearson([tfidf_same[i] for i in chosen], r):+.3f}")


if __name__ == "__main__":
    main()
