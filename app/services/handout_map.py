"""The handout's map, drawn by the app from the project's own data, so it prints with no network.

`paint_site_map` draws (as vectors, on any painter) the stored surroundings (streets with
their names, railway, buildings with the venue's own highlighted, parking, water, parks),
the venue, its entrances, transit stops with walking lines, parking zones labelled and
coloured, a north arrow, a scale bar and a small inset of Denmark. A venue with only its
own point and no surroundings gets a locator map of Denmark instead; with nothing stored,
the map is a sketch and says so. `render_site_map` paints the same into an image.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from ..domain.contrast import GRAPHICS, contrast_ratio, darkened_to, readable_on
from ..domain.document_text import t
from ..domain.enums import GuestParking, TransitMode
from ..domain.formatting import capitalise, colour_hex, format_date, lang_code, zone_label
from ..domain.surroundings import Surroundings
from ..domain.venue import Venue
from ..domain.walking import walking_destination
from .denmark_inset import SEA, denmark_outline, draw_denmark, draw_inset, locator_aspect
from .document_pdf import document_font
from .map_labels import LabelPlacer, nice_distance
from .painting import painting
from .street_map import BUILDING, draw_street_names, draw_surroundings

ROUTE_COLOUR = "#6a1b9a"  # walking lines: a violet no zone colour or stop marker uses
VENUE_COLOUR = "#1f4e79"
PAPER = "#f4f2ed"
EARTH_M_PER_DEG = 111_320.0
# A site map covers at least this many metres across, so a venue with one stop beside it is
# not drawn at street-sign scale.
MIN_SPAN_M = 260.0
# With streets to show, a little more: a venue with only its own point still gets the
# neighbourhood a guest walks through.
MIN_SPAN_STREETS_M = 420.0
_MODE_MARK = {
    TransitMode.S_TRAIN: ("S", "#c8102e"),
    TransitMode.REGIONAL_TRAIN: ("T", "#23356b"),
    TransitMode.METRO: ("M", "#0a7a3c"),
    TransitMode.LIGHT_RAIL: ("L", "#b35200"),  # dark enough for a white letter
    TransitMode.BUS: ("B", "#d6a300"),
    TransitMode.FERRY: ("F", "#00629b"),
}


class _Projection:
    """Local equirectangular projection (exact enough over a few kilometres) into a rect."""

    def __init__(self, points: list[tuple[float, float]], rect: QRectF, min_span_m: float):
        lats = [p[0] for p in points]
        lons = [p[1] for p in points]
        self.lat0 = (min(lats) + max(lats)) / 2
        self.lon0 = (min(lons) + max(lons)) / 2
        self.kx = EARTH_M_PER_DEG * math.cos(math.radians(self.lat0))
        span_x = max((max(lons) - min(lons)) * self.kx, min_span_m)
        span_y = max((max(lats) - min(lats)) * EARTH_M_PER_DEG, min_span_m)
        self.scale = min(rect.width() / span_x, rect.height() / span_y)  # pixels per metre
        self.centre = rect.center()

    def __call__(self, lat: float, lon: float) -> QPointF:
        x = (lon - self.lon0) * self.kx * self.scale
        y = (lat - self.lat0) * EARTH_M_PER_DEG * self.scale
        return QPointF(self.centre.x() + x, self.centre.y() - y)


def _site_points(venue: Venue) -> list[tuple[float, float]]:
    located = [venue.point, *(e.point for e in venue.entrances)]
    located += [o.stop_point for o in venue.transit_options]
    points = [p for p in located if p is not None]
    points += [(p[0], p[1]) for z in venue.parking_zones for p in z.geometry]
    return points


def is_locator(venue: Venue, surroundings: Surroundings | None = None) -> bool:
    """Whether the venue's map is a locator map of Denmark: it has one point and no more,
    and no surroundings are stored to draw a street map around it."""
    return not surroundings and len(set(_site_points(venue))) < 2


def has_map(venue: Venue | None) -> bool:
    """Whether a map can be drawn: the venue or something of it has coordinates."""
    return venue is not None and bool(_site_points(venue))


def _halo_text(painter: QPainter, point: QPointF, text: str, font, colour: str) -> None:
    """Text with a paper-coloured outline so it stays readable over zones and lines."""
    path = QPainterPath()
    path.addText(point, font, text)
    painter.strokePath(
        path,
        QPen(
            QColor(PAPER),
            font.pixelSize() / 4,
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.RoundCap,
            Qt.PenJoinStyle.RoundJoin,
        ),
    )
    # The letters themselves as text, so a PDF's map labels can be searched and copied.
    painter.save()
    painter.setPen(QColor(colour))
    painter.setFont(font)
    painter.drawText(point, text)
    painter.restore()


def render_site_map(
    venue: Venue,
    lang="da",
    size: QSize = QSize(1800, 1000),
    unit: float | None = None,
    surroundings: Surroundings | None = None,
    routes: list | None = None,
) -> QImage | None:
    """The map of `venue` as an image of `size` pixels; None if nothing has coordinates.

    `unit` is the size of a marker in pixels (labels are about 0.85 of it); by default it
    follows the image width. A locator map takes Denmark's shape at the height asked for.
    """
    if not _site_points(venue):
        return None
    unit = unit or size.width() / 64
    if is_locator(venue, surroundings):
        size = QSize(round(size.height() * locator_aspect()), size.height())
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor(PAPER))
    with painting(image) as painter:
        paint_site_map(painter, QSizeF(size), venue, lang, unit, surroundings, routes)
    return image


def paint_site_map(
    painter: QPainter,
    size: QSizeF,
    venue: Venue,
    lang="da",
    unit: float | None = None,
    surroundings: Surroundings | None = None,
    routes: list | None = None,
) -> None:
    """Draw the map of `venue` in the rect (0, 0, size) of `painter`'s coordinates, with
    each transit option's walking route (`routes`, from services/walking_routes) if given."""
    points = _site_points(venue)
    if not points:
        return
    lang = lang_code(lang)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    w, h = size.width(), size.height()
    whole = QRectF(0, 0, w, h)
    painter.setClipRect(whole)
    unit = unit or w / 64
    if is_locator(venue, surroundings):
        painter.fillRect(whole, QColor(SEA))
        _draw_locator(painter, venue, whole, unit, lang)
        painter.restore()
        return
    painter.fillRect(whole, QColor(PAPER))
    # Room at the edges for the notes, north arrow and scale bar, and for labels.
    side, top = max(w * 0.10, unit * 3.5), max(h * 0.12, unit * 3.2)
    inner = QRectF(side, top, w - 2 * side, h - top - max(h * 0.14, unit * 3.2))
    shown = points + [p for r in routes or [] if r is not None for p in r.points]
    shown += [p for o in venue.transit_options for p in o.step_points if p is not None]
    project = _Projection(shown, inner, MIN_SPAN_STREETS_M if surroundings else MIN_SPAN_M)
    if surroundings:
        draw_surroundings(painter, surroundings, venue, project, unit)
    placer = LabelPlacer(whole)
    inset = QRectF(w - w * 0.24 - unit * 0.6, h - h * 0.36 - unit * 0.6, w * 0.24, h * 0.36)
    placer.block(inset)
    notes_box = QRectF(0, 0, w * 0.75, unit * 2.0)
    placer.block(notes_box)
    markers = _marker_rects(venue, project, unit)
    _draw_zones(painter, venue, project, placer, unit, lang, markers)
    _draw_walks(painter, venue, project, unit, routes)
    _draw_step_pins(painter, venue, project, placer, unit)
    _draw_markers(painter, venue, project, placer, unit, lang)
    if surroundings:
        draw_street_names(
            painter,
            surroundings,
            project,
            unit,
            placer.taken,
            whole.adjusted(0, 0, 0, 0),
            _halo_text,
        )
    _draw_north_arrow(painter, QPointF(w - unit * 2.2, unit * 2.4), unit)
    _draw_scale_bar(painter, project.scale, QPointF(unit * 1.2, h - unit * 1.4), w * 0.22, unit)
    draw_inset(painter, inset, venue, unit, _halo_text)
    small = document_font(unit * 0.62, pixels=True)
    if surroundings:
        notes = [
            t(
                "map_osm",
                lang,
                date=format_date(surroundings.fetched_at.date(), lang, weekday=False),
            )
        ]
    else:
        notes = [t("map_not_to_scale", lang)]
    if venue.coordinates_approximate:
        notes.append(t("map_approximate", lang))
    text = " ".join(notes)
    if surroundings:
        # A paper backing, so the credit reads clearly over streets and railway lines.
        metrics = QFontMetricsF(small)
        backing = QRectF(
            unit * 0.9,
            unit * 1.3 - metrics.ascent() - unit * 0.25,
            metrics.horizontalAdvance(text) + unit * 0.6,
            metrics.height() + unit * 0.5,
        )
        paper = QColor(PAPER)
        paper.setAlpha(230)
        painter.fillRect(backing, paper)
    _halo_text(painter, QPointF(unit * 1.2, unit * 1.3), text, small, "#4a5560")
    painter.restore()


