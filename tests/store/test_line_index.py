"""The line index decides repeated lines as `find_repeated_lines` does over every stored and new
text, without those texts in memory; it follows the stored texts through versions, interrupted
ingests and the schema upgrade; and an ingest streams: `add` reads no stored text, documents
come back in the deterministic order, and the workers run only a bounded window ahead.

The towns and events below are invented for these tests."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from consistency import without_seen
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyweave import pipeline
from storyweave.clean.repeated import document_lines, find_repeated_lines, line_key, may_repeat
from storyweave.extract import content_hash
from storyweave.model import RawDocument
from storyweave.pipeline import export_database, ingest, ingest_paths
from storyweave.settings import Settings
from storyweave.store import Store
from storyweave.store.lines import index_texts

# a small vocabulary of lines, so that texts share some: boilerplate, wire passages, unique lines
LINES = ["- Advertisement -", "Share this article", "Read more:", "The Velden Courier", "Please enter your comment!",
         "The council met on Tuesday.", "Rain is expected again tomorrow.", "Dockworkers walked off the job at Ostrin.",
         "The mayor said the bridge would stay closed.", "Floodwater cut off three villages near Brunsee.",
         "A spokesman said no one was hurt.", " ".join(["a long line of more than twenty-five words"] * 5)]
text = st.lists(st.sampled_from(LINES) | st.sampled_from(LINES).map(str.upper) | st.integers(0, 40).map(lambda n: f"Unique line {n}."),
                min_size=1, max_size=8).map("\n".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stored=st.lists(text, max_size=12), new=st.lists(text, min_size=1, max_size=12), min_docs=st.integers(1, 4))
def test_the_index_decides_as_the_rule_over_every_text_in_memory(stored: list[str], new: list[str], min_docs: int) -> None:
    with Store(":memory:") as store, store.incoming() as incoming:
        with incoming.batch():
            index_texts(store.db, [(str(i), t) for i, t in enumerate(stored)])
            for index, body in enumerate(new):
                incoming.add(RawDocument(f"n{index}", f"n{index}", body), f"h{index}", f"a{index}")
        got = incoming.repeated_lines(min_docs)
    asked = {line for body in new for line in document_lines(body) if may_repeat(line)}
    assert got == find_repeated_lines(stored + new, min_docs) & asked


def _index_by_hash(db: sqlite3.Connection) -> dict[str, set[int]]:
    index: dict[str, set[int]] = {}
    counts: dict[str, int] = {}
    for hash_, count, line in db.execute(
        "SELECT d.content_hash, d.lines, l.line FROM line_documents d LEFT JOIN document_lines l ON l.doc = d.doc"
    ):
        index.setdefault(hash_, set()).add(line)
        counts[hash_] = count
    assert counts == {hash_: len(lines) for hash_, lines in index.items()}
    return index


def assert_index_covers_the_current_texts(db: sqlite3.Connection) -> None:
    texts = db.execute("SELECT content_hash, raw_text FROM articles UNION ALL SELECT content_hash, raw_text FROM pending_articles")
    expected = {hash_: document_lines(raw) for hash_, raw in texts}
    assert _index_by_hash(db) == {hash_: {line_key(line) for line in lines} for hash_, lines in expected.items()}
    # the per-line counts: carriers and their line counts summed, no line without a carrier
    counts: dict[int, list[int]] = {}
    for lines in expected.values():
        for key in {line_key(line) for line in lines}:
            counts.setdefault(key, [0, 0])
            counts[key][0] += 1
            counts[key][1] += len(lines)
    assert {line: [docs, carried] for line, docs, carried in db.execute("SELECT line, docs, carried FROM line_counts")} == counts


def _jsonl(path: Path, *records: dict) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


REPORT = "Fire destroyed a timber warehouse in {town} on Friday, the fire brigade said.\nThe Velden Courier\n- Advertisement -\n"
TOWNS = ["Varnholm", "Kestrelport", "Brunsee", "Aldmoor"]


def test_the_index_follows_new_versions_within_and_across_ingests_and_interruptions(tmp_path: Path, monkeypatch) -> None:
    from storyweave.group import Grouping

    url = "https://velden-courier.example/fire/{}"
    records = [{"id": f"r{i}", "text": REPORT.format(town=t), "url": url.format(i)} for i, t in enumerate(TOWNS)]
    # within one ingest, r0 is superseded by a corrected text at the same URL
    records.append({"id": "r0-fixed", "text": REPORT.format(town="Varnholm") + "Corrected.\n", "url": url.format(0)})
    with Store(tmp_path / "s.db") as store:
        ingest([_jsonl(tmp_path / "a.jsonl", *records)], store, Settings())
        assert_index_covers_the_current_texts(store.db)
        ingest([_jsonl(tmp_path / "b.jsonl", {"id": "r1-v2", "text": REPORT.format(town="Kestrelport") + "Updated.\n",
                                                "url": url.format(1)})], store, Settings())
        assert_index_covers_the_current_texts(store.db)

        def interrupted(self, *args):
            raise KeyboardInterrupt

        later = _jsonl(tmp_path / "c.jsonl", {"id": "r2-v2", "text": REPORT.format(town="Brunsee") + "Updated.\n", "url": url.format(2)})
        monkeypatch.setattr(Grouping, "finish", interrupted)
        with pytest.raises(KeyboardInterrupt):
            ingest([later], store, Settings())
        monkeypatch.undo()
        assert store.staged_count() == 1
        assert_index_covers_the_current_texts(store.db)  # the staged text counts, its predecessor still too
        newest = _jsonl(tmp_path / "d.jsonl", {"id": "r2-v3", "text": REPORT.format(town="Brunsee") + "Updated twice.\n",
                                                 "url": url.format(2)})
        ingest([newest], store, Settings())  # replaces the staged version
        assert_index_covers_the_current_texts(store.db)
        assert store.staged_count() == 0


UNRELATED = [
    "Fire destroyed a timber warehouse in {town} on Friday.\nFirefighters fought the blaze through the night.\nThe cause is not yet known.",
    "The {town} council closed the old stone bridge.\nEngineers found cracked piers last week.\nA replacement will take three years.",
    "Dockworkers at {town} walked off the job.\nShips are waiting offshore.\nTalks over crane safety collapsed on Monday.",
    "Floodwater cut off villages near {town}.\nThe river was still rising on Sunday.\nRescue crews used boats to reach farms.",
    "The first trams ran on the new {town} line.\nThe line took four years to build.\nTickets are free until the end of the month.",
]
TIP_LINE = "Tips for the newsroom: call Velden 4471."


def _two_databases_and_a_later_text(tmp_path: Path) -> tuple[Path, Path, Path]:
    """Two databases of the same unrelated articles sharing a tip line, and a folder with one
    more such article to add: (expected, the one made old, the later folder)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for index, (town, body) in enumerate(zip(TOWNS, UNRELATED)):
        (folder / f"{index}.txt").write_text(body.format(town=town) + "\n" + TIP_LINE + "\n", encoding="utf-8")
    later = tmp_path / "later"
    later.mkdir()
    (later / "x.txt").write_text(UNRELATED[4].format(town="Tessingen") + "\n" + TIP_LINE + "\n", encoding="utf-8")

    expected_db, old_db = tmp_path / "expected.db", tmp_path / "old.db"
    for db in (expected_db, old_db):
        ingest_paths([folder], db, Settings())
    return expected_db, old_db, later


