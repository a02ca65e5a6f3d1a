"""Plain-Python domain model and rules of Venueplan; imports neither Qt nor SQL."""

from .enums import (
    EventKind,
    GuestParking,
    Language,
    ProgrammeKind,
    RegistrationStatus,
    SeatingLayout,
    TransitMode,
)
from .event import Attachment, CateringItem, Event, InviteeGroup, ProgrammeItem, Signatory, Speaker
from .registration import Registration
from .validation import Problem, validate_event, validate_venue
from .venue import Entrance, ParkingZone, Room, TransitOption, Venue

__all__ = [
    "Attachment",
    "CateringItem",
    "Entrance",
    "Event",
    "EventKind",
    "GuestParking",
    "InviteeGroup",
    "Language",
    "ParkingZone",
    "Problem",
    "ProgrammeItem",
    "ProgrammeKind",
    "Registration",
    "RegistrationStatus",
    "Room",
    "SeatingLayout",
    "Signatory",
    "Speaker",
    "TransitMode",
    "TransitOption",
    "Venue",
    "validate_event",
    "validate_venue",
]
