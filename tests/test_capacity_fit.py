"""The fit rule: registrations against the room's seats for the layout, limits and no-shows."""

import pytest

from app.domain import Event, Registration, RegistrationStatus, Room, SeatingLayout
from app.domain.capacity import answered, event_fit, expected_present, needs_accessible_place

R, W, C = RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED, RegistrationStatus.CANCELLED
HALL = Room(
    name="Sal",
    capacities={SeatingLayout.THEATRE: 100, SeatingLayout.CABARET: 60},
    accessible_places=2,
    id=7,
)


def regs(registered=0, waitlisted=0, cancelled=0, **extra):
    out = [Registration(status=R, **extra) for _ in range(registered)]
    out += [Registration(status=W) for _ in range(waitlisted)]
    out += [Registration(status=C) for _ in range(cancelled)]
    return out


def event(**kw):
    return Event(title="Møde", room_id=7, layout=SeatingLayout.CABARET, **kw)


def test_counts_and_free_seats_for_the_layout():
    fit = event_fit(event(), HALL, regs(40, 3, 5))
    assert (fit.capacity, fit.confirmed, fit.counts.waitlisted, fit.counts.cancelled) == (
        60,
        40,
        3,
        5,
    )
    assert fit.free == 20 and fit.status == "fits"


def test_attended_and_no_show_still_hold_a_seat():
    rows = [
        Registration(status=RegistrationStatus.ATTENDED),
        Registration(status=RegistrationStatus.NO_SHOW),
    ]
    assert event_fit(event(), HALL, rows).confirmed == 2


def test_exactly_full_is_full_not_over():
    fit = event_fit(event(), HALL, regs(60, 4))
    assert fit.status == "full" and fit.free == 0


def test_one_over_is_over():
    fit = event_fit(event(), HALL, regs(61))
    assert fit.status == "over" and fit.free == -1


def test_zero_capacity():
    empty = Room(name="Skab", capacities={SeatingLayout.CABARET: 0})
    assert event_fit(event(), empty, []).status == "full"
    fit = event_fit(event(), empty, regs(1))
    assert fit.capacity == 0 and fit.status == "over" and fit.free == -1


def test_layout_the_room_lacks_leaves_capacity_unknown():
    fit = event_fit(Event(room_id=7, layout=SeatingLayout.BANQUET), HALL, regs(10))
    assert fit.layout_missing and fit.room_capacity is None
    assert fit.capacity is None and fit.status == "unknown" and fit.free is None


def test_layout_missing_falls_back_to_the_events_own_limit():
    fit = event_fit(Event(room_id=7, layout=SeatingLayout.BANQUET, capacity_limit=50), HALL, [])
    assert fit.layout_missing and fit.capacity == 50


def test_event_limit_below_the_room_wins_and_above_it_does_not():
    assert event_fit(event(capacity_limit=45), HALL, []).capacity == 45
    assert event_fit(event(capacity_limit=500), HALL, []).capacity == 60


def test_no_room_uses_the_limit_or_is_unknown():
    assert event_fit(Event(capacity_limit=30), None, []).capacity == 30
    fit = event_fit(Event(), None, regs(3))
    assert fit.capacity is None and fit.status == "unknown" and fit.accessible_places is None


@pytest.mark.parametrize(
    "confirmed, rate, present",
    [
        (100, 0.1, 90),  # exactly 90, not 91 from floating-point noise
        (65, 0.1, 59),  # 58.5 people round up: plan for the extra one
        (60, 0.0, 60),
        (0, 0.5, 0),
    ],
)
def test_expected_present_rounds_up(confirmed, rate, present):
    assert expected_present(confirmed, rate) == present


def test_overbooking_covered_by_no_shows_is_overbooked_not_over():
    fit = event_fit(event(no_show_rate=0.1), HALL, regs(66))
    assert fit.expected_present == 60 and fit.status == "overbooked"
    assert event_fit(event(no_show_rate=0.1), HALL, regs(67)).status == "over"


def test_accessible_places_against_registrations_needing_one():
    rows = (
        regs(2, accessibility="Kørestol") + regs(1, accessibility="nej") + regs(1, accessibility="")
    )
    rows += [Registration(status=W, accessibility="rollator")]  # waitlisted: no seat yet
    fit = event_fit(event(), HALL, rows)
    assert fit.counts.needing_accessible_place == 2 and fit.accessible_short == 0
    rows += regs(1, accessibility="wheelchair")
    assert event_fit(event(), HALL, rows).accessible_short == 1


@pytest.mark.parametrize(
    "text, meant",
    [
        ("", False),
        (None, False),
        ("Nej", False),
        ("nej tak.", False),
        ("Ingen", False),
        ("N/A", False),
        ("-", False),
        ("ingen særlige hensyn", False),
        ("Kørestol", True),
        ("Høreslynge", True),
        ("ingen trapper", True),
    ],
)
def test_free_text_answers_that_say_nothing(text, meant):
    assert answered(text) is meant
    assert needs_accessible_place(Registration(accessibility=text or "")) is meant
