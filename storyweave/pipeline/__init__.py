"""The one place that wires the stages: ingest → clean → extract → group → store.

`ingest` is incremental: what is stored keeps its grouping, new articles join existing events
or open new ones, and an input whose text is already stored is skipped. An article with a URL
is known by it: a changed text there is a new version of the same article, grouped afresh.
Analysed articles are committed in batches, so a killed ingest, run again, loses no work."""

from __future__ import annotations

import dataclasses
import gc
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from storyweave.brief import EventFacts, SourceArticle, build_brief, source_article, timeline, title_and_summary
from storyweave.clean.scripts import has_cjk
from storyweave.errors import BadInput, NotFound
from storyweave.extract import content_hash, identity, load_entity_model
from storyweave.extract.language import detect_language
from storyweave.group import Grouping, GroupingInput, GroupingResult, Scratch
from storyweave.group.features import ArticleFeatures, features_from_json
from storyweave.ingest import ReadOptions, read_inputs
from storyweave.ingest.fetch import Fetcher, Validators
from storyweave.ingest.files import Skipped
from storyweave.ingest.options import LeftOut
from storyweave.ingest.subscriptions import Location, fetch_policy, poll_feeds
from storyweave.model import Event, RawDocument, Reason, Story
from storyweave.pipeline.workers import (  # (the window's sizes too: callers know them as pipeline's)
    CHUNKS_AHEAD_PER_WORKER, PARALLEL_FROM, WORKER_CHUNK, Progress, WorkerPool, _chunked, _set_aside_from_collection, analyse_documents,
    worker_count,
)
from storyweave.settings import Settings
from storyweave.store import IncomingDocuments, StagedArticle, Store, utc_now

READ_BATCH = 500  # documents read into the scratch tables per transaction


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)  # article ids, in order
    already_stored: list[str] = field(default_factory=list)  # inputs whose text was stored before
    errors: list[BadInput] = field(default_factory=list)
    skipped_files: list[str] = field(default_factory=list)
    left_out: int = 0  # archive records that are no article page, or that --lang/--site exclude
    new_events: int = 0
    new_stories: int = 0


@contextmanager
def _collected_again_at_the_end() -> Iterator[None]:
    """What an ingest set aside goes back to the collector when it ends, for a process that lives on (the server)."""
    try:
        yield
    finally:
        gc.unfreeze()


def check_settings(settings: Settings) -> None:
    """Fail now, in one line, on a setting every article would fail on: an entity model that cannot
    be loaded (loaded here, once per process, so the work that follows does not load it again)."""
    load_entity_model(settings.entity_model)


def ingest_paths(
    paths: Iterable[Path | str],
    db: Path,
    settings: Settings,
    progress: Progress | None = None,
    must_exist: bool = False,
    read_options: ReadOptions | None = None,
    waiting: Callable[[], None] | None = None,
) -> IngestReport:
    """`run` and `add`: ingest into the database file (created unless `must_exist`). A second
    ingest into the same file waits for the first (`waiting` is called when it starts to)."""
    check_settings(settings)  # before a database is created for nothing
    with Store(db, create=not must_exist) as store, store.writer(waiting):
        return ingest(paths, store, settings, progress, read_options)


def group_in_memory(docs: Iterable[RawDocument], settings: Settings, progress: Progress | None = None) -> dict:
    """The whole pipeline in a private in-memory database; the export of what it grouped."""
    with Store(":memory:") as store:
        ingest_documents(docs, store, settings, progress)
        return store.export()


def export_database(db: Path, briefs: bool = True, progress: Progress | None = None) -> dict:
    """Everything stored, as the JSON contract of DESIGN.md; with `briefs`, each event's brief
    and each story's timeline (docs/brief-contract.md), computed now from what is stored."""
    with Store(db, create=False) as store:
        data = store.export()
        if briefs:
            add_briefs(data, store, progress)
        return data


