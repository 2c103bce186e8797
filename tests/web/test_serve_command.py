"""`storyweave serve`: private by default, one clear line when the database cannot be served."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from storyweave.cli import app


def test_missing_database_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 1
    assert "no such database" in result.output and len(result.output.strip().splitlines()) == 1


def test_not_a_database_is_one_line(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    result = CliRunner().invoke(app, ["serve", "--db", str(junk), "--read-only"])
    assert result.exit_code == 1 and "not a storyweave database" in result.output


def test_foreign_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    before = other.read_bytes()
    result = CliRunner().invoke(app, ["serve", "--db", str(other)])
    assert result.exit_code == 1 and "not a storyweave database" in result.output
    assert other.read_bytes() == before


def test_defaults_keep_the_server_private() -> None:
    result = CliRunner().invoke(app, ["serve", "--help"], env={"COLUMNS": "200"})
    assert "127.0.0.1" in result.output and "--read-only" in result.output and "8000" in result.output
