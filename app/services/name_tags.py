"""Name tags on A4 label sheets: name, organisation and role of each registered participant."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QPageLayout, QPainter, QPen

from ..domain.day_text import day_text
from ..domain.document_text import t
from ..domain.door_list import door_list
from ..domain.event import Event
from ..domain.formatting import format_date, lang_code
from ..domain.registration import Registration
from ..storage import Store
from .document_pdf import ACCENT, INK, MUTED, a4_layout, document_font
from .painting import painting
from .text_fit import FittedText, fit_text

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


def people_for_tags(registrations: list[Registration]) -> list[Registration]:
    """The people expected at the door, in the order of every list (`door_list`)."""
    return door_list(registrations)


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
        tables: dict[int, int] | None = None,
    ):
        if sheet not in SHEETS:
            raise ValueError(f"Unknown label sheet {sheet!r}; choose one of {', '.join(SHEETS)}.")
        self.event = event
        self.people = people_for_tags(registrations)
        self.sheet = SHEETS[sheet]
        self.guides = guides
        self.lang = lang_code(lang or event.language)
        # "Bord N" on each tag once the event has a table plan.
        self.tables = tables or {}
        self.title = (
            f"{event.title} – name tags" if self.lang == "en" else f"{event.title} – navneskilte"
        )
        self.texts = FittedText()

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
        when = when.replace(" ", "\u00a0")  # the date wraps as a whole, never split over lines
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
        centre = int(Qt.AlignmentFlag.AlignHCenter)
        # The footer (title and date) is laid out first: it wraps onto a second line rather
        # than losing the date, and the texts above keep clear of it.
        footer = fit_text(
            self._footer(),
            inner.width(),
            device,
            start_pt=7.5 if big else 6.5,
            min_pt=6,
            max_lines=1,
            align=centre,
        )
        footer_top = inner.bottom() - footer.height
        name = fit_text(
            person.name,
            inner.width(),
            device,
            start_pt=26 if big else 21,
            min_pt=13,
            bold=True,
            max_lines=1,
            align=centre,
        )
        y = inner.top() + inner.height() * 0.12
        table = self.tables.get(person.id) if person.id is not None else None
        if table:
            # In the top corner, under the band, clear of every other line of the tag.
            top = band.bottom() + 0.5 * px_per_mm
            label = day_text("table_no", self.lang, n=table)
            right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            fit = fit_text(
                label,
                inner.width() / 2,
                device,
                start_pt=12 if big else 10,
                min_pt=8,
                bold=True,
                max_lines=1,
                align=right,
            )
            painter.setFont(fit.font)
            painter.setPen(QColor(ACCENT))
            height = max(fit.height, y - top)
            self.texts.draw(
                painter,
                QRectF(inner.center().x(), top, inner.width() / 2, height),
                fit.flags,
                label,
            )
        painter.setPen(QColor(INK))
        painter.setFont(name.font)
        used = self.texts.draw(
            painter, QRectF(inner.left(), y, inner.width(), name.height), name.flags, person.name
        )
        y = used.bottom() + inner.height() * 0.05
        for text, size, colour in (
            (person.organisation.strip(), 13 if big else 11, INK),
            (person.role.strip(), 11 if big else 9.5, MUTED),
        ):
            if not text:
                continue
            fit = fit_text(
                text,
                inner.width(),
                device,
                start_pt=size,
                min_pt=size - 3,
                max_lines=2,
                align=centre,
            )
            painter.setFont(fit.font)
            painter.setPen(QColor(colour))
            used = self.texts.draw(
                painter, QRectF(inner.left(), y, inner.width(), fit.height), fit.flags, text
            )
            y = used.bottom() + inner.height() * 0.02
        painter.setFont(footer.font)
        painter.setPen(QColor(MUTED))
        self.texts.draw(
            painter,
            QRectF(inner.left(), max(y, footer_top), inner.width(), footer.height),
            footer.flags,
            self._footer(),
        )

    def paint(self, device) -> int:
        """Paint every page of tags on `device`; returns the page count."""
        self.texts = FittedText()
        with painting(device) as painter:
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
        return self.page_count


def name_tags_for(
    project: Store, event_id: int, sheet: str = "2x4", guides: bool = False, lang=None
) -> NameTagsDocument:
    """The name tags of an event in an open Project."""
    return NameTagsDocument(
        project.events.get(event_id),
        project.registrations.for_event(event_id),
        sheet,
        guides,
        lang,
        tables=project.tables.seats_by_registration(event_id),
    )
