"""Changing registrations by hand (add, edit, status, delete) with the waiting list kept right."""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..domain import Registration, RegistrationStatus
from ..domain.enums import CONFIRMED_STATUSES, WaitingFor
from ..domain.placement import place
from ..domain.record_diff import differences, same
from ..domain.registration_rules import is_late
from ..domain.waitlist import event_capacity, moved_up_message
from ..storage import ConflictError, NotFoundError, Store
from ..storage.registration_repo import registration_row
from .registration_import.runner import event_room

# A waiting place given by hand is the coordinator's decision: the capacity rules leave it.
BY_HAND_REASON = "Put on the waiting list by hand."


@dataclass
class Outcome:
    """What a change did. `changed` are the rows as stored now (added ones included),
    `before` the stored rows among them as they were, `deleted` the rows removed as they
    were, `added_ids` the new rows: enough to undo the change and to redo it."""

    changed: list[Registration] = field(default_factory=list)
    moved_up: list[Registration] = field(default_factory=list)
    before: list[Registration] = field(default_factory=list)
    deleted: list[Registration] = field(default_factory=list)
    added_ids: list[int] = field(default_factory=list)


def _originals(rows: list[Registration]) -> dict[int, Registration]:
    """Copies of the stored rows, taken before anything changes them."""
    return {r.id: copy.copy(r) for r in rows if r.id is not None}


def capacity_of(project: Store, event_id: int) -> int | None:
    event = project.events.get(event_id)
    return event_capacity(event, event_room(project, event))


def _settle_and_write(
    project: Store,
    event_id: int,
    everyone: list[Registration],
    touched: list[Registration],
    newcomers: list[Registration],
    log_lines: list[str],
    originals: dict[int, Registration],
    freed_by: str = "",
    delete_ids: Iterable[int] = (),
) -> Outcome:
    before = {id(r): (r.status, r.status_reason, r.waiting_for) for r in everyone}
    event = project.events.get(event_id)
    moved_up = place(
        everyone, event_capacity(event, event_room(project, event)), event.invitee_groups, newcomers
    )
    changed = [
        r
        for r in everyone
        if id(r) in {id(t) for t in touched}
        or (r.status, r.status_reason, r.waiting_for) != before[id(r)]
    ]
    repo = project.registrations
    fresh = [r for r in changed if r.id is None]
    stored = [r for r in changed if r.id is not None]
    delete_ids = list(delete_ids)
    with repo.transaction() as conn:
        repo.delete(delete_ids, conn)
        repo.add_many(fresh, conn)
        repo.update_many(stored, conn)
        for line in log_lines:
            repo.log(event_id, line, conn=conn)
        for r in moved_up:
            repo.log(event_id, moved_up_message(r, freed_by), r.id, conn=conn)
    return Outcome(
        changed,
        moved_up,
        before=[originals[r.id] for r in stored if r.id is not None],
        deleted=[originals[i] for i in delete_ids if i in originals],
        added_ids=[r.id for r in fresh if r.id is not None],
    )


def restore(
    project: Store,
    event_id: int,
    rows: Iterable[Registration],
    remove_ids: Iterable[int],
    log_line: str,
    expected: Iterable[Registration] = (),
    absent_ids: Iterable[int] = (),
) -> None:
    """Put `rows` back exactly as given (updating those stored, re-adding those gone, with
    their ids) and remove `remove_ids`, in one transaction: the undo and redo of a change.
    The waiting list is not settled again: the rows already hold the statuses it gave.

    Only when the registrations are still as the change left them (`expected` stored as
    they are, `absent_ids` not stored): if an import, another window or a colleague has
    changed one since, ConflictError, and nothing is written over their change.
    """
    repo = project.registrations
    rows = [copy.copy(r) for r in rows]
    remove_ids = list(remove_ids)
    current = {r.id: r for r in repo.for_event(event_id)}
    moved_on = []
    for r in expected:
        now = current.get(r.id)
        if now is None:
            moved_on.append(f"{r.name} was deleted")
        elif _content(now) != _content(r):
            what = [d for d in differences(r, now) if d.field not in _WHERE_IN_FILE]
            first = what[0] if what else None
            moved_on.append(
                f"{now.name}: {first.field.replace('_', ' ')} is now {first.new or '(empty)'}"
                if first
                else now.name
            )
    moved_on += [f"{current[i].name} was added again" for i in absent_ids if i in current]
    if moved_on:
        raise ConflictError(
            f"{'; '.join(moved_on[:3])}{' …' if len(moved_on) > 3 else ''} — changed since "
            "(by an import, another window or a colleague), so this step cannot be undone "
            "or redone without overwriting that change."
        )
    _check_places(project, event_id, current, rows, remove_ids)
    for r in rows:
        # Where in the file a person is stays as the newest import left it.
        if r.id in current:
            r.source_file, r.source_row = current[r.id].source_file, current[r.id].source_row
    stored = set(current)
    with repo.transaction() as conn:
        repo.delete(remove_ids, conn)
        repo.update_many([r for r in rows if r.id in stored], conn)
        repo.add_many([r for r in rows if r.id not in stored], conn)
        repo.log(event_id, log_line, conn=conn)


