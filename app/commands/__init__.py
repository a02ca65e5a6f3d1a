"""Headless subcommands of `venueplan`, one module each.

Each module has HELP, add_arguments(parser) and run(args) -> int, and imports
what it needs inside run() so that `venueplan --help` stays quick.
"""

from __future__ import annotations

# The order in which `venueplan --help` lists them.
COMMANDS = [
    "sample",
    "list",
    "show",
    "capacity",
    "suggest",
    "import",
    "map",
    "handout",
    "invitation",
    "programme",
    "badges",
    "ics",
    "mail",
    "export",
    "checkin",
    "tables",
    "surroundings",
    "copy",
    "server-setup",
]


def module_name(command: str) -> str:
    """The module of a command: `import` is a Python keyword, so its module is `import_`;
    a dash in a command's name is an underscore in its module's."""
    if command == "import":
        return "app.commands.import_"
    return f"app.commands.{command.replace('-', '_')}"


class CliError(Exception):
    """A one-line message for stderr; the command exits 1."""


def named_output(value: str) -> str:
    """The -o value, refused in one line when it names nothing (`-o ""`)."""
    if not value or not value.strip():
        raise CliError("-o/--output: give the name of the file to write.")
    return value


def output_file(value: str, project: str):
    """The -o file as a Path, refused in one line before any work when nothing may be
    written there: a missing folder, a folder, a pipe, a read-only file, or the project."""
    from ..services.atomic import OutputError, check_output

    try:
        return check_output(named_output(value), protect=[project])
    except OutputError as exc:
        raise CliError(str(exc)) from None


def open_project(path: str, write: bool = False, people_of: int | None = None):
    """The project at `path`. A command that only reads opens it read-only: an old format
    is then upgraded in memory, so no backup is made and the file stays as it is.
    `people_of`: the event whose registrations the command lists, counts or prints; on a
    team server, refused in one line when they are another organisation's (the server
    shows none of them, so the output would say the event has nobody)."""
    from ..storage import Project

    project = Project.open(path, read_only=not write)
    try:
        # (`organisations` is None on a file and for a login that sees everyone.)
        if (
            people_of is not None
            and project.organisations is not None
            and project.events.exists(people_of)
        ):
            organiser = project.events.get(people_of).organiser
            if project.people_hidden(organiser):
                raise CliError(
                    f"Event {people_of} is organised by {organiser or 'no organisation'}; this "
                    "server shows its registrations only to that organisation's coordinators."
                )
    except BaseException:
        project.close()
        raise
    return project


def parse_id(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = None
    # SQLite cannot even look up a number past 64 bits, so no record has such an id.
    if number is None or not -(2**63) <= number < 2**63:
        raise CliError(f"{value!r} is not an id (ids are whole numbers).")
    return number


# Preferences allows the same range; 4.5 km/h is its default and the documents'.
SPEED_RANGE = (1.0, 8.0)


def add_walking_speed(parser) -> None:
    parser.add_argument(
        "--walking-speed",
        metavar="KMH",
        default="4.5",
        help="walking speed for the walks along the stored streets, 1 to 8 km/h (default 4.5, "
        "as in Preferences)",
    )


def parse_speed(value: str) -> float:
    try:
        speed = float(value.replace(",", "."))
    except ValueError:
        speed = float("nan")
    if not SPEED_RANGE[0] <= speed <= SPEED_RANGE[1]:
        raise CliError(f"--walking-speed {value!r}: give km/h from 1 to 8, such as 4.5.")
    return speed
