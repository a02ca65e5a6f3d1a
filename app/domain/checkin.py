"""Checking people in at the door: who counts as arrived, expected or a walk-in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from .enums import RegistrationStatus, WaitingFor
from .registration import Registration


@dataclass(frozen=True)
class DoorCounts:
    """The four numbers the door shows at all times."""

    arrived: int  # everyone checked in, walk-ins included
    expected: int  # people with a place who registered beforehand
    walk_ins: int  # people who came without registering
    not_arrived: int  # expected people not checked in yet


def door_counts(registrations: Iterable[Registration]) -> DoorCounts:
    arrived = walk_ins = expected = not_arrived = 0
    for r in registrations:
        if r.status == RegistrationStatus.ATTENDED:
            arrived += 1
            walk_ins += r.walk_in
        if not r.walk_in and r.is_confirmed:
            expected += 1
            not_arrived += r.status == RegistrationStatus.REGISTERED
    return DoorCounts(arrived, expected, walk_ins, not_arrived)


@dataclass(frozen=True)
class Arrival:
    """What a registration was before it was checked in: enough to undo the check-in."""

    registration_id: int
    status: RegistrationStatus
    status_reason: str
    checked_in_at: dt.datetime | None
    waiting_for: WaitingFor = WaitingFor.NOTHING


def check_in(r: Registration, now: dt.datetime) -> Arrival | None:
    """Mark `r` as arrived at `now`; None if they already were (their time is kept, and
    someone an import marked as attended, with no time, stays so)."""
    if r.status == RegistrationStatus.ATTENDED:
        return None
    if r.id is None:
        raise ValueError("Only a stored registration can be checked in.")
    before = Arrival(r.id, r.status, r.status_reason, r.checked_in_at, r.waiting_for)
    r.status = RegistrationStatus.ATTENDED
    r.status_reason = ""
    r.waiting_for = WaitingFor.NOTHING
    r.checked_in_at = now.replace(microsecond=0)
    return before


def undo_check_in(r: Registration, before: Arrival) -> None:
    r.status = before.status
    r.status_reason = before.status_reason
    r.waiting_for = before.waiting_for
    r.checked_in_at = before.checked_in_at


def walk_in(
    event_id: int, name: str, organisation: str, group: str, now: dt.datetime
) -> Registration:
    """A person who came without registering, checked in as they arrive."""
    first, _, last = name.strip().partition(" ")
    return Registration(
        event_id=event_id,
        first_name=first.strip(),
        last_name=last.strip(),
        organisation=organisation.strip(),
        invitee_group=group.strip(),
        status=RegistrationStatus.ATTENDED,
        registered_at=now.replace(microsecond=0),
        checked_in_at=now.replace(microsecond=0),
        walk_in=True,
    )


def parse_walk_in(line: str) -> tuple[str, str, str] | None:
    """A walk-in typed in one line, "name, organisation, group" (the last two optional);
    None when no name is given."""
    parts = [p.strip() for p in line.split(",")]
    name = parts[0] if parts else ""
    if not name:
        return None
    organisation = parts[1] if len(parts) > 1 else ""
    group = ", ".join(p for p in parts[2:] if p)
    return name, organisation, group
