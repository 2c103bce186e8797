"""Reading web archives: HTML responses become articles named by their URI, other records are left
out and counted, --site/--lang filter, and a bad or cut record is one line while the rest is read."""

from __future__ import annotations

import gzip
import io
import re
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.warcwriter import WARCWriter

from storyweave.errors import BadInput
from storyweave.ingest import ReadOptions, read_inputs
from storyweave.ingest.options import LeftOut
from storyweave.model import RawDocument
from storyweave.pipeline import language_code

CRANE = "https://www.veldencourier.example/news/crane"
NORTHSHORE = "https://northshoredaily.example/port-velden-crane-falls"
GERMAN = "https://news.veldencourier.example/de/kran"
LIBRARY = "https://dunmoreweekly.example/library-reopens"


def _read(path: Path, options: ReadOptions | None = None) -> tuple[list[RawDocument], list[BadInput], list[LeftOut]]:
    items = list(read_inputs([path], options or ReadOptions()))
    docs = [i for i in items if isinstance(i, RawDocument)]
    bad = [i for i in items if isinstance(i, BadInput)]
    left_out = [i for i in items if isinstance(i, LeftOut)]
    assert len(docs) + len(bad) + len(left_out) == len(items)
    return docs, bad, left_out


def _record_offsets(path: Path) -> list[int]:
    with path.open("rb") as handle:
        records = ArchiveIterator(handle)
        return [records.get_record_offset() for _ in records]


@pytest.mark.parametrize("name", ["news.warc.gz", "news.warc"])
def test_html_responses_become_articles_named_by_their_uri(web, name: str) -> None:
    path = web.warc(name)
    docs, bad, left_out = _read(path)
    assert bad == []
    assert [d.input for d in docs] == [CRANE, NORTHSHORE, GERMAN, LIBRARY]
    # warcinfo 1, then request and response per page: the crane page is the response in record 3
    assert re.fullmatch(rf"{re.escape(str(path))} record 3 \(byte \d+\) <{re.escape(CRANE)}>", docs[0].source)
    crane, northshore = docs[0], docs[1]
    assert "collapsed onto an empty berth" in crane.text  # the body was sent gzip-compressed
    assert "Advertisement" not in crane.text and "Please enter your comment" not in crane.text
    assert crane.fields["outlet"] == "The Velden Courier" and crane.fields["date"] == "2024-03-12"
    # the page's canonical link, not the address it was crawled at
    assert crane.fields["url"] == "https://www.veldencourier.example/news/2024/03/12/crane-collapse-port-velden"
    assert northshore.encoding == "cp1252" and "Port Velden’s eastern terminal" in northshore.text
    assert sorted(item.reason for item in left_out) == ["HTTP status 404", "not an HTML page (image/jpeg)"]


@pytest.mark.parametrize("site", ["veldencourier.example", "https://www.VeldenCourier.example/", "www.veldencourier.example"])
def test_site_filter_keeps_the_site_and_its_subdomains(web, site: str) -> None:
    docs, bad, left_out = _read(web.warc(), ReadOptions(sites=frozenset({site})))
    assert [d.input for d in docs] == [CRANE, GERMAN]
    assert bad == []
    assert sum(item.reason == "not from a site given with --site" for item in left_out) == 2


@pytest.mark.parametrize("lang", ["de", "de-at"])
def test_language_filter_keeps_pages_in_the_languages_given(web, lang: str) -> None:
    docs, _, left_out = _read(web.warc(), ReadOptions(langs=frozenset({lang}), language_of=language_code))
    assert [d.input for d in docs] == [GERMAN]
    assert sum(item.reason == "language en not given with --lang" for item in left_out) == 3


def test_a_truncated_gzip_archive_keeps_what_came_before_and_names_the_cut_record(web) -> None:
    path = web.warc()
    path.write_bytes(path.read_bytes()[:-150])
    docs, bad, _ = _read(path)
    assert [d.input for d in docs] == [CRANE, NORTHSHORE, GERMAN]
    (error,) = bad
    # the library page is the last response, record 13
    assert re.fullmatch(rf"{re.escape(str(path))} record 13 \(byte \d+\) <{re.escape(LIBRARY)}>", error.source)
    assert re.fullmatch(r"record cut short \([\d,]+ bytes missing\)", error.reason)


