"""HTML pages: the main text and its metadata with trafilatura (which dates pages with htmldate)."""

from __future__ import annotations

import re

import trafilatura

from storyweave.errors import BadInput
from storyweave.ingest.options import ReadOptions
from storyweave.model import RawDocument

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


def document_from_html(
    data: bytes, input: str, source: str, url: str | None, options: ReadOptions, *, content_type: str | None = None
) -> RawDocument | BadInput:
    """The article in one page, or why there is none. `url` is where the page came from; a
    canonical URL the page declares takes its place in `fields`. `content_type` is the HTTP
    header, whose charset outranks the page's own guess."""
    if len(data) > options.max_file_bytes:
        return BadInput(source, f"too large ({len(data):,} bytes; the limit max_file_bytes is {options.max_file_bytes:,} bytes)")
    if not data.strip():
        return BadInput(source, "empty page")
    markup: bytes | str = data
    charset = _CHARSET.search(content_type or "")
    if charset:
        try:
            markup = data.decode(charset[1], errors="replace")
        except LookupError:
            pass  # a charset Python does not know: trafilatura detects one
    found = trafilatura.bare_extraction(
        markup, url=url, with_metadata=True, include_comments=False, date_extraction_params={"original_date": True}
    )
    text = getattr(found, "text", None) or ""
    if not text.strip():
        return BadInput(source, "no article text found in the page")
    fields = {
        name: value.strip()
        for name, value in (("title", found.title), ("date", found.date), ("url", found.url or url),
                            ("lang", found.language), ("outlet", found.sitename))
        if value and value.strip()
    }
    return RawDocument(input=input, source=source, text=text, fields=fields)
