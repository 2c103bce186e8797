"""Feeds over real HTTP on 127.0.0.1: `watch`, `run`/`add` with feed URLs and OPML lists,
conditional GET, teaser entries followed to their pages, and the fetcher's limits."""

from __future__ import annotations

import importlib.util
import ipaddress
import json
import re
import socket
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from storyweave.cli import app, parse_interval
from storyweave.errors import BadInput
from storyweave.ingest import fetch
from storyweave.ingest.fetch import Fetched, Fetcher, FetchPolicy, NotModified, Validators

# pytest's importlib mode puts no test folder on sys.path
_spec = importlib.util.spec_from_file_location("feed_fixtures", Path(__file__).with_name("feed_fixtures.py"))
fx = importlib.util.module_from_spec(_spec)
sys.modules["feed_fixtures"] = fx
_spec.loader.exec_module(fx)


def invoke(*args: object) -> Result:
    return CliRunner().invoke(app, [str(a) for a in args])


def export(db: Path) -> dict:
    result = invoke("export", "--db", db)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def poll_line(result: Result) -> str:
    lines = [line for line in result.stdout.splitlines() if line.startswith("poll ")]
    assert len(lines) == 1, result.output
    return lines[0]


@pytest.fixture
def site():
    with fx.serve() as served:
        yield served


@pytest.fixture
def subscriptions(site, tmp_path: Path) -> Path:
    """An RSS feed (two full entries, one teaser whose page is on the site), an Atom feed, and
    an OPML list of both."""
    wind_page = site.add("/news/wind-farm", body=fx.page("Council approves Kestrel Bay wind farm", fx.WIND_FARM,
                                                          "https://post.example.com/news/wind-farm?utm_source=feed"),
                         content_type="text/html; charset=utf-8")
    items = fx.RSS_ITEMS + [("courier-wind", "Wind farm approved", wind_page, None, "Wed, 06 Mar 2024 23:55:00 +0100")]
    site.add("/courier.rss", body=fx.rss(items), etag='"courier-1"')
    site.add("/ledger.atom", body=fx.atom(fx.ATOM_ENTRIES), content_type="application/atom+xml",
             last_modified="Sun, 10 Mar 2024 08:00:00 GMT")
    listing = tmp_path / "news.opml"
    listing.write_bytes(fx.opml([site.url("/courier.rss"), site.url("/ledger.atom")]))
    return listing


def test_first_poll_adds_every_entry_and_the_second_is_answered_304(site, subscriptions: Path, tmp_path: Path):
    db = tmp_path / "news.db"
    first = invoke("watch", subscriptions, "--db", db, "--once", "--allow-private")
    assert first.exit_code == 0, first.output
    assert "5 new articles" in poll_line(first) and "2 feeds read" in poll_line(first) and "0 errors" in poll_line(first)
    data = export(db)
    assert sorted(a["input"] for a in data["articles"]) == sorted(
        ["courier-ferry-strike", "courier-library", "courier-wind", "urn:ledger:marathon", "urn:ledger:bakery"])
    articles = {a["input"]: a for a in data["articles"]}
    assert articles["courier-ferry-strike"]["title"] == "Ferry crews strike on Sandvik crossing"
    marathon = articles["urn:ledger:marathon"]
    assert marathon["title"] == "Kiprop breaks Lindau course record" and marathon["outlet"] == "Lakeside Ledger"
    # the time the feed wrote, in its own offset (feedparser's parsed date would be UTC)
    assert (marathon["published"], marathon["published_from"]) == ("2024-03-11T00:30:00", "header")
    assert marathon["url"] == "https://ledger.example.net/marathon"
    # a followed page is known by its canonical address, tracking parameters gone
    assert articles["courier-wind"]["url"] == "https://post.example.com/news/wind-farm"

    second = invoke("watch", subscriptions, "--db", db, "--once", "--allow-private")
    assert second.exit_code == 0, second.output
    line = poll_line(second)
    assert "0 new articles" in line and "2 unchanged (304)" in line and "0 feeds read" in line
    assert site.routes["/courier.rss"].request_headers[-1].get("If-None-Match") == '"courier-1"'
    assert site.routes["/ledger.atom"].request_headers[-1].get("If-Modified-Since") == "Sun, 10 Mar 2024 08:00:00 GMT"
    assert "User-Agent" in site.routes["/courier.rss"].request_headers[0]
    assert site.routes["/courier.rss"].request_headers[0]["User-Agent"].startswith("storyweave/")
    assert len(export(db)["articles"]) == 5


