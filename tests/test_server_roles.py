"""Who may see what on a team server: the script of `venueplan server-setup --print-sql` run
with psql in a fresh database, two coordinators of two organisations, and what each of them
reads and may change, through the app and with plain SQL as that login."""

from __future__ import annotations

import copy
import json

import psycopg
import pytest
from team_server import (
    EVENT_A,
    EVENT_B,
    ORG_A,
    ORG_B,
    PEOPLE_A,
    PEOPLE_B,
    TeamServer,
    names,
    person,
    run_script,
)

from app.application import run
from app.application.privacy import PurgePersonalData
from app.application.records import SaveRecord
from app.application.registrations import AddRegistration, EditRegistration, SetStatus
from app.cli import main
from app.domain import Event, EventKind, RegistrationStatus
from app.storage import Project, ProjectError, migrations
from app.storage.errors import NotPermittedError


@pytest.fixture
def team(qapp, pg_cluster, sample_path):
    # qapp: the commands that paint (badges) start Qt's application as the test run has it.
    return TeamServer(pg_cluster, sample_path)


def test_the_script_makes_the_database_the_app_makes(pg_cluster):
    """Same tables, columns, types, keys, numbering and format as `Project.create` on a
    server: the script is built from the migration chain and cannot drift from it."""
    scripted, made = pg_cluster.new_database("scripted"), pg_cluster.new_database("made")
    done = run_script(pg_cluster, scripted)
    assert done.returncode == 0, done.stderr
    Project.create(pg_cluster.url(made)).engine.dispose()

    def shape(db: str) -> tuple[list, list, list]:
        with pg_cluster.admin(db) as conn:
            columns = conn.execute(
                "SELECT table_name, column_name, data_type, is_nullable, column_default,"
                " is_identity, identity_generation FROM information_schema.columns"
                " WHERE table_schema = 'public' AND table_name <> 'coordinators' ORDER BY 1, 2"
            ).fetchall()
            indexes = conn.execute(
                "SELECT tablename, indexname, indexdef FROM pg_indexes"
                " WHERE schemaname = 'public' AND tablename <> 'coordinators' ORDER BY 1, 2"
            ).fetchall()
            meta = conn.execute("SELECT key, value FROM meta ORDER BY key").fetchall()
        return columns, indexes, meta

    assert shape(scripted) == shape(made)
    assert shape(scripted)[2] == [("app", "venueplan"), ("schema_version", str(migrations.CURRENT))]
    with Project.open(pg_cluster.url(scripted)) as project:
        assert project.schema_version() == migrations.CURRENT
        assert project.events.all() == []


def test_the_script_refuses_a_database_that_holds_a_project(pg_cluster):
    db = pg_cluster.new_database("twice")
    assert run_script(pg_cluster, db).returncode == 0
    again = run_script(pg_cluster, db)
    assert again.returncode != 0
    assert "already holds a Venueplan project" in again.stderr


def test_venueplan_copy_of_the_sample_into_the_scripted_database(team, sample_path):
    with Project.open(sample_path, read_only=True) as sample:
        titles = sorted(e.title for e in sample.events.all())
        venues = sorted(v.name for v in sample.venues.all())
    with Project.open(team.url(team.coord_b)) as project:
        assert sorted(e.title for e in project.events.all()) == titles
        assert sorted(v.name for v in project.venues.all()) == venues


