"""A Worker look-alike whose work runs in a child process (services/process_pool.py).

Parsing an import or writing a workbook in a thread of the window's process competes
with the UI thread for the GIL, and the window stalls; in a child process it does not.
A `ProcessWorker` has the same `signals`, `cancel()` and `is_cancelled()` as a `Worker`,
so a caller swaps one for the other; `active_workers()` counts both until they report.
"""

from __future__ import annotations

import atexit
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from ..services.process_pool import ProcessPool
from .workers import WorkerSignals, keep_until_reported, reported

_POOL: ProcessPool | None = None


def process_pool() -> ProcessPool:
    """The app's pool of child processes, started with the first job and ended at quit."""
    global _POOL
    if _POOL is None:
        _POOL = ProcessPool(size=2)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(shutdown_pool)
        atexit.register(shutdown_pool)
    return _POOL


def shutdown_pool() -> None:
    global _POOL
    pool, _POOL = _POOL, None
    if pool is not None:
        pool.shutdown()


class _Relay(QObject):
    """Lives on the UI thread: what the pool's receiving thread hears arrives here queued."""

    heard = Signal(str, object)

    def __init__(self, deliver: Callable[[str, Any], None]) -> None:
        super().__init__()
        self._deliver = deliver
        # Queued even when emitted on the UI thread (a job cancelled before it started):
        # the caller of cancel() hears of it later, as it would from the child.
        self.heard.connect(self._on_heard, Qt.ConnectionType.QueuedConnection)

    def _on_heard(self, kind: str, values: Any) -> None:
        self._deliver(kind, values)


class ProcessWorker:
    """Runs fn(*args, cancelled=..., report=...) in a child process; fn must be a top-level
    function and args plain data (a project goes as `services.process_jobs.project_ref`).

    `signals.failed` carries the child's one-line message, or `cancelled_text` when the
    job stopped because `cancel()` was called.
    """

    def __init__(self, fn: Callable[..., Any], *args: Any, cancelled_text: str = "") -> None:
        self.fn = fn
        self.args = args
        self.cancelled_text = cancelled_text
        self.signals = WorkerSignals()
        self._relay = _Relay(self._deliver)
        self._job_id: int | None = None
        self._cancelled = False
        self._done = False

    def start(self) -> ProcessWorker:
        keep_until_reported(self)
        self._job_id = process_pool().submit(self.fn, self.args, self._listen)
        return self

    def cancel(self) -> None:
        """Ask the child to stop; `signals.failed` follows once it has."""
        if self._cancelled or self._done:
            return
        self._cancelled = True
        if self._job_id is not None and _POOL is not None:
            _POOL.cancel(self._job_id)

    def is_cancelled(self) -> bool:
        return self._cancelled

    def _listen(self, kind: str, *values: Any) -> None:
        # On the pool's receiving thread (or the caller's, for a job that never started).
        try:
            self._relay.heard.emit(kind, values)
        except RuntimeError:
            reported(self)  # the relay is gone with the app: nobody is left to tell

    def _deliver(self, kind: str, values: Any) -> None:
        if self._done:
            return
        if kind == "progress":
            self.signals.progress.emit(*values)
            return
        self._done = True
        reported(self)
        if kind == "finished":
            self.signals.finished.emit(values[0])
        else:
            self.signals.failed.emit(values[0] or self.cancelled_text)


def run_in_process(worker: ProcessWorker) -> ProcessWorker:
    """Start the worker's job in the app's child process pool and return it."""
    return worker.start()
