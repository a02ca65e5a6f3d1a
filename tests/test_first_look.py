"""The first look at a project's lists (storage/first_look.py): the same venues and events the
repositories give, for the fields the lists show, read without SQLAlchemy; none for any file
the real open would upgrade, refuse or wait for."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.domain import Event, EventKind, Room, SeatingLayout, Venue
from app.storage import Project, migrations
from app.storage.first_look import read_first_look
from app.storage.schema_version import WRITTEN

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).resolve().parent.parent


def _venue_fields(venues: list[Venue]) -> list[tuple]:
    return [
        (
            v.id,
            v.name,
            v.street,
            v.postal_code,
            v.city,
            v.largest_capacity,
            [r.capacities for r in v.rooms],
        )
        for v in venues
    ]


def _event_fields(events: list[Event]) -> list[tuple]:
    return [(e.id, e.title, e.date, e.kind, e.venue_id) for e in events]


def _assert_same_as_the_repositories(path: Path) -> None:
    look = read_first_look(path)
    assert look is not None
    with Project.open(path) as project:
        venues, events = project.venues.all(), project.events.all()
    assert _venue_fields(look.venues) == _venue_fields(venues)
    assert _event_fields(look.events) == _event_fields(events)


def test_the_format_read_without_sqlalchemy_is_the_one_this_version_writes():
    assert WRITTEN == migrations.CURRENT, (
        "A migration step changed the format: set schema_version.WRITTEN to it too."
    )


def test_the_sample_projects_lists_are_those_of_its_repositories(sample_path):
    look = read_first_look(sample_path)
    assert look is not None
    assert "Gate21" in [v.name for v in look.venues]
    assert len(look.events) == 5
    _assert_same_as_the_repositories(sample_path)


def test_a_made_project_lists_in_the_repositories_order(tmp_path):
    """Names that sort apart only by case, letter or id; undated events and events without a
    venue; rooms without seats and rooms of several layouts."""
    path = tmp_path / "lavet.venueplan"
    with Project.create(path) as project:
        rooms = [
            Room(name="Sal", capacities={SeatingLayout.THEATRE: 120, SeatingLayout.CABARET: 64}),
            Room(name="Depot"),
        ]
        made = [
            project.venues.add(Venue(name=name, street=street, postal_code=code, city=city))
            for name, street, code, city in [
                ("Østerbro Hus", "Vej 1", "2100", "København Ø"),
                ("aalborg hallen", "", "", ""),
                ("Aarhus Rådhus", "Rådhuspladsen 2", "8000", "Aarhus C"),
                ("Aarhus Rådhus", "Rådhuspladsen 2", "8000", "Aarhus C"),
                ("Ærø Forsamlingshus", "Gade 3", "5970", "Ærøskøbing"),
            ]
        ]
        made[2].rooms = rooms
        project.venues.save(made[2])
        for title, date, kind, venue in [
            ("Uden dato", None, EventKind.OTHER, made[0]),
            ("Dialogmøde", dt.date(2027, 3, 4), EventKind.DIALOGUE_MEETING, made[2]),
            ("Samme dag", dt.date(2027, 3, 4), EventKind.CONFERENCE, None),
            ("Tidligt", dt.date(2025, 1, 2), EventKind.OTHER, made[4]),
            ("Også uden dato", None, EventKind.CONFERENCE, None),
        ]:
            project.events.add(
                Event(
                    title=title,
                    date=date,
                    kind=kind,
                    venue_id=venue.id if venue is not None else None,
                )
            )
    _assert_same_as_the_repositories(path)
    look = read_first_look(path)
    assert look is not None
    aarhus = [v for v in look.venues if v.name == "Aarhus Rådhus"]
    assert [v.largest_capacity for v in aarhus] == [120, 0]
    assert [e.title for e in look.events][-2:] == ["Uden dato", "Også uden dato"]


def test_a_file_of_an_older_format_gets_no_first_look_and_is_left_alone(tmp_path):
    old = tmp_path / "gammel.venueplan"
    shutil.copy(DATA / "project_v2.6.venueplan", old)
    before = old.read_bytes()
    assert read_first_look(old) is None
    assert old.read_bytes() == before
    assert not list(tmp_path.glob("*backup*"))


def _set_meta(path: Path, key: str, value: str) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = ?", (value, key))
    conn.close()


def test_a_newer_format_or_another_apps_file_gets_none(sample_path, tmp_path):
    newer = tmp_path / "nyere.venueplan"
    shutil.copy(sample_path, newer)
    _set_meta(newer, "schema_version", f"{WRITTEN.major}.{WRITTEN.minor + 1}")
    assert read_first_look(newer) is None
    other = tmp_path / "andet.venueplan"
    shutil.copy(sample_path, other)
    _set_meta(other, "app", "another-app")
    assert read_first_look(other) is None
    foreign = tmp_path / "fremmed.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE venues (id INTEGER PRIMARY KEY, name TEXT)")
    conn.close()
    assert read_first_look(foreign) is None


def test_damaged_missing_and_unreadable_files_get_none(sample_path, tmp_path):
    text = tmp_path / "tekst.venueplan"
    text.write_text("not a project")
    cut = tmp_path / "halv.venueplan"
    cut.write_bytes(sample_path.read_bytes()[:3000])
    folder = tmp_path / "mappe.venueplan"
    folder.mkdir()
    for path in (text, cut, folder, tmp_path / "findes-ikke.venueplan"):
        assert read_first_look(path) is None, path.name
    assert not (tmp_path / "findes-ikke.venueplan").exists()


@pytest.mark.parametrize(
    ("sql", "what"),
    [
        ("UPDATE rooms SET capacities = 'not json'", "capacities that are not JSON"),
        ("UPDATE rooms SET capacities = '{\"hammock\": 3}'", "a layout no version knows"),
        ('UPDATE rooms SET capacities = \'{"theatre": "many"}\'', "seats that are no number"),
        ("UPDATE events SET kind = 'party'", "an event kind no version knows"),
        ("UPDATE events SET date = '4. marts'", "a date that is not ISO"),
        ("UPDATE venues SET name = x'ff00'", "a name that is no text"),
    ],
)
def test_a_value_no_version_writes_gets_none(sample_path, sql, what):
    with sqlite3.connect(sample_path) as conn:
        conn.execute(sql)
    conn.close()
    assert read_first_look(sample_path) is None, what


def test_a_file_another_program_holds_locked_gets_none_at_once(sample_path):
    holder = sqlite3.connect(sample_path, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        assert read_first_look(sample_path) is None
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert read_first_look(sample_path) is not None


def test_reading_a_first_look_imports_no_sqlalchemy(sample_path):
    script = (
        "import sys\n"
        "from app.storage.first_look import read_first_look\n"
        f"look = read_first_look({str(sample_path)!r})\n"
        "print(len(look.venues), len(look.events), 'sqlalchemy' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    venues, events, sqlalchemy = done.stdout.split()
    assert int(venues) > 0 and int(events) == 5
    assert sqlalchemy == "False"
