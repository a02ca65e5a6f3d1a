"""Each warning of the capacity report, from records built by hand, and its text in the view."""

import datetime as dt

import pytest

from app.domain import (
    Entrance,
    Event,
    GuestParking,
    InviteeGroup,
    ParkingZone,
    Registration,
    RegistrationStatus,
    Room,
    SeatingLayout,
    Venue,
)
from app.services.capacity_report import WARNINGS, event_report
from app.services.capacity_types import WarningCode

W = RegistrationStatus.WAITLISTED


def hall(**room):
    room = {
        "name": "Sal",
        "capacities": {SeatingLayout.THEATRE: 10},
        "accessible_places": 1,
        "id": 1,
        **room,
    }
    return Venue(
        name="Huset",
        id=1,
        rooms=[Room(**room)],
        entrances=[Entrance(step_free=True)],
        parking_zones=[
            ParkingZone(guests=GuestParking.YES, spaces=3, accessible_spaces=0),
            ParkingZone(guests=GuestParking.PERMIT, spaces=20),
        ],
    )


def event(**kw):
    base = {
        "title": "Møde",
        "id": 1,
        "venue_id": 1,
        "room_id": 1,
        "layout": SeatingLayout.THEATRE,
        "date": dt.date(2025, 1, 9),
        "start_time": dt.time(10),
        "end_time": dt.time(12),
    }
    return Event(**{**base, **kw})


def codes(report):
    return [w["code"] for w in report["warning_codes"]]


@pytest.mark.parametrize(
    "ev, venue, regs, code, message",
    [
        (
            event(layout=None),
            hall(),
            [],
            "no_layout",
            "No layout is chosen, so the room's capacity is unknown.",
        ),
        (
            event(layout=SeatingLayout.BANQUET),
            hall(),
            [],
            "layout_missing",
            "Sal cannot be set up as banquet.",
        ),
        (
            event(),
            hall(capacities={SeatingLayout.THEATRE: 0}),
            [],
            "zero_capacity",
            "The capacity is 0: there are no seats.",
        ),
        (
            event(),
            hall(),
            [Registration()] * 10,
            "full",
            "Exactly full: registered 10, seats 10.",
        ),
        (
            event(),
            hall(),
            [Registration()] * 11,
            "over",
            "Over capacity: registered 11, seats 10, too many 1.",
        ),
        (
            event(no_show_rate=0.1),
            hall(),
            [Registration()] * 11,
            "overbooked",
            "Overbooked: registered 11, seats 10, expected after no-shows 10.",
        ),
        (
            event(expected_attendance=12),
            hall(),
            [],
            "expected_over",
            "Expected attendance 12 is more than the 10 seats.",
        ),
        (
            event(),
            hall(),
            [Registration(status=W)] * 2,
            "waitlist_with_seats",
            "Waiting list: 2, with free seats: 10.",
        ),
        (
            event(),
            hall(),
            [Registration(accessibility="kørestol")] * 2,
            "accessible_short",
            "Need a wheelchair space: 2; wheelchair spaces in the room: 1.",
        ),
        (
            event(invitee_groups=[InviteeGroup("Chefer", 1)]),
            hall(),
            [Registration(organisation="Faxe", invitee_group="Chefer")] * 2,
            "quota_exceeded",
            "Registrations over an invitee group quota: 1.",
        ),
        (
            event(invitee_groups=[InviteeGroup("Chefer", 1)]),
            hall(),
            [Registration(organisation="Faxe", invitee_group="Presse")],
            "unknown_group",
            "Registrations naming no invitee group of this event: 1.",
        ),
        (
            event(invitee_groups=[InviteeGroup("Chefer", 1)]),
            hall(),
            [Registration(invitee_group="Chefer")],
            "no_organisation",
            "Registrations in a group with a quota but without an organisation: 1.",
        ),
        (
            event(),
            hall(),
            [Registration(by_car=True)] * 4,
            "parking_short",
            "Arriving by car: 4; guest parking spaces: 3 (1 short).",
        ),
        (
            event(),
            hall(),
            [Registration(accessible_parking=True)],
            "accessible_parking_short",
            "Need accessible parking: 1; accessible spaces in guest zones: 0.",
        ),
        (
            event(),
            Venue(
                rooms=[Room(capacities={SeatingLayout.THEATRE: 9}, id=1)],
                parking_zones=[ParkingZone(guests=GuestParking.PERMIT)],
            ),
            [Registration(by_car=True)],
            "parking_permit_only",
            "Arriving by car: 1, but guests may park only with a permit (permit zones: 1).",
        ),
        (
            event(),
            Venue(
                rooms=[Room(capacities={SeatingLayout.THEATRE: 9}, id=1)],
                parking_zones=[ParkingZone(guests=GuestParking.NO)],
            ),
            [Registration(by_car=True)],
            "parking_none",
            "Arriving by car: 1, but the venue has no parking zone for guests.",
        ),
        (
            event(),
            Venue(
                rooms=[Room(capacities={SeatingLayout.THEATRE: 9}, id=1)],
                parking_zones=[ParkingZone(guests=GuestParking.YES)],
            ),
            [Registration(by_car=True)],
            "parking_unknown",
            "Arriving by car: 1; guest parking spaces not entered (zones without a count: 1).",
        ),
        (
            event(),
            Venue(rooms=[Room(capacities={SeatingLayout.THEATRE: 9}, id=1)]),
            [Registration(by_car=True)],
            "parking_not_entered",
            "Arriving by car: 1, but no parking is entered for the venue.",
        ),
        (
            event(venue_id=None, room_id=None),
            None,
            [],
            "no_room",
            "No room is chosen, so the capacity is unknown.",
        ),
    ],
)
def test_each_warning(ev, venue, regs, code, message):
    report = event_report(ev, venue, list(regs), [ev]).as_json()
    assert code in codes(report)
    assert message in report["warnings"]


def test_double_booking_warning_and_whole_day_end():
    mine = event()
    whole_day = event(id=2, title="Loppemarked", start_time=None, end_time=None)
    report = event_report(mine, hall(), [], [mine, whole_day]).as_json()
    assert report["double_bookings"][0]["end"] == "24:00"
    assert (
        'Sal is also booked for "Loppemarked" (9 January 2025, 00:00\u201324:00).'
        in report["warnings"]
    )


def test_no_warnings_when_all_is_well():
    assert event_report(event(), hall(), [Registration(by_car=True)], []).warnings == []


def test_the_view_has_a_text_for_every_warning(qapp):
    from app.ui.capacity_texts import warning_text

    params = {
        "room": "Sal",
        "layout": "theatre",
        "registered": 1,
        "capacity": 2,
        "over": 1,
        "present": 1,
        "expected": 3,
        "waitlisted": 1,
        "free": 1,
        "needed": 1,
        "places": 0,
        "count": 1,
        "cars": 1,
        "permit_zones": 1,
        "spaces": 0,
        "short": 1,
        "zones": 1,
        "title": "T",
        "date": "2025-01-09",
        "start": "10:00",
        "end": "12:00",
    }
    for code, english in WARNINGS.items():
        shown = warning_text(WarningCode(code, params))
        assert shown != code
        # Untranslated, the view shows the CLI's English (layouts by their display name).
        when = "9 January 2025, 10:00\u201312:00"
        assert shown == english.format(**{**params, "layout": "theatre", "when": when})
