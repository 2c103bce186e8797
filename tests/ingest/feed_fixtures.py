"""Feeds, pages and an OPML list written for these tests (the articles are invented), and a
real HTTP server on 127.0.0.1 that serves them with ETag / Last-Modified, counts requests,
and can fail, redirect or send a body that never ends."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

FERRY = """Ferry crews on the Sandvik crossing walked out at dawn on Thursday, stranding about two thousand commuters on both sides of the fjord, the operator Nordlys Lines said.
The strike, the first on the route in eleven years, follows six weeks of failed talks over night-shift pay and the number of deckhands required on the older vessels.
"We asked for safe crews, not a fortune," union steward Mette Halvorsen told reporters at the quay in Sandvik, where a few hundred workers gathered with banners.
Nordlys Lines said it would run a replacement bus service around the fjord, a trip that takes almost three hours instead of twenty minutes, and urged passengers to work from home.
Talks are due to resume on Monday with a state mediator."""

LIBRARY = """The public library in Oberholm reopened on Saturday after a two-year renovation that added a reading garden on the roof and a workshop where children can repair bicycles and toys.
Mayor Anton Reiser cut the ribbon in front of several hundred residents, many of whom had queued since early morning to borrow books from the new collection.
The renovation cost 14 million euros, about a third more than planned, because rotten beams were found under the old reading room, chief librarian Jana Wolff said.
"The building is finally as open as the people who use it," Wolff said, adding that opening hours would be extended to ten in the evening on weekdays.
The old card catalogue, kept as a curiosity, now stands in the entrance hall."""

WIND_FARM = """The regional council of Kestrel Bay approved a twelve-turbine wind farm off the northern headland on Wednesday after a debate that lasted until midnight.
Twenty-one councillors voted in favour and nine against; opponents said the turbines would spoil the view from the old lighthouse and harm the puffin colony on Gull Rock.
The developer, Westerly Power, promised to halt construction during the nesting season and to fund a bird survey for ten years, council leader Brid Nolan said.
"This is the largest decision this council has taken in a generation," Nolan said after the vote, calling the project a fair bargain for the coast.
Construction is expected to begin next spring and the turbines to supply electricity to about forty thousand homes."""

MARATHON = """Kenyan runner Daniel Kiprop won the Lindau marathon on Sunday in two hours, six minutes and twelve seconds, breaking the course record by almost a minute.
Kiprop pulled away from a group of four runners at the thirty-kilometre mark along the lakeshore and crossed the line alone in front of the harbour lighthouse.
The women's race went to local runner Sabine Kraus, who finished in two hours and twenty-five minutes despite a strong headwind on the final stretch.
"The crowd carried me the last five kilometres," Kraus said, wrapped in a flag of the town's rowing club, where she trains on weekday mornings.
Organisers counted nine thousand runners, a record for the race, and said next year's event would start half an hour earlier to avoid the midday heat."""

BAKERY = """Bakers in the village of Merrow have formed a cooperative to buy flour directly from three farms in the valley, cutting their costs by a fifth, the cooperative's chair Tom Ellery said on Friday.
The five bakeries had been paying rising prices to a wholesaler in the city, and two of them had considered closing before the winter.
Under the agreement, the farms will deliver stone-ground flour every Monday and the bakers will share a refrigerated van for deliveries to shops and schools.
"We used to compete for every loaf; now we share a van and a phone number," Ellery said, standing outside the oldest of the bakeries on the market square.
The cooperative plans to open a joint stall at the Saturday market in the spring."""

PIER = """Engineers closed the Victorian pier in Saltmouth on Tuesday after divers found that three of its iron columns had corroded through below the waterline, the borough council said.
The pier, which carries a café, an arcade and a small theatre, will stay shut at least until the summer while a survey decides whether it can be repaired.
Council engineer Priya Basu said the columns had been inspected two years ago and had shown only surface rust at the time, and that winter storms may have sped up the damage.
"Nobody will walk on that deck until we are sure it is safe," Basu said, standing at the barrier that now blocks the entrance on the promenade.
Traders on the pier said the closure would cost them the Easter holidays, their busiest weeks of the year."""

WIND_FARM_TEASER = "Councillors approved twelve turbines off the northern headland after a debate that lasted until midnight."


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "application/rss+xml; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0  # answer 500 this many times first
    status: int = 200
    location: str | None = None  # a redirect target
    endless: bool = False  # stream chunks until the client hangs up, announcing no length
    content_encoding: str | None = None
    delay_s: float = 0.0  # wait this long before answering
    trickle_s: float = 0.0  # with endless: pause this long between small chunks
    hits: int = 0
    request_headers: list[dict[str, str]] = field(default_factory=list)


class Site:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.base = ""

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, **route: object) -> str:
        self.routes[path] = Route(**route)  # type: ignore[arg-type]
        return self.url(path)


