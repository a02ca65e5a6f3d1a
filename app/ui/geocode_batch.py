"""“Geocode all venues without coordinates”: one look-up at a time, with progress and cancel."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ..domain import Venue
from ..services.geocoding import GeocodeError, Geocoder, venue_query
from ..storage import Project, ProjectError
from .workers import Worker, run_in_pool

# After these, every other venue would fail the same way; the batch stops at once.
_STOPPING_KINDS = ("offline", "timeout", "refused")


def _look_up(geocoder: Geocoder, venue: Venue, *, cancelled, report):
    try:
        return venue.id, geocoder.geocode(venue_query(venue), country=venue.country or None)
    except GeocodeError as error:
        return venue.id, error
    except Exception as error:  # a bug must not leave the batch waiting forever
        return venue.id, GeocodeError("service", f"{type(error).__name__}: {error}")


class GeocodeBatch(QObject):
    """Geocodes every venue that lacks coordinates and saves each through project.venues.

    The look-ups run off the UI thread one after another (the service allows one a
    second); saving happens on the UI thread, re-reading each venue first so an edit
    made meanwhile is kept. Each saved venue takes the first candidate and is marked
    approximate, because nobody has checked it on a map yet.
    Signals: venue_saved(object Venue), finished(str summary).
    """

    venue_saved = Signal(object)
    finished = Signal(str)

    def __init__(self, project: Project, geocoder: Geocoder, parent: QWidget | None = None):
        super().__init__(parent)
        self.project = project
        self.geocoder = geocoder
        self._parent = parent
        self._queue: list[Venue] = []
        self._total = 0
        self._saved: list[str] = []
        self._problems: list[str] = []
        self._stopped = False
        self._worker: Worker | None = None
        self.progress: QProgressDialog | None = None
        self.message_box: QMessageBox | None = None
        self.summary = ""

    def start(self) -> None:
        self._queue = [v for v in self.project.venues.all() if not v.has_coordinates]
        self._total = len(self._queue)
        if not self._queue:
            self._finish(self.tr("Every venue already has coordinates."))
            return
        self.progress = QProgressDialog(self.tr("Looking up addresses…"), self.tr("Cancel"),
                                        0, self._total, self._parent)
        self.progress.setWindowTitle(self.tr("Geocode venues"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)
        self.progress.setValue(0)
        self._next()

    def cancel(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        done = self._total - len(self._queue) - (1 if self._worker else 0)
        self._finish(self.tr("Cancelled after %1 of %2 venues.")
                     .replace("%1", str(max(0, done))).replace("%2", str(self._total)))

    def _next(self) -> None:
        if self._stopped:
            return
        if not self._queue:
            self._finish(self._summary())
            return
        venue = self._queue.pop(0)
        self.progress.setLabelText(self.tr("Looking up %1 (%2 of %3)…")
                                   .replace("%1", venue.name)
                                   .replace("%2", str(self._total - len(self._queue)))
                                   .replace("%3", str(self._total)))
        self._worker = Worker(_look_up, self.geocoder, venue)
        self._worker.signals.finished.connect(self._answered)
        run_in_pool(self._worker)

    def _answered(self, answer) -> None:
        self._worker = None
        if self._stopped:
            return  # cancelled while this look-up ran: its answer is cached, not saved
        venue_id, result = answer
        name = next((v.name for v in self.project.venues.all() if v.id == venue_id), "?")
        if isinstance(result, GeocodeError):
            self._problems.append(f"{name}: {result}")
            if result.kind in _STOPPING_KINDS:
                self._stopped = True
                self._finish(self._summary())
                return
        else:
            self._save(venue_id, name, result[0])
        self.progress.setValue(self._total - len(self._queue))
        self._next()

    def _save(self, venue_id: int, name: str, place) -> None:
        try:
            venue = self.project.venues.get(venue_id)
            if venue.has_coordinates:
                return  # typed in by the user while the look-up ran
            venue.latitude, venue.longitude = place.latitude, place.longitude
            venue.coordinates_approximate = True
            saved = self.project.venues.save(venue)
        except ProjectError as error:
            self._problems.append(f"{name}: {error}")
            return
        self._saved.append(name)
        self.venue_saved.emit(saved)

    def _summary(self) -> str:
        lines = [self.tr("Coordinates found for %1 of %2 venues.")
                 .replace("%1", str(len(self._saved))).replace("%2", str(self._total))]
        lines += self._problems
        return "\n".join(lines)

    def _finish(self, summary: str) -> None:
        self.summary = summary
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
        # Not exec(): the window (and the tests) carry on while the summary is open.
        self.message_box = QMessageBox(QMessageBox.Icon.Information, self.tr("Geocode venues"),
                                       summary, QMessageBox.StandardButton.Ok, self._parent)
        self.message_box.open()
        self.finished.emit(summary)
