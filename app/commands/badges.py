"""`venueplan badges PROJECT --event ID -o OUT.pdf [--sheet 2x4|2x5]`: name tags (or lists)."""

from __future__ import annotations

from . import open_project, output_file, parse_id

HELP = "write name tags of an event's registered participants (or its sign-in sheet) as PDF"


def add_arguments(parser) -> None:
    parser.add_argument("project", metavar="PROJECT")
    parser.add_argument("--event", metavar="ID", required=True, help="the event")
    parser.add_argument(
        "-o", "--output", metavar="OUT.pdf", required=True, help="the PDF file to write"
    )
    parser.add_argument(
        "--sheet",
        choices=["2x4", "2x5"],
        default="2x4",
        help="label sheet: 2x4 (8 per A4, 99.1 x 67.7 mm) or 2x5 "
        "(10 per A4, 85 x 54 mm); default 2x4",
    )
    parser.add_argument(
        "--guides",
        action="store_true",
        help="draw each tag's outline (to cut tags from plain paper)",
    )
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument(
        "--sign-in",
        action="store_true",
        help="write the sign-in sheet (with a signature column) instead",
    )
    kind.add_argument(
        "--participants",
        action="store_true",
        help="write the participant list (with invitee groups) instead",
    )
    parser.add_argument(
        "--lang",
        "--language",
        dest="lang",
        choices=["da", "en"],
        help="language of the printed words (default: the event's)",
    )


def run(args) -> int:
    from ..services.document_pdf import ensure_gui_app, write_pdf
    from ..services.name_tags import NameTagsDocument, name_tags_for
    from ..services.participant_list import ParticipantListDocument, participant_list_for

    path = output_file(args.output, args.project)
    event_id = parse_id(args.event)
    ensure_gui_app()
    document: NameTagsDocument | ParticipantListDocument
    with open_project(args.project, people_of=event_id) as project:
        if args.sign_in or args.participants:
            document = participant_list_for(project, event_id, sign_in=args.sign_in, lang=args.lang)
            what = "sign-in sheet" if args.sign_in else "participant list"
        else:
            document = name_tags_for(project, event_id, args.sheet, args.guides, args.lang)
            what = f"name tags on {args.sheet} sheets"
    pages = write_pdf(document, path)
    people = len(document.people)
    print(
        f"Wrote {path}: {what}, {people} {'person' if people == 1 else 'people'}, "
        f"{pages} {'page' if pages == 1 else 'pages'}."
    )
    return 0
