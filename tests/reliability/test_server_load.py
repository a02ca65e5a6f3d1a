"""Ten coordinators at once on one server: 1,000 mixed edits each, in ten processes (venue
edits, registration comments and status changes, imports of people the others import too).

In the end no committed edit is lost (each committed token is in the data, exactly once,
and no refused one is), no person is there twice, and no seat is booked past capacity.
VENUEPLAN_LOAD_EDITS sets the edits per coordinator (default 1,000).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from registration_exports import write_csv

from app.storage import Project
from app.storage.copy import copy_project

EDITOR = Path(__file__).with_name("load_editor.py")
EDITORS = 10
EDITS = int(os.environ.get("VENUEPLAN_LOAD_EDITS", "1000"))
EVENT, CAPACITY = 1, 60


def _pool_files(folder: Path) -> None:
    """20 sign-up files of 6 people each, drawn from 40: every person is in several."""
    folder.mkdir()
    for n in range(20):
        people = [(n * 7 + k * 5) % 40 for k in range(6)]
        rows = [
            [f"Deltager {p} Ærø", f"deltager{p}@kommune.dk", f"Kommune {p % 9}"] for p in people
        ]
        write_csv(folder / f"tilmeldte{n:02}.csv", [["Navn", "E-mail", "Kommune"], *rows])


@pytest.mark.timeout(2400)
def test_ten_coordinators_at_once_lose_no_update_and_duplicate_no_one(
    pg_cluster, sample_path, tmp_path
):
    location = pg_cluster.url(pg_cluster.new_database())
    with Project.open(sample_path) as sample:
        event = sample.events.get(EVENT)
        event.capacity_limit = CAPACITY
        sample.events.save(event)
        copy_project(sample, location)
    _pool_files(tmp_path / "csv")
    logs = [tmp_path / f"editor{n}.json" for n in range(EDITORS)]
    procs = [
        subprocess.Popen(
            [sys.executable, str(EDITOR), location, str(n), str(EDITS), "20261202"]
            + [str(tmp_path / "csv"), str(logs[n])]
        )
        for n in range(EDITORS)
    ]
    assert [p.wait(timeout=2300) for p in procs] == [0] * EDITORS
    entries = [e for log in logs for e in json.loads(log.read_text())["edits"]]
    assert len(entries) == EDITORS * EDITS

    with Project.open(location, read_only=True) as project:
        venue_notes = " ".join(v.notes for v in project.venues.all())
        people = project.registrations.for_event(EVENT)
    comments = " ".join(p.comment for p in people)
    found = Counter(re.findall(r"\be\d+n\d+\b", venue_notes + " " + comments))
    outcomes: Counter[str] = Counter()
    for e in entries:
        outcomes[f"{e['kind']} {e['outcome']}"] += 1
        if e["kind"] == "venue":
            expected = 1 if e["outcome"] == "committed" else 0
            assert found[e["token"]] == expected, f"venue edit {e['token']}: {e['outcome']}"
        if e["kind"] == "comment" and e["outcome"] == "committed":
            assert found[e["token"]] == 1, f"comment {e['token']} lost"
        if e["kind"] == "comment" and e["outcome"] == "refused":
            assert found[e["token"]] == 0
    emails = Counter(p.email_key for p in people if p.email_key)
    assert max(emails.values()) == 1, "a person twice"
    seated = sum(p.status.value in ("registered", "attended", "no_show") for p in people)
    assert seated <= CAPACITY
    print("ten coordinators:", dict(sorted(outcomes.items())))
    assert outcomes["venue committed"] > EDITORS * EDITS // 10  # they really did edit
