"""Where an event is held: a room belongs to its venue, a layout to its room."""

from __future__ import annotations

from .event import Event
from .venue import Venue


def settle_place(before: Event, after: Event, venue: Venue | None) -> None:
    """Make `after`'s room and layout fit its venue after an edit of where it is held.

    A new venue takes its only room if it has one, else no room (a room of the old venue
    is not in the new one); a layout the chosen room does not offer is dropped.
    `venue` is `after`'s venue (None: none, or not known).
    """
    if after.venue_id != before.venue_id:
        after.room_id = venue.rooms[0].id if venue and len(venue.rooms) == 1 else None
    moved = (after.venue_id, after.room_id) != (before.venue_id, before.room_id)
    if moved and after.layout is not None:
        room = venue.room_by_id(after.room_id) if venue else None
        if room is not None and room.capacity(after.layout) is None:
            after.layout = None
