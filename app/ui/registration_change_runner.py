"""Hand changes to registrations: commands of the application layer, run off the UI thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from ..application import Command, Result
from ..application.registrations import EditRegistration
from .edit_history import EditHistory


class RegistrationChangeRunner(QObject):
    """Runs registration commands through `history` (one at a time, each settling the
    waiting list over every row in its transaction), so Edit > Undo takes them back.

    Signals: stored(int event_id, object Outcome, bool reload) after a change was stored;
    refused() when the registration was changed elsewhere and nothing was saved;
    failed(str message) when the store failed; undone(int event_id) after an undo or redo
    of a registration change; undo_failed(str message) when one was refused.
    """

    stored = Signal(int, object, bool)
    refused = Signal()
    failed = Signal(str)
    undone = Signal(int)
    undo_failed = Signal(str)

    def __init__(self, history: EditHistory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self._running = 0
        history.moved.connect(self._moved)
        history.refused.connect(self._refused)

    def is_busy(self) -> bool:
        return self._running > 0

    def run(self, event_id: int, command: Command, *, reload: bool = False, text: str = "") -> None:
        """Store `command`; `text` names it in the Edit menu."""
        self._running += 1

        def done(result: Result) -> None:
            self._running -= 1
            self.stored.emit(event_id, result.value, reload)

        def refused(message: str, conflict: bool) -> None:
            self._running -= 1
            if conflict and isinstance(command, EditRegistration):
                self.refused.emit()
            else:
                self.failed.emit(message)

        self.history.execute(command, text, "registrations", event_id, done, refused)

    def _moved(self, kind: str, target: Any, _result: Result) -> None:
        if kind == "registrations" and target is not None:
            self.undone.emit(int(target))

    def _refused(self, kind: str, message: str) -> None:
        if kind == "registrations":
            self.undo_failed.emit(message)
