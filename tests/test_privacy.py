"""GDPR: deletion dates, and a purge that leaves no trace of names in the file's bytes."""
import datetime as dt

from app.domain import Event, Registration, RegistrationStatus
from app.domain.privacy import add_months, deletion_date, purge_due
from app.services.privacy import purge_event
from app.storage import Project


def test_deletion_date_defaults_to_months_after_the_event():
    event = Event(title="E", date=dt.date(2024, 8, 31))
    assert deletion_date(event, 6) == dt.date(2025, 2, 28)
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    event.personal_data_delete_on = dt.date(2024, 10, 1)
    assert deletion_date(event, 6) == dt.date(2024, 10, 1)
    assert deletion_date(Event(title="undated"), 6) is None


def test_purge_is_due_once_the_date_passes_and_only_until_done():
    event = Event(title="E", date=dt.date(2024, 4, 30))
    assert not purge_due(event, dt.date(2024, 10, 29), 6)
    assert purge_due(event, dt.date(2024, 10, 30), 6)
    event.personal_data_purged_on = dt.date(2024, 11, 1)
    assert not purge_due(event, dt.date(2025, 1, 1), 6)


def _people(event_id):
    return [Registration(event_id=event_id, first_name=f"Zacharias{i}", last_name="Quistgaard",
                         email=f"zq{i}@example-kommune.dk", phone="+45 12 34 56 78",
                         organisation="Greve Kommune", invitee_group="Handicapråd",
                         dietary="glutenfri", accessibility="kørestol", by_car=True,
                         status=RegistrationStatus.REGISTERED if i < 8 else RegistrationStatus.WAITLISTED)
            for i in range(10)]


def test_purge_removes_names_and_contacts_from_the_raw_file_but_keeps_counts(tmp_path):
    path = tmp_path / "p.venueplan"
    with Project.create(path) as project:
        event = project.events.add(Event(title="Kickoff", date=dt.date(2024, 5, 31)))
        project.registrations.add_many(_people(event.id))
        project.registrations.log(event.id, "Zacharias9 Quistgaard moved up from the waiting list")
        assert b"Quistgaard" in path.read_bytes()
        assert purge_event(project, event.id, today=dt.date(2024, 12, 1)) == 10
        counts = project.registrations.count_by_status(event.id)
        assert counts[RegistrationStatus.REGISTERED] == 8 and counts[RegistrationStatus.WAITLISTED] == 2
        people = project.registrations.for_event(event.id)
        assert {p.organisation for p in people} == {"Greve Kommune"}
        assert all(p.by_car and not p.email and not p.name for p in people)
        assert project.events.get(event.id).personal_data_purged_on == dt.date(2024, 12, 1)
    raw = path.read_bytes()
    for needle in (b"Quistgaard", b"Zacharias", b"example-kommune.dk", b"glutenfri", b"k\xc3\xb8restol"):
        assert needle not in raw


def test_needs_can_be_purged_on_their_own(tmp_path):
    path = tmp_path / "p.venueplan"
    with Project.create(path) as project:
        event = project.events.add(Event(title="Kickoff"))
        project.registrations.add_many(_people(event.id))
        purge_event(project, event.id, needs_only=True, today=dt.date(2024, 6, 1))
        people = project.registrations.for_event(event.id)
        assert all(p.name and p.email and not p.dietary and not p.accessibility for p in people)
        assert project.events.get(event.id).needs_purged_on == dt.date(2024, 6, 1)
    raw = path.read_bytes()
    assert b"glutenfri" not in raw and b"Quistgaard" in raw
