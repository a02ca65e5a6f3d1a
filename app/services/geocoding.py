"""Address geocoding through geopy: Nominatim or Photon, rate-limited, cached, quick to fail."""

from __future__ import annotations

import functools
import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlsplit

from geopy import exc as geopy_exc
from geopy.adapters import AdapterHTTPError, RequestsAdapter, URLLibAdapter
from geopy.geocoders import Nominatim, Photon

from .. import __version__
from ..domain import Venue

USER_AGENT = f"Venueplan/{__version__}"
# The network part of one look-up: the rate-limit wait (at most 1 s) comes on top,
# and together they stay under the 5 s within which the user must hear back.
DEFAULT_TIMEOUT_S = 3.0
SERVICES = ("nominatim", "photon")
_DEFAULT_URLS = {
    "nominatim": "https://nominatim.openstreetmap.org",
    "photon": "https://photon.komoot.io",
}
ATTRIBUTIONS = {
    "nominatim": "Data © OpenStreetMap contributors, ODbL 1.0 (openstreetmap.org/copyright); "
    "geocoding by Nominatim",
    "photon": "Data © OpenStreetMap contributors, ODbL 1.0 (openstreetmap.org/copyright); "
    "geocoding by Photon (komoot)",
}
_OFFLINE_HINTS = (
    "name or service not known",
    "temporary failure in name resolution",
    "nodename nor servname",
    "getaddrinfo failed",
    "network is unreachable",
    "no route to host",
    "no address associated",
)
_REFUSED_HINTS = (
    "connection refused",
    "errno 111",
    "errno 61",
    "winerror 10061",
    "actively refused",
)
_HUNG_UP_HINTS = (
    "remote end closed",
    "connection aborted",
    "connection reset",
    "errno 104",
    "errno 54",
    "winerror 10054",
)
# What geopy (or the candidates made here) raise for an answer of the wrong shape, e.g. a
# list of numbers where places belong: the service's answer is at fault, not this app.
_UNREADABLE = (ValueError, TypeError, KeyError, AttributeError, IndexError, RecursionError)


@dataclass(frozen=True)
class GeocodeCandidate:
    address: str
    latitude: float
    longitude: float
    attribution: str


class GeocodeError(Exception):
    """A look-up that failed; `kind` is offline, timeout, refused, busy (HTTP 429: asked to
    slow down), no_result or service."""

    user_message = True

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


class RateLimiter:
    """At most one request per `interval` seconds, shared by every thread that uses it.

    Each caller reserves the next free slot under a lock and then sleeps outside it,
    so a slow request never holds the others back longer than the interval.
    """

    def __init__(
        self,
        interval: float = 1.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.interval = interval
        self._clock, self._sleep = clock, sleep
        self._lock = threading.Lock()
        self._next = float("-inf")

    def wait(self) -> None:
        with self._lock:
            now = self._clock()
            slot = max(now, self._next)
            self._next = slot + self.interval
        if slot > now:
            self._sleep(slot - now)


# Nominatim's usage policy allows one request a second from the whole application.
PROCESS_RATE_LIMITER = RateLimiter(1.0)


class GeocodeCache:
    """Answers already received, in a small SQLite file, keyed by service and query."""

    def __init__(self, cache_dir: str | os.PathLike):
        self.path = Path(cache_dir) / "geocode_cache.sqlite"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(self._connect()) as conn, conn:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS answers (service TEXT NOT NULL, "
                "query TEXT NOT NULL, candidates TEXT NOT NULL, stored_at REAL, "
                "PRIMARY KEY (service, query))"
            )

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=5)

    def get(self, service: str, query: str) -> list[GeocodeCandidate] | None:
        with closing(self._connect()) as conn:
            row = conn.execute(
                "SELECT candidates FROM answers WHERE service=? AND query=?", (service, query)
            ).fetchone()
        if row is None:
            return None
        return [GeocodeCandidate(**item) for item in json.loads(row[0])]

    def put(self, service: str, query: str, candidates: list[GeocodeCandidate]) -> None:
        payload = json.dumps([asdict(c) for c in candidates], ensure_ascii=False)
        with closing(self._connect()) as conn, conn:
            conn.execute(
                "INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?)",
                (service, query, payload, time.time()),
            )


