"""Two processes writing one project at once end where some serial order of their commands ends.

100 rounds on a project file and 50 on a server database (where each round's copy is a
new database): in each, two processes run random
imports, additions, cancellations, edits and undos against the same project at the same
moment. The commands that committed are replayed
one after the other, in the order of their change records, on a fresh copy: the data must
be the same, no person may be there twice and no event booked past its capacity.
VENUEPLAN_INTERLEAVINGS sets the number of rounds on a file (default 100; half on a server).
"""

from __future__ import annotations

import base64
import json
import os
import pickle
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from registration_exports import write_csv
from sqlalchemy import select

from app.application import run
from app.storage import Project
from app.storage.schema import registration_log, registrations

DRIVER = Path(__file__).with_name("interleave_driver.py")
ROUNDS = int(os.environ.get("VENUEPLAN_INTERLEAVINGS", "100"))
EVENT, CAPACITY = 1, 40


def _people(first: int, count: int) -> list[list[str]]:
    names = ["Élise", "Eva", "Ärla", "Øen", "Åse", "Aage", "Søren", "Bo"]
    return [
        [f"{names[i % len(names)]} Nr{i}", f"person{i}@kommune.dk", f"Kommune {i % 7}"]
        for i in range(first, first + count)
    ]


def _state(location: str) -> dict:
    """What a user would see: every registration as stored and the activity log's lines."""
    with Project.open(location, read_only=True) as project, project.engine.connect() as conn:
        people = [
            dict(r)
            for r in conn.execute(select(registrations).order_by(registrations.c.id)).mappings()
        ]
        log = list(
            conn.execute(
                select(registration_log.c.message).order_by(registration_log.c.id)
            ).scalars()
        )
    return {"registrations": people, "log": log}


@pytest.mark.timeout(1200)
def test_random_interleavings_of_two_processes_equal_a_serial_order(
    sample_location, copy_of, engine_kind, tmp_path
):
    with Project.open(sample_location) as project:
        event = project.events.get(EVENT)
        event.capacity_limit = CAPACITY
        project.events.save(event)
    header = [["Navn", "E-mail", "Kommune"]]
    csvs = [
        str(write_csv(tmp_path / "a.csv", header + _people(0, 30))),
        str(write_csv(tmp_path / "b.csv", header + _people(15, 30))),  # 15 in both files
    ]
    rounds = ROUNDS if engine_kind == "file" else max(1, ROUNDS // 2)
    files = [copy_of(sample_location) for _ in range(rounds)]
    config = tmp_path / "config.json"
    logs = [str(tmp_path / "log0.json"), str(tmp_path / "log1.json")]
    config.write_text(
        json.dumps(
            {
                "files": files,
                "csvs": csvs,
                "seed": 20261202,
                "ops": 4,
                "jitter": 0.004,
                "logs": logs,
            }
        )
    )
    procs = [subprocess.Popen([sys.executable, str(DRIVER), str(config), str(i)]) for i in (0, 1)]
    assert [p.wait(timeout=900) for p in procs] == [0, 0]
    entries = json.loads(Path(logs[0]).read_text()) + json.loads(Path(logs[1]).read_text())

    figures: Counter[str] = Counter()
    for n, path in enumerate(files):
        mine = [e for e in entries if e["round"] == n]
        committed = sorted((e for e in mine if e["outcome"] == "committed"), key=lambda e: e["seq"])
        figures["commands"] += len(mine)
        figures["committed"] += len(committed)
        figures["refused as conflicts"] += sum(e["outcome"] == "refused" for e in mine)
        figures["imports"] += sum(e["kind"] == "import" for e in committed)
        figures["people kept over an import"] += sum(e.get("conflicts", 0) for e in committed)
        replay = copy_of(sample_location)
        with Project.open(replay) as project:
            for e in committed:
                run(project, pickle.loads(base64.b64decode(e["command"])))
        actual = _state(path)
        assert actual == _state(replay), f"round {n}: not the serial order of its commits"
        people = actual["registrations"]
        emails = Counter(p["email_key"] for p in people if p["email_key"])
        assert max(emails.values(), default=1) == 1, f"round {n}: a person twice"
        seated = sum(p["status"] in ("registered", "attended", "no_show") for p in people)
        assert seated <= CAPACITY, f"round {n}: {seated} booked for {CAPACITY} places"
        importers = {e["process"] for e in committed if e["kind"] == "import"}
        figures["rounds where both processes imported"] += importers == {0, 1}
    print("interleavings:", dict(figures))
    assert figures["committed"] > rounds * 4  # both processes really were writing
