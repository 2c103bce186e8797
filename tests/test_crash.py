"""Crash safety with real processes: `storyweave run` killed with SIGKILL at random moments, then
run again, ends with exactly the export of an uninterrupted run; and two writers at once both
finish with every article stored once.

What is compared: the whole export (articles with their analysis, events with members, reasons
and summaries, stories) except `versions[].seen`, the wall-clock time a text was first ingested.
The events can be compared exactly because grouping only happens once everything is analysed and
staged, in the same order whether or not earlier runs were interrupted."""

from __future__ import annotations

import fcntl
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from consistency import check_consistent, without_seen
from corpus import write_corpus
from processes import gone_in_time, live_in_group

from storyweave.pipeline import export_database

COMMAND = [sys.executable, "-m", "storyweave.cli", "run", "--quiet", "--show", "1", "--set", "commit_batch_size=20"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    assert write_corpus(folder, occurrences=60) >= 250
    return folder


def _as_a_foreground_command() -> None:
    # a test run started as a background job inherits SIGINT ignored; a user's Ctrl-C reaches a
    # foreground command, so the child gets the default disposition back
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start(corpus: Path, db: Path, *extra: str) -> subprocess.Popen:
    # a session of its own, so the kill reaches the extraction workers too
    return subprocess.Popen([*COMMAND, *extra, str(corpus), "--db", str(db)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True, text=True, preexec_fn=_as_a_foreground_command)


def export(db: Path) -> dict:
    return without_seen(export_database(db))


def staged_count(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return con.execute("SELECT COUNT(*) FROM pending_articles").fetchone()[0]
        finally:
            con.close()
    except sqlite3.OperationalError:  # not created yet
        return 0


def kill(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait()
    process.stderr.close()


@pytest.fixture(scope="module")
def uninterrupted(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, float]:
    """The export of a run nothing stopped, and how long that run took."""
    db = tmp_path_factory.mktemp("whole") / "whole.db"
    began = time.monotonic()
    whole = start(corpus, db)
    assert whole.wait() == 0, whole.stderr.read()
    whole.stderr.close()
    duration = time.monotonic() - began
    expected = export(db)
    assert len(expected["articles"]) >= 200  # enough for the extraction workers to start
    return expected, duration


def wait_until_staged(process: subprocess.Popen, db: Path) -> None:
    deadline = time.monotonic() + 120
    while staged_count(db) == 0 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)


def test_killed_runs_run_again_end_as_an_uninterrupted_run(corpus: Path, uninterrupted: tuple[dict, float], tmp_path: Path) -> None:
    expected, duration = uninterrupted

    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    db = tmp_path / "killed.db"
    notes = []
    # first kill while batches are being staged, then at random moments of a run's length
    process = start(corpus, db)
    wait_until_staged(process, db)
    kill(process)
    notes.append(f"killed with {staged_count(db)} staged")
    for _ in range(3):
        process = start(corpus, db)
        moment = rng.uniform(0.1, duration)
        time.sleep(moment)
        finished = process.poll() is not None
        kill(process)
        notes.append(f"killed at {moment:.2f}s of {duration:.2f}s" + (" (had finished)" if finished else f", {staged_count(db)} staged"))
        if db.exists():
            check_consistent(export(db))  # whatever the moment, what is visible is consistent
    final = start(corpus, db)
    assert final.wait() == 0, final.stderr.read()
    final.stderr.close()

    got = export(db)
    context = f"seed {seed}: " + "; ".join(notes)
    assert [a["id"] for a in got["articles"]] == [a["id"] for a in expected["articles"]], context
    assert got == expected, context
    assert staged_count(db) == 0


def test_ctrl_c_says_what_is_kept_and_the_same_command_finishes(corpus: Path, uninterrupted: tuple[dict, float], tmp_path: Path) -> None:
    db = tmp_path / "stopped.db"
    # one process analyses more slowly than a pool, so the interrupt lands between the first
    # committed batch and the end of the run even on an idle machine
    process = start(corpus, db, "--set", "workers=1")
    wait_until_staged(process, db)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert "interrupted; committed batches are kept: the same command again finishes the work" in " ".join(stderr.split())
    assert staged_count(db) > 0
    note = subprocess.run([sys.executable, "-m", "storyweave.cli", "export", "--db", str(db)], capture_output=True, text=True)
    assert note.returncode == 0 and json.loads(note.stdout)["articles"] == []
    assert f"note: {staged_count(db)} analysed articles are not grouped yet" in " ".join(note.stderr.split())
    final = start(corpus, db)
    assert final.wait() == 0, final.stderr.read()
    final.stderr.close()
    assert export(db) == uninterrupted[0]


def test_ctrl_c_during_the_workers_analysis_stops_every_process(corpus: Path, tmp_path: Path) -> None:
    """A terminal's Ctrl-C reaches the whole foreground group: the run, the workers' parent and the
    workers. The run says what is kept, and no process of it is left behind."""
    db = tmp_path / "stopped.db"
    process = start(corpus, db, "--set", "workers=2")
    wait_until_staged(process, db)
    os.killpg(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert "interrupted; committed batches are kept" in " ".join(stderr.split())
    gone_in_time(live_in_group(process.pid))


def _first_line_with(process: subprocess.Popen, text: str) -> bool:
    """Read the process's stderr until a line holds `text` (True) or the stream ends (False)."""
    assert process.stderr is not None
    for line in process.stderr:
        if text in " ".join(line.split()):
            return True
    return False


def test_two_writers_at_once_both_finish_and_store_everything_once(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "shared.db"
    # a third writer holds the database while both start, so both must wait whatever the timing
    # (two quick runs need not overlap on their own); it lets go once both have said they wait
    with open(f"{db}.lock", "a+b") as holder:
        fcntl.flock(holder, fcntl.LOCK_EX)
        first = subprocess.Popen([*COMMAND, str(corpus / "reports"), "--db", str(db)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        second = subprocess.Popen([*COMMAND, str(corpus / "export.jsonl"), "--db", str(db)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        said = [_first_line_with(process, "waiting: another storyweave is writing to") for process in (first, second)]
        fcntl.flock(holder, fcntl.LOCK_UN)
    errors = [p.communicate()[1] for p in (first, second)]
    assert first.returncode == 0 and second.returncode == 0, errors
    assert all(said), (said, errors)

    alone = tmp_path / "alone.db"
    subprocess.run([*COMMAND, str(corpus), "--db", str(alone)], check=True, capture_output=True)
    together, expected = export(db), export(alone)
    check_consistent(together)
    # which writer went first decides how the events formed, so the grouping may differ
    assert sorted(a["id"] for a in together["articles"]) == sorted(a["id"] for a in expected["articles"])
    assert sorted(v["content_hash"] for a in together["articles"] for v in a["versions"]) == sorted(
        v["content_hash"] for a in expected["articles"] for v in a["versions"])
