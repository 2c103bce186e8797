"""Feed and OPML files without a network: entries, their fields, teasers, and bad feeds."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyweave.cli import app
from storyweave.errors import BadInput
from storyweave.ingest import ReadOptions, read_inputs
from storyweave.ingest.feeds import FULL_TEXT_MIN_WORDS, entry_documents, feeds_in_opml, parse_feed
from storyweave.model import RawDocument

# pytest's importlib mode puts no test folder on sys.path
_spec = importlib.util.spec_from_file_location("feed_fixtures", Path(__file__).with_name("feed_fixtures.py"))
fx = importlib.util.module_from_spec(_spec)
sys.modules["feed_fixtures"] = fx
_spec.loader.exec_module(fx)


def refuse(entry):
    return BadInput(entry.source, "offline")


def test_rss_entries_keep_their_ids_titles_dates_with_offset_and_language():
    feed = parse_feed(fx.rss(fx.RSS_ITEMS), "courier.rss")
    ferry, library = feed.entries
    assert ferry.input == "courier-ferry-strike"
    assert ferry.source == "courier.rss entry 1 (courier-ferry-strike)"
    # the date as the feed wrote it, offset included
    assert ferry.fields == {"title": "Ferry crews strike on Sandvik crossing", "date": "2024-03-07T23:10:00+01:00",
                            "url": "https://courier.example.org/ferry", "lang": "en", "outlet": "Fjord Courier"}
    assert ferry.text.splitlines() == fx.FERRY.splitlines()
    assert not ferry.is_teaser and library.fields["date"] == "2024-03-09T12:00:00+01:00"


def test_atom_entries_read_html_content_as_paragraphs():
    feed = parse_feed(fx.atom(fx.ATOM_ENTRIES), "ledger.atom")
    marathon = feed.entries[0]
    # half past midnight on the 11th where it was written is still the 10th in UTC
    assert marathon.fields["date"] == "2024-03-11T00:30:00+02:00"
    assert marathon.text.splitlines() == fx.MARATHON.splitlines()
    assert marathon.fields["url"] == "https://ledger.example.net/marathon"


def test_rss_1_rdf_feeds_are_read():
    rdf = f"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://bay.example.org/"><title>Bay Post</title><link>https://bay.example.org/</link><description>x</description></channel>
<item rdf:about="https://bay.example.org/pier"><title>Pier closed</title><link>https://bay.example.org/pier</link>
<dc:date>2024-03-12T10:00:00-05:00</dc:date><description>{fx.PIER}</description></item></rdf:RDF>""".encode()
    (entry,) = parse_feed(rdf, "bay.rdf").entries
    assert entry.input == "https://bay.example.org/pier" and entry.fields["date"] == "2024-03-12T10:00:00-05:00"
    assert "iron columns had corroded" in entry.text and not entry.is_teaser


def test_a_date_without_a_time_stays_a_day_and_a_date_without_zone_gets_no_offset():
    data = b"""<rss version="2.0"><channel><title>T</title>
<item><guid>a</guid><description>x</description><pubDate>2024-03-05</pubDate></item>
<item><guid>b</guid><description>x</description><pubDate>Tue, 05 Mar 2024 22:00:00 -0000</pubDate></item>
</channel></rss>"""
    first, second = parse_feed(data, "t.rss").entries
    assert first.fields["date"] == "2024-03-05"
    assert second.fields["date"] == "2024-03-05T22:00:00"


def test_entries_become_documents_and_teasers_go_to_the_follower():
    items = fx.RSS_ITEMS + [("courier-wind", "Wind farm approved", "https://post.example.com/wind", None, "Wed, 06 Mar 2024 23:55:00 +0100")]
    followed = []

    def follow(entry):
        followed.append(entry.link)
        return RawDocument(entry.input, entry.source, fx.WIND_FARM, fields=entry.fields)

    out = list(entry_documents(parse_feed(fx.rss(items), "courier.rss"), follow))
    assert [d.input for d in out] == ["courier-ferry-strike", "courier-library", "courier-wind"]
    assert followed == ["https://post.example.com/wind"]
    assert len(fx.WIND_FARM_TEASER.split()) < FULL_TEXT_MIN_WORDS


def test_an_entry_with_no_text_and_no_link_is_one_line_and_a_short_one_without_link_is_kept():
    data = b"""<rss version="2.0"><channel><title>T</title>
<item><guid>bare</guid><title>Nothing here</title></item>
<item><guid>brief</guid><description>The harbour office will be closed on Monday for a public holiday.</description></item>
</channel></rss>"""
    out = list(entry_documents(parse_feed(data, "t.rss"), refuse))
    assert [str(x) for x in out if isinstance(x, BadInput)] == ["t.rss entry 1 (bare): no text, and no web address to fetch it from"]
    assert [d.input for d in out if isinstance(d, RawDocument)] == ["brief"]


