"""Exports from other tools: JSON Lines (.jsonl, .ndjson) and CSV, one article per record.

Both are streamed record by record, so a file of any size reads in bounded memory; a record
that cannot be used becomes one BadInput naming `file:line` and the rest of the file goes on."""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from storyweave.errors import BadInput
from storyweave.ingest.options import ReadOptions
from storyweave.ingest.text import guess_encoding
from storyweave.model import RawDocument

if TYPE_CHECKING:
    from _csv import Reader as CsvReader

# what each field is called when the user does not say; the first one a record has wins
DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content"),
    "title": ("title", "headline"),
    "date": ("date", "published", "published_at"),
    "url": ("url", "link"),
    "id": ("id",),
    "lang": ("lang", "language"),
}
_SKIP_CHUNK = 1 << 20
_SNIFF_BYTES = 1 << 20
_BINARY = re.compile(r"[\x00-\x08\x0e-\x1f]")


def _given(options: ReadOptions) -> dict[str, str | None]:
    return {
        "text": options.text_field, "title": options.title_field, "date": options.date_field,
        "url": options.url_field, "id": options.id_field, "lang": options.lang_field,
    }


def _field_names(options: ReadOptions) -> dict[str, tuple[str, ...]]:
    """Per role, the names to look for: the user's one name, or the defaults."""
    return {role: (name,) if name else DEFAULT_FIELDS[role] for role, name in _given(options).items()}


def _lookup(record: Mapping[str, object], names: tuple[str, ...], folded: dict[str, str]) -> tuple[str | None, object]:
    """(name found, value): exact names first, then the same names in any case ("Text", "URL");
    `folded` maps each casefolded key of the record to the key."""
    for name in names:
        if name in record and record[name] not in (None, ""):
            return name, record[name]
    for name in names:
        key = folded.get(name.casefold())
        if key is not None and record[key] not in (None, ""):
            return key, record[key]
    return None, None


def _folded(record: Mapping[str, object]) -> dict[str, str]:
    return {key.casefold(): key for key in record if isinstance(key, str)}


def _scalar(value: object) -> str | None:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    text = str(value).strip()
    return text or None


