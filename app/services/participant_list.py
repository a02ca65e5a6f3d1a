"""The printable participant list and sign-in sheet of an event (A4, repeated header, page x of y).

Only what the door needs is printed (name, organisation, role, group or a signature box):
e-mail, phone, diet and accessibility needs stay in the project.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPageLayout, QPen

from ..domain.attendance import attendance_taken
from ..domain.day_text import attended_cell, day_text
from ..domain.document_text import t
from ..domain.event import Event
from ..domain.formatting import format_when, lang_code
from ..domain.registration import Registration
from ..domain.venue import Venue
from ..storage import Store
from .document_pdf import ACCENT, INK, MUTED, a4_layout, document_font
from .name_tags import people_for_tags
from .painting import painting
from .text_fit import Fit, FittedText, fit_text

# One row of the list: its cells, the cells' fitted text, its height (mm).
_Row = tuple[list[str], list[Fit], float]

_FLAGS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
BODY_PT, MIN_PT = 9.5, 8.0  # a cell's text shrinks to 8 pt before a word is broken


class ParticipantListDocument:
    """The registered participants as a table; `sign_in` adds a signature column (and taller
    rows to sign in) in place of the invitee group."""

    def __init__(
        self,
        event: Event,
        venue: Venue | None,
        registrations: list[Registration],
        sign_in: bool = True,
        lang=None,
        tables: dict[int, int] | None = None,
        today: dt.date | None = None,
    ):
        self.event = event
        self.venue = venue
        self.sign_in = sign_in
        self.lang = lang_code(lang or event.language)
        self.tables = tables or {}
        self.today = today or dt.date.today()
        # After the meeting the list says who came, so it holds the no-shows as well.
        self.attendance = not sign_in and attendance_taken(registrations)
        self.people = people_for_tags(registrations)
        kind = t("sign_in" if sign_in else "participants", self.lang)
        self.title = f"{kind}: {event.title}"
        self.pages = 0
        self.texts = FittedText()

    def page_layout(self) -> QPageLayout:
        return a4_layout(14.0)

    def _columns(self) -> list[tuple[str, float]]:
        """(heading, share of the width) per column; a table and an attended column, when
        there is a plan or attendance was taken, take their room from the others."""
        extra = []
        if self.tables:
            extra.append((day_text("col_table", self.lang), 0.07))
        if self.attendance:
            extra.append((day_text("col_attended", self.lang), 0.13))
        if not extra:
            return self._base_columns()
        scale = 1 - sum(share for _, share in extra)
        base = [(heading, share * scale) for heading, share in self._base_columns()]
        return base[:2] + extra[:1] + base[2:] + extra[1:] if self.tables else base + extra

    def _base_columns(self) -> list[tuple[str, float]]:
        last = ("col_signature", 0.23) if self.sign_in else ("col_group", 0.19)
        name = 0.24 if self.sign_in else 0.27
        return [
            (t("col_no", self.lang), 0.06),
            (t("col_name", self.lang), name),
            (t("col_organisation", self.lang), 0.23 if self.sign_in else 0.26),
            (
                t("col_role", self.lang),
                1 - 0.06 - name - (0.23 if self.sign_in else 0.26) - last[1],
            ),
            (t(last[0], self.lang), last[1]),
        ]

    def _cells(self, number: int, person: Registration) -> list[str]:
        last = "" if self.sign_in else person.invitee_group
        cells = [str(number), person.name, person.organisation, person.role, last]
        if self.tables:
            table = self.tables.get(person.id) if person.id is not None else None
            cells.insert(2, str(table) if table is not None else "")
        if self.attendance:
            cells.append(attended_cell(person, self.event.date, self.today, self.lang))
        return cells

    def _where(self) -> str:
        if self.venue is None:
            return t("venue_unset", self.lang)
        room = self.venue.room_by_id(self.event.room_id)
        return ", ".join(p for p in (room.name if room else "", self.venue.name) if p)

    def paint(self, device) -> int:
        """Paint the list on `device` (as many pages as needed); returns the page count."""
        mm = device.logicalDpiX() / 25.4
        page = device.pageLayout().paintRectPixels(device.resolution())
        width, height = page.width(), page.height()
        pad = 1.6 * mm
        min_row = (10 if self.sign_in else 6.5) * mm
        columns = [(heading, share * width) for heading, share in self._columns()]
        self.texts = FittedText()
        # The title wraps onto a second line (and the header grows) rather than being cut.
        title = fit_text(self.event.title, width, device, start_pt=15, min_pt=12, bold=True)
        line = self._when_where()
        sub = fit_text(line, width, device, start_pt=10, min_pt=8)
        header = (title.height, sub.height)
        header_h = 5 * mm + title.height + 1 * mm + sub.height + 1 * mm + 5 * mm + 2 * mm
        heads = [
            fit_text(h, w - 2 * pad, device, start_pt=BODY_PT, min_pt=MIN_PT, bold=True)
            for h, w in columns
        ]
        table_head_h = max(7.5 * mm, max(f.height for f in heads) + 2 * pad)
        footer_h = 8 * mm
        # Lay the rows out first so that every page can say "page x of y".
        rows: list[_Row] = []
        for number, person in enumerate(self.people, start=1):
            cells = self._cells(number, person)
            fits = [
                fit_text(text, w - 2 * pad, device, start_pt=BODY_PT, min_pt=MIN_PT, max_lines=None)
                for text, (_, w) in zip(cells, columns, strict=False)
            ]
            h = max(f.height for f in fits)
            rows.append((cells, fits, max(min_row, h + 2 * pad)))
        pages: list[list[_Row]] = []
        current: list[_Row] = []
        used = 0.0
        room = height - header_h - table_head_h - footer_h
        for row in rows:
            if current and used + row[2] > room:
                pages.append(current)
                current, used = [], 0.0
            current.append(row)
            used += row[2]
        pages.append(current)
        self.pages = len(pages)
        with painting(device) as painter:
            for index, page_rows in enumerate(pages):
                if index:
                    device.newPage()
                self._paint_page(
                    painter,
                    page_rows,
                    columns,
                    index + 1,
                    (width, height, mm),
                    (title, sub, header, heads, pad, header_h, table_head_h),
                )
        return self.pages

    def _when_where(self) -> str:
        when = format_when(self.event.date, self.event.start_time, self.event.end_time, self.lang)
        return " · ".join(p for p in (when, self._where()) if p)

    def _paint_page(self, painter, rows, columns, number, size, style) -> None:
        width, height, mm = size
        title, sub, (title_h, sub_h), heads, pad, header_h, table_head_h = style
        draw = self.texts.draw
        painter.setPen(QColor(ACCENT))
        painter.setFont(document_font(9, bold=True))
        draw(
            painter,
            QRectF(0, 0, width, 5 * mm),
            Qt.AlignmentFlag.AlignLeft,
            t("sign_in" if self.sign_in else "participants", self.lang).upper(),
        )
        painter.setFont(title.font)
        draw(painter, QRectF(0, 5 * mm, width, title_h), title.flags, self.event.title)
        y = 5 * mm + title_h + 1 * mm
        painter.setPen(QColor(INK))
        painter.setFont(sub.font)
        draw(painter, QRectF(0, y, width, sub_h), sub.flags, self._when_where())
        y += sub_h + 1 * mm
        painter.setPen(QColor(MUTED))
        painter.setFont(document_font(9))
        draw(
            painter,
            QRectF(0, y, width, 5 * mm),
            Qt.AlignmentFlag.AlignLeft,
            t("count_participants", self.lang, count=len(self.people)),
        )
        y = header_h
        painter.fillRect(QRectF(0, y, width, table_head_h), QColor(ACCENT))
        painter.setPen(QColor("white"))
        x = 0.0
        for (heading, w), fit in zip(columns, heads, strict=False):
            painter.setFont(fit.font)
            draw(
                painter,
                QRectF(x + pad, y + pad, w - 2 * pad, table_head_h - 2 * pad),
                fit.flags | int(Qt.AlignmentFlag.AlignVCenter),
                heading,
            )
            x += w
        y += table_head_h
        grid = QPen(QColor("#c5ced8"), 0.15 * mm)
        for i, (cells, fits, h) in enumerate(rows):
            if i % 2:
                painter.fillRect(QRectF(0, y, width, h), QColor("#f1f4f8"))
            painter.setPen(QColor(INK))
            x = 0.0
            for text, fit, (_, w) in zip(cells, fits, columns, strict=False):
                painter.setFont(fit.font)
                draw(
                    painter,
                    QRectF(x + pad, y + pad, w - 2 * pad, h - 2 * pad),
                    fit.flags | int(Qt.AlignmentFlag.AlignVCenter),
                    text,
                )
                x += w
            painter.setPen(grid)
            painter.drawLine(0, round(y + h), round(width), round(y + h))
            if self.sign_in:  # the signature box has a line to sign on
                left = width - columns[-1][1]
                painter.drawLine(round(left), round(y), round(left), round(y + h))
            y += h
        if not rows:
            painter.setPen(QColor(MUTED))
            painter.setFont(document_font(BODY_PT))
            draw(
                painter,
                QRectF(0, y + 4 * mm, width, 8 * mm),
                Qt.AlignmentFlag.AlignLeft,
                t("no_participants", self.lang),
            )
        painter.setPen(QColor(MUTED))
        painter.setFont(document_font(8))
        page_of = t("page_of", self.lang, page=number, pages=self.pages)
        page_w = painter.fontMetrics().horizontalAdvance(page_of) + 2 * mm
        draw(
            painter,
            QRectF(width - page_w, height - 5 * mm, page_w, 5 * mm),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
            page_of,
        )
        organiser = fit_text(
            self.event.organiser,
            width - page_w - 2 * mm,
            painter.device(),
            start_pt=8,
            min_pt=7,
            max_lines=1,
        )
        painter.setFont(organiser.font)
        draw(
            painter,
            QRectF(0, height - 5 * mm, width - page_w - 2 * mm, 5 * mm),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            self.event.organiser,
        )


def participant_list_for(
    project: Store, event_id: int, sign_in: bool = True, lang=None
) -> ParticipantListDocument:
    """The participant list (or sign-in sheet) of an event in an open Project."""
    event = project.events.get(event_id)
    venue = project.venues.get(event.venue_id) if event.venue_id is not None else None
    return ParticipantListDocument(
        event,
        venue,
        project.registrations.for_event(event_id),
        sign_in,
        lang,
        tables=project.tables.seats_by_registration(event_id),
    )
