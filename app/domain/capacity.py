"""Does an event fit its room: registrations against seats, no-shows and accessible places."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .enums import CONFIRMED_STATUSES, RegistrationStatus, SeatingLayout
from .event import Event
from .registration import Registration
from .venue import Room

# Free-text answers that mean "nothing to report" on a sign-up form (Danish and English).
_NO_ANSWERS = {
    "",
    "-",
    "--",
    "nej",
    "nej tak",
    "ingen",
    "intet",
    "ingen særlige",
    "ingen særlige hensyn",
    "ingen hensyn",
    "ingen allergier",
    "ingen behov",
    "ikke relevant",
    "normal",
    "normal kost",
    "spiser alt",
    "alt",
    "no",
    "none",
    "nothing",
    "n/a",
    "na",
    "nope",
    "no thanks",
    "not applicable",
    "x",
    "0",
}


def answered(text: str | None) -> bool:
    """True if a free-text answer says something (not blank, "nej", "ingen", "n/a"...)."""
    if not text:
        return False
    plain = re.sub(r"[\s.!,;:]+", " ", text.casefold()).strip()
    return plain not in _NO_ANSWERS


def needs_accessible_place(r: Registration) -> bool:
    """A registration that asks for access help needs one of the room's accessible places."""
    return answered(r.accessibility)


def expected_present(confirmed: int, no_show_rate: float) -> int:
    """Confirmed people expected to turn up; rounded up so we never plan for too few."""
    # round() first: 100 * (1 - 0.1) is 90.00000000000001 in floating point.
    return math.ceil(round(confirmed * (1 - no_show_rate), 6))


def sort_by_registration(registrations: Iterable[Registration]) -> list[Registration]:
    """First come first served; registrations without a time keep their order, last."""
    return sorted(registrations, key=lambda r: (r.registered_at is None, r.registered_at or 0))


def confirmed_count(by_status: Mapping[RegistrationStatus, int]) -> int:
    """How many hold a seat, from the number of registrations in each status."""
    return sum(by_status.get(status, 0) for status in CONFIRMED_STATUSES)


@dataclass(frozen=True)
class Counts:
    confirmed: int = 0
    waitlisted: int = 0
    cancelled: int = 0
    needing_accessible_place: int = 0


def count_registrations(registrations: Iterable[Registration]) -> Counts:
    confirmed = waitlisted = cancelled = accessible = 0
    for r in registrations:
        if r.is_confirmed:
            confirmed += 1
            accessible += needs_accessible_place(r)
        elif r.status == RegistrationStatus.WAITLISTED:
            waitlisted += 1
        elif r.status == RegistrationStatus.CANCELLED:
            cancelled += 1
    return Counts(confirmed, waitlisted, cancelled, accessible)


@dataclass(frozen=True)
class Fit:
    """How an event's registrations sit against its seats.

    `capacity` is the tighter of the room's seats for the layout and the
    event's own limit; None when neither is known.
    """

    capacity: int | None
    room_capacity: int | None
    capacity_limit: int | None
    layout: SeatingLayout | None
    # The event has a room and a layout but the room cannot be set up that way.
    layout_missing: bool
    counts: Counts
    no_show_rate: float
    accessible_places: int | None

    @property
    def confirmed(self) -> int:
        return self.counts.confirmed

    @property
    def expected_present(self) -> int:
        return expected_present(self.confirmed, self.no_show_rate)

    @property
    def free(self) -> int | None:
        """Seats left for confirmed registrations (negative when over)."""
        return None if self.capacity is None else self.capacity - self.confirmed

    @property
    def status(self) -> str:
        """unknown | fits | full | overbooked (over, but no-shows cover it) | over."""
        if self.capacity is None:
            return "unknown"
        if self.confirmed < self.capacity:
            return "fits"
        if self.confirmed == self.capacity:
            return "full"
        return "overbooked" if self.expected_present <= self.capacity else "over"

    @property
    def accessible_short(self) -> int:
        """Registrations needing an accessible place beyond the room's places."""
        if self.accessible_places is None:
            return 0
        return max(0, self.counts.needing_accessible_place - self.accessible_places)


def event_fit(event: Event, room: Room | None, registrations: Iterable[Registration]) -> Fit:
    """The fit of `event` in `room` (its booked room, or None) for these registrations."""
    room_capacity = room.capacity(event.layout) if room is not None else None
    layout_missing = room is not None and event.layout is not None and room_capacity is None
    known = [c for c in (room_capacity, event.capacity_limit) if c is not None]
    return Fit(
        capacity=min(known) if known else None,
        room_capacity=room_capacity,
        capacity_limit=event.capacity_limit,
        layout=event.layout,
        layout_missing=layout_missing,
        counts=count_registrations(registrations),
        no_show_rate=event.no_show_rate or 0.0,
        accessible_places=room.accessible_places if room is not None else None,
    )
