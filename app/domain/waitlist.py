"""The waiting list: who gets a place when an event fills up, and who moves up when one frees."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from .enums import RegistrationStatus, WaitingFor
from .event import Event
from .registration import Registration
from .venue import Room

# The wording stored as status_reason of a registration waiting for a seat (what it waits
# for is `waiting_for`; the text is only shown).
CAPACITY_REASON_PREFIX = "Waiting list:"


def capacity_reason(capacity: int) -> str:
    return f"{CAPACITY_REASON_PREFIX} the event is full ({capacity} places)."


def event_capacity(event: Event, room: Room | None) -> int | None:
    """The places of an event: its own limit and the room's seats for its layout, the tighter."""
    room_seats = room.capacity(event.layout) if room is not None else None
    known = [c for c in (event.capacity_limit, room_seats) if c is not None]
    return min(known) if known else None


def registration_order(registrations: Iterable[Registration]) -> list[Registration]:
    """First come, first served; without a time, in the given order after those with one."""
    return sorted(
        registrations, key=lambda r: (r.registered_at is None, r.registered_at or dt.datetime.min)
    )


def waits_for_a_place(r: Registration) -> bool:
    """Waitlisted for a seat: the capacity rule may move them up (not a quota's or a
    coordinator's decision). One waitlisted for no stated cause, as a file said, waits
    for a seat too."""
    return r.status == RegistrationStatus.WAITLISTED and r.waiting_for in (
        WaitingFor.SEAT,
        WaitingFor.NOTHING,
    )


@dataclass(frozen=True)
class Move:
    """A status the rules give a registration, with the reason to store."""

    registration: Registration
    status: RegistrationStatus
    reason: str
    waiting_for: WaitingFor = WaitingFor.NOTHING

    @property
    def moves_up(self) -> bool:
        """Off the waiting list into a place (the change that is logged)."""
        return (
            self.registration.status == RegistrationStatus.WAITLISTED
            and self.status == RegistrationStatus.REGISTERED
        )


def settle(
    registrations: Iterable[Registration],
    capacity: int | None,
    newcomers: Iterable[Registration] = (),
) -> list[Move]:
    """The moves that fill the free places of an event, in registration order.

    `registrations` are all of the event's, `newcomers` the ones among them not yet
    placed (just imported or added, status registered). People already confirmed
    keep their place even if the capacity has shrunk: taking a seat away is the
    coordinator's call. Newcomers and those waiting for a place queue together in
    the order they registered; the first ones fill the free places, the rest wait.
    With an unknown capacity newcomers get a place and nobody moves up.
    """
    everyone = list(registrations)
    new = {id(r) for r in newcomers}
    if capacity is None:
        return []
    confirmed = sum(1 for r in everyone if r.is_confirmed and id(r) not in new)
    queue = registration_order(
        r
        for r in everyone
        if (id(r) in new and r.status == RegistrationStatus.REGISTERED) or waits_for_a_place(r)
    )
    free = max(0, capacity - confirmed)
    moves = []
    for place, r in enumerate(queue):
        if place < free:
            status, reason, waits = RegistrationStatus.REGISTERED, "", WaitingFor.NOTHING
        else:
            status, reason = RegistrationStatus.WAITLISTED, capacity_reason(capacity)
            waits = WaitingFor.SEAT
        if r.status != status or r.status_reason != reason or r.waiting_for != waits:
            moves.append(Move(r, status, reason, waits))
    return moves


def apply(moves: Iterable[Move]) -> list[Registration]:
    """Give each registration its new status; returns those that moved up from the list."""
    moved_up = []
    for move in moves:
        if move.moves_up:
            moved_up.append(move.registration)
        move.registration.status = move.status
        move.registration.status_reason = move.reason
        move.registration.waiting_for = move.waiting_for
    return moved_up


def moved_up_message(r: Registration, freed_by: str = "") -> str:
    """The log line for someone moving up (English; the log is a record, not UI text)."""
    who = r.name or r.email or f"registration {r.id}"
    if freed_by:
        return f"{who} moved up from the waiting list (place freed by {freed_by})."
    return f"{who} moved up from the waiting list."
