"""Labelled JSONL collections → documents for the pipeline and gold labels for scoring."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from storyweave.errors import BadInput
from storyweave.model import RawDocument


@dataclass(frozen=True)
class LabelledSet:
    documents: list[RawDocument]
    labels: list[str]
    errors: list[BadInput]


def load_jsonl(path: Path, text_field: str, label_field: str, id_field: str) -> LabelledSet:
    """Every usable record; each unusable one becomes a BadInput naming file:line and the reason."""
    documents, labels, errors = [], [], []
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise BadInput(str(path), f"cannot read ({exc.strerror or exc})") from None
    with handle:
        for number, raw_line in enumerate(handle, 1):
            source = f"{path}:{number}"
            try:
                line = raw_line.decode("utf-8")
            except UnicodeDecodeError as exc:
                errors.append(BadInput(source, f"not UTF-8 ({exc.reason} at byte {exc.start})"))
                continue
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(BadInput(source, f"invalid JSON ({exc.msg})"))
                continue
            if not isinstance(record, dict) or not isinstance(record.get(text_field), str) or label_field not in record:
                errors.append(BadInput(source, f"record lacks a text field {text_field!r} or a label field {label_field!r}"))
                continue
            if not record[text_field].strip():
                errors.append(BadInput(source, f"empty text in {text_field!r}"))
                continue
            record_id = str(record.get(id_field, f"{path.name}:{number}"))
            documents.append(RawDocument(input=record_id, source=source, text=record[text_field]))
            labels.append(str(record[label_field]))
    if not documents:
        raise BadInput(str(path), f"no usable records ({len(errors)} unusable)")
    return LabelledSet(documents, labels, errors)
