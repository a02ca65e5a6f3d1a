"""The QObject a map page talks to through QWebChannel; every message is checked before use.

The page sends one JSON text per message to `post()`. Anything malformed (not JSON,
an unknown type, a missing field, a coordinate off the globe) is ignored with one log
line: a page must never be able to crash the app or put nonsense into a project.
"""

from __future__ import annotations

import json
import logging
import math

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

POINT_KINDS = ("venue", "entrance", "stop")
MODES = ("idle", "place", "draw")
MAX_MESSAGE = 100_000
MAX_CORNERS = 500
# Signals carry a Qt int; a larger number would overflow in emit().
MAX_WHOLE = 2**31 - 1


class BadMessage(ValueError):
    pass


def _number(message: dict, name: str, low: float, high: float) -> float:
    value = message.get(name)
    # bool is an int in Python, and JSON true must not become a latitude of 1.
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise BadMessage(f"{name} is not a number")
    if not low <= value <= high:
        raise BadMessage(f"{name} {value} is outside {low}..{high}")
    return float(value)


def _whole(message: dict, name: str, low: int) -> int:
    value = message.get(name)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= MAX_WHOLE:
        raise BadMessage(f"{name} is not a whole number from {low} to {MAX_WHOLE}")
    return value


def _shown(value) -> str:
    """A short text for a log line: a page may send a huge or deeply nested value."""
    return repr(value[:40]) if isinstance(value, str) else type(value).__name__


def _corner(value) -> list[float]:
    if not isinstance(value, list) or len(value) != 2:
        raise BadMessage("a corner is not a [lat, lon] pair")
    pair = {"lat": value[0], "lon": value[1]}
    return [_number(pair, "lat", -90, 90), _number(pair, "lon", -180, 180)]


def _corners(message: dict) -> list[list[float]]:
    value = message.get("corners")
    if not isinstance(value, list) or not 3 <= len(value) <= MAX_CORNERS:
        raise BadMessage(f"corners must be a list of 3 to {MAX_CORNERS} points")
    return [_corner(c) for c in value]


def _point(message: dict) -> tuple[str, int, float, float]:
    kind = message.get("kind")
    if kind not in POINT_KINDS:
        raise BadMessage(f"unknown kind {_shown(kind)}")
    return (
        kind,
        _whole(message, "index", -1),
        _number(message, "lat", -90, 90),
        _number(message, "lon", -180, 180),
    )


class MapBridge(QObject):
    """Registered on the page's QWebChannel as `bridge`.

    Signals: ready(), mode_changed(str mode), zone_progress(int corners),
    point_placed(str kind, int index, float lat, float lon) (index -1: a new one),
    marker_moved(str kind, int index, float lat, float lon), zone_drawn(list corners),
    zone_edited(int index, list corners), venue_clicked(int venue_id),
    waypoint_moved(int option, float lat, float lon),
    step_pinned(int option, int step, float lat, float lon) (step from 1).
    """

    ready = Signal()
    mode_changed = Signal(str)
    zone_progress = Signal(int)
    point_placed = Signal(str, int, float, float)
    marker_moved = Signal(str, int, float, float)
    zone_drawn = Signal(list)
    zone_edited = Signal(int, list)
    venue_clicked = Signal(int)
    waypoint_moved = Signal(int, float, float)
    step_pinned = Signal(int, int, float, float)

    @Slot(str)
    def post(self, text) -> None:
        try:
            self._dispatch(self._parse(text))
        except BadMessage as exc:
            shown = text[:200] if isinstance(text, str) else type(text).__name__
            log.warning("Map page message ignored (%s): %s", exc, shown)

    @staticmethod
    def _parse(text) -> dict:
        if not isinstance(text, str) or len(text) > MAX_MESSAGE:
            raise BadMessage("not a text of acceptable size")
        try:
            message = json.loads(text)
        except ValueError:
            raise BadMessage("not JSON") from None
        except RecursionError:  # json parses nested arrays by recursion
            raise BadMessage("nested too deeply") from None
        if not isinstance(message, dict):
            raise BadMessage("not an object")
        return message

    def _dispatch(self, message: dict) -> None:
        kind = message.get("type")
        if kind == "ready":
            self.ready.emit()
        elif kind == "mode":
            if message.get("mode") not in MODES:
                raise BadMessage(f"unknown mode {_shown(message.get('mode'))}")
            self.mode_changed.emit(message["mode"])
        elif kind == "zone_progress":
            self.zone_progress.emit(_whole(message, "corners", 0))
        elif kind == "point_placed":
            self.point_placed.emit(*_point(message))
        elif kind == "marker_moved":
            point = _point(message)
            if point[1] < 0:
                raise BadMessage("a moved marker needs an index")
            self.marker_moved.emit(*point)
        elif kind == "zone_drawn":
            self.zone_drawn.emit(_corners(message))
        elif kind == "zone_edited":
            self.zone_edited.emit(_whole(message, "index", 0), _corners(message))
        elif kind == "venue_clicked":
            self.venue_clicked.emit(_whole(message, "id", 0))
        elif kind == "waypoint":
            self.waypoint_moved.emit(
                _whole(message, "index", 0),
                _number(message, "lat", -90, 90),
                _number(message, "lon", -180, 180),
            )
        elif kind == "step_pin":
            self.step_pinned.emit(
                _whole(message, "index", 0),
                _whole(message, "step", 1),
                _number(message, "lat", -90, 90),
                _number(message, "lon", -180, 180),
            )
        else:
            raise BadMessage(f"unknown message type {_shown(kind)}")
