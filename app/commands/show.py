"""`venueplan show PROJECT event|venue ID --json`: one whole record."""

from __future__ import annotations

import json

from ..storage import Store
from . import open_project, parse_id

HELP = "print one event (with its programme) or venue (with rooms, transit, parking)"


def add_arguments(parser) -> None:
    parser.add_argument("project", metavar="PROJECT")
    parser.add_argument("kind", choices=["event", "venue"])
    parser.add_argument("id", metavar="ID")
    parser.add_argument("--json", action="store_true", help="print JSON (the default)")


def record(project: Store, kind: str, record_id: int) -> dict:
    from ..domain.serialize import to_dict

    if kind == "venue":
        data = to_dict(project.venues.get(record_id))
        # Short aliases the handouts and scripts use.
        for option in data["transit_options"]:
            option["stop"] = option["stop_name"]
        for zone in data["parking_zones"]:
            zone["guests_allowed"] = zone["guests"]
        return data
    event = project.events.get(record_id)
    data = to_dict(event)
    data["venue"] = to_dict(project.venues.get(event.venue_id)) if event.venue_id else None
    return data


def run(args) -> int:
    with open_project(args.project) as project:
        data = record(project, args.kind, parse_id(args.id))
    print(json.dumps(data, ensure_ascii=False, indent=2))
    return 0