def test_a_corrupt_gzip_member_in_the_middle_is_skipped_and_the_rest_read(web) -> None:
    path = web.warc()
    data = bytearray(path.read_bytes())
    northshore_response = _record_offsets(path)[4]  # record 5
    data[northshore_response + 40 : northshore_response + 90] = bytes(50)
    path.write_bytes(bytes(data))
    docs, bad, _ = _read(path)
    assert [d.input for d in docs] == [CRANE, GERMAN, LIBRARY]
    (error,) = bad
    assert error.source == f"{path} record 5 (byte {northshore_response})"


def test_a_garbled_record_header_in_an_uncompressed_archive_is_skipped_and_the_rest_read(web) -> None:
    path = web.warc("news.warc")
    data = bytearray(path.read_bytes())
    northshore_response = _record_offsets(path)[4]
    assert data[northshore_response : northshore_response + 8] == b"WARC/1.0"
    data[northshore_response : northshore_response + 8] = b"WARX/9.9"
    path.write_bytes(bytes(data))
    docs, bad, _ = _read(path)
    assert [d.input for d in docs] == [CRANE, GERMAN, LIBRARY]
    (error,) = bad
    assert " record 5 " in error.source and "WARX/9.9" in error.reason


def test_an_uncompressed_archive_cut_short_names_the_incomplete_record(web) -> None:
    path = web.warc("news.warc")
    path.write_bytes(path.read_bytes()[:-300])
    docs, bad, _ = _read(path)
    assert [d.input for d in docs] == [CRANE, NORTHSHORE, GERMAN]
    (error,) = bad
    assert f"record 13 (byte " in error.source and error.source.endswith(f"<{LIBRARY}>")
    assert re.fullmatch(r"record cut short \([\d,]+ bytes missing\)", error.reason)


def test_a_wrong_content_length_is_one_line_and_reading_goes_on(web) -> None:
    path = web.warc("news.warc")
    data = path.read_bytes()
    northshore_response = _record_offsets(path)[4]
    head = data[northshore_response : northshore_response + 600]
    length = re.search(rb"Content-Length: (\d+)", head)
    assert length and data[:_record_offsets(path)[5]].rstrip().endswith(b"</html>")
    # eight bytes short: the record's last line, "</html>", is left over between it and the next record
    shorter = head.replace(length.group(0), b"Content-Length: %d" % (int(length.group(1)) - len(b"</html>\n")), 1)
    path.write_bytes(data[:northshore_response] + shorter + data[northshore_response + 600 :])
    docs, bad, _ = _read(path)
    assert [d.input for d in docs] == [CRANE, NORTHSHORE, GERMAN, LIBRARY]
    (error,) = bad
    assert error.source == f"{path} record 5 (byte {northshore_response})"
    assert error.reason.startswith("its Content-Length does not match its content") and "\n" not in str(error)


def test_records_over_the_size_limit_are_refused_one_by_one(web) -> None:
    path = web.warc()
    docs, bad, _ = _read(path, ReadOptions(max_file_bytes=2000))
    assert [d.input for d in docs] == [GERMAN, LIBRARY]
    assert [e.source.rsplit("<", 1)[1] for e in bad] == [f"{CRANE}>", f"{NORTHSHORE}>"]
    assert all("too large" in e.reason and "max_file_bytes" in e.reason for e in bad)


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.warc", b"", "no WARC records"),
        ("text.warc", b"This is a note, not an archive.\n" * 40, "unreadable record"),
        ("text.warc.gz", gzip.compress(b"This is a note, not an archive.\n" * 40, mtime=0), "unreadable record"),
        ("binary.warc.gz", bytes(range(256)) * 40, "unreadable record"),
    ],
    ids=["empty", "text", "gzipped-text", "binary"],  # not the bytes: every xdist worker must collect the same ids
)
def test_a_file_that_is_no_archive_is_one_line(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    docs, bad, left_out = _read(path)
    assert docs == [] and left_out == []
    (error,) = bad
    assert error.source.startswith(str(path)) and reason in error.reason and "\n" not in str(error)


def test_a_resource_record_holding_a_page_is_read_like_a_response(web, tmp_path: Path) -> None:
    path = tmp_path / "saved.warc"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=False)
        page = (web.pages / "library_reopens.htm").read_bytes()
        record = writer.create_warc_record(LIBRARY, "resource", payload=io.BytesIO(page), warc_content_type="text/html")
        writer.write_record(record)
        record.raw_stream.close()
    docs, bad, left_out = _read(path)
    assert [d.input for d in docs] == [LIBRARY] and bad == [] and left_out == []
    assert docs[0].fields["outlet"] == "Dunmore Weekly"
