"""A first look at a project file's venue and event lists, read with the stdlib's sqlite3.

Opening a project imports SQLAlchemy, which alone takes longer than a slow laptop may
take to show a usable window (issue 22). While it loads, the window shows the two lists
read from here; the real pages replace them once the project is open. Only a file this
version writes as it is gets a first look: anything else (an older or newer format, a
damaged, locked or foreign file) gets none, and the real open reports it as always.
Nothing here imports SQLAlchemy (tests/test_first_look.py checks).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..domain import Event, EventKind, Room, SeatingLayout, Venue
from .schema_version import APP_ID, WRITTEN, SchemaVersion

# A file another window is writing is not waited for: the real open waits for it.
BUSY_TIMEOUT_S = 0.05

_LAYOUTS = {str(layout) for layout in SeatingLayout}


@dataclass
class FirstLook:
    """The venues and events as their lists show them, in the order `repo.all()` gives:
    venues with their name, address and rooms' capacities; events with their title, date,
    kind and venue. Every other field keeps its default."""

    venues: list[Venue]
    events: list[Event]


class _Unexpected(ValueError):
    """A value this version never writes: no first look."""


def read_first_look(path: str | Path) -> FirstLook | None:
    """The lists of the project file at `path`, or None when it is not a file of exactly
    the format this version writes, or cannot be read at once. Never raises."""
    try:
        file = Path(path)
        if not file.is_file():  # a folder, a pipe, a device, or nothing
            return None
        conn = sqlite3.connect(
            f"{file.resolve().as_uri()}?mode=ro",
            uri=True,
            timeout=BUSY_TIMEOUT_S,
            isolation_level=None,  # the one transaction is begun here (_read)
        )
        try:
            return _read(conn)
        finally:
            conn.close()
    # Whatever goes wrong, the real open (a moment later) finds it and reports it in
    # one line; a first look only ever leaves "Opening…" in place.
    except (sqlite3.Error, OSError, ValueError, TypeError, KeyError, RecursionError):
        return None


def _read(conn: sqlite3.Connection) -> FirstLook | None:
    # One read transaction: the format, the venues and the events of the same moment.
    conn.execute("BEGIN")
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    if meta.get("app") != APP_ID or not isinstance(meta.get("schema_version"), str):
        return None
    if SchemaVersion.parse(meta["schema_version"]) != WRITTEN:
        return None  # an older file is migrated first; a newer one may differ
    rooms: dict[int, list[Room]] = {}
    for venue_id, capacities in conn.execute(
        "SELECT venue_id, capacities FROM rooms ORDER BY venue_id, position"
    ):
        rooms.setdefault(_whole(venue_id), []).append(Room(capacities=_capacities(capacities)))
    venues = [
        Venue(
            id=_whole(venue_id),
            name=_text(name),
            street=_text(street),
            postal_code=_text(postal_code),
            city=_text(city),
            rooms=rooms.get(venue_id, []),
        )
        for venue_id, name, street, postal_code, city in conn.execute(
            "SELECT id, name, street, postal_code, city FROM venues ORDER BY name, id"
        )
    ]
    events = [
        Event(
            id=_whole(event_id),
            title=_text(title),
            date=dt.date.fromisoformat(_text(date)) if date else None,
            kind=EventKind(kind),
            venue_id=None if venue_id is None else _whole(venue_id),
        )
        for event_id, title, date, kind, venue_id in conn.execute(
            "SELECT id, title, date, kind, venue_id FROM events"
            " ORDER BY date IS NULL, date DESC, id"
        )
    ]
    return FirstLook(venues, events)


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise _Unexpected(repr(value))
    return value


def _whole(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise _Unexpected(repr(value))
    return value


def _capacities(value: object) -> dict[SeatingLayout, int]:
    """Seats per layout, as venue_repo reads them (an empty value is none)."""
    if not value:
        return {}
    caps = json.loads(_text(value))
    if not isinstance(caps, dict) or not all(k in _LAYOUTS for k in caps):
        raise _Unexpected("rooms.capacities")
    return {SeatingLayout(k): _whole(n) for k, n in caps.items()}