def event_sources(store: Store, event_ids: list[str] | None = None) -> dict[str, list[SourceArticle]]:
    """Each event's articles as the brief reads them, in stored order."""
    found: dict[str, list[SourceArticle]] = {}
    for record in store.brief_records(event_ids):
        found.setdefault(record["event"], []).append(source_article(record))
    return found


BRIEF_BATCH = 200  # events whose article texts are held in memory at once while their briefs are built


def add_briefs(data: dict, store: Store, progress: Progress | None = None) -> None:
    """Put `brief` on every event and `timeline` on every story of an export, in place."""
    facts: dict[str, EventFacts] = {}
    total = len(data["events"])
    for start in range(0, total, BRIEF_BATCH):
        batch = data["events"][start : start + BRIEF_BATCH]
        sources = event_sources(store, [e["id"] for e in batch])
        for done, event in enumerate(batch, start + 1):
            articles = sources.get(event["id"], [])
            brief = build_brief(articles, event["title"])
            event["brief"] = dataclasses.asdict(brief)
            facts[event["id"]] = EventFacts(
                event["id"], brief.title or event["title"], event["date"], [a.published for a in articles], brief.independent_sources
            )
            if progress and (done % 20 == 0 or done == total):
                progress("brief", done, total)
    for story in data["stories"]:
        story["timeline"] = [dataclasses.asdict(entry) for entry in timeline([facts[e] for e in story["events"]])]


def report_data(db: Path, event_id: str | None = None, story_id: str | None = None, progress: Progress | None = None) -> dict:
    """What `storyweave report` shows: the stories (or the one story, or the one event's story
    reduced to that event) with their timelines, events with briefs, and the articles they cite."""
    with Store(db, create=False) as store:
        data = store.export()
        if event_id is not None:
            event = next((e for e in data["events"] if e["id"] == event_id), None)
            if event is None:
                raise NotFound(f"{db}: no event {event_id}")
            data["events"] = [event]
            data["stories"] = [{**s, "events": [event_id]} for s in data["stories"] if s["id"] == event["story"]]
        elif story_id is not None:
            data["stories"] = [s for s in data["stories"] if s["id"] == story_id]
            if not data["stories"]:
                raise NotFound(f"{db}: no story {story_id}")
            data["events"] = [e for e in data["events"] if e["story"] == story_id]
        kept = {a for e in data["events"] for a in e["articles"]}
        data["articles"] = [a for a in data["articles"] if a["id"] in kept]
        add_briefs(data, store, progress)
        return data


def language_code(text: str) -> str | None:
    """The language filter's detector: the one extraction uses, so a kept page is labelled the same."""
    return detect_language(text)[0]


def staged_not_grouped(db: Path) -> int:
    """How many articles an interrupted ingest analysed and committed but did not group."""
    with Store(db, create=False) as store:
        return store.staged_count()


def read_documents(
    paths: Iterable[Path | str], settings: Settings, report: IngestReport, read_options: ReadOptions | None = None,
    progress: Progress | None = None,
) -> Iterator[RawDocument]:
    """The documents of the inputs, one at a time; what is not one goes into the report."""
    options = dataclasses.replace(read_options or ReadOptions(), max_file_bytes=settings.max_file_bytes, language_of=language_code)
    count = 0
    for item in read_inputs(paths, options):
        if isinstance(item, BadInput):
            report.errors.append(item)
        elif isinstance(item, Skipped):
            report.skipped_files.append(item.path)
        elif isinstance(item, LeftOut):
            report.left_out += 1
        else:
            count += 1
            if progress and count % 50 == 0:
                progress("read", count, 0)  # 0: how many an archive holds is known only at its end
            yield item


def ingest(
    paths: Iterable[Path | str],
    store: Store,
    settings: Settings,
    progress: Progress | None = None,
    read_options: ReadOptions | None = None,
) -> IngestReport:
    report = IngestReport()
    return ingest_documents(read_documents(paths, settings, report, read_options, progress), store, settings, progress, report)


