"""While its project opens, the window shows a first look at the list of the page it will
show (read without SQLAlchemy), and the real page takes its place: same rows, same order,
the row the user chose still chosen."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from gate import Gate
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QHeaderView

import app.ui.project_opening as project_opening
from app.storage import Project
from app.ui.list_models import EventListModel, VenueListModel
from app.ui.main_window import MainWindow
from app.ui.preferences import LANGUAGE_KEY
from app.ui.workers import active_workers
from tests.test_i18n import app_language, built  # noqa: F401 - fixtures used below

LONGEST_MS = 30_000
DATA = Path(__file__).parent / "data"


@pytest.fixture
def held_open(monkeypatch):
    """Every project open waits on its worker, after its first look, until the test lets
    it go on."""
    gate = Gate(project_opening.open_first)
    monkeypatch.setattr(project_opening, "open_first", gate)
    pool = QThreadPool.globalInstance()
    threads = pool.maxThreadCount()
    pool.setMaxThreadCount(max(threads, 4))  # held workers leave others a thread
    yield gate
    gate.open()
    QThreadPool.globalInstance().waitForDone(LONGEST_MS)
    pool.setMaxThreadCount(threads)


def _window(qtbot, settings, page: int = 0) -> MainWindow:
    settings.setValue("mainWindow/page", page)
    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _rows(view, column: int) -> list[str]:
    model = view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _first_look_shown(window: MainWindow) -> bool:
    look = window.opening_view.look
    return look is not None and look.isVisible() and look.model().rowCount() > 0


def _everything_queued_delivered() -> None:
    """What the workers have sent the window so far, delivered now (no waiting)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)


def _laid_out() -> None:
    """Pending layouts done now, as Qt does them before it paints (no waiting)."""
    for _ in range(5):  # a layout done may ask its parent's again
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def _hidden_columns(view) -> list[int]:
    return [c for c in range(view.model().columnCount()) if view.isColumnHidden(c)]


def test_the_venue_list_shows_before_the_project_is_open_and_the_page_takes_its_place(
    qtbot, held_open, sample_path, settings
):
    window = _window(qtbot, settings)
    window.open_path(sample_path)
    qtbot.waitUntil(lambda: _first_look_shown(window), timeout=LONGEST_MS)
    assert held_open.held_off_the_ui_thread()  # the project is not open yet
    assert window.project is None
    view = window.opening_view
    look = view.look
    assert look is not None
    first_names = _rows(look, VenueListModel.NAME)
    assert "Gate21" in first_names
    assert first_names == sorted(first_names, key=str.casefold)
    assert look.accessibleName() == "Venues"
    # Nothing can be searched, added or deleted yet; where the editor will be, it says so.
    assert not view.search.isEnabled()
    assert view.search.placeholderText() == "Search by name, city or postal code"
    assert not view.new_button.isEnabled() and not view.delete_button.isEnabled()
    assert view.new_button.text() == "New venue"
    assert view.text() == "Opening…"
    assert not window.nav.isEnabled()
    first_headers = [look.model().headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    first_hidden = _hidden_columns(look)
    first_sort = look.horizontalHeader().sortIndicatorSection()

    with qtbot.waitSignal(window.project_opened, timeout=LONGEST_MS):
        held_open.open()
    page = window.venues_page
    assert not view.isVisible() and page.view.isVisible()
    with Project.open(sample_path) as project:
        stored = {v.name for v in project.venues.all()}
    assert _rows(page.view, VenueListModel.NAME) == first_names
    assert set(first_names) == stored
    assert [page.view.model().headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == (
        first_headers
    )
    assert _hidden_columns(page.view) == first_hidden == [VenueListModel.POSTAL_CODE]
    assert page.view.horizontalHeader().sortIndicatorSection() == first_sort
    assert (
        page.view.horizontalHeader().sectionResizeMode(VenueListModel.NAME)
        == QHeaderView.ResizeMode.Stretch
    )
    qtbot.waitUntil(lambda: active_workers() == 0, timeout=LONGEST_MS)


def test_a_venue_chosen_in_the_first_look_is_the_one_chosen_on_the_page(
    qtbot, held_open, sample_path, settings
):
    window = _window(qtbot, settings)
    window.open_path(sample_path)
    qtbot.waitUntil(lambda: _first_look_shown(window), timeout=LONGEST_MS)
    look = window.opening_view.look
    assert look is not None
    # The user sorts by city, largest first, and chooses a row that is not the first.
    header = look.horizontalHeader()
    city = header.sectionViewportPosition(VenueListModel.CITY) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(city, 5))
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(city, 5))
    assert header.sortIndicatorSection() == VenueListModel.CITY
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    cities = _rows(look, VenueListModel.CITY)
    assert cities == sorted(cities, key=str.casefold, reverse=True)
    row = look.model().rowCount() - 1  # not the first row, which the page chooses anyway
    name = look.model().index(row, VenueListModel.NAME).data()
    qtbot.mouseClick(
        look.viewport(),
        Qt.MouseButton.LeftButton,
        pos=look.visualRect(look.model().index(row, VenueListModel.NAME)).center(),
    )
    assert look.selectionModel().isRowSelected(row)

    with qtbot.waitSignal(window.project_opened, timeout=LONGEST_MS):
        held_open.open()
    page = window.venues_page
    assert _rows(page.view, VenueListModel.CITY) == cities
    chosen = page.view.currentIndex()
    assert page.view.selectionModel().isRowSelected(chosen.row())
    assert page.view.model().index(chosen.row(), VenueListModel.NAME).data() == name
    assert page.editor.current_venue().name == name.removeprefix("⚠ ")
    assert page.view.hasFocus()  # the keys went on to the list the user clicked
    qtbot.waitUntil(lambda: active_workers() == 0, timeout=LONGEST_MS)