def _marker_rects(venue: Venue, project: _Projection, unit: float) -> list[QRectF]:
    """Where the stop, entrance and venue markers will be, so parking signs keep off them."""
    points = [(o.stop_latitude, o.stop_longitude) for o in venue.transit_options]
    points += [(e.latitude, e.longitude) for e in venue.entrances]
    points.append((venue.latitude, venue.longitude))
    rects = []
    for lat, lon in points:
        if lat is not None and lon is not None:
            at = project(lat, lon)
            rects.append(QRectF(at.x() - unit, at.y() - unit, 2 * unit, 2 * unit))
    return rects


def _sign_position(
    centre: QPointF, corners: list[QPointF], unit: float, markers: list[QRectF]
) -> QPointF:
    """The zone's centre, or failing that a point towards one of its corners, whichever first
    leaves the parking sign clear of every marker."""
    tries = [centre] + [
        QPointF(centre.x() + (c.x() - centre.x()) * f, centre.y() + (c.y() - centre.y()) * f)
        for f in (0.5, 0.8)
        for c in corners
    ]
    for at in tries:
        sign = QRectF(at.x() - unit * 0.6, at.y() - unit * 0.6, unit * 1.2, unit * 1.2)
        if not any(sign.intersects(m) for m in markers):
            return at
    return centre


