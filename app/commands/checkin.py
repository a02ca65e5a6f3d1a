"""`venueplan checkin PROJECT --event ID NAME`: check in the one person a name finds."""

from __future__ import annotations

from . import CliError, open_project, parse_id

HELP = "check a person in at the door (or list the people a name finds)"

_STATUS = {
    "registered": "",
    "attended": "checked in",
    "waitlisted": "on the waiting list",
    "cancelled": "cancelled",
    "no_show": "marked as no-show",
}


def add_arguments(parser) -> None:
    parser.add_argument("project", metavar="PROJECT")
    parser.add_argument("--event", metavar="ID", required=True, help="the event")
    parser.add_argument(
        "name",
        metavar="NAME",
        nargs="+",
        help="a few letters of the name or organisation (ø, æ, å or oe, ae, aa alike)",
    )


def _line(r) -> str:
    org = f" ({r.organisation})" if r.organisation else ""
    status = _STATUS.get(str(r.status), str(r.status))
    when = f" at {r.checked_in_at:%H:%M}" if r.checked_in_at else ""
    return f"{r.id:>6}  {r.name}{org}" + (f"  [{status}{when}]" if status else "")


def run(args) -> int:
    from ..application import run as run_command
    from ..application.checkin import CheckIn
    from ..services.checkin import matches

    event_id = parse_id(args.event)
    query = " ".join(args.name)
    with open_project(args.project, write=True, people_of=event_id) as project:
        project.events.get(event_id)
        found = matches(project.registrations.for_event(event_id), query)
        if not found:
            raise CliError(f"nobody in event {event_id} matches {query!r}.")
        if len(found) > 1:
            for r in found[:50]:
                print(_line(r))
            if len(found) > 50:
                print(f"... and {len(found) - 50} more")
            raise CliError(f"{len(found)} people match {query!r}; give more of the name.")
        person_id = found[0].id
        assert person_id is not None  # stored registrations have ids
        result = run_command(project, CheckIn(event_id, person_id)).value
    r = result.registration
    org = f" ({r.organisation})" if r.organisation else ""
    if result.already:
        when = f" at {r.checked_in_at:%H:%M}" if r.checked_in_at else ""
        print(f"{r.name}{org} had already arrived{when}.")
    else:
        print(f"{r.name}{org} checked in at {r.checked_in_at:%H:%M}.")
    return 0
