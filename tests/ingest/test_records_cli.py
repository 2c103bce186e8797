"""`storyweave run` on JSONL and CSV exports: what the export shows of each record, the field
options, and one line per unusable record while the rest is stored."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner, Result

from storyweave.cli import app

FIXTURES = Path(__file__).parent / "fixtures"
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def invoke(*args: str | Path) -> Result:
    return CliRunner().invoke(app, [str(a) for a in args])


def export(db: Path) -> dict:
    result = invoke("export", "--db", db)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_run_on_both_exports_stores_the_good_records_and_names_the_bad_ones(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    result = invoke("run", FIXTURES, "--db", db, "--quiet")
    assert result.exit_code == 0, result.output
    lines = " ".join(ANSI.sub("", result.stderr).split())
    for where, reason in [("export.jsonl:5", "no article text"), ("export.jsonl:6", "invalid JSON"), ("export.jsonl:7", "a JSON list"),
                          ("export.csv:5", "3 columns where the header has 6"), ("export.csv:7", "field 'Body' holds only white space")]:
        assert re.search(rf"skipped \S*{re.escape(where)}: {reason}", lines), (where, lines)
    assert "7 new articles" in lines and "5 unreadable" in lines

    articles = {a["input"]: a for a in export(db)["articles"]}
    assert sorted(articles) == ["6", "export.csv:6", "export.jsonl:4", "kel-001", "kel-002", "vel-01", "vel-02"]
    tram = articles["kel-001"]
    assert tram["url"] == "https://kelmora-post.example/news/tram-opens"  # tracking parameters gone
    assert tram["title"] == "Kelmora tram line opens after four years of works"
    assert (tram["published"], tram["published_from"]) == ("2024-03-16", "header")
    assert (tram["lang"], tram["lang_confidence"]) == ("en", 1.0)  # stated, not detected
    riders = articles["kel-002"]
    assert (riders["published"], riders["published_from"]) == ("2024-03-16T17:40:00", "header")
    assert riders["lang"] == "en" and riders["lang_confidence"] < 1.0  # detected
    assert (articles["6"]["published"], articles["6"]["published_from"]) == ("2024-04-12", "header")
    assert articles["vel-01"]["url"] == "https://velden-courier.example/bridge-closed"

    again = invoke("run", FIXTURES, "--db", db, "--quiet")
    assert "0 new articles" in ANSI.sub("", again.stderr) and "7 already stored" in ANSI.sub("", again.stderr)


def test_field_options_on_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    path.write_text(json.dumps({
        "story": "Snow closed the Harnfell mountain pass on Monday, and the road authority said it would stay shut for three days.",
        "slug": "hf-9", "when": "8 January 2024", "head": "Harnfell pass closed by snow", "where": "https://wire.example/hf-9?fbclid=1",
        "tongue": "en-GB",
    }) + "\n")
    db = tmp_path / "s.db"
    result = invoke("run", path, "--db", db, "--quiet", "--text-field", "story", "--id-field", "slug", "--date-field", "when",
                    "--title-field", "head", "--url-field", "where", "--lang-field", "tongue")
    assert result.exit_code == 0, result.output
    [article] = export(db)["articles"]
    assert article["input"] == "hf-9" and article["title"] == "Harnfell pass closed by snow"
    assert article["published"] == "2024-01-08" and article["url"] == "https://wire.example/hf-9" and article["lang"] == "en"

    bad = invoke("run", path, "--db", tmp_path / "t.db", "--quiet")  # the defaults find no text: nothing usable
    assert bad.exit_code == 1 and "no article text (looked for the field text / body / content)" in ANSI.sub("", bad.stderr)
