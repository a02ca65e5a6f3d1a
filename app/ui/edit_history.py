"""Edit > Undo and Redo over the application layer's history, run off the UI thread."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal
from PySide6.QtGui import QAction

from ..application import Command, Result, run
from ..application.history import History, Step
from ..storage import ConflictError, Project
from .change_labels import conflict_message
from .edit_actions import undo_redo_actions
from .workers import Worker, run_in_pool


@dataclass
class _Refused:
    """A command refused because the records moved on (ConflictError): not a failure.
    Worded on the UI thread, in the user's language."""

    error: ConflictError


def _run(
    project: Project, command: Command, cancelled: Any = None, report: Any = None
) -> Result | _Refused:
    try:
        return run(project, command)
    except ConflictError as exc:
        return _Refused(exc)


class EditHistory(QObject):
    """Runs commands and their undo and redo on a worker, one at a time in the order
    asked, and keeps the Edit menu's Undo and Redo actions named for the step they take
    back or forward.

    Signals: applied(str kind, object target, object result) after a command was stored
    (kind venue/event/registrations, target its id or event id); moved(str kind, object
    target, object result) after an undo or redo; failed(str message) when an undo or
    redo was refused or failed (the history is then unchanged), and refused(str kind,
    str message) too when it was refused; idle() when nothing is queued or running.
    """

    applied = Signal(str, object, object)
    moved = Signal(str, object, object)
    failed = Signal(str)
    refused = Signal(str, str)
    idle = Signal()

    def __init__(
        self, parent: QObject | None = None, actions: tuple[QAction, QAction] | None = None
    ) -> None:
        super().__init__(parent)
        self.history = History()
        self.project: Project | None = None
        self._busy = 0
        self._queue: deque[Worker] = deque()
        self._running: Worker | None = None
        # The window makes its actions before a project (and this history) exists.
        self.undo_action, self.redo_action = actions or undo_redo_actions(self)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action.triggered.connect(self.redo)
        self._update_actions()

    def set_project(self, project: Project | None) -> None:
        self.project = project
        self.history.clear()
        self._update_actions()

    def clear(self) -> None:
        self.history.clear()
        self._update_actions()

    def update_actions(self) -> None:
        """Name and enable Undo and Redo for the history as it is (the window greys them
        while another project opens)."""
        self._update_actions()

    def is_busy(self) -> bool:
        return self._busy > 0

    def flush(self, timeout_ms: int = 15_000) -> None:
        """Let every queued command finish (the window is closing: each edit the user
        made is stored, as if it had been saved at once)."""
        if not self.is_busy():
            return
        loop = QEventLoop()
        self.idle.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        self.idle.disconnect(loop.quit)

    # -- running -------------------------------------------------------
    def execute(
        self,
        command: Command,
        label: str | Callable[[Result], str],
        kind: str,
        target: int | None,
        done: Callable[[Result], None] | None = None,
        refused: Callable[[str, bool], None] | None = None,
    ) -> None:
        """Run `command` off the UI thread and put it in the history as `label` (or the
        label made from its result). `done(result)` follows, or `refused(message,
        conflict)` (conflict: the records moved on since the caller read them)."""
        project = self.project
        if project is None:
            return

        def finished(result: Result) -> None:
            text = label(result) if callable(label) else label
            stored = getattr(result.value, "id", None)
            self.history.record(text, kind, stored if stored is not None else target, result)
            if done is not None:
                done(result)
            self.applied.emit(kind, target, result)

        self._start(project, command, finished, refused)

    def undo(self) -> None:
        step = self.history.undo_step()
        command = self.history.undo_command(step) if step is not None else None
        if step is None or command is None or self.is_busy() or self.project is None:
            return
        self._start(
            self.project,
            command,
            lambda result: self._moved(step, result, undone=True),
            lambda message, _conflict: self._refused(step, message, undone=True),
        )

    def redo(self) -> None:
        step = self.history.redo_step()
        command = self.history.redo_command(step) if step is not None else None
        if step is None or command is None or self.is_busy() or self.project is None:
            return
        self._start(
            self.project,
            command,
            lambda result: self._moved(step, result, undone=False),
            lambda message, _conflict: self._refused(step, message, undone=False),
        )

    def _start(
        self,
        project: Project,
        command: Command,
        finished: Callable[[Result], None],
        refused: Callable[[str, bool], None] | None,
    ) -> None:
        worker = Worker(_run, project, command)

        def ok(result: Result | _Refused) -> None:
            self._settled()
            if isinstance(result, _Refused):
                tell(conflict_message(result.error), True)
            else:
                finished(result)
            self._launch()

        def failed(message: str) -> None:
            self._settled()
            tell(message, False)
            self._launch()

        def tell(message: str, conflict: bool) -> None:
            if refused is not None:
                refused(message, conflict)
            else:
                self.failed.emit(message)

        worker.signals.finished.connect(ok)
        worker.signals.failed.connect(failed)
        self._busy += 1
        self._queue.append(worker)
        self._launch()

    def _settled(self) -> None:
        self._busy -= 1
        self._running = None

    def _launch(self) -> None:
        """Start the next queued command: they run one at a time, in the order asked."""
        if self._running is None and self._queue:
            self._running = self._queue.popleft()
            run_in_pool(self._running)
        self._update_actions()
        if not self.is_busy():
            self.idle.emit()

    def _moved(self, step: Step, result: Result, undone: bool) -> None:
        if undone:
            self.history.undone(step, result)
        else:
            self.history.redone(step, result)
        self.moved.emit(step.kind, step.target, result)

    def _refused(self, step: Step, message: str, undone: bool) -> None:
        template = (
            self.tr("“%1” was not undone: %2") if undone else self.tr("“%1” was not redone: %2")
        )
        text = template.replace("%1", step.label).replace("%2", message)
        self.refused.emit(step.kind, text)
        self.failed.emit(text)

    # -- the menu's actions ------------------------------------------------
    def _update_actions(self) -> None:
        undo, redo = self.history.undo_step(), self.history.redo_step()
        self.undo_action.setText(
            self.tr("&Undo: %1").replace("%1", undo.label) if undo else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo: %1").replace("%1", redo.label) if redo else self.tr("&Redo")
        )
        self.undo_action.setEnabled(undo is not None and not self.is_busy())
        self.redo_action.setEnabled(redo is not None and not self.is_busy())
