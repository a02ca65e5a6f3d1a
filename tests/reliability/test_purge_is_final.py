"""A purge is final: no undo or redo, in this window or another one on the same file,
brings deleted personal data back; backups made before upgrades (which hold the data as it
was) are deleted with it and the message says so; reading an old file makes no backup."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.application import run
from app.application.history import History
from app.application.privacy import PurgePersonalData
from app.application.registrations import AddRegistration, DeleteRegistrations
from app.cli import main
from app.domain import Registration
from app.storage import ConflictError, Project
from app.ui.workers import active_workers

DATA = Path(__file__).resolve().parents[1] / "data"
EVENT = 1


def _person(name: str, email: str) -> Registration:
    return Registration(event_id=EVENT, full_name=name, email=email, dietary="glutenfri")


def _record(history: History, project, command, label: str) -> None:
    history.record(label, "registrations", EVENT, run(project, command))


def test_an_undo_after_a_purge_in_another_window_is_refused(sample_project):
    """Window B deleted Anna by hand; window A purged the event: B's undo would put her
    name and e-mail back in the file."""
    history = History()
    _record(history, sample_project, AddRegistration(EVENT, _person("Anna Berg", "a@x.dk")), "Add")
    anna = sample_project.registrations.for_event(EVENT)[0]
    _record(history, sample_project, DeleteRegistrations(EVENT, [anna.id]), "Delete")
    run(sample_project, PurgePersonalData([EVENT]))
    with pytest.raises(ConflictError, match="can no longer be undone or redone"):
        history.undo(sample_project)
    assert sample_project.registrations.for_event(EVENT) == []
    assert b"Anna Berg" not in sample_project.path.read_bytes()


def test_a_redo_of_an_undone_add_after_a_purge_is_refused(sample_project):
    history = History()
    _record(history, sample_project, AddRegistration(EVENT, _person("Bo Holm", "b@x.dk")), "Add")
    history.undo(sample_project)
    run(sample_project, PurgePersonalData([EVENT], needs_only=True))
    with pytest.raises(ConflictError, match="can no longer be undone or redone"):
        history.redo(sample_project)
    assert sample_project.registrations.for_event(EVENT) == []


def test_the_window_ends_its_history_and_says_so(qtbot, window, monkeypatch):
    """Delete by hand, purge, Edit > Undo: nothing to undo, and the message said why."""
    window.set_current_event(EVENT)
    view = window.registrations_view
    run(window.project, AddRegistration(EVENT, _person("Carl Dam", "c@x.dk")))
    view.set_event(EVENT)
    view.reload()
    qtbot.waitUntil(
        lambda: view.model.rowCount() == 1 and not view.is_busy() and active_workers() == 0,
        timeout=30_000,
    )
    view.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.delete_selected()
    qtbot.waitUntil(lambda: window.project.registrations.for_event(EVENT) == [], timeout=15_000)
    qtbot.waitUntil(lambda: window.edits.undo_action.isEnabled(), timeout=15_000)
    messages: list[str] = []
    window.privacy.purged.connect(messages.append)
    window.privacy.ask_and_purge(EVENT, needs_only=False)
    qtbot.waitUntil(lambda: bool(messages), timeout=15_000)
    assert messages[0].startswith("Personal data deleted for ")
    assert "earlier edits can no longer be undone" in messages[0]
    assert not window.edits.undo_action.isEnabled()
    window.edits.undo_action.trigger()
    assert window.project.registrations.for_event(EVENT) == []
    assert b"Carl Dam" not in window.project.path.read_bytes()


def test_a_purge_deletes_the_backups_made_before_upgrades_and_says_so(
    qtbot, tmp_path, settings, monkeypatch
):
    from app.ui.main_window import MainWindow

    old = tmp_path / "gammel.venueplan"
    shutil.copy(DATA / "project_v1.venueplan", old)
    with Project.open(old) as upgraded:  # opened for writing: upgraded, after a backup
        backup = upgraded.backup
    assert backup is not None and backup.parent == tmp_path
    assert b"@" in backup.read_bytes()  # the backup holds the participants' e-mails
    window = MainWindow(Project.open(old), settings)
    qtbot.addWidget(window)
    messages: list[str] = []
    window.privacy.purged.connect(messages.append)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.privacy.ask_and_purge(window.project.events.all()[0].id, needs_only=False)
    qtbot.waitUntil(lambda: bool(messages), timeout=15_000)
    assert (
        "1 backup(s) made before upgrades, which still held the data, were deleted."
        in (messages[0])
    )
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".venueplan") == [
        "gammel.venueplan"
    ]


def test_reading_an_old_file_makes_no_backup(tmp_path, capsys):
    old = tmp_path / "gammel.venueplan"
    shutil.copy(DATA / "project_v1.venueplan", old)
    for argv in (["list", old, "events"], ["capacity", old, "--event", "1"]):
        assert main([str(a) for a in argv]) == 0
    assert [p.name for p in tmp_path.iterdir()] == ["gammel.venueplan"]
