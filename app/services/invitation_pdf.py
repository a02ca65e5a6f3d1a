"""The invitation (letter, meeting box, programme, practical information, sign-up) and the
one-page programme as PDFs, painted like the handout: the same fonts, colours and box.

Both are QTextDocuments laid out at 96 units per inch. The invitation flows over as many
A4 pages as it needs (the programme starts on a page of its own, as in the seeds) with
"page x of y" under each; the programme alone shrinks its type until it fits one page.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QByteArray, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QPageLayout, QPainter, QTextDocument, QTextOption

from ..domain.event import Event
from ..domain.formatting import Lang
from ..domain.invitation_text import Invitation, ProgrammeRow, build_invitation, it
from ..domain.venue import Venue
from ..domain.walking import DEFAULT_SPEED_KMH, WalkingEstimate
from ..storage import Store
from .document_pdf import ACCENT, CSS_FONT, INK, MUTED, a4_layout, document_font
from .walking_routes import venue_walks

CSS_DPI = 96.0
MM = CSS_DPI / 25.4
QR_URL = QUrl("venueplan:registration-qr")
QR_MM = 30
FOOTER_MM = 8


def new_document() -> QTextDocument:
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setUseDesignMetrics(True)  # layout independent of screen hinting
    # A long link or address breaks anywhere rather than running off the page.
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    return doc


def qr_png(url: str) -> bytes:
    """The sign-up link as a QR code (PNG, black on white, with its quiet zone)."""
    import io

    import segno

    out = io.BytesIO()
    segno.make(url, error="m").save(out, kind="png", scale=10, border=4)
    return out.getvalue()


def _p(text: str, style: str = "") -> str:
    return f'<p style="margin-top:0; margin-bottom:4px; {style}">{text}</p>'


def _heading(text: str, size: float, top: int = 10, extra: str = "") -> str:
    return (
        f'<p style="margin-top:{top}px; margin-bottom:4px; font-size:{size}pt; '
        f'font-weight:bold; color:{ACCENT}; {extra}">{escape(text)}</p>'
    )


def box_html(inv: Invitation) -> str:
    rows = "".join(
        f'<tr><td width="22%" style="color:{MUTED}">{escape(label)}</td>'
        f"<td><b>{escape(value)}</b></td></tr>"
        for label, value in inv.box
    )
    return f'<table width="100%" cellspacing="0" cellpadding="5" bgcolor="#eaf0f6">{rows}</table>'


def header_html(inv: Invitation, label: str, title_pt: float = 18) -> str:
    return (
        f'<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td style="font-size:8.5pt; font-weight:bold; color:{ACCENT}">{escape(label.upper())}</td>'
        f'<td align="right" style="font-size:8.5pt; color:{MUTED}">{escape(inv.organiser)}</td>'
        f"</tr></table>"
        f'<p style="margin-top:2px; margin-bottom:8px; font-size:{title_pt}pt; '
        f'font-weight:bold; color:{ACCENT}">{escape(inv.title)}</p>'
    )


def programme_html(rows: list[ProgrammeRow], body_pt: float) -> str:
    out = []
    for row in rows:
        if row.section:
            out.append(
                f'<tr><td valign="top" style="font-weight:bold; color:{ACCENT}">'
                f"{escape(row.time)}</td>"
                f'<td style="font-weight:bold; color:{ACCENT}">{escape(row.title)}</td></tr>'
            )
            continue
        cell = [f"<b>{escape(row.title)}</b>"]
        cell += [escape(s) for s in row.speakers]
        if row.notes:
            cell.append(
                f'<span style="font-size:{body_pt - 1}pt; color:{MUTED}">{escape(row.notes)}</span>'
            )
        out.append(
            f'<tr><td valign="top" width="17%" style="font-weight:bold">{escape(row.time)}</td>'
            f'<td valign="top">{"<br>".join(cell)}</td></tr>'
        )
    return (
        '<table width="100%" cellspacing="0" cellpadding="4" '
        f'style="border-collapse:collapse">{"".join(out)}</table>'
    )


class InvitationDocument:
    """An event's invitation, ready to paint on a QPdfWriter or QPrinter (several pages)."""

    def __init__(
        self,
        event: Event,
        venue: Venue | None,
        lang: Lang = None,
        walks: list[WalkingEstimate | None] | None = None,
    ):
        self.event = event
        self.invitation = build_invitation(event, venue, lang, walks)
        self.lang = self.invitation.lang
        self.title = f"{it('invitation', self.lang)}: {self.invitation.title}"
        self.pages = 0
        self._qr = (
            QImage.fromData(QByteArray(qr_png(self.invitation.registration_url)))
            if self.invitation.registration_url
            else None
        )

    def page_layout(self) -> QPageLayout:
        return a4_layout(16.0)

    def _practical(self, body_pt: float) -> str:
        inv, lang = self.invitation, self.lang
        h2 = body_pt + 1.5
        out = [_heading(it("practical", lang), body_pt + 5, top=16)]
        if inv.address_intro:
            out.append(_heading(it("find_way", lang), h2))
            out.append(_p(escape(inv.address_intro)))
        for block in inv.transit:
            out.append(_p(f"<b>{escape(block.heading)}:</b> {escape(block.details)}"))
            if block.walking:
                out.append(_p(escape(block.walking)))
            if block.steps:
                items = "".join(f"<li>{escape(s)}</li>" for s in block.steps)
                out.append(f'<ol style="margin-top:0; margin-bottom:4px">{items}</ol>')
        if inv.parking:
            out.append(_heading(it("parking", lang), h2))
            out += [_p(escape(line)) for line in inv.parking]
        if inv.accessibility:
            out.append(_heading(it("accessibility", lang), h2))
            out += [_p(escape(line)) for line in inv.accessibility]
        return "".join(out)

    def _registration(self, body_pt: float) -> str:
        inv, lang = self.invitation, self.lang
        lines = [_p(escape(x)) for x in inv.registration]
        if inv.quotas:
            items = "".join(f"<li>{escape(q)}</li>" for q in inv.quotas)
            lines.append(_p(escape(it("quotas", lang))))
            lines.append(f'<ul style="margin-top:0; margin-bottom:4px">{items}</ul>')
        lines += [_p(escape(a)) for a in inv.attachments]
        if not lines:
            return ""
        head = _heading(it("registration", lang), body_pt + 1.5)
        if self._qr is None:
            return head + "".join(lines)
        qr = (
            f'<td width="{QR_MM * MM + 12:.0f}" align="center" valign="top">'
            f'<img src="{QR_URL.toString()}" width="{QR_MM * MM:.0f}" height="{QR_MM * MM:.0f}">'
            f'<br><span style="font-size:{body_pt - 2}pt; color:{MUTED}">'
            f"{escape(it('qr_caption', lang))}</span></td>"
        )
        return (
            head
            + '<table width="100%" cellspacing="0" cellpadding="0"><tr><td valign="top">'
            + "".join(lines)
            + "</td>"
            + qr
            + "</tr></table>"
        )

    def html(self, body_pt: float = 10.5) -> str:
        inv = self.invitation
        body = [header_html(inv, it("invitation", self.lang)), box_html(inv)]
        body.append(_p(f"<b>{escape(inv.salutation)}</b>", "margin-top:14px; margin-bottom:8px"))
        body += [_p(escape(p), "margin-bottom:8px") for p in inv.paragraphs]
        body.append(_p(escape(inv.closing), "margin-top:10px; margin-bottom:8px"))
        if inv.signatories:
            cells = "".join(
                f'<td valign="top" style="padding-right:16px"><b>{escape(n)}</b>'
                + (f"<br>{escape(title)}" if title else "")
                + "</td>"
                for n, title in inv.signatories
            )
            body.append(f'<table cellspacing="0" cellpadding="0"><tr>{cells}</tr></table>')
        elif inv.organiser:
            body.append(_p(f"<b>{escape(inv.organiser)}</b>"))
        if inv.programme:
            body.append(
                _heading(
                    inv.programme_heading, body_pt + 5, top=0, extra="page-break-before:always"
                )
            )
            body.append(programme_html(inv.programme, body_pt))
        body.append(self._practical(body_pt))
        body.append(self._registration(body_pt))
        return (
            f'<html><body style="font-family:{CSS_FONT}; font-size:{body_pt}pt; color:{INK}">'
            + "".join(body)
            + "</body></html>"
        )

    def layout(self, width_px: float, height_px: float) -> QTextDocument:
        doc = new_document()
        doc.setDefaultFont(document_font(10.5))
        if self._qr is not None:
            doc.addResource(QTextDocument.ResourceType.ImageResource, QR_URL, self._qr)
        doc.setHtml(self.html())
        doc.setPageSize(QSizeF(width_px, height_px))
        return doc

    def paint(self, device) -> int:
        """Paint every page on `device`; returns the page count."""
        rect = device.pageLayout().paintRectPixels(device.resolution())
        scale = device.logicalDpiX() / CSS_DPI
        width_px, height_px = rect.width() / scale, rect.height() / scale
        page_h = height_px - FOOTER_MM * MM
        doc = self.layout(width_px, page_h)
        self.pages = doc.pageCount()
        painter = QPainter(device)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.scale(scale, scale)
        for index in range(self.pages):
            if index:
                device.newPage()
            painter.save()
            painter.translate(0, -index * page_h)
            doc.drawContents(painter, QRectF(0, index * page_h, width_px, page_h))
            painter.restore()
            painter.setFont(document_font(8 * CSS_DPI / 72, pixels=True))
            painter.setPen(QColor(MUTED))  # the page number: 4.5:1 on white, as all text
            painter.drawText(
                QRectF(0, page_h, width_px, FOOTER_MM * MM),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                it("page_of", self.lang, page=index + 1, pages=self.pages),
            )
        painter.end()
        return self.pages


