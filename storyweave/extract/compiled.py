"""The extraction rules compiled to C by mypyc (`tools/compile_rules.py`, run by `make`), used only
when they were built from the very sources beside them.

An extension module beside its .py wins the import, so a rule edited after the last build would
silently run in its old form; `use_current_rules` (called first thing by the `storyweave.extract`
package) sends every import of the compiled modules to their sources instead when any of them is
stale, when the build record is missing, or when STORYWEAVE_PURE_PYTHON is set. Compiled or not,
the rules are the same code: the sources are the reference, and the tests run on what `make` built."""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import os
import sys
from pathlib import Path

PACKAGE = "storyweave.extract"
FOLDER = Path(__file__).resolve().parent
# compiled together (one shared library), so calls between them are C calls
MODULES = ("entities", "people", "figures", "quotes")
RECORD = FOLDER / "compiled.json"  # written by the build: each module's source digest
PURE_PYTHON = "STORYWEAVE_PURE_PYTHON"


def source_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def built_modules(folder: Path = FOLDER, modules: tuple[str, ...] = MODULES) -> list[str]:
    """The modules with an extension file beside their source (for this interpreter)."""
    return [name for name in modules if any((folder / f"{name}{suffix}").exists() for suffix in importlib.machinery.EXTENSION_SUFFIXES)]


def current(folder: Path = FOLDER, modules: tuple[str, ...] = MODULES) -> bool:
    """Whether the build record names every module with the digest of its source as it is now."""
    try:
        record = json.loads((folder / RECORD.name).read_text(encoding="utf-8"))
        return all(record["sources"][f"{name}.py"] == source_digest(folder / f"{name}.py") for name in modules)
    except (OSError, ValueError, KeyError, TypeError):
        return False


def complete_and_current(folder: Path = FOLDER, modules: tuple[str, ...] = MODULES) -> bool:
    """Whether every module is built, from its source as it is now."""
    return built_modules(folder, modules) == list(modules) and current(folder, modules)


class _Sources:
    """A finder that loads the named modules from their .py files, whatever extension lies beside them."""

    def __init__(self, package: str, folder: Path, modules: tuple[str, ...]):
        self.names = {f"{package}.{name}": folder / f"{name}.py" for name in modules}

    def find_spec(self, fullname: str, path: object = None, target: object = None) -> importlib.machinery.ModuleSpec | None:
        source = self.names.get(fullname)
        return importlib.util.spec_from_file_location(fullname, source) if source is not None else None


def use_current_rules(package: str = PACKAGE, folder: Path = FOLDER, modules: tuple[str, ...] = MODULES) -> bool:
    """Whether the compiled modules will be imported: True when they are built and current; otherwise
    (some stale, the record missing, or STORYWEAVE_PURE_PYTHON set) their sources are, from now on."""
    built = built_modules(folder, modules)
    if built and not os.environ.get(PURE_PYTHON) and current(folder, modules):
        return True
    if built and not any(isinstance(finder, _Sources) and set(finder.names) >= {f"{package}.{name}" for name in modules}
                         for finder in sys.meta_path):
        sys.meta_path.insert(0, _Sources(package, folder, modules))
    return False


def compiled_in_use() -> list[str]:
    """The rule modules this process runs compiled (imported from an extension file)."""
    return [name for name in MODULES
            if (module := sys.modules.get(f"{PACKAGE}.{name}")) is not None
            and str(getattr(module, "__file__", "")).endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))]
