"""Start-up: which project opens, the user's copy of the sample, and the GUI's smoke run."""

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from app.paths import sample_project_data
from app.storage import Project
from app.ui import application

ROOT = Path(__file__).resolve().parent.parent


def test_first_start_opens_a_copy_of_the_sample_in_the_data_folder(tmp_path, monkeypatch, qapp):
    monkeypatch.setattr(application, "data_dir", lambda: tmp_path / "data")
    bundled = sample_project_data().read_bytes()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    project, problem = application.choose_project(None, settings)
    with project:
        assert problem == ""
        assert project.path == tmp_path / "data" / "Sample project.venueplan"
        assert len(project.events.all()) == 5
        venue = project.venues.all()[0]
        venue.notes = "changed by the user"
        project.venues.save(venue)
    # The next start finds the same copy, edits kept; the bundled data never changes.
    project, _ = application.choose_project(None, settings)
    with project:
        assert any(v.notes == "changed by the user" for v in project.venues.all())
    assert sample_project_data().read_bytes() == bundled


def test_a_broken_last_file_falls_back_to_the_sample_with_a_message(tmp_path, monkeypatch, qapp):
    monkeypatch.setattr(application, "data_dir", lambda: tmp_path / "data")
    broken = tmp_path / "broken.venueplan"
    broken.write_text("not a project")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("lastFile", str(broken))
    project, problem = application.choose_project(None, settings)
    with project:
        assert problem == "broken.venueplan: is not a Venueplan project."
        assert project.path.name == "Sample project.venueplan"


def test_the_gui_starts_and_closes_in_smoke_mode(tmp_path, sample_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "app", str(sample_path), "--smoke"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    with Project.open(sample_path) as project:
        assert project.integrity_ok()


def test_a_server_project_last_time_is_connected_to_once_the_window_shows(
    tmp_path, monkeypatch, qapp
):
    """Reaching a server can take seconds and may need a password: the window opens on the
    user's own project at once, and Connect to Server… then connects on a worker."""
    monkeypatch.setattr(application, "data_dir", lambda: tmp_path / "data")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("lastFile", "postgresql://anna@db.example.dk/kkr")
    assert application.server_at_start(None, settings) == "postgresql://anna@db.example.dk/kkr"
    project, problem = application.choose_project(None, settings)
    with project:
        assert problem == ""
        assert project.path.name == "Sample project.venueplan"
    url = "postgresql://bo@127.0.0.1/kkr"
    assert application.server_at_start(url, settings) == url
    assert application.server_at_start(str(tmp_path / "x.venueplan"), settings) == ""
