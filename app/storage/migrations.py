"""Schema migrations, frozen in time: each step writes out its own DDL.

How to change the schema (read before adding a step):

1. Before you change anything, save a file of the current format with data in every
   table: `python tests/data/make_project_file.py` writes `tests/data/project_v<X.Y>.venueplan`.
   Commit it; `tests/test_migrations.py` opens every such file, upgrades it and checks that
   no value was lost, and fails if a version of the chain has no saved file.
2. Append a `Step` to `STEPS` with the next version and its SQL as literal text
   (`CREATE TABLE ...`, `ALTER TABLE ... ADD COLUMN ...`, `CREATE INDEX ...`, data moves as
   `UPDATE`/`INSERT ... SELECT`). Never call `schema.<table>.create()` or anything else from
   today's code: a step must do tomorrow exactly what it does today.
3. Minor or major? Bump the minor (2.1 -> 2.2) when the step only adds: a new table, a
   column that is nullable or has a DEFAULT, an index. An app of the same major but an older
   minor still opens such a file and writes rows without knowing the new columns, so every
   new NOT NULL column needs a DEFAULT. Anything an older app would misread or break (a
   renamed or dropped column, a changed meaning, a new NOT NULL column without a default)
   is a new major (3.0); older apps then refuse the file with a clear message.
4. Update `schema.py` (the tables as the code uses them) to match;
   `tests/test_migrations.py` compares the two. Set `schema_version.WRITTEN` to the new
   version (read before SQLAlchemy is imported; `tests/test_first_look.py` checks it).
5. When you rebase and someone took your version number, renumber yours to the next one
   (and keep their saved file).

Keep the SQL portable (it must also run on PostgreSQL): no SQLite-only syntax; a
boolean default is `DEFAULT FALSE`/`DEFAULT TRUE` (the 0 of the 2.0 step is SQLite-only).
Files written before formats had a minor say "1" to "4" (see `stored_version`).
A new file is `baseline.BASELINE_DDL` (format 2.0) followed by every step after 2.0.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, text

from .baseline import BASELINE_DDL, BASELINE_VERSION
from .schema_version import SchemaVersion


@dataclass(frozen=True)
class Step:
    """Lifts a file from the version before it in `STEPS` to `to`, inside the caller's
    transaction. `sql` runs first, then `data` (for moves SQL alone cannot say)."""

    to: SchemaVersion
    what: str
    sql: tuple[str, ...]
    data: Callable[[Connection], None] | None = None


STEPS: tuple[Step, ...] = (
    Step(
        SchemaVersion(2, 0),
        "entrances, the activity log, remembered column layouts; approximate coordinates, "
        "walking notes, parking details, no-show rate, deletion dates, waiting-list reason",
        (
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
            """
CREATE TABLE entrances (
    id INTEGER NOT NULL,
    venue_id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    latitude FLOAT,
    longitude FLOAT,
    step_free BOOLEAN NOT NULL,
    notes TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(venue_id) REFERENCES venues (id) ON DELETE CASCADE
)
""",
            "CREATE INDEX ix_entrances_venue_id ON entrances (venue_id)",
            """
CREATE TABLE registration_log (
    id INTEGER NOT NULL,
    event_id INTEGER NOT NULL,
    registration_id INTEGER,
    at VARCHAR(19) NOT NULL,
    message TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(event_id) REFERENCES events (id) ON DELETE CASCADE
)
""",
            "CREATE INDEX ix_registration_log_event_id ON registration_log (event_id)",
            """
