"""The Typer app run in-process: run, add, export, eval, settings, and how failures are reported.

Articles are invented for these tests."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from storyweave.cli import app
from storyweave.settings import Settings

README = Path(__file__).resolve().parent.parent / "README.md"
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
GUIDES = re.compile(r"[│├└─┃┣┗━╿╽]")

ARTICLES = {
    "bridge/courier.txt": """Wellbrook footbridge closed after inspectors find cracks
Published: March 5, 2024
Inspectors closed the Wellbrook footbridge over the river Lahn on Monday after finding deep cracks in two of its steel supports, town engineer Paula Brandt said.
"Nobody should cross it until we know how far the cracks go," Brandt told the council.
Pedestrians must use the road bridge a kilometre downstream.
""",
    "bridge/ledger.txt": """Cracks shut Wellbrook footbridge over the Lahn
Published: March 5, 2024
The footbridge across the Lahn in Wellbrook was shut on Monday when inspectors discovered deep cracks in its steel supports.
Town engineer Paula Brandt said nobody should cross it "until we know how far the cracks go".
Walkers are being sent to the road bridge downstream, and repairs could take months.
""",
    "choir.txt": """Dunmore youth choir wins national festival
Published: June 10, 2024
The Dunmore youth choir won the national choral festival in Ostrin on Saturday with a programme of sea shanties and folk songs.
Conductor Ilse Marrow said the forty singers had rehearsed every evening for a month.
The choir will tour three coastal towns next spring.
""",
}

DESIGN_ARTICLE_KEYS = {"id", "input", "title", "outlet", "lang", "published", "published_from", "event", "duplicate_of"}
DESIGN_EVENT_KEYS = {"id", "title", "date", "story", "articles", "summary", "reasons"}
DESIGN_STORY_KEYS = {"id", "title", "events"}


def invoke(*args: str | Path) -> Result:
    return CliRunner().invoke(app, [str(a) for a in args])


def plain(text: str) -> str:
    return ANSI.sub("", text)


def flat(text: str) -> str:
    """Output as one line: rich wraps at the console width (80 under xdist), and wrapped tree
    labels carry guide characters on their continuation lines."""
    return " ".join(GUIDES.sub(" ", plain(text)).split())


def write(folder: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


@pytest.fixture
def news(tmp_path: Path) -> Path:
    return write(tmp_path / "news", ARTICLES)


@pytest.fixture
def db(news: Path, tmp_path: Path) -> Path:
    path = tmp_path / "stored.db"
    result = invoke("run", news, "--db", path)
    assert result.exit_code == 0, result.output
    return path


def export(db: Path) -> dict:
    result = invoke("export", "--format", "json", "--db", db)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


# run -------------------------------------------------------------------------------------------


def test_run_creates_the_database_and_prints_stories_events_and_articles(news: Path, tmp_path: Path) -> None:
    db = tmp_path / "fresh.db"
    assert not db.exists()

    result = invoke("run", news, "--db", db)

    assert result.exit_code == 0, result.output
    assert db.exists()
    out = flat(result.stdout)
    data = export(db)
    assert len(data["stories"]) == 2 and len(data["events"]) == 2
    # stories → events → articles, each printed after its parent and before the next story
    story_starts = sorted(out.index(f"{s['title']} {s['id']}") for s in data["stories"])
    for story in data["stories"]:
        start = out.index(f"{story['title']} {story['id']}")
        end = next((i for i in story_starts if i > start), len(out))
        for event_id in story["events"]:
            event = next(e for e in data["events"] if e["id"] == event_id)
            at = out.index(f"{event['date']} {event['title']} {event_id}")
            assert start < at < end
            for article_id in event["articles"]:
                article = next(a for a in data["articles"] if a["id"] == article_id)
                shown = out.index(f"{article['input']} outlet unknown · en · {article['published'][:10]} (header)")
                assert at < shown < end
    assert "3 new articles, 2 new events, 2 new stories" in flat(result.stderr)


def test_run_twice_reports_what_was_already_stored(news: Path, db: Path) -> None:
    result = invoke("run", news, "--db", db)

    assert result.exit_code == 0, result.output
    assert "0 new articles" in plain(result.stderr)
    assert "3 already stored" in plain(result.stderr)
    assert len(export(db)["articles"]) == 3


# export ----------------------------------------------------------------------------------------


# issue 3 extends each article with what extraction found
EXTRACTION_KEYS = {"entities", "quotes", "figures", "dates", "lang_confidence"}
IDENTITY_KEYS = {"url", "versions"}


def test_export_json_has_the_design_keys_and_the_extraction(db: Path) -> None:
    data = export(db)

    assert set(data) == {"articles", "events", "stories"}
    assert len(data["articles"]) == 3
    for article in data["articles"]:
        assert set(article) == DESIGN_ARTICLE_KEYS | EXTRACTION_KEYS | IDENTITY_KEYS
        assert all(set(e) == {"text", "kind", "canonical"} for e in article["entities"])
        assert all(set(q) == {"text", "speaker", "direct"} for q in article["quotes"])
        assert all(set(f) == {"value", "approx", "unit", "counts", "verb", "sentence"} for f in article["figures"])
        assert re.fullmatch(r"a[0-9a-f]+", article["id"])
        assert article["published_from"] in {"header", "dateline", "text", "inferred", "none"}
    assert {a["input"] for a in data["articles"]} == set(ARTICLES)
    for event in data["events"]:
        assert DESIGN_EVENT_KEYS <= set(event)
        assert re.fullmatch(r"e[0-9a-f]+", event["id"])
        for reason in event["reasons"]:
            assert {"article", "score", "evidence"} <= set(reason)
    for story in data["stories"]:
        assert set(story) == DESIGN_STORY_KEYS | {"timeline"}  # BRIEF-CONTRACT.md
        assert re.fullmatch(r"s[0-9a-f]+", story["id"])
    # the references between the three lists agree
    article_ids = {a["id"] for a in data["articles"]}
    event_ids = {e["id"] for e in data["events"]}
    assert {a["event"] for a in data["articles"]} == event_ids
    assert sorted(i for e in data["events"] for i in e["articles"]) == sorted(article_ids)
    assert sorted(i for s in data["stories"] for i in s["events"]) == sorted(event_ids)
    assert {e["story"] for e in data["events"]} == {s["id"] for s in data["stories"]}
    bridge = {a["event"] for a in data["articles"] if a["input"].startswith("bridge/")}
    assert len(bridge) == 1


def test_export_is_the_same_each_time(db: Path) -> None:
    first = invoke("export", "--format", "json", "--db", db)
    second = invoke("export", "--format", "json", "--db", db)

    assert first.stdout == second.stdout


def test_export_in_an_unknown_format_is_a_usage_error(db: Path) -> None:
    result = invoke("export", "--format", "xml", "--db", db)

    assert result.exit_code == 2
    assert "xml" in plain(result.stderr)
    assert result.stdout == ""


def test_export_of_a_missing_database_fails_without_creating_it(tmp_path: Path) -> None:
    missing = tmp_path / "nothing.db"

    result = invoke("export", "--format", "json", "--db", missing)

    assert result.exit_code == 1
    assert not missing.exists()


# add and failures ------------------------------------------------------------------------------


def test_add_to_a_missing_database_is_a_one_line_error(news: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"

    result = invoke("add", news, "--db", missing)

    assert result.exit_code == 1
    message = plain(result.stderr).strip()
    assert len(message.splitlines()) == 1
    assert message.startswith("error:")
    assert str(missing) in message
    assert "Traceback" not in result.output
    assert not missing.exists()


def test_verbose_shows_the_traceback_of_a_failure(news: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"

    quiet = invoke("add", news, "--db", missing)
    verbose = invoke("add", news, "--db", missing, "--verbose")

    assert quiet.exit_code == verbose.exit_code == 1
    assert "Traceback" not in quiet.stderr
    assert "Traceback (most recent call last)" in verbose.stderr
    assert "NotFound" in verbose.stderr
    assert str(missing) in verbose.stderr


def test_add_puts_a_new_report_into_the_stored_event(db: Path, tmp_path: Path) -> None:
    before = export(db)
    later = write(tmp_path / "later", {"bridge-wire.txt": """Wellbrook footbridge to stay shut for months
