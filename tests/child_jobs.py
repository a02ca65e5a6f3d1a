"""Jobs for the tests of the process pool: they run in a child process, so they are
top-level functions, and a held one waits on a file gate (a `Gate` cannot reach another
process). Nothing here measures time."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from app.services.process_jobs import read_import
from app.services.process_pool import Streamed

_LONGEST_HOLD_S = 60  # a safety net only: a test that never opens its gate fails, not hangs


def held_read_import(gate: str, project_at, path: str, cancelled=None, report=None):
    """`read_import`, held at its start until the test writes `gate/open` or cancels."""
    folder = Path(gate)
    (folder / "entering").write_text(str(os.getpid()), encoding="utf-8")
    (folder / "entering").replace(folder / "entered")  # seen whole or not at all
    give_up = time.monotonic() + _LONGEST_HOLD_S
    while not cancelled() and not (folder / "open").exists():
        if time.monotonic() > give_up:
            raise TimeoutError("the test never opened the gate")
        time.sleep(0.005)  # the gate is a file: looked at until it opens
    return read_import(project_at, path, cancelled=cancelled, report=report)


def niceness(cancelled=None, report=None) -> int:
    """The child's scheduling niceness (POSIX), as the system sees it."""
    return os.getpriority(os.PRIO_PROCESS, 0)


def process_id(cancelled=None, report=None) -> int:
    return os.getpid()


def exit_at_once(code: int, cancelled=None, report=None) -> None:
    os._exit(code)  # a crash, as a library bug in the child would end it


def end_the_process_cleanly(cancelled=None, report=None) -> None:
    sys.exit(0)


def fail_with_a_bug(cancelled=None, report=None) -> None:
    raise KeyError("no such column")


def count_to(total: int, cancelled=None, report=None) -> Streamed:
    """A long list, sent back in pieces, with progress on the way."""
    for done in range(0, total + 1, max(1, total // 10)):
        report(done, total)
    return Streamed("numbers", {"numbers": list(range(total))})


def crash_while_reading(project_at, path: str, cancelled=None, report=None) -> None:
    """Stands for `read_import` when a library crashes the child in the middle of a file."""
    os._exit(3)


def wait_for_cancel(folder: str, cancelled=None, report=None) -> None:
    """Runs until cancelled, then leaves a note that it stopped by itself (a job cleans up
    then), as a workbook being written does."""
    (Path(folder) / "running").write_text("", encoding="utf-8")
    give_up = time.monotonic() + _LONGEST_HOLD_S
    while not cancelled():
        if time.monotonic() > give_up:
            raise TimeoutError("nobody cancelled the job")
        time.sleep(0.005)
    (Path(folder) / "stopped when asked").write_text("", encoding="utf-8")
    raise InterruptedError("stopped")  # as a service's own "cancelled" error is raised
