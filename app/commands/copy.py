"""`venueplan copy SRC DEST`: a whole project from a file to a server, back, or to a file."""

from __future__ import annotations

from . import CliError

HELP = (
    "copy a whole project between a file and a PostgreSQL server (postgresql://user@host/db), "
    "in one transaction, counts checked"
)


def add_arguments(parser) -> None:
    parser.add_argument("source", metavar="SRC", help="the project file or server address")
    parser.add_argument(
        "dest",
        metavar="DEST",
        help="a new project file, or an empty server database (postgresql://user@host/db)",
    )


def run(args) -> int:
    from pathlib import Path

    from ..storage import Project
    from ..storage.copy import copy_project
    from ..storage.server import ServerAddress, is_server

    if not args.dest or not args.dest.strip():
        raise CliError("DEST: give a new file name or a server address.")
    if is_server(args.dest):
        ServerAddress.parse(args.dest)  # a malformed address is refused before any reading
        where = ServerAddress.parse(args.dest).display
    else:
        dest = Path(args.dest)
        if dest.is_dir():
            raise CliError(f"{args.dest}: is a folder; give a new file name.")
        where = str(dest)
    with Project.open(args.source, read_only=True) as source:
        counts = copy_project(source, args.dest)
    people = counts.get("registrations", 0)
    print(
        f"Copied {counts.get('venues', 0)} venues, {counts.get('events', 0)} events and "
        f"{people} registrations to {where}."
    )
    return 0
