"""The event page renders a brief in the shape of BRIEF-CONTRACT.md (built here from the seeded
database's real articles): citations link to the sources on the page, every section shows, and
text from articles stays text. Without a brief the page shows the stored summary."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import httpx
from markupsafe import escape
from playwright.sync_api import expect

from storyweave.browse import open_catalogue
from storyweave.web import views
from storyweave.web.render import templates

HOSTILE = '<img src=x onerror="window.__xss = \'brief\'">'


class Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.cites: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids.add(found["id"] or "")
        if tag == "a" and "cite" in (found.get("class") or "").split():
            self.cites.append(found.get("href") or "")


def render_event(db: Path, event_id: str, brief: dict | None) -> str:
    with open_catalogue(db, read_only=True) as catalogue:
        payload = catalogue.event(event_id)
    payload["event"]["brief"] = brief
    context = {**payload, "json_url": f"/api/events/{event_id}", "read_only": False, **views.source_lookups(payload["sources"])}
    return templates.env.get_template("event.html").render(context)


def test_brief_sections_and_citations(seeded_db: Path, opening_event: str, make_brief) -> None:
    brief = make_brief(opening_event, HOSTILE)
    html = render_event(seeded_db, opening_event, brief)
    for heading in ("Brief", "Sources agree", "Sources disagree", "Quote ledger", "What each source adds", "Framing", "Lineage"):
        assert f">{heading}</h" in html
    anchors = Anchors()
    anchors.feed(html)
    cited = {href.removeprefix("#") for href in anchors.cites}
    article_ids = {item["article"] for item in brief["lineage"]}
    assert cited == {f"source-{id_}" for id_ in article_ids}  # every source is cited, every citation lands on a source
    assert cited <= anchors.ids
    for item in brief["summary"]:
        assert str(escape(item["sentence"])) in html
    assert len(re.findall(r'<td class="variant">', html)) == 2
    assert HOSTILE not in html and "&lt;img src=x onerror=" in html
    assert "No brief has been built" not in html


def test_without_a_brief_the_summary_stands_in(seeded_db: Path, opening_event: str, stored: dict) -> None:
    html = render_event(seeded_db, opening_event, None)
    summary = next(e["summary"] for e in stored["events"] if e["id"] == opening_event)
    assert "No brief has been built" in html and "Sources agree" not in html
    assert str(escape(summary.split(".")[0])) in html


def test_real_brief_in_the_browser(server: str, stored: dict, opening_event: str, page) -> None:
    """The brief the pipeline builds from the stored articles shows on the event page; every
    citation lands on a source card of the page."""
    brief = httpx.get(f"{server}/api/events/{opening_event}").json()["event"]["brief"]
    assert brief["summary"] and brief["articles"] == 2
    tab = page.page
    tab.goto(f"{server}/events/{opening_event}")
    expect(tab.locator(".brief-summary p")).to_have_count(len(brief["summary"]))
    for href in tab.locator(".brief .cite").evaluate_all("links => links.map(link => link.getAttribute('href'))"):
        expect(tab.locator(href)).to_have_count(1)
    if brief["quotes"]:
        expect(tab.locator("table.quotes tbody tr")).to_have_count(len(brief["quotes"]))
    tab.locator(".brief-summary .cite").first.click()
    expect(tab).to_have_url(re.compile(r"#source-a\w+$"))
    page.screenshot("event-with-brief-desktop")
    page.assert_clean()
