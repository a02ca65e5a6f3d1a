"""What services read and write through: an open `Project`, or a command's transaction."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from .bound import Connector
from .checkin_repo import CheckinRepository
from .event_repo import EventRepository
from .registration_repo import RegistrationRepository
from .surroundings_repo import SurroundingsRepository
from .table_repo import TableRepository
from .venue_repo import VenueRepository


class Store(Protocol):
    """The repositories of one project file. A `Project` is one, each call its own
    transaction; the application layer's `Tx` is one bound to a single transaction."""

    @property
    def path(self) -> Path | None:
        """The project file; None for a project on a server."""

    @property
    def display_name(self) -> str:
        """The project in a one-line message: the file's name or "db on host"."""

    @property
    def engine(self) -> Connector: ...

    @property
    def venues(self) -> VenueRepository: ...

    @property
    def events(self) -> EventRepository: ...

    @property
    def registrations(self) -> RegistrationRepository: ...

    @property
    def checkins(self) -> CheckinRepository: ...

    @property
    def tables(self) -> TableRepository: ...

    @property
    def surroundings(self) -> SurroundingsRepository: ...

    def vacuum(self) -> None:
        """Give freed pages back (at once, or after the transaction commits)."""
