"""A second window on the same file shows what the first one changed, with no reload command."""

from __future__ import annotations

import pytest
from edit_waits import settle_edits
from PySide6.QtCore import QSettings

from app.application.registrations import AddRegistration
from app.domain import Registration
from app.storage import Project
from app.ui.main_window import MainWindow
from app.ui.workers import active_workers

# The promise: a change shows in the other window within 2 seconds of being stored.
WITHIN_MS = 2000


@pytest.fixture
def second(qtbot, sample_path, tmp_path, window):
    other = MainWindow(
        Project.open(sample_path), QSettings(str(tmp_path / "b.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(other)
    other.show()
    yield other
    other.close()
    qtbot.waitUntil(lambda: active_workers() == 0, timeout=10_000)


def _egedal(win) -> int:
    venue_id = next(v.id for v in win.project.venues.all() if v.name == "Egedal Rådhus")
    win.venues_page.select(venue_id)
    return venue_id


def _theatre(model) -> int:
    return next(i for i, c in enumerate(model.columns) if c.header == "Theatre")


def test_a_venue_edit_shows_in_the_second_window(qtbot, window, second):
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


def test_an_event_title_and_a_registration_show_in_the_second_window(qtbot, window, second):
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
