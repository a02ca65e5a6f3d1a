"""Name tags on A4 label sheets: name, organisation and role of each registered participant."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPageLayout, QPainter, QPen

from ..domain.document_text import t
from ..domain.enums import RegistrationStatus
from ..domain.event import Event
from ..domain.formatting import danish_sort_key, format_date, lang_code
from ..domain.registration import Registration
from .document_pdf import ACCENT, INK, MUTED, a4_layout, document_font

A4_W, A4_H = 210.0, 297.0


@dataclass(frozen=True)
class LabelSheet:
    """A sheet of equal labels in a grid, centred on A4 (as the common sheets are)."""

    key: str
    columns: int
    rows: int
    width_mm: float
    height_mm: float
    gap_x_mm: float = 0.0
    gap_y_mm: float = 0.0
    description: str = ""

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def label_rect(self, index: int) -> QRectF:
        """Where label `index` (0-based, row by row) of a page lies, in mm from the corner."""
        left = (A4_W - self.columns * self.width_mm - (self.columns - 1) * self.gap_x_mm) / 2
        top = (A4_H - self.rows * self.height_mm - (self.rows - 1) * self.gap_y_mm) / 2
        row, column = divmod(index, self.columns)
        return QRectF(
            left + column * (self.width_mm + self.gap_x_mm),
            top + row * (self.height_mm + self.gap_y_mm),
            self.width_mm,
            self.height_mm,
        )


SHEETS = {
    "2x4": LabelSheet(
        "2x4", 2, 4, 99.1, 67.7, 2.5, 0.0, "8 per A4, 99.1 × 67.7 mm (such as Avery L7165)"
    ),
    "2x5": LabelSheet(
        "2x5", 2, 5, 85.0, 54.0, 10.0, 0.0, "10 per A4, 85 × 54 mm (business-card size badges)"
    ),
}

# Who gets a tag: people expected at the door (not the waiting list, not cancellations).
_ON_TAGS = (RegistrationStatus.REGISTERED, RegistrationStatus.ATTENDED)


def people_for_tags(registrations: list[Registration]) -> list[Registration]:
    """Registered participants in Danish alphabetical order of last name, then first name."""

    def key(r: Registration):
        last = r.last_name or (r.full_name.split()[-1] if r.full_name.split() else "")
        return danish_sort_key(last), danish_sort_key(r.name)

    return sorted((r for r in registrations if r.status in _ON_TAGS), key=key)


def _fitted_font(
    text: str, width: float, height: float, start_pt: float, min_pt: float, bold: bool, device
):
    """The largest size from start_pt down to min_pt at which text fits one line on
    `device`; else min_pt (the text then wraps)."""
    size = start_pt
    while size > min_pt:
        font = document_font(size, bold=bold)
        metrics = QFontMetricsF(font, device)
        if metrics.horizontalAdvance(text) <= width and metrics.height() <= height:
            return font
        size -= 0.5
    return document_font(min_pt, bold=bold)


class NameTagsDocument:
    """Name tags for an event's registered participants on a label sheet ("2x4" or "2x5").

    `guides` draws each label's outline, for cutting tags from plain paper.
    """

    def __init__(
        self,
        event: Event,
        registrations: list[Registration],
        sheet: str = "2x4",
        guides: bool = False,
        lang=None,
    ):
        if sheet not in SHEETS:
            raise ValueError(f"Unknown label sheet {sheet!r}; choose one of {', '.join(SHEETS)}.")
        self.event = event
        self.people = people_for_tags(registrations)
        self.sheet = SHEETS[sheet]
        self.guides = guides
        self.lang = lang_code(lang or event.language)
        self.title = (
            f"{event.title} – name tags" if self.lang == "en" else f"{event.title} – navneskilte"
        )

    @property
    def page_count(self) -> int:
        return max(1, math.ceil(len(self.people) / self.sheet.per_page))

    def page_layout(self) -> QPageLayout:
        # Labels are placed from the sheet's corner, so the page has no margins of its own.
        layout = a4_layout(0.0)
        layout.setMinimumMargins(QMarginsF(0, 0, 0, 0))
        return layout

    def _footer(self) -> str:
        when = format_date(self.event.date, self.lang, weekday=False) if self.event.date else ""
        return " · ".join(p for p in (self.event.title, when) if p)

    def _draw_tag(
        self, painter: QPainter, rect: QRectF, person: Registration, px_per_mm: float
    ) -> None:
        """One tag in a rect in device pixels; fonts are in points, so they print at their
        size whatever the device's resolution."""
        device = painter.device()
        pad = rect.height() * 0.09
        inner = rect.adjusted(pad, pad, -pad, -pad)
        if self.guides:
            painter.setPen(QPen(QColor("#b8c0c8"), 0.2 * px_per_mm, Qt.PenStyle.DashLine))
            painter.drawRect(rect)
        band = QRectF(rect.left(), rect.top(), rect.width(), rect.height() * 0.06)
        painter.fillRect(band, QColor(ACCENT))
        big = rect.height() > 60 * px_per_mm  # the 2x4 labels: larger type
        name_font = _fitted_font(
            person.name, inner.width(), inner.height() * 0.4, 26 if big else 21, 13, True, device
        )
        y = inner.top() + inner.height() * 0.12
        painter.setPen(QColor(INK))
        painter.setFont(name_font)
        name_rect = QRectF(inner.left(), y, inner.width(), inner.height() * 0.42)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
        used = painter.boundingRect(name_rect, flags, person.name)
        painter.drawText(name_rect, flags, person.name)
        y = used.bottom() + inner.height() * 0.05
        for text, size, colour, bold in (
            (person.organisation, 13 if big else 11, INK, False),
            (person.role, 11 if big else 9.5, MUTED, False),
        ):
            if not text.strip():
                continue
            font = _fitted_font(
                text.strip(), inner.width(), inner.height() * 0.2, size, size - 3, bold, device
            )
            painter.setFont(font)
            painter.setPen(QColor(colour))
            box = QRectF(inner.left(), y, inner.width(), inner.bottom() - y)
            used = painter.boundingRect(box, flags, text.strip())
            painter.drawText(box, flags, text.strip())
            y = used.bottom() + inner.height() * 0.02
        painter.setFont(document_font(7.5 if big else 6.5))
        painter.setPen(QColor(MUTED))
        line = painter.fontMetrics().height()
        footer = QRectF(inner.left(), inner.bottom() - line, inner.width(), line)
        painter.drawText(
            footer,
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
            painter.fontMetrics().elidedText(
                self._footer(), Qt.TextElideMode.ElideRight, int(inner.width())
            ),
        )

    def paint(self, device) -> int:
        """Paint every page of tags on `device`; returns the page count."""
        painter = QPainter(device)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Work from the sheet's top-left corner, wherever the device's margins are.
        mm = device.logicalDpiX() / 25.4
        margins = device.pageLayout().paintRectPixels(device.resolution())
        painter.translate(-margins.left(), -margins.top())
        if not self.people:
            painter.setFont(document_font(12))
            painter.drawText(
                QRectF(0, 0, A4_W * mm, A4_H * mm),
                Qt.AlignmentFlag.AlignCenter,
                t("no_participants", self.lang),
            )
        for index, person in enumerate(self.people):
            slot = index % self.sheet.per_page
            if index and slot == 0:
                device.newPage()
            r = self.sheet.label_rect(slot)
            self._draw_tag(
                painter,
                QRectF(r.left() * mm, r.top() * mm, r.width() * mm, r.height() * mm),
                person,
                mm,
            )
        painter.end()
        return self.page_count


def name_tags_for(
    project, event_id: int, sheet: str = "2x4", guides: bool = False, lang=None
) -> NameTagsDocument:
    """The name tags of an event in an open Project."""
    return NameTagsDocument(
        project.events.get(event_id), project.registrations.for_event(event_id), sheet, guides, lang
    )
