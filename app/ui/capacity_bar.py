"""The capacity bar: registered against the seats at a glance, with the waiting list after."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

# Each fill stands out from the empty track by 3:1 and carries white text by 4.5:1 (the
# status badges of the Capacity page use them too); tests/test_contrast.py checks it.
GREEN, AMBER, RED, GREY, INK = "#2e7d32", "#a86400", "#c62828", "#e4e7eb", "#263238"
SLATE = "#546e7a"  # capacity unknown


class CapacityBar(QWidget):
    """A bar: registered (green, red past the seats), waitlisted (amber), seats (marker)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registered, self.waitlisted = 0, 0
        self.capacity: int | None = None
        self.setMinimumHeight(34)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_numbers(self, registered: int, waitlisted: int, capacity: int | None) -> None:
        self.registered, self.waitlisted, self.capacity = registered, waitlisted, capacity
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, 34)

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        bar = QRectF(1, 4, self.width() - 2, self.height() - 8)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(GREY))
        p.drawRoundedRect(bar, 4, 4)
        total = max(self.capacity or 0, self.registered + self.waitlisted, 1)
        scale = bar.width() / total
        seats = self.capacity if self.capacity is not None else total
        within = min(self.registered, seats)
        x = bar.left()
        for count, colour in (
            (within, GREEN),
            (self.registered - within, RED),
            (self.waitlisted, AMBER),
        ):
            if count > 0:
                p.setBrush(QColor(colour))
                p.drawRect(QRectF(x, bar.top(), count * scale, bar.height()))
                x += count * scale
        if self.capacity is not None:
            mark = bar.left() + self.capacity * scale
            p.setPen(QPen(QColor(INK), 3))
            p.drawLine(int(mark), 0, int(mark), self.height())
        p.end()
