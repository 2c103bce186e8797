"""Web pages: HTML bytes → the article's main text and the metadata the page states about itself
(title, author, outlet, canonical URL, publication date), with trafilatura (dates by htmldate).

Navigation, advertisements, related links and reader comments are left behind here; the text
then goes through the same cleaning and extraction as a plain-text article."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from pathlib import Path

import trafilatura
from lxml.etree import LxmlError

from storyweave.errors import BadInput
from storyweave.ingest.limits import one_line, read_within_limit, too_large
from storyweave.ingest.options import ReadOptions
from storyweave.ingest.text import decode_text
from storyweave.model import RawDocument

# a page declares its charset near the top; browsers look no further than the first kilobytes
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_CHARSET_PARAM = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_PRESCAN_BYTES = 4096
# what browsers actually decode these labels as (WHATWG Encoding): pages labelled latin-1 use cp1252
_BROWSER_ALIASES = {"iso8859-1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252"}
# htmldate: no search of the free text for a date — a date the story mentions is not when it was published
_DATE_PARAMS = {"original_date": True, "extensive_search": False}
# when a page holds no article the extractor falls back to whatever text it finds ("Home", a
# cookie notice); even a news brief has a sentence or two
MIN_ARTICLE_WORDS = 10


def charset_of(content_type: str | None) -> str | None:
    """The charset parameter of an HTTP Content-Type header ("text/html; charset=ISO-8859-1")."""
    found = _CHARSET_PARAM.search(content_type or "")
    return found.group(1) if found else None


def declared_encoding(data: bytes, content_type: str | None = None) -> str | None:
    """The encoding the server (Content-Type) or else the page (<meta charset>) declares, as a
    Python codec name, or None when neither declares a known one."""
    label = charset_of(content_type)
    if label is None and (found := _META_CHARSET.search(data[:_PRESCAN_BYTES])):
        label = found.group(1).decode("ascii")
    if label is None:
        return None
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return _BROWSER_ALIASES.get(name, name)


def document_from_html(
    data: bytes, input: str, source: str, url: str | None, options: ReadOptions, *, content_type: str | None = None
) -> RawDocument | BadInput:
    """One page → a RawDocument with its main text and stated metadata in `fields`, or the
    one-line reason it holds no article. `url` is where the page was fetched from; the page's
    own canonical link wins over it. `content_type` is the HTTP header, when there was one."""
    if len(data) > options.max_file_bytes:
        return too_large(source, len(data), options)
    try:
        markup, encoding = decode_text(data, source, declared_encoding(data, content_type))
    except BadInput as err:
        return err
    if "<" not in markup:
        return BadInput(source, "not HTML (no markup at all)")
    try:
        page = trafilatura.bare_extraction(
            markup,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,  # table cells read as broken sentences
            date_extraction_params=_DATE_PARAMS,
        )
    except (ValueError, TypeError, LookupError, RecursionError, LxmlError) as exc:
        return BadInput(source, f"malformed HTML ({type(exc).__name__}: {one_line(str(exc))})")
    text = (page.text or "").strip() if page is not None else ""
    if len(text.split()) < MIN_ARTICLE_WORDS:
        return BadInput(source, f"no article text in the page (malformed HTML, or fewer than {MIN_ARTICLE_WORDS} words of main text)")
    stated = {
        "title": page.title,
        "author": page.author,
        "outlet": page.sitename,
        "url": page.url or url,
        "date": page.date,
    }
    fields = {name: " ".join(value.split()) for name, value in stated.items() if value and value.strip()}
    return RawDocument(input=input, source=source, text=text, encoding=encoding, fields=fields)


def read_html_file(path: Path, relative: str, options: ReadOptions) -> Iterator[RawDocument | BadInput]:
    try:
        data = read_within_limit(path, options)
    except BadInput as err:
        yield err
        return
    yield document_from_html(data, relative, str(path), None, options)
