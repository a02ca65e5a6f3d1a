"""A project file's states told apart: read-only (the file or its folder), busy, disk full,
damaged, from a newer version, each with its own message; a read-only project opens
read-only (the window says so and offers no editing), an old format in a read-only place
without being upgraded or backed up."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.storage import Project
from app.storage.errors import (
    BusyProjectError,
    DamagedProjectError,
    DiskFullError,
    NewerProjectError,
    ReadOnlyProjectError,
)
from app.storage.file_state import classify

DATA = Path(__file__).resolve().parents[1] / "data"


def _cli(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def people(tmp_path) -> Path:
    path = tmp_path / "people.csv"
    path.write_text("Navn;E-mail\nAnna Berg;anna@example.dk\n")
    return path


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_project_reads_and_refuses_changes_as_read_only(
    sample_path, people, capsys, what
):
    locked = sample_path if what == "file" else sample_path.parent
    before = _digest(sample_path)
    locked.chmod(0o555 if what == "folder" else 0o444)
    try:
        code, out, _ = _cli(capsys, "list", sample_path, "events")
        assert code == 0 and len(out.splitlines()) == 5
        code, _, err = _cli(capsys, "import", sample_path, "--event", 1, people)
        assert (code, err) == (
            1,
            f"venueplan: {sample_path.name}: is read-only, so changes cannot be saved; "
            "save a copy elsewhere to edit.\n",
        )
        with Project.open(sample_path) as project:
            assert project.read_only
            event = project.events.get(1)
            event.title = "Ændret"
            with pytest.raises(ReadOnlyProjectError):
                project.events.save(event)
    finally:
        locked.chmod(0o755 if what == "folder" else 0o644)
    assert _digest(sample_path) == before


def test_an_old_format_in_a_read_only_place_opens_without_upgrade_or_backup(tmp_path, capsys):
    folder = tmp_path / "shared"
    folder.mkdir()
    old = folder / "gammel.venueplan"
    shutil.copy(DATA / "project_v1.venueplan", old)
    before = _digest(old)
    folder.chmod(0o555)
    try:
        code, out, err = _cli(capsys, "list", old, "events")
        assert (code, err) == (0, "") and "Politisk dialogmøde" in out
        with Project.open(old) as project:
            assert project.read_only and project.backup is None
            assert project.migrated_from is not None
            assert [e.title for e in project.events.all()] == ["Politisk dialogmøde"]
    finally:
        folder.chmod(0o755)
    assert _digest(old) == before
    assert sorted(p.name for p in folder.iterdir()) == ["gammel.venueplan"]


def test_a_command_that_only_reads_leaves_an_old_format_as_it_is(tmp_path, capsys):
    """Only a change upgrades the file (and backs it up first)."""
    old = tmp_path / "gammel.venueplan"
    shutil.copy(DATA / "project_v1.venueplan", old)
    before = _digest(old)
    for argv in (["list", old, "events"], ["show", old, "event", 1, "--json"]):
        assert _cli(capsys, *argv)[0] == 0
    assert _digest(old) == before and sorted(p.name for p in tmp_path.iterdir()) == [
        "gammel.venueplan"
    ]


def test_the_window_opens_a_read_only_project_read_only(qtbot, sample_path, settings):
    from app.ui.main_window import MainWindow

    sample_path.chmod(0o444)
    try:
        window = MainWindow(Project.open(sample_path), settings)
        qtbot.addWidget(window)
        window.show()
        assert "(read-only)" in window.windowTitle()
        assert "read-only" in window.project_label.text()
        assert not window.import_action.isEnabled()
        assert not window.events_page.new_button.isEnabled()
        tabs = window.events_page.editor.tabs
        assert not any(tabs.widget(i).isEnabled() for i in range(tabs.count()))
        assert not window.purge_button.isVisible()
        window.set_current_event(1)
        window.registrations_view.set_event(1)
        assert not window.registrations_view.import_button.isEnabled()
        assert not window.registrations_view.add_button.isEnabled()
    finally:
        sample_path.chmod(0o644)


def test_save_a_copy_onto_the_open_project_is_refused(sample_project):
    with pytest.raises(ReadOnlyProjectError, match="is this project itself"):
        sample_project.save_copy_as(sample_project.path)
    event = sample_project.events.get(1)
    event.title = "Stadig skrivbar"
    sample_project.events.save(event)  # the project is still the file it was


def test_each_state_has_its_own_error_and_message():
    cases = [
        (sqlite3.OperationalError("attempt to write a readonly database"), ReadOnlyProjectError),
        (sqlite3.OperationalError("database is locked"), BusyProjectError),
        (sqlite3.OperationalError("database or disk is full"), DiskFullError),
        (sqlite3.DatabaseError("database disk image is malformed"), DamagedProjectError),
        (OSError(28, "No space left on device"), DiskFullError),
    ]
    messages = set()
    for error, kind in cases:
        problem = classify(error, "p.venueplan")
        assert type(problem) is kind and str(problem).startswith("p.venueplan: ")
        messages.add(str(problem).split(" (")[0])
    assert len(messages) == len(cases) - 1  # the two disk-full cases read alike


def test_a_file_from_a_newer_version_and_a_damaged_one_say_so(tmp_path, sample_path):
    newer = tmp_path / "newer.venueplan"
    shutil.copy(sample_path, newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE meta SET value = '99.0' WHERE key = 'schema_version'")
    with pytest.raises(NewerProjectError, match="saved by a newer Venueplan"):
        Project.open(newer)
    damaged = tmp_path / "damaged.venueplan"
    damaged.write_bytes(sample_path.read_bytes()[:100] + b"\x00" * 5000)
    with pytest.raises(DamagedProjectError):
        Project.open(damaged)


def test_a_project_busy_in_another_program_says_so(sample_path, people, capsys):
    """Another program holds the write lock for longer than the app waits (10 s)."""
    holder = sqlite3.connect(sample_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        code, _, err = _cli(capsys, "import", sample_path, "--event", 1, people)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert (code, err) == (
        1,
        f"venueplan: {sample_path.name}: is busy in another program or window; "
        "try again in a moment.\n",
    )
