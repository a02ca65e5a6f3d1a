"""The small map of Denmark in a handout map's corner, from resources/geodata/denmark.json."""

from __future__ import annotations

import json
import math
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPen, QPolygonF

from ..domain.venue import Venue
from ..paths import resource
from .document_pdf import document_font

SEA = "#dce9f2"
LAND = "#fbfaf6"
NEIGHBOUR = "#e6e2d8"
MARK = "#c8102e"


@lru_cache(maxsize=1)
def denmark_outline() -> dict:
    """The simplified Natural Earth outline in resources/geodata/denmark.json."""
    return json.loads(resource("geodata", "denmark.json").read_text(encoding="utf-8"))


def draw_denmark(painter, rect: QRectF, outline: dict, line: float):
    """Denmark and its neighbours' coasts fitted into rect; returns (to_px, pixels per degree
    of latitude). Neighbours are filled only: their outlines were clipped to the frame."""
    west, south, east, north = outline["bbox"]
    kx = math.cos(math.radians((south + north) / 2))
    scale = min(rect.width() / ((east - west) * kx), rect.height() / (north - south))
    ox = rect.center().x() - (east - west) * kx * scale / 2
    oy = rect.center().y() + (north - south) * scale / 2

    def to_px(lat: float, lon: float) -> QPointF:
        return QPointF(ox + (lon - west) * kx * scale, oy - (lat - south) * scale)

    painter.save()
    painter.setClipRect(rect)
    painter.fillRect(rect, QColor(SEA))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(NEIGHBOUR))
    for ring in outline["neighbours"]:
        painter.drawPolygon(QPolygonF([to_px(lat, lon) for lon, lat in ring]))
    painter.setPen(QPen(QColor("#7d8a97"), line))
    painter.setBrush(QColor(LAND))
    for ring in outline["denmark"]:
        painter.drawPolygon(QPolygonF([to_px(lat, lon) for lon, lat in ring]))
    painter.restore()
    return to_px, scale


def locator_aspect() -> float:
    """Width over height of the Denmark frame as drawn (a locator map image's shape)."""
    west, south, east, north = denmark_outline()["bbox"]
    return (east - west) * math.cos(math.radians((south + north) / 2)) / (north - south)


def draw_inset(painter, rect: QRectF, venue: Venue, unit: float, draw_text) -> None:
    """Denmark in `rect`, framed, with the venue as a red dot and the source named below;
    `draw_text(painter, baseline, text, font, colour)` writes the credit."""
    to_px, _ = draw_denmark(painter, rect, denmark_outline(), unit * 0.06)
    painter.setPen(QPen(QColor("#6b7785"), unit * 0.08))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)
    if venue.has_coordinates:
        at = to_px(venue.latitude, venue.longitude)
        painter.setPen(QPen(QColor("white"), unit * 0.1))
        painter.setBrush(QColor(MARK))
        painter.drawEllipse(at, unit * 0.42, unit * 0.42)
    draw_text(
        painter,
        QPointF(rect.left() + unit * 0.3, rect.bottom() + unit * 0.55 - 1),
        "Natural Earth",
        document_font(unit * 0.5, pixels=True),
        "#4a5560",
    )
