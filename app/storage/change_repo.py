"""The changes table: appending change records and reading those after a sequence number."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, func, insert, select

from . import schema as s
from .change_notices import notify

# A change touching more people than this names none (readers reload the event's list).
_MAX_IDS = 500


@dataclass(frozen=True)
class Change:
    """One change record: which aggregate (venue, event, registrations) and which ids."""

    aggregate: str
    aggregate_id: int | None
    event_id: int | None = None
    ids: tuple[int, ...] = field(default=())
    origin: str = ""
    seq: int = 0


def append(conn: Connection, changes: Iterable[Change]) -> None:
    """Add change records in the caller's transaction, so they commit with the change."""
    at = dt.datetime.now().isoformat(timespec="seconds")
    rows = [
        {
            "aggregate": c.aggregate,
            "aggregate_id": c.aggregate_id,
            "event_id": c.event_id,
            "ids": json.dumps(list(c.ids) if len(c.ids) <= _MAX_IDS else []),
            "origin": c.origin,
            "at": at,
        }
        for c in changes
    ]
    if rows:
        conn.execute(insert(s.changes), rows)
        notify(conn, str(rows[0]["origin"]))


def latest(conn: Connection) -> int:
    """The sequence number of the newest change record (0 if none)."""
    return int(conn.execute(select(func.coalesce(func.max(s.changes.c.seq), 0))).scalar_one())


def since(conn: Connection, seq: int, limit: int = 1000) -> list[Change]:
    """Change records after `seq`, oldest first."""
    rows = conn.execute(
        select(s.changes).where(s.changes.c.seq > seq).order_by(s.changes.c.seq).limit(limit)
    ).mappings()
    return [
        Change(
            r["aggregate"],
            r["aggregate_id"],
            r["event_id"],
            tuple(int(i) for i in json.loads(r["ids"] or "[]")),
            r["origin"],
            r["seq"],
        )
        for r in rows
    ]
