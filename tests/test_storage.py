"""The project file: round trips, migration, refusal of foreign and newer files, conflicts."""

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.domain import (
    Entrance,
    Event,
    GuestParking,
    ParkingZone,
    ProgrammeItem,
    Registration,
    RegistrationStatus,
    Room,
    SeatingLayout,
    Speaker,
    TransitMode,
    TransitOption,
    Venue,
)
from app.storage import ConflictError, NotFoundError, Project, ProjectError
from app.storage.migrations import CURRENT
from app.storage.project import backup_path
from app.storage.schema_version import SchemaVersion

DATA = Path(__file__).parent / "data"


def _venue() -> Venue:
    return Venue(
        name="Gate21",
        street="Liljens Kvarter 2",
        postal_code="2620",
        city="Albertslund",
        latitude=55.65,
        longitude=12.35,
        step_free_access=True,
        rooms=[
            Room(name="Sal", capacities={SeatingLayout.THEATRE: 150, SeatingLayout.CABARET: 96})
        ],
        entrances=[
            Entrance(name="Hovedindgang", latitude=55.651, longitude=12.351, step_free=True)
        ],
        transit_options=[
            TransitOption(
                mode=TransitMode.S_TRAIN,
                line="B",
                direction="Høje Taastrup",
                stop_name="Albertslund st.",
                steps=["Drej til højre.", "Ligeud."],
            )
        ],
        parking_zones=[
            ParkingZone(
                name="Gul zone",
                colour="yellow",
                guests=GuestParking.YES,
                spaces=40,
                geometry=[(55.1, 12.1), (55.2, 12.1), (55.2, 12.2)],
            )
        ],
    )


def test_round_trip_of_a_venue_and_an_event(new_location):
    path = new_location()
    with Project.create(path) as project:
        venue = project.venues.add(_venue())
        event = project.events.add(
            Event(
                title="Temamøde",
                date=dt.date(2026, 5, 4),
                start_time=dt.time(15, 30),
                end_time=dt.time(18),
                venue_id=venue.id,
                room_id=venue.rooms[0].id,
                layout=SeatingLayout.CABARET,
                programme=[
                    ProgrammeItem(
                        start=dt.time(15, 30),
                        title="Velkommen",
                        speakers=[Speaker("Steen Christiansen", "Formand")],
                    )
                ],
            )
        )
    with Project.open(path) as project:
        again = project.venues.get(venue.id)
        assert again == venue
        assert again.parking_zones[0].geometry == [(55.1, 12.1), (55.2, 12.1), (55.2, 12.2)]
        assert again.transit_options[0].steps == ["Drej til højre.", "Ligeud."]
        stored = project.events.get(event.id)
        assert stored.programme[0].speakers == [Speaker("Steen Christiansen", "Formand")]
        assert stored.layout is SeatingLayout.CABARET
        assert stored.start_time == dt.time(15, 30)


def test_save_keeps_room_ids_so_events_keep_their_room(new_location):
    with Project.create(new_location()) as project:
        venue = project.venues.add(_venue())
        room_id = venue.rooms[0].id
        event = project.events.add(Event(title="E", venue_id=venue.id, room_id=room_id))
        venue.rooms[0].name = "Store sal"
        venue.rooms.append(Room(name="Lille sal", capacities={SeatingLayout.U_SHAPE: 12}))
        saved = project.venues.save(venue)
        assert [r.name for r in saved.rooms] == ["Store sal", "Lille sal"]
        assert saved.rooms[0].id == room_id
        assert project.events.get(event.id).room_id == room_id
        assert saved.revision == venue.revision + 1


def test_a_stale_save_is_a_conflict_not_a_silent_overwrite(new_location):
    path = new_location()
    with Project.create(path) as first:
        venue = first.venues.add(_venue())
        with Project.open(path) as second:
            theirs = second.venues.get(venue.id)
            theirs.city = "Glostrup"
            second.venues.save(theirs)
        venue.notes = "mine"
        with pytest.raises(ConflictError, match="changed elsewhere"):
            first.venues.save(venue)
        assert first.venues.get(venue.id).city == "Glostrup"


def test_deleted_venue_comes_back_with_its_ids(new_location):
    with Project.create(new_location()) as project:
        venue = project.venues.add(_venue())
        project.venues.delete(venue.id)
        with pytest.raises(NotFoundError):
            project.venues.get(venue.id)
        restored = project.venues.add(venue)
        assert restored.id == venue.id and restored.rooms[0].id == venue.rooms[0].id


def test_registrations_bulk_and_counts(new_location):
    with Project.create(new_location()) as project:
        event = project.events.add(Event(title="E"))
        project.registrations.add_many(
            [
                Registration(event_id=event.id, first_name="Anne", email=" Anne@Egedal.DK "),
                Registration(
                    event_id=event.id, full_name="Bo Ek", status=RegistrationStatus.WAITLISTED
                ),
            ]
        )
        people = project.registrations.for_event(event.id)
        assert [p.name for p in people] == ["Anne", "Bo Ek"]
        assert people[0].email_key == "anne@egedal.dk"
        assert project.registrations.count_by_status(event.id)[RegistrationStatus.WAITLISTED] == 1