class ProgrammeDocument:
    """The programme alone on one A4 page, for the day: the type shrinks to fit."""

    def __init__(self, event: Event, venue: Venue | None, lang: Lang = None):
        self.invitation = build_invitation(event, venue, lang)
        self.lang = self.invitation.lang
        self.title = f"{self.invitation.programme_heading}: {self.invitation.title}"
        self.body_pt = 11.0
        self.scale = 1.0

    def page_layout(self) -> QPageLayout:
        return a4_layout(14.0)

    def html(self, body_pt: float) -> str:
        inv = self.invitation
        rows = programme_html(inv.programme, body_pt) if inv.programme else ""
        return (
            f'<html><body style="font-family:{CSS_FONT}; font-size:{body_pt}pt; color:{INK}">'
            + header_html(inv, inv.programme_heading, title_pt=body_pt + 6)
            + box_html(inv)
            + '<p style="margin-top:8px"></p>'
            + rows
            + "</body></html>"
        )

    def paint(self, device) -> int:
        rect = device.pageLayout().paintRectPixels(device.resolution())
        scale = device.logicalDpiX() / CSS_DPI
        width_px, height_px = rect.width() / scale, rect.height() / scale
        doc = new_document()
        for size in (11.0, 10.5, 10.0, 9.5, 9.0, 8.5, 8.0, 7.5, 7.0):
            self.body_pt = size
            doc.setDefaultFont(document_font(size))
            doc.setHtml(self.html(size))
            doc.setTextWidth(width_px)
            if doc.size().height() <= height_px:
                break
        self.scale = 1.0
        # Still too long at the smallest type: the whole page shrinks evenly (never cut).
        while doc.size().height() * self.scale > height_px and self.scale > 0.3:
            self.scale -= 0.02
            doc.setTextWidth(width_px / self.scale)
        painter = QPainter(device)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale * self.scale, scale * self.scale)
        doc.drawContents(painter)
        painter.end()
        return 1


def _event_and_venue(project: Store, event_id: int) -> tuple[Event, Venue | None]:
    event = project.events.get(event_id)
    venue = project.venues.get(event.venue_id) if event.venue_id is not None else None
    return event, venue


def invitation_for(
    project: Store, event_id: int, lang: Lang = None, walking_speed: float = DEFAULT_SPEED_KMH
) -> InvitationDocument:
    """The invitation of an event in an open Project (safe to call off the UI thread); its
    walks follow the venue's stored streets where it has them."""
    event, venue = _event_and_venue(project, event_id)
    walks = None
    if venue is not None and venue.id is not None:
        walks = venue_walks(venue, project.surroundings.get(venue.id), walking_speed)
    return InvitationDocument(event, venue, lang, walks)


def programme_for(project: Store, event_id: int, lang: Lang = None) -> ProgrammeDocument:
    return ProgrammeDocument(*_event_and_venue(project, event_id), lang)
