"""Every saved old project file opens, upgrades and keeps its data; newer minors open, majors not."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.domain import Registration
from app.storage import Project, ProjectError, schema
from app.storage.migrations import CURRENT, OLDEST, STEPS, stored_version
from app.storage.project import backup_path
from app.storage.schema_version import SchemaVersion

DATA = Path(__file__).parent / "data"


def _saved_files() -> dict[SchemaVersion, Path]:
    found = {}
    for path in DATA.glob("project_v*.venueplan"):
        found[SchemaVersion.parse(path.stem.removeprefix("project_v"))] = path
    return found


SAVED = _saved_files()


def _rows(path: Path) -> dict[str, list[dict]]:
    """Every row of every table, as the raw file holds it."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        tables = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {
            t: [dict(r) for r in conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid')]
            for t in tables
        }
    finally:
        conn.close()


def _shape(path: Path) -> dict[str, dict[str, tuple[bool, int]]]:
    """Table -> column -> (NOT NULL, primary key position): what the app relies on.

    NOT NULL of a primary key is left out: SQLite's INTEGER PRIMARY KEY never holds NULL,
    whether or not its DDL says so (the saved 1.0 file does not)."""
    conn = sqlite3.connect(path)
    try:
        tables = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {
            t: {
                name: (bool(notnull) and not pk, pk)
                for _cid, name, _type, notnull, _default, pk in conn.execute(
                    f'PRAGMA table_info("{t}")'
                )
            }
            for t in tables
        }
    finally:
        conn.close()


def test_every_earlier_version_has_a_saved_file():
    versions = {OLDEST} | {step.to for step in STEPS}
    missing = sorted(str(v) for v in versions - {CURRENT} if v not in SAVED)
    assert not missing, f"save a file of these formats in tests/data: {missing}"


def test_versions_of_the_chain_only_rise():
    versions = [OLDEST] + [step.to for step in STEPS]
    assert versions == sorted(set(versions))


@pytest.mark.parametrize("version", sorted(SAVED), ids=str)
def test_an_old_file_opens_upgrades_and_keeps_its_data(tmp_path, version):
    path = tmp_path / "old.venueplan"
    shutil.copy(SAVED[version], path)
    before = _rows(path)
    original = path.read_bytes()
    with Project.open(path) as project:
        assert project.schema_version() == CURRENT
        if version < CURRENT:
            assert project.migrated_from == version
            assert backup_path(path, version).read_bytes() == original
        # The app reads everything and can write.
        venues = project.venues.all()
        events = project.events.all()
        assert venues and events
        people = [p for e in events for p in project.registrations.for_event(e.id)]
        assert people
        venues[0].notes = "upgraded"
        project.venues.save(venues[0])
        project.registrations.add_many([Registration(event_id=events[0].id, first_name="Ny")])
        assert project.integrity_ok()
    after = _rows(path)
    # No value of an old column was lost or changed by the upgrade (but the edits above).
    for table, rows in before.items():
        if table == "meta":
            continue
        upgraded = {row["id"] if "id" in row else i: row for i, row in enumerate(after[table])}
        for i, old in enumerate(rows):
            new = upgraded[old["id"] if "id" in old else i]
            changed = {k for k in old if old[k] != new[k]}
            if table == "venues" and old["id"] == venues[0].id:
                changed -= {"notes", "revision"}
            assert not changed, f"{table} row {old.get('id', i)}: {sorted(changed)} changed"


@pytest.mark.parametrize("version", sorted(SAVED), ids=str)
def test_an_upgraded_file_has_the_tables_of_a_new_one(tmp_path, version):
    path = tmp_path / "old.venueplan"
    shutil.copy(SAVED[version], path)
    Project.open(path).close()
    fresh = tmp_path / "new.venueplan"
    Project.create(fresh).close()
    assert _shape(path) == _shape(fresh)


