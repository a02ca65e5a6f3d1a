"""Attendance after the meeting: the measured no-show rate, and learning it for the next one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from .enums import CONFIRMED_STATUSES, EventKind, RegistrationStatus
from .registration import Registration

# Those expected at the door: the statuses that hold a seat.
_EXPECTED = CONFIRMED_STATUSES


def attendance_taken(registrations: Iterable[Registration]) -> bool:
    """True once anyone was checked in or marked a no-show: only then can an absence be told
    from a list nobody kept."""
    return any(
        r.status in (RegistrationStatus.ATTENDED, RegistrationStatus.NO_SHOW) for r in registrations
    )


def attended(r: Registration) -> bool | None:
    """Whether `r` came: True, False, or None when they had no place (waiting, cancelled)."""
    if r.status == RegistrationStatus.ATTENDED:
        return True
    if r.status in (RegistrationStatus.REGISTERED, RegistrationStatus.NO_SHOW):
        return False
    return None


def measured_no_show_rate(registrations: Iterable[Registration]) -> float | None:
    """The share of people with a place, registered beforehand, who did not come; None
    when attendance was not taken. Walk-ins came without a place, so they count neither way."""
    people = [r for r in registrations if not r.walk_in and r.status in _EXPECTED]
    came = sum(1 for r in people if r.status == RegistrationStatus.ATTENDED)
    marked = sum(1 for r in people if r.status == RegistrationStatus.NO_SHOW)
    return rate_from_counts(came, len(people) - came - marked, marked)


def rate_from_counts(came: int, not_checked_in: int, marked_absent: int) -> float | None:
    """The no-show rate from the counts of people with a place: those who came, those never
    checked in, those marked as no-shows. None when nobody's attendance was recorded."""
    if came + marked_absent == 0:
        return None
    return (not_checked_in + marked_absent) / (came + not_checked_in + marked_absent)


@dataclass(frozen=True)
class MeasuredEvent:
    """An event held, with the no-show rate measured at it."""

    event_id: int
    kind: EventKind
    date: dt.date
    no_show_rate: float
    title: str = ""


def learned_no_show_rate(
    kind: EventKind, measured: Iterable[MeasuredEvent], before: dt.date
) -> MeasuredEvent | None:
    """The latest event of `kind` held before `before` whose no-shows were measured."""
    held = [m for m in measured if m.kind == kind and m.date < before]
    return max(held, key=lambda m: (m.date, m.event_id), default=None)
