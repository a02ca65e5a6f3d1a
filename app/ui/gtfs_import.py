"""Importing a GTFS feed into the stops cache: file dialog, background worker, progress, cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ..services.stops_cache import ImportResult, StopsCache
from .file_dialogs import open_file
from .progress_dialog import close_progress, open_progress, show_outcome
from .workers import Worker, run_in_pool

# Progress is shown in thousandths: a national feed's bytes do not fit a progress bar's int.
_STEPS = 1000


def app_stops_cache() -> StopsCache:
    """The stops cache in the user's cache folder."""
    return StopsCache(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    )


class GtfsImport(QObject):
    """Runs one import of a feed (zip or stops.txt) with a progress dialog that can cancel.

    Signals: imported(object ImportResult), failed(str message), cancelled().
    The outcome is also shown in a non-modal message box, kept in `message_box`.
    """

    imported = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, cache: StopsCache, parent: QWidget | None = None):
        super().__init__(parent)
        self.cache = cache
        self._parent = parent
        self._worker: Worker | None = None
        self._cancelling = False
        self.progress: QProgressDialog | None = None
        self.message_box: QMessageBox | None = None

    def choose_and_start(self) -> bool:
        """Ask for a file, then import it; False if the user chose none."""
        path = open_file(
            self._parent,
            "gtfs",
            self.tr("Import GTFS feed"),
            self.tr("GTFS feed (*.zip stops.txt *.txt);;All files (*)"),
        )
        if not path:
            return False
        self.start(path)
        return True

    def is_running(self) -> bool:
        return self._worker is not None

    def start(self, path: str | Path) -> None:
        if self._worker is not None:
            return
        name = Path(path).name
        self.progress = open_progress(
            self._parent,
            self.tr("Import GTFS feed"),
            self.tr("Importing stops from %1…").replace("%1", name),
            _STEPS,
            self.cancel,
            minimum_duration_ms=300,
        )
        self._cancelling = False
        self._worker = Worker(self.cache.import_feed, Path(path))
        self._worker.signals.progress.connect(self._on_progress)
        self._worker.signals.finished.connect(self._on_finished)
        self._worker.signals.failed.connect(self._on_failed)
        run_in_pool(self._worker)

    def cancel(self) -> None:
        if self._worker is not None:
            self._cancelling = True
            self._worker.cancel()
            if self.progress is not None:
                self.progress.setLabelText(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress is not None and total > 0 and not self._cancelling:
            self.progress.setValue(min(_STEPS, done * _STEPS // total))

    def _close_progress(self) -> None:
        self._worker = None
        close_progress(self.progress, self.cancel)

    def _on_finished(self, result: ImportResult) -> None:
        self._close_progress()
        text = (
            self.tr("%Ln stop(s) imported from %1 (stations among them: %2).", "", result.stops)
            .replace("%2", QLocale().toString(result.stations))
            .replace("%1", result.source)
        )
        if not result.with_modes:
            text += " " + self.tr("The feed has no route data, so modes are guessed.")
        self._show(QMessageBox.Icon.Information, "\n".join([text, *result.notes]))
        self.imported.emit(result)

    def _on_failed(self, message: str) -> None:
        was_cancelled = self._cancelling
        self._close_progress()
        if was_cancelled:
            self.cancelled.emit()
            return
        self._show(QMessageBox.Icon.Warning, message)
        self.failed.emit(message)

    def _show(self, icon: QMessageBox.Icon, text: str) -> None:
        self.message_box = show_outcome(self._parent, icon, self.tr("Import GTFS feed"), text)
