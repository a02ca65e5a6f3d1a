"""A second window on the same project shows what the first one changed, with no reload
command: on a file (polled) and on a server (LISTEN/NOTIFY), where the two windows stand
for two coordinators' computers."""

from __future__ import annotations

import copy

import pytest
from edit_waits import settle_edits
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from app.application import run
from app.application.records import SaveRecord
from app.application.registrations import AddRegistration
from app.domain import Registration, SeatingLayout
from app.services.sample_project import write_sample
from app.storage import Project
from app.storage.change_notices import ChangeListener, live_listeners
from app.ui.main_window import MainWindow
from app.ui.workers import active_workers

# The promise: a change shows in the other window within 2 seconds of being stored.
WITHIN_MS = 2000


def _window(qtbot, location: str, settings_path) -> MainWindow:
    win = MainWindow(
        Project.open(location), QSettings(str(settings_path), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def pair(qtbot, sample_location, tmp_path, drained_pool):
    """Two windows on the sample project (a file, or a database on the test server)."""
    windows = [_window(qtbot, sample_location, tmp_path / f"{n}.ini") for n in "ab"]
    yield windows
    for win in windows:
        win.close()
    # Nothing outlives the test: no worker, no listening thread.
    qtbot.waitUntil(lambda: active_workers() == 0 and live_listeners() == 0, timeout=10_000)


def _egedal(win) -> int:
    venue_id = next(v.id for v in win.project.venues.all() if v.name == "Egedal Rådhus")
    win.venues_page.select(venue_id)
    return venue_id


def _theatre(model) -> int:
    return next(i for i, c in enumerate(model.columns) if c.header == "Theatre")


def test_a_venue_edit_shows_in_the_second_window(qtbot, pair):
    window, second = pair
    _egedal(window)
    _egedal(second)
    rooms = window.venues_page.editor.rooms.model
    rooms.setData(rooms.index(0, _theatre(rooms)), 150)
    settle_edits(qtbot, window)
    theirs = second.venues_page.editor.rooms.model
    qtbot.waitUntil(
        lambda: theirs.data(theirs.index(0, _theatre(theirs))) in (150, "150"), timeout=WITHIN_MS
    )
    # Their undo history is their own: the edit came from elsewhere.
    assert not second.undo_action.isEnabled() and window.undo_action.isEnabled()


def test_an_event_title_and_a_registration_show_in_the_second_window(qtbot, pair):
    window, second = pair
    event = window.project.events.get(1)
    window.events_page.select(1)
    second.events_page.select(1)
    second.set_current_event(1)
    second.registrations_view.set_event(1)
    title = window.events_page.editor.form.widget("title")
    title.setText("Politisk dialogmøde (flyttet)")
    title.editingFinished.emit()
    window.set_current_event(1)
    window.registrations_view.set_event(1)
    window.registrations_view._change(
        AddRegistration(1, Registration(first_name="Åse", last_name="Aagaard")), reload=True
    )
    settle_edits(qtbot, window)
    assert event.title != "Politisk dialogmøde (flyttet)"
    row = second.events_page.list_model.row_of(1)
    qtbot.waitUntil(
        lambda: (
            second.events_page.list_model.record(row).title == "Politisk dialogmøde (flyttet)"
            and second.events_page.editor.form.widget("title").text()
            == "Politisk dialogmøde (flyttet)"
        ),
        timeout=WITHIN_MS,
    )
    view = second.registrations_view
    qtbot.waitUntil(
        lambda: "Åse Aagaard" in [r.name for r in view.model.registrations()], timeout=WITHIN_MS
    )


def test_a_colleagues_registration_shows_in_the_open_window(qtbot, pair):
    """A change made through the application layer on another connection (a colleague's
    computer, the CLI) reaches an open window the same way."""
    window, _second = pair
    window.set_current_event(1)
    window.registrations_view.set_event(1)
    with Project.open(window.project.location) as colleague:
        run(colleague, AddRegistration(1, Registration(first_name="Bo", last_name="Bæk")))
    view = window.registrations_view
    qtbot.waitUntil(
        lambda: "Bo Bæk" in [r.name for r in view.model.registrations()], timeout=WITHIN_MS
    )


def test_two_coordinators_on_one_record_get_the_conflict_message(qtbot, pair):
    """An undo over the other's later change is refused with the same words on a file and
    on a server, and the step stays to be undone later."""
    window, second = pair
    venue_id = _egedal(window)
    rooms = window.venues_page.editor.rooms.model
    rooms.setData(rooms.index(0, _theatre(rooms)), 150)
    settle_edits(qtbot, window)
    before = second.project.venues.get(venue_id)
    after = copy.deepcopy(before)
    after.rooms[0].capacities[SeatingLayout.THEATRE] = 180
    run(second.project, SaveRecord("venue", venue_id, before, after))
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "editRefusedMessage") is not None)
    message = window.findChild(QMessageBox, "editRefusedMessage").text()
    assert message == (
        "“capacity of Byrådssalen 120 → 150” was not undone: Changed elsewhere since: "
        "capacity of Byrådssalen is now 180, not 150."
    )
    stored = window.project.venues.get(venue_id).rooms[0].capacities[SeatingLayout.THEATRE]
    assert stored == 180
    assert window.undo_action.text() == "&Undo: capacity of Byrådssalen 120 → 150"


