"""Test set-up: headless Qt, and temporary home, data and settings folders for every run.

The environment is set here, before anything imports Qt, so that no test reaches
the real user's files or settings.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

_HOME = Path(tempfile.mkdtemp(prefix="venueplan-tests-home-"))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Chromium refuses to run as root with its sandbox; only tests and headless runs set this.
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
os.environ["HOME"] = str(_HOME)
os.environ["USERPROFILE"] = str(_HOME)
for var, sub in (
    ("XDG_CONFIG_HOME", "config"),
    ("XDG_DATA_HOME", "data"),
    ("XDG_CACHE_HOME", "cache"),
    ("XDG_RUNTIME_DIR", "runtime"),
):
    os.environ[var] = str(_HOME / sub)
    (_HOME / sub).mkdir(mode=0o700, exist_ok=True)
os.environ["VENUEPLAN_NO_NETWORK"] = "1"
# No test reads or writes the real keyring; tests of stored passwords set their own.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
# libpq's own password sources stay out too.
for var in ("PGPASSWORD", "PGPASSFILE", "PGSERVICE", "PGHOST", "PGUSER", "PGDATABASE"):
    os.environ.pop(var, None)

import pytest
from hypothesis import settings as hypothesis_settings

# The same examples on every run, so CI is repeatable; VENUEPLAN_FUZZ=long explores more.
hypothesis_settings.register_profile("ci", derandomize=True, deadline=None)
hypothesis_settings.register_profile("long", max_examples=2000, deadline=None)
hypothesis_settings.load_profile("long" if os.environ.get("VENUEPLAN_FUZZ") == "long" else "ci")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


@pytest.fixture(scope="session", autouse=True)
def _release_web_engine_at_the_end():
    """Web pages must go before their profiles, or the process crashes on exit."""
    yield
    if "PySide6.QtWebEngineCore" in sys.modules:
        from app.ui.map_page import release_web_engine

        release_web_engine()


@pytest.fixture
def sample_path(tmp_path) -> Path:
    from app.services.sample_project import write_sample

    path = tmp_path / "sample.venueplan"
    write_sample(path).close()
    return path


@pytest.fixture
def sample_project(sample_path):
    from app.storage import Project

    with Project.open(sample_path) as project:
        yield project


@pytest.fixture
def settings(tmp_path):
    """The window's settings in a file of the test's own."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, sample_path, settings):
    """The main window, shown, on a fresh copy of the sample project, opened the way the
    app opens one (on a worker, the window saying "Opening…" meanwhile), and waited for."""
    from app.ui.main_window import MainWindow

    win = MainWindow(None, settings)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.project_opened, timeout=30_000):
        win.open_path(sample_path)
    return win


@pytest.fixture
def online(monkeypatch):
    """Network allowed for this test; only the tests' own servers on 127.0.0.1 are reached."""
    monkeypatch.delenv("VENUEPLAN_NO_NETWORK", raising=False)


@pytest.fixture
def drained_pool():
    """After the test, every worker has ended: none may outlive its test and touch a
    deleted dialog or a closed project."""
    yield
    from PySide6.QtCore import QThreadPool

    assert QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def english_ui(qapp):
    """The English plural forms the app loads for an English window ("1 seat", "2 seats");
    without them a numerus text shows its source, "%n seat(s)"."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(ROOT / "resources" / "translations" / "venueplan_en.qm"))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture(scope="session")
def pg_cluster():
    """A PostgreSQL server of the test run's own (tests/pg_cluster.py)."""
    from pg_cluster import Cluster

    cluster = Cluster().start()
    yield cluster
    cluster.stop()


@pytest.fixture(params=["file", "server"])
def engine_kind(request) -> str:
    """Run the test once on a project file and once on a project on a PostgreSQL server."""
    return request.param


@pytest.fixture
def new_location(request, engine_kind, tmp_path):
    """Where to make new projects, as `Project.create` takes it: a file in the test's
    folder, or an empty database on the test server. Call it for each new project."""
    names = iter(range(1, 1000))

    def make(name: str = "p") -> str:
        if engine_kind == "file":
            return str(tmp_path / f"{name}{next(names)}.venueplan")
        cluster = request.getfixturevalue("pg_cluster")
        return cluster.url(cluster.new_database())

    return make


@pytest.fixture
def copy_of(request, engine_kind, tmp_path):
    """A fresh, independent copy of a closed project (a file copied, or a database made
    from it as a template); its location."""
    import shutil

    names = iter(range(1, 100_000))

    def make(location: str) -> str:
        if engine_kind == "file":
            return str(shutil.copy(location, tmp_path / f"copy{next(names)}.venueplan"))
        cluster = request.getfixturevalue("pg_cluster")
        return cluster.url(cluster.new_database(template=cluster.database_of(location)))

    return make


@pytest.fixture
def sample_location(engine_kind, sample_path, new_location) -> str:
    """The sample project as a file, or copied onto the test server."""
    if engine_kind == "file":
        return str(sample_path)
    from app.storage import Project
    from app.storage.copy import copy_project

    location = new_location()
    with Project.open(sample_path, read_only=True) as source:
        copy_project(source, location)
    return location


@pytest.fixture
def any_sample_project(sample_location):
    """The sample project open, on either engine."""
    from app.storage import Project

    with Project.open(sample_location) as project:
        yield project
