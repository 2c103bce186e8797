"""Issue 3's acceptance on the real seed articles: speakers, figures and entities."""

from __future__ import annotations

import pytest

from storyweave.clean import clean_document
from storyweave.extract import analyse
from storyweave.ingest import ReadOptions, read_inputs
from storyweave.model import RawDocument


@pytest.fixture(scope="module")
def seeds(seeds_dir):
    docs = [d for d in read_inputs([seeds_dir], ReadOptions()) if isinstance(d, RawDocument)]
    return {d.input[:3]: analyse(d, clean_document(d)) for d in docs}


def _quote(article, start):
    found = [q for q in article.quotes if q.text.startswith(start)]
    assert found, [q.text for q in article.quotes]
    return found[0]


def test_quotes_and_speakers(seeds):
    quote = _quote(seeds["001"], "We will not withdraw our forces from the Gaza Strip")
    assert quote.speaker == "Benjamin Netanyahu" and quote.direct
    quote = _quote(seeds["003"], "The day after is the day after Hamas. All of Hamas.")
    assert quote.speaker == "Benjamin Netanyahu" and quote.direct
    quote = _quote(seeds["004"], "We aren’t standing with a stopwatch")
    assert quote.speaker == "Benjamin Netanyahu" and quote.direct


def test_indirect_speech_is_marked(seeds):
    indirect = [q for q in seeds["000"].quotes if not q.direct]
    assert any(q.text.startswith("his government will not release Palestinian prisoners") for q in indirect)


def _figures(article):
    return {(f.value, f.verb) for f in article.figures}


def test_figures(seeds):
    assert {(26751.0, "killed"), (65636.0, "injured")} <= _figures(seeds["001"])
    assert {(1200.0, "killed"), (250.0, "kidnapped")} <= _figures(seeds["000"])
    assert next(f for f in seeds["000"].figures if f.value == 250.0).approx
    assert {(215.0, "killed"), (61.0, "killed"), (36.0, "killed")} <= _figures(seeds["004"])
    children = next(f for f in seeds["004"].figures if f.value == 61.0)
    assert children.counts == "children"
    thousands = next(f for f in seeds["001"].figures if f.counts == "prisoners")
    assert thousands.approx  # "thousands of Palestinian prisoners" is no exact number


def test_canonical_entities_across_the_first_story(seeds):
    canonical = {m.canonical for key in ("000", "001", "002", "003") for m in seeds[key].entities}
    assert {"Benjamin Netanyahu", "Hamas", "Gaza Strip", "Qatar", "Egypt", "Paris"} <= canonical
    people = {m.canonical for m in seeds["001"].entities if m.kind == "person"}
    assert "Benjamin Netanyahu" in people and "Netanyahu" not in people  # the surname merges into the full name
    places = {m.canonical for m in seeds["004"].entities if m.kind == "place"}
    assert {"Tel Aviv", "Israel", "Lebanon"} <= places
