"""The whole job without a mouse: new venue, new event, import, capacity and handout with key
presses only; the map's tools and a parking zone's corners have keyboard routes too."""

from __future__ import annotations

import subprocess

import pytest
from edit_waits import settle_edits
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QToolButton, QWidget

from app.domain.typed_input import InputError, parse_corners

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(_focus(), key, modifier)


def _type(qtbot, text: str) -> None:
    qtbot.keyClicks(_focus(), text)


def _tab_to(qtbot, target: QWidget, most: int = 25) -> list[str]:
    """Tab until `target` has the focus; the accessible names passed on the way."""
    passed = []
    for _ in range(most):
        if _focus() is target:
            return passed
        passed.append(_focus().accessibleName() or _focus().objectName())
        _press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName()}: {passed}")


def _menu_key(qtbot, key) -> None:
    popup = QApplication.activePopupWidget()
    assert popup is not None, "no menu is open"
    qtbot.keyClick(popup, key)


def test_the_main_workflow_with_the_keyboard_only(qtbot, window, tmp_path, monkeypatch):
    from registration_exports import MSFORMS_DA, write_xlsx

    import app.ui.print_preview as print_preview
    import app.ui.registrations_view as registrations_view

    # The file dialogs answer as a user would; everything else is keys.
    sheet = write_xlsx(tmp_path / "Tilmelding.xlsx", MSFORMS_DA)
    monkeypatch.setattr(registrations_view, "open_files", lambda *a, **k: [str(sheet)])
    pdf = tmp_path / "handout.pdf"
    monkeypatch.setattr(print_preview, "save_file", lambda *a, **k: str(pdf))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    # A new venue: Ctrl+1, Ctrl+Shift+N, then the address in the order a form is read.
    _press(qtbot, Qt.Key.Key_1, CTRL)
    assert window.stack.currentWidget() is window.venues_page
    _press(qtbot, Qt.Key.Key_N, CTRL_SHIFT)
    form = window.venues_page.editor.form
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.widget("name"))  # once stored
    _type(qtbot, "Byens Hus")
    for attr, text in (
        ("street", "Torvet 1"),
        ("postal_code", "4600"),
        ("city", "Køge"),
        ("country", ""),
        ("latitude", "55.4580"),
        ("longitude", "12.1821"),
    ):
        _press(qtbot, Qt.Key.Key_Tab)
        assert _focus() is form.widget(attr), f"Tab went to {_focus().objectName()}, not {attr}"
        if text:
            _type(qtbot, text)
    _press(qtbot, Qt.Key.Key_Tab)
    settle_edits(qtbot, window)
    venue = next(v for v in window.project.venues.all() if v.name == "Byens Hus")
    assert (venue.street, venue.postal_code, venue.city) == ("Torvet 1", "4600", "Køge")
    assert (venue.latitude, venue.longitude) == (55.4580, 12.1821)  # placed without the map

    # A new event at that venue with a limit of 40.
    _press(qtbot, Qt.Key.Key_2, CTRL)
    assert window.stack.currentWidget() is window.events_page
    _press(qtbot, Qt.Key.Key_N, CTRL_SHIFT)
    form = window.events_page.editor.form
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.widget("title"))
    _type(qtbot, "Temadag om trafik")
    passed = _tab_to(qtbot, form.widget("venue_id"))
    assert passed[:2] == ["Title", "Kind"]  # down the form, from its top
    _type(qtbot, "Byens")
    settle_edits(qtbot, window)
    _tab_to(qtbot, form.widget("capacity_limit"))
    _type(qtbot, "40")
    _press(qtbot, Qt.Key.Key_Tab)
    settle_edits(qtbot, window)
    event = next(e for e in window.project.events.all() if e.title == "Temadag om trafik")
    assert (event.venue_id, event.capacity_limit) == (venue.id, 40)
    assert window.current_event_id == event.id

    # Import the registrations (Ctrl+I), then the Capacity page (Ctrl+4).
    _press(qtbot, Qt.Key.Key_I, CTRL)
    view = window.registrations_view
    qtbot.waitUntil(lambda: not view.is_busy(), timeout=20_000)
    imported = window.project.registrations.for_event(event.id)
    assert len(imported) == len(MSFORMS_DA) - 1  # every row under the headings
    _press(qtbot, Qt.Key.Key_4, CTRL)
    assert window.stack.currentWidget() is window.capacity_page
    qtbot.waitUntil(lambda: window.capacity_view.report is not None, timeout=10_000)
    assert window.capacity_view.report.capacity == 40

    # The handout from the Documents menu: Alt+D, H (Directions Handout), D (Save as PDF).
    _press(qtbot, Qt.Key.Key_D, ALT)
    _menu_key(qtbot, Qt.Key.Key_H)
    _menu_key(qtbot, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: pdf.exists(), timeout=20_000)
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Byens Hus" in text and "Torvet 1" in text


