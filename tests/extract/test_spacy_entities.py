"""The setting entity_model: an installed spaCy pipeline's NER finds the entities instead of the
built-in rules, and its names are made canonical as the rules' are. The pipeline is a real one
built here (a blank English pipeline with an entity ruler, saved to a folder), driven through the
real CLI; the default path must never import spaCy."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from typer.testing import CliRunner, Result

from storyweave import pipeline
from storyweave.clean import clean_document
from storyweave.cli import app
from storyweave.extract import analyse
from storyweave.extract.spacy_ner import load_pipeline
from storyweave.model import RawDocument

# the lower-case name is one the rules never find; "Tobias Quinlan" is one they do and the ruler does not know
HARBOUR = """Ferry talks stall in Kellmarsh

Negotiators from the U.S. and the harbour authority met in Kellmarsh on Tuesday to settle the ferry dispute, officials said. maren tolvik, who leads the pilots' guild, said the talks had stalled over night shifts.

Israeli shipping firms and Lutherans in the port have watched the dispute closely. Tolvik said a second round would open on Friday. Tobias Quinlan, the harbour master, declined to comment.
"""
HARBOUR_AGAIN = """Kellmarsh ferry talks break off over night shifts

Talks on the Kellmarsh ferry dispute broke off on Tuesday without a deal over night shifts, the pilots' guild said. Guild leader Maren Tolvik blamed the harbour authority for refusing to settle the dispute. US observers attended the talks, as did a UN mediator. The United Nations offered to host a third round.
"""
ORCHARDS = """Orchard growers count frost damage in Dornvale

