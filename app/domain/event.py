"""Events and their parts: programme, catering, signatories, invitee groups."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .enums import EventKind, Language, ProgrammeKind, SeatingLayout


@dataclass
class Speaker:
    name: str = ""
    role: str = ""


@dataclass
class ProgrammeItem:
    start: dt.time | None = None
    end: dt.time | None = None
    title: str = ""
    kind: ProgrammeKind = ProgrammeKind.TALK
    speakers: list[Speaker] = field(default_factory=list)
    notes: str = ""
    id: int | None = None


@dataclass
class CateringItem:
    name: str = ""
    time: dt.time | None = None
    notes: str = ""
    id: int | None = None


@dataclass
class Signatory:
    name: str = ""
    title: str = ""
    id: int | None = None


@dataclass
class InviteeGroup:
    """A kind of invitee, with how many each organisation may send (None: no limit)."""

    name: str = ""
    quota_per_organisation: int | None = None
    notes: str = ""
    id: int | None = None


@dataclass
class Attachment:
    """A link or document the invitation points to ("Bilag: www.rs17.dk")."""

    label: str = ""
    url: str = ""


@dataclass
class Event:
    title: str = ""
    kind: EventKind = EventKind.OTHER
    organiser: str = ""
    date: dt.date | None = None
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    doors_time: dt.time | None = None
    venue_id: int | None = None
    room_id: int | None = None
    layout: SeatingLayout | None = None
    expected_attendance: int | None = None
    # The event's own limit on attendance, below the room's capacity if set.
    capacity_limit: int | None = None
    registration_deadline: dt.date | None = None
    registration_url: str = ""
    registration_email: str = ""
    registration_phone: str = ""
    language: Language = Language.DA
    description: str = ""
    # The invitation letter; empty parts get a default built from the event's data.
    letter_salutation: str = ""
    letter_body: str = ""
    letter_closing: str = ""
    # The price as the coordinator writes it ("500 kr. ekskl. moms"), or free of charge.
    price: str = ""
    free_of_charge: bool = False
    programme_preliminary: bool = False
    # How to sign up when it is neither a link nor an e-mail alone ("til sekretariatet").
    registration_channel: str = ""
    attachments: list[Attachment] = field(default_factory=list)
    no_show_rate: float = 0.0
    # Privacy: when participants' personal data is to be deleted (None: the default
    # number of months after the event), and when it, or the special needs alone, was.
    personal_data_delete_on: dt.date | None = None
    personal_data_purged_on: dt.date | None = None
    needs_purged_on: dt.date | None = None
    signatories: list[Signatory] = field(default_factory=list)
    programme: list[ProgrammeItem] = field(default_factory=list)
    catering: list[CateringItem] = field(default_factory=list)
    invitee_groups: list[InviteeGroup] = field(default_factory=list)
    id: int | None = None
    revision: int = 0

    def starts_at(self) -> dt.datetime | None:
        if self.date is None:
            return None
        return dt.datetime.combine(self.date, self.start_time or dt.time(0, 0))

    def ends_at(self) -> dt.datetime | None:
        if self.date is None:
            return None
        return dt.datetime.combine(self.date, self.end_time or dt.time(23, 59))

    @property
    def has_registration_channel(self) -> bool:
        return bool(self.registration_url or self.registration_email or self.registration_phone)
