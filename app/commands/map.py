"""`venueplan map PROJECT (--event ID | --venue ID | --all) -o OUT.html`: a map file for any browser."""

from __future__ import annotations

from . import CliError, open_project, output_file, parse_id

HELP = "write a self-contained HTML map of an event, a venue or all venues"


def add_arguments(parser) -> None:
    parser.add_argument("project", metavar="PROJECT")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--event", metavar="ID", help="the event's venue, stops and parking")
    which.add_argument("--venue", metavar="ID", help="one venue with stops and parking")
    which.add_argument("--all", action="store_true", help="every venue in the catalogue")
    parser.add_argument(
        "-o", "--output", metavar="OUT.html", required=True, help="the HTML file to write"
    )
    parser.add_argument(
        "--language",
        choices=["da", "en"],
        help="language of the map's texts (default: the event's, else Danish)",
    )
    parser.add_argument(
        "--tiles",
        metavar="URL",
        help="background tile URL with {z}/{x}/{y} (default: OpenStreetMap)",
    )
    parser.add_argument(
        "--attribution", metavar="TEXT", help="credit line for the tiles (needed with --tiles)"
    )
    parser.add_argument(
        "--no-tiles",
        action="store_true",
        help="no background map, only the features on a plain background",
    )


def _tiles(args):
    from ..services.map_features import TileSource

    if args.no_tiles:
        return None
    if args.tiles is None:
        if args.attribution:
            raise CliError("--attribution goes with --tiles.")
        return TileSource()
    if not args.attribution:
        raise CliError("--tiles needs --attribution (the credit the tile provider asks for).")
    try:
        return TileSource(url=args.tiles, attribution=args.attribution)
    except ValueError as exc:
        raise CliError(str(exc)) from None


def run(args) -> int:
    from ..services.map_export import MapExportError, project_map, write_page

    tiles = _tiles(args)
    output = output_file(args.output, args.project)
    with open_project(args.project) as project:
        try:
            exported = project_map(
                project,
                event_id=parse_id(args.event) if args.event else None,
                venue_id=parse_id(args.venue) if args.venue else None,
                all_venues=args.all,
                tiles=tiles,
                language=args.language,
            )
        except MapExportError as exc:
            raise CliError(str(exc)) from None
    try:
        write_page(output, exported.html)
    except OSError as exc:
        raise CliError(str(exc)) from None
    print(f"Wrote {output} ({exported.summary()}).")
    for note in exported.features.notes:
        print(f"Note: {note}")
    return 0