def test_a_database_from_before_the_index_is_indexed_when_opened_and_groups_the_same(tmp_path: Path) -> None:
    expected_db, old_db, later = _two_databases_and_a_later_text(tmp_path)
    con = sqlite3.connect(old_db)
    con.executescript(
        "DROP TABLE document_lines; DROP TABLE line_documents; DROP TABLE line_counts; UPDATE meta SET value = '2' WHERE key = 'schema_version';"
    )
    con.close()

    with Store(old_db) as store:
        assert_index_covers_the_current_texts(store.db)
    for db in (expected_db, old_db):
        report = ingest_paths([later], db, Settings())
        assert len(report.added) == 1
    assert without_seen(export_database(old_db)) == without_seen(export_database(expected_db))
    # the one new text carries the line once: only the stored texts make it boilerplate
    removed = json.loads(sqlite3.connect(old_db).execute("SELECT analysis FROM articles WHERE input = 'x.txt'").fetchone()[0])["removed"]
    assert {"text": TIP_LINE, "reason": "repeated across articles"} in removed


def test_a_database_from_before_the_line_counts_gets_them_when_opened_and_groups_the_same(tmp_path: Path) -> None:
    expected_db, old_db, later = _two_databases_and_a_later_text(tmp_path)
    con = sqlite3.connect(old_db)
    con.executescript("DROP TABLE line_counts; UPDATE meta SET value = '3' WHERE key = 'schema_version';")
    con.close()

    with Store(old_db) as store:
        assert store.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == "4"
        assert_index_covers_the_current_texts(store.db)
    for db in (expected_db, old_db):
        report = ingest_paths([later], db, Settings())
        assert len(report.added) == 1
        with Store(db) as store:
            assert_index_covers_the_current_texts(store.db)
    assert without_seen(export_database(old_db)) == without_seen(export_database(expected_db))
    removed = json.loads(sqlite3.connect(old_db).execute("SELECT analysis FROM articles WHERE input = 'x.txt'").fetchone()[0])["removed"]
    assert {"text": TIP_LINE, "reason": "repeated across articles"} in removed