CREATE TABLE column_layouts (
    layout_key VARCHAR(64) NOT NULL,
    headers TEXT NOT NULL,
    mapping TEXT NOT NULL,
    updated_at VARCHAR(19) NOT NULL,
    PRIMARY KEY (layout_key)
)
""",
        ),
    ),
    Step(
        SchemaVersion(2, 1),
        "the day of the meeting: check-in time and walk-ins on registrations, and table plans "
        "(tables, seats, who sits where, who sits together or apart)",
        (
            "ALTER TABLE registrations ADD COLUMN checked_in_at VARCHAR(19)",
            "ALTER TABLE registrations ADD COLUMN walk_in BOOLEAN NOT NULL DEFAULT FALSE",
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
        ),
    ),
    Step(
        SchemaVersion(2, 2),
        "the invitation's fields: the letter, the price or free of charge, a preliminary "
        "programme, the registration channel and the attachments",
        (
            "ALTER TABLE events ADD COLUMN letter_salutation TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE events ADD COLUMN letter_body TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE events ADD COLUMN letter_closing TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE events ADD COLUMN price TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE events ADD COLUMN free_of_charge BOOLEAN NOT NULL DEFAULT FALSE",
            "ALTER TABLE events ADD COLUMN programme_preliminary BOOLEAN NOT NULL DEFAULT FALSE",
            "ALTER TABLE events ADD COLUMN registration_channel TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE events ADD COLUMN attachments TEXT NOT NULL DEFAULT '[]'",
        ),
    ),
    Step(
        SchemaVersion(2, 3),
        "one write path: a revision per registration and the changes table (the change feed "
        "other windows follow); an older 2.x app still reads and writes the file, but its "
        "writes add no change records",
        (
            "ALTER TABLE registrations ADD COLUMN revision INTEGER NOT NULL DEFAULT 1",
            "CREATE TABLE changes ("
            " seq INTEGER NOT NULL PRIMARY KEY,"
            " aggregate VARCHAR(32) NOT NULL,"
            " aggregate_id INTEGER,"
            " event_id INTEGER,"
            " ids TEXT NOT NULL DEFAULT '[]',"
            " origin VARCHAR(40) NOT NULL DEFAULT '',"
            " at VARCHAR(19) NOT NULL)",
        ),
    ),
    Step(
        SchemaVersion(2, 4),
        "the streets around a venue (fetched once, kept with their date), walking routes "
        "(waypoints, steps pinned to points, step-free) and English versions of the "
        "coordinator's texts for English documents",
        (
            "CREATE TABLE surroundings ("
            " venue_id INTEGER NOT NULL PRIMARY KEY REFERENCES venues (id) ON DELETE CASCADE,"
            " fetched_at VARCHAR(19) NOT NULL,"
            " source TEXT NOT NULL,"
            " latitude FLOAT NOT NULL,"
            " longitude FLOAT NOT NULL,"
            " radius_m INTEGER NOT NULL,"
            " features TEXT NOT NULL)",
            "ALTER TABLE transit_options ADD COLUMN walking_note_en TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE transit_options ADD COLUMN steps_en TEXT NOT NULL DEFAULT '[]'",
            "ALTER TABLE transit_options ADD COLUMN step_points TEXT NOT NULL DEFAULT '[]'",
            "ALTER TABLE transit_options ADD COLUMN route_waypoints TEXT NOT NULL DEFAULT '[]'",
            "ALTER TABLE transit_options ADD COLUMN route_step_free BOOLEAN NOT NULL DEFAULT FALSE",
            "ALTER TABLE entrances ADD COLUMN notes_en TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE parking_zones ADD COLUMN notes_en TEXT NOT NULL DEFAULT ''",
        ),
    ),
    Step(
        SchemaVersion(2, 5),
        "each registration's yes/no answers to the meals of the event (a column of the "
        "sign-up form mapped to a catering item), so catering counts only those coming",
        ("ALTER TABLE registrations ADD COLUMN meal_answers TEXT NOT NULL DEFAULT '{}'",),
    ),
    Step(
        SchemaVersion(2, 6),
        "what a waitlisted registration waits for (a seat, a quota, the coordinator), so the "
        "waiting list's rules read data instead of the wording of the reason; filled from the "
        "wordings earlier versions stored. An older 2.x app leaves it as it was",
        (
            "ALTER TABLE registrations ADD COLUMN waiting_for VARCHAR(16) NOT NULL DEFAULT ''",
            "UPDATE registrations SET waiting_for = 'seat' WHERE status = 'waitlisted'"
            " AND status_reason LIKE 'Waiting list:%'",
            "UPDATE registrations SET waiting_for = 'quota' WHERE status = 'waitlisted'"
            " AND status_reason LIKE 'Over the quota:%'",
            "UPDATE registrations SET waiting_for = 'by_hand' WHERE status = 'waitlisted'"
            " AND status_reason = 'Put on the waiting list by hand.'",
        ),
    ),
    Step(
        SchemaVersion(2, 7),
        "parking zone names in English, for English documents",
        ("ALTER TABLE parking_zones ADD COLUMN name_en TEXT NOT NULL DEFAULT ''",),
    ),
)

OLDEST = SchemaVersion(1, 0)
CURRENT: SchemaVersion = STEPS[-1].to

# Before formats had a minor, files said "1" and "2" (1.0, 2.0); for a few hours in
# December 2026 the app wrote "3" and "4" for what are now the additive steps 2.1 and 2.2.
_WHOLE_NUMBERS = {"3": SchemaVersion(2, 1), "4": SchemaVersion(2, 2)}


def stored_version(value: object) -> SchemaVersion:
    """The format a file's meta table names; ValueError if it names none."""
    text = str(value).strip()
    return _WHOLE_NUMBERS.get(text) or SchemaVersion.parse(text)


