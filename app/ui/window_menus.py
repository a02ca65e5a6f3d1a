"""The main window's menus and the tools they start (part of MainWindow, kept apart for size)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from .edit_actions import undo_redo_actions
from .recent_files import RecentFiles

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QPushButton

    from .day_actions import DayActions
    from .event_documents import EventDocuments
    from .privacy_actions import PrivacyActions
    from .surroundings_actions import SurroundingsActions
    from .window_pages import WindowPages

    class _WindowBase(WindowPages):
        """What MainWindow gives these menus, for the type checker."""

        purge_button: QPushButton

        def new_project(self) -> None: ...
        def open_dialog(self) -> None: ...
        def connect_to_server(self, location: str = "", at_once: bool = False) -> None: ...
        def save_copy(self) -> None: ...
        def open_path(self, path: str | Path) -> None: ...
        def show_page(self, row: int) -> None: ...
        def _purged(self, message: str) -> None: ...

else:
    _WindowBase = object

# Page titles in the order of the navigation, each with its key (Ctrl+1 … Ctrl+5).
PAGE_KEYS = ("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5")


class WindowMenus(_WindowBase):
    """The menu bar: made with the window (before any project is open, so from Qt alone),
    and the Documents and Tools menus filled once the first project is open."""

    settings: QSettings
    surroundings: SurroundingsActions
    privacy: PrivacyActions
    documents: EventDocuments
    day: DayActions
    page_actions: list[QAction]
    project_actions: list[QAction]

    if TYPE_CHECKING:  # given by MainWindow
        purge_button: QPushButton

        def new_project(self) -> None: ...
        def open_dialog(self) -> None: ...
        def connect_to_server(self, location: str = "", at_once: bool = False) -> None: ...
        def save_copy(self) -> None: ...
        def open_path(self, path: str | Path) -> None: ...
        def show_page(self, row: int) -> None: ...
        def _purged(self, message: str) -> None: ...

    def _action(self, text: str, slot, shortcut=None, object_name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
        action.triggered.connect(slot)
        if object_name:
            action.setObjectName(object_name)
        return action

    def _build_menus(self, page_titles: list[str]) -> None:
        """Every menu with what works without a project; the rest waits for one."""
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
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.import_action = self._action(
            self.tr("&Import Registrations…"),
            self.import_registrations,
            QKeySequence("Ctrl+I"),
            "importRegistrationsAction",
        )
        self.undo_action, self.redo_action = undo_redo_actions(self)
        self.preferences_action = self._action(
            self.tr("&Preferences…"),
            self.show_preferences,
            [QKeySequence(QKeySequence.StandardKey.Preferences), QKeySequence("Ctrl+,")],
            "preferencesAction",
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.guide_action = self._action(
            self.tr("User &Guide"),
            self.show_user_guide,
            QKeySequence(QKeySequence.StandardKey.HelpContents),
            "userGuideAction",
        )
        self.about_action = self._action(
            self.tr("&About Venueplan"), self.show_about, None, "aboutAction"
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

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
        self.page_actions = []
        for row, (title, key) in enumerate(zip(page_titles, PAGE_KEYS, strict=True)):
            action = self._action(
                title, lambda _=False, r=row: self.show_page(r), QKeySequence(key)
            )
            self.view_menu.addAction(action)
            self.page_actions.append(action)
        self.documents_menu = self.menuBar().addMenu(self.tr("&Documents"))
        self.tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.guide_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        # Greyed until a project is open (set_opening turns them on).
        self.project_actions = [self.import_action, self.copy_action, *self.page_actions]

    def _build_project_menus(self) -> None:
        """Once, when the first project is open: the Documents and Tools menus (their
        modules were imported with the project's pages, off the UI thread)."""
        from .day_actions import DayActions
        from .event_documents import EventDocuments
        from .privacy_actions import PrivacyActions
        from .surroundings_actions import SurroundingsActions

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
        self.purge_button.clicked.connect(self.privacy.offer_due_purges)
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
        self.documents.fill_menu(self.documents_menu)
        self.day = DayActions(self, lambda: self.project, self._current_event)
        self.day.changed.connect(self._door_changed)
        for action in self.day.actions:
            self.tools_menu.addAction(action)
        self.tools_menu.addSeparator()
        self.tools_menu.addAction(self.geocode_all_action)
        self.tools_menu.addAction(self.gtfs_action)
        self.tools_menu.addAction(self.surroundings_action)
        self.tools_menu.addSeparator()
        self.tools_menu.addAction(self.purge_action)
        self.tools_menu.addAction(self.purge_needs_action)

    def project_menus(self) -> list[QMenu]:
        return [self.documents_menu, self.tools_menu]

    # -- what the menus start -----------------------------------------------
    def import_registrations(self) -> None:
        """File > Import Registrations: the Registrations page, then the file dialog."""
        if self.current_event_id is None:
            self.statusBar().showMessage(self.tr("Choose an event on the Events page first."), 8000)
            return
        self.nav.setCurrentRow(self.stack.indexOf(self.registrations_page))
        self.registrations_view.choose_files()

    def show_preferences(self) -> None:
        from .preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        dialog.exec()
        dialog.deleteLater()

    def geocode_all(self) -> None:
        from .preferences import GEOCODING_ENABLED_KEY, setting_bool

        if self.project is None:
            return  # the Tools menu is greyed until a project is open
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

    def show_user_guide(self) -> None:
        from .user_guide import UserGuideDialog

        UserGuideDialog.show_for(self)

    def show_about(self) -> None:
        from .about_dialog import AboutDialog

        AboutDialog(self).exec()