DORNVALE, March 3 (Reuters) - Apple growers in the Dornvale valley lost about a third of their blossom to frost on Sunday night, the growers' cooperative said. Its chair, Ilse Brakel, said insurance would cover part of the loss, and that pear trees had fared better.
"""
# what the built-in rules find in HARBOUR (as before the setting existed)
RULES_ENTITIES = [
    ("Kellmarsh", "place", "Kellmarsh"),
    ("U.S.", "place", "United States"),
    ("Kellmarsh", "place", "Kellmarsh"),
    ("Israeli", "place", "Israel"),
    ("Lutherans", "other", "Lutherans"),
    ("Tobias Quinlan", "person", "Tobias Quinlan"),
]
PATTERNS = [
    {"label": "PERSON", "pattern": [{"LOWER": "maren"}, {"LOWER": "tolvik"}]},
    {"label": "PERSON", "pattern": "Tolvik"},
    {"label": "GPE", "pattern": "U.S."},
    {"label": "GPE", "pattern": "US"},
    {"label": "GPE", "pattern": "Kellmarsh"},
    {"label": "NORP", "pattern": "Israeli"},
    {"label": "NORP", "pattern": "Lutherans"},  # a group, no demonym: left out
    {"label": "ORG", "pattern": [{"LOWER": "harbour"}, {"LOWER": "authority"}]},
    {"label": "ORG", "pattern": "UN"},
    {"label": "ORG", "pattern": [{"LOWER": "the"}, {"LOWER": "united"}, {"LOWER": "nations"}]},
    {"label": "DATE", "pattern": "Tuesday"},  # dates have their own extractor: left out
]
SETTING = "entity_model"


@pytest.fixture(scope="module")
def ruler_pipeline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns(PATTERNS)
    folder = tmp_path_factory.mktemp("pipelines") / "harbour_ner"
    nlp.to_disk(folder)
    return folder


def invoke(*args: str | Path) -> Result:
    return CliRunner().invoke(app, [str(a) for a in args])


def write(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def run_and_export(inputs: Path, db: Path, *settings: str) -> dict:
    overrides = [part for setting in settings for part in ("--set", setting)]
    result = invoke("run", inputs, "--db", db, "--quiet", *overrides)
    assert result.exit_code == 0, result.output
    exported = invoke("export", "--format", "json", "--db", db)
    assert exported.exit_code == 0, exported.stderr
    return json.loads(exported.stdout)


def entities_of(exported: dict, name: str) -> list[tuple[str, str, str]]:
    article = next(a for a in exported["articles"] if a["input"].endswith(name))
    assert all(set(entity) == {"text", "kind", "canonical"} for entity in article["entities"])
    return [(e["text"], e["kind"], e["canonical"]) for e in article["entities"]]


def test_the_pipeline_finds_the_entities_and_the_rules_canonical_names_apply(ruler_pipeline: Path, tmp_path: Path) -> None:
    inputs = write(tmp_path / "news", {"harbour.txt": HARBOUR, "harbour-again.txt": HARBOUR_AGAIN, "orchards.txt": ORCHARDS})
    exported = run_and_export(inputs, tmp_path / "spacy.db", f"{SETTING}={ruler_pipeline}")

    harbour = set(entities_of(exported, "harbour.txt"))
    assert ("maren tolvik", "person", "maren tolvik") in harbour  # a name only the pipeline knows, as it is written
    assert ("Tolvik", "person", "maren tolvik") in harbour  # the surname merged into the full name, as the rules merge it
    assert ("U.S.", "place", "United States") in harbour  # the rules' aliases
    assert ("Israeli", "place", "Israel") in harbour  # a demonym (NORP) is its country
    assert ("harbour authority", "org", "harbour authority") in harbour
    texts = {text for text, _, _ in harbour}
    assert "Tobias Quinlan" not in texts  # the rules would find him; the pipeline does not know him
    assert "Lutherans" not in texts and "Tuesday" not in texts  # a group that is no demonym, and a date
    again = set(entities_of(exported, "harbour-again.txt"))
    assert ("Maren Tolvik", "person", "Maren Tolvik") in again
    assert ("US", "place", "United States") in again
    assert ("UN", "org", "United Nations") in again  # the rules' organisation names
    assert ("United Nations", "org", "United Nations") in again  # the article is no part of the name
    # the dateline's place and agency stay; "Ilse Brakel" is the rules' find, not the pipeline's
    assert entities_of(exported, "orchards.txt") == [("DORNVALE", "place", "Dornvale"), ("Reuters", "org", "Reuters")]

    # grouping still works on the pipeline's entities: the two harbour reports are one event, the orchards another
    event_of = {a["input"].rsplit("/", 1)[-1]: a["event"] for a in exported["articles"]}
    assert event_of["harbour.txt"] == event_of["harbour-again.txt"] != event_of["orchards.txt"]


def test_forked_workers_use_the_pipeline(ruler_pipeline: Path, tmp_path: Path) -> None:
    count = pipeline.PARALLEL_FROM + 10  # enough documents for the pipeline to start worker processes
    texts = {
        f"berth-{n:03d}.txt": f"Berth {n} reopens\n\nmaren tolvik said berth {n} at Kellmarsh would reopen after {n + 2} days of repairs. "
        f"Tobias Quinlan, the harbour master, agreed on a schedule for {n * 3} ships.\n"
        for n in range(count)
    }
    exported = run_and_export(write(tmp_path / "berths", texts), tmp_path / "workers.db", f"{SETTING}={ruler_pipeline}", "workers=2")

    assert len(exported["articles"]) == count
    for article in exported["articles"]:
        found = {(e["text"], e["kind"], e["canonical"]) for e in article["entities"]}
        assert found == {("maren tolvik", "person", "maren tolvik"), ("Kellmarsh", "place", "Kellmarsh")}, article["input"]


@pytest.mark.parametrize("settings", [(), (f"{SETTING}=",)], ids=["unset", "empty"])
def test_the_default_setting_keeps_the_rules(settings: tuple[str, ...], tmp_path: Path) -> None:
    exported = run_and_export(write(tmp_path / "news", {"harbour.txt": HARBOUR}), tmp_path / "rules.db", *settings)

    assert entities_of(exported, "harbour.txt") == list(dict.fromkeys(RULES_ENTITIES))  # the export lists each once
    raw = RawDocument("harbour.txt", "harbour.txt", HARBOUR)
    found = analyse(raw, clean_document(raw), "")
    assert [(m.text, m.kind, m.canonical) for m in found.entities] == RULES_ENTITIES
    assert found == analyse(raw, clean_document(raw))


def test_the_default_path_never_imports_spacy(tmp_path: Path) -> None:
    inputs = write(tmp_path / "news", {"harbour.txt": HARBOUR})
    program = (
        "import sys\n"
        "from storyweave.cli import main\n"
        f"sys.argv = ['storyweave', 'run', {str(inputs)!r}, '--db', {str(tmp_path / 'rules.db')!r}, '--quiet']\n"
        "try:\n    main()\nexcept SystemExit as exit:\n    assert not exit.code, exit.code\n"
        "print('spacy imported' if 'spacy' in sys.modules else 'spacy not imported')\n"
    )
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=300)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("spacy not imported")


def test_the_pipeline_is_loaded_once_per_process(ruler_pipeline: Path) -> None:
    assert load_pipeline(str(ruler_pipeline)) is load_pipeline(str(ruler_pipeline))


# bad settings: one line naming the setting, before anything is read or stored ---------------------


def assert_one_line_error(result: Result, *words: str) -> None:
    assert result.exit_code != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: setting entity_model:"), lines[0]
    for word in words:
        assert word in lines[0]


@pytest.mark.parametrize("command", ["run", "add"])
def test_a_pipeline_that_is_not_installed_is_one_line(command: str, tmp_path: Path) -> None:
    inputs = write(tmp_path / "news", {"harbour.txt": HARBOUR})
    db = tmp_path / "stored.db"
    if command == "add":
        assert invoke("run", inputs, "--db", db, "--quiet").exit_code == 0
    before = db.read_bytes() if db.exists() else None

    result = invoke(command, inputs, "--db", db, "--set", f"{SETTING}=xx_not_a_pipeline")

    assert_one_line_error(result, "no spaCy pipeline 'xx_not_a_pipeline' is installed", "leave the setting empty")
    assert (db.read_bytes() if db.exists() else None) == before  # no database made, nothing stored


def test_eval_with_a_pipeline_that_is_not_installed_is_one_line(tmp_path: Path) -> None:
    labelled = tmp_path / "labelled.jsonl"
    labelled.write_text(json.dumps({"doc_id": "1", "text": HARBOUR, "subtopic": "harbour"}) + "\n", encoding="utf-8")

    assert_one_line_error(invoke("eval", labelled, "--set", f"{SETTING}=xx_not_a_pipeline"), "xx_not_a_pipeline")


def test_a_pipeline_without_entities_is_one_line(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.to_disk(tmp_path / "sentences_only")
    inputs = write(tmp_path / "news", {"harbour.txt": HARBOUR})

    result = invoke("run", inputs, "--db", tmp_path / "s.db", "--set", f"{SETTING}={tmp_path / 'sentences_only'}")

    assert_one_line_error(result, "finds no entities", "sentencizer")


def test_a_folder_that_is_no_pipeline_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    inputs = write(tmp_path / "news", {"harbour.txt": HARBOUR})

    result = invoke("run", inputs, "--db", tmp_path / "s.db", "--set", f"{SETTING}={tmp_path / 'empty'}")

    assert_one_line_error(result, "cannot load the spaCy pipeline")


def test_without_spacy_installed_the_setting_is_one_line(ruler_pipeline: Path, tmp_path: Path) -> None:
    inputs = write(tmp_path / "news", {"harbour.txt": HARBOUR})
    program = (
        "import sys\n"
        "sys.modules['spacy'] = None  # as if spaCy were not installed: importing it fails\n"
        "from storyweave.cli import main\n"
        f"sys.argv = ['storyweave', 'run', {str(inputs)!r}, '--db', {str(tmp_path / 's.db')!r}, '--set', 'entity_model={ruler_pipeline}']\n"
        "main()\n"
    )
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=300)

    assert result.returncode != 0
    assert result.stderr.strip() == "error: setting entity_model: spaCy is not installed (pip install spacy, or leave the setting empty for the built-in rules)"
    assert not (tmp_path / "s.db").exists()