def _record_document(
    record: Mapping[str, object], names: dict[str, tuple[str, ...]], source: str, fallback_input: str, limit: int
) -> RawDocument:
    """One record → a RawDocument, or BadInput saying why the record is unusable."""
    folded = _folded(record)
    field, text = _lookup(record, names["text"], folded)
    if field is None:
        raise BadInput(source, f"no article text (looked for the field {' / '.join(names['text'])})")
    if not isinstance(text, str):
        raise BadInput(source, f"field {field!r} is a {type(text).__name__}, not text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(text.encode("utf-8", errors="replace")) > limit:
        raise BadInput(source, f"text too large (the limit max_file_bytes is {limit:,} bytes)")
    if not text.strip():
        raise BadInput(source, f"field {field!r} holds only white space")
    if "\x00" in text or _BINARY.search(text, 0, 20_000) and len(_BINARY.findall(text, 0, 20_000)) > max(8, min(len(text), 20_000) // 100):
        raise BadInput(source, f"field {field!r} holds binary content, not text")
    fields = {}
    for role in ("title", "date", "url", "lang"):
        value = _scalar(_lookup(record, names[role], folded)[1])
        if value is not None:
            fields[role] = value
    record_id = _scalar(_lookup(record, names["id"], folded)[1])
    return RawDocument(input=record_id or fallback_input, source=source, text=text, fields=fields)


# JSON Lines ------------------------------------------------------------------------------------
def _lines(handle: io.BufferedReader, limit: int) -> Iterator[tuple[int, bytes | None, int]]:
    """(line number, bytes or None when longer than `limit`, size); a long line is skipped in
    chunks, never held whole."""
    number = 0
    while line := handle.readline(limit + 1):
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            size = len(line)
            while chunk := handle.readline(_SKIP_CHUNK):
                size += len(chunk)
                if chunk.endswith(b"\n"):
                    break
            yield number, None, size
        else:
            yield number, line, len(line)


def read_jsonl_file(path: Path, relative: str, options: ReadOptions) -> Iterator[RawDocument | BadInput]:
    names = _field_names(options)
    limit = options.max_file_bytes
    records = 0
    try:
        with path.open("rb") as handle:
            for number, line, size in _lines(handle, limit):
                source = f"{path}:{number}"
                if line is None:
                    yield BadInput(source, f"record too large ({size:,} bytes; the limit max_file_bytes is {limit:,} bytes)")
                    continue
                if number == 1 and line.startswith(codecs.BOM_UTF8):
                    line = line[len(codecs.BOM_UTF8):]
                if not line.strip():
                    continue
                records += 1
                try:
                    record = json.loads(line.decode("utf-8").strip())
                except UnicodeDecodeError as exc:
                    yield BadInput(source, f"not UTF-8 (byte {exc.start}); JSON Lines must be UTF-8")
                    continue
                except json.JSONDecodeError as exc:
                    yield BadInput(source, f"invalid JSON: {exc.msg} (column {exc.colno})")
                    continue
                except RecursionError:
                    yield BadInput(source, "invalid JSON (nested too deeply)")
                    continue
                if not isinstance(record, dict):
                    yield BadInput(source, f"a JSON {type(record).__name__}, not an object with fields")
                    continue
                try:
                    yield _record_document(record, names, source, f"{relative}:{number}", limit)
                except BadInput as err:
                    yield err
    except OSError as exc:
        yield BadInput(str(path), f"cannot read ({exc.strerror or exc})")
        return
    if records == 0:
        yield BadInput(str(path), "no records (the file is empty)")


# CSV -------------------------------------------------------------------------------------------
def _csv_encoding(path: Path) -> str | None:
    with path.open("rb") as handle:
        sample = handle.read(_SNIFF_BYTES)
    return guess_encoding(sample, complete=len(sample) < _SNIFF_BYTES)


def read_csv_file(path: Path, relative: str, options: ReadOptions) -> Iterator[RawDocument | BadInput]:
    names = _field_names(options)
    limit = options.max_file_bytes
    # the module's limit is global; a field may be as large as a document may be
    if csv.field_size_limit() < limit:
        csv.field_size_limit(limit)
    try:
        encoding = _csv_encoding(path)
        if encoding is None:
            yield BadInput(str(path), "binary or undecodable content (no text encoding fits)")
            return
        with path.open(encoding=encoding, errors="replace", newline="") as handle:
            yield from _csv_records(csv.reader(handle), path, relative, names, limit)
    except OSError as exc:
        yield BadInput(str(path), f"cannot read ({exc.strerror or exc})")


def _csv_records(
    rows: CsvReader, path: Path, relative: str, names: dict[str, tuple[str, ...]], limit: int
) -> Iterator[RawDocument | BadInput]:
    header: list[str] | None = None
    line = 1  # where the next record starts (a quoted field may span lines)
    while True:
        try:
            row = next(rows)
        except StopIteration:
            break
        except csv.Error as exc:
            yield BadInput(f"{path}:{line}", f"unreadable CSV ({exc})")
            line = rows.line_num + 1
            continue
        start, line = line, rows.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        if header is None:
            header = [cell.strip() for cell in row]
            columns = dict.fromkeys(header, "column")
            if _lookup(columns, names["text"], _folded(columns))[0] is None:
                yield BadInput(str(path), f"no text column (looked for {' / '.join(names['text'])}; the header has {', '.join(header)[:200]})")
                return
            continue
        source = f"{path}:{start}"
        if len(row) != len(header):
            yield BadInput(source, f"{len(row)} columns where the header has {len(header)}")
            continue
        if sum(len(cell) for cell in row) > limit:
            yield BadInput(source, f"record too large (the limit max_file_bytes is {limit:,} bytes)")
            continue
        try:
            yield _record_document(dict(zip(header, row)), names, source, f"{relative}:{start}", limit)
        except BadInput as err:
            yield err
    if header is None:
        yield BadInput(str(path), "no header row (the file is empty)")
