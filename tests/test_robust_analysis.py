"""One document that extraction cannot handle costs only that document: the rest of the batch is
stored, and the failure is one line naming the file. Placeholder dates are no dates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import storyweave.extract as extract
import storyweave.pipeline as pipeline
from storyweave.cli import app
from storyweave.clean.fields import field_date
from storyweave.extract.dates import Published, mentioned_dates

GOOD = (
    "Ferry service to Ostrin resumes\nPublished: June 2, 2023\n"
    "The ferry to Ostrin Island ran again on Friday after a week of repairs to its landing ramp, the harbour office said.\n"
    "Passengers waited in long queues for the first crossing.\n"
)


@pytest.mark.parametrize("placeholder", ["0001-01-01", "0001-01-01T00:00:00Z", "9999-12-31", "1753-01-01"])
def test_placeholder_dates_of_exports_are_no_dates(placeholder: str) -> None:
    assert field_date(placeholder) is None


def test_relative_days_at_the_ends_of_the_calendar_are_left_unresolved() -> None:
    sentences = ["The mayor said yesterday that the bridge would reopen on Monday.", "It will open tomorrow, he said on Friday."]
    for edge, beyond in (("0001-01-01", "yesterday"), ("9999-12-31", "tomorrow")):
        mentions = mentioned_dates(sentences, Published(edge, "header", None), None)
        assert beyond not in {m.text for m in mentions}
        assert {m.day.year for m in mentions} == {int(edge[:4])}


def test_a_record_with_a_placeholder_date_is_stored_undated_with_the_rest(tmp_path: Path) -> None:
    records = tmp_path / "export.jsonl"
    records.write_text(json.dumps({"id": "r1", "date": "0001-01-01T00:00:00Z",
                                   "text": "Bridge reopens in Kessel\nThe mayor said yesterday that the old bridge over the Kessel river reopened after repairs."}) + "\n",
                       encoding="utf-8")
    (tmp_path / "ferry.txt").write_text(GOOD, encoding="utf-8")
    db = tmp_path / "x.db"

    result = CliRunner().invoke(app, ["run", str(records), str(tmp_path / "ferry.txt"), "--db", str(db), "-q"])

    assert result.exit_code == 0, result.output
    exported = pipeline.export_database(db, briefs=False)
    by_input = {a["input"]: a for a in exported["articles"]}
    assert set(by_input) == {"r1", "ferry.txt"}
    assert (by_input["r1"]["published"], by_input["r1"]["published_from"]) == (None, "none")


@pytest.mark.parametrize("verbose", [False, True])
def test_an_analysis_failure_is_one_line_and_the_batch_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, verbose: bool) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in/ferry.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "in/poison.txt").write_text(GOOD.replace("Ferry service", "Poison pill"), encoding="utf-8")
    real = extract.extract_quotes

    def extract_quotes(lines, *rest):
        if any("Poison pill" in line for line in lines):
            raise OverflowError("date value out of range")
        return real(lines, *rest)

    # analysed together, stage by stage: the document failing halfway costs only itself
    monkeypatch.setattr(extract, "extract_quotes", extract_quotes)
    db = tmp_path / "x.db"

    result = CliRunner().invoke(app, ["run", str(tmp_path / "in"), "--db", str(db), "-q", *(["--verbose"] if verbose else [])])

    assert result.exit_code == 0
    assert "poison.txt: could not be analysed (OverflowError: date value out of range)" in result.output
    assert [a["input"] for a in pipeline.export_database(db, briefs=False)["articles"]] == ["ferry.txt"]
    # the traceback, naming the function that raised, only with --verbose
    assert ("Traceback (most recent call last)" in result.output) is verbose
    assert ("in extract_quotes" in result.output) is verbose
