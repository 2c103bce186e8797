"""Interrupted ingests, in process and at fixed points: after some batches were staged, and after
everything was staged but before grouping. Run again, they end as an uninterrupted run."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from consistency import check_consistent, without_seen
from corpus import write_corpus

from storyweave import pipeline
from storyweave.errors import StoryweaveError
from storyweave.group import Grouping
from storyweave.pipeline import export_database, ingest_paths, staged_not_grouped
from storyweave.settings import Settings
from storyweave.store import Store

SETTINGS = Settings(commit_batch_size=7, workers=1)


class Interrupted(Exception):
    pass


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, occurrences=12, seed=11)
    return folder


@pytest.fixture(scope="module")
def uninterrupted(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    db = tmp_path_factory.mktemp("whole") / "whole.db"
    ingest_paths([corpus], db, SETTINGS)
    return without_seen(export_database(db))


def interrupt(db: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch, owner: object, name: str, replacement: object) -> None:
    """Ingest with `owner.name` replaced by something that raises Interrupted part way."""
    monkeypatch.setattr(owner, name, replacement)
    with pytest.raises(Interrupted):
        ingest_paths([corpus], db, SETTINGS)
    monkeypatch.undo()


def test_interrupted_while_analysing(corpus: Path, uninterrupted: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    analyse = pipeline.analyse_documents

    def stops_after_twenty(*args, **kwargs):
        for index, item in enumerate(analyse(*args, **kwargs)):
            if index == 20:
                raise Interrupted
            yield item

    db = tmp_path / "s.db"
    interrupt(db, corpus, monkeypatch, pipeline, "analyse_documents", stops_after_twenty)
    assert export_database(db)["articles"] == []  # staged, not yet grouped: nothing half-grouped is visible
    report = ingest_paths([corpus], db, SETTINGS)
    assert len(report.added) == len(uninterrupted["articles"])
    assert without_seen(export_database(db)) == uninterrupted


def test_interrupted_before_grouping(corpus: Path, uninterrupted: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def stops(self, *args):
        raise Interrupted

    db = tmp_path / "s.db"
    interrupt(db, corpus, monkeypatch, Grouping, "finish", stops)
    report = ingest_paths([corpus], db, SETTINGS)
    # staged texts are grouped, not reported as old; only the earlier versions were stored before
    earlier = [v["input"] for a in uninterrupted["articles"] for v in a["versions"][:-1]]
    assert earlier and sorted(report.already_stored) == sorted(earlier)
    got = without_seen(export_database(db))
    assert got == uninterrupted
    check_consistent(got)
    assert ingest_paths([corpus], db, SETTINGS).added == []


def test_interrupted_while_the_stories_are_made_after_the_articles_events_were_handed_over(
    corpus: Path, uninterrupted: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The articles' events go to the writer before the stories are made: they are not stored
    unless the stories are too (one transaction), and the next run ends as an uninterrupted one."""
    handed_over: list[int] = []
    finish = Grouping.finish

    def stops_after_handing_over(self, events_final=None):
        def then_stops(result):
            events_final(result)
            handed_over.append(len(result.event_of))
            raise Interrupted

        return finish(self, then_stops)

    db = tmp_path / "s.db"
    interrupt(db, corpus, monkeypatch, Grouping, "finish", stops_after_handing_over)
    assert handed_over == [len(uninterrupted["articles"])]
    assert export_database(db)["articles"] == []
    assert staged_not_grouped(db) == len(uninterrupted["articles"])
    ingest_paths([corpus], db, Settings(commit_batch_size=7, workers=1))
    assert without_seen(export_database(db)) == uninterrupted


def test_a_database_error_while_writing_the_grouping_is_one_line_and_keeps_the_staged_work(
    corpus: Path, uninterrupted: dict, tmp_path: Path
) -> None:
    """The grouping is written on a connection of its own (in a thread, while grouping ends): a
    failure there is still one line, rolls back all of it, and the next run finishes the job."""
    db = tmp_path / "s.db"
    Store(db).close()
    with sqlite3.connect(db) as con:
        con.execute("CREATE TRIGGER refuse BEFORE UPDATE OF event_id ON articles BEGIN SELECT RAISE(ABORT, 'disk says no'); END")
    with pytest.raises(StoryweaveError) as failure:
        ingest_paths([corpus], db, SETTINGS)
    assert str(failure.value) == f"{db}: could not write (disk says no); nothing from this grouping was stored"
    assert export_database(db)["articles"] == []
    assert staged_not_grouped(db) == len(uninterrupted["articles"])
    with sqlite3.connect(db) as con:
        con.execute("DROP TRIGGER refuse")
    ingest_paths([corpus], db, SETTINGS)
    assert without_seen(export_database(db)) == uninterrupted
