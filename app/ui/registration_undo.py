"""Undo and redo of registration changes made by hand (add, edit, status, delete)."""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..services import registration_changes
from ..storage import ConflictError, Project, ProjectError


class RegistrationChangeCommand(QUndoCommand):
    """One change already stored (its Outcome), on the window's undo stack.

    Undo puts every row it touched back as it was (a deleted person returns with the same
    id, an added one goes, the waiting list is as before); redo puts the change back.
    `applied(event_id)` is called after each undo or redo, `failed(message)` when the
    store refuses (a row changed since by an import or elsewhere, the event is gone); the
    command is then dropped from the stack.
    """

    def __init__(
        self,
        project: Project,
        event_id: int,
        outcome,
        text: str,
        applied: Callable[[int], None],
        failed: Callable[[str], None],
    ):
        super().__init__(text)
        self._project = project
        self._event_id = event_id
        self._after = copy.deepcopy(outcome.changed)
        self._before = copy.deepcopy(outcome.before + outcome.deleted)
        self._deleted_ids = [r.id for r in outcome.deleted]
        self._added_ids = list(outcome.added_ids)
        self._applied = applied
        self._failed = failed
        self._done = True  # pushed after the change was stored: the first redo is a no-op

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        # Only over the state the undo left: nothing changed elsewhere is overwritten.
        self._apply(
            self._after,
            self._deleted_ids,
            f"Redone: {self.text()}",
            expected=self._before,
            absent=self._added_ids,
        )

    def undo(self) -> None:
        self._apply(
            self._before,
            self._added_ids,
            f"Undone: {self.text()}",
            expected=self._after,
            absent=self._deleted_ids,
        )

    def _apply(self, rows, remove_ids, log_line: str, *, expected, absent) -> None:
        try:
            registration_changes.restore(
                self._project,
                self._event_id,
                rows,
                remove_ids,
                log_line,
                expected=expected,
                absent_ids=absent,
            )
        except ConflictError:
            self.setObsolete(True)
            self._failed(
                QCoreApplication.translate(
                    "RegistrationChangeCommand",
                    "“%1” can no longer be undone or redone: some of its registrations were "
                    "changed since (by an import, another window or a colleague), and that change "
                    "is kept.",
                ).replace("%1", self.text())
            )
            return
        except ProjectError as exc:
            self.setObsolete(True)
            self._failed(str(exc))
            return
        self._applied(self._event_id)
