"""Invitee group quotas, with the Ringsted kick-off's rule against generated registrations."""

import datetime as dt
import itertools

from app.domain import InviteeGroup, Registration, RegistrationStatus
from app.domain.enums import WaitingFor
from app.domain.quotas import (
    check_quotas,
    match_group,
    organisation_key,
    quota_cleared,
    quota_waitlist_changes,
)

# The Ringsted kick-off (sample event 5): from each municipality 2 from the disability council,
# 2 from the council for socially vulnerable people, 2 politicians from each of the adult and
# children committees; directors and heads without limit.
HANDICAP = "Repræsentanter fra handicapråd"
UDSATTE = "Repræsentanter fra udsatterråd"
VOKSEN = "Politikere fra hvert udvalg på voksenområdet"
BOERN = "Politikere fra hvert udvalg på børneområdet"
CHEFER = "Fagdirektører og fagchefer"
RINGSTED_GROUPS = [
    InviteeGroup(HANDICAP, 2),
    InviteeGroup(UDSATTE, 2),
    InviteeGroup(VOKSEN, 2),
    InviteeGroup(BOERN, 2),
    InviteeGroup(CHEFER, None),
]

# How many each municipality sends per group, in the order they sign up (round robin).
PLAN = {
    "Greve Kommune": {HANDICAP: 2, UDSATTE: 2, VOKSEN: 2, BOERN: 2, CHEFER: 3},  # exactly met
    "Køge Kommune": {HANDICAP: 3, UDSATTE: 1, VOKSEN: 2, BOERN: 4, CHEFER: 1},  # 1 + 2 over
    "Roskilde Kommune": {HANDICAP: 1, CHEFER: 6},
    "Næstved Kommune": {UDSATTE: 3, VOKSEN: 1, BOERN: 2, CHEFER: 2},  # 1 over
    "Ringsted Kommune": {HANDICAP: 2, VOKSEN: 3, CHEFER: 1},  # 1 over
    "Vordingborg Kommune": {BOERN: 1},
}


def ringsted_registrations(plan=PLAN, start=dt.datetime(2024, 5, 1, 8, 0), status_of=None):
    """Registrations from several municipalities, interleaved in time as real sign-ups are."""
    queues = [
        [(org, group) for group, n in groups.items() for _ in range(n)]
        for org, groups in plan.items()
    ]
    out = []
    for i, (org, group) in enumerate(
        x for round_ in itertools.zip_longest(*queues) for x in round_ if x
    ):
        out.append(
            Registration(
                id=i + 1,
                first_name=f"Person{i + 1}",
                last_name=org.split()[0],
                organisation=org,
                invitee_group=group,
                registered_at=start + dt.timedelta(minutes=7 * i),
                status=(status_of or {}).get(i + 1, RegistrationStatus.REGISTERED),
            )
        )
    return out


def test_ringsted_counts_per_municipality_and_group():
    result = check_quotas(RINGSTED_GROUPS, ringsted_registrations())
    table = {(r.organisation, r.group): (r.count, r.quota, r.over) for r in result.rows}
    assert table[("Greve Kommune", HANDICAP)] == (2, 2, 0)  # quota exactly met
    assert table[("Køge Kommune", HANDICAP)] == (3, 2, 1)
    assert table[("Køge Kommune", BOERN)] == (4, 2, 2)
    assert table[("Roskilde Kommune", CHEFER)] == (6, None, 0)  # heads: no limit
    assert table[("Ringsted Kommune", VOKSEN)] == (3, 2, 1)
    assert len(result.rows) == sum(len(g) for g in PLAN.values())
    # Rows are grouped by municipality, groups in the event's order.
    assert [r.organisation for r in result.rows][:5] == ["Greve Kommune"] * 5
    assert [r.group for r in result.rows][:5] == [HANDICAP, UDSATTE, VOKSEN, BOERN, CHEFER]


def test_ringsted_violations_are_the_late_ones_in_registration_order():
    regs = ringsted_registrations()
    result = check_quotas(RINGSTED_GROUPS, regs)
    over = [(v.organisation, v.group, v.position) for v in result.violations]
    assert sorted(over) == sorted(
        [
            ("Køge Kommune", HANDICAP, 3),
            ("Køge Kommune", BOERN, 3),
            ("Køge Kommune", BOERN, 4),
            ("Næstved Kommune", UDSATTE, 3),
            ("Ringsted Kommune", VOKSEN, 3),
        ]
    )
    times = [v.registration.registered_at for v in result.violations]
    assert times == sorted(times)
    for v in result.violations:
        same = [r for r in regs if r.organisation == v.organisation and r.invitee_group == v.group]
        # Exactly the ones after the first two of their municipality and group.
        assert v.registration in same[2:]
    first = result.violations[0]
    assert first.reason == (
        f"Over the quota: {first.organisation} already has 2 in "
        f'"{first.group}" (at most 2 per organisation).'
    )
    assert not any(v.organisation == "Greve Kommune" for v in result.violations)


