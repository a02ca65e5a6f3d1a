"""`venueplan server-setup --print-sql`: the script that makes a team server's database."""

from __future__ import annotations

from . import CliError

HELP = (
    "print the SQL an IT department runs, as a superuser in a new empty database, to make "
    "a team server's tables, roles and row-level security"
)


def add_arguments(parser) -> None:
    parser.add_argument(
        "--print-sql",
        action="store_true",
        help="print the script (pipe it to psql -v ON_ERROR_STOP=1 -d DBNAME)",
    )


def run(args) -> int:
    if not args.print_sql:
        # The command never connects anywhere: IT reads the script and runs it themselves.
        raise CliError(
            "server-setup only prints the script: venueplan server-setup --print-sql "
            "| psql -v ON_ERROR_STOP=1 -d DBNAME"
        )
    from ..storage.server_setup import setup_sql

    print(setup_sql(), end="")
    return 0
