"""The waiting list: places filled in registration order, moving up on cancellation, logged."""

import datetime as dt

from registration_exports import write_csv

from app.domain import Event, Registration, RegistrationStatus, Room, SeatingLayout
from app.domain.enums import WaitingFor
from app.domain.waitlist import (
    CAPACITY_REASON_PREFIX,
    apply,
    event_capacity,
    settle,
    waits_for_a_place,
)
from app.services import registration_changes
from app.services.registration_import import import_file

R, W, C = RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED, RegistrationStatus.CANCELLED


def person(n, status=R, minute=None, reason=""):
    at = dt.datetime(2024, 4, 1, 9, minute if minute is not None else n)
    return Registration(
        first_name=f"P{n}",
        last_name="X",
        status=status,
        registered_at=at,
        status_reason=reason,
        id=n,
    )


def test_capacity_is_the_tighter_of_the_event_limit_and_the_room_layout():
    room = Room(capacities={SeatingLayout.THEATRE: 120, SeatingLayout.CABARET: 96})
    assert event_capacity(Event(layout=SeatingLayout.THEATRE), room) == 120
    assert event_capacity(Event(layout=SeatingLayout.THEATRE, capacity_limit=100), room) == 100
    assert event_capacity(Event(layout=SeatingLayout.CABARET, capacity_limit=200), room) == 96
    assert event_capacity(Event(layout=SeatingLayout.BANQUET), room) is None
    assert event_capacity(Event(capacity_limit=50), None) == 50
    assert event_capacity(Event(), None) is None


def test_newcomers_past_the_capacity_wait_in_the_order_they_registered():
    placed = [person(1), person(2)]
    # Listed out of order: the registration time decides, not the file order.
    newcomers = [person(5, minute=30), person(3, minute=10), person(4, minute=20)]
    moves = settle(placed + newcomers, 3, newcomers)
    apply(moves)
    assert [(r.first_name, r.status) for r in sorted(newcomers, key=lambda r: r.id)] == [
        ("P3", R),
        ("P4", W),
        ("P5", W),
    ]
    assert newcomers[0].status_reason.startswith(CAPACITY_REASON_PREFIX)


def test_cancelling_moves_the_first_on_the_list_up():
    everyone = [person(1), person(2), person(3, W), person(4, W)]
    everyone[0].status = C
    moves = settle(everyone, 2)
    assert [(m.registration.id, m.status) for m in moves if m.moves_up] == [(3, R)]
    moved = apply(moves)
    assert [r.id for r in moved] == [3] and everyone[2].status_reason == ""
    assert everyone[3].status == W and everyone[3].status_reason.startswith(CAPACITY_REASON_PREFIX)


def test_confirmed_people_keep_their_place_when_the_capacity_shrinks():
    everyone = [person(1), person(2), person(3)]
    assert settle(everyone, 2) == []


def test_quota_waiting_is_not_moved_up_by_capacity():
    quota = person(3, W, reason='Over the quota: Greve already has 2 in "Politikere".')
    quota.waiting_for = WaitingFor.QUOTA
    assert not waits_for_a_place(quota)
    assert settle([person(1), quota], 10) == []
    # The data decides, not the wording: a coordinator's own words keep the person waiting.
    by_hand = person(4, W, reason="Venter på svar fra borgmesteren")
    by_hand.waiting_for = WaitingFor.BY_HAND
    assert not waits_for_a_place(by_hand)
    assert settle([person(1), by_hand], 10) == []


def test_unknown_capacity_places_everyone_and_moves_nobody():
    everyone = [person(1), person(2, W)]
    assert settle(everyone, None, [everyone[0]]) == []


def _small_event(project, limit):
    event = project.events.get(1)
    event.capacity_limit = limit
    project.events.save(event)
    return event


def test_an_import_into_a_full_event_waitlists_and_a_cancellation_moves_up_with_a_log(
    any_sample_project, tmp_path
):
    sample_project = any_sample_project
    _small_event(sample_project, 2)
    rows = [["Tidsstempel", "Navn", "E-mailadresse"]] + [
        [f"0{n}.04.2024 10.00.00", f"Person{n} Hansen", f"p{n}@x.dk"] for n in range(1, 6)
    ]
    summary = import_file(sample_project, 1, write_csv(tmp_path / "t.csv", rows))
    assert (summary.added, summary.waitlisted) == (5, 3)
    status = {r.email: r.status for r in sample_project.registrations.for_event(1)}
    assert status == {"p1@x.dk": R, "p2@x.dk": R, "p3@x.dk": W, "p4@x.dk": W, "p5@x.dk": W}

    p1 = next(r for r in sample_project.registrations.for_event(1) if r.email == "p1@x.dk")
    outcome = registration_changes.set_status(sample_project, 1, [p1.id], C)
    assert [r.email for r in outcome.moved_up] == ["p3@x.dk"]
    status = {r.email: r.status for r in sample_project.registrations.for_event(1)}
    assert status["p3@x.dk"] == R and status["p4@x.dk"] == W
    log = [message for _, message in sample_project.registrations.log_entries(1)]
    assert ("Person3 Hansen moved up from the waiting list (place freed by Person1 Hansen).") in log


def test_a_cancellation_in_a_newer_export_moves_the_next_one_up(any_sample_project, tmp_path):
    sample_project = any_sample_project
    _small_event(sample_project, 1)
    head = ["Order code", "Status", "Email", "Order date", "Attendee name"]
    first = [
        head,
        ["A1", "paid", "a@x.dk", "2024-04-01", "Anna Berg"],
        ["B2", "paid", "b@x.dk", "2024-04-02", "Bo Holm"],
    ]
    import_file(sample_project, 1, write_csv(tmp_path / "orders.csv", first))
    first[1][1] = "canceled"
    summary = import_file(sample_project, 1, write_csv(tmp_path / "orders.csv", first))
    assert (summary.updated, summary.cancelled, summary.moved_up) == (1, 1, 1)
    status = {r.name: r.status for r in sample_project.registrations.for_event(1)}
    assert status == {"Anna Berg": C, "Bo Holm": R}
    log = [m for _, m in sample_project.registrations.log_entries(1)]
    assert "Bo Holm moved up from the waiting list." in log


def test_adding_by_hand_to_a_full_event_waitlists_and_deleting_frees_the_place(any_sample_project):
    sample_project = any_sample_project
    _small_event(sample_project, 1)
    registration_changes.add(
        sample_project,
        1,
        Registration(first_name="A", last_name="B", registered_at=dt.datetime(2024, 4, 1)),
    )
    outcome = registration_changes.add(
        sample_project,
        1,
        Registration(first_name="C", last_name="D", registered_at=dt.datetime(2024, 4, 2)),
    )
    assert outcome.changed[0].status == W
    first = next(r for r in sample_project.registrations.for_event(1) if r.first_name == "A")
    outcome = registration_changes.delete(sample_project, 1, [first.id])
    assert [r.name for r in outcome.moved_up] == ["C D"]
    assert [r.name for r in sample_project.registrations.for_event(1)] == ["C D"]


def test_waitlisting_by_hand_sticks_even_with_free_places(any_sample_project):
    sample_project = any_sample_project
    registration_changes.add(sample_project, 1, Registration(first_name="A", last_name="B"))
    a = sample_project.registrations.for_event(1)[0]
    registration_changes.set_status(sample_project, 1, [a.id], W)
    assert sample_project.registrations.get(a.id).status == W
