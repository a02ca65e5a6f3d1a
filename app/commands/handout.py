"""`venueplan handout PROJECT --event ID -o OUT.pdf|OUT.docx [--lang da|en]`: the directions handout."""

from __future__ import annotations

from . import CliError, add_walking_speed, open_project, output_file, parse_id, parse_speed

HELP = (
    "write an event's one-page directions handout (practical information with a map) as "
    "PDF or as an editable Word file (.docx)"
)


def add_arguments(parser) -> None:
    parser.add_argument("project", metavar="PROJECT")
    parser.add_argument("--event", metavar="ID", required=True, help="the event")
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT.pdf|OUT.docx",
        required=True,
        help="the file to write (.pdf, or .docx for Word)",
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
    if path.suffix.lower() not in (".pdf", ".docx"):
        raise CliError(f"{path}: the file must end in .pdf or .docx.")
    event_id = parse_id(args.event)
    speed = parse_speed(args.walking_speed)
    ensure_gui_app()
    with open_project(args.project) as project:
        try:
            document = handout_for(project, event_id, args.lang, walking_speed=speed)
        except NoHandoutError as error:
            raise CliError(str(error)) from None
    if path.suffix.lower() == ".docx":
        from ..services.handout_docx import handout_docx

        print(f"Wrote {path} ({handout_docx(document, path)}).")
        return 0
    write_pdf(document, path)
    print(f"Wrote {path} ({document.lang}, 1 page).")
    return 0
