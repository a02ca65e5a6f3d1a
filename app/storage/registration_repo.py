"""Reading and writing registrations, in bulk where imports need it, and their log."""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Iterable

from sqlalchemy import Connection, Engine, delete, func, insert, select, update

from ..domain import Registration, RegistrationStatus
from . import schema as s
from .errors import NotFoundError
from .rows import datetime_in, datetime_out

_FIELDS = [f.name for f in dataclasses.fields(Registration) if f.name != "id"]
_BOOLS = ("by_car", "accessible_parking", "late")


def registration_row(r: Registration) -> dict:
    row = {name: getattr(r, name) for name in _FIELDS}
    row["status"] = str(r.status)
    row["registered_at"] = datetime_out(r.registered_at)
    row["email_key"] = r.email_key
    return row


def registration_from_row(row) -> Registration:
    r = Registration(**{name: row[name] for name in _FIELDS}, id=row["id"])
    r.status = RegistrationStatus(r.status)
    r.registered_at = datetime_in(row["registered_at"])
    for name in _BOOLS:
        setattr(r, name, bool(getattr(r, name)))
    return r


class RegistrationRepository:
    def __init__(self, engine: Engine):
        self._engine = engine

    def for_event(self, event_id: int) -> list[Registration]:
        """All registrations of an event, in the order they registered."""
        with self._engine.connect() as conn:
            rows = conn.execute(select(s.registrations)
                                .where(s.registrations.c.event_id == event_id)
                                .order_by(s.registrations.c.registered_at.is_(None),
                                          s.registrations.c.registered_at,
                                          s.registrations.c.id)).mappings()
            return [registration_from_row(r) for r in rows]

    def get(self, registration_id: int) -> Registration:
        with self._engine.connect() as conn:
            row = conn.execute(select(s.registrations)
                               .where(s.registrations.c.id == registration_id)).mappings().first()
        if row is None:
            raise NotFoundError(f"There is no registration with id {registration_id}.")
        return registration_from_row(row)

    def count_by_status(self, event_id: int) -> Counter:
        with self._engine.connect() as conn:
            rows = conn.execute(select(s.registrations.c.status, func.count())
                                .where(s.registrations.c.event_id == event_id)
                                .group_by(s.registrations.c.status))
            return Counter({RegistrationStatus(status): n for status, n in rows})

    def add_many(self, registrations: Iterable[Registration],
                 conn: Connection | None = None) -> list[int]:
        """Insert registrations in one transaction (or in the caller's `conn`)."""
        if conn is None:
            with self._engine.begin() as own:
                return self.add_many(registrations, own)
        ids = []
        for r in registrations:
            row = registration_row(r)
            if r.id is not None:
                row["id"] = r.id
            ids.append(conn.execute(insert(s.registrations).values(**row))
                       .inserted_primary_key[0])
        return ids

    def update(self, registration: Registration, conn: Connection | None = None) -> None:
        if conn is None:
            with self._engine.begin() as own:
                return self.update(registration, own)
        result = conn.execute(update(s.registrations)
                              .where(s.registrations.c.id == registration.id)
                              .values(**registration_row(registration)))
        if result.rowcount == 0:
            raise NotFoundError(f"There is no registration with id {registration.id}.")

    def delete(self, ids: Iterable[int]) -> None:
        with self._engine.begin() as conn:
            conn.execute(delete(s.registrations).where(s.registrations.c.id.in_(list(ids))))

    def log(self, event_id: int, message: str, registration_id: int | None = None,
            conn: Connection | None = None) -> None:
        if conn is None:
            with self._engine.begin() as own:
                return self.log(event_id, message, registration_id, own)
        conn.execute(insert(s.registration_log).values(
            event_id=event_id, registration_id=registration_id, message=message,
            at=dt.datetime.now().isoformat(timespec="seconds")))

    def log_entries(self, event_id: int) -> list[tuple[str, str]]:
        with self._engine.connect() as conn:
            return [(at, msg) for at, msg in conn.execute(
                select(s.registration_log.c.at, s.registration_log.c.message)
                .where(s.registration_log.c.event_id == event_id)
                .order_by(s.registration_log.c.id))]

    def transaction(self):
        """A connection in a transaction, for work that must happen whole or not at all."""
        return self._engine.begin()
