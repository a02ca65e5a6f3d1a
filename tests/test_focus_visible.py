"""Keyboard focus is always visible: a focused control is drawn differently from an unfocused one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPushButton, QWidget


def _looks(widget: QWidget):
    return widget.grab().toImage()


@pytest.mark.parametrize(
    "make",
    [
        lambda: QLineEdit("Byrådssalen"),
        lambda: QPushButton("Gem"),
        lambda: QCheckBox("Trinfri adgang"),
        lambda: QComboBox(),
    ],
    ids=["line edit", "button", "check box", "drop-down"],
)
def test_a_focused_control_is_drawn_with_a_visible_focus(qtbot, make):
    holder = QWidget()
    qtbot.addWidget(holder)
    widget, other = make(), QLineEdit()
    widget.setParent(holder)
    other.setParent(holder)
    other.move(0, 60)
    holder.show()
    qtbot.waitExposed(holder)
    QWidget.setTabOrder(other, widget)
    other.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(other.hasFocus)
    unfocused = _looks(widget)
    qtbot.keyClick(other, Qt.Key.Key_Tab)  # as a keyboard user moves on
    qtbot.waitUntil(widget.hasFocus)
    assert _looks(widget) != unfocused


def test_no_style_sheet_of_the_app_hides_the_focus(qtbot, window):
    """A style sheet rule such as `outline: none` or a :focus rule without a border would
    hide it again; none of the app's windows sets one."""
    sheets = [w.styleSheet() for w in window.findChildren(QWidget) if w.styleSheet()]
    sheets.append(window.styleSheet())
    for sheet in sheets:
        lowered = sheet.replace(" ", "").lower()
        assert "outline:none" not in lowered and "outline:0" not in lowered
        assert ":focus{border:none" not in lowered
