"""Reading many inputs reports progress before any is analysed (a large archive takes a while)."""

from __future__ import annotations

from pathlib import Path

from storyweave.pipeline import IngestReport, read_documents
from storyweave.settings import Settings


def test_reading_reports_progress_every_fifty_documents_with_the_total_unknown(tmp_path: Path) -> None:
    for index in range(120):
        (tmp_path / f"{index:03d}.txt").write_text(f"Report number {index} on the ferry to Ostrin Island, which ran again on Friday.\n")
    calls: list[tuple[str, int, int]] = []

    docs = list(read_documents([tmp_path], Settings(), IngestReport(), progress=lambda *call: calls.append(call)))

    assert len(docs) == 120
    assert calls == [("read", 50, 0), ("read", 100, 0)]