def test_another_organisations_coordinator_reads_not_a_single_name_through_the_app(
    team, tmp_path, capsys
):
    with Project.open(team.url(team.coord_b)) as project:
        assert project.organisations == (ORG_B,)
        assert project.registrations.for_event(EVENT_A) == []
        assert sorted(r.name for r in project.registrations.for_event(EVENT_B)) == sorted(PEOPLE_B)
        assert project.registrations.log_entries(EVENT_A) == []
        assert project.tables.seats_by_registration(EVENT_A) == {}
    url = team.url(team.coord_b)
    (tmp_path / "regs.csv").write_text("Navn;E-mail\nBo Brink;bo@example.dk\n")
    # What would list, count or print A's people is refused in one line: the server shows
    # B none of them, so "nobody registered" would be untrue.
    for argv in (
        ["list", url, "registrations", "--event", str(EVENT_A), "--json"],
        ["capacity", url, "--event", str(EVENT_A), "--json"],
        ["suggest", url, "--event", str(EVENT_A)],
        ["tables", url, "--event", str(EVENT_A), "--json"],
        ["checkin", url, "--event", str(EVENT_A), "a"],
        ["export", url, "--event", str(EVENT_A), "-o", str(tmp_path / "a.xlsx")],
        ["badges", url, "--event", str(EVENT_A), "-o", str(tmp_path / "a.pdf"), "--participants"],
        ["mail", url, "--event", str(EVENT_A), "--kind", "practical", "-o", str(tmp_path)],
        ["import", url, "--event", str(EVENT_A), str(tmp_path / "regs.csv")],
    ):
        assert main(argv) == 1, argv
        out, err = capsys.readouterr()
        assert out == "" and err.count("\n") == 1, argv
        assert err == (
            f"venueplan: Event {EVENT_A} is organised by {ORG_A}; this server shows its "
            "registrations only to that organisation's coordinators.\n"
        )
    # Nothing written.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["regs.csv", "sample.venueplan"]
    # Their own event's people, the venues and A's event itself they see.
    assert main(["list", url, "registrations", "--event", str(EVENT_B), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert sorted(row["name"] for row in listed) == sorted(PEOPLE_B)
    assert main(["show", url, "event", str(EVENT_A), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["organiser"] == ORG_A
    assert main(["export", url, "--venues", "-o", str(tmp_path / "venues.xlsx")]) == 0


def test_another_organisations_coordinator_reads_not_a_single_name_with_plain_sql(team):
    everything = team.every_row_as_text(team.coord_b)
    assert names(everything, PEOPLE_A) == []
    assert names(everything, PEOPLE_B) == PEOPLE_B
    with team.sql(team.coord_b) as conn:
        for table in ("registrations", "registration_log", "table_seats", "seat_rules"):
            events = {e for (e,) in conn.execute(f"SELECT DISTINCT event_id FROM {table}")}
            assert EVENT_A not in events, table
        assert conn.execute("SELECT role_name FROM coordinators").fetchall() == [(team.coord_b,)]
        # Nor can the login change what it cannot see: nothing of A's people moves.
        conn.execute("UPDATE registrations SET full_name = 'X', email = 'x@x.dk'")
        conn.execute("DELETE FROM registration_log")
        conn.execute("DELETE FROM table_seats")
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute(
                "INSERT INTO registrations (event_id, full_name, status) VALUES (%s, 'Y', 'x')",
                (EVENT_A,),
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE meta SET value = '9.9' WHERE key = 'schema_version'")
        conn.execute("UPDATE events SET organiser = %s, title = 'Taken'", (ORG_B,))
    # A login without an organisation sees no one; IT's login sees everyone.
    unplaced = team.every_row_as_text(team.nobody)
    assert names(unplaced, PEOPLE_A + PEOPLE_B) == []
    assert "Byrådssalen" in unplaced and "Politisk temamøde" in unplaced
    everything = team.every_row_as_text()
    assert team.every_row_as_text(team.it_admin) == everything
    assert names(everything, PEOPLE_A) == PEOPLE_A
    with team.cluster.admin(team.db) as conn:
        assert conn.execute(
            "SELECT organiser FROM events WHERE id = %s", (EVENT_A,)
        ).fetchone() == (ORG_A,)
        assert conn.execute(
            "SELECT count(*) FROM table_seats WHERE event_id = %s", (EVENT_A,)
        ).fetchone() == (len(PEOPLE_A),)


def test_another_organisations_coordinator_cannot_change_their_events_or_people(team):
    with Project.open(team.url(team.coord_a)) as project_a:
        person_a = project_a.registrations.for_event(EVENT_A)[0]
    with Project.open(team.url(team.coord_b)) as project:
        event_a = project.events.get(EVENT_A)
        renamed = copy.deepcopy(event_a)
        renamed.title = "Overtaget"
        for command in (
            SaveRecord("event", EVENT_A, event_a, renamed),
            SaveRecord("event", EVENT_A, event_a, None),
            AddRegistration(EVENT_A, person("Bo Brink", EVENT_A)),
            EditRegistration(person_a, person_a),
            SetStatus(EVENT_A, [person_a.id], RegistrationStatus.CANCELLED),
            PurgePersonalData([EVENT_A]),
        ):
            with pytest.raises(ProjectError) as refused:
                run(project, command)
            message = str(refused.value)
            assert "\n" not in message and message
        # Nor make an event of A's organisation, or move one of B's there.
        event_b = project.events.get(EVENT_B)
        moved = copy.deepcopy(event_b)
        moved.organiser = ORG_A
        with pytest.raises(NotPermittedError, match="own organisation"):
            run(project, SaveRecord("event", EVENT_B, event_b, moved))
        new = copy.deepcopy(event_b)
        new.id, new.organiser = None, ORG_A
        with pytest.raises(NotPermittedError, match="own organisation"):
            run(project, SaveRecord("event", None, None, new))
    with Project.open(team.url(team.coord_a)) as project_a:
        assert project_a.events.get(EVENT_A).title == event_a.title
        assert project_a.registrations.get(person_a.id) == person_a
        assert len(project_a.registrations.for_event(EVENT_A)) == len(PEOPLE_A)


def test_a_coordinator_sees_and_changes_their_own(team):
    with Project.open(team.url(team.coord_a)) as project:
        assert project.organisations == (ORG_A,)
        people = project.registrations.for_event(EVENT_A)
        assert sorted(r.name for r in people) == sorted(PEOPLE_A)
        assert project.registrations.for_event(EVENT_B) == []
        edited = copy.deepcopy(people[0])
        edited.dietary = "Vegansk"
        run(project, EditRegistration(edited, people[0]))
        run(project, SetStatus(EVENT_A, [people[1].id], RegistrationStatus.CANCELLED))
        event = project.events.get(EVENT_A)
        renamed = copy.deepcopy(event)
        renamed.title = "Dialogmøde, ny titel"
        run(project, SaveRecord("event", EVENT_A, event, renamed))
        # A new event is organised by the coordinator's organisation, and the server takes it.
        assert project.default_organiser == ORG_A
        made = run(
            project,
            SaveRecord("event", None, None, Event(title="Nyt møde", kind=EventKind.OTHER,
                                                  organiser=project.default_organiser)),
        ).value  # fmt: skip
        run(project, AddRegistration(made.id, person("Aja Als", made.id)))
        assert [r.name for r in project.registrations.for_event(made.id)] == ["Aja Als"]
    with Project.open(team.url(team.coord_a)) as project:
        assert project.registrations.get(people[0].id).dietary == "Vegansk"
        assert project.registrations.get(people[1].id).status is RegistrationStatus.CANCELLED
        assert project.events.get(EVENT_A).title == "Dialogmøde, ny titel"


def test_the_purge_on_a_server_deletes_the_rows(team):
    with Project.open(team.url(team.coord_a)) as project:
        purged = run(project, PurgePersonalData([EVENT_A])).value
        assert purged == len(PEOPLE_A)
    everything = team.every_row_as_text()
    assert names(everything, PEOPLE_A) == []
    assert "Vegetar" in everything  # B's people keep their data (their event is not purged)
    with team.cluster.admin(team.db) as conn:
        assert conn.execute(
            "SELECT count(*) FROM registrations WHERE event_id = %s AND email <> ''", (EVENT_A,)
        ).fetchone() == (0,)


def test_a_coordinators_copy_to_a_file_holds_only_their_organisations_people(team, tmp_path):
    """Working away from the server: `venueplan copy` as coordinator B writes every venue
    and event, and B's people only; not a single name of A's people is in the file."""
    out = tmp_path / "away.venueplan"
    assert main(["copy", team.url(team.coord_b), str(out)]) == 0
    with Project.open(out, read_only=True) as away:
        assert len(away.events.all()) == 5
        assert away.registrations.for_event(EVENT_A) == []
        assert sorted(r.name for r in away.registrations.for_event(EVENT_B)) == sorted(PEOPLE_B)
    raw = out.read_bytes().decode("utf-8", errors="replace")
    assert names(raw, PEOPLE_A) == []
    assert names(raw, PEOPLE_B) == PEOPLE_B


def test_a_coordinator_cannot_upgrade_an_older_format_and_is_told_who_can(team):
    with team.cluster.admin(team.db) as conn:
        conn.execute("UPDATE meta SET value = '2.6' WHERE key = 'schema_version'")
    with pytest.raises(ProjectError) as refused:
        Project.open(team.url(team.coord_a))
    assert str(refused.value) == (
        f"{team.db} on 127.0.0.1: holds format 2.6 and this Venueplan needs "
        f"{migrations.CURRENT}; only the owner of its tables may upgrade it (ask your IT "
        "department)."
    )
    with team.cluster.admin(team.db) as conn:
        assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (
            "2.6",
        )


def test_the_events_overview_leaves_another_organisations_counts_empty(team, tmp_path):
    """`export --events` as coordinator B: every event is listed; A's events have no counts
    of people (not 0) and say why, B's event has B's two registrations."""
    from openpyxl import load_workbook

    out = tmp_path / "events.xlsx"
    assert main(["export", team.url(team.coord_b), "--events", "-o", str(out)]) == 0
    sheet = load_workbook(out).worksheets[0]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(r for r in rows if "Tilmeldte" in r or "Registered" in r)
    registered = header.index("Tilmeldte" if "Tilmeldte" in header else "Registered")
    by_organiser = {}
    for row in rows[rows.index(header) + 1 :]:
        if row[0]:
            by_organiser.setdefault(row[-1], []).append(row)
    assert [r[registered] for r in by_organiser[ORG_B]] == [2]
    for row in by_organiser[ORG_A]:
        assert row[registered] is None
        assert "Tilmeldingerne vises kun for arrangørens koordinatorer" in row
