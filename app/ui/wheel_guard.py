"""Mouse-wheel manners: a drop-down or number field changes on the wheel only once clicked into.

Scrolling a long form with the wheel used to change whatever drop-down passed under the
pointer (one notch moved an event to another venue and saved it). A guarded field
passes the wheel on to the form around it until it has keyboard focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, QWidget)
            and isinstance(event, QWheelEvent)
            and not watched.hasFocus()
        ):
            return False
        area = _scroll_area_around(watched)
        if area is None:
            event.ignore()  # filtered but not accepted: Qt offers it to the parent
            return True
        # Handed to the scroll area itself: Qt does not pass every wheel event up the
        # parents (never one a program sent), and the form must scroll all the same.
        viewport = area.viewport()
        position = QPointF(watched.mapTo(viewport, event.position().toPoint()))
        forwarded = QWheelEvent(
            position,
            event.globalPosition(),
            event.pixelDelta(),
            event.angleDelta(),
            event.buttons(),
            event.modifiers(),
            event.phase(),
            event.inverted(),
            event.source(),
        )
        QApplication.sendEvent(viewport, forwarded)
        return True


_guard: _WheelGuard | None = None


def _shared_guard() -> _WheelGuard:
    global _guard
    if _guard is None:
        _guard = _WheelGuard(QApplication.instance())
    return _guard


def guard_wheel(widget: QWidget) -> None:
    """Guard `widget` if it is a drop-down or a spin box (date fields included)."""
    if isinstance(widget, (QComboBox, QAbstractSpinBox)):
        # Strong, not wheel, focus: the wheel alone must not focus (and so unlock) a field.
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(_shared_guard())


def guard_wheel_within(root: QWidget) -> None:
    """Guard every drop-down and spin box inside `root` (call after building it)."""
    for widget in root.findChildren(QWidget):
        guard_wheel(widget)
    guard_wheel(root)
