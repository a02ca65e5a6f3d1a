"""`venueplan surroundings PROJECT --venue ID [--endpoint URL]`: fetch and keep a venue's streets."""

from __future__ import annotations

from . import CliError, open_project, parse_id

HELP = (
    "fetch the streets, paths, railway, stops and buildings around a venue from an Overpass "
    "API server (OpenStreetMap data) and keep them in the project for offline maps and routes"
)


def add_arguments(parser) -> None:
    parser.add_argument("project", metavar="PROJECT")
    parser.add_argument("--venue", metavar="ID", required=True, help="the venue")
    parser.add_argument(
        "--endpoint",
        metavar="URL",
        help="the Overpass API server (default: https://overpass-api.de/api/interpreter)",
    )


def run(args) -> int:
    from ..application.surroundings import fetch_and_store
    from ..services.overpass import OverpassClient, SurroundingsError

    venue_id = parse_id(args.venue)
    try:
        client = OverpassClient(args.endpoint)
    except ValueError as error:
        raise CliError(f"--endpoint: {error}") from None
    with open_project(args.project, write=True) as project:
        try:
            found = fetch_and_store(project, venue_id, client)
        except SurroundingsError as error:
            raise CliError(str(error)) from None
        name = project.venues.get(venue_id).name
    print(
        f"Kept {len(found.features)} features within {found.radius_m} m of {name}, "
        f"fetched {found.fetched_at:%Y-%m-%d %H:%M} from {client.endpoint} "
        "(© OpenStreetMap contributors)."
    )
    return 0
