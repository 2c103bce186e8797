"""The feeds a user follows — feed files, feed URLs, OPML lists of feeds — read into documents,
following teaser-only entries to their pages. Used once by `run`/`add` and on every poll by
`watch`, which passes what the servers' validators said last time."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from storyweave.errors import BadInput
from storyweave.ingest.feeds import FeedEntry, entry_documents, feeds_in_opml, is_opml, parse_feed
from storyweave.ingest.fetch import Fetched, Fetcher, FetchPolicy, NotModified, Validators, is_url
from storyweave.ingest.html import document_from_html
from storyweave.ingest.options import ReadOptions
from storyweave.model import RawDocument

Location = Path | str  # a feed or OPML file, or an http(s) URL of one
Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass
class FeedPoll:
    documents: list[RawDocument] = field(default_factory=list)
    errors: list[BadInput] = field(default_factory=list)
    feeds: int = 0  # feeds read (not counting those that answered "not modified")
    unchanged: int = 0  # feeds whose server answered 304 Not Modified
    # validators of the feeds read completely: remember them once their documents are stored,
    # so a feed with an entry that failed is fetched in full again next time
    validators: dict[str, Validators] = field(default_factory=dict)


def fetch_policy(options: ReadOptions) -> FetchPolicy:
    return FetchPolicy(allow_private=options.allow_private, max_bytes=options.max_file_bytes)


def poll_feeds(
    locations: Iterable[Location],
    fetcher: Fetcher,
    options: ReadOptions,
    known: Mapping[str, Validators] | None = None,
    is_stored: Callable[[str], bool] = lambda _input: False,
    progress: Progress | None = None,
) -> FeedPoll:
    """Read every feed once. `known` holds the validators remembered per feed URL (a feed
    whose server says it has not changed is skipped); `is_stored` tells which entries are
    stored already, so their pages are not fetched again."""
    poll = FeedPoll()
    reader = _FeedReader(fetcher, options, known or {}, is_stored, poll, progress)
    locations = list(locations)
    for done, location in enumerate(locations, 1):
        for item in reader.location(location):
            (poll.errors if isinstance(item, BadInput) else poll.documents).append(item)
        reader.report("feeds", done, len(locations))
    return poll


def read_feed(location: Location, options: ReadOptions) -> Iterator[RawDocument | BadInput]:
    """The documents of one feed file, feed URL or OPML list, for `run` and `add`."""
    with Fetcher(fetch_policy(options)) as fetcher:
        yield from _FeedReader(fetcher, options, {}, lambda _input: False, FeedPoll()).location(location)


def read_feed_file(path: Path, relative: str, options: ReadOptions) -> Iterator[RawDocument | BadInput]:
    """The reader of .rss/.atom/.xml/.opml files (`relative` is unused: entries are named by their ids)."""
    return read_feed(path, options)


class _FeedReader:
    def __init__(self, fetcher: Fetcher, options: ReadOptions, known: Mapping[str, Validators],
                 is_stored: Callable[[str], bool], poll: FeedPoll, progress: Progress | None = None):
        self.fetcher = fetcher
        self.options = options
        self.known = known
        self.is_stored = is_stored
        self.poll = poll
        self.progress = progress

    def report(self, stage: str, done: int, total: int) -> None:
        if self.progress:
            self.progress(stage, done, total)

    def location(self, location: Location, in_list: bool = False) -> Iterator[RawDocument | BadInput]:
        if isinstance(location, str) and is_url(location):
            yield from self._url(location, in_list)
        else:
            yield from self._file(Path(location), in_list)

    def _url(self, url: str, in_list: bool) -> Iterator[RawDocument | BadInput]:
        try:
            answer = self.fetcher.get(url, self.known.get(url))
        except BadInput as error:
            yield error
            return
        if isinstance(answer, NotModified):
            self.poll.unchanged += 1
            return
        yield from self._content(answer.body, url, answer, in_list)

    def _file(self, path: Path, in_list: bool) -> Iterator[RawDocument | BadInput]:
        source = str(path)
        try:
            size = path.stat().st_size
            if size > self.options.max_file_bytes:
                yield BadInput(source, f"too large ({size:,} bytes; the limit max_file_bytes is {self.options.max_file_bytes:,} bytes)")
                return
            data = path.read_bytes()
        except OSError as exc:
            yield BadInput(source, f"cannot read ({exc.strerror or exc})")
            return
        yield from self._content(data, source, None, in_list)

    def _content(self, data: bytes, source: str, fetched: Fetched | None, in_list: bool) -> Iterator[RawDocument | BadInput]:
        url = fetched.url if fetched else None
        if is_opml(data):
            if in_list:
                yield BadInput(source, "an OPML list inside an OPML list is not followed")
                return
            try:
                addresses, problems = feeds_in_opml(data, source, url)
            except BadInput as error:
                yield error
                return
            yield from problems
            for done, address in enumerate(addresses, 1):
                yield from self.location(address, in_list=True)
                self.report("feeds", done, len(addresses))
            return
        try:
            feed = parse_feed(data, source, url, fetched.content_type if fetched else None)
        except BadInput as error:
            yield error
            return
        self.poll.feeds += 1
        teasers = sum(1 for entry in feed.entries if entry.is_teaser and entry.link)
        followed = 0

        def follow(entry: FeedEntry) -> RawDocument | BadInput | None:
            nonlocal followed
            result = self._follow(entry)
            followed += 1
            self.report("pages", followed, teasers)
            return result

        complete = True
        for item in entry_documents(feed, follow):
            complete = complete and not isinstance(item, BadInput)
            yield item
        if fetched is not None and complete and (fetched.validators.etag or fetched.validators.last_modified):
            self.poll.validators[source] = fetched.validators

    def _follow(self, entry: FeedEntry) -> RawDocument | BadInput | None:
        assert entry.link is not None
        if self.is_stored(entry.input):
            return None
        try:
            page = self.fetcher.get(entry.link)
        except BadInput as error:
            return BadInput(entry.source, f"teaser only, and its page could not be fetched: {error.reason}")
        if isinstance(page, NotModified):  # unconditional requests are never answered 304; a broken server
            return BadInput(entry.source, f"teaser only, and its page {entry.link} answered 304 to a plain request")
        kind = page.content_type.split(";", 1)[0].strip().lower()
        if kind and "html" not in kind:
            return BadInput(entry.source, f"teaser only, and its page {page.url} is {kind}, not HTML")
        found = document_from_html(page.body, entry.input, entry.source, page.url, self.options, content_type=page.content_type)
        if isinstance(found, BadInput):
            return BadInput(entry.source, f"teaser only, and its page {page.url}: {found.reason}")
        # the feed's own title, date (with its offset) and language are what the publisher
        # declared; the page's canonical address is the better url
        declared = {name: value for name, value in entry.fields.items() if name != "url"}
        return dataclasses.replace(found, fields={**found.fields, **declared})
