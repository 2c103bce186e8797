"""`storyweave run` / `add` end to end on a folder of saved pages and on a web archive, checked
through the JSON export."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from typer.testing import CliRunner, Result

from storyweave.cli import app

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
CRANE = "https://www.veldencourier.example/news/crane"
NORTHSHORE = "https://northshoredaily.example/port-velden-crane-falls"
LIBRARY = "https://dunmoreweekly.example/library-reopens"


def invoke(*args: str | Path) -> Result:
    return CliRunner().invoke(app, [str(a) for a in args])


def plain(text: str) -> str:
    return " ".join(ANSI.sub("", text).split())


def export(db: Path) -> dict:
    result = invoke("export", "--format", "json", "--db", db)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def events_of(data: dict) -> dict[str, str]:
    """article input → event id"""
    return {a["input"]: a["event"] for a in data["articles"]}


def test_run_on_a_folder_of_saved_pages(web, tmp_path: Path) -> None:
    folder = tmp_path / "saved"
    shutil.copytree(web.pages, folder)
    db = tmp_path / "pages.db"

    result = invoke("run", folder, "--db", db)

    assert result.exit_code == 0, result.output
    assert "3 new articles" in plain(result.stderr)
    data = export(db)
    articles = {a["input"]: a for a in data["articles"]}
    assert set(articles) == {"harbour_crane.html", "crane_second_report.html", "library_reopens.htm"}
    crane, second = articles["harbour_crane.html"], articles["crane_second_report.html"]
    assert (crane["title"], crane["outlet"], crane["published"], crane["published_from"]) == (
        "Crane collapse halts work at Port Velden", "The Velden Courier", "2024-03-12", "header")
    assert (second["outlet"], second["published"], second["lang"]) == ("Northshore Daily", "2024-03-12", "en")
    assert articles["library_reopens.htm"]["outlet"] == "Dunmore Weekly"
    # two outlets' reports of the same collapse are one event; the library is another
    events = events_of(data)
    assert events["harbour_crane.html"] == events["crane_second_report.html"] != events["library_reopens.htm"]
    crane_event = next(e for e in data["events"] if e["id"] == crane["event"])
    assert crane_event["date"] == "2024-03-12"


def test_run_on_a_web_archive_with_a_language_filter_then_add_it_again(web, tmp_path: Path) -> None:
    archive = web.warc()
    db = tmp_path / "archive.db"

    result = invoke("run", archive, "--db", db, "--lang", "en")

    assert result.exit_code == 0, result.output
    # left out: the 404 page, the image and the German page
    assert "3 new articles" in plain(result.stderr) and "3 archive records left out" in plain(result.stderr)
    data = export(db)
    assert sorted(events_of(data)) == sorted([CRANE, NORTHSHORE, LIBRARY])
    events = events_of(data)
    assert events[CRANE] == events[NORTHSHORE] != events[LIBRARY]
    outlets = {a["input"]: a["outlet"] for a in data["articles"]}
    assert outlets == {CRANE: "The Velden Courier", NORTHSHORE: "Northshore Daily", LIBRARY: "Dunmore Weekly"}

    again = invoke("add", archive, "--db", db, "--lang", "en")
    assert again.exit_code == 0, again.output
    assert "0 new articles" in plain(again.stderr) and "3 already stored" in plain(again.stderr)


def test_a_bad_record_is_one_line_and_the_rest_of_the_archive_is_stored(web, tmp_path: Path) -> None:
    archive = web.warc("cut.warc.gz")
    archive.write_bytes(archive.read_bytes()[:-150])
    db = tmp_path / "cut.db"

    result = invoke("run", archive, "--db", db, "--site", "veldencourier.example", "--site", "dunmoreweekly.example")

    assert result.exit_code == 0, result.output
    stderr = ANSI.sub("", result.stderr)
    lines = [line for line in stderr.splitlines() if str(archive) in line]
    assert len(lines) == 1 and "record 13" in lines[0] and "record cut short" in lines[0], stderr
    # the crane page and the German one pass the site filter; the library page was the cut record
    assert sorted(events_of(export(db))) == sorted([CRANE, "https://news.veldencourier.example/de/kran"])
