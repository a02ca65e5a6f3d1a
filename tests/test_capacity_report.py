"""The capacity report of every sample event, with numbers checked by hand."""

import dataclasses
import datetime as dt

import pytest
from sample_rooms import place_in_example_rooms
from test_quotas import ringsted_registrations

from app.domain import Event, RegistrationStatus, SeatingLayout
from app.services.capacity_report import build_report, build_suggestions


@pytest.fixture
def sample_path(sample_path):
    """The sample with its events in the venues' example rooms (tests/sample_rooms.py)."""
    place_in_example_rooms(sample_path)
    return sample_path


def events_by_title(project):
    return {e.title.split()[0]: e for e in project.events.all()}


# Seats from the sample catalogue for each event's room and layout, read off
# resources/sample/sample_project.json: Byrådssalen theatre 120, Gate21 Eksempellokale
# cabaret 96, JYSK Eksempellokale banquet 300, Ringsted Eksempellokale cabaret 360; the 2016
# dialogue meeting has no room.
@pytest.mark.parametrize(
    "first_word, date, capacity, places, zones, spaces",
    [
        ("Politisk", "2024-04-30", 120, 0, 1, None),  # Egedal: one guest zone, count not entered
        ("Dialogmøde", "2016-02-04", None, None, 0, 0),
        ("KKR", "2024-06-18", 300, 0, 0, 0),
        ("Kickoff-møde", "2024-05-31", 360, 0, 0, 0),
    ],
)
def test_sample_events_without_registrations(
    any_sample_project, first_word, date, capacity, places, zones, spaces
):
    sample_project = any_sample_project
    event = next(
        e
        for e in sample_project.events.all()
        if e.title.startswith(first_word) and e.date.isoformat() == date
    )
    report = build_report(sample_project, event.id).as_json()
    assert report["capacity"] == capacity and report["free"] == capacity
    assert (report["registered"], report["waitlisted"], report["cancelled"]) == (0, 0, 0)
    assert report["accessible"] == {"places": places, "needed": 0}
    assert (report["parking"]["zones"], report["parking"]["spaces"]) == (zones, spaces)
    assert report["parking"]["demand"] == 0 and report["quota_violations"] == []
    assert report["double_bookings"] == []
    expected_warnings = (
        ["No room is chosen, so the capacity is unknown."] if capacity is None else []
    )
    assert report["warnings"] == expected_warnings


def test_gate21_theme_meeting_counts_its_two_guest_zones(any_sample_project):
    sample_project = any_sample_project
    event = next(e for e in sample_project.events.all() if e.title.startswith("Politisk temamøde"))
    report = build_report(sample_project, event.id).as_json()
    assert report["capacity"] == 96 and report["room"]["name"] == "Eksempellokale"
    # Blue and yellow zones allow guests; the grey one does not. No zone gives a count.
    assert report["parking"]["zones"] == 2 and report["parking"]["all_zones"] == 3
    assert report["parking"]["spaces"] is None


def add_kickoff_registrations(project):
    """44 generated sign-ups from six municipalities, with a few changes made by hand."""
    kickoff = next(e for e in project.events.all() if e.title.startswith("Kickoff"))
    regs = ringsted_registrations(
        status_of={2: RegistrationStatus.CANCELLED, 44: RegistrationStatus.WAITLISTED}
    )
    for r in regs:
        r.event_id, r.by_car = kickoff.id, r.id <= 10
    for r, diet in zip(regs, ("vegetar", "Vegetarisk", "glutenfri", "nej"), strict=False):
        r.dietary = diet
    regs[4].accessibility = "Kørestol"
    for r in regs:
        r.id = None
    project.registrations.add_many(regs)
    return kickoff


