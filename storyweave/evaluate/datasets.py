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
    documents, labels, errors = [], [], []
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise BadInput(str(path), f"cannot read ({exc.strerror or exc})") from None
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            source = f"{path}:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(BadInput(source, f"invalid JSON ({exc.msg})"))
                continue
            if not isinstance(record, dict) or not isinstance(record.get(text_field), str) or label_field not in record:
                errors.append(BadInput(source, f"record lacks a text field {text_field!r} or a label field {label_field!r}"))
                continue
            record_id = str(record.get(id_field, f"{path.name}:{number}"))
            documents.append(RawDocument(input=record_id, source=source, text=record[text_field]))
            labels.append(str(record[label_field]))
    return LabelledSet(documents, labels, errors)
