"""Who is expected at the door, and in which order: one order for every list of people.

The sign-in sheet, the participant list, the name tags and the workbook's sheets all number
and order people by this, so a person has the same number on each of them.
"""

from __future__ import annotations

from .collation import danish_key
from .registration import Registration


def _key(r: Registration) -> tuple[str, str, str]:
    words = r.full_name.split()
    last = r.last_name or (words[-1] if words else "")
    return danish_key(last), danish_key(r.name), danish_key(r.organisation)


def door_list(registrations: list[Registration]) -> list[Registration]:
    """Confirmed participants in Danish alphabetical order of last name, then whole name."""
    return sorted((r for r in registrations if r.is_confirmed), key=_key)


def listing_order(registrations: list[Registration]) -> list[Registration]:
    """Every registration: the door list first (so its numbers are the door list's), then
    the waiting list and cancellations in the order they came."""
    expected = door_list(registrations)
    chosen = {id(r) for r in expected}
    return expected + [r for r in registrations if id(r) not in chosen]
