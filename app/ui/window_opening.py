"""Opening a project into the main window: "Opening…" first, the file on a worker, then
the pages (part of MainWindow, kept apart for size)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QStackedWidget

from .. import APP_NAME
from ..locations import is_server
from .opening_view import OpeningView

if TYPE_CHECKING:
    from ..storage import Project
    from ..storage.first_look import FirstLook
    from .project_opening import ProjectOpener
    from .window_menus import WindowMenus

    class _WindowBase(WindowMenus):
        """What MainWindow gives the opening, for the type checker."""

        project_opened: Signal
        project_label: QLabel
        pages_frame: QStackedWidget
        opening_view: OpeningView

        def _show_read_only(self, project: Project) -> None: ...
        def _check_due_purges(self) -> None: ...
        def _edit_refused(self, message: str) -> None: ...

else:
    _WindowBase = object

# How long the other pages wait for the Venues or Events list to paint before they are
# built anyway (a minimised or covered window paints nothing).
PAINT_WAIT_MS = 1000
EDITOR_WIDTH_KEY = "mainWindow/editorWidth"


class WindowOpening(_WindowBase):
    """Opens projects into the window off the UI thread (`open_path`, `open_at_start`) and
    shows them (`set_project`): Venues and Events first, the other pages after."""

    _opener: ProjectOpener | None
    _menus_ready: bool
    _server_at_start: str
    _all_pages: bool
    _closing: bool
    _pages_to_load: Project | None = None  # whose other pages wait for the lists' paint

    @property
    def opener(self) -> ProjectOpener:
        """Opens projects on a worker for this window."""
        if self._opener is None:
            from .project_opening import ProjectOpener

            self._opener = ProjectOpener(self)
            self._opener.first_look.connect(self._show_first_look)
            self._opener.opened.connect(self._opened)
            self._opener.failed.connect(self._open_failed)
        return self._opener

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
        # The list the window will show, while SQLAlchemy loads for the real open.
        self.opener.start(candidates, sample_dir, first_look=self._first_look_kind() != "")

    def _page_to_show(self) -> int:
        """The page a project being opened is shown on (set_project): the first project
        the page of the last session, another Venues."""
        return max(self.nav.currentRow(), 0) if self.project is None else 0

    def _first_look_kind(self) -> str:
        """ "venue" or "event" when the page to show is Venues or Events, else ""."""
        return {0: "venue", 1: "event"}.get(self._page_to_show(), "")

    def _show_first_look(self, look: FirstLook) -> None:
        kind = self._first_look_kind()
        if kind and self.pages_frame.currentWidget() is self.opening_view:
            self.opening_view.show_first_look(kind, look, self._editor_width(kind))

    def _editor_width(self, kind: str) -> int:
        """The narrowest the editor of `kind` was last time (0 if unknown): the first look
        keeps that room for it, so its list is as wide as the page's will be."""
        try:
            width = int(str(self.settings.value(f"{EDITOR_WIDTH_KEY}/{kind}", 0)))
        except ValueError:
            return 0
        return min(max(width, 0), 4000)

    def remember_editor_widths(self) -> None:
        """Note how narrow the Venues and Events editors can be (for the next first look)."""
        for kind, name in (("venue", "venues_page"), ("event", "events_page")):
            page = getattr(self, name, None)
            if page is not None:
                width = page.editor.minimumSizeHint().width()
                self.settings.setValue(f"{EDITOR_WIDTH_KEY}/{kind}", width)

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
        self.opening_view.show_opening()  # no first look of a file that did not open
        if self.project is not None and self._all_pages:
            self._set_opening(False)  # the project shown before is still open
        elif self.project is not None:
            # Its other pages are still on their way; they turn the menus on (_finish_opening).
            self.pages_frame.setCurrentWidget(self.stack)
            self.nav.setEnabled(True)
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
        # The page to show, and the record the user chose in its first look, if any.
        row = self._page_to_show()
        chosen = self.opening_view.chosen_id(self._first_look_kind())
        sorting = self.opening_view.sorting(self._first_look_kind())
        look_focused = self.opening_view.look is not None and self.opening_view.look.hasFocus()
        self.project = project
        self.current_event_id = None
        if self._menus_ready:
            self.documents.set_event_chosen(False)
            self.day.close_all()
            self.day.set_event_chosen(False)
        self.edits.set_project(project)
        self._all_pages = False
        self._build_record_pages(project)
        self.pages_frame.setCurrentWidget(self.stack)
        self.nav.setEnabled(True)
        self.nav.setCurrentRow(row)
        shown = self.stack.widget(row)
        if isinstance(shown, RecordPage) and sorting is not None:
            shown.view.sortByColumn(*sorting)
        if isinstance(shown, RecordPage) and chosen is not None:
            shown.select(chosen)
        focused = self.focusWidget()
        if look_focused and isinstance(shown, RecordPage):
            shown.view.setFocus()  # the keys stay with the list the first look stood for
        elif focused is None or not focused.isVisible():
            self.nav.setFocus()  # the keys went nowhere, or to the "Opening…" list
        self.opening_view.show_opening()  # lets the first look's records go
        if old is not None and old is not project:
            old.close()
        self.setWindowFilePath(str(project.path) if project.path is not None else "")
        self.setWindowTitle(f"{project_title(project)} — {APP_NAME}")
        self.project_label.setText(project.location)
        self._show_read_only(project)
        if at_once or not isinstance(shown, RecordPage) or not shown.isVisible():
            self._finish_opening(project)
            return
        # The list of the page shown (Venues or Events) has painted filled: the window is
        # usable; the other pages follow. A window that does not paint (minimised, covered)
        # gets them a moment later all the same.
        from .startup import after_first_paint

        self._pages_to_load = project
        after_first_paint(shown.view.viewport(), lambda: self._load_other_pages(project))
        QTimer.singleShot(PAINT_WAIT_MS, self, lambda: self._load_other_pages(project))

    def _load_other_pages(self, project: Project) -> None:
        from .project_opening import OTHER_PAGE_MODULES, import_modules
        from .workers import Worker, run_in_pool

        if project is not self._pages_to_load or project is not self.project or self._closing:
            return  # started already, another project was opened meanwhile, or closed
        self._pages_to_load = None
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
