"""Venue suggestions: every room of the catalogue ranked for an event, with reasons."""

import dataclasses
import datetime as dt

import pytest
from sample_rooms import place_in_example_rooms

from app.domain import (
    Entrance,
    Event,
    GuestParking,
    ParkingZone,
    Registration,
    Room,
    SeatingLayout,
    TransitMode,
    TransitOption,
    Venue,
)
from app.domain.suggestions import event_needs, nearest_rail_stop, suggest_rooms


@pytest.fixture
def sample_path(sample_path):
    """The sample with its events in the venues' example rooms (tests/sample_rooms.py)."""
    place_in_example_rooms(sample_path)
    return sample_path


def codes(suggestion):
    return [r.code for r in suggestion.reasons]


def by_room(ranked):
    return {(s.venue.name, s.room.name): s for s in ranked}


def sample(project, title_start):
    return next(e for e in project.events.all() if e.title.startswith(title_start))


def test_kickoff_for_200_in_cabaret_on_the_sample_catalogue(sample_project):
    kickoff = dataclasses.replace(sample(sample_project, "Kickoff"), expected_attendance=200)
    ranked = suggest_rooms(kickoff, sample_project.venues.all(), sample_project.events.all())
    names = [(s.venue.name, s.room.name, s.fits) for s in ranked]
    # Cabaret seats: Ringsted Eksempellokale 360, JYSK 240, Gate21 96, Sal 2 80; Byrådssalen and
    # Mødelokale 1 have no cabaret set-up. The snugger JYSK hall ranks before the larger one.
    assert names == [
        ("JYSK Park", "Eksempellokale", True),
        ("Ringsted Kongrescenter", "Eksempellokale", True),
        ("Gate21", "Eksempellokale", False),
        ("Ringsted Kongrescenter", "Eksempellokale 2", False),
        ("Egedal Rådhus", "Byrådssalen", False),
        ("Gate21", "Eksempellokale 2", False),
    ]
    rooms = by_room(ranked)
    store = rooms[("Ringsted Kongrescenter", "Eksempellokale")]
    assert store.current and store.capacity == 360
    assert store.reasons[0].message == "360 seats as cabaret for 200 people (160 to spare)."
    assert (
        rooms[("Gate21", "Eksempellokale")].reasons[0].message
        == "Too small: 96 seats as cabaret for 200 people (104 short)."
    )
    assert (
        rooms[("Egedal Rådhus", "Byrådssalen")].reasons[0].message == "Cannot be set up as cabaret."
    )


def test_rail_distance_from_stop_coordinates(sample_project):
    venues = {v.name: v for v in sample_project.venues.all()}
    gate21 = nearest_rail_stop(venues["Gate21"])
    # Albertslund st. to the entrance: 241 m straight, about 302 m on foot, 5 minutes.
    assert (gate21.name, gate21.metres, gate21.minutes, gate21.minutes_given) == (
        "Albertslund st.",
        302,
        5,
        False,
    )
    assert nearest_rail_stop(venues["JYSK Park"]) is None


def test_entered_walking_minutes_win_and_buses_are_not_rail():
    venue = Venue(
        name="V",
        latitude=55.0,
        longitude=12.0,
        transit_options=[
            TransitOption(mode=TransitMode.BUS, stop_name="Bus", walking_minutes=1),
            TransitOption(
                mode=TransitMode.REGIONAL_TRAIN,
                stop_name="Far st.",
                stop_latitude=55.02,
                stop_longitude=12.0,
            ),
            TransitOption(mode=TransitMode.S_TRAIN, stop_name="Near st.", walking_minutes=6),
        ],
    )
    stop = nearest_rail_stop(venue)
    assert (stop.name, stop.minutes, stop.minutes_given) == ("Near st.", 6, True)


