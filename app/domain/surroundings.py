"""What lies around a venue (streets, paths, railway, stops, buildings, parking, water, parks)
as plain data: kept in the project once fetched, so maps and walking routes work offline."""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

Point = tuple[float, float]  # (latitude, longitude)

# Every kind a feature may be; lines are drawn as lines, areas filled, points as symbols.
LINE_KINDS = ("street", "footway", "railway")
AREA_KINDS = ("building", "parking", "water", "park", "platform")
POINT_KINDS = ("station", "bus_stop")
KINDS = LINE_KINDS + AREA_KINDS + POINT_KINDS
DEFAULT_RADIUS_M = 800
EARTH_M_PER_DEG = 111_320.0
# Kept to 6 decimals (about 0.1 m) and simplified to within this many metres: a venue's
# surroundings then take tens of kilobytes, and no printed line moves visibly.
SIMPLIFY_M = 2.0


@dataclass(frozen=True)
class Feature:
    """One thing on the map. `major` marks a main road; `steps` a flight of stairs (a path
    a step-free route avoids); `area` a closed outline (a platform may be either)."""

    kind: str
    points: tuple[Point, ...]
    name: str = ""
    area: bool = False
    major: bool = False
    steps: bool = False


@dataclass
class Surroundings:
    """The features within `radius_m` of a point, and when and where they were fetched."""

    latitude: float
    longitude: float
    radius_m: int
    fetched_at: dt.datetime
    source: str
    features: list[Feature] = field(default_factory=list)

    def of_kind(self, *kinds: str) -> list[Feature]:
        return [f for f in self.features if f.kind in kinds]

    def covers(self, lat: float, lon: float) -> bool:
        """Whether a point lies within the fetched circle."""
        return metres_between((self.latitude, self.longitude), (lat, lon)) <= self.radius_m


def metres_between(a: Point, b: Point) -> float:
    """Distance in metres on a local flat projection (exact enough within a few km)."""
    kx = EARTH_M_PER_DEG * math.cos(math.radians((a[0] + b[0]) / 2))
    return math.hypot((b[1] - a[1]) * kx, (b[0] - a[0]) * EARTH_M_PER_DEG)


def simplify(points: Sequence[Point], tolerance_m: float = SIMPLIFY_M) -> list[Point]:
    """Douglas–Peucker: the fewest points that keep the line within `tolerance_m`."""
    if len(points) < 3:
        return list(points)
    lat0 = points[0][0]
    kx = EARTH_M_PER_DEG * math.cos(math.radians(lat0))
    xy = [(p[1] * kx, p[0] * EARTH_M_PER_DEG) for p in points]
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        ax, ay = xy[first]
        bx, by = xy[last]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        worst, at = 0.0, -1
        for i in range(first + 1, last):
            px, py = xy[i]
            if length == 0:
                d = math.hypot(px - ax, py - ay)
            else:
                d = abs(dy * px - dx * py + bx * ay - by * ax) / length
            if d > worst:
                worst, at = d, i
        if worst > tolerance_m and at > 0:
            keep[at] = True
            stack += [(first, at), (at, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def features_to_json(features: list[Feature]) -> str:
    """Compact JSON: {"v": 2, "f": [[kind, name, flags, lat, lon, dlat, dlon, ...], ...]},
    coordinates as whole millionths of a degree (about 0.1 m), each point after a feature's
    first as the step from the point before: small numbers, so a town centre's buildings
    and streets keep to tens of kilobytes."""
    rows = []
    for f in features:
        # A closed outline's last point repeats its first: left out, and flagged "c".
        closed = len(f.points) > 3 and f.points[0] == f.points[-1]
        points = f.points[:-1] if closed else f.points
        flags = "".join(
            c for c, on in (("a", f.area), ("m", f.major), ("s", f.steps), ("c", closed)) if on
        )
        coords: list[int] = []
        last = (0, 0)
        for lat, lon in points:
            here = (round(lat * 1_000_000), round(lon * 1_000_000))
            coords += [here[0] - last[0], here[1] - last[1]]
            last = here
        rows.append([f.kind, f.name, flags, *coords])
    return json.dumps({"v": 2, "f": rows}, ensure_ascii=False, separators=(",", ":"))


def _is_number(c: object) -> bool:
    return isinstance(c, (int, float)) and not isinstance(c, bool) and math.isfinite(c)


def features_from_json(text: str) -> list[Feature]:
    """The features of `features_to_json`; ValueError if the text is not of that shape."""
    data = json.loads(text)
    if not (isinstance(data, dict) and data.get("v") == 2 and isinstance(data.get("f"), list)):
        raise ValueError("surroundings: a list of features was expected")
    out = []
    for row in data["f"]:
        if not (
            isinstance(row, list)
            and len(row) >= 5
            and len(row) % 2 == 1
            and row[0] in KINDS
            and isinstance(row[1], str)
            and isinstance(row[2], str)
            and all(isinstance(c, int) and not isinstance(c, bool) for c in row[3:])
        ):
            raise ValueError("surroundings: a feature is not of the stored shape")
        points = []
        lat = lon = 0
        for dlat, dlon in zip(row[3::2], row[4::2], strict=True):
            lat, lon = lat + dlat, lon + dlon
            if not (-90_000_000 <= lat <= 90_000_000 and -180_000_000 <= lon <= 180_000_000):
                raise ValueError("surroundings: a point is off the globe")
            points.append((lat / 1_000_000, lon / 1_000_000))
        flags = row[2]
        if "c" in flags:
            points.append(points[0])
        out.append(Feature(row[0], tuple(points), row[1], "a" in flags, "m" in flags, "s" in flags))
    return out
