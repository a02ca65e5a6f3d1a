"""Writes project_v1.venueplan: a project file as schema version 1 left it.

The DDL below is frozen history: version 1's tables exactly, with a little data,
so the migration test opens a real old file. Run it only to recreate the file.
"""

import sqlite3
import sys
from pathlib import Path

V1_DDL = """
CREATE TABLE meta (key VARCHAR(64) PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE venues (id INTEGER PRIMARY KEY, name TEXT NOT NULL, street TEXT NOT NULL,
  postal_code VARCHAR(16) NOT NULL, city TEXT NOT NULL, country VARCHAR(64) NOT NULL,
  latitude FLOAT, longitude FLOAT, contact_name TEXT NOT NULL, contact_phone TEXT NOT NULL,
  contact_email TEXT NOT NULL, notes TEXT NOT NULL, step_free_access BOOLEAN NOT NULL,
  hearing_loop BOOLEAN NOT NULL, accessible_toilet BOOLEAN NOT NULL, lift BOOLEAN NOT NULL,
  revision INTEGER NOT NULL);
CREATE TABLE rooms (id INTEGER PRIMARY KEY, venue_id INTEGER NOT NULL REFERENCES venues(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, name TEXT NOT NULL, capacities TEXT NOT NULL,
  accessible_places INTEGER NOT NULL, notes TEXT NOT NULL);
CREATE TABLE transit_options (id INTEGER PRIMARY KEY, venue_id INTEGER NOT NULL REFERENCES venues(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, mode VARCHAR(32) NOT NULL, line TEXT NOT NULL, direction TEXT NOT NULL,
  stop_name TEXT NOT NULL, stop_latitude FLOAT, stop_longitude FLOAT, walking_minutes INTEGER,
  steps TEXT NOT NULL);
CREATE TABLE parking_zones (id INTEGER PRIMARY KEY, venue_id INTEGER NOT NULL REFERENCES venues(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, name TEXT NOT NULL, colour TEXT NOT NULL, guests VARCHAR(16) NOT NULL,
  spaces INTEGER, accessible_spaces INTEGER NOT NULL, notes TEXT NOT NULL, geometry TEXT NOT NULL);
CREATE TABLE events (id INTEGER PRIMARY KEY, title TEXT NOT NULL, kind VARCHAR(32) NOT NULL,
  organiser TEXT NOT NULL, date VARCHAR(10), start_time VARCHAR(5), end_time VARCHAR(5),
  doors_time VARCHAR(5), venue_id INTEGER REFERENCES venues(id) ON DELETE SET NULL,
  room_id INTEGER REFERENCES rooms(id) ON DELETE SET NULL, layout VARCHAR(32),
  expected_attendance INTEGER, capacity_limit INTEGER, registration_deadline VARCHAR(10),
  registration_url TEXT NOT NULL, registration_email TEXT NOT NULL, registration_phone TEXT NOT NULL,
  language VARCHAR(8) NOT NULL, description TEXT NOT NULL, revision INTEGER NOT NULL);
CREATE TABLE signatories (id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, name TEXT NOT NULL, title TEXT NOT NULL);
CREATE TABLE programme_items (id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, start VARCHAR(5), "end" VARCHAR(5), title TEXT NOT NULL,
  kind VARCHAR(32) NOT NULL, speakers TEXT NOT NULL, notes TEXT NOT NULL);
CREATE TABLE catering_items (id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, name TEXT NOT NULL, time VARCHAR(5), notes TEXT NOT NULL);
CREATE TABLE invitee_groups (id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  position INTEGER NOT NULL, name TEXT NOT NULL, quota_per_organisation INTEGER, notes TEXT NOT NULL);
CREATE TABLE registrations (id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  first_name TEXT NOT NULL, last_name TEXT NOT NULL, full_name TEXT NOT NULL, email TEXT NOT NULL,
  email_key TEXT NOT NULL, phone TEXT NOT NULL, organisation TEXT NOT NULL, role TEXT NOT NULL,
  invitee_group TEXT NOT NULL, dietary TEXT NOT NULL, accessibility TEXT NOT NULL,
  by_car BOOLEAN NOT NULL, accessible_parking BOOLEAN NOT NULL, comment TEXT NOT NULL,
  status VARCHAR(16) NOT NULL, registered_at VARCHAR(19), late BOOLEAN NOT NULL,
  source_file TEXT NOT NULL, source_row INTEGER, source_id TEXT NOT NULL);
"""

V1_DATA = """
INSERT INTO meta VALUES ('app', 'venueplan'), ('schema_version', '1');
INSERT INTO venues VALUES (1, 'Egedal Rådhus', 'Dronning Dagmars Vej 200', '3650', 'Ølstykke', 'DK',
  55.7733, 12.1813, '', '', '', '', 1, 1, 1, 1, 1);
INSERT INTO rooms VALUES (1, 1, 0, 'Byrådssalen', '{"theatre": 120}', 4, '');
INSERT INTO transit_options VALUES (1, 1, 0, 's_train', 'C', 'Frederikssund', 'Egedal st.',
  55.7745, 12.1858, 5, '[]');
INSERT INTO parking_zones VALUES (1, 1, 0, 'Ved rådhuset', 'blue', 'yes', 40, 2, '', '[]');
INSERT INTO events VALUES (1, 'Politisk dialogmøde', 'dialogue_meeting', 'KKR Hovedstaden',
  '2024-04-30', '16:00', '18:30', NULL, 1, 1, 'theatre', NULL, NULL, '2024-04-15', '', '', '',
  'da', '', 1);
INSERT INTO programme_items VALUES (1, 1, 0, '16:00', NULL, 'Velkommen', 'welcome',
  '[{"name": "Henriette Thirup-Bielefeldt", "role": "Formand"}]', '');
INSERT INTO registrations VALUES (1, 1, 'Anne', 'Hansen', '', 'anne@egedal.dk', 'anne@egedal.dk',
  '', 'Egedal Kommune', 'politiker', '', '', '', 0, 0, '', 'registered', '2024-04-01T10:00:00', 0,
  'tilmeldinger.csv', 2, '');
"""

if __name__ == "__main__":
    out = (
        Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("project_v1.venueplan")
    )
    out.unlink(missing_ok=True)
    conn = sqlite3.connect(out)
    conn.executescript(V1_DDL + V1_DATA)
    conn.commit()
    conn.close()
    print(f"wrote {out}")
