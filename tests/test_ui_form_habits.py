"""The event and venue forms behave as a coordinator expects: the wheel scrolls, dates and
times are typed the Danish way, and a bad value is refused with its reason, never saved."""

import datetime as dt

import pytest
from edit_waits import settle_edits
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea

from app.storage import Project
from app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, sample_path, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(Project.open(sample_path), settings)
    qtbot.addWidget(win)
    win.resize(1000, 520)  # small enough that the event form scrolls
    win.show()
    qtbot.waitExposed(win)
    return win


def _event(window, prefix):
    return next(e for e in window.project.events.all() if e.title.startswith(prefix))


def _open_event(window, prefix):
    window.nav.setCurrentRow(1)
    event = _event(window, prefix)
    assert window.events_page.select(event.id)
    return window.events_page.editor, event


def _type_into(qtbot, line_edit, text):
    line_edit.setFocus()
    line_edit.selectAll()
    if text:
        qtbot.keyClicks(line_edit, text)
    else:
        qtbot.keyClick(line_edit, Qt.Key.Key_Delete)
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)


def _wheel(widget, notches: int) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def _visible_errors(editor):
    return [w.text() for w in editor.findChildren(QLabel, "fieldError") if w.isVisible()]


def test_the_wheel_over_an_unfocused_drop_down_scrolls_the_form_and_changes_nothing(qtbot, window):
    editor, event = _open_event(window, "KKR konference")
    venue = editor.form.widget("venue_id")
    scroll = venue.parentWidget()
    while not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    bar = scroll.verticalScrollBar()
    settle_edits(qtbot, window)
    assert bar.maximum() > 0, "the form must be taller than the window for this test"
    before_text, before_scroll = venue.currentText(), bar.value()
    _wheel(venue, 1)
    settle_edits(qtbot, window)
    assert venue.currentText() == before_text
    settle_edits(qtbot, window)
    assert bar.value() > before_scroll  # the form scrolled instead
    settle_edits(qtbot, window)
    assert window.project.events.get(event.id).venue_id == event.venue_id
    # Clicked into, the drop-down does answer the wheel, as everywhere else.
    venue.setFocus()
    _wheel(venue, 1)
    settle_edits(qtbot, window)
    assert venue.currentText() != before_text


def test_typed_danish_and_iso_dates_are_kept_and_shown_one_way(qtbot, window):
    editor, event = _open_event(window, "Dialogmøde om det specialiserede")
    field = editor.form.widget("date")
    settle_edits(qtbot, window)
    assert field.line.text() == "4 Feb 2016"
    settle_edits(qtbot, window)
    assert field.line.placeholderText() == "No date"
    for typed in ("12.03.2027", "12/3 2027", "2027-03-12"):
        _type_into(qtbot, field.line, "")
        settle_edits(qtbot, window)
        assert window.project.events.get(event.id).date is None
        _type_into(qtbot, field.line, typed)
        settle_edits(qtbot, window)
        assert window.project.events.get(event.id).date == dt.date(2027, 3, 12), typed
        assert field.line.text() == "12 Mar 2027"
    _type_into(qtbot, field.line, "31.02.2027")
    settle_edits(qtbot, window)
    assert _visible_errors(editor) == ["Write a date as 12.03.2027, 12/3 2027 or 2027-03-12."]
    settle_edits(qtbot, window)
    assert window.project.events.get(event.id).date == dt.date(2027, 3, 12)


def test_the_deadline_calendar_opens_on_the_event_date_and_picks_with_the_keyboard(qtbot, window):
    editor, event = _open_event(window, "Politisk temamøde")
    deadline = editor.form.widget("registration_deadline")
    _type_into(qtbot, deadline.line, "")
    settle_edits(qtbot, window)
    assert window.project.events.get(event.id).registration_deadline is None
    qtbot.mouseClick(deadline.button, Qt.MouseButton.LeftButton)
    calendar = deadline.calendar
    settle_edits(qtbot, window)
    assert calendar is not None and calendar.isVisible()
    settle_edits(qtbot, window)
    assert calendar.selectedDate().toPython() == event.date  # 4 May 2026, not January 1900
    focus = QApplication.focusWidget()
    qtbot.keyClick(focus, Qt.Key.Key_Left)
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    settle_edits(qtbot, window)
    assert window.project.events.get(event.id).registration_deadline == dt.date(2026, 5, 3)
    settle_edits(qtbot, window)
    assert deadline.line.text() == "3 May 2026"


