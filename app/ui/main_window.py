"""The main window: navigation and the page frame, projects opened into it, files and privacy.

The window paints from Qt alone, its lists saying "Opening…"; the project is opened (and
the storage imported) on a worker, then the pages are built (window_pages.py). Its menus are
in window_menus.py.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize, QThreadPool, QTimer, Signal
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
from ..locations import is_server
from .opening_view import OpeningView
from .window_menus import WindowMenus
from .window_pages import WindowPages

# Imported where used, after the first paint (each Qt class, enum and module a module
# imports here is paid for before the window shows): the opening machinery
# (project_opening, workers, startup), file dialogs, drops and message wording.
if TYPE_CHECKING:
    from ..storage import Project
    from .project_opening import ProjectOpener


class MainWindow(WindowMenus, WindowPages, QMainWindow):
    """One window on one project. Given none, it shows "Opening…" until `open_path` or
    `open_at_start` has opened one off the UI thread.

    Signals: project_opened(str path) once a project's pages are built and their lists filled.
    """

    project_opened = Signal(str)

    def __init__(self, project: Project | None, settings: QSettings, parent=None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings
        # Set by set_project; it closes a project only when another replaces it.
        self.project: Project | None = None
        self.current_event_id: int | None = None
        self.feed = None
        self._menus_ready = False  # the Documents and Tools menus: with the first project
        self._server_at_start = ""
        # Registrations, Capacity and Map built for the project shown (see set_project).
        self._all_pages = False
        self._closing = False
        titles = [
            self.tr("Venues"),
            self.tr("Events"),
            self.tr("Registrations"),
            self.tr("Capacity"),
            self.tr("Map"),
        ]
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setStyleSheet("QListWidget::item { padding: 8px 6px; }")
        larger = self.nav.font()  # in proportion to the system's font size
        larger.setPointSizeF(larger.pointSizeF() * 1.2)
        self.nav.setFont(larger)
        for title in titles:
            QListWidgetItem(title, self.nav)
        # Wide enough for each title at the system's text size (200 % too).
        metrics = self.nav.fontMetrics()
        self.nav.setFixedWidth(max([170] + [metrics.horizontalAdvance(t) + 60 for t in titles]))
        self.stack = QStackedWidget()
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.opening_view = OpeningView()
        # The pages, or "Opening…" in their place while a project opens.
        self.pages_frame = QStackedWidget()
        self.pages_frame.addWidget(self.opening_view)
        self.pages_frame.addWidget(self.stack)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.pages_frame, 1)
        self.setCentralWidget(central)
        self.project_label = QLabel()
        self.purge_button = QPushButton()
        self.purge_button.setObjectName("purgeDueButton")
        self.purge_button.setFlat(True)
        self.purge_button.setStyleSheet("color: #8a4b00; font-weight: 600;")
        self.purge_button.hide()
        self.statusBar().addPermanentWidget(self.purge_button)
        self.statusBar().addPermanentWidget(self.project_label)
        self._build_menus(titles)
        self.resize(1280, 800)
        self._opener: ProjectOpener | None = None  # made with the first open
        self._set_opening(True)
        self.nav.setCurrentRow(0)
        self._restore_state()
        if project is not None:
            self.set_project(project)

    @property
    def opener(self) -> ProjectOpener:
        """Opens projects on a worker for this window."""
        if self._opener is None:
            from .project_opening import ProjectOpener

            self._opener = ProjectOpener(self)
            self._opener.opened.connect(self._opened)
            self._opener.failed.connect(self._open_failed)
        return self._opener

    def show_page(self, row: int) -> None:
        self.nav.setCurrentRow(row)

    # -- opening -----------------------------------------------------------
    def open_path(self, path: str | Path) -> None:
        """Open the project at `path` in this window (File > Open, Open Recent): "Opening…"
        while the file is read on a worker, then its pages; a file that does not open is
        named in one line and the project shown before stays. A server project is connected
        to through the Connect to Server dialog, which may need a password."""
        if is_server(str(path)):
            self.connect_to_server(str(path), at_once=True)
            return
        self._start_opening([str(path)], None)

    def connect_to_server(self, location: str = "", at_once: bool = False) -> None:
        """File > Connect to Server… (and Open Recent's server projects)."""
        from .connect_dialog import show_connect_dialog

        show_connect_dialog(self, location, at_once)

    def open_at_start(self, requested: str | None, sample_dir: Path) -> None:
        """The project of a start: `requested`, else the last one opened, else the user's
        copy of the sample project in `sample_dir` (with a line on why, if a file failed).
        A server project is connected to once that one is shown (start_location)."""
        from .project_opening import start_location

        last = str(self.settings.value("lastFile", "") or "")
        file, self._server_at_start = start_location(requested, last)
        self._start_opening([file], sample_dir)

    def _start_opening(self, candidates: Sequence[str], sample_dir: Path | None) -> None:
        if self.project is not None:
            self.edits.flush()  # edits already made are stored in the file they were made in
        self._set_opening(True)
        named = next((Path(c).name for c in candidates if c), "")
        if named:
            self.statusBar().showMessage(self.tr("Opening %1…").replace("%1", named))
        self.opener.start(candidates, sample_dir)

    def _opened(self, project: Project, problem: str) -> None:
        from .service_messages import message_text

        self.statusBar().clearMessage()
        self.set_project(project, at_once=False)
        server, self._server_at_start = self._server_at_start, ""
        if server:
            self.connect_to_server(server, at_once=True)
        if problem:
            # In the window's language, like any other message of the storage.
            text = message_text(problem)
            QTimer.singleShot(0, lambda: QMessageBox.warning(self, APP_NAME, text))

    def _open_failed(self, path: str, message: str) -> None:
        from .service_messages import message_text

        self.statusBar().clearMessage()
        if self.project is not None:
            self._set_opening(False)  # the project shown before is still open
        else:
            self.opening_view.set_text(self.tr("No project is open."))
        if path:
            self.recent.forget(path)
        QMessageBox.warning(self, self.tr("Cannot open project"), message_text(message))

    def _set_opening(self, opening: bool) -> None:
        """While a project opens, the lists say so and nothing that needs one is offered."""
        if opening:
            self.opening_view.show_opening()
            self.pages_frame.setCurrentWidget(self.opening_view)
        else:
            self.pages_frame.setCurrentWidget(self.stack)
        self.nav.setEnabled(not opening)
        for action in self.project_actions:
            action.setEnabled(not opening)
        for menu in self.project_menus():
            menu.setEnabled(not opening)
        read_only = self.project is None or self.project.read_only
        self.import_action.setEnabled(not opening and not read_only)
        self.setAcceptDrops(not opening and not read_only)
        if opening:
            self.undo_action.setEnabled(False)
            self.redo_action.setEnabled(False)
        elif self.project is not None:
            self.edits.update_actions()

    def set_project(self, project: Project, at_once: bool = True) -> None:
        """Show `project` in this window (closing the one shown before).

        Its Venues and Events lists come first; the other pages, the Documents and Tools
        menus follow at once, or (`at_once` False) once those lists have painted and the
        rest of the page modules have been imported on a worker.
        """
        from .connect_dialog import project_title
        from .edit_history import EditHistory
        from .record_page import RecordPage

        if not hasattr(self, "edits"):
            # Every change goes through the application layer, undoable from the Edit menu.
            self.edits = EditHistory(self, actions=(self.undo_action, self.redo_action))
            self.edits.failed.connect(self._edit_refused)
        old = self.project
        self.project = project
        self.current_event_id = None
        if self._menus_ready:
            self.documents.set_event_chosen(False)
            self.day.close_all()
            self.day.set_event_chosen(False)
        self.edits.set_project(project)
        self._all_pages = False
        self._build_record_pages(project)
        # The first project shows the page of the last session; another starts on Venues.
        row = max(self.nav.currentRow(), 0) if old is None else 0
        self.pages_frame.setCurrentWidget(self.stack)
        self.nav.setEnabled(True)
        self.nav.setCurrentRow(row)
        focused = self.focusWidget()
        if focused is None or not focused.isVisible():
            self.nav.setFocus()  # the keys went nowhere, or to the "Opening…" list
        if old is not None and old is not project:
            old.close()
        self.setWindowFilePath(str(project.path) if project.path is not None else "")
        self.setWindowTitle(f"{project_title(project)} — {APP_NAME}")
        self.project_label.setText(project.location)
        self._show_read_only(project)
        shown = self.stack.widget(row)
        if at_once or not isinstance(shown, RecordPage) or not shown.isVisible():
            self._finish_opening(project)
            return
        # The list of the page shown (Venues or Events) has painted filled: the window is
        # usable; the other pages follow.
        from .startup import after_first_paint

        after_first_paint(shown.view.viewport(), lambda: self._load_other_pages(project))

    def _load_other_pages(self, project: Project) -> None:
        from .project_opening import OTHER_PAGE_MODULES, import_modules
        from .workers import Worker, run_in_pool

        if project is not self.project or self._closing:
            return  # another project was opened meanwhile, or the window closed
        worker = Worker(import_modules, OTHER_PAGE_MODULES)
        # On failure the same imports happen on the UI thread, and say what is wrong there.
        worker.signals.finished.connect(lambda _: self._finish_opening(project))
        worker.signals.failed.connect(lambda _: self._finish_opening(project))
        run_in_pool(worker)

    def _finish_opening(self, project: Project) -> None:
        """The pages after Venues and Events, the menus that need a project, the notices."""
        from .accessible_names import name_controls
        from .wheel_guard import guard_wheel_within

        if project is not self.project or self._closing:
            return
        if not self._menus_ready:
            self._build_project_menus()
            self._menus_ready = True
        self._build_event_pages(project)
        self._all_pages = True
        self.stack.setCurrentIndex(self.nav.currentRow())
        guard_wheel_within(self)  # the filters and pickers of the new pages too
        name_controls(self)  # a screen reader names each field after its label
        if self._opener is None or not self._opener.is_opening():
            self._set_opening(False)
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

    # -- files -------------------------------------------------------------
    def _filter(self) -> str:
        from ..storage import SUFFIX

        return self.tr("Venueplan projects (*%1)").replace("%1", SUFFIX)

    def _show_read_only(self, project: Project) -> None:
        """A project that cannot be written opens read-only: the window says so in its
        title and status bar, and offers no edit, import (_set_opening) or undo."""
        from .connect_dialog import project_title

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

    def open_dialog(self) -> None:
        from .file_dialogs import open_file

        path = open_file(self, "project", self.tr("Open Project"), self._filter(), self.settings)
        if path:
            self.open_path(path)

    def _ask_save_path(self, title: str) -> str | None:
        """A project path chosen by the user, with the project suffix; None if cancelled."""
        from ..storage import SUFFIX
        from .file_dialogs import save_file

        path = save_file(self, "project", title, "", self._filter(), SUFFIX, self.settings)
        return path or None

    def new_project(self) -> None:
        from ..storage import Project

        path = self._ask_save_path(self.tr("New Project"))
        if path is None:
            return
        if (
            self.project is not None
            and Path(path).exists()
            and self.project.path is not None
            and os.path.samefile(path, self.project.path)
        ):
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
        from ..storage import ProjectError
        from .service_messages import message_text

        path = self._ask_save_path(self.tr("Save a Copy As"))
        if path is None or self.project is None:
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

    def _edit_refused(self, message: str) -> None:
        """An undo or redo another window's change stood in the way of: say what changed;
        the step stays in the history, to be tried again once that is settled."""
        from PySide6.QtCore import Qt  # not at import: its enums cost the first paint 20 ms

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
        if self.project is None or self.project.read_only:
            self.purge_button.hide()
            return
        from .workers import Worker, run_in_pool

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
        from .file_drop import local_files

        if local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        """A file dropped anywhere on the window is imported as registrations of the event."""
        from .file_drop import local_files

        paths = local_files(event.mimeData())
        if not paths or self.project is None:
            return
        event.acceptProposedAction()
        self.nav.setCurrentRow(self.stack.indexOf(self.registrations_page))
        self.registrations_view.import_files(paths)

    # -- state -------------------------------------------------------------
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
        if self._opener is not None:
            self._opener.shut_down()  # a project still opening is closed once it arrives
        self._closing = True
        if self.project is not None:
            if self._all_pages and self.registrations_view.is_busy():
                # An import is one transaction: cancelling it leaves the project as it was.
                self.registrations_view.cancel_import()
            self.edits.flush()  # edits already made are stored before the window goes
        if self.feed is not None:
            self.feed.stop()
        QThreadPool.globalInstance().waitForDone(10_000)
        if self.project is not None:
            self.project.close()
        super().closeEvent(event)