def test_teaser_entry_is_followed_to_its_page(site, subscriptions: Path, tmp_path: Path):
    db = tmp_path / "news.db"
    assert invoke("watch", subscriptions, "--db", db, "--once", "--allow-private").exit_code == 0
    wind = next(a for a in export(db)["articles"] if a["input"] == "courier-wind")
    # the feed's own title wins over the page's; the text is the page's article, not the teaser
    assert wind["title"] == "Wind farm approved"
    assert site.routes["/news/wind-farm"].hits == 1
    result = invoke("export", "--db", db)
    assert "puffin colony on Gull Rock" in _stored_body(db, "courier-wind")
    assert "Subscribe to our newsletter" not in _stored_body(db, "courier-wind")
    assert result.exit_code == 0


def _stored_body(db: Path, input_: str) -> str:
    import sqlite3

    with sqlite3.connect(db) as connection:
        return connection.execute("SELECT body FROM articles WHERE input = ?", (input_,)).fetchone()[0]


def test_a_changed_feed_adds_only_its_new_entries(site, subscriptions: Path, tmp_path: Path):
    db = tmp_path / "news.db"
    assert invoke("watch", subscriptions, "--db", db, "--once", "--allow-private").exit_code == 0
    route = site.routes["/courier.rss"]
    items = fx.RSS_ITEMS + [("courier-wind", "Wind farm approved", site.url("/news/wind-farm"), None, "Wed, 06 Mar 2024 23:55:00 +0100"),
                            ("courier-pier", "Saltmouth pier closed", "https://courier.example.org/pier", fx.PIER, "Tue, 12 Mar 2024 10:00:00 +0000")]
    route.body, route.etag = fx.rss(items), '"courier-2"'

    changed = invoke("watch", subscriptions, "--db", db, "--once", "--allow-private")
    assert changed.exit_code == 0, changed.output
    line = poll_line(changed)
    assert "1 new articles" in line and "1 feeds read" in line and "1 unchanged (304)" in line
    assert sorted(a["input"] for a in export(db)["articles"])[-1] == "urn:ledger:marathon"
    assert "courier-pier" in {a["input"] for a in export(db)["articles"]}
    assert len(export(db)["articles"]) == 6
    assert site.routes["/news/wind-farm"].hits == 1  # a stored teaser's page is not fetched again


def test_an_entry_whose_text_changed_is_stored_as_a_new_version(site, subscriptions: Path, tmp_path: Path):
    db = tmp_path / "news.db"
    assert invoke("watch", subscriptions, "--db", db, "--once", "--allow-private").exit_code == 0
    corrected = fx.FERRY.replace("about two thousand commuters", "about three thousand commuters")
    route = site.routes["/courier.rss"]
    items = [(fx.RSS_ITEMS[0][:3] + (corrected,) + fx.RSS_ITEMS[0][4:]), fx.RSS_ITEMS[1],
             ("courier-wind", "Wind farm approved", site.url("/news/wind-farm"), None, "Wed, 06 Mar 2024 23:55:00 +0100")]
    route.body, route.etag = fx.rss(items), '"courier-corrected"'
    assert invoke("watch", subscriptions, "--db", db, "--once", "--allow-private").exit_code == 0
    articles = export(db)["articles"]
    assert len(articles) == 5
    ferry = next(a for a in articles if a["input"] == "courier-ferry-strike")
    assert [v["version"] for v in ferry["versions"]] == [1, 2]
    assert "three thousand" in _stored_body(db, "courier-ferry-strike")


def test_watch_polls_repeatedly_at_the_interval(site, subscriptions: Path, tmp_path: Path):
    result = invoke("watch", subscriptions, "--db", tmp_path / "news.db", "--every", "0.2s", "--max-polls", "3", "--allow-private")
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line.startswith("poll ")]
    assert [line.split()[1] for line in lines] == ["1", "2", "3"]
    assert "5 new articles" in lines[0] and "2 unchanged (304)" in lines[2]


def test_a_failed_poll_is_one_line_and_the_watch_goes_on(site, tmp_path: Path):
    url = site.add("/courier.rss", body=fx.rss(fx.RSS_ITEMS))
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("these are my notes, not a database\n" * 200)
    result = invoke("watch", url, "--db", not_a_db, "--every", "0.1s", "--max-polls", "2", "--allow-private")
    assert result.exit_code == 1
    failed = [line for line in result.stdout.splitlines() if line.startswith("poll ")]
    assert [line.split(":")[0] for line in failed] == ["poll 1 failed", "poll 2 failed"]
    assert "not a storyweave database" in failed[0]
    once = invoke("watch", url, "--db", not_a_db, "--once", "--allow-private")
    assert once.exit_code == 1 and "error: " in once.stderr and "not a storyweave database" in once.stderr


