"""Check-ins at the door, written as single conditional updates so two laptops never
overwrite each other: whoever checks a person in first sets the time."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, case, func, select, update

from ..domain import RegistrationStatus
from ..domain.checkin import Arrival
from . import schema as s
from .bound import Connector
from .change_repo import latest
from .rows import datetime_out

_r = s.registrations


class CheckinRepository:
    def __init__(self, engine: Connector):
        self._engine = engine

    def check_in(self, event_id: int, before: Arrival, at: dt.datetime, message: str) -> bool:
        """Mark the registration arrived at `at` unless it already is; True if this did it."""
        with self._engine.begin() as conn:
            done = conn.execute(
                update(_r)
                .where(
                    _r.c.id == before.registration_id,
                    _r.c.event_id == event_id,
                    _r.c.status != str(RegistrationStatus.ATTENDED),
                )
                .values(
                    status=str(RegistrationStatus.ATTENDED),
                    status_reason="",
                    waiting_for="",
                    checked_in_at=datetime_out(at),
                    revision=_r.c.revision + 1,
                )
            )
            if done.rowcount:
                _log(conn, event_id, before.registration_id, message)
            return bool(done.rowcount)

    def undo_check_in(self, event_id: int, before: Arrival, at: dt.datetime, message: str) -> bool:
        """Put the registration back as `before` if it is still checked in at `at` (and not
        changed by another window since); True if this did it."""
        with self._engine.begin() as conn:
            done = conn.execute(
                update(_r)
                .where(
                    _r.c.id == before.registration_id,
                    _r.c.status == str(RegistrationStatus.ATTENDED),
                    _r.c.checked_in_at == datetime_out(at),
                )
                .values(
                    status=str(before.status),
                    status_reason=before.status_reason,
                    waiting_for=str(before.waiting_for),
                    checked_in_at=datetime_out(before.checked_in_at),
                    revision=_r.c.revision + 1,
                )
            )
            if done.rowcount:
                _log(conn, event_id, before.registration_id, message)
            return bool(done.rowcount)

    def attendance_counts(self) -> dict[int, tuple[int, int, int]]:
        """Per event id: (attended, still registered, marked no-show) among the people who
        registered beforehand (walk-ins left out), for measuring no-shows."""
        status = _r.c.status
        counts: dict[int, tuple[int, int, int]] = {}
        with self._engine.connect() as conn:
            for event_id, came, registered, no_show in conn.execute(
                select(
                    _r.c.event_id,
                    func.coalesce(
                        func.sum(case((status == str(RegistrationStatus.ATTENDED), 1), else_=0)), 0
                    ),
                    func.coalesce(
                        func.sum(case((status == str(RegistrationStatus.REGISTERED), 1), else_=0)),
                        0,
                    ),
                    func.coalesce(
                        func.sum(case((status == str(RegistrationStatus.NO_SHOW), 1), else_=0)), 0
                    ),
                )
                .where(_r.c.walk_in.is_(False))
                .group_by(_r.c.event_id)
            ):
                counts[event_id] = (int(came), int(registered), int(no_show))
        return counts

    def fingerprint(self, event_id: int) -> tuple[object, ...]:
        """A small value that changes whenever anyone's arrival, or the list of people,
        changes: another window polls it to know when to read the list again."""
        with self._engine.connect() as conn:
            # Sums weighted by id, so a change of any one person's arrival or status shows.
            row = conn.execute(
                select(
                    func.count(),
                    func.coalesce(func.sum(_r.c.id), 0),
                    func.coalesce(
                        func.sum(case((_r.c.checked_in_at.is_(None), 0), else_=_r.c.id)), 0
                    ),
                    func.coalesce(func.sum(func.length(_r.c.status) * _r.c.id), 0),
                ).where(_r.c.event_id == event_id)
            ).one()
            log = conn.execute(
                select(func.max(s.registration_log.c.id)).where(
                    s.registration_log.c.event_id == event_id
                )
            ).scalar()
            # Every command's change record (a table moved, a plan made) counts too.
            change = latest(conn)
        return (*row, log, change)


def _log(conn: Connection, event_id: int, registration_id: int, message: str) -> None:
    conn.execute(
        s.registration_log.insert().values(
            event_id=event_id,
            registration_id=registration_id,
            message=message,
            at=dt.datetime.now().isoformat(timespec="seconds"),
        )
    )
