"""Schema versions as major.minor: a newer minor is additive and opens in an older app."""

from __future__ import annotations

from typing import NamedTuple


class SchemaVersion(NamedTuple):
    """A project file format. Minor steps only add (tables, defaulted or nullable columns,
    indexes), so an app of the same major reads and writes a file of a newer minor;
    a new major is a change an older app would misread, and it refuses such a file."""

    major: int
    minor: int = 0

    @classmethod
    def parse(cls, text: str) -> SchemaVersion:
        """`"2.1"` -> (2, 1); files written before versions had a minor say `"1"` or `"2"`."""
        head, dot, tail = text.strip().partition(".")
        major = int(head)
        minor = int(tail) if dot else 0
        if major < 0 or minor < 0:
            raise ValueError(text)
        return cls(major, minor)

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}"


# What a first look (first_look.py) must know without importing SQLAlchemy, which the
# storage's other modules import: whose file it is and the format this version writes
# (migrations.CURRENT; tests/test_first_look.py keeps the two equal).
APP_ID = "venueplan"
WRITTEN = SchemaVersion(2, 7)