def test_add_reads_no_stored_text(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    for folder, towns in ((first, TOWNS), (second, ["Tessingen", "Ravik"])):
        folder.mkdir()
        for town in towns:
            (folder / f"{town}.txt").write_text(REPORT.format(town=town), encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        ingest([first], store, Settings())
        statements: list[str] = []
        store.db.set_trace_callback(statements.append)
        report = ingest([second], store, Settings())
        store.db.set_trace_callback(None)
    assert len(report.added) == 2
    # (moving staged rows into `articles` is an INSERT … SELECT of the new texts only)
    assert not [s for s in statements if s.lstrip().upper().startswith("SELECT") and "raw_text" in s]
    assert [s for s in statements if "INSERT INTO pending_articles" in s]  # the trace saw the ingest's statements


@settings(max_examples=40, deadline=None)
@given(inputs=st.lists(st.text(st.characters(blacklist_categories=["Cs"]) | st.sampled_from(["\udc80", "\ud800"]), max_size=6),
                       min_size=1, max_size=12, unique=True))
def test_new_texts_come_back_sorted_as_python_sorts_them(inputs: list[str]) -> None:
    docs = [RawDocument(name, name, f"Report {index} from the harbour.") for index, name in enumerate(inputs)]
    with Store(":memory:") as store, store.incoming() as incoming:
        with incoming.batch():
            for index, doc in enumerate(docs):
                incoming.add(doc, content_hash(doc.text), f"a{index}")
        got = [doc.input for doc in incoming.in_order(page=3)]
    assert got == sorted(inputs)


def _pulled_before_the_first_result(ahead: int) -> int:
    pulled = 0

    def documents():
        nonlocal pulled
        for index in range(5000):
            pulled += 1
            yield RawDocument(f"{index}.txt", f"{index}.txt", f"Storm damage in Ravik\nA storm tore roofs off {index} houses on Monday.\n")

    analysed = pipeline.analyse_documents(documents(), 5000, frozenset(), workers=2, ahead=ahead)
    next(analysed)
    analysed.close()
    return pulled


def test_the_workers_run_a_bounded_window_ahead() -> None:
    window = (2 * pipeline.CHUNKS_AHEAD_PER_WORKER + 1) * pipeline.WORKER_CHUNK
    assert 0 < _pulled_before_the_first_result(0) <= window


def test_the_window_widens_by_what_the_caller_takes_at_once() -> None:
    # grouping takes 500 articles at a time: the workers must not sit idle meanwhile
    narrow = (2 * pipeline.CHUNKS_AHEAD_PER_WORKER + 1) * pipeline.WORKER_CHUNK
    assert narrow + 300 <= _pulled_before_the_first_result(300) <= narrow + 300 + pipeline.WORKER_CHUNK


def test_deciding_repeated_lines_reports_progress_over_the_candidate_lines(tmp_path: Path) -> None:
    for index, (town, body) in enumerate(zip(TOWNS, UNRELATED)):
        (tmp_path / f"{index}.txt").write_text(body.format(town=town) + "\n" + TIP_LINE + "\n", encoding="utf-8")
    calls: list[tuple[int, int]] = []
    with Store(":memory:") as store:
        ingest([tmp_path], store, Settings(), lambda stage, done, total: calls.append((done, total)) if stage == "repeated lines" else None)
    written = {line for path in tmp_path.glob("*.txt") for line in path.read_text(encoding="utf-8").splitlines()}
    assert calls[-1] == (len(written), len(written))  # every line of these texts is short, so a candidate
