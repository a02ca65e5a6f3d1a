"""`venueplan invitation PROJECT --event ID -o OUT.pdf|OUT.docx [--lang da|en]`."""

from __future__ import annotations

from . import CliError, add_walking_speed, open_project, output_file, parse_id, parse_speed

HELP = (
    "write an event's invitation (letter, programme, practical information, sign-up) "
    "as PDF or as an editable Word file (.docx)"
)
KINDS = (".pdf", ".docx")


def add_arguments(parser) -> None:
    parser.add_argument("project", metavar="PROJECT")
    parser.add_argument("--event", metavar="ID", required=True, help="the event")
    parser.add_argument(
        "-o", "--output", metavar="OUT.pdf|OUT.docx", required=True, help="the file to write"
    )
    parser.add_argument(
        "--lang",
        "--language",
        dest="lang",
        choices=["da", "en"],
        help="the document's language (default: the event's)",
    )
    add_walking_speed(parser)


def suffix_of(path) -> str:
    suffix = path.suffix.lower()
    if suffix not in KINDS:
        raise CliError(f"{path}: the file must end in .pdf or .docx.")
    return suffix


def write(args, programme_only: bool) -> int:
    from ..storage import NotFoundError

    path = output_file(args.output, args.project)
    suffix = suffix_of(path)
    event_id = parse_id(args.event)
    speed = parse_speed(args.walking_speed)
    with open_project(args.project) as project:
        try:
            event = project.events.get(event_id)
        except NotFoundError as error:
            raise CliError(str(error)) from None
        venue = project.venues.get(event.venue_id) if event.venue_id is not None else None
        walks = None
        if venue is not None and venue.id is not None and not programme_only:
            from ..services.walking_routes import venue_walks

            walks = venue_walks(venue, project.surroundings.get(venue.id), speed)
    if suffix == ".docx":
        from ..services.invitation_docx import invitation_docx, programme_docx

        if programme_only:
            lang = programme_docx(event, venue, path, args.lang).lang
        else:
            lang = invitation_docx(event, venue, path, args.lang, walks).lang
        print(f"Wrote {path} ({lang}).")
        return 0
    from ..services.document_pdf import ensure_gui_app, write_pdf
    from ..services.invitation_pdf import InvitationDocument, ProgrammeDocument

    ensure_gui_app()
    document: ProgrammeDocument | InvitationDocument = (
        ProgrammeDocument(event, venue, args.lang)
        if programme_only
        else InvitationDocument(event, venue, args.lang, walks)
    )
    pages = write_pdf(document, path)
    print(f"Wrote {path} ({document.lang}, {pages} page{'s' if pages != 1 else ''}).")
    return 0


def run(args) -> int:
    return write(args, programme_only=False)
