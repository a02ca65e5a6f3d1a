"""Quotas and capacity together: the Ringsted kick-off's quotas put the extra ones on the waiting list."""

import datetime as dt

from app.domain import InviteeGroup, Registration, RegistrationStatus
from app.domain.placement import place
from app.services import registration_changes

GROUPS = [
    InviteeGroup("Repræsentanter fra handicapråd", 2),
    InviteeGroup("Fagdirektører og fagchefer", None),
]


def _person(
    i,
    org="Køge Kommune",
    group="Repræsentanter fra handicapråd",
    status=RegistrationStatus.REGISTERED,
):
    return Registration(
        first_name=f"P{i}",
        organisation=org,
        invitee_group=group,
        status=status,
        registered_at=dt.datetime(2024, 5, 1, 9, i),
    )


def test_third_from_one_municipality_waits_for_the_quota():
    people = [_person(i) for i in range(3)] + [_person(3, org="Greve Kommune")]
    place(people, capacity=100, groups=GROUPS, newcomers=people)
    assert [p.status for p in people] == [RegistrationStatus.REGISTERED] * 2 + [
        RegistrationStatus.WAITLISTED,
        RegistrationStatus.REGISTERED,
    ]
    assert "quota" in people[2].status_reason.lower()


def test_a_cancellation_frees_the_quota_for_the_next_in_line():
    people = [_person(i) for i in range(3)]
    place(people, capacity=100, groups=GROUPS, newcomers=people)
    people[0].status = RegistrationStatus.CANCELLED
    moved = place(people, capacity=100, groups=GROUPS)
    assert moved == [people[2]] and people[2].status == RegistrationStatus.REGISTERED


def test_unlimited_group_and_capacity_still_apply():
    people = [_person(i, group="Fagdirektører og fagchefer") for i in range(4)]
    place(people, capacity=3, groups=GROUPS, newcomers=people)
    assert [p.status for p in people].count(RegistrationStatus.WAITLISTED) == 1


def test_adding_by_hand_in_the_sample_kickoff_applies_its_quotas(sample_project):
    kickoff = next(e for e in sample_project.events.all() if e.title.startswith("Kickoff"))
    for i in range(3):
        registration_changes.add(
            sample_project,
            kickoff.id,
            Registration(
                first_name=f"Rep{i}",
                organisation="Greve Kommune",
                invitee_group="Repræsentanter fra handicapråd",
                registered_at=dt.datetime(2024, 5, 2, 10, i),
            ),
        )
    stored = sample_project.registrations.for_event(kickoff.id)
    assert [r.status for r in stored] == [RegistrationStatus.REGISTERED] * 2 + [
        RegistrationStatus.WAITLISTED
    ]
    assert stored[2].status_reason