def test_the_map_tools_are_reached_with_tab_and_say_their_keyboard_route(window):
    toolbar = window.venues_page.editor.map_tab.map.toolbar
    buttons = [b for b in toolbar.findChildren(QToolButton) if b.defaultAction() is not None]
    assert {b.text() for b in buttons} >= {"Place venue", "Place entrance", "Place stop"}
    assert all(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in buttons)
    assert "latitude" in window.venues_page.editor.map_tab.map.act_place_stop.toolTip()


def test_a_parking_zone_is_drawn_by_typing_its_corners(qtbot, window):
    window.nav.setCurrentRow(0)
    page = window.venues_page
    editor = page.editor
    zones = editor.zones
    editor.tabs.setCurrentWidget(zones)
    row = zones.model.insert_new()
    settle_edits(qtbot, window)
    shape = next(i for i, c in enumerate(zones.model.columns) if c.edit is not None)
    index = zones.model.index(row, shape)
    zones.view.setCurrentIndex(index)
    zones.view.setFocus()
    qtbot.keyClick(zones.view, Qt.Key.Key_F2)
    field = zones.view.findChild(QLineEdit)
    assert field is not None and field.hasFocus()
    qtbot.keyClicks(field, "55,4580 12,1821; 55,4584 12,1830; 55,4576 12,1833")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    # Enter commits once the event loop runs (Qt queues it): the cell then counts the corners.
    qtbot.waitUntil(lambda: index.data() == "area (corners: 3)")
    settle_edits(qtbot, window)
    stored = window.project.venues.get(page.current_id())
    assert [tuple(p) for p in stored.parking_zones[-1].geometry] == [
        (55.4580, 12.1821),
        (55.4584, 12.1830),
        (55.4576, 12.1833),
    ]
    assert index.data(Qt.ItemDataRole.EditRole) in (
        "55.458 12.1821; 55.4584 12.183; 55.4576 12.1833",
        "55,458 12,1821; 55,4584 12,183; 55,4576 12,1833",
    )


@pytest.mark.parametrize(
    "text, corners",
    [
        ("", []),
        ("55.6761, 12.5683", [(55.6761, 12.5683)]),
        (
            "55,6761 12,5683;55,6765 12,569\n55,6758/12,5695",
            [(55.6761, 12.5683), (55.6765, 12.569), (55.6758, 12.5695)],
        ),
    ],
)
def test_corners_are_read_in_the_danish_and_the_english_way(text, corners):
    assert parse_corners(text) == corners


@pytest.mark.parametrize(
    "text, code",
    [
        ("55,6761,12,5683", "bad_corners"),
        ("95 12", "bad_corners"),
        ("Rådhuspladsen", "bad_corners"),
        ("55 12; 56 13", "polygon_points"),
    ],
)
def test_corners_that_cannot_be_read_are_refused_with_the_reason(text, code):
    with pytest.raises(InputError) as refused:
        parse_corners(text)
    assert refused.value.code == code


def test_delete_in_the_list_deletes_the_chosen_record_after_asking(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    asked = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    page = window.venues_page
    before = {v.id for v in window.project.venues.all()}
    page.view.selectRow(0)
    chosen = page.current_id()
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    settle_edits(qtbot, window)
    assert asked  # the same question as the button asks
    assert {v.id for v in window.project.venues.all()} == before - {chosen}
