"""`venueplan capacity PROJECT --event ID [--json]`: does an event fit, and what it needs."""

from __future__ import annotations

import json

from ..services.capacity_types import CapacityReport
from . import open_project, parse_id

HELP = "show an event's registrations against its capacity, quotas, parking and catering"


def add_arguments(parser) -> None:
    parser.add_argument("project", metavar="PROJECT")
    parser.add_argument("--event", metavar="ID", required=True, help="the event")
    parser.add_argument("--json", action="store_true", help="print JSON")


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _seats(report: CapacityReport) -> str:
    if report.capacity is None:
        return "capacity unknown"
    where = []
    if report.room and report.venue:
        where.append(f"{report.room.name}, {report.venue.name}")
    if report.layout:
        where.append(report.layout)
    limit = f", event limit {report.capacity_limit}" if report.capacity_limit is not None else ""
    return f"{report.capacity} seats ({'; '.join(where)}{limit})"


def text(report: CapacityReport) -> str:
    """The report as lines a coordinator reads in a terminal."""
    from ..domain.catering import DIET_LABELS

    event = report.event
    lines = [
        f"{event.title} (event {event.id}, {event.date or 'no date'})",
        f"Capacity:    {_seats(report)}",
        f"Registered:  {report.registered}   waitlisted: {report.waitlisted}   "
        f"cancelled: {report.cancelled}"
        + (f"   free: {report.free}" if report.free is not None else ""),
    ]
    if report.no_show_rate:
        lines.append(
            f"No-shows:    {report.no_show_rate:.0%} expected, {report.expected_present} present"
        )
    acc = report.accessible
    places = "places unknown" if acc.places is None else f"{acc.places} places"
    lines.append(f"Accessible:  {places}, needed by {acc.needed}")
    if report.quotas:
        lines.append("Quotas:")
        for q in report.quotas:
            quota = "no limit" if q.quota is None else f"of {q.quota}"
            flag = f"  OVER by {q.over}" if q.over else ""
            lines.append(f"  {q.organisation} - {q.group}: {q.count} {quota}{flag}")
    for v in report.quota_violations:
        lines.append(f"  ! {v.name or 'registration ' + str(v.registration_id)}: {v.reason}")
    p = report.parking
    if p.all_zones == 0:
        spaces = "no parking entered"
    else:
        count = "not entered" if p.spaces is None else p.spaces
        spaces = f"guest spaces {count} ({_n(p.zones, 'zone')})"
        if p.permit_zones:
            spaces += f"; permit only: {_n(p.permit_zones, 'zone')}"
    lines.append(
        f"Parking:     {_n(p.demand, 'car')}, {p.accessible_demand} with "
        f"accessible parking; {spaces}"
    )
    for c in report.catering:
        # "Other" answers follow as written, so they are not counted twice.
        diets = ", ".join(f"{n} {DIET_LABELS[k]}" for k, n in c.dietary.items() if k != "other")
        lines.append(
            f"Catering:    {c.time or '--:--'} {c.name}: {c.count} people"
            + (f" ({diets})" if diets else "")
        )
        for note, n in c.other_notes.items():
            lines.append(f"               other: {note} x{n}")
    for w in report.warnings:
        lines.append(f"Warning:     {w}")
    return "\n".join(lines)


def run(args) -> int:
    from ..services.capacity_report import build_report

    event_id = parse_id(args.event)
    with open_project(args.project, people_of=event_id) as project:
        report = build_report(project, event_id)
    print(json.dumps(report.as_json(), ensure_ascii=False, indent=2) if args.json else text(report))
    return 0
