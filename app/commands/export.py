"""`venueplan export PROJECT (--event ID | --venues | --events) -o OUT.xlsx [--no-sensitive]`."""

from __future__ import annotations

from pathlib import Path

from . import (
    CliError,
    add_walking_speed,
    named_output,
    open_project,
    output_file,
    parse_id,
    parse_speed,
)

HELP = "write an Excel workbook: an event's logistics, the venue catalogue or all events"


def add_arguments(parser) -> None:
    parser.add_argument("project", metavar="PROJECT")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--event", metavar="ID", help="the logistics workbook of one event")
    what.add_argument(
        "--venues",
        action="store_true",
        help="the catalogue of all venues, rooms, transit and parking",
    )
    what.add_argument("--events", action="store_true", help="all events with their key numbers")
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT.xlsx",
        required=True,
        help="the workbook to write (replaced if it exists)",
    )
    parser.add_argument(
        "--no-sensitive",
        action="store_true",
        help="for sharing: leave out e-mail, phone and comments, and give "
        "dietary and accessibility needs as counts only",
    )
    parser.add_argument(
        "--language",
        choices=("da", "en"),
        default=None,
        help="language of the venue and events workbooks (default: da); an "
        "event's workbook is always in the event's language",
    )
    add_walking_speed(parser)


def _check_output(value: str, project: str) -> Path:
    path = Path(named_output(value))
    if path.suffix.lower() != ".xlsx" and not path.is_dir():
        raise CliError(f"{path}: the output must be an .xlsx file.")
    return output_file(value, project)


def run(args) -> int:
    from ..services.excel import (
        write_catalogue_workbook,
        write_event_workbook,
        write_events_workbook,
    )

    out = _check_output(args.output, args.project)
    if args.no_sensitive and args.event is None:
        raise CliError(
            "--no-sensitive applies to an event's workbook (--event ID); the venue "
            "and events workbooks hold no participants."
        )
    if args.language and args.event is not None:
        raise CliError(
            "--language applies to --venues and --events; an event's workbook is "
            "in the event's own language."
        )
    lang = args.language or "da"
    event_id = parse_id(args.event) if args.event is not None else None
    speed = parse_speed(args.walking_speed)
    try:
        with open_project(args.project, people_of=event_id) as project:
            if event_id is not None:
                result = write_event_workbook(
                    project, event_id, out, sensitive=not args.no_sensitive, walking_speed=speed
                )
                kind = "for sharing" if args.no_sensitive else "with personal data"
                what = f"event {event_id}, {result['participants']} registrations, {kind}"
            elif args.venues:
                result = write_catalogue_workbook(project, out, lang=lang, walking_speed=speed)
                what = f"{result['venues']} venues"
            else:
                result = write_events_workbook(project, out, lang=lang)
                what = f"{result['events']} events"
    except PermissionError as exc:
        raise CliError(f"{out}: cannot be written ({exc.strerror}); is it open in Excel?") from None
    except OSError as exc:
        raise CliError(
            str(exc)
            if getattr(exc, "user_message", False)
            else f"{out}: cannot be written ({exc.strerror or exc})."
        ) from None
    print(f"Wrote {out} ({what}).")
    return 0
