"""Capacity warnings and dietary needs, as the capacity page words them in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.diets import diet_name
from ..domain.workbook_text import double_booking_when
from ..services.capacity_types import WarningCode
from .labels import layout_label, user_language


def diet_label(kind: str) -> str:
    """A kind of dietary need in the user's language, from the domain's one table."""
    return diet_name(kind, danish=user_language() == "da")


def warning_text(w: WarningCode) -> str:
    """A capacity warning of the report (a code and its numbers) in the user's language."""
    texts = {
        "no_room": QCoreApplication.translate(
            "capacity_texts", "No room is chosen, so the capacity is unknown."
        ),
        "no_layout": QCoreApplication.translate(
            "capacity_texts", "No layout is chosen, so the room's capacity is unknown."
        ),
        "layout_missing": QCoreApplication.translate(
            "capacity_texts", "{room} cannot be set up as {layout}."
        ),
        "zero_capacity": QCoreApplication.translate(
            "capacity_texts", "The capacity is 0: there are no seats."
        ),
        "full": QCoreApplication.translate(
            "capacity_texts", "Exactly full: registered {registered}, seats {capacity}."
        ),
        "over": QCoreApplication.translate(
            "capacity_texts",
            "Over capacity: registered {registered}, seats {capacity}, too many {over}.",
        ),
        "overbooked": QCoreApplication.translate(
            "capacity_texts",
            "Overbooked: registered {registered}, seats {capacity}, "
            "expected after no-shows {present}.",
        ),
        "expected_over": QCoreApplication.translate(
            "capacity_texts", "Expected attendance {expected} is more than the {capacity} seats."
        ),
        "waitlist_with_seats": QCoreApplication.translate(
            "capacity_texts", "Waiting list: {waitlisted}, with free seats: {free}."
        ),
        "accessible_short": QCoreApplication.translate(
            "capacity_texts",
            "Need a wheelchair space: {needed}; wheelchair spaces in the room: {places}.",
        ),
        "quota_exceeded": QCoreApplication.translate(
            "capacity_texts", "Registrations over an invitee group quota: {count}."
        ),
        "unknown_group": QCoreApplication.translate(
            "capacity_texts", "Registrations naming no invitee group of this event: {count}."
        ),
        "no_organisation": QCoreApplication.translate(
            "capacity_texts",
            "Registrations in a group with a quota but without an organisation: {count}.",
        ),
        "parking_none": QCoreApplication.translate(
            "capacity_texts",
            "Arriving by car: {cars}, but the venue has no parking zone for guests.",
        ),
        "parking_not_entered": QCoreApplication.translate(
            "capacity_texts", "Arriving by car: {cars}, but no parking is entered for the venue."
        ),
        "parking_permit_only": QCoreApplication.translate(
            "capacity_texts",
            "Arriving by car: {cars}, but guests may park only "
            "with a permit (permit zones: {permit_zones}).",
        ),
        "parking_short": QCoreApplication.translate(
            "capacity_texts",
            "Arriving by car: {cars}; guest parking spaces: {spaces} ({short} short).",
        ),
        "parking_unknown": QCoreApplication.translate(
            "capacity_texts",
            "Arriving by car: {cars}; guest parking spaces not "
            "entered (zones without a count: {zones}).",
        ),
        "accessible_parking_short": QCoreApplication.translate(
            "capacity_texts",
            "Need accessible parking: {needed}; accessible spaces in guest zones: {spaces}.",
        ),
        "double_booked": QCoreApplication.translate(
            "capacity_texts", '{room} is also booked for "{title}" ({when}).'
        ),
    }
    params = dict(w.params)
    if w.code == "layout_missing":
        params["layout"] = layout_label(params["layout"]).lower()
    if w.code == "double_booked":
        params["when"] = double_booking_when(params, user_language())
        if params.get("room") == "The room":
            params["room"] = QCoreApplication.translate("capacity_texts", "The room")
    text = texts.get(w.code)
    return text.format(**params) if text else w.code
