"""Saving, adding and deleting venues and events: whole snapshots, checked against the store."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any, Literal

from ..domain.record_diff import differences, same
from ..storage import ConflictError, NotFoundError
from .base import Result
from .transaction import Tx

Kind = Literal["venue", "event"]


def _repo(tx: Tx, kind: Kind) -> Any:
    return tx.venues if kind == "venue" else tx.events


def _stored(tx: Tx, kind: Kind, record_id: int | None) -> Any | None:
    if record_id is None:
        return None
    try:
        return _repo(tx, kind).get(record_id)
    except NotFoundError:
        return None


def conflict_text(kind: Kind, expected: Any | None, found: Any | None) -> str:
    """One line saying what another window changed, for the user."""
    if found is None:
        return f"The {kind} was deleted elsewhere since; nothing was changed."
    if expected is None:
        return f"The {kind} “{found.name if kind == 'venue' else found.title}” exists again."
    shown = [
        f"{d.field} of {d.subject} is now {d.new or '(empty)'}, not {d.old or '(empty)'}"
        for d in differences(expected, found)[:3]
    ]
    return "Changed elsewhere since: " + "; ".join(shown) + "."


class RecordMoved(ConflictError):
    """The record is no longer as a step expects it: `differences` say what another window
    changed (expected -> found); `deleted` that it is gone. The message is the English."""

    def __init__(self, kind: Kind, expected: Any | None, found: Any | None) -> None:
        super().__init__(conflict_text(kind, expected, found))
        self.kind = kind
        self.deleted = found is None
        self.differences = differences(expected, found) if expected and found else []


@dataclass
class SaveRecord:
    """Make the stored venue or event `after` (None: delete it) where it is `before` now
    (None: where there is none). `before` is what the editor showed, or what an earlier
    step left; a store that moved on to other content is a ConflictError, and nothing is
    written. Its revision alone does not count: an undo that put the same content back
    raised the revision, yet the record is as this step expects."""

    kind: Kind
    record_id: int | None
    before: Any | None
    after: Any | None

    def run(self, tx: Tx) -> Result:
        repo = _repo(tx, self.kind)
        current = _stored(tx, self.kind, self.record_id)
        if self.before is not None:
            moved = current is None or (
                current.revision != self.before.revision and not same(current, self.before)
            )
            if moved:
                raise RecordMoved(self.kind, self.before, current)
        elif current is not None:
            raise RecordMoved(self.kind, None, current)
        stored = None
        if self.after is None:
            if current is not None:
                repo.delete(current.id)
        else:
            record = copy.deepcopy(self.after)
            record.id = self.record_id
            if current is not None:
                record.revision = current.revision
                stored = repo.save(record)
            else:
                stored = repo.add(record)
        record_id = stored.id if stored is not None else self.record_id
        tx.changed(self.kind, record_id)
        before = current if current is not None else None
        return Result(
            value=copy.deepcopy(stored),
            inverse=SaveRecord(self.kind, record_id, copy.deepcopy(stored), before),
            differences=differences(before, stored) if before and stored else [],
        )
