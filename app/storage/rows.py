"""Helpers shared by the repositories: value conversion and syncing child rows."""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar, cast

from sqlalchemy import Connection, RowMapping, Table, delete, insert, select, update

from .errors import ConflictError, NotFoundError, NotPermittedError, ProjectError

T = TypeVar("T")


class DamagedValue(ValueError):
    """A stored value of a shape no version of Venueplan writes; the message names it."""


# The execution option that carries the project's name (its file name) to messages.
PROJECT_NAME_OPTION = "venueplan_project_name"


def source_name(conn: Connection) -> str:
    """The name a message gives the project a connection reads: the file's name."""
    return str(conn.get_execution_options().get(PROJECT_NAME_OPTION, "the project"))


def convert_rows(
    convert: Callable[[Any], T], rows: Iterable[Any], what: str, conn: Connection
) -> list[T]:
    """Turn stored rows into domain objects; a value no version ever wrote means damage,
    reported in one line that names the file and the record."""
    converted = []
    for row in rows:
        try:
            converted.append(convert(row))
        except (ValueError, KeyError, TypeError) as exc:
            detail = str(exc) if isinstance(exc, DamagedValue) else f"{type(exc).__name__}: {exc}"
            raise ProjectError(
                f"{source_name(conn)}: holds a damaged {what} (id {row['id']}: {detail})."
            ) from exc
    return converted


def time_out(value: dt.time | None) -> str | None:
    return value.strftime("%H:%M") if value else None


def time_in(value: str | None) -> dt.time | None:
    return dt.time.fromisoformat(value) if value else None


def date_out(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def date_in(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def datetime_out(value: dt.datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


def datetime_in(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def json_out(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def json_in(value: str | bytes | None, default: Any, column: str) -> Any:
    """The JSON stored in `column` (table.column), or DamagedValue if it is not JSON.

    SQLite keeps any text or bytes put in a column by another program or a damaged
    disk; nesting past the parser's recursion limit counts as not JSON too.
    """
    if not value:
        return default
    try:
        return json.loads(value)
    except (ValueError, TypeError, RecursionError):
        raise DamagedValue(f"{column} is not valid JSON") from None


def expect(ok: bool, column: str, shape: str) -> None:
    """DamagedValue unless the JSON read from `column` has the shape the app writes."""
    if not ok:
        raise DamagedValue(f"{column} is not {shape}")


def is_whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def is_coordinate(value: object) -> bool:
    # JSON allows NaN and Infinity, which no map, document or other program can use.
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def coordinate_in(value: object, column: str) -> float | None:
    """A stored latitude or longitude (by `column`'s name), or DamagedValue: a value that is
    no number, or out of range, would make every map and handout of the venue fail."""
    if value is None:
        return None
    limit = 90 if column.endswith("latitude") else 180
    if not is_coordinate(value) or abs(cast(float, value)) > limit:
        raise DamagedValue(f"{column} is {value!r}, not a number from -{limit} to {limit}")
    return float(cast(float, value))


def sync_children(
    conn: Connection,
    table: Table,
    parent_col: str,
    parent_id: int,
    rows: list[dict[str, Any]],
) -> list[int]:
    """Make the children of one parent exactly `rows`, keeping the ids they have.

    Rows with an id that exists are updated, the others inserted (with their id if
    they carry one, so an undone delete comes back as it was); children not named
    are deleted. Returns the ids in order.
    """
    parent = table.c[parent_col]
    existing = set(conn.execute(select(table.c.id).where(parent == parent_id)).scalars())
    keep = {r["id"] for r in rows if r.get("id") in existing}
    gone = existing - keep
    if gone:
        conn.execute(delete(table).where(table.c.id.in_(gone)))
    ids: list[int] = []
    for position, row in enumerate(rows):
        values = {**row, parent_col: parent_id, "position": position}
        row_id = values.pop("id", None)
        if row_id in existing:
            conn.execute(update(table).where(table.c.id == row_id).values(**values))
        else:
            if row_id is not None:
                values["id"] = row_id
            row_id = insert_row(conn, table, values)
        ids.append(row_id)
    return ids


def insert_row(conn: Connection, table: Table, values: Mapping[str, Any]) -> int:
    """Insert one row; its id."""
    key = conn.execute(insert(table).values(**values)).inserted_primary_key
    if key is None:  # only an insert of several rows at once has none
        raise ProjectError(f"No id was given to the new row of {table.name}.")
    return int(key[0])


def stored_id(record_id: int | None, what: str) -> int:
    """The id of a record being saved; one never stored has none to save under."""
    if record_id is None:
        raise NotFoundError(f"There is no {what} with id None.")
    return record_id


def children_by_parent(
    conn: Connection, table: Table, parent_col: str, parent_ids: Iterable[int] | None = None
) -> dict[int, list[RowMapping]]:
    """All child rows grouped by parent, in position order (one query)."""
    query = select(table).order_by(table.c[parent_col], table.c.position)
    if parent_ids is not None:
        query = query.where(table.c[parent_col].in_(list(parent_ids)))
    grouped: dict[int, list[RowMapping]] = {}
    for row in conn.execute(query).mappings():
        grouped.setdefault(row[parent_col], []).append(row)
    return grouped


def bump_revision(conn: Connection, table: Table, record_id: int, expected: int, what: str) -> int:
    """Check the stored revision is `expected` and raise it by one.

    Two windows or two coordinators on the same file each hold the revision they
    read; the second to save finds it moved on and gets a conflict, not a silent
    overwrite.
    """
    current = conn.execute(select(table.c.revision).where(table.c.id == record_id)).scalar()
    if current is None:
        raise NotFoundError(f"There is no {what} with id {record_id}.")
    if current != expected:
        raise ConflictError(
            f"The {what} was changed elsewhere since you opened it; "
            "reload it and make your change again."
        )
    changed = conn.execute(
        update(table).where(table.c.id == record_id).values(revision=current + 1)
    ).rowcount
    refuse_unchanged(conn, table, record_id, changed, what)
    return int(current) + 1


def refuse_unchanged(
    conn: Connection, table: Table, record_id: int, rowcount: int, what: str
) -> None:
    """An UPDATE or DELETE of a record that is there yet was not changed: on a team server,
    row-level security keeps it to another organisation (every coordinator reads an
    event; only its organisation changes it). A record that is not there is no refusal."""
    if rowcount == 0 and conn.execute(select(table.c.id).where(table.c.id == record_id)).first():
        raise NotPermittedError(
            f"{what.capitalize()} {record_id} belongs to another organisation; the server lets "
            f"you change only your own organisation's {what}s."
        )
