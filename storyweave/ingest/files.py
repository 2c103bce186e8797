"""Walk the paths a user gave, in a deterministic order, and read each file with its reader."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from storyweave.errors import BadInput
from storyweave.ingest.text import decode_text
from storyweave.model import RawDocument

SUPPORTED_SUFFIXES = (".txt", ".text")


@dataclass(frozen=True)
class Skipped:
    """A file inside a folder that no reader handles; counted, not an error."""

    path: str


def _walk(path: Path) -> Iterator[Path]:
    # sorted by relative path so every run visits files in the same order
    for child in sorted(path.rglob("*"), key=lambda p: p.relative_to(path).as_posix()):
        if child.is_file() and not any(part.startswith(".") for part in child.relative_to(path).parts):
            yield child


def read_inputs(paths: Iterable[Path], max_bytes: int) -> Iterator[RawDocument | BadInput | Skipped]:
    """Yield one item per file: a document, or the reason it could not be read.

    `input` is the path relative to the folder given (a file given directly keeps its name)."""
    for given in paths:
        if not given.exists():
            yield BadInput(str(given), "no such file or folder")
            continue
        if given.is_dir():
            for file in _walk(given):
                if file.suffix.lower() not in SUPPORTED_SUFFIXES:
                    yield Skipped(str(file))
                    continue
                yield _read_file(file, file.relative_to(given).as_posix(), max_bytes)
        else:
            if given.suffix.lower() not in SUPPORTED_SUFFIXES:
                yield BadInput(str(given), f"unsupported format {given.suffix or '(no suffix)'!r}; supported: {', '.join(SUPPORTED_SUFFIXES)}")
                continue
            yield _read_file(given, given.name, max_bytes)


def _read_file(path: Path, relative: str, max_bytes: int) -> RawDocument | BadInput:
    source = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return BadInput(source, f"too large ({size:,} bytes; the limit max_file_bytes is {max_bytes:,} bytes)")
        data = path.read_bytes()
        text, encoding = decode_text(data, source)
    except BadInput as err:
        return err
    except OSError as exc:
        return BadInput(source, f"cannot read ({exc.strerror or exc})")
    return RawDocument(input=relative, source=source, text=text, encoding=encoding)