def test_run_and_add_take_feed_urls_opml_urls_and_feed_files(site, tmp_path: Path):
    rss_url = site.add("/courier.rss", body=fx.rss(fx.RSS_ITEMS))
    db = tmp_path / "news.db"
    result = invoke("run", rss_url, "--db", db, "--allow-private", "--quiet")
    assert result.exit_code == 0, result.output
    assert {a["input"] for a in export(db)["articles"]} == {"courier-ferry-strike", "courier-library"}

    feed_file = tmp_path / "ledger.atom"
    feed_file.write_bytes(fx.atom(fx.ATOM_ENTRIES))
    assert invoke("add", feed_file, "--db", db, "--quiet").exit_code == 0
    assert len(export(db)["articles"]) == 4

    pier = site.add("/pier.rss", body=fx.rss([("courier-pier", "Saltmouth pier closed", "https://c.example.org/p", fx.PIER,
                                                  "Tue, 12 Mar 2024 10:00:00 +0000")]))
    listing = site.add("/list.opml", body=fx.opml([pier, rss_url]), content_type="text/x-opml")
    added = invoke("add", listing, "--db", db, "--allow-private", "--quiet")
    assert added.exit_code == 0, added.output
    assert "1 new articles" in added.output and "2 already stored" in added.output
    assert len(export(db)["articles"]) == 5


def test_a_poll_reports_its_progress_over_feeds_and_pages(site, subscriptions: Path):
    from storyweave.ingest import ReadOptions
    from storyweave.ingest.subscriptions import poll_feeds

    reported: list[tuple[str, int, int]] = []
    with Fetcher(FetchPolicy(allow_private=True)) as fetcher:
        polled = poll_feeds([subscriptions], fetcher, ReadOptions(allow_private=True), progress=lambda *step: reported.append(step))
    assert len(polled.documents) == 5 and polled.feeds == 2
    assert reported == [("pages", 1, 1), ("feeds", 1, 2), ("feeds", 2, 2), ("feeds", 1, 1)]
    assert set(polled.validators) == {site.url("/courier.rss"), site.url("/ledger.atom")}


def test_a_private_address_is_refused_without_the_flag(site, tmp_path: Path):
    url = site.add("/courier.rss", body=fx.rss(fx.RSS_ITEMS))
    result = invoke("watch", url, "--db", tmp_path / "news.db", "--once")
    assert result.exit_code == 1
    assert f"{url}: refused to fetch from 127.0.0.1: a loopback address (use --allow-private to allow it)" in " ".join(result.output.split())
    assert site.routes["/courier.rss"].hits == 0
    assert "0 feeds read" in poll_line(result) and "1 errors" in poll_line(result)


@pytest.mark.parametrize("address,reason", [
    ("127.0.0.1", "a loopback address"), ("::1", "a loopback address"), ("10.2.3.4", "a private address"),
    ("192.168.1.20", "a private address"), ("169.254.169.254", "a link-local address"), ("fe80::1", "a link-local address"),
    ("100.64.0.1", "not a public address"), ("0.0.0.0", "a private address"), ("224.0.0.251", "not a public address"),
    ("::ffff:127.0.0.1", "a loopback address"), ("fd12::1", "a private address"),
    ("93.184.215.14", None), ("2606:4700::1111", None),
])
def test_which_addresses_are_refused(address: str, reason: str | None):
    assert fetch.refusal(ipaddress.ip_address(address)) == reason


def test_every_redirect_hop_is_checked(site, monkeypatch):
    # treat IPv4 loopback as public for this test, so the first hop is allowed and pinned
    monkeypatch.setattr(fetch, "refusal", lambda address: "a loopback address" if address.version == 6 else None)
    target = site.add("/feed.rss", body=fx.rss(fx.RSS_ITEMS))
    hop = site.add("/old-feed", status=301, location=target.replace("127.0.0.1", "[::1]"))
    with Fetcher(FetchPolicy()) as fetcher, pytest.raises(BadInput, match=r"refused to fetch from ::1: a loopback address"):
        fetcher.get(hop)
    assert site.routes["/old-feed"].hits == 1 and site.routes["/feed.rss"].hits == 0


