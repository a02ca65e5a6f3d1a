"""The capacity report as typed data: what the capacity page, the CLI and the workbooks read.

`CapacityReport.as_json()` is the same data as plain JSON (the CLI's --json output).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ReportEvent:
    id: int | None
    title: str
    date: str | None  # ISO date


@dataclass(frozen=True)
class Named:
    id: int | None
    name: str


@dataclass(frozen=True)
class Accessible:
    places: int | None  # None: no room chosen
    needed: int


@dataclass(frozen=True)
class GroupQuota:
    name: str
    quota: int | None


@dataclass(frozen=True)
class QuotaLine:
    organisation: str
    group: str
    count: int
    quota: int | None
    over: int


@dataclass(frozen=True)
class QuotaViolation:
    registration_id: int | None
    name: str
    organisation: str
    group: str
    quota: int
    position: int
    status: str
    code: str
    reason: str


@dataclass(frozen=True)
class Parking:
    demand: int
    accessible_demand: int
    spaces: int | None
    accessible_spaces: int
    zones: int
    zones_without_count: int
    permit_spaces: int | None
    permit_zones: int
    all_zones: int
    status: str


@dataclass(frozen=True)
class CateringLine:
    name: str
    time: str | None  # HH:MM
    count: int
    registered: int
    dietary: dict[str, int]
    other_notes: dict[str, int]


@dataclass(frozen=True)
class Clash:
    event_id: int | None
    title: str
    date: str
    start: str
    end: str


@dataclass(frozen=True)
class WarningCode:
    """A warning as a code and its numbers; the window words it in the user's language."""

    code: str
    params: dict[str, Any]


@dataclass(frozen=True)
class CapacityReport:
    event: ReportEvent
    venue: Named | None
    room: Named | None
    layout: str | None
    capacity: int | None
    room_capacity: int | None
    capacity_limit: int | None
    expected_attendance: int | None
    registered: int
    waitlisted: int
    cancelled: int
    free: int | None
    status: str
    no_show_rate: float
    expected_present: int | None
    accessible: Accessible
    parking: Parking
    invitee_groups: list[GroupQuota] = field(default_factory=list)
    quotas: list[QuotaLine] = field(default_factory=list)
    quota_violations: list[QuotaViolation] = field(default_factory=list)
    catering: list[CateringLine] = field(default_factory=list)
    double_bookings: list[Clash] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # in English, for the CLI
    warning_codes: list[WarningCode] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)