def network_disabled() -> bool:
    return os.environ.get("VENUEPLAN_NO_NETWORK") == "1"


def venue_query(venue: Venue) -> str:
    """The text to look a venue up by: its address, else its name and town."""
    if venue.street:
        return venue.address_line
    return ", ".join(p for p in (venue.name, venue.address_line) if p)


def _photon_address(properties: dict) -> str:
    # geopy's own Photon formatting repeats the street; write it the Danish way instead.
    street = " ".join(p for p in (properties.get("street"), properties.get("housenumber")) if p)
    town = " ".join(p for p in (properties.get("postcode"), properties.get("city")) if p)
    parts = [properties.get("name"), street, town, properties.get("country")]
    return ", ".join(dict.fromkeys(p for p in parts if p))


def _adapter_factory():
    # geopy's RequestsAdapter retries twice with back-off (about 9 s before an offline
    # user hears anything); with no retries the first failure is the answer.
    if RequestsAdapter.is_available:
        return functools.partial(RequestsAdapter, max_retries=0)
    return URLLibAdapter


class Geocoder:
    """Looks up addresses; answers from the cache first, then from the service.

    `service` is "nominatim" (also any Nominatim-compatible server given by `url`) or
    "photon". geocode() returns candidates, best first, or raises GeocodeError.
    """

    def __init__(
        self,
        cache_dir: str | os.PathLike,
        service: str = "nominatim",
        url: str | None = None,
        *,
        timeout: float = DEFAULT_TIMEOUT_S,
        rate_limiter: RateLimiter | None = None,
        language: str = "da",
        limit: int = 5,
    ):
        if service not in SERVICES:
            raise ValueError(
                f"Unknown geocoding service {service!r}; use one of {', '.join(SERVICES)}."
            )
        self.service = service
        self.url = (url or _DEFAULT_URLS[service]).strip().rstrip("/")
        parts = urlsplit(self.url if "://" in self.url else f"https://{self.url}")
        if not parts.netloc:
            raise ValueError(f"The geocoding service address {url!r} is not a URL.")
        self._scheme = parts.scheme
        tail = "/api" if service == "photon" else "/search"
        path = parts.path.rstrip("/")
        self._domain = parts.netloc + (path[: -len(tail)] if path.endswith(tail) else path)
        self.timeout = timeout
        self.language = language
        self.limit = limit
        self.cache = GeocodeCache(cache_dir)
        self.rate_limiter = rate_limiter or PROCESS_RATE_LIMITER

    @property
    def deadline_s(self) -> float:
        """The longest a request is waited for: the socket timeout and a little slack."""
        return self.timeout + 0.5

    @property
    def attribution(self) -> str:
        return ATTRIBUTIONS[self.service]

    @property
    def cache_key(self) -> str:
        return f"{self.service}|{self._scheme}://{self._domain}"

    def geocode(self, query: str, *, country: str | None = None) -> list[GeocodeCandidate]:
        text = " ".join(query.split())
        if not text:
            raise GeocodeError("no_result", "There is no address to look up.")
        key = f"{text.casefold()}|{(country or '').casefold()}|{self.language}"
        cached = self.cache.get(self.cache_key, key)
        if cached is not None:
            if not cached:
                raise GeocodeError("no_result", f"No place found for “{text}”.")
            return cached
        if network_disabled():
            raise GeocodeError("offline", "Geocoding is offline (network use is switched off).")
        self.rate_limiter.wait()
        candidates = self._ask_within_deadline(text, country)
        self.cache.put(self.cache_key, key, candidates)
        if not candidates:
            raise GeocodeError("no_result", f"No place found for “{text}”.")
        return candidates

    def _ask_within_deadline(self, text: str, country: str | None) -> list[GeocodeCandidate]:
        # Name resolution is not bound by the socket timeout, so the whole request runs
        # on a helper thread and is abandoned (left to finish on its own) past the deadline.
        outcome: dict = {}

        def ask():
            try:
                outcome["value"] = self._ask(text, country)
            except BaseException as error:  # noqa: BLE001 - handed over to the waiting thread
                outcome["error"] = error

        helper = threading.Thread(target=ask, name="geocode-request", daemon=True)
        helper.start()
        helper.join(self.deadline_s)
        if helper.is_alive():
            raise GeocodeError("timeout", self._timeout_message())
        if "error" in outcome:
            raise self._translate(outcome["error"]) from outcome["error"]
        return outcome["value"]

    def _ask(self, text: str, country: str | None) -> list[GeocodeCandidate]:
        common = dict(
            domain=self._domain,
            scheme=self._scheme,
            timeout=self.timeout,
            user_agent=USER_AGENT,
            adapter_factory=_adapter_factory(),
        )
        if self.service == "photon":
            engine = Photon(**common)
            found = engine.geocode(
                text,
                exactly_one=False,
                limit=self.limit,
                language=self.language if self.language in ("en", "de", "fr", "it") else False,
            )
        else:
            engine = Nominatim(**common)
            found = engine.geocode(
                text,
                exactly_one=False,
                limit=self.limit,
                language=self.language,
                country_codes=country or None,
            )
        return [
            GeocodeCandidate(
                address=self._address_of(place),
                latitude=float(place.latitude),
                longitude=float(place.longitude),
                attribution=self._attribution_of(place.raw),
            )
            for place in (found or [])
        ]

    def _address_of(self, place) -> str:
        properties = place.raw.get("properties") if isinstance(place.raw, dict) else None
        if self.service == "photon" and isinstance(properties, dict):
            return _photon_address(properties) or place.address
        return place.address

    def _attribution_of(self, raw) -> str:
        licence = raw.get("licence") if isinstance(raw, dict) else None
        return licence or self.attribution

    def _timeout_message(self) -> str:
        return f"{self._domain} did not answer within {self.timeout:g} s."

    def _translate(self, error: BaseException) -> GeocodeError:
        text = str(error).lower()
        cause = error.__cause__
        if isinstance(error, geopy_exc.GeocoderTimedOut) and not isinstance(
            cause, AdapterHTTPError
        ):
            return GeocodeError("timeout", self._timeout_message())
        if isinstance(
            error, (geopy_exc.GeocoderUnavailable, geopy_exc.GeocoderServiceError)
        ) and not isinstance(cause, AdapterHTTPError):
            if any(hint in text for hint in _REFUSED_HINTS):
                return GeocodeError("refused", f"{self._domain} refused the connection.")
            if any(hint in text for hint in _OFFLINE_HINTS):
                return GeocodeError(
                    "offline", f"Cannot reach {self._domain}: the computer seems to be offline."
                )
            if any(hint in text for hint in _HUNG_UP_HINTS):
                return GeocodeError(
                    "service", f"{self._domain} closed the connection without an answer."
                )
        if isinstance(cause, AdapterHTTPError):
            if cause.status_code == 429:
                return GeocodeError(
                    "busy",
                    f"{self._domain} is busy and asks for fewer "
                    "look-ups (HTTP 429); try again in a minute.",
                )
            return GeocodeError(
                "service", f"{self._domain} answered with an error (HTTP {cause.status_code})."
            )
        if isinstance(error, geopy_exc.GeocoderParseError) or (
            isinstance(error, _UNREADABLE) and not isinstance(error, geopy_exc.GeopyError)
        ):
            return GeocodeError("service", f"{self._domain} sent an answer that cannot be read.")
        first_line = (str(error).splitlines() or [type(error).__name__])[0][:160]
        return GeocodeError("service", f"Geocoding at {self._domain} failed: {first_line}")
