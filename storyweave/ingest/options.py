"""What the user told the readers: size limit, field names of structured records, filters."""

from __future__ import annotations

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
    # feeds and pages fetched over HTTP may come from loopback/private/link-local addresses
    allow_private: bool = False
