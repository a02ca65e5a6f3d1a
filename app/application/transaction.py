"""Running a command: one write transaction, repositories bound to it, change records."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from ..storage import Project
from ..storage.bound import Bound
from ..storage.change_repo import Change, append, latest
from ..storage.checkin_repo import CheckinRepository
from ..storage.event_repo import EventRepository
from ..storage.registration_repo import RegistrationRepository
from ..storage.surroundings_repo import SurroundingsRepository
from ..storage.table_repo import TableRepository
from ..storage.venue_repo import VenueRepository

if TYPE_CHECKING:
    from .base import Command, Result


class Tx:
    """What a command works with: the project's repositories, all bound to one write
    transaction, so what it reads stays true until it commits. It looks like a `Project`
    to the services, which take one."""

    def __init__(self, project: Project, conn: Connection) -> None:
        bound = Bound(conn)
        self.path = project.path
        self.display_name = project.display_name
        self.conn = conn
        self.engine = bound
        self.venues = VenueRepository(bound)
        self.events = EventRepository(bound)
        self.registrations = RegistrationRepository(bound)
        self.checkins = CheckinRepository(bound)
        self.tables = TableRepository(bound)
        self.surroundings = SurroundingsRepository(bound)
        self.origin = project.session_id
        self.changes: list[Change] = []
        self.vacuum_after = False

    def changed(
        self,
        aggregate: str,
        aggregate_id: int | None,
        event_id: int | None = None,
        ids: Iterable[int | None] = (),
    ) -> None:
        """Note a change record, written with the command's other writes."""
        self.changes.append(
            Change(
                aggregate,
                aggregate_id,
                event_id,
                tuple(sorted({i for i in ids if i is not None})),
                self.origin,
            )
        )

    def vacuum(self) -> None:
        # VACUUM cannot run inside a transaction: it runs once this one has committed.
        self.vacuum_after = True


def run(project: Project, command: Command) -> Result:
    """Run `command` in one write transaction; everything it wrote commits, or nothing."""
    with project.write() as conn:
        tx = Tx(project, conn)
        result = command.run(tx)
        append(conn, tx.changes)
        if tx.changes:
            result.seq = latest(conn)  # still ours: the write lock is held until commit
    if tx.vacuum_after:
        project.vacuum()
    return result
