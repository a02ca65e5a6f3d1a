"""`venueplan sample OUT.venueplan`: write the sample project."""

from __future__ import annotations

from . import CliError

HELP = "write the sample project (the seed invitations) to a new file"


def add_arguments(parser) -> None:
    parser.add_argument("out", metavar="OUT.venueplan")
    parser.add_argument(
        "--force", action="store_true", help="replace OUT.venueplan if it exists (its data is lost)"
    )


def run(args) -> int:
    import os
    from pathlib import Path

    from ..services.sample_project import write_sample

    out = Path(args.out)
    # An empty name reads as ".", the folder the user is in.
    if out.is_dir():
        raise CliError(
            f"{args.out or '.'}: is a folder; give a file name such as sample.venueplan."
        )
    if not out.parent.exists():
        raise CliError(f"{out}: the folder {out.parent} does not exist.")
    if os.path.lexists(out):
        if not args.force:
            # Often a real project with months of registrations: never replaced by surprise.
            raise CliError(f"{out}: already exists; add --force to replace it with the sample.")
        if not out.is_file():
            raise CliError(f"{out}: is not a regular file; give a file name.")
    write_sample(out).close()
    print(f"Wrote the sample project to {out}")
    return 0
