"""Venue suggestions: every room of the catalogue ranked for an event, with the reasons why."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .capacity import count_registrations, expected_present, needs_accessible_place
from .enums import GuestParking, SeatingLayout, TransitMode
from .event import Event
from .overlap import clashes_with
from .parking_demand import parking_demand, zone_spaces
from .registration import Registration
from .venue import Room, Venue
from .walking import propose_walk

RAIL_MODES = {
    TransitMode.S_TRAIN,
    TransitMode.REGIONAL_TRAIN,
    TransitMode.METRO,
    TransitMode.LIGHT_RAIL,
}

# English texts of the reason codes; the UI keeps translated twins keyed by code.
MESSAGES = {
    "capacity_ok": "{capacity} seats as {layout} for {needed} people ({spare} to spare).",
    "largest_layout": "{capacity} seats as {layout} (its largest layout) for {needed} people.",
    "too_small": "Too small: {capacity} seats as {layout} for {needed} people ({short} short).",
    "layout_missing": "Cannot be set up as {layout}.",
    "no_capacity": "No capacities entered.",
    "step_free": "Step-free access.",
    "not_step_free": "No step-free access, and {needing} registrations need it.",
    "accessible_places_short": "{places} accessible places for {needing} who need one.",
    "parking_ok": "{spaces} guest parking spaces for {cars} cars.",
    "parking_short": "{spaces} guest parking spaces for {cars} cars ({short} short).",
    "parking_unknown": "Guest parking, number of spaces not entered ({cars} cars).",
    "parking_none": "No parking zone for guests ({cars} cars).",
    "parking_not_entered": "No parking entered ({cars} cars).",
    "rail_near": "{stop} about {distance} m on foot ({minutes} min).",
    "rail_walk": "{stop} {minutes} min on foot.",
    "rail_unknown": "{stop} nearby (distance not entered).",
    "no_rail": "No rail stop entered.",
    "booked": 'Already booked for "{title}" at an overlapping time.',
    "not_checked": "Bookings not checked: the event has no date.",
    "current_room": "The event's current room.",
}


@dataclass(frozen=True)
class RailStop:
    name: str
    metres: int | None
    minutes: int | None
    # True when minutes come from the catalogue, False when estimated from the distance.
    minutes_given: bool


def nearest_rail_stop(venue: Venue) -> RailStop | None:
    """The rail stop with the shortest walk: entered minutes, else estimated from coordinates."""
    stops = []
    for option in venue.transit_options:
        if TransitMode(option.mode) not in RAIL_MODES:
            continue
        # The same estimate the venue editor proposes, so the numbers agree everywhere.
        walk = propose_walk(venue, option)
        metres = walk.distance_m if walk else None
        if option.walking_minutes is not None:
            stops.append(RailStop(option.stop_name, metres, option.walking_minutes, True))
        else:
            stops.append(RailStop(option.stop_name, metres, walk.minutes if walk else None, False))
    return min(stops, key=lambda s: (s.minutes is None, s.minutes or 0), default=None)


@dataclass(frozen=True)
class Reason:
    code: str
    params: dict[str, Any] = field(default_factory=dict, compare=False)
    # False: a reason the room does not fit; True: in its favour or only worth knowing.
    ok: bool = True
    # A drawback that ranks the room lower without ruling it out.
    soft: bool = False

    @property
    def message(self) -> str:
        return MESSAGES[self.code].format(**self.params)


@dataclass(frozen=True)
class Suggestion:
    venue: Venue
    room: Room
    capacity: int | None
    reasons: list[Reason]
    rail: RailStop | None
    current: bool

    @property
    def fits(self) -> bool:
        return all(r.ok for r in self.reasons)

    @property
    def drawbacks(self) -> int:
        return sum(1 for r in self.reasons if r.soft)


@dataclass(frozen=True)
class Needs:
    """What the event asks of a room."""

    people: int
    # Where `people` comes from: "expected_attendance", "registrations" or "none".
    basis: str
    layout: str | None
    step_free: int  # registrations needing step-free access
    accessible_places: int
    cars: int


def event_needs(event: Event, registrations: Iterable[Registration]) -> Needs:
    """Expected attendance, or the confirmed registrations after no-shows if that is more."""
    registrations = list(registrations)
    counts = count_registrations(registrations)
    present = expected_present(counts.confirmed, event.no_show_rate or 0.0)
    needing = sum(
        1
        for r in registrations
        if r.is_confirmed and (needs_accessible_place(r) or r.accessible_parking)
    )
    expected = event.expected_attendance or 0
    basis = "registrations" if present > expected else "expected_attendance" if expected else "none"
    return Needs(
        max(expected, present),
        basis,
        str(event.layout) if event.layout else None,
        needing,
        counts.needing_accessible_place,
        parking_demand(None, registrations).cars,
    )


def _capacity(room: Room, needs: Needs) -> tuple[int | None, Reason]:
    if needs.layout is None:
        if not room.capacities:
            return None, Reason("no_capacity", ok=False)
        layout, most = max(room.capacities.items(), key=lambda item: item[1])
        params = {"capacity": most, "layout": str(layout), "needed": needs.people}
        if most < needs.people:
            return most, Reason("too_small", {**params, "short": needs.people - most}, ok=False)
        return most, Reason("largest_layout", params)
    seats = room.capacity(SeatingLayout(needs.layout))
    if seats is None:
        return None, Reason("layout_missing", {"layout": needs.layout}, ok=False)
    params = {"capacity": seats, "layout": needs.layout, "needed": needs.people}
    if seats < needs.people:
        return seats, Reason("too_small", {**params, "short": needs.people - seats}, ok=False)
    return seats, Reason("capacity_ok", {**params, "spare": seats - needs.people})


def _access(venue: Venue, room: Room, needs: Needs) -> list[Reason]:
    step_free = venue.step_free_access or any(e.step_free for e in venue.entrances)
    reasons = []
    if needs.step_free and not step_free:
        reasons.append(Reason("not_step_free", {"needing": needs.step_free}, ok=False))
    elif step_free:
        reasons.append(Reason("step_free"))
    if needs.accessible_places > room.accessible_places:
        reasons.append(
            Reason(
                "accessible_places_short",
                {"places": room.accessible_places, "needing": needs.accessible_places},
                soft=True,
            )
        )
    return reasons


def _parking(venue: Venue, cars: int) -> Reason:
    guest = zone_spaces(venue.parking_zones, GuestParking.YES)
    if not venue.parking_zones:
        return Reason("parking_not_entered", {"cars": cars})
    if guest.zones == 0:
        return Reason("parking_none", {"cars": cars}, soft=cars > 0)
    if guest.known is None or (guest.zones_without_count and cars > guest.spaces):
        return Reason("parking_unknown", {"cars": cars})
    if cars > guest.spaces:
        return Reason(
            "parking_short",
            {"spaces": guest.spaces, "cars": cars, "short": cars - guest.spaces},
            soft=True,
        )
    return Reason("parking_ok", {"spaces": guest.spaces, "cars": cars})


def _rail(stop: RailStop | None) -> Reason:
    if stop is None:
        return Reason("no_rail", soft=True)
    if stop.minutes is None:
        return Reason("rail_unknown", {"stop": stop.name})
    if stop.minutes_given:
        return Reason("rail_walk", {"stop": stop.name, "minutes": stop.minutes})
    return Reason(
        "rail_near", {"stop": stop.name, "distance": stop.metres, "minutes": stop.minutes}
    )


def suggest_rooms(
    event: Event,
    venues: Iterable[Venue],
    events: Iterable[Event],
    registrations: Iterable[Registration] = (),
    needs: Needs | None = None,
) -> list[Suggestion]:
    """Every room of every venue, the fitting ones first, best first; then the others."""
    if needs is None:
        needs = event_needs(event, registrations)
    events = list(events)
    result = []
    for venue in venues:
        stop = nearest_rail_stop(venue)
        for room in venue.rooms:
            capacity, fit = _capacity(room, needs)
            reasons = [fit, *_access(venue, room, needs), _parking(venue, needs.cars), _rail(stop)]
            if event.date is None:
                reasons.append(Reason("not_checked"))
            else:
                moved = dataclasses.replace(event, room_id=room.id)
                reasons += [
                    Reason("booked", {"title": other.title, "event_id": other.id}, ok=False)
                    for other in clashes_with(moved, events)
                ]
            current = event.room_id is not None and room.id == event.room_id
            if current:
                reasons.append(Reason("current_room"))
            result.append(Suggestion(venue, room, capacity, reasons, stop, current))
    return sorted(result, key=_rank)


def _rank(s: Suggestion) -> tuple[int, int, float, float | int, str, str]:
    failures = sum(1 for r in s.reasons if not r.ok)
    # Fitting rooms: fewest drawbacks, then the snuggest fit (an empty hall feels wrong),
    # then the shortest walk from the train. Others: the fewest and smallest problems.
    walk = s.rail.minutes if s.rail and s.rail.minutes is not None else math.inf
    if s.fits:
        return (0, s.drawbacks, s.capacity or 0, walk, s.venue.name, s.room.name)
    return (1, failures, -(s.capacity or 0), s.drawbacks, s.venue.name, s.room.name)
