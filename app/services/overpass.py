"""The surroundings of a venue from an Overpass API endpoint (OpenStreetMap data), fetched once.

One request per venue, with geocoding's user agent, rate limit, timeout and offline message;
the answer is turned into a few kinds of features (domain/surroundings.py), simplified, and
stored in the project by the caller, so every later map and route works offline.
"""

from __future__ import annotations

import datetime as dt
import json
import socket
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from urllib.parse import urlsplit

from ..domain.surroundings import (
    DEFAULT_RADIUS_M,
    Feature,
    Point,
    Surroundings,
    metres_between,
    simplify,
)
from ..domain.venue import Venue
from ..storage import Store
from .geocoding import (
    _HUNG_UP_HINTS,
    _OFFLINE_HINTS,
    _REFUSED_HINTS,
    DEFAULT_TIMEOUT_S,
    PROCESS_RATE_LIMITER,
    USER_AGENT,
    RateLimiter,
    network_disabled,
)

DEFAULT_ENDPOINT = "https://overpass-api.de/api/interpreter"
ATTRIBUTION = "© OpenStreetMap contributors"
MAX_RADIUS_M = 2000
# Roads a pedestrian cannot use, and roads drawn as main roads.
_NO_FOOT = {"motorway", "motorway_link", "trunk_link", "construction", "proposed", "raceway"}
_MAJOR = {"motorway", "trunk", "primary", "secondary", "motorway_link", "trunk_link"}
_PATHS = {"footway", "path", "pedestrian", "steps", "cycleway", "corridor", "bridleway", "track"}
_RAIL = {"rail", "light_rail", "subway", "tram", "narrow_gauge"}
# The most an answer may be: a town centre's 800 m is a few megabytes of JSON.
MAX_ANSWER_BYTES = 32 * 1024 * 1024


class SurroundingsError(Exception):
    """A fetch that failed; `kind` is offline, timeout, refused, busy or service, as for
    geocoding, and the message is one line for the user."""

    user_message = True

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


def overpass_query(lat: float, lon: float, radius_m: int = DEFAULT_RADIUS_M) -> str:
    """The Overpass QL asking for everything the maps and routes use around a point."""
    around = f"(around:{int(radius_m)},{lat:.6f},{lon:.6f})"
    parts = [
        f'way["highway"]{around};',
        f'way["railway"~"^(rail|light_rail|subway|tram|narrow_gauge|platform)$"]{around};',
        f'way["public_transport"="platform"]{around};',
        f'node["railway"~"^(station|halt)$"]{around};',
        f'node["highway"="bus_stop"]{around};',
        f'way["building"]{around};',
        f'way["amenity"="parking"]{around};',
        f'way["natural"="water"]{around};',
        f'way["leisure"="park"]{around};',
    ]
    return "[out:json][timeout:25];(" + "".join(parts) + ");out geom qt;"


def _classify(tags: dict, is_node: bool) -> tuple[str, dict] | None:
    """The feature kind of an OpenStreetMap element and its flags, or None to leave it out."""
    highway, railway = tags.get("highway"), tags.get("railway")
    if is_node:
        if railway in ("station", "halt") or tags.get("public_transport") == "station":
            return "station", {}
        if highway == "bus_stop":
            return "bus_stop", {}
        return None
    if railway == "platform" or tags.get("public_transport") == "platform":
        return "platform", {}
    if railway in _RAIL:
        return "railway", {}
    if highway:
        if highway in ("bus_stop", "platform"):
            return "platform", {}
        walkable = highway not in _NO_FOOT and tags.get("foot") not in ("no", "private")
        if not walkable:
            return None  # a pedestrian map and a walking route have no use for it
        if highway in _PATHS:
            return "footway", {"steps": highway == "steps"}
        return "street", {"major": highway in _MAJOR}
    if tags.get("building") and tags.get("building") != "no":
        return "building", {}
    if tags.get("amenity") == "parking":
        return "parking", {}
    if tags.get("natural") == "water":
        return "water", {}
    if tags.get("leisure") == "park":
        return "park", {}
    return None


def _point(item) -> Point:
    lat, lon = float(item["lat"]), float(item["lon"])
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError("coordinate out of range")
    return (round(lat, 6), round(lon, 6))  # about 0.1 m: finer than any map shows


def parse_answer(answer: dict) -> list[Feature]:
    """The features of an Overpass JSON answer (`out geom`); ValueError if it is not one."""
    elements = answer.get("elements") if isinstance(answer, dict) else None
    if not isinstance(elements, list):
        raise ValueError("no elements")
    features = []
    for element in elements:
        if not isinstance(element, dict):
            raise ValueError("an element is not an object")
        tags = element.get("tags") or {}
        if not isinstance(tags, dict):
            raise ValueError("tags are not an object")
        is_node = element.get("type") == "node"
        found = _classify(tags, is_node)
        if found is None:
            continue
        kind, flags = found
        name = str(tags.get("name") or tags.get("ref") or "").strip()[:120]
        if is_node:
            features.append(Feature(kind, (_point(element),), name))
            continue
        geometry = element.get("geometry")
        if not isinstance(geometry, list) or len(geometry) < 2:
            continue  # a way cut off without its points: nothing to draw
        points = [_point(g) for g in geometry if g is not None]
        closed = len(points) > 3 and points[0] == points[-1]
        area = closed and kind not in ("street", "footway", "railway")
        features.append(
            Feature(
                kind,
                tuple(simplify(points)),
                name if kind != "building" or tags.get("name") else "",
                area=area,
                major=bool(flags.get("major")),
                steps=bool(flags.get("steps")),
            )
        )
    return features


