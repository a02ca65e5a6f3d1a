"""Double bookings: same room, overlapping times; the rules for missing times and touching ends."""

import datetime as dt

from app.domain import Event
from app.domain.overlap import (
    clashes_by_event,
    clashes_with,
    double_booked_ids,
    double_bookings,
    occupied,
    overlaps,
)

DAY = dt.date(2024, 5, 31)


def ev(id, start=None, end=None, room=5, date=DAY, doors=None):
    t = lambda s: dt.time.fromisoformat(s) if s else None  # noqa: E731 - a one-line helper beside its only use
    return Event(
        title=f"E{id}",
        id=id,
        room_id=room,
        date=date,
        start_time=t(start),
        end_time=t(end),
        doors_time=t(doors),
    )


def test_overlapping_times_in_the_same_room():
    assert overlaps(ev(1, "09:00", "13:00"), ev(2, "12:30", "15:00"))
    assert overlaps(ev(2, "12:30", "15:00"), ev(1, "09:00", "13:00"))


def test_touching_at_the_minute_does_not_overlap():
    assert not overlaps(ev(1, "09:00", "13:00"), ev(2, "13:00", "15:00"))
    # One minute of shared time does.
    assert overlaps(ev(1, "09:00", "13:01"), ev(2, "13:00", "15:00"))


def test_other_room_other_day_or_no_room_do_not_clash():
    assert not overlaps(ev(1, "09:00", "13:00"), ev(2, "09:00", "13:00", room=6))
    assert not overlaps(ev(1, "09:00", "13:00"), ev(2, "09:00", "13:00", date=dt.date(2024, 6, 1)))
    assert not overlaps(ev(1, "09:00", "13:00", room=None), ev(2, "09:00", "13:00", room=None))
    assert not overlaps(ev(1, date=None), ev(2, "09:00", "13:00"))


def test_an_event_never_clashes_with_itself():
    assert not overlaps(ev(1, "09:00", "13:00"), ev(1, "09:00", "13:00"))


def test_no_times_means_the_whole_day():
    whole = ev(1)
    assert occupied(whole) == (dt.datetime(2024, 5, 31), dt.datetime(2024, 6, 1))
    assert overlaps(whole, ev(2, "23:00", "23:30"))
    assert overlaps(whole, ev(3, "00:00", "00:30"))
    assert not overlaps(whole, ev(4, "09:00", "10:00", date=dt.date(2024, 6, 1)))


def test_start_only_runs_to_midnight_and_end_only_from_midnight():
    assert occupied(ev(1, "16:00"))[1] == dt.datetime(2024, 6, 1)
    assert occupied(ev(2, end="10:00"))[0] == dt.datetime(2024, 5, 31)
    assert overlaps(ev(1, "16:00"), ev(3, "22:00", "23:00"))


def test_doors_open_the_booking():
    # Doors at 08:45 for a 09:00 start clash with an event ending 08:50.
    assert overlaps(ev(1, "09:00", "13:00", doors="08:45"), ev(2, "07:00", "08:50"))
    assert not overlaps(ev(1, "09:00", "13:00", doors="08:45"), ev(2, "07:00", "08:45"))


def test_end_before_start_is_read_as_running_to_midnight():
    assert occupied(ev(1, "18:00", "17:00"))[1] == dt.datetime(2024, 6, 1)


def test_double_bookings_lists_each_pair_once_with_the_shared_time():
    events = [
        ev(1, "09:00", "13:00"),
        ev(2, "12:00", "14:00"),
        ev(3, "13:00", "15:00"),
        ev(4, "08:00", "16:00", room=6),
        ev(5, "10:00", "11:00", room=6),
    ]
    found = [
        (d.first.id, d.second.id, d.start.time(), d.end.time()) for d in double_bookings(events)
    ]
    assert found == [
        (4, 5, dt.time(10), dt.time(11)),
        (1, 2, dt.time(12), dt.time(13)),
        (2, 3, dt.time(13), dt.time(14)),
    ]
    assert double_booked_ids(events) == {1, 2, 3, 4, 5}
    assert [e.id for e in clashes_with(events[1], events)] == [1, 3]
    assert double_bookings(events)[1].other(2).id == 1


def test_clashes_by_event_names_the_others_in_each_room():
    events = [
        ev(1, "09:00", "12:00"),
        ev(2, "11:00", "14:00"),
        ev(3, "11:30", "12:30"),
        ev(4, "11:00", "14:00", room=6),
        ev(5, "15:00", "16:00"),
    ]
    found = {k: [e.id for e in v] for k, v in clashes_by_event(events).items()}
    assert found == {1: [2, 3], 2: [1, 3], 3: [1, 2]}


def test_sample_project_has_no_double_bookings(sample_project):
    assert double_bookings(sample_project.events.all()) == []
