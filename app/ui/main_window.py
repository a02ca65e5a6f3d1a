"""The main window: navigation between pages, the File/Edit/View/Help menus, undo."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from .. import APP_NAME
from ..domain.overlap import clashes_by_event
from ..storage import SUFFIX, Project, ProjectError
from ..storage.server import is_server
from .accessible_names import name_controls
from .capacity_view import CapacityView
from .change_feed import ChangeFeed
from .connect_dialog import project_title, show_connect_dialog
from .day_actions import DayActions
from .edit_history import EditHistory
from .event_documents import EventDocuments
from .event_scope import EventScopedPage
from .file_dialogs import open_file, save_file
from .file_drop import local_files
from .map_tab import MapPage
from .pages import EventsPage, VenuesPage
from .privacy_actions import PrivacyActions
from .recent_files import RecentFiles
from .registrations_view import RegistrationsView
from .service_messages import message_text
from .surroundings_actions import SurroundingsActions
from .wheel_guard import guard_wheel_within
from .workers import Worker, run_in_pool


class MainWindow(QMainWindow):
    """One window on one open project.

    Signals: project_opened(str path).
    """

    project_opened = Signal(str)
    # Made in _build_actions and set_project; named here for the slots connected before.
    privacy: PrivacyActions
    venues_page: VenuesPage

    def __init__(self, project: Project, settings: QSettings, parent=None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings
        # Shown by set_project below; it closes a project only when another replaces it.
        self.project: Project = project
        self.current_event_id: int | None = None
        # Every change goes through the application layer here, undoable from the Edit menu.
        self.edits = EditHistory(self)
        self.feed: ChangeFeed | None = None
        self.edits.failed.connect(self._edit_refused)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setFixedWidth(170)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setStyleSheet("QListWidget::item { padding: 8px 6px; }")
        larger = self.nav.font()  # in proportion to the system's font size
        larger.setPointSizeF(larger.pointSizeF() * 1.2)
        self.nav.setFont(larger)
        self.stack = QStackedWidget()
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.project_label = QLabel()
        self.purge_button = QPushButton()
        self.purge_button.setObjectName("purgeDueButton")
        self.purge_button.setFlat(True)
        self.purge_button.setStyleSheet("color: #8a4b00; font-weight: 600;")
        self.purge_button.hide()
        self.statusBar().addPermanentWidget(self.purge_button)
        self.statusBar().addPermanentWidget(self.project_label)
        self._build_actions()
        self._build_menus()
        self.resize(1280, 800)
        self.setAcceptDrops(True)
        self.purge_button.clicked.connect(self.privacy.offer_due_purges)
        self.set_project(project)
        self._restore_state()

    # -- actions and menus -------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, object_name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
        action.triggered.connect(slot)
        if object_name:
            action.setObjectName(object_name)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            self.tr("&New Project…"), self.new_project, QKeySequence.StandardKey.New, "newAction"
        )
        self.open_action = self._action(
            self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open, "openAction"
        )
        self.connect_action = self._action(
            self.tr("Connect to &Server…"), self.connect_to_server, None, "connectServerAction"
        )
        self.copy_action = self._action(
            self.tr("Save a &Copy As…"),
            self.save_copy,
            QKeySequence("Ctrl+Shift+S"),
            "saveCopyAction",
        )
        self.quit_action = self._action(
            self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "quitAction"
        )
        self.import_action = self._action(
            self.tr("&Import Registrations…"),
            self.import_registrations,
            QKeySequence("Ctrl+I"),
            "importRegistrationsAction",
        )
        self.guide_action = self._action(
            self.tr("User &Guide"),
            self.show_user_guide,
            QKeySequence(QKeySequence.StandardKey.HelpContents),
            "userGuideAction",
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = self.edits.undo_action
        self.redo_action = self.edits.redo_action
        self.geocode_all_action = self._action(
            self.tr("&Geocode All Venues Without Coordinates…"),
            self.geocode_all,
            None,
            "geocodeAllAction",
        )
        self.surroundings = SurroundingsActions(lambda: self.project, self.settings, self)
        self.surroundings.fetched.connect(self._surroundings_fetched)
        self.surroundings.failed.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.surroundings_action = self._action(
            self.tr("Fetch &Streets Around the Venue"),
            lambda: self.surroundings.refresh(self.venues_page.current_id()),
            None,
            "surroundingsAction",
        )
        self.gtfs_action = self._action(
            self.tr("Import Public Transport &Stops (GTFS)…"), self.import_gtfs, None, "gtfsAction"
        )
        self.privacy = PrivacyActions(self, lambda: self.project, self.settings)
        self.privacy.purged.connect(self._purged)
        self.privacy.failed.connect(
            lambda text: QMessageBox.warning(self, self.tr("Not deleted"), text)
        )
        self.purge_action = self._action(
            self.tr("Delete Personal Data of the Event…"),
            lambda: self.privacy.ask_and_purge(self.current_event_id, needs_only=False),
            None,
            "purgeAction",
        )
        self.purge_needs_action = self._action(
            self.tr("Delete Special Needs of the Event…"),
            lambda: self.privacy.ask_and_purge(self.current_event_id, needs_only=True),
            None,
            "purgeNeedsAction",
        )
        self.documents = EventDocuments(
            self,
            lambda: self.project,
            lambda: self.current_event_id,
            lambda text: self.statusBar().showMessage(text, 10000),
        )
        self.day = DayActions(self, lambda: self.project, self._current_event)
        self.day.changed.connect(self._door_changed)
        self.preferences_action = self._action(
            self.tr("&Preferences…"),
            self.show_preferences,
            [QKeySequence(QKeySequence.StandardKey.Preferences), QKeySequence("Ctrl+,")],
            "preferencesAction",
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.about_action = self._action(
            self.tr("&About Venueplan"), self.show_about, None, "aboutAction"
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        file_menu.addAction(self.connect_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent = RecentFiles(self.settings, self.recent_menu, self)
        self.recent.chosen.connect(self.open_path)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addAction(self.copy_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.documents_menu = self.menuBar().addMenu(self.tr("&Documents"))
        self.documents.fill_menu(self.documents_menu)
        self.tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        for action in self.day.actions:
            self.tools_menu.addAction(action)
        self.tools_menu.addSeparator()
        self.tools_menu.addAction(self.geocode_all_action)
        self.tools_menu.addAction(self.gtfs_action)
        self.tools_menu.addAction(self.surroundings_action)
        self.tools_menu.addSeparator()
        self.tools_menu.addAction(self.purge_action)
        self.tools_menu.addAction(self.purge_needs_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.guide_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    # -- pages -------------------------------------------------------------
    def add_page(self, title: str, widget, shortcut: str) -> None:
        self.stack.addWidget(widget)
        QListWidgetItem(title, self.nav)
        # Wide enough for each title at the system's text size (200 % too).
        needed = self.nav.fontMetrics().horizontalAdvance(title) + 60
        self.nav.setFixedWidth(max(self.nav.width(), needed))
        index = self.stack.count() - 1
        action = self._action(title, lambda: self.nav.setCurrentRow(index), QKeySequence(shortcut))
        self.view_menu.addAction(action)

    def set_project(self, project: Project) -> None:
        """Show `project` in this window (closing the one shown before)."""
        old = self.project
        self.project = project
        self.current_event_id = None
        self.documents.set_event_chosen(False)
        self.day.close_all()
        self.day.set_event_chosen(False)
        self.edits.set_project(project)
        if self.feed is not None:
            self.feed.stop()
            self.feed.deleteLater()
        # From the last page back: removing the current page would make the next one
        # current, so each old page (the Map among them, starting the web engine) would be
        # shown once on its way out.
        while self.stack.count():
            page = self.stack.widget(self.stack.count() - 1)
            if page is not None:  # within count(), never None
                self.stack.removeWidget(page)
                page.deleteLater()
        self.nav.clear()
        self.view_menu.clear()
        self.venues_page = VenuesPage(project, self.edits)
        self.events_page = EventsPage(project, self.edits)
        self.registrations_view = RegistrationsView(project, history=self.edits)
        self.registrations_page = EventScopedPage(self.registrations_view)
        self.capacity_view = CapacityView(project)
        self.capacity_page = EventScopedPage(self.capacity_view)
        self.add_page(self.tr("Venues"), self.venues_page, "Ctrl+1")
        self.add_page(self.tr("Events"), self.events_page, "Ctrl+2")
        self.add_page(self.tr("Registrations"), self.registrations_page, "Ctrl+3")
        self.add_page(self.tr("Capacity"), self.capacity_page, "Ctrl+4")
        self.map_page = MapPage()
        self.map_page.map.surroundings_for = project.surroundings.get
        self.add_page(self.tr("Map"), self.map_page, "Ctrl+5")
        self.map_page.venue_clicked.connect(self.open_venue)
        self.scoped_pages = [self.registrations_page, self.capacity_page]
        self.registrations_view.registrations_changed.connect(self.capacity_view.refresh)
        # Timed: the counts stay on the Registrations page itself, not over the other pages.
        self.registrations_view.status_message.connect(
            lambda text: self.statusBar().showMessage(text, 10000)
        )
        for page in (self.venues_page, self.events_page):
            page.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        # Changes another window (or computer) made to this file show here without a reload.
        self.feed = ChangeFeed(project, parent=self)
        self.feed.venue_changed.connect(self.venues_page.changed_elsewhere)
        self.feed.event_changed.connect(self.events_page.changed_elsewhere)
        self.feed.registrations_changed.connect(self._registrations_changed_elsewhere)
        self.venues_page.records_changed.connect(self._venues_changed)
        self.events_page.records_changed.connect(self._events_changed)
        self.events_page.view.selectionModel().currentRowChanged.connect(
            lambda *_: self.set_current_event(self.events_page.current_id())
        )
        self.venues_page.view.selectionModel().currentRowChanged.connect(
            lambda *_: self._auto_fetch_surroundings()
        )
        for page in self.scoped_pages:
            page.event_chosen.connect(self.set_current_event)
        self.capacity_view.failed.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.venues_page.reload()
        self.events_page.set_venues(self.venues_page.list_model.records())
        self.events_page.reload()
        self._events_changed()
        self.nav.setCurrentRow(0)
        guard_wheel_within(self)  # the filters and pickers of the new pages too
        name_controls(self)  # a screen reader names each field after its label
        if old is not None and old is not project:
            old.close()
        self.setWindowFilePath(str(project.path) if project.path is not None else "")
        self.setWindowTitle(f"{project_title(project)} — {APP_NAME}")
        self.project_label.setText(project.location)
        self._show_read_only(project)
        self.recent.remember(project.location)
        if project.migrated_from is not None:
            self.statusBar().showMessage(
                self.tr(
                    "The project was upgraded from an older version; a backup is at %1"
                ).replace("%1", str(project.backup)),
                15000,
            )
        self._check_due_purges()
        self.project_opened.emit(project.location)

    def _venues_changed(self) -> None:
        self.events_page.set_venues(self.venues_page.list_model.records())
        self.capacity_view.refresh()
        self._update_map_page()
        self._auto_fetch_surroundings()

    def _auto_fetch_surroundings(self) -> None:
        """The chosen venue's streets are fetched once it has coordinates (issue 18)."""
        chosen = self.venues_page.current_id()
        venue = next((v for v in self.venues_page.list_model.records() if v.id == chosen), None)
        self.surroundings.auto_fetch(venue)

    def _surroundings_fetched(self, venue_id: int, message: str) -> None:
        self.statusBar().showMessage(message, 10000)
        self._update_map_page()
        venue = self.venues_page.editor.current_venue()
        if venue is not None and venue.id == venue_id:
            self.venues_page.editor.map_tab.set_venue(venue)  # the page is made again

    def _update_map_page(self) -> None:
        event = next(
            (e for e in self.events_page.list_model.records() if e.id == self.current_event_id),
            None,
        )
        self.map_page.set_data(self.venues_page.list_model.records(), event)

    def open_venue(self, venue_id: int) -> None:
        """Show a venue in its editor (from a click on the overview map)."""
        self.nav.setCurrentRow(self.stack.indexOf(self.venues_page))
        self.venues_page.select(venue_id)

    def show_map_page(self):
        self.nav.setCurrentRow(self.stack.indexOf(self.map_page))
        return self.map_page.map

    def _events_changed(self) -> None:
        """Events were added, edited or removed: refresh pickers, flags and counts."""
        events = self.events_page.list_model.records()
        flags = {
            event_id: self.tr("Double booking: the room is also booked for %1").replace(
                "%1", "; ".join(self.tr('"%1"').replace("%1", e.title) for e in clashes)
            )
            for event_id, clashes in clashes_by_event(events).items()
        }
        self.events_page.set_flags(flags)
        for page in self.scoped_pages:
            page.set_events(events, self.current_event_id)
        self.capacity_view.refresh()
        self._update_map_page()

    def _current_event(self):
        return next(
            (e for e in self.events_page.list_model.records() if e.id == self.current_event_id),
            None,
        )

    def _door_changed(self, event_id: int) -> None:
        """A door checked someone in: the lists of that event read the file again."""
        if event_id == self.current_event_id:
            self.registrations_view.reload()
            self.capacity_view.refresh()

    def set_current_event(self, event_id: int | None) -> None:
        """The event the event-scoped pages (registrations, capacity...) work on."""
        if event_id == self.current_event_id:
            return
        self.current_event_id = event_id
        self.documents.set_event_chosen(event_id is not None)
        self.day.set_event_chosen(event_id is not None)
        for page in self.scoped_pages:
            page.set_current(event_id)
        if event_id is not None and self.events_page.current_id() != event_id:
            self.events_page.select(event_id)
        self._update_map_page()

    # -- files -------------------------------------------------------------
    def _filter(self) -> str:
        return self.tr("Venueplan projects (*%1)").replace("%1", SUFFIX)

    def _show_read_only(self, project: Project) -> None:
        """A project that cannot be written opens read-only: the window says so in its
        title and status bar, and offers no edit, import or undo."""
        read_only = project.read_only
        if read_only:
            self.setWindowTitle(
                self.tr("%1 (read-only) — %2")
                .replace("%1", project_title(project))
                .replace("%2", APP_NAME)
            )
            self.project_label.setText(
                self.tr("%1 — read-only: changes cannot be saved").replace("%1", project.location)
            )
        for page in (self.venues_page, self.events_page):
            page.set_read_only(read_only)
        self.import_action.setEnabled(not read_only)
        self.setAcceptDrops(not read_only)

    def open_path(self, path: str | Path) -> bool:
        if is_server(str(path)):  # a server is reached on a worker, asking what it needs
            self.connect_to_server(str(path), at_once=True)
            return False
        try:
            project = Project.open(path)
        except ProjectError as exc:
            QMessageBox.warning(self, self.tr("Cannot open project"), message_text(str(exc)))
            self.recent.forget(path)
            return False
        self.set_project(project)
        return True

    def connect_to_server(self, location: str = "", at_once: bool = False) -> None:
        """File > Connect to Server… (and Open Recent's server projects)."""
        show_connect_dialog(self, location, at_once)

    def open_dialog(self) -> None:
        path = open_file(self, "project", self.tr("Open Project"), self._filter(), self.settings)
        if path:
            self.open_path(path)

    def _ask_save_path(self, title: str) -> str | None:
        """A project path chosen by the user, with the project suffix; None if cancelled."""
        path = save_file(self, "project", title, "", self._filter(), SUFFIX, self.settings)
        return path or None

    def new_project(self) -> None:
        path = self._ask_save_path(self.tr("New Project"))
        if path is None:
            return
        here = self.project.path
        if here is not None and Path(path).exists() and os.path.samefile(path, here):
            # Replacing the open file under its own connection would lose it.
            QMessageBox.warning(
                self,
                self.tr("Cannot create project"),
                self.tr("%1 is the open project; choose another name.").replace(
                    "%1", Path(path).name
                ),
            )
            return
        try:
            project = Project.create(path)
        except OSError as exc:
            QMessageBox.warning(
                self, self.tr("Cannot create project"), f"{Path(path).name}: {exc.strerror}"
            )
            return
        self.set_project(project)

    def save_copy(self) -> None:
        path = self._ask_save_path(self.tr("Save a Copy As"))
        if path is None:
            return
        try:
            self.project.save_copy_as(path)
        except ProjectError as exc:
            QMessageBox.warning(self, self.tr("Copy not saved"), message_text(str(exc)))
            return
        except OSError as exc:
            QMessageBox.warning(
                self, self.tr("Copy not saved"), f"{Path(path).name}: {exc.strerror}"
            )
            return
        self.statusBar().showMessage(self.tr("Saved a copy as %1").replace("%1", path), 8000)

    def _registrations_changed_elsewhere(self, event_id: int, _ids) -> None:
        if event_id == self.registrations_view.event_id:
            self.registrations_view.reload()
        self.capacity_view.refresh(event_id)

    def _edit_refused(self, message: str) -> None:
        """An undo or redo another window's change stood in the way of: say what changed;
        the step stays in the history, to be tried again once that is settled."""
        self.statusBar().showMessage(message, 20000)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Not undone"), message, parent=self)
        box.setObjectName("editRefusedMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setModal(False)  # the window stays usable to look at what changed
        box.show()

    # -- privacy -----------------------------------------------------------
    def _check_due_purges(self) -> None:
        """Offer, without interrupting, to delete personal data past its deletion date.

        The events are read off the UI thread: start-up paints first, then the offer appears.
        A read-only project cannot be purged, so nothing is offered for it.
        """
        if self.project.read_only:
            self.purge_button.hide()
            return
        project, months = self.project, self.privacy.retention_months()
        worker = Worker(lambda cancelled, report: self.privacy.due_events(months=months))
        worker.signals.finished.connect(lambda due: self._show_due_purges(project, due))
        run_in_pool(worker)

    def _show_due_purges(self, project: Project, due: list) -> None:
        if project is not self.project:
            return  # another project was opened meanwhile
        self.purge_button.setVisible(bool(due))
        self.purge_button.setText(
            self.tr("Personal data of %n event(s) is due for deletion…", "", len(due))
        )

    def _purged(self, message: str) -> None:
        # An earlier step's undo would put deleted personal data back: none is offered.
        self.edits.clear()
        self.statusBar().showMessage(message, 15000)
        self.events_page.reload()  # a purge moves the events on a revision
        self.registrations_view.reload()
        self.capacity_view.refresh()
        self._check_due_purges()

    # -- dropped files -----------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        """A file dropped anywhere on the window is imported as registrations of the event."""
        paths = local_files(event.mimeData())
        if not paths:
            return
        event.acceptProposedAction()
        self.nav.setCurrentRow(self.stack.indexOf(self.registrations_page))
        self.registrations_view.import_files(paths)

    # -- tools -------------------------------------------------------------
    def show_preferences(self) -> None:
        from .preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        dialog.exec()
        dialog.deleteLater()

    def geocode_all(self) -> None:
        from .preferences import GEOCODING_ENABLED_KEY, setting_bool

        if not setting_bool(self.settings, GEOCODING_ENABLED_KEY):
            QMessageBox.information(
                self,
                self.tr("Online look-up is off"),
                self.tr("Looking up addresses online is switched off in Preferences."),
            )
            return
        from .geocode_batch import GeocodeBatch
        from .geocode_dialog import app_geocoder

        self._batch = GeocodeBatch(self.project, app_geocoder(), parent=self)
        self._batch.venue_saved.connect(lambda _venue: self.venues_page.reload())
        self._batch.finished.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self._batch.start()

    def import_gtfs(self) -> None:
        from .gtfs_import import GtfsImport, app_stops_cache

        self._gtfs = GtfsImport(app_stops_cache(), parent=self)
        self._gtfs.failed.connect(
            lambda text: QMessageBox.warning(self, self.tr("Stops not imported"), text)
        )
        self._gtfs.imported.connect(
            lambda result: self.statusBar().showMessage(
                self.tr("%Ln stop(s) imported.", "", result.stops), 10000
            )
        )
        self._gtfs.choose_and_start()

    # -- about and state ---------------------------------------------------
    def import_registrations(self) -> None:
        """File > Import Registrations: the Registrations page, then the file dialog."""
        if self.current_event_id is None:
            self.statusBar().showMessage(self.tr("Choose an event on the Events page first."), 8000)
            return
        self.nav.setCurrentRow(self.stack.indexOf(self.registrations_page))
        self.registrations_view.choose_files()

    def show_user_guide(self) -> None:
        from .user_guide import UserGuideDialog

        UserGuideDialog.show_for(self)

    def show_about(self) -> None:
        from .about_dialog import AboutDialog

        AboutDialog(self).exec()

    def _restore_state(self) -> None:
        geometry = self.settings.value("mainWindow/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self.settings.value("mainWindow/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        page = self.settings.value("mainWindow/page", 0)
        try:
            self.nav.setCurrentRow(min(int(str(page)), self.nav.count() - 1))
        except (TypeError, ValueError):
            pass

    def closeEvent(self, event) -> None:
        self.settings.setValue("mainWindow/geometry", self.saveGeometry())
        self.settings.setValue("mainWindow/state", self.saveState())
        self.settings.setValue("mainWindow/page", self.nav.currentRow())
        self.settings.sync()
        if self.registrations_view.is_busy():
            # An import is one transaction: cancelling it leaves the project as it was.
            self.registrations_view.cancel_import()
        self.edits.flush()  # edits already made are stored before the window goes
        if self.feed is not None:
            self.feed.stop()
        QThreadPool.globalInstance().waitForDone(10_000)
        if self.project is not None:
            self.project.close()
        super().closeEvent(event)
