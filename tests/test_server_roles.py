"""Who may see what on a team server: the script of `venueplan server-setup --print-sql` run
with psql in a fresh database, two coordinators of two organisations, and what each of them
reads and may change, through the app and with plain SQL as that login."""

from __future__ import annotations

import copy
import itertools
import json
import re
import subprocess

import psycopg
import pytest

from app.application import run
from app.application.privacy import PurgePersonalData
from app.application.records import SaveRecord
from app.application.registrations import AddRegistration, EditRegistration, SetStatus
from app.cli import main
from app.domain import Event, EventKind, Registration, RegistrationStatus
from app.storage import Project, ProjectError, migrations
from app.storage.copy import copy_project
from app.storage.errors import NotPermittedError
from app.storage.server_setup import setup_sql

# The sample's organisers: events 1-3 are KKR Hovedstaden's, event 4 KKR Midtjylland's.
ORG_A, ORG_B = "KKR Hovedstaden", "KKR Midtjylland"
EVENT_A, EVENT_B = 1, 4
PEOPLE_A = ["Astrid Aagaardsholm", "Anders Abildskovgaard", "Asger Ahlefeldtsen"]
PEOPLE_B = ["Bente Bruunshøj", "Bjarke Bechsgaard"]
_logins = itertools.count(1)