def _read_new(
    docs: Iterable[RawDocument], store: Store, incoming: IncomingDocuments, staged: set[str], report: IngestReport,
    enough_to_share: Callable[[], None] = lambda: None,
) -> bool:
    """Every new text into `incoming` (the latest of each article; an earlier one it supersedes
    is remembered there as a version), a batch per transaction; texts stored before go into the
    report. `enough_to_share` is called once, when there are enough new texts for the workers.
    Whether any new text writes Chinese or Japanese characters."""
    cjk = False
    new = 0
    for chunk in _chunked(docs, READ_BATCH):
        with incoming.batch():
            for doc in chunk:
                hash_ = content_hash(doc.text)
                if hash_ in staged:
                    continue  # analysed by an interrupted ingest; grouped below
                if incoming.met(hash_) or store.is_known(hash_):
                    report.already_stored.append(doc.input)
                    continue
                incoming.add(doc, hash_, identity(doc, hash_)[0])
                cjk = cjk or has_cjk(doc.text)
                new += 1
                if new == PARALLEL_FROM:
                    enough_to_share()
    return cjk


def _renamed_back(result: GroupingResult, renamed: dict[str, str]) -> GroupingResult:
    """The grouping result under article ids again, for articles grouped under another key."""
    if not renamed:
        return result
    back = {key: article_id for article_id, key in renamed.items()}

    def keyed(mapping: dict) -> dict:
        return {back.get(key, key): value for key, value in mapping.items()}

    result.event_of, result.reasons = keyed(result.event_of), keyed(result.reasons)
    result.centrality, result.published_inferred = keyed(result.centrality), keyed(result.published_inferred)
    result.duplicate_of = {back.get(k, k): (back.get(v, v) if v else None) for k, v in result.duplicate_of.items()}
    return result


class _StoredArticles:
    """The stored articles as grouping takes them (all but those getting a new version), read
    from the store each time they are iterated."""

    def __init__(self, store: Store, story_of_event: dict[str, str], replaced: set[str]):
        self.store, self.story_of_event, self.replaced = store, story_of_event, replaced

    def __iter__(self) -> Iterator[GroupingInput]:
        for s in self.store.grouping_state():
            if s.id not in self.replaced:
                yield GroupingInput(s.id, s.body, features_from_json(s.features), s.event_id, self.story_of_event.get(s.event_id))

    def members(self, event_ids: set[str]) -> dict[str, list[str]]:
        """Each event's stored members, in stored order."""
        found = self.store.event_members(sorted(event_ids))
        return {event_id: [i for i in ids if i not in self.replaced] for event_id, ids in found.items()}


def _touched_events(
    result: GroupingResult,
    stored: _StoredArticles,
    new_ids: list[str],
    left_by_new_versions: set[str],
    story_of_event: dict[str, str],
    store: Store,
) -> tuple[list[tuple[Event, Reason]], list[Story]]:
    """Every event that gained (or, by a new version, lost) an article, with its members, title,
    summary and story; and the stories they are in. Member texts are read from the store a
    batch of events at a time (new articles are staged there), never all held at once."""
    new = set(new_ids)
    touched = {result.event_of[i] for i in new_ids} | left_by_new_versions
    members = {event_id: ids for event_id, ids in stored.members(touched).items() if ids}
    for article_id in new_ids:
        members.setdefault(result.event_of[article_id], []).append(article_id)
    ordered = [event_id for event_id in sorted(touched) if event_id in members]  # else its only article moved on: the store drops it

    events = []
    for start in range(0, len(ordered), TITLE_BATCH):
        batch = ordered[start : start + TITLE_BATCH]
        ids = [i for e in batch for i in members[e]]
        texts = {**store.article_texts([i for i in ids if i not in new]), **store.staged_texts([i for i in ids if i in new])}
        for event_id in batch:
            events.append(_titled_event(event_id, members[event_id], texts, result, story_of_event))
    stories = [Story(story_id, []) for story_id in sorted({e.story_id for e, _ in events if e.story_id})]
    return events, stories


