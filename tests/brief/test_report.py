"""`storyweave report --format md|html [--event ID|--story ID]`, in-process and in a real Chromium.

Article text is hostile: the fixture articles (invented) carry markup, a script and Markdown links."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from storyweave.cli import app
from storyweave.pipeline import export_database

HOSTILE = {
    "lahn/courier.txt": """Wellbrook <script>window.pwned = 1</script> footbridge closed after inspectors find cracks
Published: March 5, 2024
Inspectors closed the Wellbrook footbridge over the river Lahn on Monday after finding deep cracks in two of its steel supports.
"Nobody should cross it until we know how far the cracks go <img src=http://evil.example/x.png onerror=alert(1)>," town engineer Paula Brandt told the council.
About 1,200 pedestrians a day used the footbridge, the council said [click here](http://evil.example/phish) for **details**.
Pedestrians must use the road bridge a kilometre downstream while engineers examine the steel supports.
""",
    "lahn/ledger.txt": """Cracks shut Wellbrook footbridge over the Lahn
Published: March 5, 2024
The footbridge across the Lahn in Wellbrook was shut on Monday when inspectors discovered deep cracks in its steel supports.
"Nobody should cross it until we know how far the cracks go <img src=http://evil.example/x.png onerror=alert(1)>," town engineer Paula Brandt said.
About 900 pedestrians a day used the footbridge, according to the town's own count from last spring.
Repairs to the steel supports could take months, and the town has asked the region for money to pay for them.
""",
}


def invoke(*args: object) -> Result:
    return CliRunner().invoke(app, [str(a) for a in args])


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    for name, text in HOSTILE.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    path = folder / "report.db"
    result = invoke("run", folder, "--db", path, "--quiet")
    assert result.exit_code == 0, result.output
    return path


def test_markdown_report_lists_the_brief_and_escapes_markup(db):
    result = invoke("report", "--db", db, "--format", "md")
    assert result.exit_code == 0, result.output
    text = result.stdout
    for heading in ("## Story:", "#### Summary", "#### Sources and lineage", "#### Agreed by independent sources",
                    "#### Disagreements", "#### Quotes", "#### What each source adds", "#### Framing"):
        assert heading in text
    assert not re.search(r"(?<!\\)<(?:script|img)", text) and "\\<img src=" in text
    assert "[click here](http" not in text and "\\[click here\\]" in text
    assert "Nobody should cross it until we know how far the cracks go" in text


def test_html_report_is_one_self_contained_escaped_page(db, tmp_path):
    out = tmp_path / "report.html"
    result = invoke("report", "--db", db, "--format", "html", "--output", out)
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page and "<img" not in page and "&lt;script&gt;" in page  # the headline, in the sources table and "&lt;img src=http://evil" in page
    # no external asset or link: every href is a fragment, nothing is loaded from elsewhere
    tags = re.findall(r"<[^>]*>", page)
    assert not [t for t in tags if re.search(r"\b(?:src|srcset|action|on\w+)\s*=", t)]
    assert set(re.findall(r'href="([^"]*)"', page)) <= {f"#{m}" for m in re.findall(r'id="([^"]+)"', page)}
    assert "<link" not in page and "@import" not in page and "url(" not in page


def test_report_of_one_event_or_one_story(db):
    data = export_database(db)
    event = data["events"][0]
    only_event = invoke("report", "--db", db, "--event", event["id"])
    assert only_event.exit_code == 0 and only_event.stdout.count("\n### ") == 1
    story = data["stories"][0]
    only_story = invoke("report", "--db", db, "--story", story["id"], "--format", "html")
    assert only_story.exit_code == 0 and only_story.stdout.count('<section class="event"') == len(story["events"])


def test_report_errors_are_one_line(db, tmp_path):
    missing = invoke("report", "--db", db, "--event", "e000000000000")
    assert missing.exit_code == 1 and missing.stderr.strip() == f"error: {db}: no event e000000000000"
    assert invoke("report", "--db", db, "--story", "s0").exit_code == 1
    assert invoke("report", "--db", db, "--format", "pdf").exit_code == 2
    assert invoke("report", "--db", db, "--event", "e1", "--story", "s1").exit_code == 2
    no_db = invoke("report", "--db", tmp_path / "none.db")
    assert no_db.exit_code == 1 and "no such database" in no_db.stderr


def test_html_report_renders_in_chromium(chromium, artifacts_dir, tmp_path, seeds_dir):
    db = tmp_path / "seeds.db"
    assert invoke("run", seeds_dir, "--db", db, "--quiet").exit_code == 0
    page_file = artifacts_dir / "report-seeds.html"
    assert invoke("report", "--db", db, "--format", "html", "--output", page_file).exit_code == 0
    page = chromium.new_page(viewport={"width": 1100, "height": 900})
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    try:
        page.goto(page_file.as_uri())
        text = page.inner_text("body")
        page.screenshot(path=str(artifacts_dir / "report-seeds.png"), full_page=True)
        page.locator(".variants").first.scroll_into_view_if_needed()
        page.screenshot(path=str(artifacts_dir / "report-seeds-disagreement.png"))
        heading = page.inner_text("h1")
        variants = page.locator(".variant").count()
    finally:
        page.close()
    assert heading == "storyweave report"
    assert requested == [page_file.as_uri()]  # nothing fetched besides the page itself
    assert "We will not withdraw our forces from the Gaza Strip" in text
    assert "thousands of troops" in text and "thousands of Palestinian prisoners" in text
    assert "independent sources" in text and "Disagreements" in text and "What each source adds" in text
    assert variants >= 2


def test_building_the_briefs_reports_progress(db):
    seen: list[tuple[str, int, int]] = []
    data = export_database(db, progress=lambda stage, done, total: seen.append((stage, done, total)))
    assert seen and seen[-1] == ("brief", len(data["events"]), len(data["events"]))


def test_report_of_an_empty_database_says_so(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    db = tmp_path / "empty.db"
    invoke("run", tmp_path / "empty.txt", "--db", db, "--quiet")
    for fmt in ("md", "html"):
        result = invoke("report", "--db", db, "--format", fmt)
        assert result.exit_code == 0 and "No stories are stored yet." in result.stdout
