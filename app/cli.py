"""The `venueplan` command: opens the GUI, or runs a headless command on a project."""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from . import __version__
from .commands import COMMANDS, CliError, module_name


def _command_module(name: str):
    return importlib.import_module(module_name(name))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="venueplan",
        description="Venue and logistics planner for event coordinators. "
        "Without a command, opens the app (on PROJECT if given).",
    )
    parser.add_argument("--version", action="version", version=f"Venueplan {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = _command_module(name)
        command = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(command)
        command.set_defaults(run=module.run)
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="venueplan", add_help=False)
    parser.add_argument("project", nargs="?")
    parser.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if (
        not argv
        or (argv[0] not in COMMANDS and not argv[0].startswith("-"))
        or argv[0] == "--smoke"
    ):
        args = _gui_parser().parse_args(argv)
        from .ui.application import run_gui  # Qt is loaded only for the GUI

        return run_gui(args.project, smoke=args.smoke)
    args = build_parser().parse_args(argv)
    if args.command is None:
        build_parser().print_help()
        return 2
    try:
        return args.run(args) or 0
    except CliError as exc:
        print(f"venueplan: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (`venueplan list ... | head`): stop quietly, as Unix tools
        # do, and keep Python from complaining again when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except Exception as exc:  # noqa: BLE001 - the last guard: one line, never a traceback
        from .storage import ProjectError

        # Errors written for users (a file that cannot be written, a refused import) are
        # shown as they are; anything else is a bug, named as one.
        if isinstance(exc, ProjectError) or getattr(exc, "user_message", False):
            print(f"venueplan: {exc}", file=sys.stderr)
        else:
            print(f"venueplan: unexpected error: {exc.__class__.__name__}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