def run_script(cluster, database: str) -> subprocess.CompletedProcess[str]:
    """The script through psql, as the README tells IT to run it."""
    return subprocess.run(
        [str(cluster.bin / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1"]
        + ["-h", "127.0.0.1", "-p", str(cluster.port), "-U", "venueplan_admin", "-d", database],
        input=setup_sql(),
        capture_output=True,
        text=True,
        timeout=120,
    )


def _person(name: str, event_id: int) -> Registration:
    first, last = name.split()
    return Registration(
        event_id=event_id,
        first_name=first,
        last_name=last,
        full_name=name,
        email=f"{first.lower()}@example.dk",
        organisation="Egedal Kommune",
        dietary="Vegetar",
    )


class TeamServer:
    """A database made by the script, the sample copied in with registrations in events of
    both organisations, a table plan for A's event, and one login per organisation."""

    def __init__(self, cluster, sample_path) -> None:
        self.cluster = cluster
        self.db = cluster.new_database("team")
        done = run_script(cluster, self.db)
        assert done.returncode == 0, done.stderr
        n = next(_logins)
        self.coord_a, self.coord_b = f"coord_a{n}", f"coord_b{n}"
        # IT's own login: a member of the owner role moves the project in, as the README says.
        self.it_admin, self.nobody = f"it_admin{n}", f"nobody{n}"
        with cluster.admin(self.db) as conn:
            conn.execute(f"CREATE ROLE {self.it_admin} LOGIN IN ROLE venueplan_owner")
            # A coordinator IT has not yet given an organisation.
            conn.execute(f"CREATE ROLE {self.nobody} LOGIN IN ROLE venueplan_coordinator")
        with Project.open(sample_path, read_only=True) as sample:
            copy_project(sample, self.url(self.it_admin))
        with cluster.admin(self.db) as conn:
            for login, org in ((self.coord_a, ORG_A), (self.coord_b, ORG_B)):
                conn.execute(f"CREATE ROLE {login} LOGIN IN ROLE venueplan_coordinator")
                conn.execute(
                    "INSERT INTO coordinators (role_name, organisation) VALUES (%s, %s)",
                    (login, org),
                )
        # The people go in through the app, as IT's login.
        with Project.open(self.url(self.it_admin)) as owner:
            assert owner.organisations is None
            for names, event_id in ((PEOPLE_A, EVENT_A), (PEOPLE_B, EVENT_B)):
                for name in names:
                    run(owner, AddRegistration(event_id, _person(name, event_id)))
            ids = [r.id for r in owner.registrations.for_event(EVENT_A)]
            assert main(["tables", self.url(self.it_admin), "--event", str(EVENT_A)]
                        + ["--tables", "2", "--seats", "4", "--together", f"{ids[0]},{ids[1]}"]) == 0  # fmt: skip

    def url(self, login: str) -> str:
        return self.cluster.url(self.db, user=login)

    def sql(self, login: str) -> psycopg.Connection:
        return psycopg.connect(
            host="127.0.0.1", port=self.cluster.port, user=login, dbname=self.db, autocommit=True
        )

    def every_row_as_text(self, login: str | None = None) -> str:
        """Every row of every table this login may read, as one text."""
        conn = self.sql(login) if login else self.cluster.admin(self.db)
        with conn:
            tables = [
                t
                for (t,) in conn.execute(
                    "SELECT table_name FROM information_schema.tables "
                    "WHERE table_schema = 'public' ORDER BY table_name"
                )
            ]
            out = []
            for table in tables:
                rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
                out.append(f"{table}: {rows!r}")
        return "\n".join(out)


@pytest.fixture
def team(qapp, pg_cluster, sample_path):
    # qapp: the commands that paint (badges) start Qt's application as the test run has it.
    return TeamServer(pg_cluster, sample_path)


def _names(text: str, people: list[str]) -> list[str]:
    """The people of `people` that `text` names: by first name, last name or e-mail."""
    return [
        name
        for name in people
        if any(
            re.search(rf"\b{re.escape(part)}\b", text)
            for part in (*name.split(), _person(name, 0).email)
        )
    ]


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
    ):
        assert main(argv) == 1, argv
        out, err = capsys.readouterr()
        assert out == "" and err.count("\n") == 1, argv
        assert err == (
            f"venueplan: Event {EVENT_A} is organised by {ORG_A}; this server shows its "
            "registrations only to that organisation's coordinators.\n"
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sample.venueplan"]  # nothing written
    # Their own event's people, the venues and A's event itself they see.
    assert main(["list", url, "registrations", "--event", str(EVENT_B), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert sorted(row["name"] for row in listed) == sorted(PEOPLE_B)
    assert main(["show", url, "event", str(EVENT_A), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["organiser"] == ORG_A
    assert main(["export", url, "--venues", "-o", str(tmp_path / "venues.xlsx")]) == 0


def test_another_organisations_coordinator_reads_not_a_single_name_with_plain_sql(team):
    everything = team.every_row_as_text(team.coord_b)
    assert _names(everything, PEOPLE_A) == []
    assert _names(everything, PEOPLE_B) == PEOPLE_B
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
    assert _names(unplaced, PEOPLE_A + PEOPLE_B) == []
    assert "Byrådssalen" in unplaced and "Politisk temamøde" in unplaced
    everything = team.every_row_as_text()
    assert team.every_row_as_text(team.it_admin) == everything
    assert _names(everything, PEOPLE_A) == PEOPLE_A
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
            AddRegistration(EVENT_A, _person("Bo Brink", EVENT_A)),
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
        run(project, AddRegistration(made.id, _person("Aja Als", made.id)))
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
    assert _names(everything, PEOPLE_A) == []
    assert "Vegetar" in everything  # B's people keep their data (their event is not purged)
    with team.cluster.admin(team.db) as conn:
        assert conn.execute(
            "SELECT count(*) FROM registrations WHERE event_id = %s AND email <> ''", (EVENT_A,)
        ).fetchone() == (0,)


def test_a_new_event_in_the_window_is_organised_by_the_coordinators_organisation(
    team, qtbot, settings
):
    """New event on the Events page, as coordinator B: the editor shows B's organisation
    as organiser, and the server stores the event (it would refuse another's)."""
    from app.ui.main_window import MainWindow

    window = MainWindow(Project.open(team.url(team.coord_b)), settings)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(1)
    window.events_page.new_button.click()
    qtbot.waitUntil(lambda: not window.edits.is_busy(), timeout=10_000)
    from PySide6.QtWidgets import QLineEdit

    shown = window.events_page.editor.findChild(QLineEdit, "organiser")
    assert shown.text() == ORG_B
    made = window.events_page.current_record()
    with team.cluster.admin(team.db) as conn:
        assert conn.execute(
            "SELECT organiser FROM events WHERE id = %s", (made.id,)
        ).fetchone() == (ORG_B,)


def test_the_refusals_are_worded_in_danish_in_the_danish_window(team, qapp, tmp_path):
    from PySide6.QtCore import QLocale, QSettings

    from app.ui.application import install_translations
    from app.ui.preferences import LANGUAGE_KEY
    from app.ui.service_messages import message_text

    with Project.open(team.url(team.coord_b)) as project:
        event_a = project.events.get(EVENT_A)
        messages = []
        for command in (
            SaveRecord("event", EVENT_A, event_a, None),
            AddRegistration(EVENT_A, _person("Bo Brink", EVENT_A)),
            SetStatus(EVENT_B, [10**6], RegistrationStatus.CANCELLED),
        ):
            with pytest.raises(ProjectError) as refused:
                run(project, command)
            messages.append(str(refused.value))
    before = QLocale()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, "da")
    install_translations(qapp, settings)
    try:
        danish = [message_text(m) for m in messages]
    finally:
        for translator in getattr(qapp, "_venueplan_translators", []):
            qapp.removeTranslator(translator)
        qapp._venueplan_translators = []
        QLocale.setDefault(before)
    assert danish == [
        "Arrangementet tilhører en anden organisation; serveren lader dig kun ændre din egen "
        "organisations arrangementer.",
        f"{team.coord_b} må på denne server kun oprette og ændre arrangementer og tilmeldinger, "
        "der hører til egen organisation.",
        "En af de valgte tilmeldinger findes ikke længere i arrangementet (slettet andetsteds "
        "siden?); intet blev ændret.",
    ]


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
    assert _names(raw, PEOPLE_A) == []
    assert _names(raw, PEOPLE_B) == PEOPLE_B


def test_the_window_says_whose_people_it_does_not_show(team, qtbot, settings):
    """Coordinator B opens A's event on the Registrations and Capacity pages: each says the
    people are the organiser's to see, instead of an empty list or a count of nobody; B's own
    event lists B's people."""
    from app.ui.main_window import MainWindow

    window = MainWindow(Project.open(team.url(team.coord_b)), settings)
    qtbot.addWidget(window)
    window.show()
    view, capacity = window.registrations_view, window.capacity_view
    view.set_event(EVENT_A)
    capacity.set_event(EVENT_A)
    qtbot.waitUntil(lambda: not view.is_busy() and not capacity._running, timeout=10_000)
    notice = (
        f"This event is organised by {ORG_A}. On this server its registrations are shown only "
        "to that organisation's coordinators."
    )
    assert not view.notice.isHidden() and view.notice.text() == notice
    assert view.counts.text() == "Registrations not shown"
    assert not view.import_button.isEnabled() and not view.add_button.isEnabled()
    assert not capacity.message.isHidden() and capacity.message.text().startswith(
        f"This event is organised by {ORG_A}. On this server its registrations, and so what it "
        "needs"
    )
    view.set_event(EVENT_B)
    qtbot.waitUntil(lambda: not view.is_busy(), timeout=10_000)
    assert view.notice.isHidden()
    assert view.import_button.isEnabled()
    names = [view.model.registration(row).name for row in range(view.model.rowCount())]
    assert sorted(names) == sorted(PEOPLE_B)


def test_documents_and_the_door_of_another_organisations_event_say_why_not(
    team, qtbot, settings, monkeypatch
):
    """Participant list, sign-in sheet, name tags, workbook, mail, check-in and table plan
    of A's event, as coordinator B: one message each, no empty document and no window."""
    from PySide6.QtWidgets import QMessageBox

    from app.ui.main_window import MainWindow

    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    window = MainWindow(Project.open(team.url(team.coord_b)), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: len(window.events_page.list_model.records()) == 5, timeout=10_000)
    window.set_current_event(EVENT_A)
    docs = window.documents
    for kind in ("participants", "sign_in", "tags"):
        docs._preview(kind)
    docs.export_workbook()
    docs.mail("invitation")
    assert window.day.open_checkin() is None
    assert window.day.open_table_plan() is None
    why = (
        f"This event is organised by {ORG_A}. On this server its registrations are shown only "
        "to that organisation's coordinators."
    )
    assert shown == [why] * 7
    assert window.day.windows == {}


def test_the_windows_purge_on_a_server_says_what_the_server_keeps(team, qtbot, settings):
    from app.ui.main_window import MainWindow

    window = MainWindow(Project.open(team.url(team.coord_a)), settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.privacy.purged, timeout=15_000) as done:
        window.privacy.purge([EVENT_A], needs_only=False)
    message = done.args[0]
    assert message.startswith("Personal data deleted for 3 registration")
    assert message.endswith(
        "The server's write-ahead log and backups keep the deleted data until they expire; "
        "your IT department knows how long that is."
    )
    qtbot.waitUntil(lambda: not window.edits.is_busy(), timeout=10_000)
    assert _names(team.every_row_as_text(), PEOPLE_A) == []


def test_another_organisations_event_is_shown_in_the_editor_but_not_offered_for_change(
    team, qtbot, settings
):
    from app.ui.main_window import MainWindow

    window = MainWindow(Project.open(team.url(team.coord_b)), settings)
    qtbot.addWidget(window)
    window.show()
    page = window.events_page
    qtbot.waitUntil(lambda: len(page.list_model.records()) == 5, timeout=10_000)
    window.nav.setCurrentRow(1)
    assert page.select(EVENT_A)
    editor = page.editor
    assert editor.banner.text().endswith(
        f"This event is organised by {ORG_A}; on this server only that organisation's "
        "coordinators can change it."
    )
    assert not editor.tabs.widget(0).isEnabled() and not page.delete_button.isEnabled()
    assert page.new_button.isEnabled()
    assert page.select(EVENT_B)
    assert "organised by" not in editor.banner.text()
    assert editor.tabs.widget(0).isEnabled() and page.delete_button.isEnabled()
