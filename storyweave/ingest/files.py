"""Walk the paths a user gave, in a deterministic order, and read each file with its reader."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from storyweave.errors import BadInput
from storyweave.ingest.fetch import is_url
from storyweave.ingest.html import read_html_file
from storyweave.ingest.limits import read_within_limit
from storyweave.ingest.options import LeftOut, ReadOptions
from storyweave.ingest.records import read_csv_file, read_jsonl_file
from storyweave.ingest.subscriptions import read_feed, read_feed_file
from storyweave.ingest.text import decode_text
from storyweave.ingest.warc import read_warc_file
from storyweave.model import RawDocument

# A reader turns one file into documents: one for a page, many for an export, feed or archive.
Reader = Callable[[Path, str, ReadOptions], Iterator[RawDocument | BadInput | LeftOut]]


@dataclass(frozen=True)
class Skipped:
    """A file inside a folder that no reader handles; counted, not an error."""

    path: str


def _walk(path: Path) -> Iterator[Path]:
    # sorted by relative path so every run visits files in the same order
    for child in sorted(path.rglob("*"), key=lambda p: p.relative_to(path).as_posix()):
        if child.is_file() and not any(part.startswith(".") for part in child.relative_to(path).parts):
            yield child


def read_inputs(paths: Iterable[Path | str], options: ReadOptions) -> Iterator[RawDocument | BadInput | LeftOut | Skipped]:
    """Yield the documents of every file, or the reason a file (or record) could not be read.
    A `str` that is an http(s) URL is a feed (or OPML list) to fetch.

    `input` is the path relative to the folder given (a file given directly keeps its name)."""
    for given in paths:
        if isinstance(given, str) and is_url(given):
            yield from read_feed(given, options)
            continue
        given = Path(given)
        if not given.exists():
            yield BadInput(str(given), "no such file or folder")
            continue
        if given.is_dir():
            for file in _walk(given):
                reader = reader_for(file)
                if reader is None:
                    yield Skipped(str(file))
                    continue
                yield from reader(file, file.relative_to(given).as_posix(), options)
        else:
            reader = reader_for(given)
            if reader is None:
                yield BadInput(str(given), f"unsupported format {_suffix(given) or '(no suffix)'!r}; supported: {', '.join(SUPPORTED_SUFFIXES)}")
                continue
            yield from reader(given, given.name, options)


def _suffix(path: Path) -> str:
    """The format suffix, compound ones included (".warc.gz")."""
    name = path.name.lower()
    return next((s for s in sorted(READERS, key=len, reverse=True) if name.endswith(s)), path.suffix.lower())


def reader_for(path: Path) -> Reader | None:
    return READERS.get(_suffix(path))


def read_text_file(path: Path, relative: str, options: ReadOptions) -> Iterator[RawDocument | BadInput]:
    source = str(path)
    try:
        text, encoding = decode_text(read_within_limit(path, options), source)
    except BadInput as err:
        yield err
        return
    yield RawDocument(input=relative, source=source, text=text, encoding=encoding)


# one line per format; readers of other formats register here
READERS: dict[str, Reader] = {
    ".txt": read_text_file,
    ".text": read_text_file,
    ".html": read_html_file,
    ".htm": read_html_file,
    ".warc": read_warc_file,
    ".warc.gz": read_warc_file,
    ".jsonl": read_jsonl_file,
    ".ndjson": read_jsonl_file,
    ".csv": read_csv_file,
    ".rss": read_feed_file,
    ".atom": read_feed_file,
    ".xml": read_feed_file,  # when it is a feed or an OPML list; anything else is reported
    ".opml": read_feed_file,
}
SUPPORTED_SUFFIXES = tuple(READERS)