TITLE_BATCH = 500  # events whose member texts are read at once while their titles and summaries are chosen


def _titled_event(
    event_id: str, members: list[str], texts: dict[str, tuple[str, str, str]], result: GroupingResult, story_of_event: dict[str, str]
) -> tuple[Event, Reason]:
    title, summary = title_and_summary(members, texts, result.centrality)
    story_id = result.story_of.get(event_id) or story_of_event[event_id]
    reason = result.story_reasons.get(event_id)
    if reason is None:
        reason = Reason(0.0, ("kept the story it was linked to before",))
    return Event(event_id, members, result.event_dates.get(event_id), title, story_id, summary), reason


def ingest_documents(
    docs: Iterable[RawDocument], store: Store, settings: Settings, progress: Progress | None = None, report: IngestReport | None = None
) -> IngestReport:
    """Read what is new into scratch tables on disk, then analyse it in sorted order and stage it
    in committed batches, then group everything staged in one transaction. Staged articles an
    interrupted ingest left are grouped in the same order as if it had not been interrupted:
    the run, run again, ends as an uninterrupted one would. Memory holds a batch of documents
    at a time, plus what grouping keeps of each article."""
    check_settings(settings)  # a setting every article would fail on fails once, before any is read
    report = report or IngestReport()
    with store.incoming() as incoming, store.scratch_space() as scratch, _collected_again_at_the_end(), ExitStack() as pools:
        return _ingest_new(docs, store, incoming, scratch, settings, progress, report, pools)


