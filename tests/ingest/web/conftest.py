"""Saved pages and small web archives built with warcio (CC-NEWS-like, one gzip member per
record) for the HTML and WARC tests. Test modules get them through the `web` fixture, since
conftest modules are not importable by name."""

from __future__ import annotations

import gzip
import io
from dataclasses import dataclass
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PAGES = Path(__file__).parent / "pages"

GERMAN_PAGE = """<html lang="de"><head><title>Kran stürzt im Hafen Velden auf leeren Liegeplatz</title>
<meta property="og:site_name" content="Veldener Kurier"></head><body><nav>Start | Lokales | Sport</nav><article>
<h1>Kran stürzt im Hafen Velden auf leeren Liegeplatz</h1>
<p>Im Osthafen von Velden ist am frühen Dienstagmorgen ein Containerkran auf einen leeren Liegeplatz gestürzt. Verletzt wurde niemand, weil die Nachtschicht kurz zuvor geendet hatte.</p>
<p>Die Hafenverwaltung hat alle Arbeiten am Terminal eingestellt, bis unabhängige Gutachter die übrigen Kräne geprüft haben. Das könne bis zu einer Woche dauern, sagte Betriebsleiter Henrik Aalto.</p>
</article></body></html>"""

NOT_FOUND_PAGE = "<html><body><h1>Page not found</h1><p>The page you asked for has moved or never existed on this site.</p></body></html>"


@dataclass(frozen=True)
class Page:
    uri: str
    body: bytes
    status: str = "200 OK"
    content_type: str = "text/html; charset=utf-8"
    content_encoding: str | None = None


def news_pages() -> list[Page]:
    """Three article pages from three sites, one in German, and two records that are no article."""
    return [
        Page("https://www.veldencourier.example/news/crane", (PAGES / "harbour_crane.html").read_bytes(), content_encoding="gzip"),
        Page("https://northshoredaily.example/port-velden-crane-falls", (PAGES / "crane_second_report.html").read_bytes(),
             content_type="text/html; charset=windows-1252"),
        Page("https://www.veldencourier.example/missing", NOT_FOUND_PAGE.encode(), status="404 Not Found"),
        Page("https://cdn.veldencourier.example/crane.jpg", b"\xff\xd8\xff\xe0" + bytes(2000), content_type="image/jpeg"),
        Page("https://news.veldencourier.example/de/kran", GERMAN_PAGE.encode()),
        Page("https://dunmoreweekly.example/library-reopens", (PAGES / "library_reopens.htm").read_bytes(), content_type="text/html"),
    ]


def write_warc(path: Path, pages: list[Page], compress: bool = True) -> Path:
    """A warcinfo record, then per page a request and its response, like a crawler writes them."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=compress)
        _write(writer, writer.create_warcinfo_record(path.name, {"software": "storyweave tests", "format": "WARC File Format 1.0"}))
        for page in pages:
            request = StatusAndHeaders(f"GET {page.uri} HTTP/1.1", [("Host", page.uri.split("/")[2])], is_http_request=True)
            _write(writer, writer.create_warc_record(page.uri, "request", http_headers=request))
            body = gzip.compress(page.body) if page.content_encoding == "gzip" else page.body
            headers = [("Content-Type", page.content_type), ("Content-Length", str(len(body)))]
            if page.content_encoding:
                headers.append(("Content-Encoding", page.content_encoding))
            response = StatusAndHeaders(page.status, headers, protocol="HTTP/1.1")
            _write(writer, writer.create_warc_record(page.uri, "response", payload=io.BytesIO(body), http_headers=response))
    return path


def _write(writer: WARCWriter, record) -> None:
    writer.write_record(record)
    record.raw_stream.close()  # warcio spools the payload to a temporary file it leaves open


@dataclass(frozen=True)
class WebKit:
    pages: Path
    tmp: Path

    Page = Page

    def news_pages(self) -> list[Page]:
        return news_pages()

    def warc(self, name: str = "news.warc.gz", pages: list[Page] | None = None, compress: bool | None = None) -> Path:
        return write_warc(self.tmp / name, news_pages() if pages is None else pages, name.endswith(".gz") if compress is None else compress)


@pytest.fixture
def web(tmp_path: Path) -> WebKit:
    return WebKit(PAGES, tmp_path)


@pytest.fixture(scope="session")
def archives(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The news archive's bytes, gzip-compressed and not, built once for the session."""
    folder = tmp_path_factory.mktemp("archives")
    return {name: write_warc(folder / name, news_pages(), name.endswith(".gz")).read_bytes() for name in ("news.warc.gz", "news.warc")}
