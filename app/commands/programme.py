"""`venueplan programme PROJECT --event ID -o OUT.pdf|OUT.docx [--lang da|en]`."""

from __future__ import annotations

from .invitation import add_arguments, write

HELP = "write an event's programme alone, on one page, as PDF or as a Word file (.docx)"

__all__ = ["HELP", "add_arguments", "run"]


def run(args) -> int:
    return write(args, programme_only=True)
