"""The registrations of one event: searchable table, statuses, counts, import by button or drop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..application.registrations import (
    AddRegistration,
    DeleteRegistrations,
    EditRegistration,
    SetStatus,
)
from ..domain import RegistrationStatus
from ..domain.capacity import confirmed_count
from ..services.registration_import import SUFFIXES
from ..storage import Project
from . import registration_table_model as cols
from .edit_history import EditHistory
from .file_dialogs import open_files
from .file_drop import local_files
from .import_progress import ImportProgress
from .labels import status_label
from .registration_change_runner import RegistrationChangeRunner
from .registration_dialog import RegistrationDialog
from .registration_filter import RegistrationFilterProxy
from .registration_filter_bar import RegistrationFilterBar
from .registration_importer import RegistrationImporter
from .registration_page_data import PageData, load_page_data
from .registration_table_model import RegistrationTableModel
from .service_messages import format_label_text, message_text, people_kept_text
from .workers import Worker, run_in_pool


class RegistrationsView(QWidget):
    """Registrations of the chosen event.

    Signals: registrations_changed(int event_id) after an import or edit was stored;
    status_message(str) with counts and import results for the window's status bar.
    """

    registrations_changed = Signal(int)
    status_message = Signal(str)

    def __init__(self, project: Project, parent=None, history: EditHistory | None = None):
        super().__init__(parent)
        self.project = project
        # Hand edits go through here, so Edit > Undo takes them back.
        self.history = history if history is not None else EditHistory(self)
        if history is None:
            self.history.set_project(project)
        self.event_id: int | None = None
        # The organiser of the event shown when a team server keeps its people from us.
        self.kept_by: str | None = None
        self.capacity: int | None = None
        self._loading = 0
        self.importer = RegistrationImporter(project, self)
        self.importer.started.connect(self._import_started)
        self.importer.imported.connect(self._imported)
        self.importer.failed.connect(self._import_failed)
        self.importer.idle.connect(self._import_idle)
        self.changes = RegistrationChangeRunner(self.history, self)
        self.changes.stored.connect(self._changed)
        self.changes.refused.connect(self._refused)
        self.changes.failed.connect(self._load_failed)
        self.changes.undone.connect(self._undone)
        self.changes.undo_failed.connect(self._undo_failed)
        self.model = RegistrationTableModel(self)
        self.proxy = RegistrationFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.importer.progress.connect(self.import_progress.set_progress)
        self.setAcceptDrops(True)
        self.set_event(None)

    # -- building ------------------------------------------------------
    def _build(self) -> None:
        self.filters = RegistrationFilterBar(self.proxy)
        self.filters.filtered.connect(self._refresh_counts)

        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setToolTip(
            self.tr(
                "Import an export of Microsoft Forms, Google Forms, "
                "Eventbrite, pretix or Indico, or any spreadsheet. "
                "You can also drop the file here."
            )
        )
        self.import_button.clicked.connect(self.choose_files)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.clicked.connect(self.add_registration)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.status_button = QToolButton()
        self.status_button.setText(self.tr("Set &status"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.status_button)
        for status in RegistrationStatus:
            action = menu.addAction(status_label(status))
            action.triggered.connect(lambda _=False, s=status: self.set_selected_status(s))
        self.status_button.setMenu(menu)
        actions = QHBoxLayout()
        for button in (
            self.import_button,
            self.add_button,
            self.edit_button,
            self.status_button,
            self.delete_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        self.import_progress = ImportProgress()
        self.import_progress.cancel_requested.connect(self.cancel_import)
        actions.addWidget(self.import_progress)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Registrations"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        # Widths and row height grow with the system's text size (set for a 9-point font).
        scale = max(1.0, self.table.fontMetrics().height() / 15)
        self.table.verticalHeader().setDefaultSectionSize(round(22 * scale))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (cols.NAME, 190),
            (cols.EMAIL, 200),
            (cols.ORGANISATION, 160),
            (cols.GROUP, 150),
            (cols.ROLE, 120),
            (cols.STATUS, 125),
            (cols.REGISTERED_AT, 120),
            (cols.LATE, 50),
            (cols.DIETARY, 120),
            (cols.ACCESSIBILITY, 120),
            (cols.BY_CAR, 55),
            (cols.ACCESSIBLE_PARKING, 70),
            (cols.PHONE, 100),
        ):
            self.table.setColumnWidth(column, round(width * scale))
        # First come, first served: the order the waiting list follows.
        self.table.sortByColumn(cols.REGISTERED_AT, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _: self.edit_current())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        delete = QAction(self.table)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.triggered.connect(self.delete_selected)
        self.table.addAction(delete)

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        # After a tool's export left columns out: import them after all (a meal's yes/no...).
        self.remap_button = QPushButton(self.tr("&Map Columns…"))
        self.remap_button.setObjectName("remapButton")
        self.remap_button.setToolTip(
            self.tr("Choose what the columns left out hold, and import the file again")
        )
        self.remap_button.setVisible(False)
        self.remap_button.clicked.connect(self._remap)
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice, 1)
        notice_row.addWidget(self.remap_button, 0, Qt.AlignmentFlag.AlignTop)
        self.counts = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addLayout(actions)
        layout.addLayout(notice_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts)

    # -- project and event ---------------------------------------------
    def set_project(self, project: Project) -> None:
        self.importer.cancel()
        self.project = self.importer.project = project
        self.set_event(None)

    def set_event(self, event_id: int | None) -> None:
        """Show the registrations of `event_id` (None: no event chosen)."""
        self.event_id = event_id
        self.kept_by = None
        self._show_notice("")
        if event_id is None:
            self.model.set_registrations([])
            self.capacity = None
            self.filters.set_choices([], [])
            self._refresh_counts()
            self._update_buttons()
            return
        self.reload()

    def reload(self) -> None:
        """Read the event's registrations again, off the UI thread."""
        if self.event_id is None:
            return
        self._loading += 1
        self._update_buttons()
        header = self.table.horizontalHeader()
        worker = Worker(
            load_page_data,
            self.project,
            self.event_id,
            header.sortIndicatorSection(),
            header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
        )
        worker.signals.finished.connect(self._loaded)
        worker.signals.failed.connect(self._load_failed)
        run_in_pool(worker)

    def _loaded(self, data: PageData) -> None:
        self._loading -= 1
        if data.event_id != self.event_id:
            return  # the user chose another event meanwhile
        self.capacity = data.capacity
        self.kept_by = data.kept_by
        self.model.set_rows(data.rows)  # already sorted by the worker as the header shows
        self.filters.set_choices(data.groups, data.organisations)
        if data.kept_by is not None:
            # An empty list would read as "nobody registered", which is not known here.
            self._show_notice(people_kept_text(data.kept_by))
        self._refresh_counts()
        self._update_buttons()

    def _load_failed(self, message: str) -> None:
        self._loading -= 1
        self._show_notice(message, error=True)
        self._update_buttons()

    def is_busy(self) -> bool:
        return self._loading > 0 or self.changes.is_busy() or self.importer.is_busy()

    # -- counts --------------------------------------------------------
    def counts_text(self) -> str:
        if self.event_id is None:
            return self.tr("Choose an event to see its registrations.")
        if self.kept_by is not None:
            return self.tr("Registrations not shown")
        counts, late = self.model.tally()
        confirmed = confirmed_count(counts)
        parts = [
            f"{status_label(s)}: {counts[s]}"
            for s in RegistrationStatus
            if counts[s] or s in (RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED)
        ]
        parts.append(self.tr("Late: %1").replace("%1", str(late)))
        if self.capacity is not None:
            parts.append(
                self.tr("Places: %1, free: %2")
                .replace("%1", str(self.capacity))
                .replace("%2", str(max(0, self.capacity - confirmed)))
            )
        text = " · ".join(parts)
        if self.proxy.is_filtering():
            text += "   " + self.tr("Showing %1 of %2").replace(
                "%1", str(self.proxy.rowCount())
            ).replace("%2", str(self.model.rowCount()))
        return text

    def _refresh_counts(self) -> None:
        self._update_buttons()  # a filter may have hidden the selected rows
        text = self.counts_text()
        self.counts.setText(text)
        self.status_message.emit(text)

    # -- selection and editing -----------------------------------------
    def selected_registrations(self):
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.registration(r) for r in self.proxy.source_rows(rows)]

    def _update_buttons(self) -> None:
        # A read-only project is shown, never changed: no import, no edit.
        ready = (
            self.event_id is not None
            and not self.is_busy()
            and not self.project.read_only
            and self.kept_by is None
        )
        chosen = len(self.table.selectionModel().selectedRows()) if ready else 0
        self.import_button.setEnabled(ready)
        self.add_button.setEnabled(ready)
        self.edit_button.setEnabled(chosen == 1)
        self.delete_button.setEnabled(chosen > 0)
        self.status_button.setEnabled(chosen > 0)

    def add_registration(self) -> None:
        if self.event_id is None:
            return
        dialog = RegistrationDialog(None, *self.filters.choices(), parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        added = dialog.registration()
        self._change(
            AddRegistration(self.event_id, added),
            reload=True,
            text=self.tr("Add %1").replace("%1", added.name),
        )

    def edit_current(self) -> None:
        chosen = self.selected_registrations()
        if len(chosen) != 1 or self.is_busy():
            return
        dialog = RegistrationDialog(chosen[0], *self.filters.choices(), parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._change(
            EditRegistration(dialog.registration(), chosen[0]),
            text=self.tr("Edit %1").replace("%1", chosen[0].name),
        )

    def set_selected_status(self, status: RegistrationStatus) -> None:
        ids = [r.id for r in self.selected_registrations()]
        if ids and self.event_id is not None:
            self._change(
                SetStatus(self.event_id, ids, status),
                text=self.tr("Set %n registration(s) to %1", "", len(ids)).replace(
                    "%1", status_label(status)
                ),
            )

    def delete_selected(self) -> None:
        ids = [r.id for r in self.selected_registrations()]
        if ids and self.event_id is not None and not self.is_busy():
            self._change(
                DeleteRegistrations(self.event_id, ids),
                reload=True,
                text=self.tr("Delete %n registration(s)", "", len(ids)),
            )

    def _change(self, command, reload: bool = False, text: str = "") -> None:
        """Store a change of the chosen event's registrations (a command)."""
        if self.event_id is None:
            return
        self.changes.run(self.event_id, command, reload=reload, text=text)
        self._update_buttons()

    def _refused(self) -> None:
        self._show_notice(
            self.tr(
                "This registration was changed elsewhere (another window, a colleague or an "
                "import) since you opened it, so your edit was not saved. Its current details "
                "are shown now; make your change again."
            ),
            error=True,
        )
        self.reload()

    def _changed(self, event_id: int, outcome, reload: bool) -> None:
        if outcome.moved_up:
            names = ", ".join(r.name for r in outcome.moved_up)
            self._show_notice(self.tr("Moved up from the waiting list: %1").replace("%1", names))
        if reload:
            self.reload()
        else:
            self.model.replace(outcome.changed)
            self._refresh_counts()
            self._update_buttons()
        self.registrations_changed.emit(event_id)

    def _undone(self, event_id: int) -> None:
        """After an undo or redo of a hand change: show the rows as they are now."""
        self.reload()
        self.registrations_changed.emit(event_id)

    def _undo_failed(self, message: str) -> None:
        self._show_notice(message, error=True)
        self.reload()

    def _show_notice(self, text: str, error: bool = False) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet("color: #b3261e" if error else "")
        self.notice.setVisible(bool(text))

    # -- import --------------------------------------------------------
    def choose_files(self) -> None:
        patterns = " ".join(f"*{s}" for s in sorted(SUFFIXES))
        paths = open_files(
            self,
            "registrations",
            self.tr("Import registrations"),
            self.tr("Registrations (%1)").replace("%1", patterns),
        )
        self.import_files(paths)

    def import_files(self, paths) -> None:
        """Import the files one after the other into the current event."""
        if self.project.read_only and paths:
            self._import_failed(
                self.tr("%1 is read-only; nothing can be imported into it.").replace(
                    "%1", self.project.display_name
                )
            )
            return
        if self.event_id is not None and paths:
            self.import_progress.show_running(True)
            self.importer.import_files(paths, self.event_id)
            self._update_buttons()

    def cancel_import(self) -> None:
        self.importer.cancel()

    def _import_started(self, message: str) -> None:
        self._show_notice(message)
        self.import_progress.set_busy()

    def summary_text(self, summary) -> str:
        """The import's one-line summary in the user's language (the CLI prints it in English)."""
        counts = [
            self.tr("%Ln added", "", summary.added),
            self.tr("%Ln updated", "", summary.updated),
            self.tr("%Ln duplicate(s) merged", "", len(summary.duplicates)),
            self.tr("%Ln late", "", summary.late),
            self.tr("%Ln waitlisted", "", summary.waitlisted),
        ]
        if summary.cancelled:
            counts.append(self.tr("%Ln cancelled", "", summary.cancelled))
        if summary.moved_up:
            counts.append(self.tr("%Ln moved up", "", summary.moved_up))
        if summary.conflicts:
            counts.append(
                self.tr(
                    "%Ln changed elsewhere meanwhile and kept as they were",
                    "",
                    len(summary.conflicts),
                )
                + ": "
                + ", ".join(summary.conflicts[:3])
                + (" …" if len(summary.conflicts) > 3 else "")
            )
        text = f"{summary.file_name} ({format_label_text(summary.format_label)}): " + ", ".join(
            counts
        )
        text += "; " + self.tr("%Ln row(s) rejected", "", len(summary.rejected))
        if summary.warnings:
            # What the file held that was read other than written is never silent.
            text += "; " + self.tr("%Ln warning(s)", "", len(summary.warnings))
        if summary.rejected or summary.warnings:
            text += self.tr(" (see the tooltip)")
        if summary.ignored_columns:
            text += "; " + self.tr("not imported: %1").replace(
                "%1",
                ", ".join(self.tr("“%1”").replace("%1", c) for c in summary.ignored_columns),
            )
        return text

    def _remap(self) -> None:
        self.remap_button.setVisible(False)
        self.importer.remap()

    def _imported(self, summary) -> None:
        text = self.summary_text(summary)
        self._show_notice(text)
        self.remap_button.setVisible(bool(summary.ignored_columns) and self.importer.can_remap())
        details = summary.rejected + summary.warnings + summary.duplicates
        self.notice.setToolTip("\n".join(details[:50]))
        self.status_message.emit(text)
        self.registrations_changed.emit(self.event_id)
        self.reload()

    def _import_failed(self, message: str) -> None:
        self.remap_button.setVisible(False)
        message = message_text(message)
        self._show_notice(message, error=True)
        self.status_message.emit(message)

    def _import_idle(self) -> None:
        self.import_progress.show_running(False)
        self._update_buttons()

    # -- drag and drop -------------------------------------------------
    @staticmethod
    def _files(mime: QMimeData) -> list[Path]:
        return local_files(mime, SUFFIXES)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.event_id is not None and self._files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.event_id is not None and self._files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._files(event.mimeData())
        if files and self.event_id is not None:
            event.acceptProposedAction()
            self.import_files(files)
