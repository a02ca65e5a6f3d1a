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


def _v2_to_v3(conn: Connection) -> None:
    """Version 3 adds the day of the meeting: check-in time and walk-ins on registrations,
    and table plans (tables, seats, who sits where, who sits together or apart)."""
    for statement in (
        "ALTER TABLE registrations ADD COLUMN checked_in_at VARCHAR(19)",
        "ALTER TABLE registrations ADD COLUMN walk_in BOOLEAN NOT NULL DEFAULT 0",
        "CREATE TABLE table_plans ("
        " event_id INTEGER NOT NULL PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,"
        " tables INTEGER NOT NULL,"
        " seats INTEGER NOT NULL,"
        " seed INTEGER NOT NULL)",
        "CREATE TABLE table_seats ("
        " registration_id INTEGER NOT NULL PRIMARY KEY"
        " REFERENCES registrations (id) ON DELETE CASCADE,"
        " event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,"
        " table_no INTEGER,"
        " fixed BOOLEAN NOT NULL,"
        " facilitator BOOLEAN NOT NULL)",
        "CREATE INDEX ix_table_seats_event_id ON table_seats (event_id)",
        "CREATE TABLE seat_rules ("
        " id INTEGER NOT NULL PRIMARY KEY,"
        " event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,"
        " kind VARCHAR(16) NOT NULL,"
        " first_id INTEGER NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,"
        " second_id INTEGER NOT NULL REFERENCES registrations (id) ON DELETE CASCADE)",
        "CREATE INDEX ix_seat_rules_event_id ON seat_rules (event_id)",
    ):
        conn.execute(text(statement))


def _v3_to_v4(conn: Connection) -> None:
    """Version 4 adds the invitation's fields: the letter, the price or free of charge,
    a preliminary programme, the registration channel and the attachments."""
    for statement in (
        "ALTER TABLE events ADD COLUMN letter_salutation TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE events ADD COLUMN letter_body TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE events ADD COLUMN letter_closing TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE events ADD COLUMN price TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE events ADD COLUMN free_of_charge BOOLEAN NOT NULL DEFAULT 0",
        "ALTER TABLE events ADD COLUMN programme_preliminary BOOLEAN NOT NULL DEFAULT 0",
        "ALTER TABLE events ADD COLUMN registration_channel TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE events ADD COLUMN attachments TEXT NOT NULL DEFAULT '[]'",
    ):
        conn.execute(text(statement))


# STEPS[n] migrates version n to n + 1.
STEPS: dict[int, Callable[[Connection], None]] = {
    1: _v1_to_v2,
    2: _v2_to_v3,
    3: _v3_to_v4,
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
