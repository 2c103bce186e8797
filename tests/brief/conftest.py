"""Fixtures of the brief tests: a git-ignored folder for the artefacts tests leave to look at
(the headless chromium, `chromium`, is shared: tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    folder = REPO / "test-artifacts"  # ignored by git (.gitignore)
    folder.mkdir(exist_ok=True)
    return folder
