"""Imports of registration files in turn, off the UI thread, asking for the columns when needed."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from ..application import run
from ..application.imports import ImportRegistrations, RememberColumnLayout, snapshot
from ..services.process_jobs import (
    ReadImport,
    build_import,
    project_ref,
    read_import,
    received_import,
)
from ..services.registration_import import ImportCancelled, plan_with_mapping
from ..services.registration_import.formats import ColumnPlan
from ..services.registration_import.table import SourceTable
from ..storage import Project
from .column_mapping_dialog import ColumnMappingDialog
from .process_worker import ProcessWorker, run_in_process
from .workers import Worker, run_in_pool

# The service's words for a stopped import; the child process reports only that it stopped.
_CANCELLED = ImportCancelled().args[0]


@dataclasses.dataclass
class _File:
    """One file on its way in: what each step learnt of it."""

    path: Path
    event_id: int
    seen: dict | None = None  # the event's rows before the file was read
    meals: list[str] = dataclasses.field(default_factory=list)
    table: SourceTable | None = None


class RegistrationImporter(QObject):
    """Reads and imports queued files into one event.

    Each file goes in steps, none on the UI thread: a worker notes the event's rows as
    they are (hand edits made after this are kept) and its meals; a child process reads
    and recognises the file and turns its rows into registrations (parsing there does
    not hold up the window); a worker merges and writes them through the application
    layer. A file no tool wrote (and whose column layout was not seen before) opens the
    column mapping dialog here on the UI thread between the reading and the rows.

    A file a tool wrote is imported at once; its columns left out are named in the
    summary, and `remap()` then opens the mapping dialog for that file, so a column such
    as "Deltager i middag?" can be imported after all (the same people are updated).

    Signals: started(str message), progress(int done, int total), imported(object
    ImportSummary), failed(str message), idle() when the queue is done.
    """

    started = Signal(str)
    progress = Signal(int, int)
    imported = Signal(object)
    failed = Signal(str)
    idle = Signal()

    def __init__(self, project: Project, dialog_parent: QWidget):
        super().__init__(dialog_parent)
        self.project = project
        self._dialog_parent = dialog_parent
        self._queue: list[tuple[Path, int]] = []
        self._worker: Worker | ProcessWorker | None = None
        self._asking = False
        self._cancel_asked = False
        # The last file imported by a tool's format, and its plan.
        self._last: tuple[_File, ColumnPlan] | None = None

    def is_busy(self) -> bool:
        return self._worker is not None or self._asking or bool(self._queue)

    def import_files(self, paths, event_id: int) -> None:
        self._queue.extend((Path(p), event_id) for p in paths)
        if self._worker is None and not self._asking:
            self._next()

    def cancel(self) -> None:
        """Stop the running import (nothing of it is kept) and drop the queued files."""
        self._queue.clear()
        if self._worker is not None:
            self._cancel_asked = True
            self._worker.cancel()

    def _next(self) -> None:
        self._cancel_asked = False
        if not self._queue:
            self.idle.emit()
            return
        path, event_id = self._queue.pop(0)
        self.started.emit(self.tr("Reading %1…").replace("%1", path.name))
        file = _File(path, event_id)
        self._start(
            Worker(_before_reading, self.project, event_id), lambda found: self._read(file, found)
        )

    def _start(self, worker: Worker | ProcessWorker, on_finished, writes: bool = False) -> None:
        self._worker = worker
        worker.signals.progress.connect(self.progress)
        if writes:  # once written, an import stands: it is reported, cancelled or not
            worker.signals.finished.connect(on_finished)
        else:
            worker.signals.finished.connect(lambda result: self._step_done(on_finished, result))
        worker.signals.failed.connect(self._failed)
        if isinstance(worker, ProcessWorker):
            run_in_process(worker)
        else:
            run_in_pool(worker)

    def _step_done(self, on_finished, result) -> None:
        self._worker = None
        if self._cancel_asked:  # asked between two steps: the next one is not started
            self._failed(_CANCELLED)
            return
        on_finished(result)

    def _read(self, file: _File, found) -> None:
        file.seen, file.meals = found
        worker = ProcessWorker(
            read_import,
            project_ref(self.project),
            str(file.path),
            cancelled_text=_CANCELLED,
        )
        self._start(worker, lambda streamed: self._prepared(file, received_import(streamed)))

    def can_remap(self) -> bool:
        return self._last is not None and not self.is_busy()

    def remap(self) -> None:
        """Ask again for the columns of the last file a tool wrote, and import it so."""
        if not self.can_remap() or self._last is None:
            return
        file, plan = self._last
        assert file.table is not None
        self._asking = True
        dialog = ColumnMappingDialog(file.table, plan.mapping, self._dialog_parent, file.meals)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self._asking = False
        if not accepted or dialog.mapping() == plan.mapping:
            self.idle.emit()
            return
        # The tool's reading (date order, ids) stays; only what the columns hold changes.
        plan = dataclasses.replace(plan, mapping=dialog.mapping())
        self._last = (file, plan)
        self._cancel_asked = False
        self.started.emit(self.tr("Importing %1…").replace("%1", file.table.file_name))
        # The event's rows as they are now are what this import has seen.
        self._build(dataclasses.replace(file, seen=None), plan, None)

    def _prepared(self, file: _File, read: ReadImport) -> None:
        file.table = read.table
        plan = read.plan
        self._last = None
        if not read.needs_mapping:
            # Kept for Map Columns… without the event's rows as they were (the next import
            # notes them afresh): what stays in memory is what a full garbage collection walks.
            self._last = (dataclasses.replace(file, seen=None), plan)
            self.started.emit(self.tr("Importing %1…").replace("%1", read.table.file_name))
            self._write(file, plan, read, None)
            return
        self._asking = True
        dialog = ColumnMappingDialog(read.table, plan.mapping, self._dialog_parent, file.meals)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self._asking = False
        if not accepted:
            self.failed.emit(
                self.tr("Import of %1 cancelled; nothing was changed.").replace(
                    "%1", read.table.file_name
                )
            )
            self._next()
            return
        plan = plan_with_mapping(read.table, dialog.mapping())
        layout = None
        if dialog.remember():
            layout = RememberColumnLayout(list(read.table.headers), dialog.mapping())
        self.started.emit(self.tr("Importing %1…").replace("%1", read.table.file_name))
        self._build(file, plan, layout)

    def _build(self, file: _File, plan: ColumnPlan, layout: RememberColumnLayout | None) -> None:
        """The rows by a plan the user chose, made in a child process."""
        assert file.table is not None
        worker = ProcessWorker(
            build_import,
            str(file.path),
            file.table.sheet,
            file.table.header_row,
            plan,
            cancelled_text=_CANCELLED,
        )
        self._start(
            worker,
            lambda streamed: self._write(file, plan, received_import(streamed, file.table), layout),
        )

    def _write(
        self, file: _File, plan: ColumnPlan, read: ReadImport, layout: RememberColumnLayout | None
    ) -> None:
        assert file.table is not None and read.rows is not None
        worker = Worker(
            _write, self.project, file.event_id, file.table, plan, read.rows, file.seen, layout
        )
        self._start(worker, self._imported, writes=True)

    def _imported(self, summary) -> None:
        self._worker = None
        if not summary.ignored_columns:
            self._last = None  # every column was imported: Map Columns… is not offered
        self.imported.emit(summary)
        self._next()

    def _failed(self, message: str) -> None:
        self._worker = None
        self.failed.emit(message)
        self._next()


def _before_reading(project: Project, event_id: int, cancelled=None, report=None):
    """The event's rows as they were before its file was read (an import keeps the hand
    edits made after this moment and reports them), and the names of its meals."""
    seen = snapshot(project, event_id)
    meals = [item.name for item in project.events.get(event_id).catering if item.name]
    return seen, meals


def _write(
    project: Project, event_id, table, plan, rows, seen, layout, cancelled=None, report=None
):
    """One import through the application layer: its rows are merged in one transaction."""
    if layout is not None:
        run(project, layout)
    if seen is None:
        seen = snapshot(project, event_id)
    result = run(project, ImportRegistrations(event_id, table, plan, rows, seen, cancelled))
    return result.value
