"""The part tables (rooms, programme...) are typed into as in a spreadsheet: Tab commits and
moves right, Enter commits and moves down, columns stay put, bad numbers are refused."""

import pytest
from edit_waits import settle_edits
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from app.domain import SeatingLayout
from app.storage import Project
from app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, sample_path, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(Project.open(sample_path), settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    # Keys go to the focused widget of the active window: make this one active, whichever
    # window an earlier test left active.
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def _venue(window, name):
    return next(v for v in window.project.venues.all() if v.name == name)


def _rooms_of(window, name):
    window.nav.setCurrentRow(0)
    venue = _venue(window, name)
    assert window.venues_page.select(venue.id)
    editor = window.venues_page.editor
    editor.tabs.setCurrentWidget(editor.rooms)
    return editor.rooms, venue.id


def _keys(qtbot, text: str) -> None:
    """Type as a user does: each key goes to whatever has the keyboard focus now."""
    special = {"\t": Qt.Key.Key_Tab, "\n": Qt.Key.Key_Return}
    for char in text:
        focus = QApplication.focusWidget()
        assert focus is not None
        if char in special:
            qtbot.keyClick(focus, special[char])
        else:
            qtbot.keyClicks(focus, char)
        QApplication.processEvents()  # Qt commits on Enter in a queued call, as in the app


def _column(model, header):
    return next(i for i, c in enumerate(model.columns) if c.header == header)


def test_tab_commits_and_moves_right_through_a_new_room(qtbot, window):
    rooms, venue_id = _rooms_of(window, "Egedal Rådhus")
    qtbot.mouseClick(rooms.add_button, Qt.MouseButton.LeftButton)
    _keys(qtbot, "Byrådssal 2\t120\t60\n")
    settle_edits(qtbot, window)
    room = window.project.venues.get(venue_id).rooms[1]
    settle_edits(qtbot, window)
    assert room.name == "Byrådssal 2"
    settle_edits(qtbot, window)
    assert room.capacities == {SeatingLayout.THEATRE: 120, SeatingLayout.CLASSROOM: 60}
    theatre = _column(rooms.model, "Theatre")
    settle_edits(qtbot, window)
    assert rooms.model.index(1, theatre).data() == "120"


def test_enter_commits_and_moves_down_and_the_arrows_work_after_it(qtbot, window):
    rooms, venue_id = _rooms_of(window, "Gate21")
    view = rooms.view
    theatre = _column(rooms.model, "Theatre")
    view.setFocus()
    view.setCurrentIndex(rooms.model.index(0, theatre))
    _keys(qtbot, "140\n")
    settle_edits(qtbot, window)
    assert view.currentIndex().row() == 1 and view.currentIndex().column() == theatre
    _keys(qtbot, "30\n")
    settle_edits(qtbot, window)
    stored = window.project.venues.get(venue_id).rooms
    settle_edits(qtbot, window)
    assert [r.capacities.get(SeatingLayout.THEATRE) for r in stored] == [140, 30]
    qtbot.keyClick(view, Qt.Key.Key_Up)
    settle_edits(qtbot, window)
    assert view.currentIndex().row() == 0
    qtbot.keyClick(view, Qt.Key.Key_Right)
    settle_edits(qtbot, window)
    assert view.currentIndex().column() == theatre + 1


def test_columns_do_not_move_under_the_mouse_after_an_edit(qtbot, window):
    rooms, venue_id = _rooms_of(window, "Gate21")
    view = rooms.view
    widths = [view.columnWidth(c) for c in range(rooms.model.columnCount())]
    view.setFocus()
    view.setCurrentIndex(rooms.model.index(1, 0))
    _keys(qtbot, "Mødelokale 1 med den meget lange udsigt over søen\n")
    settle_edits(qtbot, window)
    assert window.project.venues.get(venue_id).rooms[1].name.endswith("over søen")
    settle_edits(qtbot, window)
    assert [view.columnWidth(c) for c in range(rooms.model.columnCount())] == widths


def test_a_negative_capacity_is_refused_with_its_reason_and_the_seats_stay(qtbot, window):
    rooms, venue_id = _rooms_of(window, "Egedal Rådhus")
    theatre = _column(rooms.model, "Theatre")
    rooms.view.setFocus()
    rooms.view.setCurrentIndex(rooms.model.index(0, theatre))
    _keys(qtbot, "-10\n")
    settle_edits(qtbot, window)
    assert rooms.message.isVisible()
    settle_edits(qtbot, window)
    assert rooms.message.text() == "Theatre: Cannot be negative; the value before was kept."
    settle_edits(qtbot, window)
    assert rooms.model.index(0, theatre).data() == "120"
    settle_edits(qtbot, window)
    assert window.project.venues.get(venue_id).rooms[0].capacity(SeatingLayout.THEATRE) == 120
    # Emptying the cell on purpose still means "cannot be set up so".
    rooms.view.setCurrentIndex(rooms.model.index(0, theatre))
    qtbot.keyClick(rooms.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    settle_edits(qtbot, window)
    assert window.project.venues.get(venue_id).rooms[0].capacity(SeatingLayout.THEATRE) is None
    settle_edits(qtbot, window)
    assert not rooms.message.isVisible()
