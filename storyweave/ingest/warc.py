"""Web archives (.warc, .warc.gz; Common Crawl's CC-NEWS): every HTML page an archive holds,
read record by record so memory stays flat whatever the archive's size.

warcio reads the records: per record it costs a fraction of what extracting the page costs
(bench/ingest_formats.py), it also writes the archives the tests build, and it is pure Python.
A record that cannot be parsed is reported with its number and byte offset, and reading resumes
at the next record boundary found after it (the next gzip member, or the next "WARC/1." line)."""

from __future__ import annotations

import io
import re
import zlib
from collections.abc import Iterator
from contextlib import redirect_stderr
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from warcio.archiveiterator import WARCIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeadersParserException

from storyweave.errors import BadInput
from storyweave.ingest.html import document_from_html
from storyweave.ingest.limits import one_line, too_large
from storyweave.ingest.options import LeftOut, ReadOptions
from storyweave.model import RawDocument

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = b"WARC/1."
_SCAN_CHUNK = 1 << 16
_DRAIN_CHUNK = 1 << 16
# what a corrupt or cut archive makes warcio and the decompressors raise; warcio's parser also
# trips over a response record without a WARC-Target-URI (AttributeError on None) and the like
_UNREADABLE = (ArchiveLoadFailed, StatusAndHeadersParserException, zlib.error, EOFError, OSError, ValueError, LookupError,
               IndexError, AttributeError, TypeError)
# warcio prints this to stderr (not a warning) when a record's Content-Length is wrong
_LENGTH_WARNING = re.compile(r"Record not followed by newline.*?Offset:\s*(\d+)", re.S)

Item = RawDocument | BadInput | LeftOut


def read_warc_file(path: Path, relative: str, options: ReadOptions) -> Iterator[Item]:
    source = str(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield BadInput(source, f"cannot read ({exc.strerror or exc})")
        return
    sites = frozenset(filter(None, (_site_host(site) for site in options.sites)))
    with handle:
        for item in _records(handle, source):
            if isinstance(item, BadInput):
                yield item
                continue
            number, offset, record = item
            if (page := _page(record, f"{source} record {number} (byte {offset})", sites, options)) is not None:
                yield page


def _records(handle: BinaryIO, source: str) -> Iterator[tuple[int, int, ArcWarcRecord] | BadInput]:
    """(number, byte offset, record) for each record, or a BadInput for one that cannot be parsed,
    after which reading goes on from the next record boundary."""
    marker = _GZIP_MAGIC if handle.read(2) == _GZIP_MAGIC[:2] else _WARC_MAGIC
    start: int | None = 0
    number = previous = 0
    while start is not None:
        handle.seek(start)
        records = WARCIterator(handle)
        while True:
            offset = records.offset
            noise = io.StringIO()
            try:
                with redirect_stderr(noise):
                    # finish the previous record first: only then is `offset` where the next one begins
                    records.read_to_end()
                    offset = records.offset
                    record = next(records)
            except StopIteration:
                if number == 0:
                    yield BadInput(source, "no WARC records in the file")
                return
            except _UNREADABLE as exc:
                number += 1
                start = _next_boundary(handle, offset + 1, marker)
                after = "no record after it" if start is None else f"reading on at byte {start}"
                yield BadInput(f"{source} record {number} (byte {offset})", f"unreadable record ({one_line(str(exc) or type(exc).__name__)}); {after}")
                break
            if found := _LENGTH_WARNING.search(noise.getvalue()):
                yield BadInput(f"{source} record {number} (byte {previous})", f"its Content-Length does not match its content (stray bytes at byte {found.group(1)})")
            number, previous = number + 1, offset
            yield number, offset, record


def _next_boundary(handle: BinaryIO, after: int, marker: bytes) -> int | None:
    """Offset of the next `marker` at or after `after`, scanning in chunks (bounded memory)."""
    handle.seek(after)
    position, carry = after, b""
    while chunk := handle.read(_SCAN_CHUNK):
        window = carry + chunk
        if (found := window.find(marker)) >= 0:
            return position - len(carry) + found
        carry = window[-(len(marker) - 1) :]
        position += len(chunk)
    return None


def _page(record: ArcWarcRecord, label: str, sites: frozenset[str], options: ReadOptions) -> Item | None:
    """The article in one record; None for records that hold no page (warcinfo, request, metadata)."""
    if record.rec_type not in ("response", "resource"):
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    name = uri or record.rec_headers.get_header("WARC-Record-ID") or ""
    source = f"{label} <{name}>"
    if record.rec_type == "response":
        if record.http_headers is None:
            return LeftOut(source, "not an HTTP response")
        status = record.http_headers.get_statuscode()
        if status != "200":
            return LeftOut(source, f"HTTP status {status}")
        content_type = record.http_headers.get_header("Content-Type")
    else:
        content_type = record.rec_headers.get_header("Content-Type")
    media_type = (content_type or "text/html").split(";")[0].strip().lower()
    if media_type not in HTML_TYPES:
        return LeftOut(source, f"not an HTML page ({media_type})")
    if sites and not _on_sites(uri, sites):
        return LeftOut(source, "not from a site given with --site")
    try:
        data = record.content_stream().read(options.max_file_bytes + 1)
        if len(data) > options.max_file_bytes:
            return too_large(source, record.length or len(data), options)
        missing = _drain(record)
    except _UNREADABLE as exc:
        return BadInput(source, f"content cannot be read ({one_line(str(exc) or type(exc).__name__)})")
    if missing:
        return BadInput(source, f"record cut short ({missing:,} bytes missing)")
    page = document_from_html(data, name, source, uri or None, options, content_type=content_type)
    if isinstance(page, RawDocument) and options.langs:
        if options.language_of is None:
            raise ValueError("ReadOptions.langs needs ReadOptions.language_of to detect languages")
        lang = options.language_of(page.text)
        if lang not in {wanted.replace("_", "-").split("-")[0] for wanted in options.langs}:  # "en-GB" asks for English
            return LeftOut(source, f"language {lang or 'unknown'} not given with --lang")
    return page


def _drain(record: ArcWarcRecord) -> int:
    """Read what is left of the record; the bytes its Content-Length promised but the file lacks."""
    while record.raw_stream.read(_DRAIN_CHUNK):
        pass
    return getattr(record.raw_stream, "limit", 0)


def _site_host(site: str) -> str:
    """"https://www.Example.com/news" or "example.com" → "example.com"."""
    host = urlsplit(site).hostname if "://" in site else site.split("/")[0]
    return _bare_host(host or "")


def _bare_host(host: str) -> str:
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def _on_sites(uri: str, sites: frozenset[str]) -> bool:
    """Whether the URI's host is one of `sites` or a subdomain of one."""
    try:
        host = _bare_host(urlsplit(uri).hostname or "")
    except ValueError:
        return False
    return any(host == site or host.endswith("." + site) for site in sites)
