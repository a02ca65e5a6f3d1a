"""The one shared helper for running long work off the UI thread and hearing back by signal."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..services.job_failure import failure_line

log = logging.getLogger(__name__)

# Workers handed to run_in_pool (and process workers, ui/process_worker.py) are kept alive
# here until they report, so neither Python's garbage collector nor Qt's auto-delete can
# free one while it still runs.
_ACTIVE: set[object] = set()
_ACTIVE_LOCK = threading.Lock()


class WorkerSignals(QObject):
    """Signals of a Worker; created on the UI thread, so slots run there.

    Signals: finished(object result), failed(str message), progress(int done, int total).
    """

    finished = Signal(object)
    failed = Signal(str)
    progress = Signal(int, int)


class Worker(QRunnable):
    """Runs fn(*args, cancelled=..., report=..., **kwargs) on a pool thread.

    fn calls `cancelled()` to learn whether the user asked to stop, and
    `report(done, total)` to report progress. Its return value is emitted by
    `signals.finished`; an exception by `signals.failed` with a one-line message
    (the exception's own text, which the services write for users). A worker
    never touches a widget.
    """

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any):
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.signals = WorkerSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask fn to stop at its next check; safe to call from any thread."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _report(self, done: int, total: int) -> None:
        try:
            self.signals.progress.emit(int(done), int(total))
        except RuntimeError:
            self.cancel()  # the window is gone: stop working for it

    def run(self) -> None:
        try:
            result = self.fn(
                *self.args, cancelled=self.is_cancelled, report=self._report, **self.kwargs
            )
        except Exception as error:  # every failure becomes a message, never a crash
            message, bug = failure_line(error)
            if bug:
                log.exception("Background work failed")
            self._done()
            self._emit(self.signals.failed, message)
            return
        self._done()
        self._emit(self.signals.finished, result)

    @staticmethod
    def _emit(signal, value) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            # The window that asked has closed (its signals object is gone): nobody
            # is left to tell, and the work itself is complete.
            log.info("Background work finished after its window closed")

    def _done(self) -> None:
        reported(self)


def keep_until_reported(work: object) -> None:
    with _ACTIVE_LOCK:
        _ACTIVE.add(work)


def reported(work: object) -> None:
    with _ACTIVE_LOCK:
        _ACTIVE.discard(work)


def run_in_pool(worker: Worker, pool: QThreadPool | None = None) -> Worker:
    """Start the worker on the given pool (the global one by default) and return it."""
    keep_until_reported(worker)
    (pool or QThreadPool.globalInstance()).start(worker)
    return worker


def active_workers() -> int:
    """How many started workers have not reported yet (tests wait for zero)."""
    with _ACTIVE_LOCK:
        return len(_ACTIVE)
