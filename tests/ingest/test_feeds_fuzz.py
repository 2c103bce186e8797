"""Property tests: random bytes and random mutations of valid feeds and OPML lists never crash
or hang the readers — every outcome is entries, documents, or BadInput lines."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyweave.errors import BadInput
from storyweave.ingest.feeds import Feed, entry_documents, feeds_in_opml, is_opml, parse_feed
from storyweave.model import RawDocument

# pytest's importlib mode puts no test folder on sys.path
_spec = importlib.util.spec_from_file_location("feed_fixtures", Path(__file__).with_name("feed_fixtures.py"))
fx = importlib.util.module_from_spec(_spec)
sys.modules["feed_fixtures"] = fx
_spec.loader.exec_module(fx)

VALID = [
    fx.rss(fx.RSS_ITEMS + [("t", "Teaser", "https://a.example/t", None, "Wed, 06 Mar 2024 23:55:00 +0100")]),
    fx.atom(fx.ATOM_ENTRIES),
    fx.opml(["https://a.example/feed.rss", "https://b.example/atom.xml"]),
]
# each example is bounded in time: a reader that hangs fails the deadline
BOUNDED = settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.too_slow], derandomize=True)


def offline(entry):
    return BadInput(entry.source, "offline")


def read_everything(data: bytes) -> list[object]:
    """What `run` would do with the bytes as a feed file, minus the network."""
    if is_opml(data):
        try:
            found, problems = feeds_in_opml(data, "fuzz.opml", "https://lists.example/")
        except BadInput as error:
            return [error]
        assert all(url.startswith(("http://", "https://")) for url in found)
        return [*problems, *found]
    try:
        feed = parse_feed(data, "fuzz.xml", "https://feeds.example/x")
    except BadInput as error:
        assert error.source == "fuzz.xml" and error.reason
        return [error]
    assert isinstance(feed, Feed)
    out = list(entry_documents(feed, offline))
    for item in out:
        assert isinstance(item, (RawDocument, BadInput))
        if isinstance(item, RawDocument):
            assert item.text.strip() and item.input
    return out


@st.composite
def mutated(draw) -> bytes:
    data = bytearray(draw(st.sampled_from(VALID)))
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "duplicate"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if kind == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif kind == "insert":
            data[at:at] = draw(st.sampled_from([b"<", b">", b"&", b"]]>", b"<![CDATA[", b"&#0;", b"\x00", b"\xff\xfe", b"<item>", b"</entry>",
                                                b"<!ENTITY x 'y'>", b"<outline xmlUrl='javascript:x'/>", b"&#xD800;", b"&#55296;", b"&#x110000;",
                                                b"&#1;", b"&amp", draw(st.binary(max_size=20))]))
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 200))]
        elif kind == "truncate":
            del data[at:]
        elif kind == "duplicate":
            data[at:at] = data[at : at + draw(st.integers(1, 500))]
    return bytes(data)


@BOUNDED
@given(st.binary(max_size=4096))
def test_random_bytes(data: bytes):
    read_everything(data)


@BOUNDED
@given(mutated())
def test_mutations_of_valid_feeds_and_lists(data: bytes):
    read_everything(data)


@BOUNDED
@given(st.text(max_size=300))
def test_random_text_in_every_field_of_an_entry(text: str):
    # text drawn from all of Unicode (surrogates and control characters included), placed
    # where feeds carry titles, ids, dates, links and HTML bodies
    from xml.sax.saxutils import escape

    value = escape(text)
    data = (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{value}</title><language>{value}</language>'
            f"<item><title>{value}</title><guid>{value}</guid><link>{value}</link><pubDate>{value}</pubDate>"
            f"<description>{value}</description></item></channel></rss>").encode("utf-8", "surrogatepass")
    read_everything(data)
