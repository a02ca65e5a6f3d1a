"""Walking distance and minutes between a stop and a venue, proposed from coordinates."""

from __future__ import annotations

import math
from dataclasses import dataclass

from .venue import TransitOption, Venue

# An unhurried adult pace; guests at a meeting walk with bags and in groups.
DEFAULT_SPEED_KMH = 4.5
# Streets and paths are longer than the straight line between two points; 1.25 is a
# usual circuity factor for walks of a few hundred metres in a built-up area.
DETOUR_FACTOR = 1.25


@dataclass(frozen=True)
class WalkingEstimate:
    """A proposed walk: straight-line and estimated walking distance, and whole minutes."""

    straight_m: int
    distance_m: int  # the estimated walking distance: straight line times the detour factor
    minutes: int
    speed_kmh: float
    detour: float
    along_streets: bool = False  # measured along the stored streets, not estimated


def straight_distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Geodesic (WGS-84 ellipsoid) distance in metres."""
    # Imported here: geopy's package imports all its geocoders and requests, which
    # start-up would pay for before the first window (benchmarks/README.md).
    from geopy.distance import geodesic

    return float(geodesic((lat1, lon1), (lat2, lon2)).meters)


def estimate_walk(
    lat1: float,
    lon1: float,
    lat2: float,
    lon2: float,
    *,
    speed_kmh: float = DEFAULT_SPEED_KMH,
    detour: float = DETOUR_FACTOR,
) -> WalkingEstimate:
    """Walking estimate between two points; minutes are rounded up and at least 1."""
    if speed_kmh <= 0:
        raise ValueError("The walking speed must be more than 0 km/h.")
    if detour < 1:
        raise ValueError("The detour factor cannot be below 1.")
    straight = straight_distance_m(lat1, lon1, lat2, lon2)
    walk = straight * detour
    metres_per_minute = speed_kmh * 1000 / 60
    # Rounded up: telling guests 4 minutes for a 4.2-minute walk makes them late.
    minutes = max(1, math.ceil(walk / metres_per_minute - 1e-9))
    return WalkingEstimate(
        straight_m=round(straight),
        distance_m=round(walk),
        minutes=minutes,
        speed_kmh=speed_kmh,
        detour=detour,
    )


def walking_destination(venue: Venue) -> tuple[float, float, str] | None:
    """Where a walk to the venue ends: its first step-free entrance with coordinates,
    else its first entrance with coordinates, else the venue's own point; None if unknown."""
    located = [
        (e.latitude, e.longitude, e)
        for e in venue.entrances
        if e.latitude is not None and e.longitude is not None
    ]
    located.sort(key=lambda item: not item[2].step_free)  # stable: step-free first, order kept
    if located:
        lat, lon, entrance = located[0]
        return lat, lon, entrance.name
    if venue.latitude is not None and venue.longitude is not None:
        return venue.latitude, venue.longitude, venue.name
    return None


def propose_walk(
    venue: Venue,
    option: TransitOption,
    *,
    speed_kmh: float = DEFAULT_SPEED_KMH,
    detour: float = DETOUR_FACTOR,
) -> WalkingEstimate | None:
    """The walk from a transit option's stop to the venue, or None when a point is unknown."""
    destination = walking_destination(venue)
    if destination is None or option.stop_latitude is None or option.stop_longitude is None:
        return None
    return estimate_walk(
        option.stop_latitude,
        option.stop_longitude,
        destination[0],
        destination[1],
        speed_kmh=speed_kmh,
        detour=detour,
    )


def printable_walk(venue: Venue, option: TransitOption) -> WalkingEstimate | None:
    """The estimate a document may print: none when the venue's coordinates are marked
    approximate, since minutes measured from a guessed point would be an invented fact."""
    if venue.coordinates_approximate:
        return None
    return propose_walk(venue, option)


def describe_walk(estimate: WalkingEstimate) -> str:
    """One line for a tooltip or a proposal label, in the UI's English source text."""
    return (
        f"about {estimate.distance_m} m on foot, {estimate.minutes} min "
        f"(straight line {estimate.straight_m} m × {estimate.detour:g} detour, "
        f"{estimate.speed_kmh:g} km/h)"
    )
