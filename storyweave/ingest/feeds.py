"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds with feedparser, and OPML lists of feeds: bytes in,
entries and feed addresses out. Nothing here touches the network; following an entry to its
page is the caller's function."""

from __future__ import annotations

import datetime as dt
import email.utils
import io
import re
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from urllib.parse import urljoin

import feedparser
import lxml.html
from lxml import etree

from storyweave.errors import BadInput
from storyweave.ingest.fetch import is_url
from storyweave.model import RawDocument

# an entry with fewer words than this carries a teaser; the article is on the page it links to
FULL_TEXT_MIN_WORDS = 80
_SHOWN_ID_CHARS = 80  # error lines show this much of an entry's id

_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "section",
           "article", "figure", "figcaption", "dd", "dt", "hr", "table", "ul", "ol", "header", "footer", "aside")
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")  # lxml refuses these characters
_MARKUP = re.compile(r"<[a-zA-Z/!]|&#?\w+;")
_HIDDEN = ("script", "style", "noscript")
_LANG = re.compile(r"[a-z]{2,3}")
_OPML_ROOT = re.compile(rb"<(?:[\w.-]+:)?opml[\s>/]", re.IGNORECASE)


@dataclass(frozen=True)
class FeedEntry:
    input: str  # the entry's own id (guid), else its link, else the feed and its position
    source: str  # what error lines name: the feed, the entry's position and id
    link: str | None  # an absolute http(s) address of the entry's page, when it has one
    text: str  # plain text of the fullest body the entry carries (content, else summary)
    fields: dict[str, str] = field(default_factory=dict)  # title, date, url, lang, outlet

    @property
    def is_teaser(self) -> bool:
        return len(self.text.split()) < FULL_TEXT_MIN_WORDS


@dataclass(frozen=True)
class Feed:
    source: str
    entries: tuple[FeedEntry, ...]
    problems: tuple[BadInput, ...] = ()  # broken XML the lenient parser read past


# what to do with an entry that carries only a teaser: its document, why there is none, or
# None when the entry needs nothing (its page is stored already)
PageFollower = Callable[[FeedEntry], RawDocument | BadInput | None]


def is_opml(data: bytes) -> bool:
    return _OPML_ROOT.search(data[:4096]) is not None


def parse_feed(data: bytes, source: str, url: str | None = None, content_type: str | None = None) -> Feed:
    """The entries of an RSS/Atom/RDF feed. Raises BadInput when nothing can be read."""
    headers = {"content-location": url or "", "content-type": content_type or "application/xml"}
    try:
        # a stream, never bytes: feedparser would take bytes that look like a path as a file to open
        parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    except Exception as exc:  # noqa: BLE001 — its lenient parser crashes on some input (chr() of &#xD800;); one line, the rest goes on
        raise BadInput(source, f"feedparser could not read it ({type(exc).__name__}: {exc})", traceback.format_exc()) from None
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if isinstance(problem, feedparser.ThingsNobodyCaresAboutButMe):
        problem = None  # a declared encoding or content type that was overridden; the XML is fine
    entries = parsed.get("entries") or []
    if not parsed.get("version"):
        raise BadInput(source, "not an RSS, Atom or RDF feed" + (f" ({_describe(problem)})" if problem else ""))
    if not entries:
        raise BadInput(source, f"broken XML ({_describe(problem)}); no entries could be read" if problem else "the feed has no entries")
    channel = dict(parsed.get("feed") or {})
    defaults = {"lang": _language(channel.get("language")), "outlet": _plain(channel.get("title"), channel.get("title_detail"))}
    read = tuple(_entry(entry, position, source, defaults) for position, entry in enumerate(entries, 1))
    problems = (BadInput(source, f"broken XML ({_describe(problem)}); read {len(read)} entries with the lenient parser"),) if problem else ()
    return Feed(source, read, problems)


def entry_documents(feed: Feed, follow: PageFollower) -> Iterator[RawDocument | BadInput]:
    """One document per entry: its own text when it carries the article, else what `follow`
    makes of its page; an entry with neither text nor a page to fetch is one error line."""
    yield from feed.problems
    for entry in feed.entries:
        if not entry.is_teaser:
            yield RawDocument(input=entry.input, source=entry.source, text=entry.text, fields=entry.fields)
        elif entry.link:
            followed = follow(entry)
            if followed is not None:
                yield followed
        elif entry.text:
            # a short item with no page is all there is of it
            yield RawDocument(input=entry.input, source=entry.source, text=entry.text, fields=entry.fields)
        else:
            yield BadInput(entry.source, "no text, and no web address to fetch it from")