def _ingest_new(
    docs: Iterable[RawDocument], store: Store, incoming: IncomingDocuments, scratch: Scratch, settings: Settings,
    progress: Progress | None, report: IngestReport, pools: ExitStack,
) -> IngestReport:
    # what lives as long as the run (the modules, the settings) is left out of the collector's walks
    # from the start: three full walks of the caller's heap, some 0.1 s of 5,000 articles' run
    _set_aside_from_collection()
    left_staged = store.pending()
    workers = worker_count(settings.workers)
    pool: WorkerPool | None = None

    def start_workers() -> None:
        # the process the workers fork from loads the tables on another core while the rest is read
        nonlocal pool
        if workers > 1:
            pool = WorkerPool(workers, settings.entity_model)
            pools.callback(pool.close)  # (when the analysis never takes it: nothing new after all, or an error)

    cjk = _read_new(docs, store, incoming, {p.content_hash for p in left_staged}, report, start_workers)
    seen = utc_now()
    store.record_versions(incoming.superseded(), seen)
    # a newer version of a staged article replaces it
    prior = deque(sorted((p for p in left_staged if not incoming.has_article(p.id)), key=lambda p: (p.input, p.content_hash)))
    fresh_count = incoming.count()
    if not fresh_count and not prior:
        return report

    # every new text is read: the rule sees them all before the first is cleaned
    repeated = incoming.repeated_lines(
        settings.repeated_line_min_docs, (lambda done, total: progress("repeated lines", done, total)) if progress else None
    )
    story_of_event = store.story_of_events()
    # an article getting a new version is grouped afresh; its old event loses it
    replaced = incoming.stored_events() | store.events_of(sorted(p.id for p in prior))
    stored = _StoredArticles(store, story_of_event, set(replaced))
    grouping = Grouping(stored, settings, scratch)  # what it holds per article and per old event goes to disk
    total = fresh_count + len(prior)
    done = 0

    def grouped(step: int) -> None:
        nonlocal done
        done += step
        if progress and (done % 50 == 0 or done == total):
            progress("group", done, total)

    new_ids: list[str] = []
    batch: list[GroupingInput] = []
    size = settings.group_batch_size or total

    # a new version is grouped under its own key: an event it opens must not take the id of
    # the event its old version opened, which may live on with other articles
    renamed: dict[str, str] = {}

    def take(article_id: str, hash_: str, title: tuple[str, str, str], features: ArticleFeatures) -> None:
        nonlocal batch
        new_ids.append(article_id)
        key = article_id
        if article_id in replaced:
            key = renamed[article_id] = f"{article_id}~{hash_[:8]}"
        batch.append(GroupingInput(key, title[2], features))
        if len(batch) >= size:
            grouping.add(batch, grouped)
            batch = []
            _set_aside_from_collection()  # the events so far: they live to the end of the run

    def take_prior_before(key: tuple[str, str] | None) -> None:
        while prior and (key is None or (prior[0].input, prior[0].content_hash) < key):
            staged = prior.popleft()
            take(staged.id, staged.content_hash, (staged.title, staged.title_from, staged.body), features_from_json(staged.features))

    to_stage: list[StagedArticle] = []
    commit_size = settings.commit_batch_size or fresh_count
    for raw, analysed in analyse_documents(
        incoming.in_order(), fresh_count, repeated, workers, progress, settings.entity_model, ahead=size, cjk=cjk, pool=pool
    ):
        if isinstance(analysed, BadInput):
            take_prior_before((raw.input, content_hash(raw.text)))
            report.errors.append(analysed)
            continue
        article, features = analysed
        hash_ = article.content_hash
        take_prior_before((raw.input, hash_))
        if not article.body.strip():
            report.errors.append(BadInput(raw.source, "no article text left after removing boilerplate"))
            continue
        to_stage.append(article)
        if len(to_stage) >= commit_size:
            store.stage(to_stage, seen, incoming)
            to_stage = []
        take(article.id, hash_, (article.title, article.title_from, article.body), features)
    take_prior_before(None)
    if to_stage:
        store.stage(to_stage, seen, incoming)
    if batch:
        grouping.add(batch, grouped)
    if not new_ids:
        return report
    # the staged articles move into the articles table on another core while grouping ends, and
    # their events are written there while the stories are made
    with store.grouping_write(new_ids) as write:

        def write_articles(events_final: GroupingResult) -> None:
            final = _renamed_back(events_final, renamed)
            write.articles(
                [(article_id, final.event_of[article_id], final.duplicate_of.get(article_id), final.reasons[article_id])
                 for article_id in new_ids],
                # partial dates are only completed for articles that state no publication date
                [(article_id, published, "inferred") for article_id, published in final.published_inferred.items()],
            )

        result = _renamed_back(grouping.finish(write_articles), renamed)
        write.groups(*_touched_events(result, stored, new_ids, set(replaced.values()), story_of_event, store))
    report.added = new_ids
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
    waiting: Callable[[], None] | None = None,
) -> PollReport:
    """One poll of `watch`: read every feed (a 304 skips it), ingest what is new, then remember
    each feed's ETag/Last-Modified — only after its entries are stored, so nothing is skipped
    that was never stored. Fetching holds no writer lock; only storing does."""
    check_settings(settings)
    options = dataclasses.replace(read_options or ReadOptions(), max_file_bytes=settings.max_file_bytes)
    with Store(db) as store:
        stored = store.meta_items(_VALIDATORS)
        known = {key.removeprefix(_VALIDATORS): Validators.from_json(value) for key, value in stored.items()}
        with Fetcher(fetch_policy(options)) as fetcher:
            polled = poll_feeds(locations, fetcher, options, known, store.has_input, progress)
        with store.writer(waiting):
            report = ingest_documents(polled.documents, store, settings, progress, IngestReport(errors=polled.errors))
            store.set_meta({_VALIDATORS + url: validators.to_json() for url, validators in polled.validators.items()})
    return PollReport(report, polled.feeds, polled.unchanged)