def test_the_event_date_calendar_opens_on_today_when_empty(qtbot, window):
    editor, _ = _open_event(window, "Dialogmøde om det specialiserede")
    field = editor.form.widget("date")
    _type_into(qtbot, field.line, "")
    qtbot.mouseClick(field.button, Qt.MouseButton.LeftButton)
    settle_edits(qtbot, window)
    assert field.calendar.selectedDate().toPython() == dt.date.today()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)


@pytest.mark.parametrize("typed", ["kl 18", "18", "18:00", "18.00", "kl. 18.00"])
def test_times_are_taken_as_danes_write_them_and_shown_one_way(qtbot, window, typed):
    editor, event = _open_event(window, "Politisk dialogmøde")
    end = editor.form.widget("end_time")
    assert end.placeholderText() == "hh:mm"  # the English UI's hint, not the Danish "tt.mm"
    _type_into(qtbot, end, typed)
    settle_edits(qtbot, window)
    assert window.project.events.get(event.id).end_time == dt.time(18, 0)
    settle_edits(qtbot, window)
    assert end.text() == "18:00"
    settle_edits(qtbot, window)
    assert _visible_errors(editor) == []


def test_a_time_message_does_not_move_the_time_fields(qtbot, window):
    editor, event = _open_event(window, "Politisk dialogmøde")
    fields = [editor.form.widget(a) for a in ("doors_time", "start_time", "end_time")]
    box = fields[0].parentWidget().parentWidget()  # the "When" group; the page may scroll
    before = [f.mapTo(box, QPoint(0, 0)) for f in fields]
    _type_into(qtbot, fields[2], "25")
    qtbot.waitUntil(lambda: bool(_visible_errors(editor)))
    settle_edits(qtbot, window)
    assert _visible_errors(editor) == [
        "Write a time as 18.00, 18:00, 18 or kl. 18 (hours 0 to 23)."
    ]
    settle_edits(qtbot, window)
    assert [f.mapTo(box, QPoint(0, 0)) for f in fields] == before
    settle_edits(qtbot, window)
    assert len({p.y() for p in before}) == 1  # one row
    settle_edits(qtbot, window)
    assert window.project.events.get(event.id).end_time == event.end_time


def test_a_negative_limit_is_refused_with_its_reason_and_the_limit_stays(qtbot, window):
    editor, event = _open_event(window, "Politisk dialogmøde")
    limit = editor.form.widget("capacity_limit")
    _type_into(qtbot, limit, "120")
    settle_edits(qtbot, window)
    assert window.project.events.get(event.id).capacity_limit == 120
    _type_into(qtbot, limit, "-10")
    settle_edits(qtbot, window)
    assert _visible_errors(editor) == ["Cannot be negative; the value before was kept."]
    settle_edits(qtbot, window)
    assert window.project.events.get(event.id).capacity_limit == 120
    _type_into(qtbot, limit, "")
    settle_edits(qtbot, window)
    assert window.project.events.get(event.id).capacity_limit is None
    settle_edits(qtbot, window)
    assert _visible_errors(editor) == []


def test_a_new_event_opens_on_its_first_tab_and_a_one_room_venue_fills_the_room(qtbot, window):
    window.nav.setCurrentRow(1)
    page = window.events_page
    page.editor.tabs.setCurrentIndex(page.editor.tabs.count() - 1)  # Signatories
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    settle_edits(qtbot, window)
    assert page.editor.tabs.currentIndex() == 0
    title = page.editor.form.widget("title")
    settle_edits(qtbot, window)
    assert title.hasFocus() and title.selectedText() == "New event"
    qtbot.keyClicks(title, "Temamøde om klima")
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    settle_edits(qtbot, window)
    event = window.project.events.get(page.current_id())
    settle_edits(qtbot, window)
    assert event.title == "Temamøde om klima"
    venue = page.editor.form.widget("venue_id")
    venue.setFocus()
    qtbot.keyClicks(venue, "Egedal")
    settle_edits(qtbot, window)
    egedal = next(v for v in window.project.venues.all() if v.name == "Egedal Rådhus")
    settle_edits(qtbot, window)
    stored = window.project.events.get(event.id)
    settle_edits(qtbot, window)
    assert (stored.venue_id, stored.room_id) == (egedal.id, egedal.rooms[0].id)
    settle_edits(qtbot, window)
    assert page.editor.form.widget("room_id").currentText() == "Byrådssalen"


def test_a_new_venue_opens_on_its_first_tab(qtbot, window):
    page = window.venues_page
    page.editor.tabs.setCurrentIndex(3)  # Parking
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    settle_edits(qtbot, window)
    assert page.editor.tabs.currentIndex() == 0
    settle_edits(qtbot, window)
    assert page.editor.form.widget("name").hasFocus()
