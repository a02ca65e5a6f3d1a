"""Domain rules: each problem names its field and reads clearly."""

import datetime as dt

from app.domain import (
    Event,
    ParkingZone,
    ProgrammeItem,
    Room,
    SeatingLayout,
    Venue,
    validate_event,
    validate_venue,
)


def codes(problems):
    return {(p.field, p.code) for p in problems}


def test_valid_venue_has_no_problems():
    venue = Venue(
        name="Egedal Rådhus",
        postal_code="3650",
        city="Ølstykke",
        contact_email="info@egedal.dk",
        latitude=55.77,
        longitude=12.18,
        rooms=[Room(name="Byrådssalen", capacities={SeatingLayout.THEATRE: 120})],
    )
    assert validate_venue(venue) == []


def test_danish_postal_code_has_four_digits():
    problems = validate_venue(Venue(name="X", postal_code="365"))
    assert ("postal_code", "postal_code_dk") in codes(problems)
    assert problems[0].message == "A Danish postal code has 4 digits."
    # A foreign address keeps its own postal code format.
    assert validate_venue(Venue(name="X", postal_code="SW1A 1AA", country="GB")) == []


def test_email_shape_and_required_name():
    problems = validate_venue(Venue(name=" ", contact_email="not-an-email"))
    assert codes(problems) == {("name", "required"), ("contact_email", "email_shape")}
    assert "'not-an-email' is not an e-mail address." in [p.message for p in problems]


def test_negative_capacity_and_coordinates():
    venue = Venue(
        name="X",
        latitude=95.0,
        longitude=None,
        rooms=[Room(name="A", capacities={SeatingLayout.THEATRE: -1}, accessible_places=-2)],
    )
    found = codes(validate_venue(venue))
    assert ("rooms[0].theatre", "negative") in found
    assert ("rooms[0].accessible_places", "negative") in found
    assert ("latitude", "latitude_range") in found
    assert ("latitude", "coordinate_pair") in found


def test_parking_zone_with_two_points_is_neither_point_nor_polygon():
    venue = Venue(name="X", parking_zones=[ParkingZone(name="Gul", geometry=[(1, 1), (2, 2)])])
    assert ("parking_zones[0].geometry", "polygon_points") in codes(validate_venue(venue))


def test_event_times_and_deadline():
    event = Event(
        title="Møde",
        date=dt.date(2024, 4, 30),
        start_time=dt.time(16),
        end_time=dt.time(16),
        doors_time=dt.time(16, 30),
        registration_deadline=dt.date(2024, 5, 1),
    )
    assert codes(validate_event(event)) == {
        ("end_time", "end_before_start"),
        ("doors_time", "doors_after_start"),
        ("registration_deadline", "deadline_after_event"),
    }


def test_deadline_on_event_day_is_fine():
    event = Event(
        title="Møde", date=dt.date(2024, 4, 30), registration_deadline=dt.date(2024, 4, 30)
    )
    assert validate_event(event) == []


def test_event_room_and_layout_checked_against_venue():
    room = Room(name="Sal", capacities={SeatingLayout.THEATRE: 100}, id=7)
    venue = Venue(name="V", rooms=[room], id=1)
    event = Event(title="E", venue_id=1, room_id=7, layout=SeatingLayout.BANQUET)
    assert codes(validate_event(event, venue)) == {("layout", "layout_missing")}
    event.room_id = 8
    assert codes(validate_event(event, venue)) == {("room_id", "room_not_in_venue")}


def test_programme_order_and_item_end():
    event = Event(
        title="E",
        programme=[
            ProgrammeItem(start=dt.time(10), title="a"),
            ProgrammeItem(title="untimed"),
            ProgrammeItem(start=dt.time(9), end=dt.time(8), title="b"),
        ],
    )
    assert codes(validate_event(event)) == {
        ("programme[2].start", "programme_order"),
        ("programme[2].end", "item_end_before_start"),
    }


def test_no_show_rate_and_negative_attendance():
    event = Event(title="E", no_show_rate=1.5, expected_attendance=-3)
    assert codes(validate_event(event)) == {
        ("no_show_rate", "no_show_range"),
        ("expected_attendance", "negative"),
    }