def _draw_zones(painter, venue, project: _Projection, placer, unit, lang, markers) -> None:
    for zone in venue.parking_zones:
        if not zone.geometry:
            continue
        colour = QColor(colour_hex(zone.colour) or "#9aa5b1")
        corners = [project(lat, lon) for lat, lon in zone.geometry]
        if len(corners) >= 3:
            polygon = QPolygonF(corners)
            fill = QColor(colour)
            fill.setAlpha(150 if zone.guests != GuestParking.NO else 90)
            painter.setPen(QPen(QColor(zone_outline(colour.name())), unit * 0.14))
            painter.setBrush(fill)
            painter.drawPolygon(polygon)
            if zone.guests == GuestParking.NO:  # hatched: visibly off limits in black and white
                painter.setBrush(QBrush(QColor("#7a1f1f"), Qt.BrushStyle.BDiagPattern))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawPolygon(polygon)
            centre = _sign_position(polygon.boundingRect().center(), corners, unit, markers)
            placer.block(polygon.boundingRect())
        else:
            centre = corners[0]
        _draw_parking_sign(painter, centre, unit, colour)
        placer.block(
            QRectF(centre.x() - unit * 0.7, centre.y() - unit * 0.7, unit * 1.4, unit * 1.4)
        )
        status = {
            GuestParking.NO: t("map_not_allowed", lang),
            GuestParking.PERMIT: t("map_permit", lang),
        }.get(zone.guests, "")
        label = capitalise(zone_label(zone, lang)) + (f" – {status}" if status else "")
        placer.queue(
            centre, unit * 0.9, label, document_font(unit * 0.78, bold=True, pixels=True), "#2b3036"
        )


def zone_outline(colour: str) -> str:
    """A zone's edge: its own colour, darkened until it stands out (WCAG 3:1) from the
    paper and from the buildings it may cross, so a yellow zone is seen on pale paper."""
    return darkened_to(darkened_to(colour, PAPER), BUILDING)


def marker_inks(colour: str) -> tuple[str, str]:
    """(ring, letter) of a stop marker filled with `colour`: a white ring unless the fill
    is too pale to stand out from the paper by itself, and the letter that reads on it."""
    ring = "#ffffff" if contrast_ratio(colour, PAPER) >= GRAPHICS else darkened_to(colour, PAPER)
    return ring, readable_on(colour)


