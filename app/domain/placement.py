"""Who gets a place: invitee-group quotas first, then the room's capacity."""

from __future__ import annotations

from collections.abc import Iterable

from .enums import RegistrationStatus, WaitingFor
from .event import InviteeGroup
from .quotas import check_quotas, quota_cleared, quota_waitlist_changes
from .registration import Registration
from .waitlist import apply, settle


def place(
    registrations: Iterable[Registration],
    capacity: int | None,
    groups: list[InviteeGroup],
    newcomers: Iterable[Registration] = (),
) -> list[Registration]:
    """Give every registration of an event its status; returns those who moved up.

    Registrations past their organisation's quota for their group wait, with the
    quota as the reason (first come, first served). Someone back within a quota,
    because one ahead cancelled, queues for a place again. Then the capacity rule
    fills the free places in registration order. Changes the registrations given.
    """
    everyone = list(registrations)
    queue = list(newcomers)
    back_in_quota: list[Registration] = []
    if groups:
        result = check_quotas(groups, everyone)
        for r, reason in quota_waitlist_changes(result):
            r.status, r.status_reason = RegistrationStatus.WAITLISTED, reason
            r.waiting_for = WaitingFor.QUOTA
        for r in quota_cleared(result, everyone):
            r.status, r.status_reason = RegistrationStatus.REGISTERED, ""
            r.waiting_for = WaitingFor.NOTHING
            back_in_quota.append(r)
    moved_up = apply(settle(everyone, capacity, queue + back_in_quota))
    return moved_up + [r for r in back_in_quota if r.status == RegistrationStatus.REGISTERED]
