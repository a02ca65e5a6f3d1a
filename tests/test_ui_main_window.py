"""The main window as a whole: pages follow the chosen event, double bookings are flagged."""

import datetime as dt

import pytest
from sample_rooms import place_in_example_rooms

from app.domain import Event


@pytest.fixture
def sample_path(sample_path):
    """The sample with its events in the venues' example rooms (tests/sample_rooms.py)."""
    place_in_example_rooms(sample_path)
    return sample_path


def test_double_booking_is_flagged_in_both_events_and_the_list(qtbot, window):
    project = window.project
    theme = next(e for e in project.events.all() if e.title.startswith("Politisk temamøde"))
    project.events.add(
        Event(
            title="Bestyrelsesmøde",
            date=theme.date,
            start_time=dt.time(17),
            end_time=dt.time(19),
            venue_id=theme.venue_id,
            room_id=theme.room_id,
        )
    )
    window.events_page.reload()
    window._events_changed()
    page = window.events_page
    page.select(theme.id)
    assert "Bestyrelsesmøde" in page.editor.banner.text()
    row = page.list_model.row_of(theme.id)
    assert page.list_model.index(row, page.list_model.TITLE).data().startswith("⚠")
    other = next(e for e in project.events.all() if e.title == "Bestyrelsesmøde")
    page.select(other.id)
    assert "Politisk temamøde" in page.editor.banner.text()


def test_capacity_page_follows_the_chosen_event(qtbot, window):
    kickoff = next(e for e in window.project.events.all() if e.title.startswith("Kickoff"))
    window.events_page.select(kickoff.id)
    assert window.current_event_id == kickoff.id
    picker = window.capacity_page.picker
    assert picker.currentData() == kickoff.id
    qtbot.waitUntil(
        lambda: (
            window.capacity_view.report is not None and window.capacity_view.report.capacity == 360
        ),
        timeout=30_000,
    )


def test_a_file_dropped_on_the_window_is_imported_into_the_chosen_event(qtbot, window, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    kickoff = next(e for e in window.project.events.all() if e.title.startswith("Kickoff"))
    window.events_page.select(kickoff.id)
    from registration_exports import MSFORMS_DA, write_xlsx

    export = write_xlsx(tmp_path / "Tilmelding kickoff.xlsx", MSFORMS_DA)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(export))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    assert window.stack.currentWidget() is window.registrations_page
    qtbot.waitUntil(
        lambda: len(window.project.registrations.for_event(kickoff.id)) == 2, timeout=10_000
    )
    qtbot.waitUntil(lambda: window.registrations_view.proxy.rowCount() == 2, timeout=30_000)
    qtbot.waitUntil(
        lambda: (
            window.capacity_view.report is not None and window.capacity_view.report.registered == 2
        ),
        timeout=30_000,
    )