def test_kickoff_with_generated_registrations(any_sample_project):
    sample_project = any_sample_project
    kickoff = add_kickoff_registrations(sample_project)
    report = build_report(sample_project, kickoff.id).as_json()
    # 44 sign-ups: number 2 cancelled, number 44 waitlisted, 42 registered.
    assert (report["registered"], report["waitlisted"], report["cancelled"]) == (42, 1, 1)
    assert (report["capacity"], report["free"], report["status"]) == (360, 318, "fits")
    assert report["accessible"] == {"places": 0, "needed": 1}
    # Over quota: Køge's 3rd and 4th children's politicians, Næstved's 3rd from the council
    # for socially vulnerable people, Ringsted's 3rd adult politician. Køge's 3rd disability
    # council rep is within the quota, as their first one cancelled.
    over = [
        (v["organisation"], v["group"].split()[-1], v["position"])
        for v in report["quota_violations"]
    ]
    assert sorted(over) == [
        ("Køge Kommune", "børneområdet", 3),
        ("Køge Kommune", "børneområdet", 4),
        ("Næstved Kommune", "udsatterråd", 3),
        ("Ringsted Kommune", "voksenområdet", 3),
    ]
    assert all(v["reason"].startswith("Over the quota: ") for v in report["quota_violations"])
    koege = {
        q["group"].split()[-1]: (q["count"], q["quota"])
        for q in report["quotas"]
        if q["organisation"] == "Køge Kommune"
    }
    assert koege == {
        "handicapråd": (2, 2),
        "udsatterråd": (1, 2),
        "voksenområdet": (2, 2),
        "børneområdet": (4, 2),
        "fagchefer": (1, None),
    }
    # Cars: the first ten minus the cancelled one; Ringsted has no parking entered.
    assert report["parking"]["demand"] == 9 and report["parking"]["spaces"] == 0
    assert [c["name"] for c in report["catering"]] == ["Morgenkaffe med brød", "Frokost"]
    for item in report["catering"]:
        # The cancelled one's "Vegetarisk" does not count.
        assert item["count"] == 42 and item["dietary"] == {"vegetarian": 1, "gluten_free": 1}
    assert report["warnings"] == [
        "Waiting list: 1, with free seats: 318.",
        "Need a wheelchair space: 1; wheelchair spaces in the room: 0.",
        "Registrations over an invitee group quota: 4.",
        "Arriving by car: 9, but no parking is entered for the venue.",
    ]
    assert [w["code"] for w in report["warning_codes"]] == [
        "waitlist_with_seats",
        "accessible_short",
        "quota_exceeded",
        "parking_not_entered",
    ]


def test_double_booking_is_flagged_in_both_events(any_sample_project):
    sample_project = any_sample_project
    kickoff = events_by_title(sample_project)["Kickoff-møde"]
    other = sample_project.events.add(
        Event(
            title="Budgetseminar",
            date=kickoff.date,
            start_time=dt.time(12, 0),
            end_time=dt.time(16, 0),
            venue_id=kickoff.venue_id,
            room_id=kickoff.room_id,
            layout=SeatingLayout.THEATRE,
        )
    )
    mine, theirs = (
        build_report(sample_project, kickoff.id).as_json(),
        build_report(sample_project, other.id).as_json(),
    )
    assert mine["double_bookings"] == [
        {
            "event_id": other.id,
            "title": "Budgetseminar",
            "date": "2024-05-31",
            "start": "12:00",
            "end": "16:00",
        }
    ]
    assert theirs["double_bookings"][0]["event_id"] == kickoff.id
    assert (
        'Eksempellokale is also booked for "Budgetseminar" (31 May 2024, 12:00\u201316:00).'
        in mine["warnings"]
    )
    # Starting at 13:00, when the kick-off ends, is no clash.
    sample_project.events.save(dataclasses.replace(other, start_time=dt.time(13, 0)))
    assert build_report(sample_project, kickoff.id).as_json()["double_bookings"] == []


def test_over_capacity_and_layout_warnings(any_sample_project):
    sample_project = any_sample_project
    kickoff = add_kickoff_registrations(sample_project)
    sample_project.events.save(dataclasses.replace(kickoff, capacity_limit=42))
    report = build_report(sample_project, kickoff.id).as_json()
    assert (
        report["status"] == "full"
        and "Exactly full: registered 42, seats 42." in report["warnings"]
    )
    kickoff = sample_project.events.get(kickoff.id)
    sample_project.events.save(
        dataclasses.replace(kickoff, capacity_limit=None, layout=SeatingLayout.U_SHAPE)
    )
    report = build_report(sample_project, kickoff.id).as_json()
    assert report["capacity"] is None
    assert report["warnings"][0] == "Eksempellokale cannot be set up as u_shape."


def test_suggestions_data_for_the_kickoff(any_sample_project):
    sample_project = any_sample_project
    kickoff = add_kickoff_registrations(sample_project)
    data = build_suggestions(sample_project, kickoff.id)
    assert data["needs"]["people"] == 42 and data["needs"]["basis"] == "registrations"
    assert data["needs"]["step_free"] == 1 and data["needs"]["cars"] == 9
    fitting = [(r["venue"], r["room"]) for r in data["rooms"] if r["fits"]]
    # Every cabaret room with 42+ seats. Gate21 first: the only one with a rail stop entered;
    # the others, each without one, snuggest first.
    assert fitting == [
        ("Gate21", "Eksempellokale"),
        ("Ringsted Kongrescenter", "Eksempellokale 2"),
        ("JYSK Park", "Eksempellokale"),
        ("Ringsted Kongrescenter", "Eksempellokale"),
    ]
    assert [r["rank"] for r in data["rooms"]] == list(range(1, 7))
