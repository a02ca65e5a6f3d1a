"""The change feed of one window: other windows' changes to the project, as signals."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ..application.change_feed import ChangeSource, FeedBatch, TableChangeSource, read_batch
from ..storage import Project
from .workers import Worker, run_in_pool

# How often the changes table is read: a change shows in another window within a second.
POLL_MS = 400


def _read(project: Project, source: ChangeSource, seq: int | None, cancelled=None, report=None):
    return read_batch(project, source, seq)


class ChangeFeed(QObject):
    """Turns change records made elsewhere into signals by aggregate and id. Reads run on
    a worker, one at a time; `poll()` is also the slot a pushing source (PostgreSQL's
    LISTEN/NOTIFY) would call when a change commits, so nothing else changes then.

    Signals: venue_changed(int id, object Venue or None if deleted), event_changed(int id,
    object Event or None), registrations_changed(int event_id, object ids: tuple of the
    registration ids, empty when many changed), table_plan_changed(int event_id).
    """

    venue_changed = Signal(int, object)
    event_changed = Signal(int, object)
    registrations_changed = Signal(int, object)
    table_plan_changed = Signal(int)

    def __init__(
        self,
        project: Project,
        source: ChangeSource | None = None,
        interval_ms: int = POLL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._project = project
        self._source = source or TableChangeSource(project)
        self._seq: int | None = None
        self._reading: Worker | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        self._timer.start()
        self.poll()

    def stop(self) -> None:
        self._timer.stop()

    def poll(self) -> None:
        if self._reading is not None:
            return
        worker = Worker(_read, self._project, self._source, self._seq)
        worker.signals.finished.connect(self._deliver)
        worker.signals.failed.connect(self._failed)
        self._reading = worker
        run_in_pool(worker)

    def _failed(self, _message: str) -> None:
        # The file was busy or went away for a moment: the next poll tries again.
        self._reading = None

    def _deliver(self, batch: FeedBatch) -> None:
        self._reading = None
        self._seq = batch.last
        for change in batch.changes:
            key = (change.aggregate, change.aggregate_id or 0)
            record: Any = batch.records.get(key)
            if change.aggregate == "venue" and change.aggregate_id is not None:
                self.venue_changed.emit(change.aggregate_id, record)
            elif change.aggregate == "event" and change.aggregate_id is not None:
                self.event_changed.emit(change.aggregate_id, record)
            elif change.aggregate == "registrations" and change.event_id is not None:
                self.registrations_changed.emit(change.event_id, change.ids)
            elif change.aggregate == "table_plan" and change.event_id is not None:
                self.table_plan_changed.emit(change.event_id)
