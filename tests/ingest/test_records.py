"""JSONL and CSV exports: field mapping, record ids as `input`, one line per unusable record,
streaming, and random or mutated input that must never crash or hang a reader.

The fixtures under fixtures/ are original texts written for these tests."""

from __future__ import annotations

import codecs
import json
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyweave.errors import BadInput
from storyweave.ingest import ReadOptions, read_inputs
from storyweave.ingest.records import read_csv_file, read_jsonl_file
from storyweave.model import RawDocument

FIXTURES = Path(__file__).parent / "fixtures"


def read(path: Path, **options) -> tuple[list[RawDocument], list[BadInput]]:
    items = list(read_inputs([path], ReadOptions(**options)))
    return [i for i in items if isinstance(i, RawDocument)], [i for i in items if isinstance(i, BadInput)]


def test_jsonl_export_maps_the_default_fields_and_names_each_bad_line() -> None:
    docs, errors = read(FIXTURES / "export.jsonl")
    by_input = {d.input: d for d in docs}
    assert list(by_input) == ["kel-001", "kel-002", "export.jsonl:4", "6"]
    first = by_input["kel-001"]
    assert first.fields == {
        "title": "Kelmora tram line opens after four years of works", "date": "2024-03-16",
        "url": "https://www.kelmora-post.example/news/tram-opens?utm_source=newsletter&utm_medium=email", "lang": "en",
    }
    assert first.text.startswith("The first trams ran") and first.source.endswith("export.jsonl:1")
    # headline / body / published_at / link are the second names looked for
    second = by_input["kel-002"]
    assert second.fields["title"].startswith("Kelmora trams") and second.fields["date"] == "2024-03-16T17:40:00+01:00"
    assert second.fields["url"] == "https://kelmora-gazette.example/trams/riders"
    assert by_input["export.jsonl:4"].text.startswith("A lighthouse keeper")  # `content`, no id → file:line
    reasons = {Path(e.source).name: e.reason for e in errors}
    assert reasons == {
        "export.jsonl:5": "no article text (looked for the field text / body / content)",
        "export.jsonl:6": "invalid JSON: Unterminated string starting at (column 27)",
        "export.jsonl:7": "a JSON list, not an object with fields",
    }


def test_csv_export_reads_quoted_multiline_fields_any_header_case_and_wrong_rows() -> None:
    docs, errors = read(FIXTURES / "export.csv")
    assert [d.input for d in docs] == ["vel-01", "vel-02", "export.csv:6"]
    first = docs[0]
    assert "\nCouncillor Hanne Brakel said" in first.text and '"and until then nobody crosses"' in first.text
    assert first.fields == {
        "title": "Velden council votes to close old bridge", "date": "2024-05-07",
        "url": "http://velden-courier.example/bridge-closed/", "lang": "en",
    }
    assert [d.source.rsplit("/", 1)[1] for d in docs] == ["export.csv:2", "export.csv:4", "export.csv:6"]  # where each record starts
    assert {Path(e.source).name: e.reason for e in errors} == {
        "export.csv:5": "3 columns where the header has 6",
        "export.csv:7": "field 'Body' holds only white space",
    }


def test_field_options_name_other_fields(tmp_path: Path) -> None:
    path = tmp_path / "wire.ndjson"
    path.write_text(json.dumps({"story": "Snow closed the Harnfell pass on Monday.", "slug": "hf-9", "when": "2024-01-08",
                                "head": "Harnfell pass closed", "where": "https://wire.example/hf-9", "tongue": "en"}) + "\n")
    docs, errors = read(path, text_field="story", id_field="slug", date_field="when", title_field="head",
                        url_field="where", lang_field="tongue")
    assert not errors
    assert docs[0].input == "hf-9" and docs[0].fields == {
        "title": "Harnfell pass closed", "date": "2024-01-08", "url": "https://wire.example/hf-9", "lang": "en"}
    docs, errors = read(path)  # the defaults find no text
    assert not docs and errors[0].reason == "no article text (looked for the field text / body / content)"


