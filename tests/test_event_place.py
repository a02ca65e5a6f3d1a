"""The venue-change rule lives in the domain: a room belongs to its venue, a layout to its room."""

from __future__ import annotations

import copy

from app.domain import Event, Room, SeatingLayout, Venue
from app.domain.event_place import settle_place

ONE_ROOM = Venue(
    name="Gate21", rooms=[Room(name="Salen", capacities={SeatingLayout.THEATRE: 80}, id=7)], id=2
)
TWO_ROOMS = Venue(
    name="Egedal Rådhus",
    rooms=[
        Room(name="Byrådssalen", capacities={SeatingLayout.THEATRE: 120}, id=1),
        Room(name="Mødelokale", capacities={SeatingLayout.BANQUET: 20}, id=3),
    ],
    id=1,
)


def _moved(before: Event, venue: Venue, **changes) -> Event:
    after = copy.deepcopy(before)
    for name, value in changes.items():
        setattr(after, name, value)
    settle_place(before, after, venue)
    return after


def test_a_new_venue_with_one_room_takes_it_and_keeps_a_layout_it_offers():
    before = Event(title="Dialogmøde", venue_id=1, room_id=1, layout=SeatingLayout.THEATRE)
    after = _moved(before, ONE_ROOM, venue_id=2)
    assert (after.room_id, after.layout) == (7, SeatingLayout.THEATRE)


def test_a_new_venue_with_several_rooms_leaves_the_room_to_choose():
    before = Event(title="Dialogmøde", venue_id=2, room_id=7, layout=SeatingLayout.THEATRE)
    after = _moved(before, TWO_ROOMS, venue_id=1)
    assert after.room_id is None and after.layout == SeatingLayout.THEATRE


def test_a_room_without_the_layout_drops_it():
    before = Event(title="Dialogmøde", venue_id=1, room_id=1, layout=SeatingLayout.THEATRE)
    after = _moved(before, TWO_ROOMS, room_id=3)
    assert after.layout is None


def test_other_edits_leave_the_place_alone():
    before = Event(title="Dialogmøde", venue_id=1, room_id=3, layout=SeatingLayout.THEATRE)
    assert _moved(before, TWO_ROOMS, title="Nyt navn").layout == SeatingLayout.THEATRE
