"""The one place that wires the stages: ingest → clean → extract → group → store.

`ingest` is incremental: what is stored keeps its grouping, new articles join existing events
or open new ones, and an input whose text is already stored is skipped."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from storyweave.brief import title_and_summary
from storyweave.clean import clean_document, find_repeated_lines
from storyweave.errors import BadInput
from storyweave.extract import analyse, content_hash, warm_up
from storyweave.group import Grouping, GroupingInput
from storyweave.group.features import ArticleFeatures, article_features, features_from_json, features_to_json
from storyweave.ingest import ReadOptions, read_inputs
from storyweave.ingest.fetch import Fetcher, Validators
from storyweave.ingest.files import Skipped
from storyweave.ingest.subscriptions import Location, fetch_policy, poll_feeds
from storyweave.model import Article, Event, RawDocument, Reason, Story
from storyweave.settings import Settings
from storyweave.store import Store

PARALLEL_FROM = 200  # below this many documents, starting worker processes costs more than it saves

Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)  # article ids, in order
    already_stored: list[str] = field(default_factory=list)  # inputs whose text was stored before
    errors: list[BadInput] = field(default_factory=list)
    skipped_files: list[str] = field(default_factory=list)
    new_events: int = 0
    new_stories: int = 0


_REPEATED: frozenset[str] = frozenset()


def _init_worker(repeated: frozenset[str]) -> None:
    global _REPEATED
    _REPEATED = repeated


def _analyse_one(raw: RawDocument) -> tuple[Article, ArticleFeatures]:
    article = analyse(raw, clean_document(raw, _REPEATED))
    return article, article_features(article)


def _analyse_in_worker(raw: RawDocument) -> tuple[Article, ArticleFeatures]:
    article, features = _analyse_one(raw)
    article.raw_text = ""  # the parent holds the raw text already; not sending it back halves the traffic
    return article, features


def analyse_documents(
    raws: list[RawDocument], repeated: frozenset[str], workers: int, progress: Progress | None = None
) -> Iterator[tuple[Article, ArticleFeatures]]:
    """Clean, extract and compute grouping features for every document, in input order, in
    worker processes when the batch is large enough to pay for starting them. The workers run
    ahead while the caller consumes (and groups) what is ready."""
    total = len(raws)
    if workers == 0:
        workers = os.cpu_count() or 1
    if workers <= 1 or total < PARALLEL_FROM:
        _init_worker(repeated)
        for index, raw in enumerate(raws, 1):
            analysed = _analyse_one(raw)
            if progress:
                progress("analyse", index, total)
            yield analysed
        return
    warm_up()  # forked workers inherit the loaded gazetteer and language model instead of each loading them
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(repeated,)) as pool:
        for index, (raw, (article, features)) in enumerate(zip(raws, pool.map(_analyse_in_worker, raws, chunksize=32)), 1):
            article.raw_text = raw.text
            if progress and (index % 50 == 0 or index == total):
                progress("analyse", index, total)
            yield article, features


def ingest_paths(
    paths: Iterable[Path | str],
    db: Path,
    settings: Settings,
    progress: Progress | None = None,
    must_exist: bool = False,
    read_options: ReadOptions | None = None,
) -> IngestReport:
    """`run` and `add`: ingest into the database file (created unless `must_exist`)."""
    with Store(db, create=not must_exist) as store:
        return ingest(paths, store, settings, progress, read_options)


def group_in_memory(docs: list[RawDocument], settings: Settings, progress: Progress | None = None) -> dict:
    """The whole pipeline in a private in-memory database; the export of what it grouped."""
    with Store(":memory:") as store:
        ingest_documents(docs, store, settings, progress)
        return store.export()


def export_database(db: Path) -> dict:
    """Everything stored, as the JSON contract of DESIGN.md."""
    with Store(db, create=False) as store:
        return store.export()


def read_documents(
    paths: Iterable[Path | str], settings: Settings, report: IngestReport, read_options: ReadOptions | None = None
) -> list[RawDocument]:
    options = dataclasses.replace(read_options or ReadOptions(), max_file_bytes=settings.max_file_bytes)
    docs = []
    for item in read_inputs(paths, options):
        if isinstance(item, BadInput):
            report.errors.append(item)
        elif isinstance(item, Skipped):
            report.skipped_files.append(item.path)
        else:
            docs.append(item)
    return docs


def ingest(
    paths: Iterable[Path | str],
    store: Store,
    settings: Settings,
    progress: Progress | None = None,
    read_options: ReadOptions | None = None,
) -> IngestReport:
    report = IngestReport()
    return ingest_documents(read_documents(paths, settings, report, read_options), store, settings, progress, report)


def ingest_documents(
    docs: list[RawDocument], store: Store, settings: Settings, progress: Progress | None = None, report: IngestReport | None = None
) -> IngestReport:
    report = report or IngestReport()
    known = store.known_hashes()
    fresh: list[RawDocument] = []
    # the same files give the same groups whatever order the paths were given in
    for _, hash_, doc in sorted(((d.input, content_hash(d.text), d) for d in docs), key=lambda item: item[:2]):
        if hash_ in known:
            report.already_stored.append(doc.input)
            continue
        known.add(hash_)
        fresh.append(doc)
    if not fresh:
        return report

    repeated = find_repeated_lines(store.raw_texts() + [d.text for d in fresh], settings.repeated_line_min_docs)
    story_of_event = store.story_of_events()
    stored = [
        GroupingInput(s.id, s.body, features_from_json(s.features), s.event_id, story_of_event.get(s.event_id))
        for s in store.grouping_state()
    ]
    grouping = Grouping(stored, settings)
    done = 0

    def grouped(step: int) -> None:
        nonlocal done
        done += step
        if progress and (done % 50 == 0 or done == len(fresh)):
            progress("group", done, len(fresh))

    articles: list[Article] = []
    features: list[ArticleFeatures] = []
    batch: list[GroupingInput] = []
    size = settings.group_batch_size or len(fresh)
    # the generator first, so it runs to its end and shuts its worker pool down
    for (article, feature), raw in zip(analyse_documents(fresh, repeated, settings.workers, progress), fresh):
        if not article.body.strip():
            report.errors.append(BadInput(raw.source, "no article text left after removing boilerplate"))
            continue
        articles.append(article)
        features.append(feature)
        batch.append(GroupingInput(article.id, article.body, feature))
        if len(batch) >= size:
            grouping.add(batch, grouped)
            batch = []
    if batch:
        grouping.add(batch, grouped)
    if not articles:
        return report
    result = grouping.finish()

    by_id = {a.id: a for a in articles}
    touched = {result.event_of[a.id] for a in articles}
    members: dict[str, list[str]] = {}
    for item in stored:
        if item.event_id in touched:
            members.setdefault(item.event_id, []).append(item.article_id)
    for article in articles:
        members.setdefault(result.event_of[article.id], []).append(article.id)
    stored_texts = store.article_texts([i for e in touched for i in members[e] if i not in by_id])
    texts = {**stored_texts, **{a.id: (a.title, a.title_from, a.body) for a in articles}}

    events = []
    for event_id in sorted(touched):
        title, summary = title_and_summary(members[event_id], texts, result.centrality)
        story_id = result.story_of.get(event_id) or story_of_event[event_id]
        reason = result.story_reasons.get(event_id)
        if reason is None:
            reason = Reason(0.0, ("kept the story it was linked to before",))
        events.append((Event(event_id, members[event_id], result.event_dates.get(event_id), title, story_id, summary), reason))
    stories = [Story(story_id, []) for story_id in sorted({e.story_id for e, _ in events if e.story_id})]

    for article in articles:
        if article.id in result.published_inferred and article.published is None:
            article.published, article.published_from = result.published_inferred[article.id], "inferred"
    updates = [
        (article_id, published, "inferred")
        for article_id, published in result.published_inferred.items()
        if article_id not in by_id
    ]
    store_rows = [
        (a, features_to_json(f), result.event_of[a.id], result.duplicate_of.get(a.id), result.reasons[a.id])
        for a, f in zip(articles, features)
    ]
    store.write(store_rows, updates, events, stories)
    report.added = [a.id for a in articles]
    report.new_events = len(result.new_events)
    report.new_stories = len({result.story_of[e] for e in result.new_events} - set(story_of_event.values()))
    return report


@dataclass
class PollReport:
    ingest: IngestReport
    feeds: int  # feeds read
    unchanged: int  # feeds whose server answered 304 Not Modified


_VALIDATORS = "feed-validators:"  # meta keys: the prefix, then the feed's URL


def poll_feeds_into(
    locations: Iterable[Location],
    db: Path,
    settings: Settings,
    read_options: ReadOptions | None = None,
    progress: Progress | None = None,
) -> PollReport:
    """One poll of `watch`: read every feed (a 304 skips it), ingest what is new, then remember
    each feed's ETag/Last-Modified — only after its entries are stored, so nothing is skipped
    that was never stored."""
    options = dataclasses.replace(read_options or ReadOptions(), max_file_bytes=settings.max_file_bytes)
    with Store(db) as store:
        stored = store.meta_items(_VALIDATORS)
        known = {key.removeprefix(_VALIDATORS): Validators.from_json(value) for key, value in stored.items()}
        with Fetcher(fetch_policy(options)) as fetcher:
            polled = poll_feeds(locations, fetcher, options, known, store.has_input, progress)
        report = ingest_documents(polled.documents, store, settings, progress, IngestReport(errors=polled.errors))
        store.set_meta({_VALIDATORS + url: validators.to_json() for url, validators in polled.validators.items()})
    return PollReport(report, polled.feeds, polled.unchanged)