def test_csv_without_a_text_column_is_one_line_for_the_file(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("name,town\nHarald,Vesterby\nInga,Holm\n")
    docs, errors = read(path)
    assert not docs and len(errors) == 1
    assert errors[0].source == str(path) and errors[0].reason.startswith("no text column (looked for text / body / content")


def test_csv_in_a_legacy_code_page_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "fr.csv"
    text = ("Le conseil municipal de Valbrune a voté jeudi soir la rénovation complète du marché couvert. Les commerçants, "
            "inquiets depuis des mois, ont salué une décision « très attendue ». Les travaux débuteront en été et dureront "
            "près de deux ans ; pendant ce temps, les étals seront installés sur la place de l'Église.")
    path.write_bytes(f"id,texte\nv1,\"{text}\"\n".encode("cp1252"))
    docs, errors = read(path, text_field="texte")
    assert not errors and docs[0].text == text


def test_jsonl_with_a_bom_and_non_utf8_lines(tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    good = json.dumps({"id": "b1", "text": "The Ostrin ferry ran again on Friday."}).encode()
    path.write_bytes(codecs.BOM_UTF8 + good + b"\n" + '{"id": "b2", "text": "caf\xe9"}'.encode("latin-1") + b"\n")
    docs, errors = read(path)
    assert [d.input for d in docs] == ["b1"]
    assert errors[0].source.endswith("bom.jsonl:2") and errors[0].reason.startswith("not UTF-8")


def test_empty_export_files_say_so(tmp_path: Path) -> None:
    (tmp_path / "e.jsonl").write_text("\n\n")
    (tmp_path / "e.csv").write_text("")
    assert [e.reason for e in read(tmp_path / "e.jsonl")[1]] == ["no records (the file is empty)"]
    assert [e.reason for e in read(tmp_path / "e.csv")[1]] == ["no header row (the file is empty)"]


def test_a_huge_record_is_refused_without_being_loaded_and_the_next_one_is_read(tmp_path: Path) -> None:
    limit = 200_000
    path = tmp_path / "big.jsonl"
    with path.open("w") as handle:
        handle.write(json.dumps({"id": "huge", "text": "word " * 4_000_000}) + "\n")  # 20 MB on one line
        handle.write(json.dumps({"id": "small", "text": "The Brunsee Philharmonic opened its season on Friday."}) + "\n")
    tracemalloc.start()
    docs, errors = read(path, max_file_bytes=limit)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [d.input for d in docs] == ["small"]
    assert errors[0].source.endswith("big.jsonl:1") and errors[0].reason.startswith("record too large (20,000,")
    assert peak < 6_000_000, f"peak {peak:,} bytes: the 20 MB line was held in memory"

    csv_path = tmp_path / "big.csv"
    csv_path.write_text("id,text\nhuge,\"" + "word " * 100_000 + "\"\nsmall,The choir sang in Holm on Sunday.\n")
    docs, errors = read(csv_path, max_file_bytes=limit)
    assert [d.input for d in docs] == ["small"] and errors[0].source.endswith("big.csv:2")


# fuzzing: random bytes and mutations of the valid fixtures never crash or hang a reader ----------
def _read_all(reader, path: Path) -> None:
    for item in reader(path, path.name, ReadOptions(max_file_bytes=50_000)):
        assert isinstance(item, (RawDocument, BadInput))
        if isinstance(item, RawDocument):
            assert item.text.strip() and item.input


READERS = {".jsonl": read_jsonl_file, ".csv": read_csv_file}
FUZZ = settings(max_examples=120, deadline=2_000, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.mark.parametrize("suffix", sorted(READERS))
@FUZZ
@given(data=st.binary(max_size=3_000))
def test_random_bytes_never_crash_a_reader(tmp_path: Path, suffix: str, data: bytes) -> None:
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    _read_all(READERS[suffix], path)


_MUTATION = st.tuples(st.sampled_from(["insert", "delete", "replace", "truncate", "duplicate"]),
                      st.floats(0, 1), st.binary(min_size=1, max_size=8))


def _mutate(data: bytes, mutations: list[tuple[str, float, bytes]]) -> bytes:
    for kind, where, chunk in mutations:
        at = int(where * len(data))
        if kind == "insert":
            data = data[:at] + chunk + data[at:]
        elif kind == "delete":
            data = data[:at] + data[at + len(chunk):]
        elif kind == "replace":
            data = data[:at] + chunk + data[at + len(chunk):]
        elif kind == "truncate":
            data = data[:at]
        else:
            data = data[:at] + data[at // 2:]
    return data


@pytest.mark.parametrize("fixture", ["export.jsonl", "export.csv"])
@FUZZ
@given(mutations=st.lists(_MUTATION, min_size=1, max_size=6))
def test_mutated_exports_never_crash_a_reader(tmp_path: Path, fixture: str, mutations) -> None:
    path = tmp_path / fixture
    path.write_bytes(_mutate((FIXTURES / fixture).read_bytes(), mutations))
    _read_all(READERS[path.suffix], path)