def _draw_parking_sign(painter, centre: QPointF, unit: float, colour: QColor) -> None:
    box = QRectF(centre.x() - unit * 0.6, centre.y() - unit * 0.6, unit * 1.2, unit * 1.2)
    painter.setPen(QPen(QColor("white"), unit * 0.12))
    painter.setBrush(QColor("#1f5fa8"))
    painter.drawRoundedRect(box, unit * 0.22, unit * 0.22)
    painter.setPen(QColor("white"))
    painter.setFont(document_font(unit * 0.9, bold=True, pixels=True))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "P")


def _draw_walks(painter, venue, project: _Projection, unit, routes=None) -> None:
    """Each stop's walk: along its route where there is one, else a straight dotted line."""
    destination = walking_destination(venue)
    if destination is None:
        return
    end = project(destination[0], destination[1])
    pen = QPen(
        QColor(ROUTE_COLOUR), unit * 0.32, Qt.PenStyle.CustomDashLine, Qt.PenCapStyle.RoundCap
    )
    pen.setDashPattern([0.1, 1.8])  # round dots: the usual sign of a footpath
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    routes = routes or [None] * len(venue.transit_options)
    for option, route in zip(venue.transit_options, routes, strict=False):
        if route is not None:
            painter.drawPolyline(QPolygonF([project(lat, lon) for lat, lon in route.points]))
            continue
        if option.stop_latitude is None or option.stop_longitude is None:
            continue
        painter.drawLine(project(option.stop_latitude, option.stop_longitude), end)


def _draw_step_pins(painter, venue, project: _Projection, placer, unit) -> None:
    """Numbered markers where the written walking steps happen, matching their numbers."""
    font = document_font(unit * 0.7, bold=True, pixels=True)
    radius = unit * 0.5
    for option in venue.transit_options:
        for number, point in enumerate(option.step_points, start=1):
            if point is None or number > len(option.steps):
                continue
            at = project(point[0], point[1])
            painter.setPen(QPen(QColor(ROUTE_COLOUR), unit * 0.12))
            painter.setBrush(QColor("white"))
            painter.drawEllipse(at, radius, radius)
            box = QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius)
            painter.setPen(QColor(ROUTE_COLOUR))
            painter.setFont(font)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(number))
            placer.block(box)


def _draw_markers(painter, venue, project: _Projection, placer, unit, lang) -> None:
    bold = document_font(unit * 0.85, bold=True, pixels=True)
    regular = document_font(unit * 0.75, pixels=True)
    for option in venue.transit_options:
        if option.stop_latitude is None or option.stop_longitude is None:
            continue
        at = project(option.stop_latitude, option.stop_longitude)
        letter, colour = _MODE_MARK[TransitMode(option.mode)]
        radius = unit * 0.75
        ring, letter_ink = marker_inks(colour)
        painter.setPen(QPen(QColor(ring), unit * 0.14))
        painter.setBrush(QColor(colour))
        painter.drawEllipse(at, radius, radius)
        painter.setPen(QColor(letter_ink))
        painter.setFont(document_font(unit * 0.95, bold=True, pixels=True))
        painter.drawText(
            QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius),
            Qt.AlignmentFlag.AlignCenter,
            letter,
        )
        placer.block(QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius))
        line = f" ({option.line})" if option.line else ""
        placer.queue(at, radius, f"{option.stop_name}{line}", bold, "#2b3036")
    for entrance in venue.entrances:
        if entrance.latitude is None or entrance.longitude is None:
            continue
        at = project(entrance.latitude, entrance.longitude)
        box = QRectF(at.x() - unit * 0.5, at.y() - unit * 0.5, unit, unit)
        painter.setPen(QPen(QColor(VENUE_COLOUR), unit * 0.14))
        painter.setBrush(QColor("white"))
        painter.drawRect(box)
        if entrance.step_free:
            painter.setPen(QColor(VENUE_COLOUR))
            painter.setFont(document_font(unit * 0.8, bold=True, pixels=True))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "\u267f")
        placer.block(box)
        name = entrance.name or t("map_entrance", lang)
        label = f"{name} ({t('map_step_free', lang)})" if entrance.step_free else name
        placer.queue(at, unit * 0.5, label, regular, VENUE_COLOUR)
    if venue.has_coordinates:
        at = project(venue.latitude, venue.longitude)
        box = QRectF(at.x() - unit * 0.65, at.y() - unit * 0.65, unit * 1.3, unit * 1.3)
        painter.setPen(QPen(QColor("white"), unit * 0.16))
        painter.setBrush(QColor(VENUE_COLOUR))
        painter.drawRoundedRect(box, unit * 0.2, unit * 0.2)
        placer.block(box)
        placer.queue(
            at,
            unit * 0.65,
            venue.name,
            document_font(unit * 1.0, bold=True, pixels=True),
            VENUE_COLOUR,
            first=True,
        )
    placer.draw(painter, _halo_text)


