"""The main window: navigation and the page frame, files, privacy, drops and its state.

The window paints from Qt alone, its lists saying "Opening…"; opening a project into it is
window_opening.py, its pages window_pages.py, its menus window_menus.py.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize, QThreadPool, Signal
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
from .opening_view import OpeningView
from .window_menus import WindowMenus
from .window_opening import WindowOpening
from .window_pages import WindowPages

# Imported where used, after the first paint (each Qt class, enum and module imported here
# is paid for before the window shows): the storage, workers, file dialogs, drops and
# message wording.
if TYPE_CHECKING:
    from ..storage import Project
    from .project_opening import ProjectOpener


class MainWindow(WindowOpening, WindowMenus, WindowPages, QMainWindow):
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

    def show_page(self, row: int) -> None:
        self.nav.setCurrentRow(row)

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
        self.remember_editor_widths()
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
