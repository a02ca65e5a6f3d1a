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
    return [
        Registration(
            event_id=event_id,
            first_name=f"Zacharias{i}",
            last_name="Quistgaard",
            email=f"zq{i}@example-kommune.dk",
            phone="+45 12 34 56 78",
            organisation="Greve Kommune",
            invitee_group="Handicapråd",
            dietary="glutenfri",
            accessibility="kørestol",
            by_car=True,
            status=RegistrationStatus.REGISTERED if i < 8 else RegistrationStatus.WAITLISTED,
        )
        for i in range(10)
    ]


def test_purge_removes_names_and_contacts_from_the_raw_file_but_keeps_counts(tmp_path):
    path = tmp_path / "p.venueplan"
    with Project.create(path) as project:
        event = project.events.add(Event(title="Kickoff", date=dt.date(2024, 5, 31)))
        project.registrations.add_many(_people(event.id))
        project.registrations.log(event.id, "Zacharias9 Quistgaard moved up from the waiting list")
        assert b"Quistgaard" in path.read_bytes()
        assert purge_event(project, event.id, today=dt.date(2024, 12, 1)) == 10
        counts = project.registrations.count_by_status(event.id)
        assert (
            counts[RegistrationStatus.REGISTERED] == 8
            and counts[RegistrationStatus.WAITLISTED] == 2
        )
        people = project.registrations.for_event(event.id)
        assert {p.organisation for p in people} == {"Greve Kommune"}
        assert all(p.by_car and not p.email and not p.name for p in people)
        assert project.events.get(event.id).personal_data_purged_on == dt.date(2024, 12, 1)
    raw = path.read_bytes()
    for needle in (
        b"Quistgaard",
        b"Zacharias",
        b"example-kommune.dk",
        b"glutenfri",
        b"k\xc3\xb8restol",
    ):
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


def test_the_window_offers_due_purges_and_carries_them_out(
    qtbot, sample_path, tmp_path, monkeypatch
):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from app.ui.main_window import MainWindow

    with Project.open(sample_path) as project:
        kickoff = next(e for e in project.events.all() if e.title.startswith("Kickoff"))
        project.registrations.add_many(_people(kickoff.id))
    window = MainWindow(
        Project.open(sample_path), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    window.show()
    # 31 May 2024 + 6 months has long passed; the check runs off the UI thread.
    qtbot.waitUntil(window.purge_button.isVisible, timeout=10_000)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.purge_button.click()
    qtbot.waitUntil(lambda: not window.purge_button.isVisible(), timeout=10_000)
    people = window.project.registrations.for_event(kickoff.id)
    assert len(people) == 10 and not any(p.name or p.email for p in people)
    # The event can still be edited after the purge moved it on a revision.
    window.nav.setCurrentRow(1)
    window.events_page.select(kickoff.id)
    editor = window.events_page.editor
    editor.form.widget("organiser").setText("KKR Sjælland")
    editor.form.widget("organiser").editingFinished.emit()
    qtbot.waitUntil(lambda: not window.edits.is_busy(), timeout=10_000)
    assert window.project.events.get(kickoff.id).organiser == "KKR Sjælland"