def test_each_added_registration_gets_the_id_of_its_own_row(new_location):
    """Many added at once are numbered in one statement: every object's new id must be the
    id of the row holding it, also after the highest ids were deleted and among undone
    deletes that come back with their old ids."""
    with Project.create(new_location()) as project:
        event = project.events.add(Event(title="E"))
        repo = project.registrations

        def people(prefix: str, count: int) -> list[Registration]:
            return [
                Registration(
                    event_id=event.id, full_name=f"{prefix} {n}", email=f"{prefix}{n}@x.dk"
                )
                for n in range(count)
            ]

        first = people("Anne", 5)
        repo.add_many(first)
        repo.delete([first[-1].id, first[-2].id])  # the highest ids are free again
        back = first[0]
        repo.delete([back.id])
        later = people("Bo", 700)
        ids = repo.add_many([*later[:300], back, *later[300:]])
        assert ids[300] == back.id
        assert len(set(ids)) == len(ids) == 701
        for r in [*later, back]:
            stored = repo.get(r.id)
            assert (stored.full_name, stored.email, stored.revision) == (
                r.full_name,
                r.email,
                r.revision,
            )


def test_a_file_that_numbers_new_registrations_otherwise_saves_none_of_them(tmp_path):
    """New ids are taken to follow the largest one in the order of the rows; a file where
    they do not (here a trigger moves one) refuses the whole batch rather than give one
    person another's id."""
    path = tmp_path / "odd.venueplan"
    with Project.create(path) as project:
        event = project.events.add(Event(title="E"))
        project.registrations.add_many([Registration(event_id=event.id, full_name="Anne Berg")])
    with sqlite3.connect(path) as conn:
        conn.execute(
            "CREATE TRIGGER renumber AFTER INSERT ON registrations WHEN NEW.full_name = 'Bo Dahl' "
            "BEGIN UPDATE registrations SET id = id + 1000 WHERE id = NEW.id; END"
        )
    conn.close()
    with Project.open(path) as project:
        newcomers = [
            Registration(event_id=event.id, full_name=name)
            for name in ("Carl Ebbe", "Bo Dahl", "Dorte Friis")
        ]
        with pytest.raises(ProjectError, match="not numbered in order; nothing was saved"):
            project.registrations.add_many(newcomers)
        names = [r.full_name for r in project.registrations.for_event(event.id)]
    assert names == ["Anne Berg"]


def test_migrates_a_version_1_file_after_backing_it_up(tmp_path):
    path = tmp_path / "old.venueplan"
    shutil.copy(DATA / "project_v1.venueplan", path)
    original = path.read_bytes()
    with Project.open(path) as project:
        assert project.migrated_from == SchemaVersion(1, 0)
        assert project.schema_version() == CURRENT
        assert project.backup == backup_path(path, SchemaVersion(1, 0))
        venue = project.venues.get(1)
        assert venue.name == "Egedal Rådhus" and venue.coordinates_approximate is False
        assert venue.transit_options[0].line == "C"
        assert venue.entrances == []
        event = project.events.get(1)
        assert event.no_show_rate == 0.0 and event.programme[0].title == "Velkommen"
        assert project.registrations.for_event(1)[0].email == "anne@egedal.dk"
        # The new parts of the schema work on the migrated file.
        venue.entrances.append(Entrance(name="Hovedindgang", latitude=55.77, longitude=12.18))
        project.venues.save(venue)
        assert project.integrity_ok()
    assert backup_path(path, SchemaVersion(1, 0)).read_bytes() == original
    with Project.open(path) as project:  # a second open does not migrate again
        assert project.migrated_from is None


def test_refuses_a_file_from_a_newer_major_version(tmp_path):
    path = tmp_path / "new.venueplan"
    Project.create(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "UPDATE meta SET value = ? WHERE key = 'schema_version'", (f"{CURRENT.major + 1}.0",)
        )
    before = path.read_bytes()
    with pytest.raises(ProjectError, match="newer Venueplan"):
        Project.open(path)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "content", [b"", b"hello, not a database", b"SQLite format 3\x00" + b"\x00" * 50]
)
def test_refuses_files_that_are_not_projects(tmp_path, content):
    path = tmp_path / "x.venueplan"
    path.write_bytes(content)
    with pytest.raises(ProjectError, match="x.venueplan: is not a Venueplan project"):
        Project.open(path)


def test_refuses_another_apps_sqlite_database(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE meta (key TEXT, value TEXT)")
        conn.execute("INSERT INTO meta VALUES ('app', 'someone-else')")
    with pytest.raises(ProjectError, match="is not a Venueplan project"):
        Project.open(path)
    with pytest.raises(ProjectError, match="no such file"):
        Project.open(tmp_path / "missing.venueplan")


def test_save_a_copy(any_sample_project, tmp_path):
    copy = any_sample_project.save_copy_as(tmp_path / "copy.venueplan")
    with Project.open(copy) as project:
        assert [v.name for v in project.venues.all()] == [
            v.name for v in any_sample_project.venues.all()
        ]
        assert project.registrations.for_event(1) == any_sample_project.registrations.for_event(1)


def test_paths_with_spaces_and_uri_characters(tmp_path):
    folder = tmp_path / "KKR møder #2 ?"
    folder.mkdir()
    path = folder / "Kickoff 50% .venueplan"
    Project.create(path).close()
    with Project.open(path) as project:
        assert project.venues.all() == []
