"""Text that always fits its box on paper: shrunk within limits, wrapped, never cut.

Printed documents draw every text through `FittedText`, which keeps a record of what was
asked for and what the text needed, so tests can measure text against its box.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from .document_pdf import document_font

WRAP = Qt.TextFlag.TextWordWrap
# Breaks inside a word only when a word is wider than the whole box (a long compound such
# as "Beskæftigelsesudvalget" in a narrow column at the smallest size).
WRAP_ANYWHERE = Qt.TextFlag.TextWrapAnywhere


@dataclass(frozen=True)
class Fit:
    """A font and wrapping that make a text fit a width, and the height it then takes."""

    font: QFont
    flags: int
    height: float


def _widest_word(text: str, metrics: QFontMetricsF) -> float:
    return max((metrics.horizontalAdvance(w) for w in text.split()), default=0.0)


def fit_text(
    text: str,
    width: float,
    device,
    *,
    start_pt: float,
    min_pt: float,
    bold: bool = False,
    max_lines: int | None = None,
    align: int = Qt.AlignmentFlag.AlignLeft,
) -> Fit:
    """The largest size from `start_pt` down to `min_pt` (half-point steps) at which every
    word of `text` fits `width` on `device` and the text wraps into at most `max_lines`
    lines; at `min_pt` the text wraps as many lines as it needs, inside words if it must."""
    size = start_pt
    while True:
        font = document_font(size, bold=bold)
        metrics = QFontMetricsF(font, device)
        flags = int(align) | int(WRAP)
        needed = metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, text)
        lines = round(needed.height() / max(1.0, metrics.lineSpacing())) if text else 1
        word_fits = _widest_word(text, metrics) <= width
        if word_fits and (max_lines is None or lines <= max_lines):
            return Fit(font, flags, needed.height())
        if size - 0.5 < min_pt - 1e-9:
            if not word_fits:
                flags = int(align) | int(WRAP_ANYWHERE)
                needed = metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, text)
            return Fit(font, flags, needed.height())
        size -= 0.5


@dataclass(frozen=True)
class Drawn:
    """One text as drawn: its box, the room it needed there, and its font size."""

    text: str
    box: QRectF
    needed: QRectF
    point_size: float


class FittedText:
    """Draws texts on a painter and records each one, to check that nothing was cut."""

    def __init__(self) -> None:
        self.drawn: list[Drawn] = []

    def draw(self, painter: QPainter, box: QRectF, flags: int, text: str) -> QRectF:
        """Draw `text` in `box` with `flags` and the painter's font; returns the room used."""
        needed = painter.boundingRect(box, flags, text)
        painter.drawText(box, flags, text)
        self.drawn.append(Drawn(text, QRectF(box), QRectF(needed), painter.font().pointSizeF()))
        return needed

    def overflowing(self, tolerance: float = 0.5) -> list[Drawn]:
        """The texts that needed more room than their box (cut off on paper)."""
        return [
            d
            for d in self.drawn
            if d.text
            and not d.box.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(d.needed)
        ]