@pytest.mark.parametrize("data,reason", [
    (b"", "not an RSS, Atom or RDF feed"),
    (b"<html><body><p>Just a page</p></body></html>", "not an RSS, Atom or RDF feed"),
    (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>', "the feed has no entries"),
    (b"<rss version='2.0'><channel><title>x</title><it", "broken XML (line 2: unclosed token); no entries could be read"),
    (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://a.example/</loc></url></urlset>',
     "not an RSS, Atom or RDF feed"),
])
def test_unusable_feeds(data: bytes, reason: str):
    with pytest.raises(BadInput) as raised:
        parse_feed(data, "f.xml")
    assert raised.value.source == "f.xml" and raised.value.reason == reason


def test_a_crash_inside_feedparser_is_one_line():
    # broken XML sends feedparser to its lenient parser, which calls chr() on a surrogate reference
    data = b"<rss version='2.0'><channel><title>a &amp b</title><item><description>x &#xD800; y</description></item></channel></rss>"
    with pytest.raises(BadInput, match=r"feedparser could not read it \(UnicodeEncodeError"):
        parse_feed(data, "f.rss")


def test_entry_html_becomes_lines_without_scripts_comments_or_control_characters():
    body = ("<div>Lead&#1; paragraph<!-- an editor's note --> goes on.<script>track()</script><style>p{}</style></div>"
            "<p>Second <b>bold</b> paragraph.<br>Its second line.</p><ul><li>one</li><li>two</li></ul>")
    data = f"""<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><id>e</id><title>t</title>
<content type="html">{body.replace("&", "&amp;").replace("<", "&lt;")}</content></entry></feed>""".encode()
    (entry,) = parse_feed(data, "t.atom").entries
    assert entry.text.splitlines() == ["Lead paragraph goes on.", "Second bold paragraph.", "Its second line.", "one", "two"]


def test_a_feed_is_never_taken_for_a_path_to_open(tmp_path: Path):
    secret = tmp_path / "secret.txt"
    secret.write_text("<rss version='2.0'><channel><item><title>secret</title></item></channel></rss>")
    with pytest.raises(BadInput, match="not an RSS, Atom or RDF feed"):
        parse_feed(str(secret).encode(), "evil.rss")


def test_opml_lists_name_their_feeds_once_and_report_unusable_outlines():
    data = b"""<?xml version="1.0"?><opml version="1.0"><head/><body>
<outline text="News"><outline xmlUrl="https://a.example/feed.rss"/><outline xmlUrl="feeds/b.atom"/></outline>
<outline xmlUrl="https://a.example/feed.rss"/><outline xmlUrl="file:///etc/passwd"/><outline text="folder only"/>
</body></opml>"""
    found, problems = feeds_in_opml(data, "list.opml", "https://lists.example/my.opml")
    assert found == ["https://a.example/feed.rss", "https://lists.example/feeds/b.atom"]
    assert [str(p) for p in problems] == ["list.opml outline 5: feed address 'file:///etc/passwd' is not an http(s) URL"]


@pytest.mark.parametrize("data,reason", [
    (b"<opml><body><outline text='x'/></body></opml>", "the OPML list names no feeds"),
    (b"<opml><body><outline xmlUrl='https://a.example/f'", "broken XML"),
    (b"<rss version='2.0'><channel><title>x</title></channel></rss>", "not an OPML list"),
])
def test_unusable_opml(data: bytes, reason: str):
    with pytest.raises(BadInput, match=reason):
        feeds_in_opml(data, "list.opml")


def _entity_bomb(root: str, body: str) -> bytes:
    entities = '<!ENTITY a0 "aaaaaaaaaa">' + "".join(f'<!ENTITY a{i} "{("&a%d;" % (i - 1)) * 10}">' for i in range(1, 10))
    return f'<?xml version="1.0"?><!DOCTYPE {root} [{entities}]>{body}'.encode()


def test_entity_bombs_are_stopped_by_the_parsers():
    with pytest.raises(BadInput, match="amplification"):
        feeds_in_opml(_entity_bomb("opml", '<opml><body><outline xmlUrl="https://a.example/&a9;"/></body></opml>'), "bomb.opml")
    feed = parse_feed(_entity_bomb("rss", "<rss version='2.0'><channel><item><title>&a9;</title><description>x</description></item></channel></rss>"),
                      "bomb.rss")
    assert "amplification" in feed.problems[0].reason
    assert len(feed.entries[0].fields.get("title", "")) < 1000


def test_a_folder_of_feed_files_is_read_and_other_xml_is_one_line(tmp_path: Path):
    (tmp_path / "courier.rss").write_bytes(fx.rss(fx.RSS_ITEMS))
    (tmp_path / "ledger.xml").write_bytes(fx.atom(fx.ATOM_ENTRIES))
    (tmp_path / "sitemap.xml").write_bytes(b'<?xml version="1.0"?><urlset><url><loc>https://a.example/</loc></url></urlset>')
    items = list(read_inputs([tmp_path], ReadOptions()))
    assert sorted(i.input for i in items if isinstance(i, RawDocument)) == [
        "courier-ferry-strike", "courier-library", "urn:ledger:bakery", "urn:ledger:marathon"]
    assert [str(i) for i in items if isinstance(i, BadInput)] == [f"{tmp_path / 'sitemap.xml'}: not an RSS, Atom or RDF feed"]


def test_an_oversized_feed_file_is_refused(tmp_path: Path):
    big = tmp_path / "big.rss"
    big.write_bytes(fx.rss(fx.RSS_ITEMS))
    (item,) = read_inputs([big], ReadOptions(max_file_bytes=1000))
    assert isinstance(item, BadInput) and "too large" in item.reason


def test_run_on_feed_files_groups_entries_and_names_broken_ones(tmp_path: Path):
    (tmp_path / "courier.rss").write_bytes(fx.rss(fx.RSS_ITEMS))
    (tmp_path / "empty.atom").write_bytes(b'<feed xmlns="http://www.w3.org/2005/Atom"><title>Nothing yet</title></feed>')
    db = tmp_path / "feeds.db"
    result = CliRunner().invoke(app, ["run", str(tmp_path), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    assert f"skipped {tmp_path / 'empty.atom'}: the feed has no entries" in " ".join(result.stderr.split())
    exported = json.loads(CliRunner().invoke(app, ["export", "--db", str(db)]).stdout)
    assert {a["input"]: a["title"] for a in exported["articles"]} == {
        "courier-ferry-strike": "Ferry crews strike on Sandvik crossing", "courier-library": "Oberholm library reopens with a roof garden"}
