"""One of two processes writing to the same project files at once (for the interleaving test).

    python interleave_driver.py CONFIG.json INDEX

For each round's file it waits until the other process is there too (a file barrier),
then runs a few random commands: imports, people added, cancellations, edits, undos.
Every command is pickled before it runs; what committed is logged with the sequence
number of its change record (the commit order), what was refused as refused. The test
replays the committed commands in that order on a fresh copy and compares.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import pickle
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.application import run
from app.application.history import History
from app.application.imports import ImportRegistrations, snapshot
from app.application.registrations import (
    AddRegistration,
    EditRegistration,
    SetStatus,
)
from app.domain import Registration, RegistrationStatus
from app.services.registration_import import choose_for_file
from app.services.registration_import.rows import build_registrations
from app.storage import ConflictError, Project

EVENT = 1


def _barrier(folder: Path, round_no: int, me: int) -> None:
    (folder / f"ready-{round_no}-{me}").touch()
    other = folder / f"ready-{round_no}-{1 - me}"
    deadline = time.monotonic() + 60
    while not other.exists():
        if time.monotonic() > deadline:
            raise SystemExit("the other process never came")
        time.sleep(0.001)


def _command(project: Project, rng: random.Random, csvs: list[str], me: int, n: int):
    people = project.registrations.for_event(EVENT)
    kind = rng.choice(["import", "import", "add", "cancel", "edit", "undo"])
    if kind == "import":
        seen = snapshot(project, EVENT)
        table, plan = choose_for_file(project, rng.choice(csvs))
        return "import", ImportRegistrations(
            EVENT, table, plan, build_registrations(table, plan), seen
        )
    if kind == "add":
        person = Registration(
            first_name=f"Gæst{me}{n}",
            last_name=rng.choice(["Ærø", "Østergaard", "Aagaard"]),
            email=f"gaest{me}.{n}.{rng.randrange(10**6)}@x.dk",
            registered_at=dt.datetime(2026, 3, 1, 9, me * 30 + n),
        )
        return "add", AddRegistration(EVENT, person)
    if kind in ("cancel", "edit") and people:
        chosen = rng.choice(people)
        if kind == "cancel":
            return "cancel", SetStatus(EVENT, [chosen.id], RegistrationStatus.CANCELLED)
        changed = Registration(**{**chosen.__dict__})
        changed.organisation = f"Kommune {me}.{n}"
        return "edit", EditRegistration(changed, chosen)
    return "undo", None


def main() -> None:
    config = json.loads(Path(sys.argv[1]).read_text())
    me = int(sys.argv[2])
    folder = Path(sys.argv[1]).parent
    out = []
    for round_no, path in enumerate(config["files"]):
        rng = random.Random(config["seed"] * 1000 + round_no * 2 + me)
        history = History()
        with Project.open(path) as project:
            _barrier(folder, round_no, me)
            for n in range(config["ops"]):
                time.sleep(rng.uniform(0, config["jitter"]))
                kind, command = _command(project, rng, config["csvs"], me, n)
                step = None
                if kind == "undo":
                    step = history.undo_step()
                    command = history.undo_command(step) if step is not None else None
                    if command is None:
                        continue
                entry = {"round": round_no, "process": me, "kind": kind}
                entry["command"] = base64.b64encode(pickle.dumps(command)).decode()
                try:
                    result = run(project, command)
                except ConflictError as exc:
                    entry.update(outcome="refused", message=str(exc))
                else:
                    entry.update(outcome="committed", seq=result.seq)
                    if kind == "import":
                        entry["conflicts"] = len(result.value.conflicts)
                    if step is not None:
                        history.undone(step, result)
                    else:
                        history.record(kind, "registrations", EVENT, result)
                out.append(entry)
    Path(config["logs"][me]).write_text(json.dumps(out))


if __name__ == "__main__":
    main()
