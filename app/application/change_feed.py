"""Reading the change feed: what other windows (or other computers) changed since a point.

A `ChangeSource` says where change records come from: the changes table. On a file the
window's feed polls it a few times a second; on a server every commit that adds change
records also NOTIFYs a channel, and a listener (`storage.change_notices`) wakes the same
reading at once. Either way readers get `FeedBatch`es: the records after their last sequence number, with the
venues and events they name already loaded (off the UI thread), and skip their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from ..storage import NotFoundError, Project
from ..storage.change_repo import Change, latest, since


class ChangeSource(Protocol):
    def latest(self) -> int:
        """The newest sequence number now (where a new reader starts)."""
        ...

    def since(self, seq: int) -> list[Change]:
        """Change records after `seq`, oldest first."""
        ...


class TableChangeSource:
    """Change records from the project's changes table (SQLite, or any SQL store)."""

    def __init__(self, project: Project) -> None:
        self._project = project

    def latest(self) -> int:
        with self._project.engine.connect() as conn:
            return latest(conn)

    def since(self, seq: int) -> list[Change]:
        with self._project.engine.connect() as conn:
            return since(conn, seq)


@dataclass
class FeedBatch:
    """Changes made elsewhere after the reader's last sequence number, up to `last`.
    `records` holds each named venue or event as it is now (None: deleted)."""

    last: int
    changes: list[Change] = field(default_factory=list)
    records: dict[tuple[str, int], Any] = field(default_factory=dict)


def read_batch(project: Project, source: ChangeSource, seq: int | None) -> FeedBatch:
    """What changed after `seq` in other windows (`seq` None: start from now)."""
    if seq is None:
        return FeedBatch(source.latest())
    found = source.since(seq)
    batch = FeedBatch(found[-1].seq if found else seq)
    for change in found:
        if change.origin == project.session_id:
            continue  # this window's own change: its pages have shown it already
        batch.changes.append(change)
        key = (change.aggregate, change.aggregate_id or 0)
        if change.aggregate in ("venue", "event") and key not in batch.records:
            repo = project.venues if change.aggregate == "venue" else project.events
            try:
                batch.records[key] = repo.get(key[1])
            except NotFoundError:
                batch.records[key] = None
    return batch
