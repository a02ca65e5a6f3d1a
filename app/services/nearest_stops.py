"""The public-transport stops nearest a venue, from the imported stops cache."""

from __future__ import annotations

import math
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from ..domain import TransitMode, TransitOption
from ..domain.transit_modes import guess_mode
from ..domain.walking import DEFAULT_SPEED_KMH, WalkingEstimate, estimate_walk


@dataclass(frozen=True)
class StopSuggestion:
    stop_id: str
    name: str
    latitude: float
    longitude: float
    location_type: int
    route_types: tuple[int, ...]
    walk: WalkingEstimate

    @property
    def mode(self) -> TransitMode:
        return guess_mode(self.route_types, self.location_type, self.name)


def suggestion_to_transit_option(suggestion: StopSuggestion) -> TransitOption:
    """A transit option for the suggested stop; line and direction are left for the user."""
    return TransitOption(
        mode=suggestion.mode,
        stop_name=suggestion.name,
        stop_latitude=suggestion.latitude,
        stop_longitude=suggestion.longitude,
        walking_minutes=suggestion.walk.minutes,
    )


def nearest_stops(
    cache_file: Path,
    lat: float,
    lon: float,
    limit: int = 5,
    max_km: float = 3,
    *,
    speed_kmh: float = DEFAULT_SPEED_KMH,
) -> list[StopSuggestion]:
    """Stops and stations within max_km of the point, nearest first, one per station.

    Entrances, generic nodes and boarding areas are parts of a station, not places to
    name in directions: only stops/platforms (location type 0) and stations (1) are found.
    """
    if not cache_file.exists():
        return []
    dlat = max_km / 111.0
    dlon = max_km / (111.0 * max(0.01, math.cos(math.radians(lat))))
    with closing(sqlite3.connect(cache_file)) as conn:
        rows = conn.execute(
            "SELECT s.stop_id, coalesce(p.name, s.name), s.lat, s.lon, "
            "coalesce(p.location_type, s.location_type), coalesce(p.stop_id, s.stop_id), "
            "s.route_types, p.route_types FROM stops s "
            "LEFT JOIN stops p ON p.stop_id = s.parent_station "
            "WHERE s.lat BETWEEN ? AND ? AND s.lon BETWEEN ? AND ? "
            "AND s.location_type IN (0, 1)",
            (lat - dlat, lat + dlat, lon - dlon, lon + dlon),
        ).fetchall()
    best: dict[str, StopSuggestion] = {}
    for _stop_id, name, s_lat, s_lon, kind, group, types, parent_types in rows:
        walk = estimate_walk(s_lat, s_lon, lat, lon, speed_kmh=speed_kmh)
        if walk.straight_m > max_km * 1000:
            continue
        route_types = {int(t) for t in f"{types or ''},{parent_types or ''}".split(",") if t}
        # Platforms of one station, and same-named stops across a road, are one suggestion.
        key = name.casefold()
        known = best.get(key)
        merged = tuple(sorted(route_types | set(known.route_types if known else ())))
        if known is None or walk.straight_m < known.walk.straight_m:
            best[key] = StopSuggestion(group, name, s_lat, s_lon, kind, merged, walk)
        else:
            best[key] = StopSuggestion(
                known.stop_id,
                known.name,
                known.latitude,
                known.longitude,
                known.location_type,
                merged,
                known.walk,
            )
    ranked = sorted(best.values(), key=lambda s: (s.walk.straight_m, s.name))
    return ranked[:limit]
