"""Saves a project file of today's format, with data in every table, for the migration tests.

Run it before you add a migration step (see the top of app/storage/migrations.py):
    python tests/data/make_project_file.py
It writes tests/data/project_v<format>.venueplan and refuses to replace one that exists
(that file is history). If it reports an empty table, add a row for it below.
"""

from __future__ import annotations

import copy
import datetime as dt
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.application import run
from app.application.records import SaveRecord
from app.domain import Registration, RegistrationStatus
from app.domain.surroundings import Feature, Surroundings
from app.domain.venue import Entrance
from app.services.sample_project import write_sample
from app.storage import migrations

PEOPLE = [
    ("Élise", "Andersen", "elise@egedal.dk", RegistrationStatus.REGISTERED, "vegetar"),
    ("Eva", "Ørsted", "eva@furesoe.dk", RegistrationStatus.REGISTERED, ""),
    ("Ärla", "Bøgh", "arla@ballerup.dk", RegistrationStatus.WAITLISTED, ""),
    ("Åse", "Aagaard", "ase@gribskov.dk", RegistrationStatus.CANCELLED, "glutenfri"),
]


def fill(path: Path) -> None:
    with write_sample(path) as project:
        venue = project.venues.all()[0]
        changed = copy.deepcopy(venue)
        changed.entrances.append(Entrance(name="Hovedindgang", latitude=55.77, longitude=12.18))
        # Through the application layer (format 2.3): the change leaves a change record.
        run(project, SaveRecord("venue", venue.id, venue, changed))
        # Format 2.4: the streets around the venue.
        street = Feature("street", ((55.7731, 12.1801), (55.7740, 12.1822)), name="Rådhusvej")
        project.surroundings.save(
            venue.id,
            Surroundings(55.7733, 12.1813, 400, dt.datetime(2026, 3, 1, 8, 0), "test", [street]),
        )
        event = project.events.all()[0]
        assert event.id is not None
        people = [
            Registration(
                event_id=event.id,
                first_name=first,
                last_name=last,
                email=email,
                status=status,
                dietary=diet,
                registered_at=dt.datetime(2026, 3, 1, 9, n),
                source_file="tilmeldinger.csv",
                source_row=n + 2,
            )
            for n, (first, last, email, status, diet) in enumerate(PEOPLE)
        ]
        project.registrations.add_many(people)
        project.registrations.log(event.id, "4 tilmeldinger indlæst fra tilmeldinger.csv")
        project.registrations.remember_column_layout(
            "sample-layout",
            ["Fornavn", "Efternavn", "E-mail"],
            ["first_name", "last_name", "email"],
        )
        ids = [p.id for p in project.registrations.for_event(event.id)]
        with project.engine.begin() as conn:
            # Format 2.1: the day of the meeting (a check-in, a walk-in, a table plan).
            conn.exec_driver_sql(
                "UPDATE registrations SET status = 'attended', checked_in_at = ?, walk_in = 1"
                " WHERE id = ?",
                ("2026-03-20T09:55:00", ids[0]),
            )
            conn.exec_driver_sql("INSERT INTO table_plans VALUES (?, 3, 8, 7)", (event.id,))
            conn.exec_driver_sql(
                "INSERT INTO table_seats VALUES (?, ?, 1, 1, 0), (?, ?, 2, 0, 1)",
                (ids[0], event.id, ids[1], event.id),
            )
            conn.exec_driver_sql(
                "INSERT INTO seat_rules (event_id, kind, first_id, second_id)"
                " VALUES (?, 'apart', ?, ?)",
                (event.id, ids[0], ids[1]),
            )


def main() -> None:
    out = Path(__file__).with_name(f"project_v{migrations.CURRENT}.venueplan")
    if out.exists():
        sys.exit(
            f"{out.name} exists: a saved old version is history; delete it by hand if you must"
        )
    fill(out)
    conn = sqlite3.connect(out)
    tables = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        count = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        print(f"{table}: {count} rows" + ("  <- empty: add a row in fill()" if not count else ""))
    conn.close()
    for leftover in out.parent.glob(f".{out.name}*"):
        leftover.unlink()
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
