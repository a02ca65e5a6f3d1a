"""Check-in at the door and walk-ins, as commands that can be taken back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..domain import Registration
from ..services import checkin
from ..services.checkin import CheckInResult
from .base import Result
from .transaction import Tx


@dataclass
class CheckIn:
    """Check one person in; when another door got there first, their time stands."""

    event_id: int
    registration_id: int
    now: dt.datetime | None = None

    def run(self, tx: Tx) -> Result:
        done = checkin.check_in_person(tx, self.event_id, self.registration_id, self.now)
        tx.changed("registrations", self.event_id, self.event_id, [self.registration_id])
        inverse = UndoCheckIn(self.event_id, done) if done.before is not None else None
        return Result(value=done, inverse=inverse)


@dataclass
class UndoCheckIn:
    event_id: int
    done: CheckInResult

    def run(self, tx: Tx) -> Result:
        person = checkin.undo_check_in(tx, self.event_id, self.done)
        tx.changed("registrations", self.event_id, self.event_id, [person.id])
        return Result(value=person, inverse=CheckIn(self.event_id, self.done.registration.id or 0))


@dataclass
class AddWalkIn:
    event_id: int
    name: str
    organisation: str = ""
    group: str = ""
    now: dt.datetime | None = None

    def run(self, tx: Tx) -> Result:
        person = checkin.add_walk_in(
            tx, self.event_id, self.name, self.organisation, self.group, self.now
        )
        tx.changed("registrations", self.event_id, self.event_id, [person.id])
        return Result(value=person, inverse=RemoveWalkIn(self.event_id, person))


@dataclass
class RemoveWalkIn:
    event_id: int
    person: Registration

    def run(self, tx: Tx) -> Result:
        checkin.undo_walk_in(tx, self.event_id, self.person)
        tx.changed("registrations", self.event_id, self.event_id, [self.person.id])
        return Result(value=None)
