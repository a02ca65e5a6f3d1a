"""Edit > Undo and Redo: unlimited, named for what they do, refused only by a real conflict."""

from __future__ import annotations

import copy

from edit_waits import settle_edits
from PySide6.QtWidgets import QMessageBox

from app.application import run
from app.application.records import SaveRecord
from app.domain import SeatingLayout
from app.storage import Project


def _egedal(window):
    venue_id = next(v.id for v in window.project.venues.all() if v.name == "Egedal Rådhus")
    window.venues_page.select(venue_id)
    return venue_id


def _theatre_column(model) -> int:
    return next(i for i, c in enumerate(model.columns) if c.header == "Theatre")


def _seats(project, venue_id) -> int:
    return project.venues.get(venue_id).rooms[0].capacities[SeatingLayout.THEATRE]


def test_twenty_edits_undo_to_the_original_and_redo_forward_through_the_menu(qtbot, window):
    venue_id = _egedal(window)
    rooms = window.venues_page.editor.rooms.model
    column = _theatre_column(rooms)
    for seats in range(121, 141):  # typed one after the other, faster than they are stored
        rooms.setData(rooms.index(0, column), seats)
    settle_edits(qtbot, window)
    assert _seats(window.project, venue_id) == 140
    assert window.undo_action.text() == "&Undo: capacity of Byrådssalen 139 → 140"
    for expected in range(139, 119, -1):
        window.undo_action.trigger()
        settle_edits(qtbot, window)
        assert _seats(window.project, venue_id) == expected
    assert not window.undo_action.isEnabled()
    assert rooms.data(rooms.index(0, column)) in (120, "120")
    assert window.redo_action.text() == "&Redo: capacity of Byrådssalen 120 → 121"
    for expected in range(121, 141):
        window.redo_action.trigger()
        settle_edits(qtbot, window)
        assert _seats(window.project, venue_id) == expected
    assert not window.redo_action.isEnabled()


def test_an_undo_over_another_windows_change_says_what_changed_and_stays(qtbot, window):
    venue_id = _egedal(window)
    rooms = window.venues_page.editor.rooms.model
    rooms.setData(rooms.index(0, _theatre_column(rooms)), 150)
    settle_edits(qtbot, window)
    with Project.open(window.project.path) as other:  # a colleague's window on the same file
        before = other.venues.get(venue_id)
        after = copy.deepcopy(before)
        after.rooms[0].capacities[SeatingLayout.THEATRE] = 180
        run(other, SaveRecord("venue", venue_id, before, after))
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "editRefusedMessage") is not None)
    message = window.findChild(QMessageBox, "editRefusedMessage").text()
    assert message == (
        "“capacity of Byrådssalen 120 → 150” was not undone: Changed elsewhere since: "
        "capacity of Byrådssalen is now 180, not 150."
    )
    assert _seats(window.project, venue_id) == 180
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Undo: capacity of Byrådssalen 120 → 150"
