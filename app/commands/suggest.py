"""`venueplan suggest PROJECT --event ID [--json]`: every room ranked for an event, with reasons."""

from __future__ import annotations

import json

from . import open_project, parse_id

HELP = "rank every room of the catalogue for an event, and say why the others do not fit"

_BASIS = {
    "expected_attendance": "expected attendance",
    "registrations": "registrations",
    "none": "no expected attendance or registrations yet",
}


def add_arguments(parser) -> None:
    parser.add_argument("project", metavar="PROJECT")
    parser.add_argument("--event", metavar="ID", required=True, help="the event")
    parser.add_argument("--json", action="store_true", help="print JSON")


def text(data: dict) -> str:
    needs = data["needs"]
    lines = [
        f"{data['event']['title']} (event {data['event']['id']}): {needs['people']} people "
        f"({_BASIS[needs['basis']]}), layout {needs['layout'] or 'any'}"
    ]
    fitting = [r for r in data["rooms"] if r["fits"]]
    others = [r for r in data["rooms"] if not r["fits"]]
    for title, rooms in (
        ("Rooms that fit, best first:", fitting),
        ("Rooms that do not fit:", others),
    ):
        lines.append(title if rooms else f"{title} none")
        for room in rooms:
            mark = "  (current)" if room["current"] else ""
            lines.append(f"  {room['rank']}. {room['venue']} - {room['room']}{mark}")
            for reason in room["reasons"]:
                if reason["code"] == "current_room":
                    continue
                sign = (
                    "+" if reason["ok"] and not reason["soft"] else "-" if reason["soft"] else "x"
                )
                lines.append(f"       {sign} {reason['message']}")
    return "\n".join(lines)


def run(args) -> int:
    from ..services.capacity_report import build_suggestions

    event_id = parse_id(args.event)
    with open_project(args.project, people_of=event_id) as project:
        data = build_suggestions(project, event_id)
    print(json.dumps(data, ensure_ascii=False, indent=2) if args.json else text(data))
    return 0
