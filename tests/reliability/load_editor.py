"""One coordinator in the load test: a process making mixed edits on one project as fast as
it can, through the application layer, and writing down what committed.

    python load_editor.py LOCATION EDITOR OPS SEED CSV_FOLDER LOG

Edits: a venue's notes get this edit's token appended (read, change, save checked against
what was read), a registration's comment likewise, a registration's status set, and an
import of a few people from a pool every editor shares (so the same person comes from
several editors at once). The log lists each edit's kind, token and outcome (and when the first began and the last
ended, for the benchmark's edits per second); the test then
looks for every committed token in the data (no lost update) and every person once.
"""

from __future__ import annotations

import copy
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.application import run
from app.application.imports import ImportRegistrations, snapshot
from app.application.records import SaveRecord
from app.application.registrations import EditRegistration, SetStatus
from app.domain import RegistrationStatus
from app.services.registration_import import choose_for_file
from app.services.registration_import.rows import build_registrations
from app.storage import ConflictError, Project

EVENT = 1
KINDS = ["venue", "venue", "comment", "comment", "status", "status", "import"]
STATUSES = [RegistrationStatus.CANCELLED, RegistrationStatus.REGISTERED]


def _plan(project: Project, rng: random.Random, kind: str, token: str, csvs: list[Path]):
    """The edit to make: (its kind, the record it targets, the command)."""
    if kind == "venue":
        venue_id = rng.choice([v.id for v in project.venues.all()])
        before = project.venues.get(venue_id)
        after = copy.deepcopy(before)
        after.notes = f"{before.notes} {token}".strip()
        return "venue", venue_id, SaveRecord("venue", venue_id, before, after)
    people = project.registrations.for_event(EVENT)
    if kind == "comment" and people:
        seen = rng.choice(people)
        changed = copy.deepcopy(seen)
        changed.comment = f"{seen.comment} {token}".strip()
        return "comment", seen.id, EditRegistration(changed, seen)
    if kind == "status" and people:
        chosen = rng.choice(people)
        return "status", chosen.id, SetStatus(EVENT, [chosen.id], rng.choice(STATUSES))
    # An import; also what a comment or status edit becomes while the event has nobody.
    seen_rows = snapshot(project, EVENT)
    table, plan = choose_for_file(project, rng.choice(csvs))
    rows = build_registrations(table, plan)
    return "import", None, ImportRegistrations(EVENT, table, plan, rows, seen_rows)


def main() -> None:
    location, editor, ops, seed, folder, log = sys.argv[1:7]
    rng = random.Random(int(seed) * 100 + int(editor))
    csvs = sorted(Path(folder).glob("*.csv"))
    out = []
    with Project.open(location) as project:
        started = time.time()
        for n in range(int(ops)):
            kind = rng.choice(KINDS)
            token = f"e{editor}n{n}"
            kind, target, command = _plan(project, rng, kind, token, csvs)
            seq = None
            try:
                result = run(project, command)
            except ConflictError:
                outcome = "refused"
            else:
                outcome, seq = "committed", result.seq
            out.append({"kind": kind, "token": token, "outcome": outcome, "id": target, "seq": seq})
        ended = time.time()
    Path(log).write_text(json.dumps({"edits": out, "started": started, "ended": ended}))


if __name__ == "__main__":
    main()