Published: March 6, 2024
Engineer Paula Brandt said the Wellbrook footbridge over the Lahn, closed on Monday after inspectors found deep cracks in its steel supports, will stay shut for months.
"Nobody should cross it until we know how far the cracks go," Brandt said again on Tuesday.
"""})

    result = invoke("add", later, "--db", db)

    assert result.exit_code == 0, result.output
    assert "1 new articles" in plain(result.stderr)  # the summary goes to stderr, as for `run`
    after = export(db)
    old = {a["input"]: a["event"] for a in before["articles"]}
    new = {a["input"]: a["event"] for a in after["articles"]}
    assert {k: new[k] for k in old} == old
    assert new["bridge-wire.txt"] == old["bridge/courier.txt"]


def test_bad_files_are_reported_one_line_each_and_the_good_ones_are_ingested(tmp_path: Path) -> None:
    folder = write(tmp_path / "mixed", {
        **ARTICLES,
        "empty.txt": b"",
        "scan.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 3,
    })
    db = tmp_path / "mixed.db"

    result = invoke("run", folder, "--db", db)

    assert result.exit_code == 0, result.output
    stderr = plain(result.stderr)
    for name, word in [("empty.txt", "empty"), ("scan.txt", "binary")]:
        lines = [line for line in stderr.splitlines() if name in line]
        assert len(lines) == 1, stderr
        assert str(folder / name) in lines[0]
        assert word in lines[0]
    assert "2 unreadable" in stderr
    assert {a["input"] for a in export(db)["articles"]} == set(ARTICLES)


# eval ------------------------------------------------------------------------------------------

LABELLED = [
    ("s1", "bridge", ARTICLES["bridge/courier.txt"]),
    ("s2", "bridge", ARTICLES["bridge/ledger.txt"]),
    ("s3", "bridge", "Wellbrook footbridge off limits as engineers study cracked supports\n"
     "Wellbrook's footbridge over the Lahn river has been closed since Monday's inspection found cracked steel "
     "supports, engineer Paula Brandt said.\nWalkers are being sent to the road bridge downstream."),
    ("c1", "choir", ARTICLES["choir.txt"]),
    ("c2", "choir", "Sea shanties bring festival victory for Dunmore singers\n"
     "Singing sea shanties and folk songs, the Dunmore youth choir took first prize at the national choral "
     "festival in Ostrin on Saturday.\nIlse Marrow, the conductor, praised her forty singers."),
    ("c3", "choir", "Dunmore choir crowned best youth choir\n"
     "Judges at the national choral festival in Ostrin named the Dunmore youth choir winner on Saturday after "
     "its set of folk songs and shanties.\nThe choir of forty, led by Ilse Marrow, will tour next spring."),
]


def test_eval_prints_b_cubed_figures(tmp_path: Path) -> None:
    data = tmp_path / "labelled.jsonl"
    data.write_text("".join(json.dumps({"id": i, "label": l, "text": t}) + "\n" for i, l, t in LABELLED), encoding="utf-8")

    result = invoke("eval", data, "--text-field", "text", "--label-field", "label", "--id-field", "id")

    assert result.exit_code == 0, result.output
    out = flat(result.stdout)
    match = re.search(r"B-cubed\s+P (\d\.\d{3})\s+R (\d\.\d{3})\s+F1 (\d\.\d{3})", out)
    assert match, out
    precision, recall, f1 = (float(g) for g in match.groups())
    assert precision == 1.0  # a footbridge and a choir are never one event
    assert 0.0 < recall <= 1.0 and 0.0 < f1 <= 1.0
    assert re.search(r"items 6\b", out)
    assert re.search(r"gold clusters 2\b", out)
    assert not list(tmp_path.glob("*.db"))  # eval runs in memory


def test_eval_of_a_missing_file_is_a_one_line_error(tmp_path: Path) -> None:
    result = invoke("eval", tmp_path / "absent.jsonl", "--text-field", "text", "--label-field", "label")

    assert result.exit_code == 1
    assert len(plain(result.stderr).strip().splitlines()) == 1
    assert "absent.jsonl" in result.stderr


# settings --------------------------------------------------------------------------------------


def test_settings_lists_every_setting_with_its_default() -> None:
    result = invoke("settings")

    assert result.exit_code == 0
    lines = plain(result.stdout).splitlines()
    out = flat(result.stdout)
    for name, default, help_text in Settings.help_table():
        assert f"{name} = {default!r}" in lines, name
        assert f"{name} = {default!r} {' '.join(help_text.split())}" in out


def test_every_setting_is_in_the_readme_settings_table() -> None:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Settings", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    assert rows[0].replace(" ", "") == "|name|default|whatitdoes|"
    documented = [row.split("|")[1].strip() for row in rows[2:]]

    assert set(Settings.names()) <= set(documented)
    assert sorted(documented) == sorted(Settings.names()), "the README lists a setting that does not exist"


def test_run_shows_the_largest_stories_first_and_counts_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "three"
    folder.mkdir()
    # two reports of one invented event and one unrelated article: two stories
    (folder / "a.txt").write_text("Ferry sinks off Varnholm\nThe ferry Aldra sank off Varnholm island on Monday, the coast guard of Varnholm said.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Aldra ferry sinks near Varnholm\nThe coast guard of Varnholm said the ferry Aldra sank off the island on Monday.\n", encoding="utf-8")
    (folder / "c.txt").write_text("Orchestra opens season\nThe Brunsee Philharmonic opened its concert season with a new symphony by Ilse Marau.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["run", str(folder), "--db", str(tmp_path / "s.db"), "--show", "1"])
    assert result.exit_code == 0, result.output
    assert "a.txt" in result.output and "c.txt" not in result.output
    assert "1 more stories (1 articles)" in result.output


def test_a_file_of_nothing_but_boilerplate_is_reported_not_stored(tmp_path: Path) -> None:
    folder = write(tmp_path / "noise", {
        "widgets.txt": "- Advertisement -\nPlease enter your comment!\nPlease enter your name here\n27.2 C\n",
        "real.txt": "Ferry sinks off Varnholm\nThe ferry Aldra sank off Varnholm island on Monday, the coast guard said.\n",
    })
    db = tmp_path / "n.db"
    result = invoke("run", folder, "--db", db)
    assert result.exit_code == 0, result.output
    assert "widgets.txt: no article text left after removing boilerplate" in plain(result.output)
    assert [a["input"] for a in export(db)["articles"]] == ["real.txt"]


def test_only_unreadable_inputs_exit_1(tmp_path: Path) -> None:
    folder = write(tmp_path / "bad", {"empty.txt": ""})
    result = invoke("run", folder, "--db", tmp_path / "b.db")
    assert result.exit_code == 1
    assert "empty.txt" in plain(result.output) and "Traceback" not in result.output


def test_brackets_in_file_names_are_text_not_markup(tmp_path: Path) -> None:
    folder = write(tmp_path / "odd", {"[bold]x.txt": "", "dir[/x].txt": ""})
    result = invoke("run", folder, "--db", tmp_path / "o.db")
    assert "Traceback" not in result.output and "MarkupError" not in result.output
    assert "[bold]x.txt" in plain(result.output) and "dir[/x].txt" in plain(result.output)


def test_a_locked_database_is_one_clear_line(tmp_path: Path) -> None:
    import sqlite3

    from storyweave.store import sqlite as store_module

    folder = write(tmp_path / "in", {"a.txt": "Ferry sinks off Varnholm\nThe ferry Aldra sank off Varnholm on Monday.\n"})
    db = tmp_path / "l.db"
    assert invoke("run", folder, "--db", db).exit_code == 0
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer holds the database
    saved = store_module.BUSY_TIMEOUT_S
    store_module.BUSY_TIMEOUT_S = 0.2
    try:
        more = write(tmp_path / "more", {"b.txt": "Orchestra opens season\nThe Brunsee Philharmonic opened its season on Friday.\n"})
        result = invoke("add", more, "--db", db)
    finally:
        store_module.BUSY_TIMEOUT_S = saved
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 1
    assert "could not write" in plain(result.output) and "Traceback" not in result.output
    assert len(export(db)["articles"]) == 1  # nothing half-written


def test_eval_names_each_unusable_record_and_scores_the_rest(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "1", "label": "ferry", "text": "Ferry Aldra sinks off Varnholm island, coast guard says."}),
        json.dumps({"id": "2", "label": "ferry", "text": "Ferry Aldra sinks off Varnholm island, coast guard says."}),  # same text
        json.dumps({"id": "3", "label": "ferry", "text": "   "}),
        "{not json",
    ]
    data = tmp_path / "mixed.jsonl"
    data.write_bytes(("\n".join(lines) + "\n").encode() + b"\xff\xfe broken bytes\n")
    result = invoke("eval", data, "--label-field", "label", "--id-field", "id")
    assert result.exit_code == 0, result.output
    text = plain(result.output)
    assert "mixed.jsonl:3: empty text" in text and "mixed.jsonl:4: invalid JSON" in text and "mixed.jsonl:5: not UTF-8" in text
    # the duplicate text is scored in its twin's event, so the two records agree
    assert re.search(r"B-cubed\s+P 1\.000\s+R 1\.000\s+F1 1\.000", text)


def test_eval_of_a_file_with_no_usable_record_is_one_line(tmp_path: Path) -> None:
    data = tmp_path / "empty.jsonl"
    data.write_text("", encoding="utf-8")
    result = invoke("eval", data)
    assert result.exit_code == 1 and "no usable records" in plain(result.output) and "Traceback" not in result.output
