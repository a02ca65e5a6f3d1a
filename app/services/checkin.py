"""Check-in at the door: find a person, check them in or undo it, add a walk-in."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..domain import Registration, RegistrationStatus
from ..domain.checkin import Arrival, DoorCounts, check_in, door_counts, walk_in
from ..domain.people_search import PeopleIndex, fold
from ..domain.waitlist import event_capacity
from ..storage import ConflictError, NotFoundError, Store, stored_id
from .registration_import.runner import event_room
from .table_plans import seat_arrival


@dataclass(frozen=True)
class CheckInResult:
    """`registration` as stored now; `before` is what undoes this check-in, or None when
    the person had already arrived (at `registration.checked_in_at`)."""

    registration: Registration
    before: Arrival | None

    @property
    def already(self) -> bool:
        return self.before is None


@dataclass(frozen=True)
class DoorState:
    """Everything the door shows: the people, their counts and the seats."""

    people: list[Registration]
    counts: DoorCounts
    capacity: int | None
    waitlisted: int

    @property
    def seats_taken(self) -> int:
        return sum(1 for r in self.people if r.is_confirmed)


def door_state(project: Store, event_id: int) -> DoorState:
    people = project.registrations.for_event(event_id)
    event = project.events.get(event_id)
    return DoorState(
        people,
        door_counts(people),
        event_capacity(event, event_room(project, event)),
        sum(1 for r in people if r.status == RegistrationStatus.WAITLISTED),
    )


def _now(now: dt.datetime | None) -> dt.datetime:
    return (now or dt.datetime.now()).replace(microsecond=0)


def check_in_person(
    project: Store, event_id: int, registration_id: int, now: dt.datetime | None = None
) -> CheckInResult:
    """Check one person in. When another door got there first, their time stands."""
    r = project.registrations.get(registration_id)
    if r.event_id != event_id:
        raise NotFoundError(f"Registration {registration_id} is not one of this event's.")
    at = _now(now)
    before = check_in(r, at)
    if before is not None and project.checkins.check_in(
        event_id, before, at, f"{r.name} checked in at {at:%H:%M}."
    ):
        seat_arrival(project, event_id, r)
        return CheckInResult(r, before)
    return CheckInResult(project.registrations.get(registration_id), None)


def undo_check_in(project: Store, event_id: int, result: CheckInResult) -> Registration:
    """Take back a check-in this door made; ConflictError if it was changed since."""
    if result.before is None:
        return result.registration
    r = result.registration
    if r.checked_in_at is None or not project.checkins.undo_check_in(
        event_id, result.before, r.checked_in_at, f"{r.name}: check-in undone."
    ):
        raise ConflictError(
            f"{r.name}: changed by another window since, so the check-in was not undone."
        )
    return project.registrations.get(stored_id(r.id, "registration"))


def add_walk_in(
    project: Store,
    event_id: int,
    name: str,
    organisation: str = "",
    group: str = "",
    now: dt.datetime | None = None,
) -> Registration:
    """Add a person who came without registering, checked in now. They take a seat: the
    capacity counts them, and nobody on the waiting list moves up into it."""
    if not name.strip():
        raise ValueError("A walk-in needs a name.")
    project.events.get(event_id)  # NotFoundError for an unknown event
    person = walk_in(event_id, name, organisation, group, _now(now))
    repo = project.registrations
    with repo.transaction() as conn:
        repo.add_many([person], conn)
        repo.log(event_id, f"{person.name} came as a walk-in.", person.id, conn=conn)
    seat_arrival(project, event_id, person)
    return person


def undo_walk_in(project: Store, event_id: int, person: Registration) -> None:
    """Remove a walk-in added by mistake, unless another window changed them since."""
    repo = project.registrations
    person_id = stored_id(person.id, "registration")
    try:
        stored = repo.get(person_id)
    except NotFoundError:
        return
    if stored != person:
        raise ConflictError(f"{person.name}: changed by another window since; not removed.")
    with repo.transaction() as conn:
        repo.delete([person_id], conn)
        repo.log(event_id, f"{person.name}: walk-in removed again.", conn=conn)


def matches(people: list[Registration], query: str) -> list[Registration]:
    """The people `query` finds, best first; a name typed in full picks that one person."""
    by_id = {r.id: r for r in people}
    found = [by_id[i] for i in PeopleIndex(by_id.values()).find(query)]
    exact = [r for r in found if fold(r.name) == fold(query)]
    return exact if len(exact) == 1 else found
