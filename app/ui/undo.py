"""Undo commands that save whole records, so every edit is stored at once and can be undone."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from ..storage import ProjectError


class RecordCommand(QUndoCommand):
    """Replace one record (venue or event) by another snapshot, either way.

    `before` None means the command creates the record; `after` None deletes it.
    `repo` is a repository with add/save/delete; `applied(record, record_id)` is
    called after every redo or undo with the record now stored (None if deleted),
    and `failed(message)` when the store refuses (a conflict, a vanished record).
    """

    def __init__(
        self,
        repo,
        before: Any | None,
        after: Any | None,
        text: str,
        applied: Callable[[Any | None, int | None], None],
        failed: Callable[[str], None],
    ):
        super().__init__(text)
        self._repo = repo
        self._before = copy.deepcopy(before)
        self._after = copy.deepcopy(after)
        self._applied = applied
        self._failed = failed
        record = before if before is not None else after
        if record is None:
            raise ValueError("A record change needs the record before or after it.")
        self._record_id = record.id
        self._revision = before.revision if before is not None else 0

    def redo(self) -> None:
        self._apply(self._after)

    def undo(self) -> None:
        self._apply(self._before)

    def _apply(self, snapshot) -> None:
        try:
            if snapshot is None:
                self._repo.delete(self._record_id)
                stored = None
            else:
                record = copy.deepcopy(snapshot)
                record.id = self._record_id
                record.revision = self._revision
                exists = self._record_id is not None and self._repo.exists(self._record_id)
                stored = self._repo.save(record) if exists else self._repo.add(record)
                self._record_id = stored.id
                self._revision = stored.revision
        except ProjectError as exc:
            # The record moved on elsewhere: this step can no longer be undone safely.
            self.setObsolete(True)
            self._failed(str(exc))
            return
        self._applied(copy.deepcopy(stored) if stored else None, self._record_id)