def feeds_in_opml(data: bytes, source: str, url: str | None = None) -> tuple[list[str], list[BadInput]]:
    """The feed addresses an OPML list names, in order, each once; and the outlines that name
    none usable. Raises BadInput when the list cannot be read or names no feed at all."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise BadInput(source, f"broken XML ({exc})") from None
    if root is None or etree.QName(root).localname.lower() != "opml":
        raise BadInput(source, "not an OPML list")
    found: list[str] = []
    problems: list[BadInput] = []
    for position, outline in enumerate(root.iter("{*}outline"), 1):
        address = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if not address:
            continue  # a folder of outlines
        address = urljoin(url, address) if url else address
        if not is_url(address):
            problems.append(BadInput(f"{source} outline {position}", f"feed address {address[:200]!r} is not an http(s) URL"))
        elif address not in found:
            found.append(address)
    if not found and not problems:
        raise BadInput(source, "the OPML list names no feeds")
    return found, problems


def _entry(parsed: dict, position: int, source: str, defaults: dict[str, str | None]) -> FeedEntry:
    # a plain dict: FeedParserDict maps some missing keys to others ("updated" → "published") with a warning
    entry = dict(parsed)
    link = _NOT_XML.sub("", entry.get("link") or "").strip()
    identity = _NOT_XML.sub("", entry.get("id") or "").strip() or link or f"{source}#{position}"
    bodies = [_plain(c.get("value"), c) for c in entry.get("content") or []]
    bodies.append(_plain(entry.get("summary"), entry.get("summary_detail")))
    text = max(bodies, key=len)
    language = next((c.get("language") for c in entry.get("content") or [] if c.get("language")), None)
    fields = {
        "title": _plain(entry.get("title"), entry.get("title_detail")).replace("\n", " "),
        "date": _entry_date(entry),
        "url": link if is_url(link) else None,
        "lang": _language(language) or defaults["lang"],
        "outlet": defaults["outlet"],
    }
    shown = identity if len(identity) <= _SHOWN_ID_CHARS else identity[: _SHOWN_ID_CHARS - 1] + "…"
    return FeedEntry(
        input=identity, source=f"{source} entry {position} ({shown})", link=link if is_url(link) else None,
        text=text, fields={name: value for name, value in fields.items() if value},
    )


def _plain(value: object, detail: object) -> str:
    """Text of a feed value: HTML (as feedparser marks it) made plain, one paragraph a line."""
    if not isinstance(value, str) or not value.strip():
        return ""
    kind = detail.get("type", "") if isinstance(detail, dict) else ""
    # a value without its detail (feedparser copies content to summary without one) is HTML if it looks it
    if "html" in kind or (not kind and _MARKUP.search(value)):
        value = _text_of_html(value)
    lines = (" ".join(line.split()) for line in _NOT_XML.sub("", value).splitlines())
    return "\n".join(line for line in lines if line)


def _text_of_html(fragment: str) -> str:
    """Read without changing the tree: lxml refuses to set text holding the control characters
    a character reference (&#1;) can put there."""
    try:
        root = lxml.html.fragment_fromstring(_NOT_XML.sub("", fragment), create_parent="div")
    except (etree.LxmlError, ValueError):
        return ""
    parts: list[str] = []
    hidden = 0  # inside script, style, noscript
    for event, node in etree.iterwalk(root, events=("start", "end", "comment", "pi")):
        tag = node.tag if isinstance(node.tag, str) else None
        if event == "start":
            hidden += tag in _HIDDEN
            if not hidden:
                # block elements start and end lines, so paragraphs stay apart in the text
                parts.append("\n" * (tag in _BLOCKS) + (node.text or ""))
        else:
            if event == "end":
                hidden -= tag in _HIDDEN
                parts.append("\n" * (tag in _BLOCKS and not hidden))
            if not hidden and node is not root:
                parts.append(node.tail or "")
    return "".join(parts)


def _entry_date(entry: dict) -> str | None:
    """ISO 8601 with the offset the feed wrote: feedparser's parsed dates are converted to UTC,
    which would move a late-evening article to the next day."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if isinstance(raw, str) and raw.strip():
            written = _written_date(raw.strip())
            if written:
                return written
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            try:
                return dt.datetime(*parsed[:6], tzinfo=dt.timezone.utc).isoformat()
            except (TypeError, ValueError, OverflowError):
                continue
    return None


def _written_date(raw: str) -> str | None:
    try:
        if len(raw) == 10:
            return dt.date.fromisoformat(raw).isoformat()  # a day without a time stays a day
        return dt.datetime.fromisoformat(raw).isoformat()  # Atom and RSS 1.0: RFC 3339
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(raw).isoformat()  # RSS 2.0: RFC 822
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _language(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    primary = value.strip().lower().replace("_", "-").split("-", 1)[0]
    return primary if _LANG.fullmatch(primary) else None


def _describe(problem: BaseException) -> str:
    line = getattr(problem, "getLineNumber", None)
    message = problem.getMessage() if hasattr(problem, "getMessage") else str(problem)
    return f"line {line()}: {message}" if callable(line) else message or type(problem).__name__
