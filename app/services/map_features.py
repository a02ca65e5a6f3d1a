"""What a map shows, as plain data: markers, walking routes, parking zones, legend and notes.

Built from domain objects with no HTML in it; map_html turns it into a folium page
and the map view sends its positions to a page already shown (`geometry()`), so a
moved marker does not rebuild the page while `structure()` stays the same.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..domain import Event, GuestParking, TransitMode, Venue
from ..domain.map_focus import MapFocus
from ..domain.surroundings import Surroundings
from ..domain.walking import propose_walk, walking_destination
from .map_text import ENGLISH_OSM_CREDIT, MapText

# Zone colours as coordinators write them, in English or Danish.
COLOURS = {
    "yellow": "#f2c200",
    "gul": "#f2c200",
    "blue": "#2f6fd6",
    "blå": "#2f6fd6",
    "grey": "#8a8f98",
    "gray": "#8a8f98",
    "grå": "#8a8f98",
    "green": "#2e9e4f",
    "grøn": "#2e9e4f",
    "red": "#d63a3a",
    "rød": "#d63a3a",
    "orange": "#f08c1a",
    "purple": "#8e44ad",
    "lilla": "#8e44ad",
    "pink": "#e75fa8",
    "lyserød": "#e75fa8",
    "brown": "#8d5a2b",
    "brun": "#8d5a2b",
    "black": "#333333",
    "sort": "#333333",
    "white": "#f4f4f4",
    "hvid": "#f4f4f4",
    "turquoise": "#1aa3a3",
    "turkis": "#1aa3a3",
}
DEFAULT_ZONE_COLOUR = "#6b7280"
_HEX = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")

OSM_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = ENGLISH_OSM_CREDIT

MODE_GLYPHS = {
    TransitMode.S_TRAIN: "S",
    TransitMode.REGIONAL_TRAIN: "R",
    TransitMode.METRO: "M",
    TransitMode.LIGHT_RAIL: "L",
    TransitMode.BUS: "B",
    TransitMode.FERRY: "F",
}


def zone_colour(name: str) -> str:
    """A CSS colour for a zone's colour name; only known names and #hex reach the page."""
    text = (name or "").strip()
    if _HEX.fullmatch(text):
        return text.lower()
    return COLOURS.get(text.casefold(), DEFAULT_ZONE_COLOUR)


# A tile URL reaches the map page's HTML (its CSP) and script: only a plain http(s) URL
# passes, a host of letters, digits, dots and dashes (with an optional `{s}.` subdomain,
# which the CSP turns into `*.`) and a path without quotes, spaces, backslashes or markup.
_TILE_URL = re.compile(
    r"https?://(?:\{s\}\.)?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?::[0-9]{1,5})?"
    r"/[A-Za-z0-9\-._~/{}%!$&()*+,;=:@?]*",
    re.ASCII,
)


def tile_url_problem(url: str) -> str | None:
    """Why `url` cannot be a tile server, in one line; None when it can."""
    if _TILE_URL.fullmatch(url) and all(p in url for p in ("{z}", "{x}", "{y}")):
        return None
    return (
        f"Tile URL {url!r}: expected http(s)://host/…{{z}}/{{x}}/{{y}}… "
        "(no spaces, quotes, backslashes or angle brackets)"
    )


@dataclass(frozen=True)
class TileSource:
    """Where background tiles come from; `attribution` may hold plain text and <a> links."""

    url: str = OSM_TILE_URL
    attribution: str = OSM_ATTRIBUTION
    max_zoom: int = 19

    def __post_init__(self):
        problem = tile_url_problem(self.url)
        if problem:
            raise ValueError(problem)

    @property
    def origin(self) -> str:
        """The tile server as a CSP source, `{s}` subdomains as a wildcard."""
        parts = urlsplit(self.url)
        return f"{parts.scheme}://{parts.netloc.replace('{s}', '*')}"


@dataclass
class MarkerFeature:
    kind: str  # "venue", "entrance" or "stop"
    index: int  # position in the venue's list (entrances, transit options) or catalogue
    lat: float
    lon: float
    title: str
    lines: list[str] = field(default_factory=list)
    glyph: str = ""
    venue_id: int | None = None

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.index}"


