"""`venueplan list PROJECT events|venues|registrations [--event ID] [--json]`."""

from __future__ import annotations

import json

from ..storage import Store, stored_id
from . import CliError, open_project, parse_id

HELP = "list the events, venues or an event's registrations of a project"


def add_arguments(parser) -> None:
    parser.add_argument("project", metavar="PROJECT")
    parser.add_argument("what", choices=["events", "venues", "registrations"])
    parser.add_argument("--event", metavar="ID", help="the event (for registrations)")
    parser.add_argument("--json", action="store_true", help="print JSON")


def _rows(project: Store, args) -> list[dict]:
    if args.what == "venues":
        return [
            {
                "id": v.id,
                "name": v.name,
                "city": v.city,
                "postal_code": v.postal_code,
                "rooms": len(v.rooms),
                "largest_capacity": v.largest_capacity,
            }
            for v in project.venues.all()
        ]
    if args.what == "events":
        venues = {v.id: v.name for v in project.venues.all()}
        return [
            {
                "id": e.id,
                "title": e.title,
                "name": e.title,
                "kind": str(e.kind),
                "date": e.date.isoformat() if e.date else None,
                "venue": venues.get(e.venue_id),
            }
            for e in project.events.all()
        ]
    if args.event is None:
        raise CliError("listing registrations needs --event ID.")
    event = project.events.get(parse_id(args.event))
    event_id = stored_id(event.id, "event")
    tables = project.tables.seats_by_registration(event_id)
    return [
        {
            "id": r.id,
            "name": r.name,
            "email": r.email,
            "organisation": r.organisation,
            "group": r.invitee_group,
            "status": str(r.status),
            "late": r.late,
            "checked_in_at": r.checked_in_at.isoformat() if r.checked_in_at else None,
            "walk_in": r.walk_in,
            "table": tables.get(r.id) if r.id is not None else None,
        }
        for r in project.registrations.for_event(event_id)
    ]


def run(args) -> int:
    people_of = None
    if args.what == "registrations" and args.event is not None:
        people_of = parse_id(args.event)
    with open_project(args.project, people_of=people_of) as project:
        rows = _rows(project, args)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        extra = row.get("date") or row.get("city") or row.get("status") or ""
        print(f"{row['id']}\t{row['name']}\t{extra or ''}")
    return 0
