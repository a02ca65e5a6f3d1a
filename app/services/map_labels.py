"""Placing map labels where they overlap neither markers nor each other, and round scale lengths."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF


def nice_distance(limit_m: float) -> float:
    """The longest 1-2-2.5-5 × 10^n distance not above `limit_m` (a scale bar's length)."""
    if limit_m <= 0:
        return 0.0
    power = 10 ** math.floor(math.log10(limit_m))
    for step in (5, 2.5, 2, 1):
        if step * power <= limit_m:
            return step * power
    return power


@dataclass
class _Label:
    anchor: QPointF
    offset: float
    text: str
    font: QFont
    colour: str


def _overlap(a: QRectF, b: QRectF) -> float:
    inter = a.intersected(b)
    return inter.width() * inter.height() if not inter.isEmpty() else 0.0


class LabelPlacer:
    """Collects labels and places each at the first free spot around its anchor.

    Spots are tried right, left, above, below, then the four diagonals; a label that
    finds no free spot takes the one it overlaps least, so it is never dropped.
    """

    def __init__(self, bounds: QRectF):
        self.bounds = bounds
        self.taken: list[QRectF] = []
        self._labels: list[_Label] = []

    def block(self, rect: QRectF) -> None:
        """Keep labels off `rect` (a marker, the inset)."""
        self.taken.append(QRectF(rect))

    def queue(
        self,
        anchor: QPointF,
        offset: float,
        text: str,
        font: QFont,
        colour: str,
        *,
        first: bool = False,
    ) -> None:
        label = _Label(QPointF(anchor), offset, text, font, colour)
        if first:
            self._labels.insert(0, label)
        else:
            self._labels.append(label)

    def _candidates(self, label: _Label, width: float, height: float) -> list[QRectF]:
        x, y, gap = label.anchor.x(), label.anchor.y(), label.offset * 1.35
        return [
            QRectF(x + gap, y - height / 2, width, height),
            QRectF(x - gap - width, y - height / 2, width, height),
            QRectF(x - width / 2, y - gap - height, width, height),
            QRectF(x - width / 2, y + gap, width, height),
            QRectF(x + gap * 0.7, y - gap * 0.7 - height, width, height),
            QRectF(x + gap * 0.7, y + gap * 0.7, width, height),
            QRectF(x - gap * 0.7 - width, y - gap * 0.7 - height, width, height),
            QRectF(x - gap * 0.7 - width, y + gap * 0.7, width, height),
        ]

    def place(self, label: _Label) -> tuple[QRectF, float]:
        """The rect chosen for `label` (now taken) and the label's ascent."""
        metrics = QFontMetricsF(label.font)
        width = metrics.horizontalAdvance(label.text)
        height = metrics.ascent() + metrics.descent()
        best: QRectF | None = None
        best_cost = math.inf
        for rect in self._candidates(label, width, height):
            outside = rect.width() * rect.height() - _overlap(rect, self.bounds)
            cost = sum(_overlap(rect, other) for other in self.taken) + outside * 4
            if cost < best_cost:
                best, best_cost = rect, cost
            if cost == 0:
                break
        if best is None:  # no candidate places: never the case, each label has several
            raise ValueError(f"no place for the label {label.text!r}")
        # Pull a label that still sticks out back inside the picture.
        dx = max(0.0, self.bounds.left() - best.left()) - max(
            0.0, best.right() - self.bounds.right()
        )
        dy = max(0.0, self.bounds.top() - best.top()) - max(
            0.0, best.bottom() - self.bounds.bottom()
        )
        best.translate(dx, dy)
        self.taken.append(best)
        return best, metrics.ascent()

    def draw(self, painter, draw_text) -> None:
        """Place and draw every queued label with draw_text(painter, baseline, text, font,
        colour)."""
        for label in self._labels:
            rect, ascent = self.place(label)
            draw_text(
                painter,
                QPointF(rect.left(), rect.top() + ascent),
                label.text,
                label.font,
                label.colour,
            )
        self._labels.clear()
