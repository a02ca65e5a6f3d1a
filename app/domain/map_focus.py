"""Where a map opens for a venue that has no coordinates yet: its town, else its postal area.

Offline, a venue map without a position used to open on the whole of Denmark, and a
click meant for Taastrup could land in the Kattegat. Another venue in the same town
(same postal code, else same city) gives the town; else the first digits of a Danish
postal code give its part of the country. Only the view is chosen: no position is
stored or printed from this.
"""

from __future__ import annotations

from dataclasses import dataclass

from .venue import Venue

TOWN_ZOOM = 11  # the Denmark outline shows below zoom 12
AREA_ZOOM = 9


@dataclass(frozen=True)
class MapFocus:
    latitude: float
    longitude: float
    zoom: int


# Danish postal codes run by region; the centre of each region's settled area, roughly.
_POSTAL_AREAS: list[tuple[int, int, float, float]] = [
    (1000, 2999, 55.68, 12.50),  # Copenhagen and its suburbs
    (3000, 3699, 55.93, 12.30),  # North Zealand
    (3700, 3799, 55.13, 14.92),  # Bornholm
    (4000, 4799, 55.45, 11.80),  # Zealand
    (4800, 4999, 54.77, 11.87),  # Lolland and Falster
    (5000, 5999, 55.40, 10.39),  # Funen
    (6000, 6999, 55.35, 9.20),  # South Jutland
    (7000, 7999, 56.10, 9.10),  # Mid and West Jutland
    (8000, 8999, 56.16, 10.10),  # East Jutland
    (9000, 9999, 57.05, 9.92),  # North Jutland
]


def _same_town(a: Venue, b: Venue) -> bool:
    if a.postal_code.strip() and a.postal_code.strip() == b.postal_code.strip():
        return True
    return bool(a.city.strip()) and a.city.strip().casefold() == b.city.strip().casefold()


def map_focus(venue: Venue, catalogue: list[Venue]) -> MapFocus | None:
    """The view for `venue` when it has no coordinates; None when it has them (or nothing
    is known of where it is)."""
    if venue.latitude is not None and venue.longitude is not None:
        return None
    neighbours = [
        v
        for v in catalogue
        if v.id != venue.id
        and v.latitude is not None
        and v.longitude is not None
        and _same_town(venue, v)
    ]
    if neighbours:
        lat = sum(v.latitude or 0.0 for v in neighbours) / len(neighbours)
        lon = sum(v.longitude or 0.0 for v in neighbours) / len(neighbours)
        return MapFocus(lat, lon, TOWN_ZOOM)
    code = venue.postal_code.strip()
    if (venue.country or "DK").upper() in ("DK", "DANMARK", "DENMARK") and code.isdigit():
        number = int(code)
        for low, high, lat, lon in _POSTAL_AREAS:
            if low <= number <= high:
                return MapFocus(lat, lon, AREA_ZOOM)
    return None