@dataclass
class ZoneFeature:
    index: int
    corners: list[tuple[float, float]]
    title: str
    lines: list[str]
    colour: str
    guests: str  # a GuestParking value

    @property
    def is_polygon(self) -> bool:
        return len(self.corners) >= 3


@dataclass
class RouteFeature:
    index: int  # the transit option's position
    start: str  # marker keys the line runs between
    end: str
    points: list[tuple[float, float]]
    title: str
    lines: list[str]
    # Where the route's drag handle sits (its waypoint, else its middle; None: no street
    # route to drag), and [step number, lat, lon, pinned?] for each written step.
    handle: tuple[float, float] | None = None
    pins: list[list] = field(default_factory=list)


@dataclass
class LegendItem:
    symbol: str  # "venue", "entrance", "stop", "route" or "zone"
    label: str
    colour: str = ""
    guests: str = ""


@dataclass
class MapFeatures:
    heading: str = ""
    markers: list[MarkerFeature] = field(default_factory=list)
    zones: list[ZoneFeature] = field(default_factory=list)
    routes: list[RouteFeature] = field(default_factory=list)
    legend: list[LegendItem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # The stored surroundings as plain data for the page (`streets_layer`), drawn under
    # the background tiles so they show where the tiles do not.
    streets: dict | None = None

    def points(self) -> list[tuple[float, float]]:
        found = [(m.lat, m.lon) for m in self.markers]
        for zone in self.zones:
            found.extend(zone.corners)
        return found

    def bounds(self) -> list[list[float]] | None:
        """[[south, west], [north, east]] around every feature, or None if nothing is placed."""
        points = self.points()
        if not points:
            return None
        lats, lons = [p[0] for p in points], [p[1] for p in points]
        return [[min(lats), min(lons)], [max(lats), max(lons)]]

    def geometry(self) -> dict:
        """Positions (and position-dependent route texts) for a page already shown."""
        return {
            "markers": {m.key: [m.lat, m.lon] for m in self.markers},
            "zones": {str(z.index): [list(c) for c in z.corners] for z in self.zones},
            "routes": {
                str(r.index): {
                    "points": [list(p) for p in r.points],
                    "title": r.title,
                    "lines": r.lines,
                    "handle": list(r.handle) if r.handle else None,
                    "pins": r.pins,
                }
                for r in self.routes
            },
        }

    def structure(self) -> tuple:
        """Everything but positions: equal structures let the page be updated in place."""
        return (
            self.heading,
            tuple(self.notes),
            tuple((i.symbol, i.label, i.colour, i.guests) for i in self.legend),
            tuple(
                (m.kind, m.index, m.title, tuple(m.lines), m.glyph, m.venue_id)
                for m in self.markers
            ),
            tuple(
                (z.index, z.title, tuple(z.lines), z.colour, z.guests, z.is_polygon)
                for z in self.zones
            ),
            tuple((r.index, r.start, r.end, r.handle is None, len(r.pins)) for r in self.routes),
            (self.streets or {}).get("key"),
        )


def _guests_label(guests: GuestParking, texts: MapText) -> str:
    return {
        GuestParking.YES: texts.parking_yes,
        GuestParking.NO: texts.parking_no,
        GuestParking.PERMIT: texts.parking_permit,
    }[GuestParking(guests)]


def _capacity(venue: Venue, texts: MapText) -> str:
    largest = venue.largest_capacity
    return texts.capacity.format(count=largest) if largest else texts.capacity_unknown


def _zone_lines(zone, texts: MapText) -> list[str]:
    lines = [_guests_label(zone.guests, texts)]
    if zone.spaces is not None:
        lines.append(texts.spaces.format(count=zone.spaces))
    if zone.accessible_spaces:
        lines.append(texts.accessible_spaces.format(count=zone.accessible_spaces))
    if zone.ev_chargers:
        lines.append(texts.ev_chargers.format(count=zone.ev_chargers))
    if zone.time_limit:
        lines.append(texts.time_limit.format(text=zone.time_limit))
    if zone.fee:
        lines.append(texts.fee.format(text=zone.fee))
    return lines + ([zone.notes] if zone.notes else [])


def _along(points: list[tuple[float, float]], share: float) -> tuple[float, float]:
    """The point `share` (0..1) of the way along a line (in degrees: enough for a handle)."""
    legs = [math.dist(a, b) for a, b in zip(points, points[1:], strict=False)]
    left = sum(legs) * share
    for (a, b), leg in zip(zip(points, points[1:], strict=False), legs, strict=True):
        if left <= leg and leg > 0:
            t = left / leg
            return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
        left -= leg
    return points[-1]


def _pins(option, points: list[tuple[float, float]]) -> list[list]:
    """Each written step's pin: where it was pinned, else spread along the walk to be
    dragged into place."""
    count = len([s for s in option.steps if s.strip()])
    out = []
    for n in range(1, count + 1):
        pinned = option.step_points[n - 1] if n - 1 < len(option.step_points) else None
        at = pinned or _along(points, n / (count + 1))
        out.append([n, at[0], at[1], pinned is not None])
    return out


def streets_layer(surroundings: Surroundings) -> dict:
    """The surroundings as the page draws them: areas and lines of [lat, lon] points."""
    areas = [
        [f.kind, [list(p) for p in f.points]]
        for f in surroundings.features
        if f.area and f.kind in ("water", "park", "parking", "building", "platform")
    ]
    lines = [
        [
            f.kind + ("-major" if f.major else "") + ("-steps" if f.steps else ""),
            [list(p) for p in f.points],
        ]
        for f in surroundings.features
        if not f.area and f.kind in ("street", "footway", "railway")
    ]
    key = f"{surroundings.fetched_at.isoformat()}|{len(areas)}|{len(lines)}"
    return {"areas": areas, "lines": lines, "key": key}


def _walk_lines(venue: Venue, option, texts: MapText, measured=None) -> list[str]:
    lines = []
    if option.walking_minutes:
        lines.append(texts.walk_minutes.format(minutes=option.walking_minutes))
    elif not venue.coordinates_approximate:
        # Minutes measured from a guessed point would be an invented fact (issue 17).
        estimate = measured or propose_walk(venue, option, speed_kmh=texts.walking_speed_kmh)
        if estimate is not None:
            lines.append(
                texts.walk_estimate.format(metres=estimate.distance_m, minutes=estimate.minutes)
            )
    return lines + ([option.walking_note] if option.walking_note else [])


def _destination_key(venue: Venue) -> str | None:
    destination = walking_destination(venue)
    if destination is None:
        return None
    for i, entrance in enumerate(venue.entrances):
        if (entrance.latitude, entrance.longitude, entrance.name) == destination:
            return f"entrance:{i}"
    return "venue:0"


def venue_features(
    venue: Venue,
    texts: MapText,
    heading: str = "",
    surroundings: Surroundings | None = None,
) -> MapFeatures:
    """The map of one venue: the venue, its entrances, stops, walking routes and parking;
    with stored surroundings, their streets (under the tiles) and routes along them."""
    f = MapFeatures(heading=heading or venue.name)
    routes: list = [None] * len(venue.transit_options)
    if surroundings:
        from .walking_routes import venue_routes

        f.streets = streets_layer(surroundings)
        routes = venue_routes(venue, surroundings)
    if (point := venue.point) is not None:
        lines = [venue.address_line] if venue.address_line else []
        lines.append(_capacity(venue, texts))
        if venue.coordinates_approximate:
            lines.append(texts.approximate)
        f.markers.append(
            MarkerFeature(
                "venue",
                0,
                *point,
                venue.name or texts.venue,
                lines,
                "",
                venue.id,
            )
        )
    else:
        f.notes.append(texts.no_coordinates.format(name=venue.name or texts.venue))
    for i, e in enumerate(venue.entrances):
        if (point := e.point) is not None:
            lines = ([texts.step_free] if e.step_free else []) + ([e.notes] if e.notes else [])
            f.markers.append(MarkerFeature("entrance", i, *point, e.name or texts.entrance, lines))
    destination = _destination_key(venue)
    for i, option in enumerate(venue.transit_options):
        stop = option.stop_point
        if stop is None:
            continue
        service = " ".join(p for p in (texts.mode(option.mode), option.line) if p)
        lines = [f"{service} → {option.direction}" if option.direction else service]
        title = option.stop_name or texts.stop
        f.markers.append(
            MarkerFeature(
                "stop",
                i,
                *stop,
                title,
                lines,
                MODE_GLYPHS.get(option.mode, ""),
            )
        )
        if destination is not None:
            end = next(m for m in f.markers if m.key == destination)
            route = routes[i]
            measured = (
                route.estimate(route.points[0], route.points[-1], texts.walking_speed_kmh)
                if route is not None
                else None
            )
            points = list(route.points) if route is not None else [stop, (end.lat, end.lon)]
            handle = None
            if route is not None:
                handle = (
                    option.route_waypoints[0] if option.route_waypoints else _along(points, 0.5)
                )
            f.routes.append(
                RouteFeature(
                    i,
                    f"stop:{i}",
                    destination,
                    points,
                    f"{title} → {end.title}",
                    _walk_lines(venue, option, texts, measured),
                    handle,
                    _pins(option, points),
                )
            )
    for i, zone in enumerate(venue.parking_zones):
        if zone.geometry:
            f.zones.append(
                ZoneFeature(
                    i,
                    [(c[0], c[1]) for c in zone.geometry],
                    zone.name or zone.colour,
                    _zone_lines(zone, texts),
                    zone_colour(zone.colour),
                    GuestParking(zone.guests).value,
                )
            )
    kinds = {m.kind for m in f.markers}
    # Under an event's title the legend names the venue; under the venue's own name, no need.
    venue_label = (
        texts.venue if f.heading == venue.name or not venue.name else f"{texts.venue}: {venue.name}"
    )
    for kind, label in (("venue", venue_label), ("entrance", texts.entrance), ("stop", texts.stop)):
        if kind in kinds:
            f.legend.append(LegendItem(kind, label))
    if f.routes:
        f.legend.append(LegendItem("route", texts.route))
    for feature in f.zones:
        f.legend.append(
            LegendItem(
                "zone", f"{feature.title}: {feature.lines[0]}", feature.colour, feature.guests
            )
        )
    return f


def event_features(
    event: Event, venue: Venue | None, texts: MapText, surroundings: Surroundings | None = None
) -> MapFeatures:
    """The map of an event: its venue's map under the event's title."""
    if venue is None:
        return MapFeatures(heading=event.title, notes=[texts.no_venue])
    return venue_features(venue, texts, event.title or venue.name, surroundings)


def overview_features(venues: list[Venue], texts: MapText) -> MapFeatures:
    """The catalogue: one marker per venue with name, city and largest capacity."""
    f = MapFeatures()
    missing = 0
    for i, venue in enumerate(venues):
        point = venue.point
        if point is None:
            missing += 1
            continue
        lines = [p for p in (venue.city, _capacity(venue, texts)) if p]
        f.markers.append(
            MarkerFeature(
                "venue",
                i,
                *point,
                venue.name or texts.venue,
                lines,
                "",
                venue.id,
            )
        )
    if f.markers:
        f.legend.append(LegendItem("venue", texts.venue))
    if missing:
        f.notes.append(texts.venues_missing.format(count=missing))
    return f


@dataclass(frozen=True)
class PageOptions:
    """How a page is built; here, not in map_html, so the UI can make one without folium."""

    tiles: TileSource | None = field(default_factory=TileSource)
    texts: MapText = field(default_factory=MapText)
    editable: bool = False  # markers draggable, zones editable, click-to-place
    bridge: bool = False  # load qwebchannel.js and talk to the app
    inline: bool = False  # assets inside the page (export) instead of linked files
    # Without any tile answer by then (a network that hangs), the note is shown anyway.
    tile_timeout_ms: int = 10000
    # Where a page with nothing placed yet opens (a venue's town); None: all of Denmark.
    focus: MapFocus | None = None
