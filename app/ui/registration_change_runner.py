"""Hand changes to registrations: stored off the UI thread, then put on the undo stack."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..domain import Registration
from ..services import registration_changes
from ..services.registration_changes import Outcome
from ..storage import ConflictError, Project
from .registration_undo import RegistrationChangeCommand
from .workers import Worker, run_in_pool


def save_unless_changed(
    project: Project, registration: Registration, original: Registration
) -> Outcome | None:
    """The edit saved, or None when another window or coordinator changed it meanwhile."""
    try:
        return registration_changes.save(project, registration, original)
    except ConflictError:
        return None


def _change_job(
    fn: Callable[..., Outcome | None],
    *args: Any,
    cancelled: Callable[[], bool] | None = None,
    report: Callable[[int, int], None] | None = None,
) -> Outcome | None:
    return fn(*args)


class RegistrationChangeRunner(QObject):
    """Runs one change at a time per call on a worker (each settles the waiting list over
    every row), and pushes what it stored onto `undo_stack` so Edit > Undo takes it back.

    Signals: stored(int event_id, object Outcome, bool reload) after a change was stored;
    refused() when the registration was changed elsewhere and nothing was saved;
    failed(str message) when the store failed; undone(int event_id) after an undo or redo;
    undo_failed(str message) when an undo or redo was refused.
    """

    stored = Signal(int, object, bool)
    refused = Signal()
    failed = Signal(str)
    undone = Signal(int)
    undo_failed = Signal(str)

    def __init__(self, undo_stack: QUndoStack | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self._running = 0

    def is_busy(self) -> bool:
        return self._running > 0

    def run(
        self,
        project: Project,
        event_id: int,
        fn: Callable[..., Outcome | None],
        *args: Any,
        reload: bool = False,
        text: str = "",
    ) -> None:
        """Store `fn(project, *args)` off the UI thread; `text` names it on the undo stack."""
        self._running += 1
        worker = Worker(_change_job, fn, project, *args)
        worker.signals.finished.connect(
            lambda outcome: self._finished(project, event_id, outcome, reload, text)
        )
        worker.signals.failed.connect(self._failed)
        run_in_pool(worker)

    def _failed(self, message: str) -> None:
        self._running -= 1
        self.failed.emit(message)

    def _finished(
        self, project: Project, event_id: int, outcome: Outcome | None, reload: bool, text: str
    ) -> None:
        self._running -= 1
        if outcome is None:
            self.refused.emit()
            return
        if self.undo_stack is not None and (outcome.changed or outcome.deleted):
            self.undo_stack.push(
                RegistrationChangeCommand(
                    project, event_id, outcome, text, self.undone.emit, self.undo_failed.emit
                )
            )
        self.stored.emit(event_id, outcome, reload)
