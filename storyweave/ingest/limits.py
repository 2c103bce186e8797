"""Limits every reader applies: the size of a document, and the length of a reason it gives."""

from __future__ import annotations

from pathlib import Path

from storyweave.errors import BadInput
from storyweave.ingest.options import ReadOptions


def too_large(source: str, size: int, options: ReadOptions) -> BadInput:
    return BadInput(source, f"too large ({size:,} bytes; the limit max_file_bytes is {options.max_file_bytes:,} bytes)")


def read_within_limit(path: Path, options: ReadOptions) -> bytes:
    """The file's bytes; BadInput when it is larger than the limit or cannot be read."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > options.max_file_bytes:
            raise too_large(source, size, options)
        return path.read_bytes()
    except OSError as exc:
        raise BadInput(source, f"cannot read ({exc.strerror or exc})") from None


def one_line(text: str, limit: int = 160) -> str:
    """A library's error message as one short printable line (some span many lines or quote raw bytes)."""
    line = " ".join("".join(c if c.isprintable() else " " for c in text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