def _draw_north_arrow(painter, tip_base: QPointF, unit: float) -> None:
    x, y = tip_base.x(), tip_base.y()
    left = QPolygonF(
        [
            QPointF(x, y - unit * 1.3),
            QPointF(x - unit * 0.55, y + unit * 0.6),
            QPointF(x, y + unit * 0.25),
        ]
    )
    right = QPolygonF(
        [
            QPointF(x, y - unit * 1.3),
            QPointF(x + unit * 0.55, y + unit * 0.6),
            QPointF(x, y + unit * 0.25),
        ]
    )
    painter.setPen(QPen(QColor("#2b3036"), unit * 0.08))
    painter.setBrush(QColor("#2b3036"))
    painter.drawPolygon(left)
    painter.setBrush(QColor("white"))
    painter.drawPolygon(right)
    _halo_text(
        painter,
        QPointF(x - unit * 0.38, y - unit * 1.55),
        "N",
        document_font(unit * 1.0, bold=True, pixels=True),
        "#2b3036",
    )


def _draw_scale_bar(painter, px_per_m: float, origin: QPointF, max_px: float, unit: float) -> None:
    metres = nice_distance(max_px / px_per_m)
    length = metres * px_per_m
    x, y = origin.x(), origin.y()
    half = length / 2
    painter.setPen(QPen(QColor("#2b3036"), unit * 0.08))
    painter.setBrush(QColor("#2b3036"))
    painter.drawRect(QRectF(x, y - unit * 0.3, half, unit * 0.3))
    painter.setBrush(QColor("white"))
    painter.drawRect(QRectF(x + half, y - unit * 0.3, half, unit * 0.3))
    text = f"{metres / 1000:g} km" if metres >= 1000 else f"{metres:g} m"
    _halo_text(
        painter,
        QPointF(x + length + unit * 0.4, y),
        text,
        document_font(unit * 0.75, pixels=True),
        "#2b3036",
    )
    _halo_text(
        painter,
        QPointF(x - unit * 0.1, y - unit * 0.55),
        "0",
        document_font(unit * 0.6, pixels=True),
        "#2b3036",
    )


def _draw_locator(painter, venue: Venue, rect: QRectF, unit: float, lang: str) -> None:
    """Denmark with the venue marked: for a venue with no stops, entrances or zones."""
    to_px, deg_px = draw_denmark(painter, rect, denmark_outline(), unit * 0.12)
    at = to_px(venue.latitude, venue.longitude)
    painter.setPen(QPen(QColor("white"), unit * 0.16))
    painter.setBrush(QColor("#c8102e"))
    painter.drawEllipse(at, unit * 0.7, unit * 0.7)
    placer = LabelPlacer(rect)
    placer.block(QRectF(at.x() - unit * 0.7, at.y() - unit * 0.7, unit * 1.4, unit * 1.4))
    placer.queue(
        at, unit * 0.7, venue.name, document_font(unit * 1.1, bold=True, pixels=True), VENUE_COLOUR
    )
    placer.draw(painter, _halo_text)
    _draw_north_arrow(painter, QPointF(rect.right() - unit * 2.2, unit * 2.4), unit)
    _draw_scale_bar(
        painter,
        deg_px / EARTH_M_PER_DEG,
        QPointF(unit * 1.2, rect.bottom() - unit * 1.4),
        rect.width() * 0.22,
        unit,
    )
    small = document_font(unit * 0.62, pixels=True)
    notes = [t("map_attribution", lang)]
    if venue.coordinates_approximate:
        notes.append(t("map_approximate", lang))
    _halo_text(painter, QPointF(unit * 1.2, unit * 1.3), " ".join(notes), small, "#4a5560")