def test_schema_py_describes_the_tables_the_steps_make(tmp_path):
    fresh = tmp_path / "new.venueplan"
    Project.create(fresh).close()
    made = {t: set(cols) for t, cols in _shape(fresh).items()}
    described = {t.name: {c.name for c in t.columns} for t in schema.metadata.sorted_tables}
    assert made == described


def test_a_newer_minor_version_opens_and_stays_as_it_is(tmp_path):
    """An app of the same major reads and writes a file a newer minor added to."""
    path = tmp_path / "newer.venueplan"
    Project.create(path).close()
    newer = SchemaVersion(CURRENT.major, CURRENT.minor + 1)
    with sqlite3.connect(path) as conn:
        conn.execute("ALTER TABLE registrations ADD COLUMN badge_colour TEXT NOT NULL DEFAULT ''")
        conn.execute("CREATE TABLE future_things (id INTEGER PRIMARY KEY, note TEXT)")
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(newer),))
    with Project.open(path) as project:
        assert project.migrated_from is None and project.backup is None
        assert project.schema_version() == newer
        from app.domain import Event

        event = project.events.add(Event(title="Dialogmøde"))
        project.registrations.add_many([Registration(event_id=event.id, first_name="Åse")])
        assert [p.name for p in project.registrations.for_event(event.id)] == ["Åse"]
    assert not list(tmp_path.glob("*backup*"))


def test_a_newer_major_version_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "newer.venueplan"
    Project.create(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "UPDATE meta SET value = ? WHERE key = 'schema_version'", (f"{CURRENT.major + 1}.0",)
        )
    before = path.read_bytes()
    with pytest.raises(
        ProjectError, match=rf"newer Venueplan \(file format {CURRENT.major + 1}\.0\)"
    ):
        Project.open(path)
    assert path.read_bytes() == before


@pytest.mark.parametrize("text", ["1", "2", "2.0", "2.13"])
def test_versions_written_with_and_without_a_minor(text):
    version = stored_version(text)
    assert str(version) == (text if "." in text else f"{text}.0")
    assert stored_version("3") == SchemaVersion(2, 1) and stored_version("4") == (2, 2)
    assert SchemaVersion(2, 13) > SchemaVersion(2, 2) > SchemaVersion(2, 0) == SchemaVersion(2)


def test_a_failed_step_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    from app.storage import migrations

    path = tmp_path / "old.venueplan"
    shutil.copy(SAVED[OLDEST], path)
    broken = migrations.Step(
        STEPS[0].to, "broken", (*STEPS[0].sql, "ALTER TABLE nowhere ADD x INT")
    )
    monkeypatch.setattr(migrations, "STEPS", (broken, *STEPS[1:]))
    before = _rows(path)
    with pytest.raises(ProjectError, match="could not be upgraded from format 1.0"):
        Project.open(path)
    assert _rows(path) == before and _shape(path) == _shape(SAVED[OLDEST])


def test_format_2_6_learns_what_each_waitlisted_person_waits_for_from_the_old_wording(tmp_path):
    path = tmp_path / "old.venueplan"
    shutil.copy(SAVED[SchemaVersion(2, 5)], path)
    reasons = {
        "Waiting list: the event is full (40 places).": "seat",
        'Over the quota: Greve Kommune already has 2 in "Politikere" (at most 2 per '
        "organisation).": "quota",
        "Put on the waiting list by hand.": "by_hand",
    }
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT id, event_id FROM registrations ORDER BY id LIMIT 3")
        ids, events = zip(*rows.fetchall(), strict=True)
        for rid, reason in zip(ids, reasons, strict=True):
            conn.execute(
                "UPDATE registrations SET status = 'waitlisted', status_reason = ? WHERE id = ?",
                (reason, rid),
            )
    with Project.open(path) as project:
        people = {r.id: r for r in project.registrations.for_event(events[0])}
        assert [str(people[i].waiting_for) for i in ids] == list(reasons.values())
