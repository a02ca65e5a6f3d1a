"""Walking routes along the stored streets and paths (networkx shortest paths), from each stop
to the venue's entrance: their real length and time replace the straight-line estimate."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..domain.surroundings import Point, Surroundings
from ..domain.venue import TransitOption, Venue
from ..domain.walking import DEFAULT_SPEED_KMH, WalkingEstimate, straight_distance_m

if TYPE_CHECKING:
    import networkx as nx

# A stop or entrance farther than this from every street or path is not routed: the map
# data does not reach it, and a route that starts with a long jump would mislead.
MAX_SNAP_M = 150.0
_M_PER_DEG = 111_320.0


@dataclass(frozen=True)
class Route:
    """A walk along streets and paths: its points (lat, lon) from start to end, its
    length, and whether stairs were kept out of it."""

    points: list[Point]
    length_m: float
    step_free: bool
    via: list[Point] = field(default_factory=list)

    def estimate(self, start: Point, end: Point, speed_kmh: float) -> WalkingEstimate:
        """The route as a walking estimate (minutes rounded up, at least 1)."""
        straight = straight_distance_m(start[0], start[1], end[0], end[1])
        minutes = max(1, math.ceil(self.length_m / (speed_kmh * 1000 / 60) - 1e-9))
        return WalkingEstimate(
            straight_m=round(straight),
            distance_m=round(self.length_m),
            minutes=minutes,
            speed_kmh=speed_kmh,
            detour=round(self.length_m / straight, 2) if straight else 1.0,
            along_streets=True,
        )


class WalkGraph:
    """The walkable network of some surroundings: an undirected graph whose nodes are
    (lat, lon) points and whose edges carry their length and whether they are stairs."""

    def __init__(self, graph: nx.Graph, lat0: float):
        self.graph = graph
        self._kx = _M_PER_DEG * math.cos(math.radians(lat0))
        # Edge ends in local metres, for finding the nearest edge to a point quickly.
        self._edges = [
            (a, b, self._xy(a), self._xy(b), d["steps"]) for a, b, d in graph.edges(data=True)
        ]

    @classmethod
    def from_surroundings(cls, surroundings: Surroundings) -> WalkGraph:
        # Imported here: networkx takes a quarter of a second to import, which a handout
        # without surroundings (and start-up) need not pay.
        import networkx as nx

        graph = nx.Graph()
        for feature in surroundings.of_kind("street", "footway"):
            for a, b in zip(feature.points, feature.points[1:], strict=False):
                if a == b:
                    continue
                length = _metres(a, b)
                old = graph.get_edge_data(a, b)
                if old is None or old["length"] > length:
                    graph.add_edge(a, b, length=length, steps=feature.steps)
        return cls(graph, surroundings.latitude)

    def _xy(self, p: Point) -> tuple[float, float]:
        return (p[1] * self._kx, p[0] * _M_PER_DEG)

    def _snap(
        self, point: Point, step_free: bool = False
    ) -> tuple[Point, Point, float, float] | None:
        """The nearest edge to `point` (not stairs, when `step_free`): its ends, how far
        along it (0..1) the nearest spot is, and the distance to that spot in metres; None
        if none is within MAX_SNAP_M."""
        px, py = self._xy(point)
        best = None
        for a, b, (ax, ay), (bx, by), steps in self._edges:
            if step_free and steps:
                continue
            dx, dy = bx - ax, by - ay
            span = dx * dx + dy * dy
            t = 0.0 if span == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / span))
            d = math.hypot(ax + t * dx - px, ay + t * dy - py)
            if best is None or d < best[3]:
                best = (a, b, t, d)
        if best is None or best[3] > MAX_SNAP_M:
            return None
        return best

    def route(
        self, start: Point, end: Point, *, step_free: bool = False, via: Sequence[Point] = ()
    ) -> Route | None:
        """The shortest walk from `start` to `end` passing `via` in order, over no stairs
        when `step_free`; None when a point is off the network or no way connects them."""
        stops = [start, *via, end]
        points: list[Point] = [start]
        total = 0.0
        for a, b in zip(stops, stops[1:], strict=False):
            leg = self._leg(a, b, step_free)
            if leg is None:
                return None
            total += leg[1]
            points += leg[0][1:]
        return Route(points, total, step_free, list(via))

    def _leg(self, start: Point, end: Point, step_free: bool) -> tuple[list[Point], float] | None:
        s, e = self._snap(start, step_free), self._snap(end, step_free)
        if s is None or e is None:
            return None
        graph = self.graph

        import networkx as nx

        def weight(a: object, b: object, data: dict[str, Any]) -> float | None:
            # None hides an edge from Dijkstra: stairs, on a step-free route.
            return None if step_free and data["steps"] else data["length"]

        # The two points join the graph for this search only, each tied to both ends of
        # its nearest edge at its distances along it.
        try:
            for name, (a, b, t, gap) in (("start", s), ("end", e)):
                length = graph[a][b]["length"]
                graph.add_edge(name, a, length=gap + t * length, steps=False)
                graph.add_edge(name, b, length=gap + (1 - t) * length, steps=False)
            if (s[0], s[1]) == (e[0], e[1]):  # both on one edge: straight along it
                along = abs(s[2] - e[2]) * graph[s[0]][s[1]]["length"]
                graph.add_edge("start", "end", length=s[3] + along + e[3], steps=False)
            try:
                length, path = nx.single_source_dijkstra(graph, "start", "end", weight=weight)
            except nx.NetworkXNoPath:
                return None
        finally:
            for name in ("start", "end"):
                if name in graph:
                    graph.remove_node(name)
        inner = [p for p in path if p not in ("start", "end")]
        return [start, *inner, end], float(length)


def _metres(a: Point, b: Point) -> float:
    kx = _M_PER_DEG * math.cos(math.radians((a[0] + b[0]) / 2))
    return math.hypot((b[1] - a[1]) * kx, (b[0] - a[0]) * _M_PER_DEG)


def route_destination(venue: Venue, step_free: bool) -> Point | None:
    """Where a route ends: a step-free entrance when asked (or else the first located
    entrance, step-free ones first), else the venue's point."""
    located = [e for e in venue.entrances if e.latitude is not None and e.longitude is not None]
    located.sort(key=lambda e: not e.step_free)
    if step_free:
        located = [e for e in located if e.step_free] or located
    if located:
        return (located[0].latitude, located[0].longitude)  # type: ignore[return-value]
    if venue.has_coordinates:
        return (venue.latitude, venue.longitude)  # type: ignore[return-value]
    return None


