"""“Geocode all venues without coordinates”: one look-up at a time, with progress and cancel."""

from __future__ import annotations

import copy

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ..application import run
from ..application.records import SaveRecord
from ..domain import Venue
from ..services.geocoding import GeocodeError, Geocoder, venue_query
from ..storage import Project, ProjectError
from .progress_dialog import close_progress, open_progress, show_outcome
from .workers import Worker, run_in_pool

# After these, every other venue would fail the same way (or, asked to slow down, more
# look-ups would only annoy the service); the batch stops at once.
_STOPPING_KINDS = ("offline", "timeout", "refused", "busy")


def _look_up_and_save(project: Project, geocoder: Geocoder, venue: Venue, *, cancelled, report):
    """Geocode one venue and store its first candidate; (venue, saved Venue | None | error).

    Saving happens here, off the UI thread: a commit can wait for the file while an
    import writes to it. The venue is read again first, so coordinates typed in while
    the look-up ran are kept (None is returned then).
    """
    try:
        candidates = geocoder.geocode(venue_query(venue), country=venue.country or None)
    except GeocodeError as error:
        return venue, error
    except Exception as error:  # noqa: BLE001 - a bug must not leave the batch waiting forever
        return venue, GeocodeError("service", f"{type(error).__name__}: {error}")
    if cancelled():
        return venue, None  # cancelled while the look-up ran: the answer is cached, not saved
    place = candidates[0]
    if venue.id is None:  # never: the batch takes stored venues
        return venue, None
    try:
        current = project.venues.get(venue.id)
        if current.has_coordinates:
            return venue, None
        changed = copy.deepcopy(current)
        changed.latitude, changed.longitude = place.latitude, place.longitude
        # Approximate: nobody has checked it on a map yet.
        changed.coordinates_approximate = True
        return venue, run(project, SaveRecord("venue", current.id, current, changed)).value
    except ProjectError as error:
        return venue, error


class GeocodeBatch(QObject):
    """Geocodes every venue that lacks coordinates and saves each through project.venues.

    The look-ups run off the UI thread one after another (the service allows one a
    second), and each answer is saved there too (see _look_up_and_save); the UI thread
    only shows progress. Each saved venue takes the first candidate and is marked
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
        self.progress = open_progress(
            self._parent,
            self.tr("Geocode venues"),
            self.tr("Looking up addresses…"),
            self._total,
            self.cancel,
        )
        self._next()

    def cancel(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        if self._worker is not None:
            self._worker.cancel()  # its answer is then cached but not saved
        done = self._total - len(self._queue) - (1 if self._worker else 0)
        self._finish(
            self.tr("Cancelled after %1 of %Ln venue(s).", "", self._total).replace(
                "%1", QLocale().toString(max(0, done))
            )
        )

    def _next(self) -> None:
        if self._stopped:
            return
        if not self._queue:
            self._finish(self._summary())
            return
        venue = self._queue.pop(0)
        if self.progress is not None:
            self.progress.setLabelText(
                self.tr("Looking up %1 (%2 of %3)…")
                .replace("%1", venue.name)
                .replace("%2", str(self._total - len(self._queue)))
                .replace("%3", str(self._total))
            )
        self._worker = Worker(_look_up_and_save, self.project, self.geocoder, venue)
        self._worker.signals.finished.connect(self._answered)
        run_in_pool(self._worker)

    def _answered(self, answer) -> None:
        self._worker = None
        if self._stopped:
            return  # cancelled while this look-up ran
        venue, result = answer
        if isinstance(result, GeocodeError):
            self._problems.append(f"{venue.name}: {result}")
            if result.kind in _STOPPING_KINDS:
                self._stopped = True
                self._finish(self._summary())
                return
        elif isinstance(result, ProjectError):
            self._problems.append(f"{venue.name}: {result}")
        elif result is not None:
            self._saved.append(result.name)
            self.venue_saved.emit(result)
        if self.progress is not None:
            self.progress.setValue(self._total - len(self._queue))
        self._next()

    def _summary(self) -> str:
        lines = [
            self.tr("Coordinates found for %1 of %Ln venue(s).", "", self._total).replace(
                "%1", QLocale().toString(len(self._saved))
            )
        ]
        lines += self._problems
        return "\n".join(lines)

    def _finish(self, summary: str) -> None:
        self.summary = summary
        close_progress(self.progress, self.cancel)
        self.message_box = show_outcome(
            self._parent, QMessageBox.Icon.Information, self.tr("Geocode venues"), summary
        )
        self.finished.emit(summary)
