"""What the setting entity_model costs: CPU milliseconds per article of `analyse` with the built-in
entity rules and with a spaCy pipeline's NER, on the same real texts from ../shared/data.

No trained spaCy model can be installed here (none is on PyPI), so the pipelines are built on the
spot: a blank English pipeline with an entity ruler holding a handful of patterns (spaCy's own
floor: tokenising and matching), and one holding every place name of the gazetteer (tens of
thousands of phrase patterns, as a real ruler would). Each is saved to a folder and loaded
through the setting, as a user's pipeline is.

    python bench/spacy_entities.py [--articles 300] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data"


def texts(count: int) -> list[str]:
    found = []
    for path in [DATA / "ecbplus/dev.jsonl", DATA / "newswcl50/docs.jsonl"]:
        found += [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    return [t for t in found if len(t) > 200][:count]


def build_pipelines(folder: Path) -> dict[str, Path]:
    import spacy

    from storyweave.extract.gazetteer import places

    small = spacy.blank("en")
    small.add_pipe("entity_ruler").add_patterns(
        [{"label": "GPE", "pattern": "U.S."}, {"label": "PERSON", "pattern": [{"LOWER": "barack"}, {"LOWER": "obama"}]},
         {"label": "ORG", "pattern": "NATO"}, {"label": "NORP", "pattern": "Israeli"}]
    )
    gazetteer = spacy.blank("en")
    names = sorted({name for name in places().values() if name.isascii() and len(name) > 2})
    start = time.perf_counter()
    gazetteer.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"}).add_patterns(
        [{"label": "GPE", "pattern": name} for name in names]
    )
    print(f"gazetteer ruler: {len(names)} place patterns added in {time.perf_counter() - start:.1f} s")
    paths = {"blank + 4-pattern ruler": folder / "small", f"blank + {len(names)}-pattern ruler": folder / "gazetteer"}
    small.to_disk(paths["blank + 4-pattern ruler"])
    gazetteer.to_disk(paths[f"blank + {len(names)}-pattern ruler"])
    return paths


def cost(articles: list[str], entity_model: str, rounds: int) -> tuple[float, float]:
    """(seconds to load the entity model, best CPU ms per article of `analyse`)."""
    from storyweave.clean import clean_document
    from storyweave.extract import analyse, load_entity_model, warm_up
    from storyweave.model import RawDocument

    warm_up()
    start = time.perf_counter()
    load_entity_model(entity_model)
    loading = time.perf_counter() - start
    cleaned = [(raw, clean_document(raw)) for raw in (RawDocument(f"{i}.txt", f"{i}.txt", t) for i, t in enumerate(articles))]
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for raw, clean in cleaned:
            analyse(raw, clean, entity_model)
        best = min(best, time.process_time() - start)
    return loading, 1000 * best / len(cleaned)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    options = parser.parse_args()
    sys.path.insert(0, str(REPO))
    articles = texts(options.articles)
    words = sum(len(t.split()) for t in articles) / len(articles)
    print(f"{len(articles)} articles of ECB+ dev and NewsWCL50, {words:.0f} words on average; analyse, best of {options.rounds}")
    _, rules = cost(articles, "", options.rounds)
    print(f"{'built-in rules (entity_model empty)':38} {rules:7.2f} ms/article")
    with tempfile.TemporaryDirectory() as tmp:
        for name, path in build_pipelines(Path(tmp)).items():
            loading, spacy_ms = cost(articles, str(path), options.rounds)
            print(f"{name:38} {spacy_ms:7.2f} ms/article ({spacy_ms / rules:.2f}× the rules; loaded in {loading:.2f} s)")


if __name__ == "__main__":
    main()