def option_route(graph: WalkGraph, venue: Venue, option: TransitOption) -> Route | None:
    """The walking route of one transit option, or None when it cannot be routed."""
    if option.stop_latitude is None or option.stop_longitude is None:
        return None
    end = route_destination(venue, option.route_step_free)
    if end is None:
        return None
    start = (option.stop_latitude, option.stop_longitude)
    return graph.route(
        start, end, step_free=option.route_step_free, via=list(option.route_waypoints)
    )


def venue_routes(venue: Venue, surroundings: Surroundings | None) -> list[Route | None]:
    """One route per transit option of `venue` (None where it cannot be routed)."""
    if not surroundings or not venue.transit_options:
        return [None] * len(venue.transit_options)
    graph = WalkGraph.from_surroundings(surroundings)
    return [option_route(graph, venue, option) for option in venue.transit_options]


def venue_walks(
    venue: Venue,
    surroundings: Surroundings | None,
    speed_kmh: float = DEFAULT_SPEED_KMH,
    routes: list[Route | None] | None = None,
) -> list[WalkingEstimate | None]:
    """Per transit option, the walk along its route at `speed_kmh`, or None where there is
    no route (the documents then fall back to the straight-line estimate)."""
    routes = venue_routes(venue, surroundings) if routes is None else routes
    out: list[WalkingEstimate | None] = []
    for route in routes:
        if route is None:
            out.append(None)
            continue
        out.append(route.estimate(route.points[0], route.points[-1], speed_kmh))
    return out