def test_a_pinned_request_keeps_the_host_name_and_follows_redirects(site, monkeypatch):
    monkeypatch.setattr(fetch, "refusal", lambda address: None)
    looked_up: list[str] = []
    resolve = socket.getaddrinfo

    def recording(host, *args, **kwargs):
        looked_up.append(host)
        return resolve(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", recording)
    site.add("/echo", body=b"host={host}", content_type="text/plain")
    port = site.base.rsplit(":", 1)[1]
    site.add("/moved", status=302, location="/echo")
    with Fetcher(FetchPolicy()) as fetcher:
        answer = fetcher.get(f"http://localhost:{port}/moved")
    assert isinstance(answer, Fetched)
    assert answer.body == f"host=localhost:{port}".encode()
    assert answer.url == f"http://localhost:{port}/echo"
    # the name is resolved once per hop, by the check; the connection goes to the checked
    # address, so a DNS answer that changes after the check (rebinding) is never used
    assert [host for host in looked_up if not host[0].isdigit() and ":" not in host] == ["localhost", "localhost"]


def test_too_many_redirects(site):
    loop = site.add("/loop", status=302, location="/loop")
    with Fetcher(FetchPolicy(allow_private=True, max_redirects=3)) as fetcher, pytest.raises(BadInput, match="more than 3 redirects"):
        fetcher.get(loop)
    assert site.routes["/loop"].hits == 4


def test_an_endless_body_is_aborted_at_the_size_limit(site, tmp_path: Path):
    endless = site.add("/endless.rss", endless=True)
    good = site.add("/courier.rss", body=fx.rss(fx.RSS_ITEMS))
    result = invoke("watch", endless, good, "--db", tmp_path / "news.db", "--once", "--allow-private", "--set", "max_file_bytes=60000")
    assert result.exit_code == 0, result.output
    assert f"{endless}: too large (more than the limit max_file_bytes of 60,000 bytes); download aborted" in " ".join(result.output.split())
    assert "2 new articles" in poll_line(result)


def test_an_announced_oversized_body_is_not_downloaded(site):
    big = site.add("/big.rss", body=b"<rss>" + b" " * 200_000 + b"</rss>")
    with Fetcher(FetchPolicy(allow_private=True, max_bytes=100_000)) as fetcher, pytest.raises(BadInput, match="200,011 bytes announced"):
        fetcher.get(big)


def test_a_server_error_is_retried_with_backoff(site, tmp_path: Path):
    flaky = site.add("/courier.rss", body=fx.rss(fx.RSS_ITEMS), failures=1)
    result = invoke("watch", flaky, "--db", tmp_path / "news.db", "--once", "--allow-private")
    assert result.exit_code == 0, result.output
    assert "2 new articles" in poll_line(result) and "0 errors" in poll_line(result)
    assert site.routes["/courier.rss"].hits == 2


def test_a_server_that_keeps_failing_is_given_up_after_the_retries(site):
    waits: list[float] = []
    broken = site.add("/down.rss", failures=100)
    with Fetcher(FetchPolicy(allow_private=True, retries=3, backoff_s=0.5), sleep=waits.append) as fetcher:
        with pytest.raises(BadInput, match=r"server answered 500 Internal Server Error \(gave up after 4 tries\)"):
            fetcher.get(broken)
    assert waits == [0.5, 1.0, 2.0]
    assert site.routes["/down.rss"].hits == 4


def test_a_body_that_does_not_decode_is_one_error(site):
    garbled = site.add("/gz.rss", body=b"this is not gzip at all", content_encoding="gzip")
    with Fetcher(FetchPolicy(allow_private=True)) as fetcher, pytest.raises(BadInput, match="unreadable response"):
        fetcher.get(garbled)


def test_a_teaser_page_is_decoded_with_the_charset_its_server_declares(site, tmp_path: Path):
    # a short Polish name in ISO-8859-2 is read as something else when the charset is guessed
    text = fx.WIND_FARM.replace("Brid Nolan", "Brid Łódźka").replace("Nolan said after", "Łódźka said after")
    body = fx.page("Wind farm", text, "https://post.example.com/wind").replace(b'<meta charset="utf-8">', b"")
    page_url = site.add("/wind", body=body.decode().encode("iso-8859-2"), content_type="text/html; charset=ISO-8859-2")
    feed = site.add("/c.rss", body=fx.rss([("courier-wind", "Wind farm approved", page_url, None, "Wed, 06 Mar 2024 23:55:00 +0100")]))
    db = tmp_path / "news.db"
    assert invoke("run", feed, "--db", db, "--allow-private", "--quiet").exit_code == 0
    assert "Brid Łódźka" in _stored_body(db, "courier-wind")


def test_a_server_that_does_not_answer_in_time_is_retried_then_given_up(site):
    slow = site.add("/slow.rss", body=fx.rss(fx.RSS_ITEMS), delay_s=1.0)
    with Fetcher(FetchPolicy(allow_private=True, timeout_s=0.2, retries=1), sleep=lambda _: None) as fetcher:
        with pytest.raises(BadInput, match=r"timed out after 0.2 s \(gave up after 2 tries\)"):
            fetcher.get(slow)
    assert site.routes["/slow.rss"].hits == 2


def test_a_body_trickling_past_the_deadline_is_aborted(site):
    trickle = site.add("/trickle.rss", endless=True, trickle_s=0.05)
    with Fetcher(FetchPolicy(allow_private=True, deadline_s=0.5)) as fetcher:
        with pytest.raises(BadInput, match=r"body not complete after 0.5 s; download aborted"):
            fetcher.get(trickle)


def test_a_host_that_does_not_resolve_is_not_retried():
    waits: list[float] = []
    with Fetcher(FetchPolicy(allow_private=True), sleep=waits.append) as fetcher:
        with pytest.raises(BadInput, match=r"cannot resolve no-such-host\.invalid"):
            fetcher.get("http://no-such-host.invalid/feed.rss")
    assert waits == []


def test_a_client_error_is_not_retried(site):
    with Fetcher(FetchPolicy(allow_private=True)) as fetcher, pytest.raises(BadInput, match="server answered 404"):
        fetcher.get(site.url("/missing"))


def test_conditional_get_answers_not_modified(site):
    url = site.add("/courier.rss", body=fx.rss(fx.RSS_ITEMS), etag='"v1"')
    with Fetcher(FetchPolicy(allow_private=True)) as fetcher:
        first = fetcher.get(url)
        assert isinstance(first, Fetched) and first.validators == Validators('"v1"', None)
        assert isinstance(fetcher.get(url, first.validators), NotModified)
        assert isinstance(fetcher.get(url, Validators('"v0"', None)), Fetched)


def test_broken_xml_is_one_line_and_the_other_feeds_go_on(site, tmp_path: Path):
    whole = fx.rss(fx.RSS_ITEMS)
    broken = site.add("/broken.rss", body=b"<?xml version='1.0'?><rss version='2.0'><channel><title>Oops & co</title><ite")
    good = site.add("/ledger.atom", body=fx.atom(fx.ATOM_ENTRIES), content_type="application/atom+xml")
    truncated = site.add("/truncated.rss", body=whole[: whole.index(b"</item>") + 7])
    result = invoke("watch", broken, good, truncated, "--db", tmp_path / "news.db", "--once", "--allow-private")
    assert result.exit_code == 0, result.output
    output = " ".join(result.output.split())
    assert f"skipped {broken}: broken XML (line 1:" in output and "no entries could be read" in output
    # the lenient parser reads the complete entries of a truncated feed, and says so
    assert f"skipped {truncated}: broken XML (line 2: no element found); read 1 entries with the lenient parser" in output
    assert "3 new articles" in poll_line(result)


def test_a_teaser_whose_page_fails_is_one_line_naming_feed_and_entry(site, tmp_path: Path):
    feed = site.add("/courier.rss", body=fx.rss([("courier-wind", "Wind farm approved", site.url("/gone"), None,
                                                   "Wed, 06 Mar 2024 23:55:00 +0100")] + fx.RSS_ITEMS), etag='"e1"')
    db = tmp_path / "news.db"
    result = invoke("watch", feed, "--db", db, "--once", "--allow-private")
    output = " ".join(result.output.split())
    assert f"skipped {feed} entry 1 (courier-wind): teaser only, and its page could not be fetched: server answered 404" in output
    assert "2 new articles" in poll_line(result)
    # the feed's validators were not remembered, so the failed entry is tried again next poll
    site.add("/gone", body=fx.page("Wind farm", fx.WIND_FARM, site.url("/gone")), content_type="text/html")
    again = invoke("watch", feed, "--db", db, "--once", "--allow-private")
    assert "1 new articles" in poll_line(again) and "0 errors" in poll_line(again)


@pytest.mark.parametrize("text,seconds", [("30s", 30), ("10m", 600), ("1h", 3600), ("1.5h", 5400), (" 2 d ", 172800)])
def test_interval_parsing(text: str, seconds: float):
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("every", ["10", "10x", "0m", "-5m", "soon"])
def test_a_bad_interval_is_a_usage_error(every: str, tmp_path: Path):
    result = invoke("watch", "feed.rss", "--db", tmp_path / "x.db", "--every", every)
    assert result.exit_code == 2
    message = " ".join(re.sub(r"[│╭╮╰╯─]", " ", result.stderr).split())
    assert "is not a time between polls; write a positive number and a unit: 30s, 10m, 1h, 1d" in message
