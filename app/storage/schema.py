"""The tables of a project file at the current schema version (SQLAlchemy Core, portable SQL).

These are the tables as today's code reads and writes them; files get them from the frozen
steps in `migrations.py` (the version is `migrations.CURRENT`), never from `create_all`.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

from .schema_version import APP_ID as APP_ID  # one name for whose file it is

metadata = MetaData()


def _id() -> Column[int]:
    return Column("id", Integer, primary_key=True)


def _parent(table: str) -> Column[int]:
    return Column(
        f"{table[:-1]}_id",
        Integer,
        ForeignKey(f"{table}.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    )


meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

venues = Table(
    "venues",
    metadata,
    _id(),
    Column("name", Text, nullable=False),
    Column("street", Text, nullable=False, default=""),
    Column("postal_code", String(16), nullable=False, default=""),
    Column("city", Text, nullable=False, default=""),
    Column("country", String(64), nullable=False, default="DK"),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("coordinates_approximate", Boolean, nullable=False, default=False),
    Column("contact_name", Text, nullable=False, default=""),
    Column("contact_phone", Text, nullable=False, default=""),
    Column("contact_email", Text, nullable=False, default=""),
    Column("notes", Text, nullable=False, default=""),
    Column("step_free_access", Boolean, nullable=False, default=False),
    Column("hearing_loop", Boolean, nullable=False, default=False),
    Column("accessible_toilet", Boolean, nullable=False, default=False),
    Column("lift", Boolean, nullable=False, default=False),
    Column("revision", Integer, nullable=False, default=1),
)

rooms = Table(
    "rooms",
    metadata,
    _id(),
    _parent("venues"),
    Column("position", Integer, nullable=False),
    Column("name", Text, nullable=False),
    # JSON object layout -> seats; only layouts the room supports.
    Column("capacities", Text, nullable=False, default="{}"),
    Column("accessible_places", Integer, nullable=False, default=0),
    Column("notes", Text, nullable=False, default=""),
)

entrances = Table(
    "entrances",
    metadata,
    _id(),
    _parent("venues"),
    Column("position", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("step_free", Boolean, nullable=False, default=False),
    Column("notes", Text, nullable=False, default=""),
    Column("notes_en", Text, nullable=False, default=""),
)

transit_options = Table(
    "transit_options",
    metadata,
    _id(),
    _parent("venues"),
    Column("position", Integer, nullable=False),
    Column("mode", String(32), nullable=False),
    Column("line", Text, nullable=False, default=""),
    Column("direction", Text, nullable=False, default=""),
    Column("stop_name", Text, nullable=False, default=""),
    Column("stop_latitude", Float),
    Column("stop_longitude", Float),
    Column("walking_minutes", Integer),
    Column("walking_note", Text, nullable=False, default=""),
    Column("steps", Text, nullable=False, default="[]"),  # JSON list of strings
    Column("walking_note_en", Text, nullable=False, default=""),
    Column("steps_en", Text, nullable=False, default="[]"),
    # JSON: per step [lat, lon] or null; the route's via points as [[lat, lon], ...]
    Column("step_points", Text, nullable=False, default="[]"),
    Column("route_waypoints", Text, nullable=False, default="[]"),
    Column("route_step_free", Boolean, nullable=False, default=False),
)

parking_zones = Table(
    "parking_zones",
    metadata,
    _id(),
    _parent("venues"),
    Column("position", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("colour", Text, nullable=False, default=""),
    Column("guests", String(16), nullable=False, default="yes"),
    Column("spaces", Integer),
    Column("accessible_spaces", Integer, nullable=False, default=0),
    Column("ev_chargers", Integer, nullable=False, default=0),
    Column("time_limit", Text, nullable=False, default=""),
    Column("fee", Text, nullable=False, default=""),
    Column("notes", Text, nullable=False, default=""),
    Column("geometry", Text, nullable=False, default="[]"),  # JSON [[lat, lon], ...]
    Column("notes_en", Text, nullable=False, default=""),
    Column("name_en", Text, nullable=False, default=""),
)

# What OpenStreetMap shows around a venue, fetched once (services/overpass.py) so that maps
# and walking routes work offline; features as compact JSON (domain/surroundings.py).
surroundings = Table(
    "surroundings",
    metadata,
    Column(
        "venue_id",
        Integer,
        ForeignKey("venues.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("fetched_at", String(19), nullable=False),
    Column("source", Text, nullable=False),
    Column("latitude", Float, nullable=False),
    Column("longitude", Float, nullable=False),
    Column("radius_m", Integer, nullable=False),
    Column("features", Text, nullable=False),
)

events = Table(
    "events",
    metadata,
    _id(),
    Column("title", Text, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("organiser", Text, nullable=False, default=""),
    Column("date", String(10)),  # ISO dates and times sort and compare as text
    Column("start_time", String(5)),
    Column("end_time", String(5)),
    Column("doors_time", String(5)),
    Column("venue_id", Integer, ForeignKey("venues.id", ondelete="SET NULL"), index=True),
    Column("room_id", Integer, ForeignKey("rooms.id", ondelete="SET NULL")),
    Column("layout", String(32)),
    Column("expected_attendance", Integer),
    Column("capacity_limit", Integer),
    Column("registration_deadline", String(10)),
    Column("registration_url", Text, nullable=False, default=""),
    Column("registration_email", Text, nullable=False, default=""),
    Column("registration_phone", Text, nullable=False, default=""),
    Column("language", String(8), nullable=False, default="da"),
    Column("description", Text, nullable=False, default=""),
    Column("letter_salutation", Text, nullable=False, default=""),
    Column("letter_body", Text, nullable=False, default=""),
    Column("letter_closing", Text, nullable=False, default=""),
    Column("price", Text, nullable=False, default=""),
    Column("free_of_charge", Boolean, nullable=False, default=False),
    Column("programme_preliminary", Boolean, nullable=False, default=False),
    Column("registration_channel", Text, nullable=False, default=""),
    Column("attachments", Text, nullable=False, default="[]"),  # JSON [{label, url}]
    Column("no_show_rate", Float, nullable=False, default=0.0),
    Column("personal_data_delete_on", String(10)),
    Column("personal_data_purged_on", String(10)),
    Column("needs_purged_on", String(10)),
    Column("revision", Integer, nullable=False, default=1),
)

signatories = Table(
    "signatories",
    metadata,
    _id(),
    _parent("events"),
    Column("position", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("title", Text, nullable=False, default=""),
)

programme_items = Table(
    "programme_items",
    metadata,
    _id(),
    _parent("events"),
    Column("position", Integer, nullable=False),
    Column("start", String(5)),
    Column("end", String(5)),
    Column("title", Text, nullable=False, default=""),
    Column("kind", String(32), nullable=False),
    Column("speakers", Text, nullable=False, default="[]"),  # JSON [{name, role}]
    Column("notes", Text, nullable=False, default=""),
)

catering_items = Table(
    "catering_items",
    metadata,
    _id(),
    _parent("events"),
    Column("position", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("time", String(5)),
    Column("notes", Text, nullable=False, default=""),
)

invitee_groups = Table(
    "invitee_groups",
    metadata,
    _id(),
    _parent("events"),
    Column("position", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("quota_per_organisation", Integer),
    Column("notes", Text, nullable=False, default=""),
)

registrations = Table(
    "registrations",
    metadata,
    _id(),
    _parent("events"),
    Column("first_name", Text, nullable=False, default=""),
    Column("last_name", Text, nullable=False, default=""),
    Column("full_name", Text, nullable=False, default=""),
    Column("email", Text, nullable=False, default=""),
    Column("email_key", Text, nullable=False, default=""),
    Column("phone", Text, nullable=False, default=""),
    Column("organisation", Text, nullable=False, default=""),
    Column("role", Text, nullable=False, default=""),
    Column("invitee_group", Text, nullable=False, default=""),
    Column("dietary", Text, nullable=False, default=""),
    Column("accessibility", Text, nullable=False, default=""),
    Column("by_car", Boolean, nullable=False, default=False),
    Column("accessible_parking", Boolean, nullable=False, default=False),
    Column("comment", Text, nullable=False, default=""),
    Column("status", String(16), nullable=False, default="registered"),
    Column("registered_at", String(19)),
    Column("late", Boolean, nullable=False, default=False),
    Column("status_reason", Text, nullable=False, default=""),
    Column("waiting_for", String(16), nullable=False, default=""),
    Column("source_file", Text, nullable=False, default=""),
    Column("source_row", Integer),
    Column("source_id", Text, nullable=False, default=""),
    Column("checked_in_at", String(19)),
    Column("walk_in", Boolean, nullable=False, default=False),
    Column("revision", Integer, nullable=False, default=1),
    Column("meal_answers", Text, nullable=False, default="{}"),
    Index("ix_registrations_event_email", "event_id", "email_key"),
    Index("ix_registrations_event_source", "event_id", "source_id"),
)

registration_log = Table(
    "registration_log",
    metadata,
    _id(),
    _parent("events"),
    Column("registration_id", Integer),
    Column("at", String(19), nullable=False),
    Column("message", Text, nullable=False),
)

# Column mappings the user confirmed for a registrations file, keyed by its column layout,
# so the next export from the same form imports without asking.
column_layouts = Table(
    "column_layouts",
    metadata,
    Column("layout_key", String(64), primary_key=True),
    Column("headers", Text, nullable=False),  # JSON list of the headings
    Column("mapping", Text, nullable=False),  # JSON list: field name or null per column
    Column("updated_at", String(19), nullable=False),
)

# An event's table plan: how many tables with how many seats, and the seed that makes the
# automatic assignment reproducible.
table_plans = Table(
    "table_plans",
    metadata,
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("tables", Integer, nullable=False),
    Column("seats", Integer, nullable=False),
    Column("seed", Integer, nullable=False, default=0),
)

# Who sits at which table (numbered from 1). `fixed` seats were placed by hand and stay
# when the plan is made again; a facilitator is spread one per table.
table_seats = Table(
    "table_seats",
    metadata,
    Column(
        "registration_id",
        Integer,
        ForeignKey("registrations.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    _parent("events"),
    Column("table_no", Integer),
    Column("fixed", Boolean, nullable=False, default=False),
    Column("facilitator", Boolean, nullable=False, default=False),
)

# People who must sit together or apart ("together" / "apart"), as pairs.
seat_rules = Table(
    "seat_rules",
    metadata,
    _id(),
    _parent("events"),
    Column("kind", String(16), nullable=False),
    Column("first_id", Integer, ForeignKey("registrations.id", ondelete="CASCADE"), nullable=False),
    Column(
        "second_id", Integer, ForeignKey("registrations.id", ondelete="CASCADE"), nullable=False
    ),
)

# The change feed: one row per change a command made, in commit order (`seq`), so other
# windows on the same file learn what to reload. `aggregate` is venue, event or
# registrations (then `aggregate_id` is the event and `ids` the people, JSON).
changes = Table(
    "changes",
    metadata,
    Column("seq", Integer, primary_key=True),
    Column("aggregate", String(32), nullable=False),
    Column("aggregate_id", Integer),
    Column("event_id", Integer),
    Column("ids", Text, nullable=False, default="[]"),
    Column("origin", String(40), nullable=False, default=""),
    Column("at", String(19), nullable=False),
)
