"""Translated display names of the domain's vocabularies and validation messages."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

from ..domain import (
    EventKind,
    GuestParking,
    Language,
    ProgrammeKind,
    RegistrationStatus,
    SeatingLayout,
    TransitMode,
)
from ..domain.validation import Problem


def layout_label(layout: SeatingLayout) -> str:
    return {
        SeatingLayout.THEATRE: QCoreApplication.translate("labels", "Theatre"),
        SeatingLayout.CLASSROOM: QCoreApplication.translate("labels", "Classroom"),
        SeatingLayout.BANQUET: QCoreApplication.translate("labels", "Round tables"),
        SeatingLayout.CABARET: QCoreApplication.translate("labels", "Cabaret"),
        SeatingLayout.U_SHAPE: QCoreApplication.translate("labels", "U-shape"),
        SeatingLayout.RECEPTION: QCoreApplication.translate("labels", "Reception"),
    }[SeatingLayout(layout)]


def event_kind_label(kind: EventKind) -> str:
    return {
        EventKind.DIALOGUE_MEETING: QCoreApplication.translate("labels", "Dialogue meeting"),
        EventKind.THEME_MEETING: QCoreApplication.translate("labels", "Theme meeting"),
        EventKind.CONFERENCE: QCoreApplication.translate("labels", "Conference"),
        EventKind.KICK_OFF: QCoreApplication.translate("labels", "Kick-off meeting"),
        EventKind.OTHER: QCoreApplication.translate("labels", "Other"),
    }[EventKind(kind)]


def programme_kind_label(kind: ProgrammeKind) -> str:
    return {
        ProgrammeKind.WELCOME: QCoreApplication.translate("labels", "Welcome"),
        ProgrammeKind.TALK: QCoreApplication.translate("labels", "Talk"),
        ProgrammeKind.DISCUSSION: QCoreApplication.translate("labels", "Discussion"),
        ProgrammeKind.BREAK: QCoreApplication.translate("labels", "Break"),
        ProgrammeKind.MEAL: QCoreApplication.translate("labels", "Meal"),
        ProgrammeKind.CLOSING: QCoreApplication.translate("labels", "Closing"),
        ProgrammeKind.SECTION: QCoreApplication.translate("labels", "Part heading"),
    }[ProgrammeKind(kind)]


def status_label(status: RegistrationStatus) -> str:
    return {
        RegistrationStatus.REGISTERED: QCoreApplication.translate("labels", "Registered"),
        RegistrationStatus.WAITLISTED: QCoreApplication.translate("labels", "Waitlisted"),
        RegistrationStatus.CANCELLED: QCoreApplication.translate("labels", "Cancelled"),
        RegistrationStatus.ATTENDED: QCoreApplication.translate("labels", "Attended"),
        RegistrationStatus.NO_SHOW: QCoreApplication.translate("labels", "No-show"),
    }[RegistrationStatus(status)]


def transit_mode_label(mode: TransitMode) -> str:
    return {
        TransitMode.S_TRAIN: QCoreApplication.translate("labels", "S-train"),
        TransitMode.REGIONAL_TRAIN: QCoreApplication.translate("labels", "Regional train"),
        TransitMode.METRO: QCoreApplication.translate("labels", "Metro"),
        TransitMode.LIGHT_RAIL: QCoreApplication.translate("labels", "Light rail"),
        TransitMode.BUS: QCoreApplication.translate("labels", "Bus"),
        TransitMode.FERRY: QCoreApplication.translate("labels", "Ferry"),
    }[TransitMode(mode)]


def guest_parking_label(value: GuestParking) -> str:
    return {
        GuestParking.YES: QCoreApplication.translate("labels", "Guests may park"),
        GuestParking.NO: QCoreApplication.translate("labels", "Not for guests"),
        GuestParking.PERMIT: QCoreApplication.translate("labels", "With permit only"),
    }[GuestParking(value)]


def language_label(language: Language) -> str:
    return {
        Language.DA: QCoreApplication.translate("labels", "Danish"),
        Language.EN: QCoreApplication.translate("labels", "English"),
    }[Language(language)]


def problem_text(problem: Problem) -> str:
    """The validation message in the user's language."""
    p = problem.params
    texts = {
        "required": QCoreApplication.translate("labels", "This field is required."),
        "end_before_start": QCoreApplication.translate(
            "labels", "The end time must be after the start time."
        ),
        "doors_after_start": QCoreApplication.translate(
            "labels", "Doors must open before the event starts."
        ),
        "deadline_after_event": QCoreApplication.translate(
            "labels", "The registration deadline must be on or before the event date."
        ),
        "negative": QCoreApplication.translate("labels", "Cannot be negative."),
        "postal_code_dk": QCoreApplication.translate(
            "labels", "A Danish postal code has 4 digits."
        ),
        "email_shape": QCoreApplication.translate("labels", "This is not an e-mail address."),
        "latitude_range": QCoreApplication.translate(
            "labels", "Latitude must be between -90 and 90."
        ),
        "longitude_range": QCoreApplication.translate(
            "labels", "Longitude must be between -180 and 180."
        ),
        "coordinate_pair": QCoreApplication.translate(
            "labels", "Give both latitude and longitude, or neither."
        ),
        "no_show_range": QCoreApplication.translate(
            "labels", "The no-show rate must be between 0 and 100 %."
        ),
        "room_not_in_venue": QCoreApplication.translate(
            "labels", "The room does not belong to the chosen venue."
        ),
        "room_without_venue": QCoreApplication.translate(
            "labels", "Choose a venue before choosing a room."
        ),
        "layout_missing": QCoreApplication.translate(
            "labels", "The room has no capacity for this layout."
        ),
        "programme_order": QCoreApplication.translate(
            "labels", "Programme item %1 starts before the one above it."
        ),
        "item_end_before_start": QCoreApplication.translate(
            "labels", "Programme item %1 ends before it starts."
        ),
        "polygon_points": QCoreApplication.translate(
            "labels", "A parking zone needs one point or at least three corners."
        ),
        "bad_time": QCoreApplication.translate(
            "labels", "Write a time as 18.00, 18:00, 18 or kl. 18 (hours 0 to 23)."
        ),
        "bad_date": QCoreApplication.translate(
            "labels", "Write a date as 12.03.2027, 12/3 2027 or 2027-03-12."
        ),
        "bad_number": QCoreApplication.translate("labels", "Write a number."),
        "bad_corners": QCoreApplication.translate(
            "labels",
            "Write each corner as latitude and longitude, corners apart by semicolons: "
            "55.6761 12.5683; 55.6765 12.5690; 55.6758 12.5695.",
        ),
        "negative_number": QCoreApplication.translate(
            "labels", "Cannot be negative; the value before was kept."
        ),
        "bad_value": QCoreApplication.translate("labels", "This value cannot be used here."),
    }
    text = texts.get(problem.code, problem.code)
    if "index" in p:
        text = text.replace("%1", str(p["index"]))
    return text