def catalogue():
    near = Venue(
        name="Near",
        step_free_access=True,
        latitude=55.0,
        longitude=12.0,
        rooms=[Room(name="A", capacities={SeatingLayout.THEATRE: 50}, accessible_places=2, id=1)],
        transit_options=[TransitOption(stop_name="St.", walking_minutes=3)],
        parking_zones=[ParkingZone(guests=GuestParking.YES, spaces=10)],
    )
    stairs = Venue(
        name="Stairs",
        step_free_access=False,
        entrances=[Entrance(name="Trappe", step_free=False)],
        rooms=[Room(name="B", capacities={SeatingLayout.THEATRE: 60}, id=2)],
        transit_options=[TransitOption(stop_name="St.", walking_minutes=2)],
        parking_zones=[ParkingZone(guests=GuestParking.YES, spaces=10)],
    )
    far = Venue(
        name="Far",
        entrances=[Entrance(name="Rampe", step_free=True)],
        rooms=[Room(name="C", capacities={SeatingLayout.THEATRE: 55}, accessible_places=4, id=3)],
        parking_zones=[ParkingZone(guests=GuestParking.PERMIT, spaces=40)],
    )
    return [near, stairs, far]


def test_step_free_access_is_required_only_when_registrations_need_it():
    event = Event(title="E", layout=SeatingLayout.THEATRE, expected_attendance=40)
    ranked = suggest_rooms(event, catalogue(), [])
    assert all(s.fits for s in ranked)
    wheelchair = [Registration(accessibility="kørestol")]
    rooms = by_room(suggest_rooms(event, catalogue(), [], wheelchair))
    assert not rooms[("Stairs", "B")].fits and "not_step_free" in codes(rooms[("Stairs", "B")])
    # A step-free entrance counts even if the venue's own flag is not set.
    assert rooms[("Far", "C")].fits and "step_free" in codes(rooms[("Far", "C")])


def test_parking_shortfall_and_missing_rail_rank_a_room_lower_but_do_not_rule_it_out():
    event = Event(title="E", layout=SeatingLayout.THEATRE, expected_attendance=40)
    cars = [Registration(by_car=True) for _ in range(12)]
    ranked = suggest_rooms(event, catalogue(), [], cars)
    assert [s.venue.name for s in ranked] == ["Near", "Stairs", "Far"]
    near = ranked[0]
    assert near.fits and near.drawbacks == 1
    assert [r.message for r in near.reasons if r.soft] == [
        "10 guest parking spaces for 12 cars (2 short)."
    ]
    # Permit zones are not guest parking.
    assert "parking_none" in codes(ranked[2]) and "no_rail" in codes(ranked[2])


def test_needs_come_from_expected_attendance_or_registrations_whichever_is_more():
    regs = [Registration() for _ in range(30)]
    assert event_needs(Event(expected_attendance=40), regs).people == 40
    needs = event_needs(Event(expected_attendance=20, no_show_rate=0.1), regs)
    assert (needs.people, needs.basis) == (27, "registrations")
    assert event_needs(Event(), []).basis == "none"


def test_a_room_booked_at_an_overlapping_time_does_not_fit():
    day = dt.date(2025, 3, 3)
    event = Event(
        title="New",
        id=10,
        date=day,
        start_time=dt.time(9),
        end_time=dt.time(12),
        layout=SeatingLayout.THEATRE,
        expected_attendance=40,
    )
    busy = Event(
        title="Budgetmøde", id=11, room_id=1, date=day, start_time=dt.time(11), end_time=dt.time(15)
    )
    touching = Event(
        title="Frokostmøde",
        id=12,
        room_id=3,
        date=day,
        start_time=dt.time(12),
        end_time=dt.time(13),
    )
    rooms = by_room(suggest_rooms(event, catalogue(), [event, busy, touching]))
    a = rooms[("Near", "A")]
    assert not a.fits
    assert [r.message for r in a.reasons if not r.ok] == [
        'Already booked for "Budgetmøde" at an overlapping time.'
    ]
    assert rooms[("Far", "C")].fits  # that meeting starts as ours ends: no clash


def test_layout_unset_uses_each_rooms_largest_layout():
    event = Event(title="E", expected_attendance=55)
    rooms = by_room(suggest_rooms(event, catalogue(), []))
    assert rooms[("Stairs", "B")].reasons[0].code == "largest_layout"
    assert not rooms[("Near", "A")].fits
