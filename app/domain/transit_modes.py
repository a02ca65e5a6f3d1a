"""Which kind of public transport serves a stop, from GTFS route types or the stop's name."""

from __future__ import annotations

from collections.abc import Iterable

from .enums import TransitMode

# When a stop is served by several kinds of route, the one guests most likely take.
MODE_PRIORITY = (
    TransitMode.S_TRAIN,
    TransitMode.METRO,
    TransitMode.REGIONAL_TRAIN,
    TransitMode.LIGHT_RAIL,
    TransitMode.FERRY,
    TransitMode.BUS,
)


def mode_for_route_type(route_type: int) -> TransitMode | None:
    """GTFS basic and extended route types to the app's modes; None for the rest."""
    if route_type == 109:  # extended type "suburban railway": the S-train
        return TransitMode.S_TRAIN
    if route_type in (0, 5) or 900 <= route_type <= 999:
        return TransitMode.LIGHT_RAIL
    if route_type == 1 or 400 <= route_type <= 499:
        return TransitMode.METRO
    if route_type in (2, 12) or 100 <= route_type <= 199:
        return TransitMode.REGIONAL_TRAIN
    if route_type in (3, 11) or 200 <= route_type <= 299 or 700 <= route_type <= 899:
        return TransitMode.BUS
    if route_type == 4 or 1000 <= route_type <= 1099 or route_type == 1200:
        return TransitMode.FERRY
    return None


def guess_mode(route_types: Iterable[int], location_type: int = 0, name: str = "") -> TransitMode:
    """The mode from the routes serving a stop; failing that from Danish name suffixes;
    else regional train (a stop or station with no route data is most often a rail station)."""
    modes = {mode_for_route_type(t) for t in route_types} - {None}
    for mode in MODE_PRIORITY:
        if mode in modes:
            return mode
    lowered = name.casefold()
    if "(metro)" in lowered:
        return TransitMode.METRO
    if "(letbane)" in lowered:
        return TransitMode.LIGHT_RAIL
    return TransitMode.REGIONAL_TRAIN
