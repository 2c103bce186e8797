"""What the user told the readers: size limit, field names of structured records, filters."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ReadOptions:
    max_file_bytes: int = 5_000_000  # a single document (file, record or page) larger than this is refused
    # JSONL/CSV field names; None means the first present of the reader's defaults (text/body/content, …)
    text_field: str | None = None
    title_field: str | None = None
    date_field: str | None = None
    url_field: str | None = None
    id_field: str | None = None
    lang_field: str | None = None
    # WARC filters: keep only pages in these languages / from these sites (empty: keep all)
    langs: frozenset[str] = field(default_factory=frozenset)
    sites: frozenset[str] = field(default_factory=frozenset)
    # how to tell a text's language for `langs` (ISO 639-1 or None); the pipeline passes the
    # extract stage's detector, which ingest cannot import (it sits below extract)
    language_of: Callable[[str], str | None] | None = None
    # feeds and pages fetched over HTTP may come from loopback/private/link-local addresses
    allow_private: bool = False


@dataclass(frozen=True)
class LeftOut:
    """An archive record that is no article page (not HTML, not HTTP 200) or that the filters
    exclude: counted, not an error."""

    source: str
    reason: str
