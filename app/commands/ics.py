"""`venueplan ics PROJECT --event ID -o OUT.ics [--lang da|en]`: the event as a calendar invite."""

from __future__ import annotations

from . import CliError, open_project, output_file, parse_id

HELP = "write an event as an iCalendar (.ics) invite in Europe/Copenhagen time"


def add_arguments(parser) -> None:
    parser.add_argument("project", metavar="PROJECT")
    parser.add_argument("--event", metavar="ID", required=True, help="the event")
    parser.add_argument(
        "-o", "--output", metavar="OUT.ics", required=True, help="the .ics file to write"
    )
    parser.add_argument(
        "--lang",
        "--language",
        dest="lang",
        choices=["da", "en"],
        help="language of the description (default: the event's)",
    )


def run(args) -> int:
    from ..services.calendar_invite import CalendarError, write_event_ics

    path = output_file(args.output, args.project)
    event_id = parse_id(args.event)
    with open_project(args.project) as project:
        try:
            write_event_ics(project, event_id, path, args.lang, project_name=project.name)
        except CalendarError as exc:
            raise CliError(str(exc)) from None
    print(f"Wrote {path}.")
    return 0
