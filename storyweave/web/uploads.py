"""Uploaded files ingested into the database one job at a time, with progress a page can poll.

Each job saves the accepted files into a private folder and runs the ordinary pipeline on it in a
background thread, so an upload is grouped exactly like `storyweave add` would group it."""

from __future__ import annotations

import re
import secrets
import shutil
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storyweave.errors import StoryweaveError
from storyweave.ingest import SUPPORTED_SUFFIXES
from storyweave.pipeline import ingest_paths
from storyweave.settings import Settings

KEPT_JOBS = 50  # finished jobs remembered for their result pages
_UNSAFE = re.compile(r"[^\w.\- ]+", re.UNICODE)


@dataclass
class IngestJob:
    id: str
    files: list[str]
    refused: list[str]  # "name: reason" for files never given to the pipeline
    state: str = "queued"  # queued | running | done | failed
    stage: str = ""
    done: int = 0
    total: int = 0
    added: list[str] = field(default_factory=list)
    already_stored: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    new_events: int = 0
    new_stories: int = 0
    failure: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "state": self.state, "files": self.files, "refused": self.refused, "stage": self.stage,
            "done": self.done, "total": self.total, "added": self.added, "already_stored": self.already_stored,
            "errors": self.errors, "new_events": self.new_events, "new_stories": self.new_stories, "failure": self.failure,
        }


def safe_name(name: str, taken: set[str]) -> str:
    """A file name that stays inside the job folder, readable, and unique within the upload."""
    base = _UNSAFE.sub("_", Path(name.replace("\\", "/")).name).strip(" .") or "upload"
    candidate, counter = base, 1
    while candidate.lower() in taken:
        counter += 1
        stem, dot, suffix = base.partition(".")
        candidate = f"{stem}-{counter}{dot}{suffix}"
    taken.add(candidate.lower())
    return candidate


def refusal(name: str, size: int, max_file_bytes: int) -> str | None:
    """Why an uploaded file is not ingested, or None when it may be."""
    lowered = name.lower()
    if not any(lowered.endswith(suffix) for suffix in SUPPORTED_SUFFIXES):
        return f"unsupported format; supported: {', '.join(SUPPORTED_SUFFIXES)}"
    if size > max_file_bytes:
        return f"too large ({size:,} bytes; the limit max_file_bytes is {max_file_bytes:,} bytes)"
    if size == 0:
        return "empty file"
    return None


class IngestJobs:
    """Runs ingest jobs in order on one background thread (SQLite takes one writer at a time)."""

    def __init__(self, db: Path, settings: Settings):
        self.db = db
        # one process: forking extraction workers from a threaded server is unsafe, and uploads are small
        self.settings = settings.replace(workers=1)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="storyweave-ingest")
        self._jobs: dict[str, IngestJob] = {}
        self._lock = threading.Lock()

    def submit(self, files: list[tuple[str, bytes]], refused: list[str]) -> IngestJob:
        """Queue the (name, content) files; `refused` lists those already turned down."""
        folder = Path(tempfile.mkdtemp(prefix="storyweave-upload-"))
        taken: set[str] = set()
        names = []
        for name, content in files:
            safe = safe_name(name, taken)
            (folder / safe).write_bytes(content)
            names.append(safe)
        job = IngestJob(secrets.token_hex(8), names, refused)
        with self._lock:
            self._jobs[job.id] = job
            for old in list(self._jobs)[:-KEPT_JOBS]:
                if self._jobs[old].state in {"done", "failed"}:
                    del self._jobs[old]
        self._pool.submit(self._run, job, folder)
        return job

    def get(self, job_id: str) -> IngestJob | None:
        with self._lock:
            return self._jobs.get(job_id)

    def _run(self, job: IngestJob, folder: Path) -> None:
        job.state = "running"

        def progress(stage: str, done: int, total: int) -> None:
            job.stage, job.done, job.total = stage, done, total

        try:
            report = ingest_paths([folder], self.db, self.settings, progress, must_exist=True)
            job.added = list(report.added)
            job.already_stored = list(report.already_stored)
            job.errors = [f"{Path(e.source).name if e.source.startswith(str(folder)) else e.source}: {e.reason}" for e in report.errors]
            job.new_events, job.new_stories = report.new_events, report.new_stories
            job.state = "done"
        except StoryweaveError as exc:
            job.failure, job.state = str(exc).replace(str(folder) + "/", ""), "failed"
        except Exception as exc:  # the thread must report, not die silently; the page shows the reason
            job.failure, job.state = f"internal error: {exc.__class__.__name__}", "failed"
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
