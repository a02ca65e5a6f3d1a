"""The change feed of one window: other windows' changes to the project, as signals."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ..application.change_feed import ChangeSource, FeedBatch, TableChangeSource, read_batch
from ..storage import Project
from ..storage.change_notices import ChangeListener
from .workers import Worker, run_in_pool

# How often the changes table is read: a change shows in another window within a second.
POLL_MS = 400
# On a server a commit's notice wakes the feed at once; polling is only the fallback for a
# lost listening connection, so it can be slow and spare the server.
SERVER_POLL_MS = 5000


class _Notices(QObject):
    """Carries a listener thread's notices to the UI thread (a queued signal).

    Signals: heard(str origin).
    """

    heard = Signal(str)


def _read(project: Project, source: ChangeSource, seq: int | None, cancelled=None, report=None):
    return read_batch(project, source, seq)


class ChangeFeed(QObject):
    """Turns change records made elsewhere into signals by aggregate and id. Reads run on
    a worker, one at a time. On a file the changes table is polled; on a server a
    listener thread (LISTEN, `storage.change_notices`) calls `poll()` as soon as another
    window's change commits, and polling only backs it up.

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
        # A notice heard during a read: read once more when it is done.
        self._again = False
        self._stopped = False
        self._listener: ChangeListener | None = None
        if project.on_server and source is None:
            interval_ms = max(interval_ms, SERVER_POLL_MS)
            self._notices = _Notices(self)
            self._notices.heard.connect(self._heard, Qt.ConnectionType.QueuedConnection)
            self._listener = ChangeListener(project.engine, self._pass_on).start()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        self._timer.start()
        self.poll()

    def stop(self) -> None:
        """No more reading; the listener's thread ends on its own shortly (never waited
        for here: it may be in a connection attempt)."""
        self._stopped = True
        self._timer.stop()
        if self._listener is not None:
            self._listener.stop()

    def _pass_on(self, origin: str) -> None:
        # On the listener's thread: hand over to the UI thread, unless the feed is gone.
        if self._stopped:
            return
        try:
            self._notices.heard.emit(origin)
        except RuntimeError:
            pass  # the window closed between the check and the signal

    def _heard(self, origin: str) -> None:
        if origin != self._project.session_id:  # this window's own commit is shown already
            self.poll()

    def poll(self) -> None:
        if self._stopped:
            return
        if self._reading is not None:
            self._again = True
            return
        worker = Worker(_read, self._project, self._source, self._seq)
        worker.signals.finished.connect(self._deliver)
        worker.signals.failed.connect(self._failed)
        self._reading = worker
        run_in_pool(worker)

    def _failed(self, _message: str) -> None:
        # The file was busy or went away for a moment: the next poll tries again.
        self._reading = None
        self._read_again()

    def _read_again(self) -> None:
        if self._again:
            self._again = False
            self.poll()

    def _deliver(self, batch: FeedBatch) -> None:
        self._reading = None
        self._seq = batch.last
        self._read_again()
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
