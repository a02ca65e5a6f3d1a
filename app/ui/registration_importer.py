"""Imports of registration files in turn, off the UI thread, asking for the columns when needed."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from ..application import run
from ..application.imports import RememberColumnLayout, import_prepared, snapshot
from ..services.registration_import import plan_with_mapping, prepare
from ..storage import Project
from .column_mapping_dialog import ColumnMappingDialog
from .workers import Worker, run_in_pool


class RegistrationImporter(QObject):
    """Reads and imports queued files into one event.

    Each file is read and recognised by a worker; a file no tool wrote (and whose
    column layout was not seen before) opens the column mapping dialog here on the
    UI thread; the import itself runs in a second worker.

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
        self._worker: Worker | None = None
        self._asking = False
        # The last file imported by a tool's format: (table, plan, event_id, meals).
        self._last: tuple | None = None

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
            self._worker.cancel()

    def _next(self) -> None:
        if not self._queue:
            self.idle.emit()
            return
        path, event_id = self._queue.pop(0)
        self.started.emit(self.tr("Reading %1…").replace("%1", path.name))
        self._start(
            Worker(_prepare_with_meals, path, self.project, event_id),
            lambda found: self._prepared(found[0], event_id, found[1]),
        )

    def _start(self, worker: Worker, on_finished) -> None:
        self._worker = worker
        worker.signals.progress.connect(self.progress)
        worker.signals.finished.connect(on_finished)
        worker.signals.failed.connect(self._failed)
        run_in_pool(worker)

    def can_remap(self) -> bool:
        return self._last is not None and not self.is_busy()

    def remap(self) -> None:
        """Ask again for the columns of the last file a tool wrote, and import it so."""
        if not self.can_remap() or self._last is None:
            return
        table, plan, event_id, meals = self._last
        self._asking = True
        dialog = ColumnMappingDialog(table, plan.mapping, self._dialog_parent, meals)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self._asking = False
        if not accepted or dialog.mapping() == plan.mapping:
            self.idle.emit()
            return
        # The tool's reading (date order, ids) stays; only what the columns hold changes.
        plan = dataclasses.replace(plan, mapping=dialog.mapping())
        self._last = (table, plan, event_id, meals)
        self.started.emit(self.tr("Importing %1…").replace("%1", table.file_name))
        self._start(
            Worker(_import, self.project, event_id, table, plan, None, None), self._imported
        )

    def _prepared(self, found, event_id: int, meals: list[str]) -> None:
        self._worker = None
        prepared, seen = found
        plan = prepared.plan
        layout = None
        self._last = None
        if not prepared.needs_mapping:
            self._last = (prepared.table, plan, event_id, meals)
        if prepared.needs_mapping:
            self._asking = True
            dialog = ColumnMappingDialog(prepared.table, plan.mapping, self._dialog_parent, meals)
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            self._asking = False
            if not accepted:
                self.failed.emit(
                    self.tr("Import of %1 cancelled; nothing was changed.").replace(
                        "%1", prepared.table.file_name
                    )
                )
                self._next()
                return
            plan = plan_with_mapping(prepared.table, dialog.mapping())
            if dialog.remember():
                layout = RememberColumnLayout(list(prepared.table.headers), dialog.mapping())
        self.started.emit(self.tr("Importing %1…").replace("%1", prepared.table.file_name))
        self._start(
            Worker(_import, self.project, event_id, prepared.table, plan, seen, layout),
            self._imported,
        )

    def _imported(self, summary) -> None:
        self._worker = None
        self.imported.emit(summary)
        self._next()

    def _failed(self, message: str) -> None:
        self._worker = None
        self.failed.emit(message)
        self._next()


def _prepare_with_meals(path: Path, project: Project, event_id: int, cancelled=None, report=None):
    """The prepared file with the event's rows as they were before it was read (an import
    keeps the hand edits made after this moment and reports them), and the names of the
    event's meals (read on the worker, too)."""
    seen = snapshot(project, event_id)
    prepared = prepare(path, project, cancelled=cancelled, report=report)
    meals = [item.name for item in project.events.get(event_id).catering if item.name]
    return (prepared, seen), meals


def _import(project: Project, event_id, table, plan, seen, layout, cancelled=None, report=None):
    """One import through the application layer: its rows are merged in one transaction."""
    if layout is not None:
        run(project, layout)
    if seen is None:
        seen = snapshot(project, event_id)
    return import_prepared(project, event_id, table, plan, seen, cancelled, report)
