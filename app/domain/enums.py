"""Closed vocabularies of the domain: layouts, kinds, statuses, modes."""

from __future__ import annotations

from enum import StrEnum


class SeatingLayout(StrEnum):
    THEATRE = "theatre"
    CLASSROOM = "classroom"
    BANQUET = "banquet"
    CABARET = "cabaret"
    U_SHAPE = "u_shape"
    RECEPTION = "reception"


class EventKind(StrEnum):
    DIALOGUE_MEETING = "dialogue_meeting"
    THEME_MEETING = "theme_meeting"
    CONFERENCE = "conference"
    KICK_OFF = "kick_off"
    OTHER = "other"


class ProgrammeKind(StrEnum):
    WELCOME = "welcome"
    TALK = "talk"
    DISCUSSION = "discussion"
    BREAK = "break"
    MEAL = "meal"
    CLOSING = "closing"
    # A heading that opens a part of the programme ("DEL I: ...").
    SECTION = "section"


class RegistrationStatus(StrEnum):
    REGISTERED = "registered"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"
    ATTENDED = "attended"
    NO_SHOW = "no_show"


class WaitingFor(StrEnum):
    """What a waitlisted registration waits for, which decides who may move it: a seat
    (the capacity rule moves it up when one frees), its organisation's quota for its group
    (the quota rule), or the coordinator (put there by hand: no rule moves it)."""

    NOTHING = ""
    SEAT = "seat"
    QUOTA = "quota"
    BY_HAND = "by_hand"


# The statuses that hold a seat: a no-show's seat was kept for them all the same.
CONFIRMED_STATUSES = frozenset(
    {RegistrationStatus.REGISTERED, RegistrationStatus.ATTENDED, RegistrationStatus.NO_SHOW}
)


class TransitMode(StrEnum):
    S_TRAIN = "s_train"
    REGIONAL_TRAIN = "regional_train"
    METRO = "metro"
    LIGHT_RAIL = "light_rail"
    BUS = "bus"
    FERRY = "ferry"


class GuestParking(StrEnum):
    """Whether event guests may park in a zone."""

    YES = "yes"
    NO = "no"
    PERMIT = "permit"


class Language(StrEnum):
    DA = "da"
    EN = "en"
