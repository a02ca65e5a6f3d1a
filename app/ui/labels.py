"""Translated display names of the domain's vocabularies and validation messages."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain import (EventKind, GuestParking, Language, ProgrammeKind, RegistrationStatus,
                      SeatingLayout, TransitMode)
from ..domain.validation import Problem


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def layout_label(layout: SeatingLayout) -> str:
    return {
        SeatingLayout.THEATRE: _t("Theatre"),
        SeatingLayout.CLASSROOM: _t("Classroom"),
        SeatingLayout.BANQUET: _t("Round tables"),
        SeatingLayout.CABARET: _t("Cabaret"),
        SeatingLayout.U_SHAPE: _t("U-shape"),
        SeatingLayout.RECEPTION: _t("Reception"),
    }[SeatingLayout(layout)]


def event_kind_label(kind: EventKind) -> str:
    return {
        EventKind.DIALOGUE_MEETING: _t("Dialogue meeting"),
        EventKind.THEME_MEETING: _t("Theme meeting"),
        EventKind.CONFERENCE: _t("Conference"),
        EventKind.KICK_OFF: _t("Kick-off meeting"),
        EventKind.OTHER: _t("Other"),
    }[EventKind(kind)]


def programme_kind_label(kind: ProgrammeKind) -> str:
    return {
        ProgrammeKind.WELCOME: _t("Welcome"),
        ProgrammeKind.TALK: _t("Talk"),
        ProgrammeKind.DISCUSSION: _t("Discussion"),
        ProgrammeKind.BREAK: _t("Break"),
        ProgrammeKind.MEAL: _t("Meal"),
        ProgrammeKind.CLOSING: _t("Closing"),
        ProgrammeKind.SECTION: _t("Part heading"),
    }[ProgrammeKind(kind)]


def status_label(status: RegistrationStatus) -> str:
    return {
        RegistrationStatus.REGISTERED: _t("Registered"),
        RegistrationStatus.WAITLISTED: _t("Waitlisted"),
        RegistrationStatus.CANCELLED: _t("Cancelled"),
        RegistrationStatus.ATTENDED: _t("Attended"),
        RegistrationStatus.NO_SHOW: _t("No-show"),
    }[RegistrationStatus(status)]


def transit_mode_label(mode: TransitMode) -> str:
    return {
        TransitMode.S_TRAIN: _t("S-train"),
        TransitMode.REGIONAL_TRAIN: _t("Regional train"),
        TransitMode.METRO: _t("Metro"),
        TransitMode.LIGHT_RAIL: _t("Light rail"),
        TransitMode.BUS: _t("Bus"),
        TransitMode.FERRY: _t("Ferry"),
    }[TransitMode(mode)]


def guest_parking_label(value: GuestParking) -> str:
    return {
        GuestParking.YES: _t("Guests may park"),
        GuestParking.NO: _t("Not for guests"),
        GuestParking.PERMIT: _t("With permit only"),
    }[GuestParking(value)]


def language_label(language: Language) -> str:
    return {Language.DA: _t("Danish"), Language.EN: _t("English")}[Language(language)]


def problem_text(problem: Problem) -> str:
    """The validation message in the user's language."""
    p = problem.params
    texts = {
        "required": _t("This field is required."),
        "end_before_start": _t("The end time must be after the start time."),
        "doors_after_start": _t("Doors must open before the event starts."),
        "deadline_after_event": _t("The registration deadline must be on or before the event date."),
        "negative": _t("Cannot be negative."),
        "postal_code_dk": _t("A Danish postal code has 4 digits."),
        "email_shape": _t("This is not an e-mail address."),
        "latitude_range": _t("Latitude must be between -90 and 90."),
        "longitude_range": _t("Longitude must be between -180 and 180."),
        "coordinate_pair": _t("Give both latitude and longitude, or neither."),
        "no_show_range": _t("The no-show rate must be between 0 and 100 %."),
        "room_not_in_venue": _t("The room does not belong to the chosen venue."),
        "room_without_venue": _t("Choose a venue before choosing a room."),
        "layout_missing": _t("The room has no capacity for this layout."),
        "programme_order": _t("Programme item %1 starts before the one above it."),
        "item_end_before_start": _t("Programme item %1 ends before it starts."),
        "polygon_points": _t("A parking zone needs one point or at least three corners."),
        "bad_time": _t("Write a time as 16.00 or 16:00."),
        "bad_number": _t("Write a number."),
    }
    text = texts.get(problem.code, problem.code)
    if "index" in p:
        text = text.replace("%1", str(p["index"]))
    return text
