"""Cleaning, extraction and grouping features in worker processes, in input order.

The workers are forked from a process of their own, which loads the tables (gazetteers, language
model, name lists: `warm_up`) on the other core while the caller still reads the inputs: the
workers inherit them loaded, and share their pages. Loaded in the caller, the tables held up
every worker for the time they took (0.34 s of a 10 s run over 5,000 articles), and stayed in
the caller's memory for the whole run."""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import pickle
import queue
import signal
import threading
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from multiprocessing.connection import Connection

from storyweave.clean import clean_document
from storyweave.errors import BadInput, StoryweaveError
from storyweave.extract import analyse_together, warm_up
from storyweave.group.features import ArticleFeatures, article_features, features_json
from storyweave.model import RawDocument
from storyweave.store import StagedArticle, staged_article

PARALLEL_FROM = 200  # below this many documents, starting worker processes costs more than it saves
WORKER_CHUNK = 32  # documents sent to a worker at once: fewer round trips, still a small message
CHUNKS_AHEAD_PER_WORKER = 2  # how far the workers may run ahead of the caller: bounds the documents in flight
STOP_WAIT_S = 10  # how long a closing pool may take to finish the chunks it runs before it is terminated

Progress = Callable[[str, int, int], None]  # (stage, done, total)

_REPEATED: frozenset[str] = frozenset()
_ENTITY_MODEL = ""  # the setting entity_model: a spaCy pipeline's NER instead of the entity rules


def _init_worker(repeated: frozenset[str], entity_model: str = "") -> None:
    global _REPEATED, _ENTITY_MODEL
    _REPEATED = repeated
    _ENTITY_MODEL = entity_model


def _init_forked_worker(repeated: frozenset[str], entity_model: str, inherited: Connection, parent: int) -> None:
    """A worker forked by `_workers_parent`: it lets go of its parent's connection to the caller (held
    here, it would keep the caller from seeing the parent gone) and ends with its parent."""
    inherited.close()
    _ends_with_parent(parent)
    _init_worker(repeated, entity_model)


PR_SET_PDEATHSIG = 1  # (linux/prctl.h)


