"""`venueplan import PROJECT --event ID FILE [--format ...]`: registrations from an export."""

from __future__ import annotations

from . import CliError, open_project, parse_id

HELP = "import registrations from a sign-up export or spreadsheet into an event"
FORMATS = ["auto", "msforms", "googleforms", "eventbrite", "pretix", "indico"]


def add_arguments(parser) -> None:
    parser.add_argument("project", metavar="PROJECT")
    parser.add_argument("file", metavar="FILE", help="an .xlsx, .xls, .xlsb, .ods or .csv export")
    parser.add_argument("--event", metavar="ID", required=True, help="the event to import into")
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="auto",
        help="the tool that wrote the file (default: recognise it)",
    )


def run(args) -> int:
    from ..application.imports import import_file
    from ..services.registration_import import ImportFileError

    event_id = parse_id(args.event)
    with open_project(args.project, write=True, people_of=event_id) as project:
        if not project.events.exists(event_id):
            raise CliError(f"there is no event with id {event_id}.")
        try:
            summary = import_file(project, event_id, args.file, args.format)
        except ImportFileError as exc:
            raise CliError(str(exc)) from None
    print(summary.line())
    return 0
