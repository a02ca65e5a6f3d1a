"""Ordered schema migrations; step N lifts a project file from version N to N + 1.

Each step runs inside the caller's transaction. Steps use plain, portable SQL
(ALTER TABLE ... ADD COLUMN, CREATE TABLE) so they also suit PostgreSQL later.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, text

from . import schema


def _v1_to_v2(conn: Connection) -> None:
    """Version 2 adds entrances, the activity log and the fields of the venues and
    capacity work: approximate coordinates, walking notes, parking details, no-show
    rate and the reason a registration is waitlisted."""
    for statement in (
        "ALTER TABLE venues ADD COLUMN coordinates_approximate BOOLEAN NOT NULL DEFAULT 0",
        "ALTER TABLE transit_options ADD COLUMN walking_note TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE parking_zones ADD COLUMN ev_chargers INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE parking_zones ADD COLUMN time_limit TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE parking_zones ADD COLUMN fee TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE events ADD COLUMN no_show_rate FLOAT NOT NULL DEFAULT 0",
        "ALTER TABLE events ADD COLUMN personal_data_delete_on VARCHAR(10)",
        "ALTER TABLE events ADD COLUMN personal_data_purged_on VARCHAR(10)",
        "ALTER TABLE events ADD COLUMN needs_purged_on VARCHAR(10)",
        "ALTER TABLE registrations ADD COLUMN status_reason TEXT NOT NULL DEFAULT ''",
    ):
        conn.execute(text(statement))
    schema.entrances.create(conn)
    schema.registration_log.create(conn)
    schema.column_layouts.create(conn)


# STEPS[n] migrates version n to n + 1.
STEPS: dict[int, Callable[[Connection], None]] = {
    1: _v1_to_v2,
}


def migrate(conn: Connection, from_version: int) -> None:
    """Bring the schema from `from_version` to the current one, step by step."""
    for version in range(from_version, schema.SCHEMA_VERSION):
        STEPS[version](conn)
        conn.execute(
            schema.meta.update()
            .where(schema.meta.c.key == "schema_version")
            .values(value=str(version + 1))
        )
