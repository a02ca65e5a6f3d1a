"""The window paints first and opens its project after: "Opening…" in its lists meanwhile,
the file read on a worker, and a file that does not open named in one line."""

from __future__ import annotations

import shutil

import pytest
from gate import Gate
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

import app.ui.project_opening as project_opening
from app.ui.list_models import VenueListModel
from app.ui.main_window import MainWindow
from app.ui.preferences import LANGUAGE_KEY
from app.ui.workers import active_workers
from tests.test_i18n import app_language, built  # noqa: F401 - fixtures used below

LONGEST_MS = 30_000


@pytest.fixture
def held_open(monkeypatch):
    """Every project open waits on its worker until the test opens the gate."""
    gate = Gate(project_opening.open_first)
    monkeypatch.setattr(project_opening, "open_first", gate)
    yield gate
    gate.open()  # never left holding a worker, whatever the test did


@pytest.fixture
def warnings(monkeypatch):
    """The warnings the window shows, as (title, text), instead of modal boxes."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *rest: shown.append((title, text))
    )
    return shown


def _window(qtbot, settings) -> MainWindow:
    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _venue_names(window: MainWindow) -> list[str]:
    proxy = window.venues_page.proxy
    return [proxy.index(row, VenueListModel.NAME).data() for row in range(proxy.rowCount())]


def test_the_window_says_opening_until_its_project_is_open_then_fills_its_lists(
    qtbot, held_open, sample_path, settings
):
    window = _window(qtbot, settings)
    window.open_path(sample_path)
    qtbot.waitUntil(held_open.entered.is_set, timeout=LONGEST_MS)
    assert held_open.held_off_the_ui_thread()
    # The window is there and answers: its pages named, its lists saying what happens.
    assert window.opening_view.isVisible()
    assert window.opening_view.text() == "Opening…"
    assert [window.nav.item(r).text() for r in range(window.nav.count())] == [
        "Venues",
        "Events",
        "Registrations",
        "Capacity",
        "Map",
    ]
    assert window.statusBar().currentMessage() == "Opening sample.venueplan…"
    # Nothing that needs the project is offered before it is open.
    assert not window.nav.isEnabled()
    assert not window.import_action.isEnabled() and not window.copy_action.isEnabled()
    assert not window.documents_menu.isEnabled() and not window.tools_menu.isEnabled()
    assert not window.undo_action.isEnabled()
    assert window.open_action.isEnabled()
    assert window.project is None

    with qtbot.waitSignal(window.project_opened, timeout=LONGEST_MS):
        held_open.open()
    assert not window.opening_view.isVisible()
    assert window.venues_page.view.isVisible()
    assert "Gate21" in _venue_names(window)
    assert window.events_page.list_model.rowCount() == 5
    assert window.windowTitle() == "sample — Venueplan"
    assert window.nav.isEnabled() and window.import_action.isEnabled()
    assert window.documents_menu.isEnabled() and window.tools_menu.isEnabled()
    # The event listed first is the chosen one, on the pages built after the lists.
    chosen = window.events_page.current_id()
    assert chosen is not None and window.current_event_id == chosen
    assert window.registrations_view.event_id == chosen
    assert window.registrations_page.picker.currentData() == chosen
    qtbot.waitUntil(lambda: active_workers() == 0, timeout=LONGEST_MS)


def test_opening_another_project_says_opening_and_a_damaged_one_leaves_the_first_shown(
    qtbot, window, held_open, tmp_path, warnings
):
    damaged = tmp_path / "ødelagt.venueplan"
    damaged.write_text("not a project")
    before = _venue_names(window)
    window.open_path(damaged)
    qtbot.waitUntil(held_open.entered.is_set, timeout=LONGEST_MS)
    assert window.opening_view.isVisible() and window.opening_view.text() == "Opening…"
    assert not window.nav.isEnabled()

    held_open.open()
    qtbot.waitUntil(lambda: warnings != [], timeout=LONGEST_MS)
    assert warnings == [("Cannot open project", "ødelagt.venueplan is not a Venueplan project.")]
    # The project shown before is still there, and usable.
    assert window.venues_page.view.isVisible() and _venue_names(window) == before
    assert window.project is not None and window.project.path.name == "sample.venueplan"
    assert window.nav.isEnabled() and window.import_action.isEnabled()
    assert str(damaged.resolve()) not in window.recent.paths()


def test_a_last_file_that_no_longer_opens_gives_its_line_and_the_sample_opens(
    qtbot, sample_path, tmp_path, warnings
):
    broken = tmp_path / "broken.venueplan"
    broken.write_text("not a project")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("lastFile", str(broken))
    window = _window(qtbot, settings)
    with qtbot.waitSignal(window.project_opened, timeout=LONGEST_MS):
        window.open_at_start(None, tmp_path / "data")
    qtbot.waitUntil(lambda: warnings != [], timeout=LONGEST_MS)
    assert warnings == [("Venueplan", "broken.venueplan is not a Venueplan project.")]
    assert window.project is not None
    assert window.project.path == tmp_path / "data" / "Sample project.venueplan"
    assert "Gate21" in _venue_names(window)
    qtbot.waitUntil(lambda: active_workers() == 0, timeout=LONGEST_MS)


def test_the_danish_window_says_aabner(qtbot, app_language, held_open, sample_path, tmp_path):  # noqa: F811
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, "da")
    app_language(settings)
    window = _window(qtbot, settings)
    window.open_path(sample_path)
    qtbot.waitUntil(held_open.entered.is_set, timeout=LONGEST_MS)
    assert window.opening_view.text() == "Åbner…"
    assert window.nav.item(0).text() == "Mødesteder"
    assert window.statusBar().currentMessage() == "Åbner sample.venueplan…"
    with qtbot.waitSignal(window.project_opened, timeout=LONGEST_MS):
        held_open.open()
    assert window.venues_page.view.isVisible()
    qtbot.waitUntil(lambda: active_workers() == 0, timeout=LONGEST_MS)


def test_a_window_closed_while_its_project_opens_closes_that_project(
    qtbot, held_open, sample_path, settings
):
    """Nothing is left open (or built) for a window that has gone."""
    closed = []
    real_open = held_open.fn

    def noting(*args, **kwargs):
        result = real_open(*args, **kwargs)
        real_close = result.project.close

        def close() -> None:
            closed.append(result.project.path.name)
            real_close()

        result.project.close = close
        return result

    held_open.fn = noting
    window = _window(qtbot, settings)
    window.open_path(sample_path)
    qtbot.waitUntil(held_open.entered.is_set, timeout=LONGEST_MS)
    held_open.open()
    window.close()
    assert closed == ["sample.venueplan"]
    assert window.project is None


def test_open_recent_opens_the_same_way(qtbot, window, held_open, tmp_path):
    # The first project's pages are done loading (their counts go to the status bar).
    qtbot.waitUntil(lambda: active_workers() == 0, timeout=LONGEST_MS)
    other = tmp_path / "kopi.venueplan"
    shutil.copy(window.project.path, other)
    window.recent.remember(other)
    window.recent.remember(window.project.path)  # the open one first, the copy second
    entry = next(a for a in window.recent_menu.actions() if a.toolTip() == str(other.resolve()))
    entry.trigger()
    qtbot.waitUntil(held_open.entered.is_set, timeout=LONGEST_MS)
    assert window.opening_view.isVisible() and window.opening_view.text() == "Opening…"
    assert window.statusBar().currentMessage() == "Opening kopi.venueplan…"
    with qtbot.waitSignal(window.project_opened, timeout=LONGEST_MS):
        held_open.open()
    assert window.project is not None and window.project.path.name == "kopi.venueplan"
    assert window.windowTitle() == "kopi — Venueplan"
    assert "Gate21" in _venue_names(window)
    qtbot.waitUntil(lambda: active_workers() == 0, timeout=LONGEST_MS)


def test_a_window_whose_list_never_paints_still_gets_its_other_pages(
    qtbot, sample_path, settings, monkeypatch
):
    """Minimised or covered, a window paints nothing: its other pages come all the same."""
    import app.ui.startup as startup

    monkeypatch.setattr(startup, "after_first_paint", lambda widget, then: None)
    window = _window(qtbot, settings)
    with qtbot.waitSignal(window.project_opened, timeout=LONGEST_MS):
        window.open_path(sample_path)
    assert window.registrations_page.picker.count() == 5
    assert window.documents_menu.isEnabled()
    qtbot.waitUntil(lambda: active_workers() == 0, timeout=LONGEST_MS)