class _Handler(BaseHTTPRequestHandler):
    site: Site

    def log_message(self, format: str, *args: object) -> None:  # the test output stays readable
        pass

    def do_GET(self) -> None:
        route = self.site.routes.get(self.path)
        if route is None:
            self.send_error(404)
            return
        route.hits += 1
        route.request_headers.append(dict(self.headers.items()))
        time.sleep(route.delay_s)
        if route.failures > 0:
            route.failures -= 1
            self.send_error(500)
            return
        if route.location:
            self.send_response(route.status)
            self.send_header("Location", route.location)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if (route.etag and self.headers.get("If-None-Match") == route.etag) or (
                route.last_modified and self.headers.get("If-Modified-Since") == route.last_modified):
            self.send_response(304)
            self.end_headers()
            return
        self.send_response(route.status)
        self.send_header("Content-Type", route.content_type)
        if route.etag:
            self.send_header("ETag", route.etag)
        if route.last_modified:
            self.send_header("Last-Modified", route.last_modified)
        if route.content_encoding:
            self.send_header("Content-Encoding", route.content_encoding)
        if route.endless:
            self.send_header("Connection", "close")
            self.end_headers()
            try:
                while True:
                    if route.trickle_s:
                        self.wfile.write(b"x")
                        self.wfile.flush()
                        time.sleep(route.trickle_s)
                    else:
                        self.wfile.write(b"<item>" + b"x" * 8186 + b"</item>")
            except OSError:
                return  # the client hung up, as it should
        body = route.body.replace(b"{host}", self.headers.get("Host", "").encode())
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def serve() -> Iterator[Site]:
    site = Site()
    handler = type("Handler", (_Handler,), {"site": site})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{escape(line)}</p>" for line in text.splitlines())


def rss(items: list[tuple[str, str, str, str | None, str]], title: str = "Fjord Courier") -> bytes:
    """RSS 2.0; each item: (guid, title, link, full text or None for a teaser, pubDate)."""
    parts = []
    for guid, headline, link, text, published in items:
        content = f"<content:encoded><![CDATA[{_paragraphs(text)}]]></content:encoded>" if text else ""
        teaser = escape(WIND_FARM_TEASER if text is None else text.splitlines()[0][:120])
        parts.append(f"<item><title>{escape(headline)}</title><link>{escape(link)}</link><guid isPermaLink=\"false\">{guid}</guid>"
                     f"<pubDate>{published}</pubDate><description>{teaser}</description>{content}</item>")
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
            f"<channel><title>{escape(title)}</title><link>https://courier.example.org/</link><language>en-gb</language>"
            f"<description>News from the coast</description>{''.join(parts)}</channel></rss>\n").encode()


def atom(entries: list[tuple[str, str, str, str]], title: str = "Lakeside Ledger") -> bytes:
    """Atom 1.0; each entry: (id, title, full text, updated with offset)."""
    parts = []
    for entry_id, headline, text, updated in entries:
        parts.append(f"<entry><id>{entry_id}</id><title>{escape(headline)}</title><updated>{updated}</updated>"
                     f"<link href=\"https://ledger.example.net/{entry_id.rsplit(':', 1)[-1]}\"/>"
                     f"<content type=\"html\">{escape(_paragraphs(text))}</content></entry>")
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">'
            f"<title>{escape(title)}</title><id>urn:ledger:feed</id><updated>2024-03-10T08:00:00+01:00</updated>"
            f"{''.join(parts)}</feed>\n").encode()


def opml(feed_urls: list[str]) -> bytes:
    outlines = "".join(f'<outline type="rss" text="feed {n}" xmlUrl="{escape(url)}"/>' for n, url in enumerate(feed_urls, 1))
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<opml version="2.0"><head><title>My news</title></head>'
            f'<body><outline text="Coast">{outlines}</outline></body></opml>\n').encode()


def page(headline: str, text: str, canonical: str) -> bytes:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(headline)} | Kestrel Bay Post</title>'
            f'<link rel="canonical" href="{escape(canonical)}"><meta property="og:site_name" content="Kestrel Bay Post"></head>'
            f"<body><nav><a href='/'>Home</a> | <a href='/news'>News</a> | <a href='/sport'>Sport</a></nav>"
            f"<article><h1>{escape(headline)}</h1>{_paragraphs(text)}</article>"
            f"<footer>Subscribe to our newsletter. Copyright 2024 Kestrel Bay Post.</footer></body></html>").encode()


RSS_ITEMS = [
    ("courier-ferry-strike", "Ferry crews strike on Sandvik crossing", "https://courier.example.org/ferry", FERRY, "Thu, 07 Mar 2024 23:10:00 +0100"),
    ("courier-library", "Oberholm library reopens with a roof garden", "https://courier.example.org/library", LIBRARY, "Sat, 09 Mar 2024 12:00:00 +0100"),
]
ATOM_ENTRIES = [
    ("urn:ledger:marathon", "Kiprop breaks Lindau course record", MARATHON, "2024-03-11T00:30:00+02:00"),
    ("urn:ledger:bakery", "Merrow bakers form flour cooperative", BAKERY, "2024-03-08T09:15:00+01:00"),
]
