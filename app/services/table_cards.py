"""Table cards: one folded A4 tent card per table, its number and the names seated at it.

The sheet is A4 landscape folded along the middle: the lower half faces one side of the
table and the upper half, painted upside down, the other, so both sides read the same.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPageLayout, QPainter, QPen

from ..domain.day_text import day_text
from ..domain.formatting import lang_code
from ..storage import Store
from .document_pdf import ACCENT, INK, MUTED, a4_layout
from .table_plans import PlanSummary
from .text_fit import FittedText, fit_text

_CENTRE = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class TableCardsDocument:
    """One page per table of the plan (`tables` narrows it to some, e.g. one reprinted)."""

    def __init__(
        self,
        summary: PlanSummary,
        event_title: str,
        lang=None,
        tables: list[int] | None = None,
    ):
        self.summary = summary
        self.event_title = event_title
        self.lang = lang_code(lang)
        self.numbers = tables or list(range(1, summary.plan.table_count + 1))
        self.title = f"{event_title} – {day_text('table_cards', self.lang).lower()}"
        self.texts = FittedText()

    def page_layout(self) -> QPageLayout:
        return a4_layout(10.0, landscape=True)

    def paint(self, device) -> int:
        self.texts = FittedText()
        painter = QPainter(device)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        page = device.pageLayout().paintRectPixels(device.resolution())
        width, height = float(page.width()), float(page.height())
        mm = device.logicalDpiX() / 25.4
        for index, number in enumerate(self.numbers):
            if index:
                device.newPage()
            half = height / 2
            # The fold, dashed, to crease along.
            painter.setPen(QPen(QColor("#b8c0c8"), 0.2 * mm, Qt.PenStyle.DashLine))
            painter.drawLine(0, round(half), round(width), round(half))
            self._face(painter, QRectF(0, half, width, half), number, mm)
            painter.save()
            painter.translate(width, half)
            painter.rotate(180)
            self._face(painter, QRectF(0, 0, width, half), number, mm)
            painter.restore()
        painter.end()
        return len(self.numbers)

    def _face(self, painter: QPainter, rect: QRectF, number: int, mm: float) -> None:
        """One side of a card: the table number large, the names below it in two columns."""
        device = painter.device()
        inner = rect.adjusted(8 * mm, 6 * mm, -8 * mm, -5 * mm)
        painter.fillRect(
            QRectF(rect.left(), rect.top() + 2 * mm, rect.width(), 2 * mm), QColor(ACCENT)
        )
        heading = day_text("table_no", self.lang, n=number)
        big = fit_text(
            heading,
            inner.width(),
            device,
            start_pt=54,
            min_pt=30,
            bold=True,
            max_lines=1,
            align=_CENTRE,
        )
        painter.setPen(QColor(ACCENT))
        painter.setFont(big.font)
        used = self.texts.draw(
            painter,
            QRectF(inner.left(), inner.top(), inner.width(), big.height),
            big.flags,
            heading,
        )
        people = self.summary.table(number)
        footer = fit_text(
            self.event_title,
            inner.width(),
            device,
            start_pt=9,
            min_pt=7,
            max_lines=1,
            align=_CENTRE,
        )
        bottom = inner.bottom() - footer.height
        top = used.bottom() + 3 * mm
        columns = 2 if len(people) > 5 else 1
        rows = max(1, -(-len(people) // columns))
        column_w = (inner.width() - (columns - 1) * 8 * mm) / columns
        row_h = min(11 * mm, (bottom - top - 2 * mm) / rows)
        lines = []
        for r in people:
            name = r.name
            if r.id in self.summary.plan.facilitators:
                name += f" ({day_text('facilitator', self.lang)})"
            lines.append(f"{name} · {r.organisation}" if r.organisation else name)
        align = _CENTRE if columns == 1 else _LEFT
        fits = [
            fit_text(line, column_w, device, start_pt=15, min_pt=7, max_lines=1, align=align)
            for line in lines
        ]
        # One size for every name at a table: the one the longest line needs.
        smallest = min(fits, key=lambda f: f.font.pointSizeF(), default=None)
        for i, (line, fit) in enumerate(zip(lines, fits, strict=True)):
            col, row = divmod(i, rows)
            x = inner.left() + col * (column_w + 8 * mm)
            y = top + row * row_h
            painter.setPen(QColor(INK))
            painter.setFont(smallest.font if smallest is not None else fit.font)
            self.texts.draw(painter, QRectF(x, y, column_w, row_h), fit.flags, line)
        painter.setPen(QColor(MUTED))
        painter.setFont(footer.font)
        self.texts.draw(
            painter,
            QRectF(inner.left(), bottom, inner.width(), footer.height),
            footer.flags,
            self.event_title,
        )


def table_cards_for(
    project: Store, event_id: int, tables: list[int] | None = None
) -> TableCardsDocument:
    """The table cards of an event with a table plan; ValueError when it has none."""
    from .table_plans import summarise

    event = project.events.get(event_id)
    plan = project.tables.get(event_id)
    if plan is None:
        raise ValueError(f"{event.title}: has no table plan yet, so there are no table cards.")
    summary = summarise(plan, project.registrations.for_event(event_id))
    return TableCardsDocument(summary, event.title, event.language, tables)
