"""Identity and versions: an article with a URL is known by it, a changed text there is a new
version of the same article, and databases from before versions migrate.

The events, places and people below are invented for these tests."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from consistency import check_consistent

from storyweave.errors import StoryweaveError
from storyweave.pipeline import export_database, ingest
from storyweave.settings import Settings
from storyweave.store import Store
from storyweave.store.sqlite import SCHEMA_VERSION

TRAM = ("The first trams ran on the new Kelmora river line on Saturday, four years after construction began.\n"
        "Mayor Odile Straand cut a ribbon at Harbour Square before riding to the university terminus.")
TRAM_CORRECTED = TRAM + "\nCorrection: an earlier version of this report gave the wrong terminus."
TRAM_OTHER_OUTLET = ("Kelmora's river line carried its first passengers on Saturday after four years of works.\n"
                     "Mayor Odile Straand opened the line at Harbour Square and rode the first tram to the university.")
HERRING = ("Fishermen in Dovrek harbour landed the season's first herring catch on Thursday, two weeks later than usual.\n"
           "The cooperative said prices opened at four crowns a kilo.")
URL = "https://kelmora-post.example/news/tram-opens"


def jsonl(path: Path, *records: dict) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def run(store: Store, *paths: Path):
    return ingest(list(paths), store, Settings())


def test_the_same_url_with_tracking_parameters_and_the_same_text_is_stored_once(tmp_path: Path) -> None:
    first = jsonl(tmp_path / "a.jsonl", {"id": "p1", "text": TRAM, "url": URL + "?utm_source=feed"})
    second = jsonl(tmp_path / "b.jsonl", {"id": "p2", "text": TRAM, "url": "http://www.kelmora-post.example/news/tram-opens/#top"})
    with Store(tmp_path / "s.db") as store:
        assert len(run(store, first).added) == 1
        report = run(store, second)
        assert report.added == [] and report.already_stored == ["p2"]
        data = store.export()
    [article] = data["articles"]
    assert article["url"] == URL and article["input"] == "p1" and [v["version"] for v in article["versions"]] == [1]


def test_a_changed_text_at_the_same_url_is_a_new_version_of_the_same_article(tmp_path: Path) -> None:
    first = jsonl(tmp_path / "a.jsonl", {"id": "p1", "title": "Kelmora trams run", "text": TRAM, "url": URL},
                  {"id": "o1", "text": TRAM_OTHER_OUTLET, "url": "https://kelmora-gazette.example/trams"})
    second = jsonl(tmp_path / "b.jsonl", {"id": "p1-corrected", "title": "Kelmora trams run (corrected)", "text": TRAM_CORRECTED,
                                          "url": URL + "?utm_campaign=fix"})
    with Store(tmp_path / "s.db") as store:
        run(store, first)
        before = {a["input"]: a for a in store.export()["articles"]}
        report = run(store, second)
        assert report.added == [before["p1"]["id"]]  # the same article id
        data = store.export()
        again = run(store, first, second)
        assert again.added == [] and sorted(again.already_stored) == ["o1", "p1", "p1-corrected"]
        assert store.export() == data
    articles = {a["url"]: a for a in data["articles"]}
    assert len(data["articles"]) == 2
    tram = articles[URL]
    assert tram["id"] == before["p1"]["id"] and tram["input"] == "p1-corrected" and tram["title"] == "Kelmora trams run (corrected)"
    assert [(v["version"], v["input"]) for v in tram["versions"]] == [(1, "p1"), (2, "p1-corrected")]
    assert tram["versions"][0]["content_hash"] != tram["versions"][1]["content_hash"]
    assert all(v["seen"].endswith("Z") for v in tram["versions"])
    # the latest version is what is grouped: still with the other outlet's report of the opening
    assert tram["event"] == articles["https://kelmora-gazette.example/trams"]["event"]
    check_consistent(data)


def test_versions_in_one_file_keep_their_order_and_the_last_is_shown(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "a.jsonl", {"text": TRAM, "url": URL}, {"text": HERRING}, {"text": TRAM_CORRECTED, "url": URL})
    with Store(tmp_path / "s.db") as store:
        report = run(store, path)
        data = store.export()
    assert len(report.added) == 2
    tram = next(a for a in data["articles"] if a["url"] == URL)
    assert [(v["version"], v["input"]) for v in tram["versions"]] == [(1, "a.jsonl:1"), (2, "a.jsonl:3")]
    assert tram["input"] == "a.jsonl:3"


def test_a_new_version_about_something_else_leaves_its_old_event(tmp_path: Path) -> None:
    old = jsonl(tmp_path / "a.jsonl", {"id": "x", "text": TRAM, "url": URL})
    new = jsonl(tmp_path / "b.jsonl", {"id": "x2", "text": HERRING, "url": URL})  # the page was reused for another story
    with Store(tmp_path / "s.db") as store:
        run(store, old)
        old_event = store.export()["articles"][0]["event"]
        run(store, new)
        data = store.export()
    [article] = data["articles"]
    assert article["event"] != old_event and old_event not in {e["id"] for e in data["events"]}
    assert article["title"].startswith("Fishermen in Dovrek")
    check_consistent(data)


def test_a_new_version_that_leaves_does_not_take_its_old_event_id_from_the_articles_still_there(tmp_path: Path) -> None:
    old = jsonl(tmp_path / "a.jsonl", {"id": "x", "text": TRAM, "url": URL},
                {"id": "y", "text": TRAM_OTHER_OUTLET, "url": "https://kelmora-gazette.example/trams"})
    new = jsonl(tmp_path / "b.jsonl", {"id": "x2", "text": HERRING, "url": URL})
    with Store(tmp_path / "s.db") as store:
        run(store, old)
        first = {a["input"]: a["event"] for a in store.export()["articles"]}
        assert first["x"] == first["y"]
        run(store, new)
        data = store.export()
    events = {a["input"]: a["event"] for a in data["articles"]}
    assert events["y"] == first["y"] and events["x2"] != events["y"]
    assert [e["articles"] for e in data["events"] if e["id"] == events["y"]] == [[a["id"] for a in data["articles"] if a["input"] == "y"]]
    check_consistent(data)


def test_ids_are_stable_across_databases(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "a.jsonl", {"text": TRAM, "url": URL}, {"text": HERRING})
    exports = []
    for name in ("one.db", "two.db"):
        with Store(tmp_path / name) as store:
            run(store, path)
            exports.append(store.export())
    ids = [[(a["id"], a["event"]) for a in e["articles"]] for e in exports]
    assert ids[0] == ids[1]


def _downgrade_to_version_1(db: Path) -> None:
    """The shape a database had before versions: no url column, no versions, nothing staged."""
    con = sqlite3.connect(db)
    con.executescript(
        "DROP TABLE line_counts; DROP TABLE document_lines; DROP TABLE line_documents;"  # schema 4's line counts, 3's line index
        "DROP INDEX articles_url; ALTER TABLE articles DROP COLUMN url; DROP TABLE article_versions; DROP TABLE pending_articles;"
        "UPDATE meta SET value = '1' WHERE key = 'schema_version';"
    )
    con.close()


def test_a_database_from_before_versions_migrates_and_keeps_its_articles(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    text_file = tmp_path / "in" / "herring.txt"
    text_file.parent.mkdir()
    text_file.write_text("Dovrek herring season opens late\n" + HERRING)
    with Store(db) as store:
        run(store, text_file.parent)
        before = store.export()
    _downgrade_to_version_1(db)

    data = export_database(db)  # opening migrates
    assert [a["id"] for a in data["articles"]] == [a["id"] for a in before["articles"]]
    assert data["articles"][0]["versions"] == [{"version": 1, "content_hash": before["articles"][0]["versions"][0]["content_hash"],
                                                "input": "herring.txt", "seen": None}]
    assert sqlite3.connect(db).execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
    with Store(db) as store:
        assert run(store, text_file.parent).already_stored == ["herring.txt"]
        assert len(run(store, jsonl(tmp_path / "t.jsonl", {"text": TRAM, "url": URL})).added) == 1
        check_consistent(store.export())


def test_a_database_from_a_newer_storyweave_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    Store(db).close()
    con = sqlite3.connect(db)
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    con.commit()
    con.close()
    with pytest.raises(StoryweaveError, match=f"schema version {SCHEMA_VERSION + 1}, this storyweave reads {SCHEMA_VERSION}"):
        Store(db)


def test_a_newer_version_replaces_one_an_interrupted_ingest_left_staged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from storyweave.group import Grouping

    db = tmp_path / "s.db"
    with Store(db) as store:
        run(store, jsonl(tmp_path / "v1.jsonl", {"id": "v1", "text": TRAM, "url": URL}))

        def interrupted(self, *args):
            raise KeyboardInterrupt

        monkeypatch.setattr(Grouping, "finish", interrupted)
        with pytest.raises(KeyboardInterrupt):
            run(store, jsonl(tmp_path / "v2.jsonl", {"id": "v2", "text": TRAM_CORRECTED, "url": URL}))
        monkeypatch.undo()
        run(store, jsonl(tmp_path / "v3.jsonl", {"id": "v3", "text": TRAM_OTHER_OUTLET, "url": URL}))
        data = store.export()
    [article] = data["articles"]
    assert article["input"] == "v3" and [(v["version"], v["input"]) for v in article["versions"]] == [(1, "v1"), (2, "v2"), (3, "v3")]
    assert article["title"].startswith("Kelmora's river line")
    check_consistent(data)
