"""A page that works on one event at a time, with a picker of events above it."""

from __future__ import annotations

from typing import Protocol, cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..domain import Event
from .labels import short_date


class EventView(Protocol):
    """What the wrapped widget offers besides being a widget."""

    def set_event(self, event_id: int | None) -> None: ...


class EventScopedPage(QWidget):
    """Wraps a view that has `set_event(event_id)`, adding an event picker above it.

    Signals: event_chosen(object event_id) when the user picks another event here.
    """

    event_chosen = Signal(object)

    def __init__(self, view: QWidget, parent=None):
        super().__init__(parent)
        self.view = view
        self.picker = QComboBox()
        self.picker.setObjectName("eventPicker")
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.picker.setMinimumContentsLength(50)
        self.picker.activated.connect(lambda _: self.event_chosen.emit(self.picker.currentData()))
        label = QLabel(self.tr("&Event:"))
        label.setBuddy(self.picker)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.picker, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(view, 1)

    def set_events(self, events: list[Event], current: int | None) -> None:
        self.picker.blockSignals(True)
        self.picker.clear()
        for event in events:
            when = short_date(event.date) if event.date else "—"
            self.picker.addItem(f"{when}  {event.title}", event.id)
        self.picker.blockSignals(False)
        self.set_current(current)

    def set_current(self, event_id: int | None) -> None:
        index = self.picker.findData(event_id)
        self.picker.setCurrentIndex(index)
        cast(EventView, self.view).set_event(event_id if index >= 0 else None)