@pytest.mark.parametrize("engine_kind", ["server"])
def test_a_commit_on_the_server_is_heard_with_its_window(qtbot, any_sample_project):
    """The notice comes with the commit and names the window that made it, so that window
    does not read its own change again; the listener ends when asked."""
    heard: list[str] = []
    listener = ChangeListener(any_sample_project.engine, heard.append).start()
    try:
        qtbot.waitUntil(lambda: heard == [""], timeout=10_000)  # listening
        with Project.open(any_sample_project.location) as colleague:
            run(colleague, AddRegistration(1, Registration(first_name="Ea", last_name="Ege")))
            qtbot.waitUntil(lambda: colleague.session_id in heard, timeout=WITHIN_MS)
    finally:
        listener.stop()
        assert listener.join(10)
    assert live_listeners() == 0


@pytest.mark.parametrize("engine_kind", ["server"])
def test_opening_another_project_ends_the_listener_of_the_first(
    qtbot, sample_location, tmp_path, drained_pool
):
    window = _window(qtbot, sample_location, tmp_path / "w.ini")
    qtbot.waitUntil(lambda: live_listeners() == 1, timeout=10_000)
    other = tmp_path / "other.venueplan"
    write_sample(other).close()
    window.set_project(Project.open(other))
    qtbot.waitUntil(lambda: live_listeners() == 0, timeout=10_000)
    window.close()
    qtbot.waitUntil(lambda: active_workers() == 0, timeout=10_000)


@pytest.mark.parametrize("engine_kind", ["server"])
def test_listening_resumes_after_the_connection_is_lost(qtbot, pair, pg_cluster, monkeypatch):
    """The server drops the window's listening connection (a restart, a network blip): the
    listener connects again, and the next change shows as promptly as before."""
    from app.storage import change_notices

    window, _second = pair
    monkeypatch.setattr(change_notices, "RETRY_S", 0.1)
    database = window.project.address.database

    def listening() -> list[int]:
        with pg_cluster.admin() as conn:
            rows = conn.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = %s AND query LIKE 'LISTEN%%'",
                (database,),
            ).fetchall()
        return [pid for (pid,) in rows]

    qtbot.waitUntil(lambda: len(listening()) == 2, timeout=10_000)  # both windows
    lost = listening()
    with pg_cluster.admin() as conn:
        for pid in lost:
            conn.execute("SELECT pg_terminate_backend(%s)", (pid,))
    qtbot.waitUntil(
        lambda: len(listening()) == 2 and not set(listening()) & set(lost), timeout=10_000
    )
    window.set_current_event(1)
    window.registrations_view.set_event(1)
    with Project.open(window.project.location) as colleague:
        run(colleague, AddRegistration(1, Registration(first_name="Ulla", last_name="Ø")))
    view = window.registrations_view
    qtbot.waitUntil(
        lambda: "Ulla Ø" in [r.name for r in view.model.registrations()], timeout=WITHIN_MS
    )
