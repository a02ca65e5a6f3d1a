"""The directions handout: one A4 page of an event's practical information with a map.

The page is a QTextDocument laid out at 96 units per inch ("CSS pixels") and painted
scaled onto the PDF writer or printer. When the content is long it shrinks in steps (the
map first, then the walking steps, then the body text, then the whole page evenly) so the
handout always stays one page.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import cast

from PySide6.QtCore import QRectF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPainter, QTextDocument

from ..domain.directions import Directions, build_directions
from ..domain.document_text import t
from ..domain.enums import GuestParking
from ..domain.event import Event
from ..domain.surroundings import Surroundings
from ..domain.venue import Venue
from ..domain.walking import DEFAULT_SPEED_KMH
from ..storage import Store, stored_id
from .document_pdf import ACCENT, CSS_FONT, INK, MUTED, a4_layout, document_font
from .handout_map import has_map, is_locator, locator_aspect, paint_site_map
from .painting import painting
from .walking_routes import venue_routes, venue_walks

CSS_DPI = 96.0
MM = CSS_DPI / 25.4
MAP_URL = QUrl("venueplan:handout-map")
MAP_PX_PER_MM = 12  # about 300 dpi in print
LOCATOR_MAX_MM = 84
MAP_MARKER_MM = 3.6  # map labels come out at about 8.5 pt


@dataclass(frozen=True)
class Fit:
    """One try at fitting the page: map height in mm and font sizes in points."""

    map_mm: float
    body_pt: float
    steps_pt: float


def _fits() -> list[Fit]:
    # Roomy pages get larger type first; long ones give up map height before any type shrinks.
    tries = [Fit(118, 11, 11), Fit(118, 10.5, 10.5)]
    tries += [Fit(m, 10, 10) for m in (118, 108, 100, 92, 84, 76, 68, 60, 54)]
    tries += [Fit(54, 10, s) for s in (9.5, 9, 8.5, 8)]
    tries += [Fit(50, b, min(b, 8)) for b in (9.5, 9, 8.5, 8, 7.5)]
    return tries


def _p(text: str, style: str = "") -> str:
    return f'<p style="margin-top:0; margin-bottom:3px; {style}">{text}</p>'


def _heading(text: str, size: float, first: bool = False) -> str:
    top = 0 if first else 7
    return (
        f'<p style="margin-top:{top}px; margin-bottom:3px; font-size:{size}pt; '
        f'font-weight:bold; color:{ACCENT}">{escape(text)}</p>'
    )


class NoHandoutError(ValueError):
    """The event has no venue: there is no way to show, so no handout is made."""

    user_message = True


def no_handout_reason(event: Event) -> str | None:
    """Why an event gets no directions handout (one line, in English), or None."""
    if event.venue_id is None:
        return f"{event.title or 'The event'} has no venue yet, so it has no directions handout."
    return None


class HandoutDocument:
    """One event's directions handout, ready to paint on a QPdfWriter or QPrinter.

    `map_image`, if given, is used instead of the app's own drawn map (for instance a
    captured live background map). An event without a venue gets none (`NoHandoutError`).
    """

    def __init__(
        self,
        event: Event,
        venue: Venue | None,
        lang=None,
        map_image: QImage | None = None,
        surroundings: Surroundings | None = None,
        walking_speed: float = DEFAULT_SPEED_KMH,
    ):
        if venue is None:
            raise NoHandoutError(no_handout_reason(event) or "The event has no venue.")
        self.event = event
        self.venue = venue
        # Walks measured along the stored streets replace the straight-line estimates.
        self.routes = venue_routes(venue, surroundings)
        walks = venue_walks(venue, surroundings, walking_speed, self.routes)
        self.directions: Directions = build_directions(event, venue, lang, walks)
        self.lang = self.directions.lang
        self.title = f"{t('practical_info', self.lang)}: {self.directions.title}"
        self._map_override = map_image
        self.surroundings = surroundings
        # The drawn map is painted as vectors straight onto the page: the text layout only
        # holds a blank stand-in of the map's size, found again after the layout.
        self._blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        self._blank.fill(0)
        self.fit: Fit | None = None
        self.scale = 1.0  # below 1 when even the smallest try was too long
        self.map_rect: QRectF | None = None  # where the map went on the page (CSS pixels)

    def page_layout(self) -> QPageLayout:
        return a4_layout(14.0)

    # --- content ---------------------------------------------------------------------------

    def _map(self, height_mm: float, width_mm: float) -> tuple[QImage | None, float, float]:
        """The map's image in the layout (the captured one, or the blank stand-in of the
        drawn one) and its size on paper (mm) for a map area of the given size."""
        img: QImage | None
        if self._map_override is not None and not self._map_override.isNull():
            img = self._map_override
            aspect = img.width() / max(1, img.height())
        elif has_map(self.venue):
            if is_locator(self.venue, self.surroundings):
                # Denmark whole needs no more than this to be read; the page keeps the rest.
                aspect, height_mm = locator_aspect(), min(height_mm, LOCATOR_MAX_MM)
            else:
                aspect = width_mm / height_mm
            img = self._blank
        else:
            return None, 0, 0
        shown_w = min(width_mm, height_mm * aspect)
        return img, shown_w, shown_w / aspect

    def _header(self, d: Directions) -> str:
        label = escape(t("practical_info", self.lang).upper())
        rows = [
            (
                t("when", self.lang),
                f"<b>{escape(d.when)}</b>" + (f"<br>{escape(d.doors)}" if d.doors else ""),
            )
        ]
        place = ", ".join(escape(p) for p in (d.room_name, d.venue_name) if p)
        rows.append((t("where", self.lang), f"<b>{place}</b><br>{escape(d.address)}"))
        cells = "".join(
            f'<tr><td width="16%" style="color:{MUTED}">{escape(k)}</td><td>{v}</td></tr>'
            for k, v in rows
        )
        return (
            f'<table width="100%" cellspacing="0" cellpadding="0"><tr>'
            f'<td style="font-size:8.5pt; font-weight:bold; color:{ACCENT}">{label}</td>'
            f'<td align="right" style="font-size:8.5pt; color:{MUTED}">'
            f"{escape(d.organiser)}</td></tr></table>"
            f'<p style="margin-top:2px; margin-bottom:6px; font-size:17pt; '
            f'font-weight:bold; color:{ACCENT}">{escape(d.title)}</p>'
            f'<table width="100%" cellspacing="0" cellpadding="5" bgcolor="#eaf0f6">'
            f"{cells}</table>"
        )

    def _find_way(self, d: Directions, fit: Fit) -> str:
        out = [_heading(t("find_way", self.lang), fit.body_pt + 1.5, first=True)]
        for block in d.transit:
            out.append(_p(f"<b>{escape(block.heading)}:</b> {escape(block.details)}"))
            if block.walking:
                out.append(_p(escape(block.walking)))
            if block.steps:
                items = "".join(f"<li>{escape(s)}</li>" for s in block.steps)
                out.append(
                    f'<ol style="margin-top:0; margin-bottom:4px; '
                    f'font-size:{fit.steps_pt}pt; -qt-list-indent:1">{items}</ol>'
                )
        if not d.transit:
            # Nothing is said of transport that was not entered: the address is what is known.
            out.append(_p(escape(d.address_intro)))
        return "".join(out)

    def _parking(self, d: Directions, fit: Fit) -> str:
        if not d.parking_rule and not d.zones:
            return ""  # nothing is known of parking, so nothing is said
        out = [_heading(t("parking", self.lang), fit.body_pt + 1.5, first=True)]
        for sentence in d.parking_rule:
            out.append(_p(f"<b>{escape(sentence)}</b>"))
        rows = []
        for zone in d.zones:
            swatch = zone.colour or "#9aa5b1"
            mark = "\u2715 " if zone.guests == GuestParking.NO else ""
            status = (
                f'<span style="color:#8b1a1a"><b>{mark}{escape(zone.status)}</b></span>'
                if zone.guests != GuestParking.YES
                else escape(zone.status)
            )
            name = f" ({escape(zone.name)})" if zone.name and zone.name != zone.label else ""
            extra = "; ".join(escape(f) for f in zone.facts)
            notes = escape(zone.notes)
            details = " ".join(p for p in (f"{extra}." if extra else "", notes) if p)
            rows.append(
                f'<tr><td width="14" bgcolor="{swatch}"></td><td width="4"></td>'
                f"<td><b>{escape(zone.label)}</b>{name}: {status}."
                + (
                    f'<br><span style="font-size:{fit.body_pt - 1.5}pt">{details}</span>'
                    if details
                    else ""
                )
                + "</td></tr>"
            )
        if rows:
            out.append(
                '<table cellspacing="0" cellpadding="2" style="margin-top:3px">'
                + "".join(rows)
                + "</table>"
            )
        return "".join(out)

    def _lines(self, heading: str, lines: list[str], fit: Fit) -> str:
        return _heading(heading, fit.body_pt + 1.5, first=True) + "".join(
            _p(escape(x)) for x in lines
        )

    def html(self, fit: Fit, width_mm: float) -> str:
        d = self.directions
        body = [self._header(d)]
        image, map_w, map_h = self._map(fit.map_mm, width_mm)
        if image is not None:
            body.append(
                f'<p align="center" style="margin-top:8px; margin-bottom:6px">'
                f'<img src="{MAP_URL.toString()}" width="{map_w * MM:.1f}" '
                f'height="{map_h * MM:.1f}"></p>'
            )
        cell = '<td valign="top" width="{w}%">{c}</td>'
        gap = '<td width="4%"></td>'
        body.append(
            '<table width="100%" cellspacing="0" cellpadding="0" style="margin-top:4px">'
            "<tr>"
            + cell.format(w=50, c=self._find_way(d, fit))
            + gap
            + cell.format(w=46, c=self._parking(d, fit))
            + "</tr>"
            '<tr><td colspan="3" height="6"></td></tr><tr>'
            + cell.format(w=50, c=self._lines(t("accessibility", self.lang), d.accessibility, fit))
            + gap
            + cell.format(w=46, c=self._lines(t("registration", self.lang), d.registration, fit))
            + "</tr></table>"
        )
        return (
            f'<html><body style="font-family:{CSS_FONT}; font-size:{fit.body_pt}pt; '
            f'color:{INK}">' + "".join(body) + "</body></html>"
        )

    def layout(self, width_px: float, fit: Fit, width_mm: float) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setUseDesignMetrics(True)  # layout independent of screen hinting
        doc.setDefaultFont(document_font(fit.body_pt))
        image, _, _ = self._map(fit.map_mm, width_mm)
        if image is not None:
            doc.addResource(QTextDocument.ResourceType.ImageResource, MAP_URL, image)
        doc.setHtml(self.html(fit, width_mm))
        doc.setTextWidth(width_px)
        return doc

    # --- painting --------------------------------------------------------------------------

    def paint(self, device) -> int:
        """Paint the handout as exactly one page on `device`; returns 1."""
        rect = device.pageLayout().paintRectPixels(device.resolution())
        scale = device.logicalDpiX() / CSS_DPI
        width_px, height_px = rect.width() / scale, rect.height() / scale
        width_mm = width_px / MM
        for fit in _fits():  # never empty, so `doc` and `fit` are set after it
            doc = self.layout(width_px, fit, width_mm)
            if doc.size().height() <= height_px:
                break
        self.fit, self.scale = fit, 1.0
        if doc.size().height() > height_px:
            # Still too long at the smallest sizes: shrink the whole page evenly. A smaller
            # scale also widens the text, so lines rewrap; the height is not smooth in the
            # scale, so the largest scale that fits is found by stepping down.
            for step in range(1, 71):
                self.scale = 1.0 - step / 100
                doc.setTextWidth(width_px / self.scale)
                if doc.size().height() * self.scale <= height_px:
                    break
        with painting(device) as painter:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.scale(scale * self.scale, scale * self.scale)
            self.map_rect = _image_rect(doc, MAP_URL.toString())
            drawn_map = self.map_rect is not None and (
                self._map_override is None or self._map_override.isNull()
            )
            doc.drawContents(painter)
            if drawn_map and self.map_rect is not None:
                self._paint_map(painter, self.map_rect)  # over the blank stand-in
        return 1

    def _paint_map(self, painter: QPainter, rect: QRectF) -> None:
        """The drawn map in `rect` (CSS pixels), at the scale the map's sizes are made for
        (MAP_PX_PER_MM units to the millimetre)."""
        units = QSizeF(rect.width() / MM * MAP_PX_PER_MM, rect.height() / MM * MAP_PX_PER_MM)
        painter.save()
        painter.translate(rect.topLeft())
        painter.scale(rect.width() / units.width(), rect.height() / units.height())
        paint_site_map(
            painter,
            units,
            self.venue,
            self.lang,
            MAP_MARKER_MM * MAP_PX_PER_MM,
            self.surroundings,
            self.routes,
        )
        painter.restore()


def _image_rect(doc: QTextDocument, name: str) -> QRectF | None:
    """Where the image `name` was laid out in `doc` (document coordinates), or None."""
    block = doc.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            fmt = fragment.charFormat()
            if fragment.isValid() and fmt.isImageFormat() and fmt.toImageFormat().name() == name:
                image = fmt.toImageFormat()
                layout = block.layout()
                offset = fragment.position() - block.position()
                line = layout.lineForTextPosition(offset)
                found = line.cursorToX(offset)
                # (x, position) for Qt's in/out argument; a bare x in other PySide6 versions.
                x = cast(float, found[0] if isinstance(found, tuple) else found)
                top = layout.position().y() + line.y() + line.ascent() - image.height()
                return QRectF(layout.position().x() + x, top, image.width(), image.height())
            fragments += 1
        block = block.next()
    return None


def handout_for(
    project: Store,
    event_id: int,
    lang=None,
    map_image: QImage | None = None,
    walking_speed: float = DEFAULT_SPEED_KMH,
) -> HandoutDocument:
    """The handout of an event in an open Project (safe to call off the UI thread)."""
    event = project.events.get(event_id)
    reason = no_handout_reason(event)
    if reason is not None:
        raise NoHandoutError(reason)
    venue_id = stored_id(event.venue_id, "venue")  # the reason above when there is none
    return HandoutDocument(
        event,
        project.venues.get(venue_id),
        lang,
        map_image,
        project.surroundings.get(venue_id),
        walking_speed,
    )
