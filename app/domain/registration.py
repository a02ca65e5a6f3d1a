"""One person's registration for an event."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .enums import CONFIRMED_STATUSES, RegistrationStatus, WaitingFor


@dataclass
class Registration:
    event_id: int | None = None
    first_name: str = ""
    last_name: str = ""
    # Used when the source gives one name field that cannot be split with confidence.
    full_name: str = ""
    email: str = ""
    phone: str = ""
    organisation: str = ""
    role: str = ""
    invitee_group: str = ""
    dietary: str = ""
    accessibility: str = ""
    by_car: bool = False
    accessible_parking: bool = False
    comment: str = ""
    status: RegistrationStatus = RegistrationStatus.REGISTERED
    registered_at: dt.datetime | None = None
    late: bool = False
    # Why the registration is waitlisted (capacity, a quota...), shown to the user.
    status_reason: str = ""
    # Decides the waiting list's behaviour (the reason above is only its wording).
    waiting_for: WaitingFor = WaitingFor.NOTHING
    source_file: str = ""
    source_row: int | None = None
    source_id: str = ""
    # When the person was checked in at the door (None: not, or attendance from an import).
    checked_in_at: dt.datetime | None = None
    # Came on the day without registering.
    walk_in: bool = False
    id: int | None = None
    # Raised by one on every stored change: a write made since this copy was read shows.
    revision: int = 0
    # Answers to "will you take part in the <meal>?" by catering item name (a yes/no column
    # of the sign-up form mapped to that meal); a meal not asked about is not here.
    meal_answers: dict[str, bool] = field(default_factory=dict)

    @property
    def name(self) -> str:
        joined = " ".join(p for p in (self.first_name, self.last_name) if p)
        return joined or self.full_name

    @property
    def email_key(self) -> str:
        """The e-mail as registrations are matched on it: case and spaces ignored."""
        return "".join(self.email.split()).casefold()

    @property
    def is_confirmed(self) -> bool:
        return self.status in CONFIRMED_STATUSES
