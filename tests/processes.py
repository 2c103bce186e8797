"""What the tests see of processes, from /proc (Linux): who a process's children are, which live
in a process group, and waiting for processes to be gone."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path


def _stats() -> Iterator[tuple[int, list[str]]]:
    """(pid, the fields of /proc/PID/stat after the command's name: state, ppid, pgrp, …)."""
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                yield int(entry.name), (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue  # gone meanwhile


def children_of(pid: int) -> set[int]:
    return {child for child, fields in _stats() if int(fields[1]) == pid}


def live_in_group(group: int) -> list[int]:
    """The live processes of a process group (zombies not counted: their parent is gone too)."""
    return [pid for pid, fields in _stats() if int(fields[2]) == group and fields[0] != "Z"]


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def gone_in_time(pids: set[int] | list[int], seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while any(alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(alive(pid) for pid in pids)
