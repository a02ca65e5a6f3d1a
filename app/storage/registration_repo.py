"""Reading and writing registrations, in bulk where imports need it, and their log."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable
from contextlib import AbstractContextManager
from typing import Any

from sqlalchemy import (
    Connection,
    RowMapping,
    bindparam,
    delete,
    func,
    insert,
    select,
    update,
)

from ..domain import Registration, RegistrationStatus
from ..domain.enums import WaitingFor
from . import schema as s
from .bound import Connector
from .errors import NotFoundError, ProjectError
from .rows import (
    DamagedValue,
    convert_rows,
    datetime_in,
    datetime_out,
    is_whole,
    json_in,
    json_out,
    source_name,
    stored_id,
)

_FIELDS = [f.name for f in dataclasses.fields(Registration) if f.name not in ("id", "revision")]
_BOOLS = ("by_car", "accessible_parking", "late", "walk_in")


def registration_row(r: Registration) -> dict[str, Any]:
    row = {name: getattr(r, name) for name in _FIELDS}
    row["status"] = str(r.status)
    row["waiting_for"] = str(r.waiting_for)
    row["registered_at"] = datetime_out(r.registered_at)
    row["checked_in_at"] = datetime_out(r.checked_in_at)
    row["meal_answers"] = json_out(r.meal_answers)
    row["email_key"] = r.email_key
    return row


_TEXTS = tuple(
    f.name for f in dataclasses.fields(Registration) if f.type in ("str", str) and f.name in _FIELDS
)
_WHOLE = ("event_id", "source_row", "revision")


def _checked(row: RowMapping) -> None:
    """DamagedValue for a value of a type no version of Venueplan stores in that column
    (SQLite keeps whatever another program put there)."""
    for name in _TEXTS:
        if row[name] is not None and not isinstance(row[name], str):
            raise DamagedValue(f"registrations.{name} is {row[name]!r}, not a text")
    for name in _WHOLE:
        if row[name] is not None and not is_whole(row[name]):
            raise DamagedValue(f"registrations.{name} is {row[name]!r}, not a whole number")
    for name in _BOOLS:
        if row[name] is not None and not isinstance(row[name], (bool, int)):
            raise DamagedValue(f"registrations.{name} is {row[name]!r}, not yes or no")
    try:
        RegistrationStatus(row["status"])
    except ValueError:
        raise DamagedValue(f"registrations.status is {row['status']!r}, no known status") from None
    for name in ("registered_at", "checked_in_at"):
        if row[name] is not None and not isinstance(row[name], str):
            raise DamagedValue(f"registrations.{name} is {row[name]!r}, not a date and time")


def registration_from_row(row: RowMapping) -> Registration:
    _checked(row)
    r = Registration(
        **{name: row[name] for name in _FIELDS}, id=row["id"], revision=row["revision"]
    )
    r.status = RegistrationStatus(r.status)
    r.waiting_for = WaitingFor(r.waiting_for)
    r.registered_at = datetime_in(row["registered_at"])
    r.checked_in_at = datetime_in(row["checked_in_at"])
    answers = json_in(row["meal_answers"], {}, "registrations.meal_answers")
    if not isinstance(answers, dict):
        raise DamagedValue("registrations.meal_answers is not a set of answers")
    r.meal_answers = {str(k): bool(v) for k, v in answers.items()}
    for name in _BOOLS:
        setattr(r, name, bool(getattr(r, name)))
    return r


def _insert_in_order(conn: Connection, rows: list[dict[str, Any]]) -> list[int]:
    """Insert `rows` in one statement; their new ids, in the order of `rows`.

    A server returns the ids of a batched INSERT in the order of its rows. SQLite cannot
    promise an order for RETURNING, so SQLAlchemy would send one INSERT per row (10,000
    for an import, half its time). There one executemany gives each row the largest id
    so far plus one, inside this write transaction: the new ids are those above the
    largest before, in order. They are checked, so a file that numbers otherwise fails
    the whole transaction rather than mixing people up.
    """
    table = s.registrations
    if conn.dialect.name != "sqlite":
        result = conn.execute(
            insert(table).returning(table.c.id, sort_by_parameter_order=True), rows
        )
        return [int(i) for i in result.scalars()]
    if not rows:
        return []
    largest = conn.execute(select(func.max(table.c.id))).scalar() or 0
    conn.execute(insert(table), rows)
    # Ids are unique whole numbers: len(rows) of them above `largest`, the least
    # largest + 1 and the greatest largest + len(rows), are exactly that range.
    found = conn.execute(
        select(func.count(), func.min(table.c.id), func.max(table.c.id)).where(table.c.id > largest)
    ).one()
    expected = range(largest + 1, largest + 1 + len(rows))
    if tuple(found) != (len(rows), expected[0], expected[-1]):
        raise ProjectError(
            f"{source_name(conn)}: the new registrations were not numbered in order; "
            "nothing was saved."
        )
    return list(expected)


class RegistrationRepository:
    def __init__(self, engine: Connector):
        self._engine = engine

    def for_event(self, event_id: int) -> list[Registration]:
        """All registrations of an event, in the order they registered."""
        with self._engine.connect() as conn:
            rows = conn.execute(
                select(s.registrations)
                .where(s.registrations.c.event_id == event_id)
                .order_by(
                    s.registrations.c.registered_at.is_(None),
                    s.registrations.c.registered_at,
                    s.registrations.c.id,
                )
            ).mappings()
            return convert_rows(registration_from_row, rows, "registration", conn)

    def get(self, registration_id: int) -> Registration:
        with self._engine.connect() as conn:
            row = (
                conn.execute(select(s.registrations).where(s.registrations.c.id == registration_id))
                .mappings()
                .first()
            )
            if row is None:
                raise NotFoundError(f"There is no registration with id {registration_id}.")
            return convert_rows(registration_from_row, [row], "registration", conn)[0]

    def count_by_status(self, event_id: int) -> Counter[RegistrationStatus]:
        with self._engine.connect() as conn:
            rows = conn.execute(
                select(s.registrations.c.status, func.count())
                .where(s.registrations.c.event_id == event_id)
                .group_by(s.registrations.c.status)
            )
            counts: Counter[RegistrationStatus] = Counter()
            for status, n in rows:
                try:
                    counts[RegistrationStatus(status)] = n
                except ValueError:
                    raise ProjectError(
                        f"{source_name(conn)}: holds a damaged registration "
                        f"(registrations.status is {status!r}, no known status)."
                    ) from None
            return counts

    def add_many(
        self, registrations: Iterable[Registration], conn: Connection | None = None
    ) -> list[int]:
        """Insert registrations in one transaction (or in the caller's `conn`); sets their ids."""
        if conn is None:
            with self._engine.begin() as own:
                return self.add_many(registrations, own)
        registrations = list(registrations)
        fresh = [r for r in registrations if r.id is None]
        # Rows with an id are an undone delete coming back as it was.
        for r in registrations:
            if r.id is not None:
                conn.execute(
                    insert(s.registrations).values(
                        **registration_row(r), id=r.id, revision=r.revision + 1
                    )
                )
                r.revision += 1
        if fresh:
            new_ids = _insert_in_order(conn, [registration_row(r) for r in fresh])
            for r, new_id in zip(fresh, new_ids, strict=True):
                r.id = new_id
                r.revision = 1
        return [stored_id(r.id, "registration") for r in registrations]

    def update(self, registration: Registration, conn: Connection | None = None) -> None:
        if conn is None:
            with self._engine.begin() as own:
                return self.update(registration, own)
        result = conn.execute(
            update(s.registrations)
            .where(s.registrations.c.id == registration.id)
            .values(**registration_row(registration), revision=s.registrations.c.revision + 1)
        )
        if result.rowcount == 0:
            raise NotFoundError(f"There is no registration with id {registration.id}.")
        registration.revision += 1

    def update_many(
        self, registrations: Iterable[Registration], conn: Connection | None = None
    ) -> None:
        """Write changed registrations back in one statement per batch."""
        if conn is None:
            with self._engine.begin() as own:
                return self.update_many(registrations, own)
        registrations = list(registrations)
        rows = [{**registration_row(r), "b_id": r.id} for r in registrations]
        if not rows:
            return
        values: dict[str, Any] = {name: bindparam(name) for name in rows[0] if name != "b_id"}
        conn.execute(
            update(s.registrations)
            .where(s.registrations.c.id == bindparam("b_id"))
            .values(**values, revision=s.registrations.c.revision + 1),
            rows,
        )
        for r in registrations:
            r.revision += 1

    def delete(self, ids: Iterable[int], conn: Connection | None = None) -> None:
        if conn is None:
            with self._engine.begin() as own:
                return self.delete(ids, own)
        ids = list(ids)
        for start in range(0, len(ids), 900):  # SQLite's limit on bound parameters
            conn.execute(
                delete(s.registrations).where(s.registrations.c.id.in_(ids[start : start + 900]))
            )

    def log(
        self,
        event_id: int,
        message: str,
        registration_id: int | None = None,
        conn: Connection | None = None,
    ) -> None:
        if conn is None:
            with self._engine.begin() as own:
                return self.log(event_id, message, registration_id, own)
        conn.execute(
            insert(s.registration_log).values(
                event_id=event_id,
                registration_id=registration_id,
                message=message,
                at=dt.datetime.now().isoformat(timespec="seconds"),
            )
        )

    def log_entries(self, event_id: int) -> list[tuple[str, str]]:
        with self._engine.connect() as conn:
            return [
                (at, msg)
                for at, msg in conn.execute(
                    select(s.registration_log.c.at, s.registration_log.c.message)
                    .where(s.registration_log.c.event_id == event_id)
                    .order_by(s.registration_log.c.id)
                )
            ]

    def column_layout(self, key: str) -> list[str | None] | None:
        """The column mapping remembered for a layout of headings, or None.

        A damaged mapping is only a lost convenience: it reads as none, and the next
        import asks for the columns again.
        """
        with self._engine.connect() as conn:
            value = conn.execute(
                select(s.column_layouts.c.mapping).where(s.column_layouts.c.layout_key == key)
            ).scalar()
        try:
            mapping = json_in(value, None, "column_layouts.mapping")
        except DamagedValue:
            return None
        if not isinstance(mapping, list) or not all(
            f is None or isinstance(f, str) for f in mapping
        ):
            return None
        return mapping

    def remember_column_layout(
        self, key: str, headers: list[str], mapping: list[str | None]
    ) -> None:
        row = {
            "headers": json.dumps(headers, ensure_ascii=False),
            "mapping": json.dumps(mapping),
            "updated_at": dt.datetime.now().isoformat(timespec="seconds"),
        }
        with self._engine.begin() as conn:
            done = conn.execute(
                update(s.column_layouts).where(s.column_layouts.c.layout_key == key).values(**row)
            )
            if done.rowcount == 0:
                conn.execute(insert(s.column_layouts).values(layout_key=key, **row))

    def transaction(self) -> AbstractContextManager[Connection]:
        """A connection in a transaction, for work that must happen whole or not at all."""
        return self._engine.begin()
