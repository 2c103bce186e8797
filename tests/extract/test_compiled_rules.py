"""The extraction rules compiled by mypyc (tools/compile_rules.py): a stale build never shadows the
sources, CI tests the compiled build, and compiled and plain Python find the same things."""

from __future__ import annotations

import importlib.machinery
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from storyweave.extract.compiled import MODULES, PURE_PYTHON, complete_and_current, source_digest

REPO = Path(__file__).resolve().parents[2]
LABELLED = Path(__file__).resolve().parent / "labelled"


def _package(tmp_path: Path, record: dict | str | None) -> Path:
    """A package whose module `rules` has an 'extension' beside it that is no extension at all: importing it fails,
    so only an import sent to the source succeeds. `record`: the build record, "current" for one naming the source
    as it is."""
    folder = tmp_path / "rulespkg"
    folder.mkdir()
    (folder / "__init__.py").write_text("", encoding="utf-8")
    (folder / "rules.py").write_text("WHERE = 'source'\n", encoding="utf-8")
    (folder / f"rules{importlib.machinery.EXTENSION_SUFFIXES[0]}").write_bytes(b"not a shared library")
    if record == "current":
        record = {"sources": {"rules.py": source_digest(folder / "rules.py")}}
    if record is not None:
        (folder / "compiled.json").write_text(json.dumps(record), encoding="utf-8")
    return folder


def _import_after_guard(tmp_path: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    code = ("import sys; from storyweave.extract.compiled import use_current_rules\n"
            f"sys.path.insert(0, {str(tmp_path)!r})\n"
            f"print(use_current_rules('rulespkg', __import__('pathlib').Path({str(tmp_path / 'rulespkg')!r}), ('rules',)))\n"
            "import rulespkg.rules; print(rulespkg.rules.WHERE)")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO,
                          env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})}, timeout=120)


def test_a_build_without_its_record_gives_way_to_the_sources(tmp_path):
    _package(tmp_path, None)
    done = _import_after_guard(tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "source"]


def test_a_build_of_an_older_source_gives_way_to_it(tmp_path):
    _package(tmp_path, {"sources": {"rules.py": source_digest(Path(__file__))}})  # the digest of another text
    done = _import_after_guard(tmp_path)
    assert done.stdout.split() == ["False", "source"], done.stderr


def test_a_current_build_is_imported(tmp_path):
    _package(tmp_path, "current")
    done = _import_after_guard(tmp_path)
    # the guard stands aside, so the (bogus) extension is what Python tries to import
    assert done.stdout.split() == ["True"]
    assert "ImportError" in done.stderr


def test_the_environment_can_ask_for_the_sources(tmp_path):
    _package(tmp_path, "current")
    done = _import_after_guard(tmp_path, {PURE_PYTHON: "1"})
    assert done.stdout.split() == ["False", "source"], done.stderr


def _compiled_build() -> None:
    """The build `make` made: required under CI (whose tests must run what users run), else its tests skip."""
    if complete_and_current():
        return
    message = "the extraction rules are not compiled, or compiled from older sources (make rules)"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


_ANALYSE = """
import dataclasses, json, sys
from pathlib import Path
from storyweave.clean import clean_document
from storyweave.extract import analyse_together
from storyweave.extract.compiled import compiled_in_use
from storyweave.model import RawDocument
texts = [json.loads(line)["text"] for path in sorted(Path(sys.argv[1]).glob("heldout_*.jsonl"))[:: int(sys.argv[2])]
         for line in path.open(encoding="utf-8") if line.strip()]
raws = [RawDocument(f"{i}.txt", f"{i}.txt", text) for i, text in enumerate(texts)]
articles = analyse_together([(raw, clean_document(raw)) for raw in raws])
print(json.dumps({"compiled": compiled_in_use(), "articles": [
    [dataclasses.asdict(m) for m in a.entities] + [dataclasses.asdict(q) for q in a.quotes] + [dataclasses.asdict(f) for f in a.figures]
    for a in articles]}))
"""


def _analysed(pure_python: bool) -> dict:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop(PURE_PYTHON, None)
    if pure_python:
        env[PURE_PYTHON] = "1"
    done = subprocess.run([sys.executable, "-c", _ANALYSE, str(LABELLED), "3"], capture_output=True, text=True, cwd=REPO, env=env,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


def test_ci_runs_the_compiled_rules():
    _compiled_build()
    assert _analysed(pure_python=False)["compiled"] == list(MODULES)


def test_compiled_and_plain_python_rules_find_the_same():
    """Every third labelled set, in all its languages: entities, quotes and figures alike, one by one."""
    _compiled_build()
    compiled, source = _analysed(pure_python=False), _analysed(pure_python=True)
    assert compiled["compiled"] == list(MODULES) and source["compiled"] == []
    assert len(compiled["articles"]) == len(source["articles"]) > 100
    assert compiled["articles"] == source["articles"]