def _check_places(
    project: Store,
    event_id: int,
    current: dict[int | None, Registration],
    rows: list[Registration],
    remove_ids: Iterable[int],
) -> None:
    """An undo or redo that would book people past the places (others took the freed
    ones since) is a conflict too: the waiting list must stay right."""
    after = {i: r for i, r in current.items() if i not in set(remove_ids)}
    after.update({r.id: r for r in rows})
    seated_now = sum(r.is_confirmed for r in current.values())
    seated_after = sum(r.is_confirmed for r in after.values())
    places = capacity_of(project, event_id)
    if places is not None and seated_after > max(places, seated_now):
        raise ConflictError(
            f"The event is full now ({places} places, taken since by others): this step "
            f"would book {seated_after - places} past them, so it was not undone or redone."
        )


# Where an import found a person: bookkeeping that an undo neither checks nor puts back.
_WHERE_IN_FILE = ("source_file", "source_row")


def _content(r: Registration) -> dict[str, object]:
    row = registration_row(r)
    for name in _WHERE_IN_FILE:
        row.pop(name, None)
    return row


def add(project: Store, event_id: int, registration: Registration) -> Outcome:
    """Add one registration; it waits for a place when the event is full."""
    event = project.events.get(event_id)
    registration.event_id = event_id
    registration.late = is_late(registration.registered_at, event.registration_deadline)
    if registration.status == RegistrationStatus.WAITLISTED and not registration.status_reason:
        registration.status_reason = BY_HAND_REASON
        registration.waiting_for = WaitingFor.BY_HAND
    stored = project.registrations.for_event(event_id)
    originals = _originals(stored)
    everyone = stored + [registration]
    newcomers = [registration] if registration.status == RegistrationStatus.REGISTERED else []
    return _settle_and_write(
        project,
        event_id,
        everyone,
        [registration],
        newcomers,
        [f"{registration.name} added by hand."],
        originals,
    )


def save(
    project: Store, registration: Registration, original: Registration | None = None
) -> Outcome:
    """Store an edited registration; a cancellation moves the next one up.

    `original` is the registration as the editor showed it: when the stored one differs
    (another window or coordinator saved it meanwhile, or a re-import updated it), the
    save is refused with ConflictError rather than overwriting their change unseen.
    """
    event_id = registration.event_id
    if event_id is None or registration.id is None:
        raise ValueError("Only a stored registration of an event can be saved.")
    event = project.events.get(event_id)
    try:
        old = project.registrations.get(registration.id)
    except NotFoundError:
        # Deleted meanwhile (another window, a colleague, or their undo of an addition).
        raise ConflictError(
            f"The registration of {registration.name} was deleted elsewhere since you "
            "opened it; your edit was not saved."
        ) from None
    if original is not None and old.revision != original.revision and not same(old, original):
        raise ConflictError(
            f"The registration of {old.name or original.name} was changed elsewhere since "
            "you opened it; your edit was not saved. Its current details are shown now."
        )
    registration.late = is_late(registration.registered_at, event.registration_deadline)
    stored = project.registrations.for_event(event_id)
    originals = _originals(stored)
    everyone = [registration if r.id == registration.id else r for r in stored]
    lines = []
    if old.status != registration.status:
        _status_reason(registration)
        lines.append(f"{registration.name}: {old.status} -> {registration.status}.")
    return _settle_and_write(
        project,
        event_id,
        everyone,
        [registration],
        [],
        lines,
        originals,
        registration.name if _frees(old.status, registration.status) else "",
    )


def set_status(
    project: Store, event_id: int, ids: Iterable[int], status: RegistrationStatus
) -> Outcome:
    """Give several registrations one status (bulk change), then fill freed places."""
    wanted = set(ids)
    everyone = project.registrations.for_event(event_id)
    _all_there(everyone, wanted)
    originals = _originals(everyone)
    touched, lines, freed = [], [], []
    for r in everyone:
        if r.id in wanted and r.status != status:
            lines.append(f"{r.name}: {r.status} -> {status}.")
            if _frees(r.status, status):
                freed.append(r.name)
            r.status = status
            _status_reason(r)
            touched.append(r)
    return _settle_and_write(
        project,
        event_id,
        everyone,
        touched,
        [],
        lines,
        originals,
        freed[0] if len(freed) == 1 else "",
    )


def delete(project: Store, event_id: int, ids: Iterable[int]) -> Outcome:
    """Delete registrations; places they held go to the waiting list."""
    gone = set(ids)
    everyone = project.registrations.for_event(event_id)
    _all_there(everyone, gone)
    originals = _originals(everyone)
    removed = [r for r in everyone if r.id in gone]
    remaining = [r for r in everyone if r.id not in gone]
    lines = [f"{r.name} deleted." for r in removed]
    freed = [r.name for r in removed if r.is_confirmed]
    return _settle_and_write(
        project,
        event_id,
        remaining,
        [],
        [],
        lines,
        originals,
        freed[0] if len(freed) == 1 else "",
        [r.id for r in removed if r.id is not None],
    )


def _all_there(everyone: list[Registration], ids: set[int]) -> None:
    """Refuse a change of people the event does not hold (any more): deleted by another
    window meanwhile, or, on a team server, another organisation's, which this login never
    sees. Nothing is changed."""
    missing = sorted(ids - {r.id for r in everyone})
    if missing:
        raise ConflictError(
            f"There is no registration with id {missing[0]} in this event (deleted elsewhere "
            "since?); nothing was changed."
        )


def _frees(old: RegistrationStatus, new: RegistrationStatus) -> bool:
    return old in CONFIRMED_STATUSES and new not in CONFIRMED_STATUSES


def _status_reason(r: Registration) -> None:
    by_hand = r.status == RegistrationStatus.WAITLISTED
    r.status_reason = BY_HAND_REASON if by_hand else ""
    r.waiting_for = WaitingFor.BY_HAND if by_hand else WaitingFor.NOTHING