class OverpassClient:
    """Fetches surroundings from one endpoint (an Overpass API `interpreter` URL)."""

    def __init__(
        self,
        endpoint: str | None = None,
        *,
        timeout: float = DEFAULT_TIMEOUT_S,
        rate_limiter: RateLimiter | None = None,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
    ):
        self.endpoint = (endpoint or DEFAULT_ENDPOINT).strip()
        parts = urlsplit(self.endpoint)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"The Overpass address {self.endpoint!r} is not an http(s) URL.")
        self._host = parts.netloc
        self.timeout = timeout
        self.rate_limiter = rate_limiter or PROCESS_RATE_LIMITER
        self._clock = clock

    def fetch(self, lat: float, lon: float, radius_m: int = DEFAULT_RADIUS_M) -> Surroundings:
        """The surroundings of (lat, lon), or SurroundingsError with one line to show."""
        if network_disabled():
            raise SurroundingsError(
                "offline", "Fetching surroundings is offline (network use is switched off)."
            )
        self.rate_limiter.wait()
        body = self._ask_within_deadline(overpass_query(lat, lon, radius_m))
        try:
            features = parse_answer(json.loads(body))
        except (ValueError, TypeError, KeyError, RecursionError):
            raise SurroundingsError(
                "service", f"{self._host} sent an answer that cannot be read."
            ) from None
        return Surroundings(
            latitude=lat,
            longitude=lon,
            radius_m=int(radius_m),
            fetched_at=self._clock().replace(microsecond=0),
            source=self.endpoint,
            features=features,
        )

    def _ask_within_deadline(self, query: str) -> bytes:
        # As in geocoding: name resolution ignores the socket timeout, so the request runs
        # on a helper thread and is abandoned past the deadline.
        outcome: dict = {}

        def ask() -> None:
            try:
                outcome["value"] = self._ask(query)
            except BaseException as error:  # noqa: BLE001 - handed over to the waiting thread
                outcome["error"] = error

        helper = threading.Thread(target=ask, name="overpass-request", daemon=True)
        helper.start()
        helper.join(self.timeout + 0.5)
        if helper.is_alive():
            raise SurroundingsError(
                "timeout", f"{self._host} did not answer within {self.timeout:g} s."
            )
        if "error" in outcome:
            raise self._translate(outcome["error"]) from outcome["error"]
        return outcome["value"]

    def _ask(self, query: str) -> bytes:
        request = urllib.request.Request(
            self.endpoint,
            data=urllib.parse.urlencode({"data": query}).encode(),
            headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
            method="POST",
        )
        with urllib.request.urlopen(request, timeout=self.timeout) as response:
            body = response.read(MAX_ANSWER_BYTES + 1)
        if len(body) > MAX_ANSWER_BYTES:
            raise ValueError("answer too large")
        return body

    def _translate(self, error: BaseException) -> SurroundingsError:
        if isinstance(error, urllib.error.HTTPError):
            if error.code == 429:
                return SurroundingsError(
                    "busy",
                    f"{self._host} is busy and asks for fewer requests (HTTP 429); "
                    "try again in a minute.",
                )
            return SurroundingsError(
                "service", f"{self._host} answered with an error (HTTP {error.code})."
            )
        if isinstance(error, (TimeoutError, socket.timeout)):
            return SurroundingsError(
                "timeout", f"{self._host} did not answer within {self.timeout:g} s."
            )
        text = str(getattr(error, "reason", error)).lower()
        if any(hint in text for hint in _REFUSED_HINTS):
            return SurroundingsError("refused", f"{self._host} refused the connection.")
        if any(hint in text for hint in _OFFLINE_HINTS):
            return SurroundingsError(
                "offline", f"Cannot reach {self._host}: the computer seems to be offline."
            )
        if any(hint in text for hint in _HUNG_UP_HINTS):
            return SurroundingsError(
                "service", f"{self._host} closed the connection without an answer."
            )
        if isinstance(error, ValueError):
            return SurroundingsError("service", f"{self._host} sent an answer that cannot be read.")
        first = (str(error).splitlines() or [type(error).__name__])[0][:160]
        return SurroundingsError(
            "service", f"Fetching surroundings from {self._host} failed: {first}"
        )


def radius_for(venue: Venue) -> int:
    """A radius around the venue's point that takes in its stops and entrances: about
    800 m, more for a stop farther away (up to 2 km, beyond which a walk is not shown)."""
    centre = venue.point
    if centre is None:
        return DEFAULT_RADIUS_M
    others = [o.stop_point for o in venue.transit_options]
    others += [e.point for e in venue.entrances]
    farthest = max(
        (metres_between(centre, p) for p in others if p is not None),
        default=0.0,
    )
    return int(min(MAX_RADIUS_M, max(DEFAULT_RADIUS_M, farthest + 200)))


def fetch_for(project: Store, venue_id: int, client: OverpassClient) -> Surroundings:
    """Fetch a venue's surroundings (off the UI thread); storing them is a command's work."""
    venue = project.venues.get(venue_id)
    point = venue.point
    if point is None:
        raise SurroundingsError("no_point", f"{venue.name or 'The venue'} has no coordinates yet.")
    return client.fetch(*point, radius_for(venue))


def fetch_and_store(project: Store, venue_id: int, client: OverpassClient) -> Surroundings:
    """`fetch_for` and keep them in the caller's project or transaction."""
    found = fetch_for(project, venue_id, client)
    project.surroundings.save(venue_id, found)
    return found
