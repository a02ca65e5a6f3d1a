"""Moves made on the venue's map undo one by one through the Edit menu, none refused."""

from edit_waits import settle_edits
from PySide6.QtWidgets import QMessageBox


def test_three_moves_on_the_map_undo_back_one_by_one(qtbot, window):
    venue_id = next(v.id for v in window.project.venues.all() if v.name == "Gate21")
    window.venues_page.select(venue_id)
    original = window.project.venues.get(venue_id)
    editor = window.venues_page.editor
    tab = editor.map_tab
    editor.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: bool(tab.map.is_ready), timeout=30000)
    tab._point("venue", 0, 55.70, 12.40)
    settle_edits(qtbot, window)
    tab._point("venue", 0, 55.71, 12.41)
    settle_edits(qtbot, window)
    tab._point("venue", 0, 55.72, 12.42)
    settle_edits(qtbot, window)
    assert window.project.venues.get(venue_id).latitude == 55.72
    window.undo_action.trigger()
    settle_edits(qtbot, window)
    assert window.project.venues.get(venue_id).latitude == 55.71
    window.undo_action.trigger()
    settle_edits(qtbot, window)
    assert window.findChild(QMessageBox, "editRefusedMessage") is None
    assert window.project.venues.get(venue_id).latitude == 55.70
    window.undo_action.trigger()
    settle_edits(qtbot, window)
    assert window.findChild(QMessageBox, "editRefusedMessage") is None
    assert window.project.venues.get(venue_id).latitude == original.latitude
