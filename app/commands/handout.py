"""`venueplan handout PROJECT --event ID -o OUT.pdf [--lang da|en]`: the directions handout."""

from __future__ import annotations

from . import CliError, add_walking_speed, open_project, output_file, parse_id, parse_speed

HELP = "write an event's one-page directions handout (practical information with a map) as PDF"


def add_arguments(parser) -> None:
    parser.add_argument("project", metavar="PROJECT")
    parser.add_argument("--event", metavar="ID", required=True, help="the event")
    parser.add_argument(
        "-o", "--output", metavar="OUT.pdf", required=True, help="the PDF file to write"
    )
    parser.add_argument(
        "--lang",
        "--language",
        dest="lang",
        choices=["da", "en"],
        help="the handout's language (default: the event's)",
    )
    add_walking_speed(parser)


def run(args) -> int:
    from ..services.document_pdf import ensure_gui_app, write_pdf
    from ..services.handout_pdf import NoHandoutError, handout_for

    path = output_file(args.output, args.project)
    event_id = parse_id(args.event)
    speed = parse_speed(args.walking_speed)
    ensure_gui_app()
    with open_project(args.project) as project:
        try:
            document = handout_for(project, event_id, args.lang, walking_speed=speed)
        except NoHandoutError as error:
            raise CliError(str(error)) from None
    write_pdf(document, path)
    print(f"Wrote {path} ({document.lang}, 1 page).")
    return 0