def test_the_events_page_gets_a_first_look_with_venue_names(
    qtbot, held_open, sample_path, settings
):
    window = _window(qtbot, settings, page=1)  # the last session ended on Events
    window.open_path(sample_path)
    qtbot.waitUntil(lambda: _first_look_shown(window), timeout=LONGEST_MS)
    look = window.opening_view.look
    assert look is not None and look.accessibleName() == "Events"
    titles = _rows(look, EventListModel.TITLE)
    venues = _rows(look, EventListModel.VENUE)
    dates = _rows(look, EventListModel.DATE)
    assert len(titles) == 5 and "Gate21" in venues
    assert _hidden_columns(look) == [EventListModel.KIND]
    # A row is chosen with the keyboard this time.
    look.setFocus()
    qtbot.keyClick(look, Qt.Key.Key_Down)
    qtbot.keyClick(look, Qt.Key.Key_Down)
    chosen_row = look.currentIndex().row()
    assert chosen_row > 0 and look.selectionModel().isRowSelected(chosen_row)
    chosen_title = titles[chosen_row]

    with qtbot.waitSignal(window.project_opened, timeout=LONGEST_MS):
        held_open.open()
    page = window.events_page
    assert page.view.isVisible()
    assert _rows(page.view, EventListModel.DATE) == dates
    assert [t.removeprefix("⚠ ") for t in _rows(page.view, EventListModel.TITLE)] == titles
    assert _rows(page.view, EventListModel.VENUE) == venues
    assert page.current_record().title == chosen_title
    assert window.current_event_id == page.current_id()
    qtbot.waitUntil(lambda: active_workers() == 0, timeout=LONGEST_MS)


def test_other_pages_and_old_formats_say_opening(qtbot, held_open, sample_path, settings, tmp_path):
    window = _window(qtbot, settings, page=2)  # Registrations: no list to look at first
    window.open_path(sample_path)
    qtbot.waitUntil(held_open.entered.is_set, timeout=LONGEST_MS)
    _everything_queued_delivered()  # a first look would have been sent before this point
    assert window.opening_view.text() == "Opening…"
    assert not _first_look_shown(window)
    with qtbot.waitSignal(window.project_opened, timeout=LONGEST_MS):
        held_open.open()
    qtbot.waitUntil(lambda: active_workers() == 0, timeout=LONGEST_MS)


def test_a_file_to_upgrade_says_opening_until_it_is_open(qtbot, held_open, settings, tmp_path):
    old = tmp_path / "gammel.venueplan"
    shutil.copy(DATA / "project_v2.6.venueplan", old)
    window = _window(qtbot, settings)
    window.open_path(old)
    qtbot.waitUntil(held_open.entered.is_set, timeout=LONGEST_MS)
    _everything_queued_delivered()
    assert window.opening_view.text() == "Opening…"
    assert not _first_look_shown(window)
    with qtbot.waitSignal(window.project_opened, timeout=LONGEST_MS):
        held_open.open()
    assert window.venues_page.view.isVisible()
    qtbot.waitUntil(lambda: active_workers() == 0, timeout=LONGEST_MS)


