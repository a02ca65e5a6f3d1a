"""The stored surroundings drawn under the handout map: water, parks, parking, buildings (the
venue's own highlighted), railway and platforms, streets and paths, and street names along
their streets. Vector drawing on any painter, so it prints crisp at any resolution."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from ..domain.surroundings import Feature, Surroundings
from ..domain.venue import Venue
from .document_pdf import document_font

Project = Callable[[float, float], QPointF]

WATER = "#b9d3e6"
PARK = "#d4e6c3"
PARKING_AREA = "#e4e2dc"
BUILDING = "#dcd5c9"
BUILDING_EDGE = "#b5ab9b"
VENUE_BUILDING = "#9db7d5"
STREET = "#ffffff"
STREET_EDGE = "#b4aca0"
MAJOR = "#f6dfa3"
PATH = "#8a7f72"
RAIL = "#55595e"
PLATFORM = "#c9c5bd"
NAME_INK = "#4a4540"


def _polygon(feature: Feature, project: Project) -> QPolygonF:
    return QPolygonF([project(lat, lon) for lat, lon in feature.points])


def _path(feature: Feature, project: Project) -> QPainterPath:
    path = QPainterPath()
    points = [project(lat, lon) for lat, lon in feature.points]
    path.moveTo(points[0])
    for p in points[1:]:
        path.lineTo(p)
    return path


def venue_building(surroundings: Surroundings, venue: Venue) -> Feature | None:
    """The building the venue is in: the one holding its point or an entrance, else the
    nearest within about 40 m of its point."""
    point = venue.point
    spots = [p for p in (point, *(e.point for e in venue.entrances)) if p is not None]
    buildings = [f for f in surroundings.of_kind("building") if f.area]
    for building in buildings:
        polygon = QPolygonF([QPointF(lon, lat) for lat, lon in building.points])
        if any(
            polygon.containsPoint(QPointF(lon, lat), Qt.FillRule.OddEvenFill) for lat, lon in spots
        ):
            return building
    if point is None or not buildings:
        return None
    lat0, lon0 = point
    k = math.cos(math.radians(lat0))

    def distance(building: Feature) -> float:
        return min(
            math.hypot((lat - lat0) * 111_320, (lon - lon0) * 111_320 * k)
            for lat, lon in building.points
        )

    nearest = min(buildings, key=distance)
    return nearest if distance(nearest) <= 40 else None


def draw_surroundings(
    painter: QPainter, surroundings: Surroundings, venue: Venue, project: Project, unit: float
) -> None:
    """Everything but the names, from the ground up."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    for kind, colour in (("water", WATER), ("park", PARK), ("parking", PARKING_AREA)):
        painter.setBrush(QColor(colour))
        for f in surroundings.of_kind(kind):
            if f.area:
                painter.drawPolygon(_polygon(f, project))
    own = venue_building(surroundings, venue)
    for f in surroundings.of_kind("building"):
        if not f.area:
            continue
        mine = f is own
        painter.setPen(
            QPen(QColor("#1f4e79" if mine else BUILDING_EDGE), unit * (0.12 if mine else 0.05))
        )
        painter.setBrush(QColor(VENUE_BUILDING if mine else BUILDING))
        painter.drawPolygon(_polygon(f, project))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(PLATFORM))
    for f in surroundings.of_kind("platform"):
        if f.area:
            painter.drawPolygon(_polygon(f, project))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    streets = surroundings.of_kind("street")
    # Casing first, then the fill over it, so crossings join cleanly.
    for width, colour_of in (
        (0.62, lambda f: STREET_EDGE),
        (0.5, lambda f: MAJOR if f.major else STREET),
    ):
        for f in sorted(streets, key=lambda f: f.major):
            w = unit * (width * (1.45 if f.major else 1.0))
            painter.setPen(
                QPen(
                    QColor(colour_of(f)),
                    w,
                    Qt.PenStyle.SolidLine,
                    Qt.PenCapStyle.RoundCap,
                    Qt.PenJoinStyle.RoundJoin,
                )
            )
            painter.drawPath(_path(f, project))
    for f in surroundings.of_kind("footway"):
        pen = QPen(QColor(PATH), unit * (0.2 if f.steps else 0.09), Qt.PenStyle.DashLine)
        pen.setDashPattern([0.6, 1.2] if f.steps else [3, 2])  # stairs: short bars
        painter.setPen(pen)
        painter.drawPath(_path(f, project))
    for f in surroundings.of_kind("railway"):
        painter.setPen(
            QPen(QColor(RAIL), unit * 0.3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
        )
        painter.drawPath(_path(f, project))
        dashes = QPen(
            QColor("white"), unit * 0.16, Qt.PenStyle.CustomDashLine, Qt.PenCapStyle.FlatCap
        )
        dashes.setDashPattern([4, 4])
        painter.setPen(dashes)
        painter.drawPath(_path(f, project))
    # Stations and bus stops of the surroundings: small symbols (the venue's own stops,
    # with their names and lines, are drawn over them as markers).
    for f in surroundings.of_kind("station", "bus_stop"):
        at = project(*f.points[0])
        station = f.kind == "station"
        r = unit * (0.38 if station else 0.24)
        painter.setPen(QPen(QColor("white"), unit * 0.08))
        painter.setBrush(QColor(RAIL if station else "#b08a00"))
        if station:
            painter.drawRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r))
        else:
            painter.drawEllipse(at, r, r)
    painter.restore()


def _upright(angle: float) -> float:
    """A text angle turned so the text never reads upside down."""
    while angle > 90:
        angle -= 180
    while angle < -90:
        angle += 180
    return angle


def draw_street_names(
    painter: QPainter,
    surroundings: Surroundings,
    project: Project,
    unit: float,
    taken: list[QRectF],
    bounds: QRectF,
    halo: Callable,
) -> list[str]:
    """Each named street and path once, along its longest stretch in view, where the name
    fits the stretch and clears every label already placed; returns the names drawn."""
    font = document_font(unit * 0.62, pixels=True)
    metrics = QFontMetricsF(font)
    best: dict[str, QLineF] = {}
    for f in surroundings.of_kind("street", "footway"):
        if not f.name:
            continue
        points = [project(lat, lon) for lat, lon in f.points]
        for a, b in zip(points, points[1:], strict=False):
            line = QLineF(a, b)
            if not (bounds.contains(a) and bounds.contains(b)):
                continue
            if f.name not in best or line.length() > best[f.name].length():
                best[f.name] = line
    drawn = []
    for name, line in sorted(best.items(), key=lambda item: -item[1].length()):
        width = metrics.horizontalAdvance(name)
        if width > line.length() * 0.9:
            continue
        centre = line.center()
        angle = _upright(-line.angle())
        half = math.hypot(width, metrics.height()) / 2
        rect = QRectF(centre.x() - half, centre.y() - half * 0.45, 2 * half, half * 0.9)
        if abs(angle) > 45:
            rect = QRectF(centre.x() - half * 0.45, centre.y() - half, half * 0.9, 2 * half)
        if any(rect.intersects(other) for other in taken):
            continue
        taken.append(rect)
        painter.save()
        painter.translate(centre)
        painter.rotate(angle)
        halo(
            painter,
            QPointF(-width / 2, metrics.ascent() / 2 - metrics.descent() / 2),
            name,
            font,
            NAME_INK,
        )
        painter.restore()
        drawn.append(name)
    return drawn