def _ends_with_parent(parent: int) -> None:
    """The kernel kills this process when its parent ends (Linux), so no worker outlives a parent
    that was killed; a parent gone already ends it now."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass  # not Linux: a worker of a killed parent waits for work that never comes, as ProcessPoolExecutor's do
    if os.getppid() != parent:
        os._exit(1)


# what grouping needs and staging writes, made where the article is analysed: the features are made
# as they are stored (their weights rounded), so a resumed run reads back the very ones grouped here
Analysed = tuple[StagedArticle, ArticleFeatures] | BadInput


def _analyse_chunk(raws: list[RawDocument]) -> list[Analysed]:
    """Each document cleaned, analysed (stage by stage across the chunk, which costs less than one
    document at a time) and given its features; a document that fails is a BadInput, the rest go on."""
    results: list[Analysed | None] = [None] * len(raws)
    cleaned = []
    for index, raw in enumerate(raws):
        try:
            cleaned.append((index, raw, clean_document(raw, _REPEATED)))
        except Exception as exc:  # noqa: BLE001 — one document's failure must not cost the batch
            results[index] = _not_analysed(raw, exc)
    articles = analyse_together([(raw, clean) for _, raw, clean in cleaned], _ENTITY_MODEL)
    for (index, raw, _), article in zip(cleaned, articles):
        if isinstance(article, Exception):
            results[index] = _not_analysed(raw, article)
            continue
        try:
            features = article_features(article)
            results[index] = staged_article(article, features_json(features)), features
        except Exception as exc:  # noqa: BLE001 — (the features) one document's failure must not cost the batch
            results[index] = _not_analysed(raw, exc)
    return [result for result in results if result is not None]


def _not_analysed(raw: RawDocument, exc: Exception) -> BadInput:
    return BadInput(raw.source, f"could not be analysed ({type(exc).__name__}: {exc}); the rest goes on",
                    "".join(traceback.format_exception(exc)))


def _analyse_in_worker(raws: list[RawDocument]) -> list[Analysed]:
    analysed = _analyse_chunk(raws)
    for result in analysed:
        if not isinstance(result, BadInput):
            result[0].raw_text = ""  # the parent holds the raw text already; not sending it back halves the traffic
    return analysed


def _analysed_as_bytes(raws: list[RawDocument]) -> bytes:
    """A chunk's analyses, pickled where they are made: the process between the workers and the
    caller passes them on as they are."""
    return pickle.dumps(_analyse_in_worker(raws), pickle.HIGHEST_PROTOCOL)


def _failure_as_bytes(exc: BaseException) -> bytes:
    try:
        return pickle.dumps(exc, pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001 — an exception that does not pickle still reaches the caller, as one line
        return pickle.dumps(StoryweaveError(f"the analysis failed ({type(exc).__name__}: {exc})"), pickle.HIGHEST_PROTOCOL)


def _workers_parent(connection: Connection, callers_end: Connection, workers: int, entity_model: str) -> None:
    """The process the workers are forked from: it loads the tables, waits for the caller's
    (repeated lines, whether any text writes Chinese or Japanese), forks the workers, then passes
    chunks to them and their analyses back, in the order sent, until the caller sends None."""
    callers_end.close()  # (inherited: held here, the caller's end would never tell this process the caller is gone)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the caller, interrupted, stops the workers; they ignore it too
    with _collector_paused():
        warm_up(entity_model, cjk=False)
        if not connection.poll():  # the caller still reads: time to load what Chinese and Japanese need, in case
            warm_up(entity_model, cjk=True)
    try:
        message = connection.recv()
    except EOFError:
        return
    if message is None:
        return
    repeated, cjk = message
    if cjk:
        with _collector_paused():
            warm_up(entity_model, cjk=True)  # (nothing to load if it was loaded while the caller read)
    _set_aside_from_collection()
    done: queue.SimpleQueue[Future | None] = queue.SimpleQueue()

    def pass_back() -> None:
        while (future := done.get()) is not None:
            try:
                data = future.result()
            except BaseException as exc:  # noqa: BLE001 — handed to the caller, who raises it
                data = _failure_as_bytes(exc)
            try:
                connection.send_bytes(data)
            except OSError:
                return  # the caller is gone or stopped listening

    # (started after the first submission has forked the workers: a fork copies no other thread, but
    # would copy a lock that thread held)
    passer = threading.Thread(target=pass_back, daemon=True)
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"), initializer=_init_forked_worker,
                               initargs=(repeated, entity_model, connection, os.getpid()))
    try:
        while True:
            try:
                chunk = connection.recv()
            except EOFError:
                break
            if chunk is None:
                break
            try:
                future = pool.submit(_analysed_as_bytes, chunk)
            except Exception as exc:  # noqa: BLE001 — a pool broken by a worker's death: the caller hears of it in order
                future = Future()
                future.set_exception(exc)
            done.put(future)
            if passer.ident is None:  # (not started yet)
                passer.start()
            if future.done() and future.exception() is not None:
                break
    finally:
        done.put(None)
        pool.shutdown(wait=True, cancel_futures=True)
        if passer.ident is not None:
            passer.join()


class WorkerPool:
    """Worker processes that analyse chunks of documents, their analyses taken back in the order
    sent. Made while the inputs are read: the process that forks the workers loads the tables
    meanwhile; `start` tells it what the reading found, and the workers begin."""

    def __init__(self, workers: int, entity_model: str = ""):
        context = multiprocessing.get_context("fork")
        self._connection, theirs = context.Pipe()
        self._process = context.Process(target=_workers_parent, args=(theirs, self._connection, workers, entity_model),
                                        name="storyweave-workers", daemon=False)
        self._process.start()
        theirs.close()

    def start(self, repeated: frozenset[str], cjk: bool) -> None:
        self._send((repeated, cjk))

    def submit(self, chunk: list[RawDocument]) -> None:
        self._send(chunk)

    def _send(self, message: object) -> None:
        try:
            self._connection.send(message)
        except OSError:
            raise self._stopped() from None

    def _stopped(self) -> StoryweaveError:
        self._process.join(1)
        return StoryweaveError(f"the analysis workers stopped (exit code {self._process.exitcode})")

    def result(self) -> list[Analysed]:
        """The analyses of the earliest chunk not taken yet; what failed the chunk as a whole is raised."""
        try:
            data = self._connection.recv_bytes()
        except (EOFError, OSError):
            raise self._stopped() from None
        outcome = pickle.loads(data)
        if isinstance(outcome, StoryweaveError):
            raise outcome
        if isinstance(outcome, BaseException):
            raise StoryweaveError(f"the analysis workers failed ({type(outcome).__name__}: {outcome})") from outcome
        return outcome

    def close(self) -> None:
        """Stop the workers (those running a chunk finish it first) and the process they came from."""
        if self._connection.closed:
            return
        try:
            self._connection.send(None)
        except OSError:
            pass  # gone already
        self._connection.close()
        self._process.join(STOP_WAIT_S)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join()


def worker_count(setting: int) -> int:
    """The processes the setting `workers` asks for: 0 means one per core."""
    return setting or os.cpu_count() or 1


def analyse_documents(
    raws: Iterable[RawDocument], total: int, repeated: frozenset[str], workers: int, progress: Progress | None = None,
    entity_model: str = "", ahead: int = 0, cjk: bool = True, pool: WorkerPool | None = None,
) -> Iterator[tuple[RawDocument, Analysed]]:
    """Clean, extract and compute grouping features for each of `total` documents, in input
    order, in worker processes when there are enough to pay for starting them. The workers run
    a bounded window ahead while the caller consumes (and groups) what is ready, so memory
    holds a few chunks of documents, however many there are; `ahead` more documents widen the
    window, so the workers go on while the caller spends a while on a batch without pulling
    (grouping 500 articles at once). `cjk`: whether any document writes Chinese or Japanese, whose
    tables the workers then load. `pool`: workers made while the inputs were read (`WorkerPool`),
    used and closed here; without one, one is made now."""
    workers = worker_count(workers)
    if workers <= 1 or total < PARALLEL_FROM:
        if pool is not None:
            pool.close()
        _init_worker(repeated, entity_model)
        index = 0
        for chunk in _chunked(raws, WORKER_CHUNK):
            for raw, analysed in zip(chunk, _analyse_chunk(chunk)):
                index += 1
                if progress:
                    progress("analyse", index, total)
                yield raw, analysed
        return
    pool = pool or WorkerPool(workers, entity_model)
    try:
        pool.start(repeated, cjk)
        chunks = _chunked(raws, WORKER_CHUNK)
        running: deque[list[RawDocument]] = deque()

        def submit() -> None:
            chunk = next(chunks, None)
            if chunk:
                pool.submit(chunk)
                running.append(chunk)

        for _ in range(workers * CHUNKS_AHEAD_PER_WORKER + -(-ahead // WORKER_CHUNK)):
            submit()
        index = 0
        while running:
            chunk = running.popleft()
            submit()
            for raw, analysed in zip(chunk, pool.result()):
                index += 1
                if not isinstance(analysed, BadInput):
                    analysed[0].raw_text = raw.text
                if progress and (index % 50 == 0 or index == total):
                    progress("analyse", index, total)
                yield raw, analysed
    finally:
        pool.close()


# Python's cycle collector walks every tracked object each time the heap has grown by a quarter:
# loading the tables and growing the grouping's state over 5,000 articles, it walked the main
# process's heap six times (0.7 s, 0.4 s of it before any worker started), for a few dozen objects
# freed. What a run keeps for its whole length (the loaded tables, the events grouped so far) is
# set aside from the collector's walks instead; what it lets go of is still freed, by reference
# counting. Measured, the main process's CPU fell from 2.6 to 2.1 ms an article. Set aside before
# the workers are forked, the tables also stay pages the workers share with the process they were
# forked from: a walk writes to every object it visits.
@contextmanager
def _collector_paused() -> Iterator[None]:
    """Loading the tables creates no cycles to collect, only objects that live as long as the process."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _set_aside_from_collection() -> None:
    """Every object alive now is left out of the cycle collector's walks until the ingest ends."""
    gc.freeze()


def _chunked(items: Iterable[RawDocument], size: int) -> Iterator[list[RawDocument]]:
    chunk: list[RawDocument] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
