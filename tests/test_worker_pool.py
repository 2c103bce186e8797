"""The extraction workers: forked from a process that loads the tables while the caller reads, they
analyse as the caller would have, in input order; a worker or the process they come from dying is
one clear error; and every process is gone when the analysis ends early. (What each process loads:
tests/extract/test_warm_up.py.) The reports below are invented for these tests."""

from __future__ import annotations

import os

import pytest
from processes import alive, children_of, gone_in_time

from storyweave.errors import StoryweaveError
from storyweave.model import RawDocument
from storyweave.pipeline import workers

TOWNS = ["Ravik", "Ostrin", "Velden", "Marrow Bay", "Kestel", "Dunmore", "Halsey", "Tarn"]


def reports(count: int) -> list[RawDocument]:
    docs = []
    for index in range(count):
        town = TOWNS[index % len(TOWNS)]
        text = (f"Storm damage in {town}\n"
                f"{town.upper()}, March 3 (Reuters) - A storm tore the roofs off {index + 12} houses in {town} on Monday, "
                f"Mayor Lena Brandt said. \"We have never seen wind like this,\" Brandt told reporters.\n")
        docs.append(RawDocument(f"{index:04d}.txt", f"{index:04d}.txt", text))
    return docs


def test_the_workers_analyse_as_the_caller_would_in_input_order() -> None:
    docs = reports(workers.PARALLEL_FROM + 40)
    parallel = list(workers.analyse_documents(iter(docs), len(docs), frozenset(), workers=2))
    alone = list(workers.analyse_documents(iter(docs), len(docs), frozenset(), workers=1))
    assert [raw.input for raw, _ in parallel] == [doc.input for doc in docs]
    for (_, (staged, features)), (_, (staged_alone, features_alone)) in zip(parallel, alone):
        assert staged == staged_alone
        assert features == features_alone
        assert staged.raw_text.startswith("Storm damage in")  # (sent back empty, restored from the caller's copy)


def test_a_worker_that_dies_is_one_clear_error_and_no_process_is_left(monkeypatch: pytest.MonkeyPatch,
                                                                      capfd: pytest.CaptureFixture[str]) -> None:
    analyse = workers._analyse_chunk

    def dies_on_the_third_chunk(raws: list[RawDocument]) -> list:
        if raws[0].input == f"{2 * workers.WORKER_CHUNK:04d}.txt":
            os._exit(3)  # (as the kernel's out-of-memory killer would end it)
        return analyse(raws)

    monkeypatch.setattr(workers, "_analyse_chunk", dies_on_the_third_chunk)  # inherited by the forked workers
    docs = reports(workers.PARALLEL_FROM + 40)
    before = children_of(os.getpid())
    analysed = workers.analyse_documents(iter(docs), len(docs), frozenset(), workers=2)
    with pytest.raises(StoryweaveError, match=r"^the analysis workers failed \(BrokenProcessPool"):
        for _ in analysed:
            pass
    assert children_of(os.getpid()) == before
    assert "Traceback" not in capfd.readouterr().err  # (one line is the caller's to print, nothing from the processes)


def test_the_workers_parent_killed_is_one_clear_error() -> None:
    docs = reports(workers.PARALLEL_FROM + 40)
    pool = workers.WorkerPool(2)
    analysed = workers.analyse_documents(iter(docs), len(docs), frozenset(), workers=2, pool=pool)
    next(analysed)
    forked = children_of(pool._process.pid)
    pool._process.kill()
    with pytest.raises(StoryweaveError, match=r"^the analysis workers stopped \(exit code -9\)"):
        for _ in analysed:
            pass
    gone_in_time(forked)  # the workers end with their parent



def test_workers_parent_gone_before_the_start_is_one_clear_error() -> None:
    docs = reports(workers.PARALLEL_FROM + 40)
    pool = workers.WorkerPool(2)
    pool._process.kill()
    pool._process.join()
    with pytest.raises(StoryweaveError, match=r"^the analysis workers stopped \(exit code -9\)"):
        next(workers.analyse_documents(iter(docs), len(docs), frozenset(), workers=2, pool=pool))


def test_an_analysis_ended_early_leaves_no_process() -> None:
    docs = reports(workers.PARALLEL_FROM + 400)
    pool = workers.WorkerPool(2)
    analysed = workers.analyse_documents(iter(docs), len(docs), frozenset(), workers=2, pool=pool)
    next(analysed)
    parent = pool._process.pid
    forked = children_of(parent)
    assert len(forked) >= 2  # the workers (and the executor's own helpers, if any)
    analysed.close()  # as an interrupted caller's generator is
    assert not alive(parent)
    gone_in_time(forked)


def test_a_pool_made_for_a_batch_that_turns_out_small_is_let_go() -> None:
    """Reading starts the workers' parent once there are enough new texts; when fewer remain to
    analyse (the rest were stored before), the analysis runs in the caller and the parent ends."""
    docs = reports(5)
    pool = workers.WorkerPool(2)
    analysed = list(workers.analyse_documents(iter(docs), len(docs), frozenset(), workers=2, pool=pool))
    assert len(analysed) == 5
    pool._process.join(10)
    assert pool._process.exitcode == 0
