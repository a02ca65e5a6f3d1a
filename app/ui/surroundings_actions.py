"""Fetching the streets around a venue (once, in the background) and refreshing them on demand.

Signals: fetched(int venue_id, str message), failed(str message).
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, Signal

from ..storage import Project
from .preferences import (
    OVERPASS_URL_KEY,
    SURROUNDINGS_ENABLED_KEY,
    setting_bool,
)
from .workers import Worker, run_in_pool


def surroundings_enabled(settings: QSettings | None = None) -> bool:
    return setting_bool(settings or QSettings(), SURROUNDINGS_ENABLED_KEY)


def _fetch(project: Project, venue_id: int, endpoint: str, *, cancelled, report):
    # Imported here: the service imports geopy (for the shared rate limit and user agent).
    from ..application.surroundings import fetch_and_store
    from ..services.overpass import OverpassClient, SurroundingsError

    try:
        found = fetch_and_store(project, venue_id, OverpassClient(endpoint or None))
    except SurroundingsError as error:  # worded by its kind in the window's language
        return venue_id, None, error.kind
    venue = project.venues.get(venue_id)
    return venue_id, venue.name, len(found.features)


class SurroundingsActions(QObject):
    """Starts fetches for the window: automatically for a venue with coordinates and nothing
    stored (once per venue and session), or on demand (`refresh`)."""

    fetched = Signal(int, str)
    failed = Signal(str)

    def __init__(self, project: Callable[[], Project | None], settings: QSettings, parent=None):
        super().__init__(parent)
        self._project = project
        self._settings = settings
        self._tried: set[tuple[str, int]] = set()
        self._busy: set[int] = set()
        self._workers: list[Worker] = []

    def auto_fetch(self, venue) -> None:
        """Fetch `venue`'s surroundings if it has a point, none are stored and it was not
        tried before in this session; quietly does nothing otherwise."""
        project = self._project()
        if project is None or venue is None or venue.id is None or not venue.has_coordinates:
            return
        key = (project.location, venue.id)
        # VENUEPLAN_NO_NETWORK (as in services/geocoding): no fetch is even tried.
        offline = os.environ.get("VENUEPLAN_NO_NETWORK") == "1"
        if key in self._tried or offline or not surroundings_enabled(self._settings):
            return
        self._tried.add(key)
        if project.surroundings.fetched_at(venue.id) is not None:
            return
        self._start(venue.id)

    def refresh(self, venue_id: int | None) -> None:
        """Fetch again on the user's request (the stored ones stay if it fails)."""
        if venue_id is None:
            return
        if not surroundings_enabled(self._settings):
            self.failed.emit(
                self.tr("Fetching streets around venues is switched off in Preferences.")
            )
            return
        self._start(venue_id)

    def _start(self, venue_id: int) -> None:
        if venue_id in self._busy:
            return
        self._busy.add(venue_id)
        endpoint = str(self._settings.value(OVERPASS_URL_KEY, "") or "").strip()
        worker = Worker(_fetch, self._project(), venue_id, endpoint)
        worker.signals.finished.connect(self._done)
        worker.signals.failed.connect(lambda text, v=venue_id: self._failed(v, text))
        self._workers.append(worker)
        run_in_pool(worker)

    def _done(self, result) -> None:
        venue_id, name, count = result
        if name is None:
            self._failed(venue_id, self._problem(count))
            return
        self._busy.discard(venue_id)
        self.fetched.emit(
            venue_id,
            self.tr("Streets around %1 fetched (%2 features; © OpenStreetMap contributors).")
            .replace("%1", name)
            .replace("%2", str(count)),
        )

    def _problem(self, kind: str) -> str:
        return {
            "offline": self.tr("The computer seems to be offline."),
            "timeout": self.tr("The map service did not answer in time; try again later."),
            "refused": self.tr("The map service refused the connection."),
            "busy": self.tr("The map service is busy; try again in a minute."),
        }.get(kind, self.tr("The map service sent an answer that cannot be used."))

    def _failed(self, venue_id: int, text: str) -> None:
        self._busy.discard(venue_id)
        self.failed.emit(self.tr("Streets not fetched: %1").replace("%1", text))
