"""Double bookings: two events in the same room at overlapping times.

The rules, decided here and tested in tests/test_overlap.py:
- An event occupies its room from doors (or start) to end, as a half-open interval, so
  one event ending at 12:00 and another starting at 12:00 do NOT overlap.
- An event with a date but no times occupies the whole day; with only a start it runs to
  the end of the day; with only an end it runs from the start of the day.
- An end at or before the start (an invalid entry) is read as running to the end of the
  day, so a typo never hides a clash.
- An event without a date or a room cannot clash with anything.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from .event import Event

_MIDNIGHT = dt.time(0, 0)


def occupied(event: Event) -> tuple[dt.datetime, dt.datetime] | None:
    """The [from, until) interval the event holds its room, or None if it has no date."""
    if event.date is None:
        return None
    day_start = dt.datetime.combine(event.date, _MIDNIGHT)
    day_end = day_start + dt.timedelta(days=1)
    starts = [t for t in (event.doors_time, event.start_time) if t is not None]
    begin = dt.datetime.combine(event.date, min(starts)) if starts else day_start
    end = dt.datetime.combine(event.date, event.end_time) if event.end_time else day_end
    if end <= begin:
        end = day_end
    return begin, end


def overlaps(a: Event, b: Event) -> bool:
    """True if two events hold the same room at the same time (touching ends do not)."""
    if a.room_id is None or a.room_id != b.room_id:
        return False
    if a.id is not None and a.id == b.id:
        return False
    first, second = occupied(a), occupied(b)
    if first is None or second is None:
        return False
    return first[0] < second[1] and second[0] < first[1]


@dataclass(frozen=True)
class DoubleBooking:
    first: Event
    second: Event
    room_id: int
    # The shared stretch of time.
    start: dt.datetime
    end: dt.datetime

    def other(self, event_id: int | None) -> Event:
        return self.second if self.first.id == event_id else self.first


def double_bookings(events: Iterable[Event]) -> list[DoubleBooking]:
    """Every pair of events that clash, earliest first."""
    by_room: dict[int, list[tuple[dt.datetime, dt.datetime, Event]]] = {}
    for event in events:
        span = occupied(event)
        if event.room_id is not None and span is not None:
            by_room.setdefault(event.room_id, []).append((*span, event))
    found = []
    for room_id, booked in by_room.items():
        booked.sort(key=lambda item: (item[0], item[1], item[2].id or 0))
        for i, (_start, end, event) in enumerate(booked):
            # Sorted by start: later ones starting at or after our end cannot clash.
            for other_start, other_end, other in booked[i + 1 :]:
                if other_start >= end:
                    break
                if event.id is not None and event.id == other.id:
                    continue
                found.append(DoubleBooking(event, other, room_id, other_start, min(end, other_end)))
    found.sort(key=lambda d: (d.start, d.first.id or 0, d.second.id or 0))
    return found


def clashes_with(event: Event, events: Iterable[Event]) -> list[Event]:
    """The other events booked in `event`'s room at an overlapping time."""
    return [other for other in events if overlaps(event, other)]


def double_booked_ids(events: Iterable[Event]) -> set[int]:
    """Ids of every event involved in a double booking (to mark rows in an event list)."""
    ids: set[int] = set()
    for clash in double_bookings(events):
        ids.update(i for i in (clash.first.id, clash.second.id) if i is not None)
    return ids


def clashes_by_event(events: Iterable[Event]) -> dict[int, list[Event]]:
    """For each event in a double booking, the other events it clashes with, in list order."""
    by_room: dict[int, list[Event]] = {}
    for event in events:  # only events in the same room can clash
        if event.room_id is not None:
            by_room.setdefault(event.room_id, []).append(event)
    found: dict[int, list[Event]] = {}
    for group in by_room.values():
        for event in group:
            clashes = clashes_with(event, group)
            if clashes and event.id is not None:
                found[event.id] = clashes
    return found
