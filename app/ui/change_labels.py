"""Undo labels in the user's language: what a step changed ("capacity of Byrådssalen 120 → 150")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ..application.records import RecordMoved
from ..domain.record_diff import Difference
from .service_messages import message_text

# The names of the fields an edit can change, as a label says them.
FIELD_NAMES: dict[str, Callable[[], str]] = {
    "capacity": lambda: QCoreApplication.translate("ChangeLabels", "capacity"),
    "name": lambda: QCoreApplication.translate("ChangeLabels", "name"),
    "title": lambda: QCoreApplication.translate("ChangeLabels", "title"),
    "street": lambda: QCoreApplication.translate("ChangeLabels", "street"),
    "postal_code": lambda: QCoreApplication.translate("ChangeLabels", "postal code"),
    "city": lambda: QCoreApplication.translate("ChangeLabels", "city"),
    "notes": lambda: QCoreApplication.translate("ChangeLabels", "notes"),
    "latitude": lambda: QCoreApplication.translate("ChangeLabels", "latitude"),
    "longitude": lambda: QCoreApplication.translate("ChangeLabels", "longitude"),
    "contact_name": lambda: QCoreApplication.translate("ChangeLabels", "contact"),
    "contact_phone": lambda: QCoreApplication.translate("ChangeLabels", "contact phone"),
    "contact_email": lambda: QCoreApplication.translate("ChangeLabels", "contact e-mail"),
    "accessible_places": lambda: QCoreApplication.translate("ChangeLabels", "wheelchair places"),
    "date": lambda: QCoreApplication.translate("ChangeLabels", "date"),
    "start_time": lambda: QCoreApplication.translate("ChangeLabels", "start"),
    "end_time": lambda: QCoreApplication.translate("ChangeLabels", "end"),
    "doors_time": lambda: QCoreApplication.translate("ChangeLabels", "doors open"),
    "venue_id": lambda: QCoreApplication.translate("ChangeLabels", "venue"),
    "room_id": lambda: QCoreApplication.translate("ChangeLabels", "room"),
    "layout": lambda: QCoreApplication.translate("ChangeLabels", "layout"),
    "capacity_limit": lambda: QCoreApplication.translate("ChangeLabels", "capacity limit"),
    "expected_attendance": lambda: QCoreApplication.translate(
        "ChangeLabels", "expected attendance"
    ),
    "organiser": lambda: QCoreApplication.translate("ChangeLabels", "organiser"),
    "description": lambda: QCoreApplication.translate("ChangeLabels", "description"),
    "spaces": lambda: QCoreApplication.translate("ChangeLabels", "spaces"),
    "geometry": lambda: QCoreApplication.translate("ChangeLabels", "outline"),
    "rooms": lambda: QCoreApplication.translate("ChangeLabels", "room"),
    "entrances": lambda: QCoreApplication.translate("ChangeLabels", "entrance"),
    "parking_zones": lambda: QCoreApplication.translate("ChangeLabels", "parking zone"),
    "transit_options": lambda: QCoreApplication.translate("ChangeLabels", "transit option"),
    "programme": lambda: QCoreApplication.translate("ChangeLabels", "programme item"),
}


def field_name(field: str) -> str:
    name = FIELD_NAMES.get(field)
    return name() if name else field.replace("_", " ")


def describe(changes: list[Difference], fallback: str) -> str:
    """The first change in words, with how many more there are; `fallback` when none."""
    if not changes:
        return fallback
    first = changes[0]
    if first.new == "added":
        text = (
            QCoreApplication.translate("ChangeLabels", "add %1 %2")
            .replace("%1", field_name(first.field))
            .replace("%2", first.subject)
        )
    elif first.old == "removed":
        text = (
            QCoreApplication.translate("ChangeLabels", "remove %1 %2")
            .replace("%1", field_name(first.field))
            .replace("%2", first.subject)
        )
    else:
        text = (
            QCoreApplication.translate("ChangeLabels", "%1 of %2 %3 → %4")
            .replace("%1", field_name(first.field))
            .replace("%2", first.subject)
            .replace("%3", first.old or "–")
            .replace("%4", first.new or "–")
        )
    if len(changes) > 1:
        text += " " + QCoreApplication.translate("ChangeLabels", "(+%1 more)").replace(
            "%1", str(len(changes) - 1)
        )
    return text


def conflict_message(error: Exception) -> str:
    """Why a step was refused, in the user's language: what another window changed."""
    if isinstance(error, RecordMoved):
        if error.deleted:
            if error.kind == "venue":
                return QCoreApplication.translate(
                    "ChangeLabels", "The venue was deleted elsewhere since; nothing was changed."
                )
            return QCoreApplication.translate(
                "ChangeLabels", "The event was deleted elsewhere since; nothing was changed."
            )
        if error.differences:
            shown = [
                QCoreApplication.translate("ChangeLabels", "%1 of %2 is now %3, not %4")
                .replace("%1", field_name(d.field))
                .replace("%2", d.subject)
                .replace("%3", d.new or "–")
                .replace("%4", d.old or "–")
                for d in error.differences[:3]
            ]
            return QCoreApplication.translate(
                "ChangeLabels", "Changed elsewhere since: %1."
            ).replace("%1", "; ".join(shown))
    return message_text(str(error))
