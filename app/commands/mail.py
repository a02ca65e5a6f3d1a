"""`venueplan mail PROJECT --event ID --kind invitation|practical -o FOLDER [--bcc]`."""

from __future__ import annotations

from pathlib import Path

from . import CliError, add_walking_speed, named_output, open_project, parse_id, parse_speed

HELP = (
    "write mail drafts (.eml, unsent) of an event's invitation or practical information "
    "for your mail program: one per registered person, or one with everyone in Bcc"
)


def add_arguments(parser) -> None:
    parser.add_argument("project", metavar="PROJECT")
    parser.add_argument("--event", metavar="ID", required=True, help="the event")
    parser.add_argument(
        "--kind", choices=["invitation", "practical"], required=True, help="what to send"
    )
    parser.add_argument(
        "-o", "--output", metavar="FOLDER", required=True, help="the folder for the drafts"
    )
    parser.add_argument(
        "--bcc", action="store_true", help="one draft with everyone in Bcc (default: one each)"
    )
    parser.add_argument(
        "--lang",
        "--language",
        dest="lang",
        choices=["da", "en"],
        help="the mail's language (default: the event's)",
    )
    add_walking_speed(parser)


def run(args) -> int:
    from ..services.mail_drafts import MailError, drafts_for
    from ..storage import NotFoundError

    folder = Path(named_output(args.output))
    if folder.exists() and not folder.is_dir():
        raise CliError(f"{folder}: is not a folder.")
    if not folder.parent.is_dir():
        raise CliError(f"{folder}: the folder {folder.parent} does not exist.")
    event_id = parse_id(args.event)
    speed = parse_speed(args.walking_speed)
    with open_project(args.project, people_of=event_id) as project:
        try:
            project.events.get(event_id)
            paths = drafts_for(
                project,
                event_id,
                args.kind,
                folder,
                bcc=args.bcc,
                lang=args.lang,
                walking_speed=speed,
            )
        except (NotFoundError, MailError) as error:
            raise CliError(str(error)) from None
    print(f"Wrote {len(paths)} draft{'s' if len(paths) != 1 else ''} to {folder}.")
    return 0
