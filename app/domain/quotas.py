"""Invitee group quotas: how many each organisation may send per group, and who is over."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .capacity import sort_by_registration
from .collation import danish_key
from .enums import RegistrationStatus, WaitingFor
from .event import InviteeGroup
from .registration import Registration

REASON_CODE = "quota_exceeded"
# The start of the wording stored as status_reason of a quota wait (`waiting_for` says it).
REASON_PREFIX = "Over the quota:"
_REASON = (
    REASON_PREFIX + ' {organisation} already has {quota} in "{group}" '
    "(at most {quota} per organisation)."
)


def _plain(text: str) -> str:
    return " ".join(text.casefold().split())


def organisation_key(name: str) -> str:
    """Spellings of one organisation as one key: "Greve Kommune", "greve kommune", "Greve"."""
    plain = _plain(re.sub(r"[.,]", " ", name))
    return re.sub(r"\s+kommunes?$", "", plain) or plain


def most_used_spellings(organisations: Iterable[str], keys: Iterable[str]) -> list[str]:
    """One name per organisation (by its `organisation_key`), as it is most often written,
    in Danish order. The keys are passed in because a table has them already."""
    spellings: dict[str, Counter[str]] = {}
    for name, key in zip(organisations, keys, strict=True):
        if key:
            spellings.setdefault(key, Counter())[name.strip()] += 1
    return sorted((c.most_common(1)[0][0] for c in spellings.values()), key=danish_key)


def match_group(text: str, groups: list[InviteeGroup]) -> InviteeGroup | None:
    """The group a registration's free-text group names, or None if none or several fit.

    Exact names win; otherwise a text that is part of exactly one group's name
    (or holds it) matches, so "Handicapråd" finds "Repræsentanter fra handicapråd".
    """
    plain = _plain(text)
    if not plain:
        return None
    for group in groups:
        if _plain(group.name) == plain:
            return group
    partial = [
        g for g in groups if _plain(g.name) and (plain in _plain(g.name) or _plain(g.name) in plain)
    ]
    return partial[0] if len(partial) == 1 else None


@dataclass(frozen=True)
class QuotaRow:
    """One organisation's count in one invitee group."""

    organisation: str
    group: str
    count: int
    quota: int | None

    @property
    def over(self) -> int:
        return 0 if self.quota is None else max(0, self.count - self.quota)


@dataclass(frozen=True)
class QuotaViolation:
    registration: Registration
    organisation: str
    group: str
    quota: int
    # 1-based place of this registration among its organisation's in the group.
    position: int

    code = REASON_CODE

    @property
    def params(self) -> dict[str, Any]:
        return {
            "organisation": self.organisation,
            "group": self.group,
            "quota": self.quota,
            "position": self.position,
        }

    @property
    def reason(self) -> str:
        return _REASON.format(**self.params)


@dataclass(frozen=True)
class QuotaResult:
    rows: list[QuotaRow]
    violations: list[QuotaViolation]
    # Active registrations whose group matches none of the event's groups.
    unknown_group: list[Registration]
    # Active registrations in a group with a quota but without an organisation.
    no_organisation: list[Registration]


def _counts(r: Registration) -> bool:
    # A cancelled place frees the quota for the next one in line.
    return r.status != RegistrationStatus.CANCELLED


def check_quotas(groups: list[InviteeGroup], registrations: Iterable[Registration]) -> QuotaResult:
    """Count registrations per organisation and group; the ones past a quota, first come first
    served, are violations (whether they are registered or already waitlisted)."""
    seen: dict[tuple[str, int], list[Registration]] = {}
    names: dict[str, str] = {}
    violations: list[QuotaViolation] = []
    unknown: list[Registration] = []
    no_org: list[Registration] = []
    for r in sort_by_registration(registrations):
        if not _counts(r):
            continue
        group = match_group(r.invitee_group, groups)
        if group is None:
            if groups:
                unknown.append(r)
            continue
        org_key = organisation_key(r.organisation)
        if not org_key:
            if group.quota_per_organisation is not None:
                no_org.append(r)
            continue
        names.setdefault(org_key, r.organisation.strip())
        index = next(i for i, g in enumerate(groups) if g is group)
        members = seen.setdefault((org_key, index), [])
        members.append(r)
        quota = group.quota_per_organisation
        if quota is not None and len(members) > quota:
            violations.append(QuotaViolation(r, names[org_key], group.name, quota, len(members)))

    def order(item: tuple[tuple[str, int], list[Registration]]) -> tuple[str, int]:
        (org, group_index), _ = item
        return danish_key(org), group_index

    rows = [
        QuotaRow(names[org], groups[gi].name, len(members), groups[gi].quota_per_organisation)
        for (org, gi), members in sorted(seen.items(), key=order)
    ]
    return QuotaResult(rows, violations, unknown, no_org)


def quota_waitlist_changes(result: QuotaResult) -> list[tuple[Registration, str]]:
    """Registrations to move to the waiting list for a quota, with the reason to store.

    Already waitlisted ones are listed only if their stored reason differs.
    """
    changes = []
    for v in result.violations:
        r = v.registration
        if (
            r.status == RegistrationStatus.WAITLISTED
            and r.waiting_for == WaitingFor.QUOTA
            and r.status_reason == v.reason
        ):
            continue
        if r.status == RegistrationStatus.ATTENDED:
            continue  # someone in the room is never sent to the waiting list
        changes.append((r, v.reason))
    return changes


def quota_cleared(result: QuotaResult, registrations: Iterable[Registration]) -> list[Registration]:
    """Registrations waitlisted for a quota that are within it now (someone ahead cancelled).

    The caller decides where they go next: a seat, or the waiting list for capacity.
    """
    over = {id(v.registration) for v in result.violations}
    return [
        r
        for r in sort_by_registration(registrations)
        if r.status == RegistrationStatus.WAITLISTED
        and r.waiting_for == WaitingFor.QUOTA
        and id(r) not in over
    ]