def test_a_newer_open_never_shows_the_older_files_first_look(
    qtbot, held_open, sample_path, settings, tmp_path, monkeypatch
):
    other = tmp_path / "andet.venueplan"
    shutil.copy(sample_path, other)
    with Project.open(other) as project:
        venue = project.venues.all()[0]
        venue.name = "Kun i det andet projekt"
        project.venues.save(venue)
    # The older open's first look is read only when the test lets it.
    real_look = project_opening.take_first_look
    held_look = Gate(real_look)
    monkeypatch.setattr(
        project_opening,
        "take_first_look",
        lambda candidates, show: (
            held_look(candidates, show)
            if str(sample_path) in candidates
            else real_look(candidates, show)
        ),
    )
    window = _window(qtbot, settings)
    window.open_path(sample_path)
    qtbot.waitUntil(held_look.entered.is_set, timeout=LONGEST_MS)
    window.open_path(other)  # File > Open while the first still opens
    qtbot.waitUntil(lambda: _first_look_shown(window), timeout=LONGEST_MS)
    look = window.opening_view.look
    assert look is not None
    newer = _rows(look, VenueListModel.NAME)
    assert "Kun i det andet projekt" in newer

    held_look.open()  # the older first look is read and sent now
    qtbot.waitUntil(held_look.left.is_set, timeout=LONGEST_MS)
    _everything_queued_delivered()
    assert _rows(look, VenueListModel.NAME) == newer

    with qtbot.waitSignal(window.project_opened, timeout=LONGEST_MS):
        held_open.open()
    assert window.project is not None and window.project.path.name == "andet.venueplan"
    assert "Kun i det andet projekt" in _rows(window.venues_page.view, VenueListModel.NAME)
    qtbot.waitUntil(lambda: active_workers() == 0, timeout=LONGEST_MS)


def test_the_danish_first_look(qtbot, app_language, held_open, sample_path, tmp_path):  # noqa: F811
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, "da")
    app_language(settings)
    window = _window(qtbot, settings)
    window.open_path(sample_path)
    qtbot.waitUntil(lambda: _first_look_shown(window), timeout=LONGEST_MS)
    view = window.opening_view
    assert view.look is not None and view.look.accessibleName() == "Mødesteder"
    assert view.look.model().headerData(0, Qt.Orientation.Horizontal) == "Navn"
    assert view.text() == "Åbner…"
    assert view.new_button.text() == "Nyt mødested"
    assert view.search.placeholderText() == "Søg på navn, by eller postnummer"
    with qtbot.waitSignal(window.project_opened, timeout=LONGEST_MS):
        held_open.open()
    qtbot.waitUntil(lambda: active_workers() == 0, timeout=LONGEST_MS)


def test_on_the_next_start_the_first_look_is_as_wide_as_the_page_it_stands_for(
    qtbot, held_open, sample_path, settings
):
    """The first look keeps the room the editor took last time: its list and columns stand
    where the page's will, so nothing moves when the page takes its place."""
    before = _window(qtbot, settings)
    held_open.open()
    with qtbot.waitSignal(before.project_opened, timeout=LONGEST_MS):
        before.open_path(sample_path)
    qtbot.waitUntil(lambda: active_workers() == 0, timeout=LONGEST_MS)
    before.close()  # notes how narrow the editors can be

    held_open.close()  # the next open is held again
    window = _window(qtbot, settings)
    window.resize(before.size())
    window.open_path(sample_path)
    qtbot.waitUntil(lambda: _first_look_shown(window), timeout=LONGEST_MS)
    look = window.opening_view.look
    assert look is not None
    _laid_out()  # as before a paint
    header = look.horizontalHeader()
    first = (look.width(), [header.sectionPosition(c) for c in range(4)])
    with qtbot.waitSignal(window.project_opened, timeout=LONGEST_MS):
        held_open.open()
    view = window.venues_page.view
    _laid_out()
    header = view.horizontalHeader()
    assert (view.width(), [header.sectionPosition(c) for c in range(4)]) == first
    qtbot.waitUntil(lambda: active_workers() == 0, timeout=LONGEST_MS)
