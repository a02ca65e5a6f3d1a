"""Derive resources/geodata/denmark.json (the handout map's inset) from Natural Earth data.

The input is `countries-50m.json` of the npm package world-atlas 2.0.2, a TopoJSON
redistribution of Natural Earth 4.1.0 Admin 0 boundaries at 1:50m (public domain). Get it with
`npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz`, then run:

    python scripts/derive_denmark_outline.py package/countries-50m.json resources/geodata/denmark.json

Only this derived, simplified JSON is committed; the script needs nothing but the standard
library, so anyone can check that the committed file comes from the public data.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

# The inset's frame (west, south, east, north) in degrees: Denmark with Bornholm, and enough
# of the neighbours' coasts to place it.
BBOX = (7.6, 54.45, 15.4, 57.9)
DENMARK, NEIGHBOURS = "Denmark", ("Sweden", "Germany", "Norway", "Poland")
# Douglas-Peucker tolerance in degrees (about 0.4 km north-south); fine for a 4 cm inset.
TOLERANCE = 0.004
# Rings smaller than this (square degrees, about 2 km²) vanish at inset size.
MIN_AREA = 0.0008


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """The topology's arcs as lists of (lon, lat): undo the quantization and delta coding."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs: list, indices: list[int]) -> list[tuple[float, float]]:
    """One closed ring from arc indices; ~i means arc i reversed (TopoJSON's convention)."""
    points: list[tuple[float, float]] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        # Consecutive arcs share their joining point; keep it once.
        points.extend(arc[1:] if points else arc)
    return points


def polygons(arcs: list, geometry: dict) -> list[list[list[tuple[float, float]]]]:
    if geometry["type"] == "Polygon":
        return [[ring(arcs, r) for r in geometry["arcs"]]]
    if geometry["type"] == "MultiPolygon":
        return [[ring(arcs, r) for r in poly] for poly in geometry["arcs"]]
    return []


def area(points: list[tuple[float, float]]) -> float:
    return (
        abs(
            sum(
                x1 * y2 - x2 * y1
                for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=False)
            )
        )
        / 2
    )


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker on an open polyline (iterative, so long coasts need no deep recursion)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        length2 = dx * dx + dy * dy
        worst, worst_at = 0.0, None
        for i in range(first + 1, last):
            px, py = points[i]
            if length2 == 0:
                dist2 = (px - x1) ** 2 + (py - y1) ** 2
            else:
                t = max(0.0, min(1.0, ((px - x1) * dx + (py - y1) * dy) / length2))
                dist2 = (px - x1 - t * dx) ** 2 + (py - y1 - t * dy) ** 2
            if dist2 > worst:
                worst, worst_at = dist2, i
        if worst_at is not None and worst > tolerance * tolerance:
            keep[worst_at] = True
            stack += [(first, worst_at), (worst_at, last)]
    return [p for p, k in zip(points, keep, strict=False) if k]


def clip(points: list[tuple[float, float]], bbox) -> list[tuple[float, float]]:
    """Sutherland-Hodgman clipping of a ring to the frame (for the neighbours' coasts)."""
    west, south, east, north = bbox
    edges = [
        (lambda p: p[0] >= west, lambda a, b: _at_x(a, b, west)),
        (lambda p: p[0] <= east, lambda a, b: _at_x(a, b, east)),
        (lambda p: p[1] >= south, lambda a, b: _at_y(a, b, south)),
        (lambda p: p[1] <= north, lambda a, b: _at_y(a, b, north)),
    ]
    for inside, cross in edges:
        if not points:
            break
        out = []
        for current, previous in zip(points, points[-1:] + points[:-1], strict=False):
            if inside(current):
                if not inside(previous):
                    out.append(cross(previous, current))
                out.append(current)
            elif inside(previous):
                out.append(cross(previous, current))
        points = out
    return points


def _at_x(a, b, x):
    t = (x - a[0]) / (b[0] - a[0])
    return (x, a[1] + t * (b[1] - a[1]))


def _at_y(a, b, y):
    t = (y - a[1]) / (b[1] - a[1])
    return (a[0] + t * (b[0] - a[0]), y)


def outline(arcs, geometry, bbox=None) -> list[list[list[float]]]:
    """The outer rings of a country, simplified, clipped if bbox is given, rounded to 4 decimals."""
    rings = []
    for polygon in polygons(arcs, geometry):
        outer = polygon[0]  # holes (lakes) do not show at inset size
        if bbox is not None:
            outer = clip(outer, bbox)
        if len(outer) < 3 or area(outer) < MIN_AREA:
            continue
        simple = simplify(outer + [outer[0]], TOLERANCE)[:-1]
        if len(simple) >= 3:
            rings.append([[round(x, 4), round(y, 4)] for x, y in simple])
    return rings


def derive(topology: dict) -> dict:
    arcs = decode_arcs(topology)
    by_name = {
        g.get("properties", {}).get("name"): g
        for g in topology["objects"]["countries"]["geometries"]
    }
    if DENMARK not in by_name:
        raise SystemExit("The input has no country named Denmark; is it world-atlas countries?")
    return {
        "description": "Simplified outline of Denmark and its neighbours' coasts for the "
        "handout map's inset; rings of [longitude, latitude] in degrees (WGS 84).",
        "source": "Natural Earth 1:50m Admin 0 countries, version 4.1.0, via the world-atlas "
        "2.0.2 TopoJSON redistribution. Public domain (naturalearthdata.com).",
        "derived_by": "scripts/derive_denmark_outline.py",
        "bbox": list(BBOX),
        "denmark": outline(arcs, by_name[DENMARK]),
        "neighbours": [
            ring
            for name in NEIGHBOURS
            if name in by_name
            for ring in outline(arcs, by_name[name], BBOX)
        ],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topojson", type=Path, help="world-atlas countries-50m.json")
    parser.add_argument("output", type=Path, help="where to write denmark.json")
    args = parser.parse_args(argv)
    data = derive(json.loads(args.topojson.read_text(encoding="utf-8")))
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.output.with_suffix(".tmp")
    tmp.write_text(text + "\n", encoding="utf-8")
    tmp.replace(args.output)
    points = sum(len(r) for r in data["denmark"])
    print(
        f"{args.output}: {len(data['denmark'])} Danish rings, {points} points; "
        f"{len(data['neighbours'])} neighbour rings",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