def _set_version(conn: Connection, version: SchemaVersion) -> None:
    conn.execute(
        text("UPDATE meta SET value = :v WHERE key = 'schema_version'"), {"v": str(version)}
    )


# On PostgreSQL, the numbering SQLite gives an INTEGER PRIMARY KEY: a column named `id`
# or `seq` that is a table's whole integer primary key numbers itself, as in a file.
_UNNUMBERED_KEYS = """
SELECT c.table_name, c.column_name
FROM information_schema.columns c
JOIN information_schema.key_column_usage k
  ON k.table_schema = c.table_schema AND k.table_name = c.table_name
 AND k.column_name = c.column_name
JOIN information_schema.table_constraints t
  ON t.constraint_name = k.constraint_name AND t.table_schema = k.table_schema
 AND t.constraint_type = 'PRIMARY KEY'
WHERE c.table_schema = current_schema() AND c.column_name IN ('id', 'seq')
  AND c.data_type = 'integer' AND c.is_identity = 'NO' AND c.column_default IS NULL
"""


def _number_keys(conn: Connection) -> None:
    if conn.dialect.name != "postgresql":
        return
    for table, column in conn.execute(text(_UNNUMBERED_KEYS)).all():
        conn.execute(
            text(
                f'ALTER TABLE "{table}" ALTER COLUMN "{column}" ADD GENERATED BY DEFAULT AS IDENTITY'
            )
        )


def _run(conn: Connection, step: Step) -> None:
    for statement in step.sql:
        conn.execute(text(statement))
    _number_keys(conn)
    if step.data is not None:
        step.data(conn)
    _set_version(conn, step.to)


def migrate(conn: Connection, from_version: SchemaVersion) -> None:
    """Bring a file from `from_version` to `CURRENT`, step by step, in the caller's
    transaction (so a failed step leaves the file as it was)."""
    for step in STEPS:
        if step.to > from_version:
            _run(conn, step)


def create(conn: Connection, app_id: str) -> None:
    """Make the tables of a new file: the frozen 2.0 baseline, then every later step."""
    for statement in BASELINE_DDL:
        conn.execute(text(statement))
    _number_keys(conn)
    conn.execute(
        text("INSERT INTO meta (key, value) VALUES ('app', :app), ('schema_version', :v)"),
        {"app": app_id, "v": str(BASELINE_VERSION)},
    )
    for step in STEPS:
        if step.to > BASELINE_VERSION:
            _run(conn, step)
