"""The tables of a new project file at format 2.0, exactly as that version made them.

Frozen history: never edit this text. A change to the schema is a new step in
`migrations.py`; a new file is made by running this DDL and then every step after 2.0.
"""

from __future__ import annotations

from .schema_version import SchemaVersion

BASELINE_VERSION = SchemaVersion(2, 0)

BASELINE_DDL: tuple[str, ...] = (
    """
CREATE TABLE meta (
    "key" VARCHAR(64) NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY ("key")
)
""",
    """
CREATE TABLE venues (
    id INTEGER NOT NULL,
    name TEXT NOT NULL,
    street TEXT NOT NULL,
    postal_code VARCHAR(16) NOT NULL,
    city TEXT NOT NULL,
    country VARCHAR(64) NOT NULL,
    latitude FLOAT,
    longitude FLOAT,
    coordinates_approximate BOOLEAN NOT NULL,
    contact_name TEXT NOT NULL,
    contact_phone TEXT NOT NULL,
    contact_email TEXT NOT NULL,
    notes TEXT NOT NULL,
    step_free_access BOOLEAN NOT NULL,
    hearing_loop BOOLEAN NOT NULL,
    accessible_toilet BOOLEAN NOT NULL,
    lift BOOLEAN NOT NULL,
    revision INTEGER NOT NULL,
    PRIMARY KEY (id)
)
""",
    """
CREATE TABLE column_layouts (
    layout_key VARCHAR(64) NOT NULL,
    headers TEXT NOT NULL,
    mapping TEXT NOT NULL,
    updated_at VARCHAR(19) NOT NULL,
    PRIMARY KEY (layout_key)
)
""",
    """
CREATE TABLE rooms (
    id INTEGER NOT NULL,
    venue_id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    capacities TEXT NOT NULL,
    accessible_places INTEGER NOT NULL,
    notes TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(venue_id) REFERENCES venues (id) ON DELETE CASCADE
)
""",
    "CREATE INDEX ix_rooms_venue_id ON rooms (venue_id)",
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
CREATE TABLE transit_options (
    id INTEGER NOT NULL,
    venue_id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    mode VARCHAR(32) NOT NULL,
    line TEXT NOT NULL,
    direction TEXT NOT NULL,
    stop_name TEXT NOT NULL,
    stop_latitude FLOAT,
    stop_longitude FLOAT,
    walking_minutes INTEGER,
    walking_note TEXT NOT NULL,
    steps TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(venue_id) REFERENCES venues (id) ON DELETE CASCADE
)
""",
    "CREATE INDEX ix_transit_options_venue_id ON transit_options (venue_id)",
    """
CREATE TABLE parking_zones (
    id INTEGER NOT NULL,
    venue_id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    colour TEXT NOT NULL,
    guests VARCHAR(16) NOT NULL,
    spaces INTEGER,
    accessible_spaces INTEGER NOT NULL,
    ev_chargers INTEGER NOT NULL,
    time_limit TEXT NOT NULL,
    fee TEXT NOT NULL,
    notes TEXT NOT NULL,
    geometry TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(venue_id) REFERENCES venues (id) ON DELETE CASCADE
)
""",
    "CREATE INDEX ix_parking_zones_venue_id ON parking_zones (venue_id)",
    """
CREATE TABLE events (
    id INTEGER NOT NULL,
    title TEXT NOT NULL,
    kind VARCHAR(32) NOT NULL,
    organiser TEXT NOT NULL,
    date VARCHAR(10),
    start_time VARCHAR(5),
    end_time VARCHAR(5),
    doors_time VARCHAR(5),
    venue_id INTEGER,
    room_id INTEGER,
    layout VARCHAR(32),
    expected_attendance INTEGER,
    capacity_limit INTEGER,
    registration_deadline VARCHAR(10),
    registration_url TEXT NOT NULL,
    registration_email TEXT NOT NULL,
    registration_phone TEXT NOT NULL,
    language VARCHAR(8) NOT NULL,
    description TEXT NOT NULL,
    no_show_rate FLOAT NOT NULL,
    personal_data_delete_on VARCHAR(10),
    personal_data_purged_on VARCHAR(10),
    needs_purged_on VARCHAR(10),
    revision INTEGER NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(venue_id) REFERENCES venues (id) ON DELETE SET NULL,
    FOREIGN KEY(room_id) REFERENCES rooms (id) ON DELETE SET NULL
)
""",
    "CREATE INDEX ix_events_venue_id ON events (venue_id)",
    """
CREATE TABLE signatories (
    id INTEGER NOT NULL,
    event_id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    title TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(event_id) REFERENCES events (id) ON DELETE CASCADE
)
""",
    "CREATE INDEX ix_signatories_event_id ON signatories (event_id)",
    """
CREATE TABLE programme_items (
    id INTEGER NOT NULL,
    event_id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    start VARCHAR(5),
    "end" VARCHAR(5),
    title TEXT NOT NULL,
    kind VARCHAR(32) NOT NULL,
    speakers TEXT NOT NULL,
    notes TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(event_id) REFERENCES events (id) ON DELETE CASCADE
)
""",
    "CREATE INDEX ix_programme_items_event_id ON programme_items (event_id)",
    """
CREATE TABLE catering_items (
    id INTEGER NOT NULL,
    event_id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    time VARCHAR(5),
    notes TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(event_id) REFERENCES events (id) ON DELETE CASCADE
)
""",
    "CREATE INDEX ix_catering_items_event_id ON catering_items (event_id)",
    """
CREATE TABLE invitee_groups (
    id INTEGER NOT NULL,
    event_id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    quota_per_organisation INTEGER,
    notes TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(event_id) REFERENCES events (id) ON DELETE CASCADE
)
""",
    "CREATE INDEX ix_invitee_groups_event_id ON invitee_groups (event_id)",
    """
CREATE TABLE registrations (
    id INTEGER NOT NULL,
    event_id INTEGER NOT NULL,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    full_name TEXT NOT NULL,
    email TEXT NOT NULL,
    email_key TEXT NOT NULL,
    phone TEXT NOT NULL,
    organisation TEXT NOT NULL,
    role TEXT NOT NULL,
    invitee_group TEXT NOT NULL,
    dietary TEXT NOT NULL,
    accessibility TEXT NOT NULL,
    by_car BOOLEAN NOT NULL,
    accessible_parking BOOLEAN NOT NULL,
    comment TEXT NOT NULL,
    status VARCHAR(16) NOT NULL,
    registered_at VARCHAR(19),
    late BOOLEAN NOT NULL,
    status_reason TEXT NOT NULL,
    source_file TEXT NOT NULL,
    source_row INTEGER,
    source_id TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(event_id) REFERENCES events (id) ON DELETE CASCADE
)
""",
    "CREATE INDEX ix_registrations_event_source ON registrations (event_id, source_id)",
    "CREATE INDEX ix_registrations_event_email ON registrations (event_id, email_key)",
    "CREATE INDEX ix_registrations_event_id ON registrations (event_id)",
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
)
