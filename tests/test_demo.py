"""The bundled demo corpus (original fiction, examples/demo) against its EXPECTED.json."""

from __future__ import annotations

import json

import pytest

from storyweave.evaluate.metrics import bcubed
from storyweave.pipeline import ingest
from storyweave.settings import Settings
from storyweave.store import Store


@pytest.fixture(scope="module")
def demo(demo_dir):
    expected = json.loads((demo_dir / "EXPECTED.json").read_text(encoding="utf-8"))
    with Store(":memory:") as store:
        ingest([demo_dir], store, Settings())
        exported = store.export()
    return expected, exported, {a["input"]: a for a in exported["articles"]}


def test_every_expected_article_is_ingested(demo):
    expected, exported, by_input = demo
    assert sorted(by_input) == sorted(p for event in expected["events"] for p in event)


def test_events_match_expected(demo):
    expected, exported, by_input = demo
    gold = {p: i for i, event in enumerate(expected["events"]) for p in event}
    scores = bcubed([by_input[p]["event"] for p in gold], list(gold.values()))
    # measured P 0.892 R 0.910 F1 0.901 (the German June report now reads its "18.06.2025" date
    # line and joins the English wire). Known misses: the undated June-cut report (it names both
    # the new 4.00% and April's 4.50%) joins the April event, and the undated 2021 Harbor Ledger
    # copy joins April 2025 through a reused quote. The second pass for singletons (which took
    # NewsWCL50 from 0.967 to 1.000 and ECB+ from 0.846 to 0.863) moved precision here from 0.942.
    assert scores.precision >= 0.88 and scores.f1 >= 0.89


def test_wire_copy_and_machine_translation_join_their_originals(demo):
    _, _, by_input = demo
    wire = by_input["central-bank/march-hold-npa.txt"], by_input["central-bank/march-hold-harborledger-wirecopy.txt"]
    assert wire[0]["event"] == wire[1]["event"]
    assert any(a["duplicate_of"] for a in wire)
    translated = by_input["port-strike/strike-begins-machine-translated.txt"]
    assert translated["event"] == by_input["port-strike/strike-begins-dailymeridian.txt"]["event"]


def test_rate_decisions_on_different_days_are_different_events(demo):
    _, _, by_input = demo
    decisions = {by_input[p]["event"] for p in (
        "central-bank/march-hold-npa.txt", "central-bank/april-hike-dailymeridian.txt", "central-bank/june-cut-npa.txt")}
    assert len(decisions) == 3
    lookalike = by_input["lookalike-2021/korsvik-hike-npa.txt"]["event"]
    assert lookalike not in decisions


def test_header_dates_and_outlets(demo):
    _, _, by_input = demo
    article = by_input["central-bank/april-hike-dailymeridian.txt"]
    assert article["published"] == "2025-04-16T12:10:00" and article["published_from"] == "header"
    assert article["outlet"] == "Daily Meridian"
    assert by_input["flood/aid-package-ostravalleyherald.txt"]["outlet"] == "Ostra Valley Herald"


def test_stories_match_expected(demo):
    expected, exported, by_input = demo
    gold = {p: story for story, events in enumerate(expected["stories"]) for e in events for p in expected["events"][e]}
    story_of_event = {e["id"]: e["story"] for e in exported["events"]}
    scores = bcubed([story_of_event[by_input[p]["event"]] for p in gold], list(gold.values()))
    # measured P 0.931 R 0.962 F1 0.946: the June cut (63 days after April's hike) chains into the
    # central bank's story; the 2021 look-alike's "Sept 22" report stays out of it (no year could bring
    # that day within the window), but its undated copy sits in April's event, so in that story
    assert scores.precision >= 0.92 and scores.recall >= 0.95 and scores.f1 >= 0.94


def test_each_event_has_one_title_in_the_export_its_brief_and_its_timeline(demo_dir, tmp_path):
    from storyweave.pipeline import export_database, ingest_paths

    db = tmp_path / "demo.db"
    ingest_paths([demo_dir], db, Settings())
    exported = export_database(db)
    titles = {e["id"]: e["title"] for e in exported["events"]}
    assert all(e["brief"]["title"] == e["title"] for e in exported["events"])
    assert all(entry["title"] == titles[entry["event"]] for s in exported["stories"] for entry in s["timeline"])
