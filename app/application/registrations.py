"""Registration changes by hand, each settling the waiting list inside its transaction."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..domain import Registration, RegistrationStatus
from ..services import registration_changes as changes
from ..services.registration_changes import Outcome
from ..storage import ConflictError
from .base import Result
from .transaction import Tx


@dataclass
class RestoreRegistrations:
    """Put `rows` back exactly as given and remove `remove_ids`, where the registrations
    are still as the step being taken back left them (`expected` stored as they are,
    `absent_ids` not stored); else ConflictError naming who changed, and nothing written.
    Its inverse is the same with the two sides swapped: undo and redo of one step."""

    event_id: int
    rows: list[Registration]
    remove_ids: list[int]
    expected: list[Registration]
    absent_ids: list[int]
    log_line: str = ""

    def run(self, tx: Tx) -> Result:
        _refuse_purged_data(tx, self.event_id, self.rows)
        changes.restore(
            tx,
            self.event_id,
            self.rows,
            self.remove_ids,
            self.log_line,
            expected=self.expected,
            absent_ids=self.absent_ids,
        )
        tx.changed(
            "registrations",
            self.event_id,
            self.event_id,
            [r.id for r in self.rows] + list(self.remove_ids),
        )
        return Result(
            value=None,
            inverse=RestoreRegistrations(
                self.event_id,
                copy.deepcopy(self.expected),
                list(self.absent_ids),
                copy.deepcopy(self.rows),
                list(self.remove_ids),
                self.log_line,
            ),
        )


_PERSONAL = ("first_name", "last_name", "full_name", "email", "phone", "comment", "role")
_NEEDS = ("dietary", "accessibility")


def _refuse_purged_data(tx: Tx, event_id: int, rows: list[Registration]) -> None:
    """ConflictError when an undo or redo would write back personal data (or special
    needs) that a purge of the event has deleted since: a purge is final, in every window
    whose history still holds the step."""
    event = tx.events.get(event_id)
    for stamp, fields in (
        (event.personal_data_purged_on, _PERSONAL),
        (event.needs_purged_on, _NEEDS),
    ):
        if stamp is not None and any(getattr(r, f) for r in rows for f in fields):
            raise ConflictError(
                f"The personal data of “{event.title}” was deleted on {stamp:%d-%m-%Y}; "
                "this step would bring some of it back, so it can no longer be undone "
                "or redone."
            )


def _stored(tx: Tx, event_id: int, outcome: Outcome) -> Result:
    tx.changed(
        "registrations",
        event_id,
        event_id,
        [r.id for r in outcome.changed] + [r.id for r in outcome.deleted],
    )
    inverse = None
    if outcome.changed or outcome.deleted:
        inverse = RestoreRegistrations(
            event_id,
            rows=copy.deepcopy(outcome.before + outcome.deleted),
            remove_ids=list(outcome.added_ids),
            expected=copy.deepcopy(outcome.changed),
            absent_ids=[r.id for r in outcome.deleted if r.id is not None],
        )
    return Result(value=outcome, inverse=inverse)


@dataclass
class AddRegistration:
    event_id: int
    registration: Registration

    def run(self, tx: Tx) -> Result:
        person = copy.deepcopy(self.registration)
        return _stored(tx, self.event_id, changes.add(tx, self.event_id, person))


@dataclass
class EditRegistration:
    """Store an edited registration; ConflictError when the stored one is no longer the
    `original` the editor showed (another window, an import or a colleague changed it)."""

    registration: Registration
    original: Registration | None = None

    def run(self, tx: Tx) -> Result:
        person = copy.deepcopy(self.registration)
        assert person.event_id is not None
        return _stored(tx, person.event_id, changes.save(tx, person, self.original))


@dataclass
class SetStatus:
    event_id: int
    ids: Sequence[int]
    status: RegistrationStatus

    def run(self, tx: Tx) -> Result:
        return _stored(
            tx, self.event_id, changes.set_status(tx, self.event_id, self.ids, self.status)
        )


@dataclass
class DeleteRegistrations:
    event_id: int
    ids: Sequence[int] = field(default_factory=list)

    def run(self, tx: Tx) -> Result:
        return _stored(tx, self.event_id, changes.delete(tx, self.event_id, self.ids))
