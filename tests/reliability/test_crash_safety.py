"""Killing the app at random moments loses nothing it reported saved and never breaks the
project (a file, or a database on a server: each test runs on both).

VENUEPLAN_CRASH_RUNS sets how many kills (default 20 in CI; the README gives a longer run).
"""

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from app.storage import Project

DRIVER = Path(__file__).with_name("edit_driver.py")
RUNS = int(os.environ.get("VENUEPLAN_CRASH_RUNS", "20"))


def _run_and_kill(path: str, seed: int, after_edits: int, extra: float) -> list[str]:
    """Start the driver, let it report `after_edits` saved edits, then kill it `extra`
    seconds later, mid-way through whatever it is writing by then. Counting reports
    instead of waiting a fixed time keeps the test the same on a slow or busy machine."""
    proc = subprocess.Popen(
        [sys.executable, str(DRIVER), str(path), str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    lines: list[str] = []
    enough = threading.Event()

    def read() -> None:
        for line in proc.stdout:
            lines.append(line)
            if len(lines) >= after_edits:
                enough.set()
        enough.set()  # the driver ended on its own: the test below says so

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    assert enough.wait(timeout=120), "the edit driver reported nothing for two minutes"
    time.sleep(extra)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    reader.join(timeout=10)
    proc.stdout.close()
    # Only whole lines count as reported: the last one may have been cut by the kill.
    return [line for line in lines if line.endswith("\n")]


def test_random_kills_lose_no_reported_edit(sample_location):
    """Fails if a save is reported before its commit is durable, or the file breaks."""
    rng = random.Random(20261125)
    reported_total = 0
    for run in range(RUNS):
        reported = _run_and_kill(
            sample_location, rng.randrange(10**6), rng.randint(1, 40), rng.uniform(0, 0.03)
        )
        reported_total += len(reported)
        with Project.open(sample_location) as project:
            assert project.integrity_ok(), f"run {run}: integrity check failed"
            for line in reported:
                kind, record_id, value = line.split()
                record_id, value = int(record_id), int(value)
                if kind == "venue":
                    stored = int(project.venues.get(record_id).notes.split()[1])
                    assert stored >= value, f"run {run}: venue {record_id} lost edit {value}"
                elif kind == "event":
                    stored = int(project.events.get(record_id).description.split()[1])
                    assert stored >= value, f"run {run}: event {record_id} lost edit {value}"
                else:
                    stored = sum(project.registrations.count_by_status(record_id).values())
                    assert stored >= value, f"run {run}: registrations of {record_id} lost"
    assert reported_total >= RUNS  # the driver really was editing when it was killed