def test_registration_order_not_list_order_decides():
    regs = ringsted_registrations({"Greve Kommune": {HANDICAP: 3}})
    regs.reverse()
    (v,) = check_quotas(RINGSTED_GROUPS, regs).violations
    assert v.registration.id == 3  # the last to register, though first in the list


def test_a_cancellation_frees_the_place_for_the_next_in_line():
    regs = ringsted_registrations(
        {"Greve Kommune": {HANDICAP: 3}}, status_of={1: RegistrationStatus.CANCELLED}
    )
    assert check_quotas(RINGSTED_GROUPS, regs).violations == []


def test_waitlisted_over_quota_stays_flagged_and_changes_list_only_whats_new():
    regs = ringsted_registrations({"Køge Kommune": {HANDICAP: 4}})
    result = check_quotas(RINGSTED_GROUPS, regs)
    assert [v.registration.id for v in result.violations] == [3, 4]
    regs[3].status = RegistrationStatus.WAITLISTED
    regs[3].status_reason = result.violations[1].reason
    regs[3].waiting_for = WaitingFor.QUOTA
    result = check_quotas(RINGSTED_GROUPS, regs)
    assert [v.registration.id for v in result.violations] == [3, 4]
    changes = quota_waitlist_changes(result)
    assert [(r.id, reason) for r, reason in changes] == [(3, result.violations[0].reason)]


def test_spellings_of_one_municipality_count_together():
    assert organisation_key("Greve Kommune") == organisation_key(" greve  kommune ") == "greve"
    regs = [
        Registration(organisation=o, invitee_group=HANDICAP)
        for o in ("Greve Kommune", "greve kommune", "Greve")
    ]
    result = check_quotas(RINGSTED_GROUPS, regs)
    assert [(r.organisation, r.count) for r in result.rows] == [("Greve Kommune", 3)]
    assert len(result.violations) == 1


def test_group_text_matches_by_name_or_a_unique_part():
    assert match_group("repræsentanter fra HANDICAPRÅD", RINGSTED_GROUPS).name == HANDICAP
    assert match_group("Handicapråd", RINGSTED_GROUPS).name == HANDICAP
    assert match_group("Politikere", RINGSTED_GROUPS) is None  # adult or children: ambiguous
    assert match_group("", RINGSTED_GROUPS) is None


def test_unknown_group_and_missing_organisation_are_reported_not_counted():
    regs = [
        Registration(organisation="Faxe Kommune", invitee_group="Journalist"),
        Registration(organisation="", invitee_group=HANDICAP),
        Registration(organisation="", invitee_group=CHEFER),
    ]
    result = check_quotas(RINGSTED_GROUPS, regs)
    assert result.rows == [] and result.violations == []
    assert result.unknown_group == [regs[0]] and result.no_organisation == [regs[1]]


def test_event_without_groups_has_nothing_to_check():
    result = check_quotas([], ringsted_registrations())
    assert (result.rows, result.violations, result.unknown_group) == ([], [], [])


def test_sample_kickoff_groups_are_the_ringsted_rule(sample_project):
    kickoff = next(e for e in sample_project.events.all() if e.title.startswith("Kickoff"))
    assert [(g.name, g.quota_per_organisation) for g in kickoff.invitee_groups] == [
        (g.name, g.quota_per_organisation) for g in RINGSTED_GROUPS
    ]


def test_quota_waitlisted_are_cleared_when_a_place_frees():
    regs = ringsted_registrations({"Køge Kommune": {HANDICAP: 3}})
    (v,) = check_quotas(RINGSTED_GROUPS, regs).violations
    for r, reason in quota_waitlist_changes(check_quotas(RINGSTED_GROUPS, regs)):
        r.status, r.status_reason = RegistrationStatus.WAITLISTED, reason
        r.waiting_for = WaitingFor.QUOTA
    assert regs[2].status_reason.startswith("Over the quota: Køge Kommune already has 2")
    assert quota_cleared(check_quotas(RINGSTED_GROUPS, regs), regs) == []
    regs[0].status = RegistrationStatus.CANCELLED
    assert quota_cleared(check_quotas(RINGSTED_GROUPS, regs), regs) == [regs[2]]