_CAPACITY_WAIT = re.compile(r"^Waiting list: the event is full \((\d+) places\)\.$")
_QUOTA_WAIT = re.compile(
    r'^Over the quota: (.+) already has (\d+) in "(.+)" '
    r"\(at most \d+ per organisation\)\.$"
)


def reason_text(reason: str) -> str:
    """A stored waiting-list reason (kept in English in the file) in the user's language."""
    if match := _CAPACITY_WAIT.match(reason):
        return QCoreApplication.translate(
            "labels", "Waiting list: the event is full (places: %1)."
        ).replace("%1", QLocale().toString(int(match[1])))
    if match := _QUOTA_WAIT.match(reason):
        return (
            QCoreApplication.translate(
                "labels", "Over the quota: %1 already has %2 in “%3” (at most %2 per organisation)."
            )
            .replace("%1", match[1])
            .replace("%2", match[2])
            .replace("%3", match[3])
        )
    if reason == "Put on the waiting list by hand.":
        return QCoreApplication.translate("labels", "Put on the waiting list by hand.")
    return reason


def short_date(date) -> str:
    """A date as lists show it, in the UI's language: "4. maj 2026" / "4 May 2026"."""
    locale = QLocale()
    # Danish writes the day as an ordinal ("4."); Qt's "d MMM" pattern would leave it bare.
    pattern = "d. MMM yyyy" if locale.language() == QLocale.Language.Danish else "d MMM yyyy"
    return locale.toString(date, pattern)


def user_language() -> str:
    """'da' or 'en': the language the window speaks, for texts the domain words."""
    return "da" if QLocale().language() == QLocale.Language.Danish else "en"


def colour_label(colour: str) -> str:
    """A zone's colour in the UI's language ("yellow" shows as "gul" in Danish); a label
    that is no known colour (e.g. "P2") shows as typed."""
    from ..domain.formatting import COLOURS, colour_key

    key = colour_key(colour)
    if key is None:
        return colour
    return COLOURS[key][0 if user_language() == "da" else 1]
