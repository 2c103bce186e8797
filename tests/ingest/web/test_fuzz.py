"""Property tests: random bytes and random mutations of valid pages and archives thrown at the HTML
and WARC readers. Whatever comes in, a reader returns documents or one-line reasons — it never
raises and never hangs (each example runs under an alarm)."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyweave.errors import BadInput
from storyweave.ingest import ReadOptions, read_inputs
from storyweave.ingest.html import document_from_html
from storyweave.ingest.options import LeftOut
from storyweave.model import RawDocument
from storyweave.pipeline import language_code

PAGES = Path(__file__).parent / "pages"
VALID_PAGES = [path.read_bytes() for path in sorted(PAGES.iterdir())]
SECONDS_PER_EXAMPLE = 20  # a hang, not slowness: a page takes milliseconds, an archive of six well under a second
# bounded so the suite stays fast; no example database, so nothing is written next to the tests
FUZZ = settings(max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
OPTIONS = ReadOptions(max_file_bytes=200_000)
FILTERING = ReadOptions(max_file_bytes=200_000, langs=frozenset({"en"}), sites=frozenset({"veldencourier.example"}), language_of=language_code)

MARKUP = [b"<", b">", b"</", b"<div>", b"</p>", b"<p>", b"<!--", b"-->", b"<script>", b"</html>", b"<meta charset='koi8-r'>",
          b"<![CDATA[", b"&#x0;", b"&amp", b"\x00", b"\xff\xfe", b"\r\n\r\n", b"WARC/1.0\r\n", b"Content-Length: 99999999\r\n",
          b"\x1f\x8b\x08", b"HTTP/1.1 200 OK\r\n", b"Content-Encoding: gzip\r\n"]


@contextmanager
def alarm(seconds: int) -> Iterator[None]:
    def timeout(signum, frame):
        raise TimeoutError(f"no result after {seconds} s: the reader hangs")

    previous = signal.signal(signal.SIGALRM, timeout)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@st.composite
def mutated(draw: st.DrawFn, originals: list[bytes]) -> bytes:
    """A valid input with bytes flipped, markup or record syntax spliced in, stretches deleted,
    duplicated or cut off at the end."""
    data = bytearray(draw(st.sampled_from(originals)))
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(["flip", "insert", "markup", "delete", "repeat", "truncate"]))
        if kind == "flip" and at < len(data):
            data[at] ^= draw(st.integers(1, 255))
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif kind == "markup":
            data[at:at] = draw(st.sampled_from(MARKUP)) * draw(st.integers(1, 50))
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 400))]
        elif kind == "repeat":
            data[at:at] = data[at : at + draw(st.integers(1, 400))] * draw(st.integers(2, 4))
        elif kind == "truncate":
            del data[at:]
    return bytes(data)


def _one_line_reasons(items: list) -> None:
    for item in items:
        assert isinstance(item, RawDocument | BadInput | LeftOut), item
        if isinstance(item, BadInput):
            assert "\n" not in str(item) and item.reason
        if isinstance(item, RawDocument):
            assert item.text.strip()


@FUZZ
@given(data=st.binary(max_size=4000))
def test_random_bytes_as_a_page(data: bytes) -> None:
    with alarm(SECONDS_PER_EXAMPLE):
        _one_line_reasons([document_from_html(data, "fuzz.html", "fuzz.html", None, OPTIONS)])


@FUZZ
@given(data=mutated(VALID_PAGES), url=st.none() | st.text(max_size=60))
def test_mutated_pages(data: bytes, url: str | None) -> None:
    with alarm(SECONDS_PER_EXAMPLE):
        _one_line_reasons([document_from_html(data, "fuzz.html", "fuzz.html", url, OPTIONS)])


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def _read_archive(folder: Path, name: str, data: bytes, options: ReadOptions) -> None:
    path = folder / name
    path.write_bytes(data)
    with alarm(SECONDS_PER_EXAMPLE):
        items = list(read_inputs([path], options))
    _one_line_reasons(items)


@FUZZ
@given(data=st.binary(max_size=4000), name=st.sampled_from(["fuzz.warc", "fuzz.warc.gz"]))
def test_random_bytes_as_an_archive(fuzz_dir: Path, data: bytes, name: str) -> None:
    _read_archive(fuzz_dir, name, data, OPTIONS)


@FUZZ
@given(data=st.data(), name=st.sampled_from(["news.warc", "news.warc.gz"]), filtering=st.booleans())
def test_mutated_archives(fuzz_dir: Path, archives: dict[str, bytes], data: st.DataObject, name: str, filtering: bool) -> None:
    archive = data.draw(mutated([archives[name]]))
    _read_archive(fuzz_dir, name, archive, FILTERING if filtering else OPTIONS)
