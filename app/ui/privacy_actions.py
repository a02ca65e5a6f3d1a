"""Deleting participants' personal data: offered when due, and on request for one event."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.privacy import deletion_date, purge_due
from .labels import short_date
from .preferences import retention_months
from .workers import Worker, run_in_pool


class PrivacyActions(QObject):
    """Purges run off the UI thread (the file is rewritten afterwards).

    Signals: purged(str message) when done, failed(str message).
    """

    purged = Signal(str)
    failed = Signal(str)

    def __init__(self, window: QWidget, project: Callable, settings: QSettings):
        super().__init__(window)
        self._window = window
        self._project = project
        self._settings = settings
        self._workers: list[Worker] = []

    def due_events(self, today: dt.date | None = None, months: int | None = None) -> list:
        """Events whose participants' data is past its deletion date. With `months` given
        (read on the UI thread) it touches no settings, so a worker may call it."""
        today = today or dt.date.today()
        months = retention_months(self._settings) if months is None else months
        return [
            e
            for e in self._project().events.all()
            if purge_due(e, today, months) and self._project().registrations.count_by_status(e.id)
        ]

    def retention_months(self) -> int:
        return retention_months(self._settings)

    def _purged(self, needs_only: bool, count: int, removed=(), kept=()) -> str:
        # The window's undo history ends with a purge (an undo could bring the data back).
        if needs_only:
            text = self.tr(
                "Special needs deleted for %Ln registration(s); earlier edits can no "
                "longer be undone.",
                "",
                count,
            )
        else:
            text = self.tr(
                "Personal data deleted for %Ln registration(s); earlier edits can no longer "
                "be undone.",
                "",
                count,
            )
        if removed:
            text += " " + self.tr(
                "%Ln backup(s) made before upgrades, which still held the data, were deleted.",
                "",
                len(removed),
            )
        if kept:
            text += " " + self.tr(
                "These backups still hold the data and could not be deleted: %1"
            ).replace("%1", ", ".join(p.name for p in kept))
        if self._project().on_server:
            # The rows are gone; the server's own copies are its operator's (README).
            text += " " + self.tr(
                "The server's write-ahead log and backups keep the deleted data until they "
                "expire; your IT department knows how long that is."
            )
        return text

    def offer_due_purges(self) -> None:
        """Ask once per start whether to delete the data whose time has come."""
        due = self.due_events()
        if not due:
            return
        months = retention_months(self._settings)
        names = "\n".join(f"• {e.title} ({short_date(deletion_date(e, months))})" for e in due)
        answer = QMessageBox.question(
            self._window,
            self.tr("Delete personal data?"),
            self.tr(
                "The deletion date has passed for participants' personal data of:\n\n%1\n\n"
                "Delete names, contact details and special needs now? The counts are kept."
            ).replace("%1", names),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.purge([e.id for e in due], needs_only=False)

    def ask_and_purge(self, event_id: int | None, needs_only: bool) -> None:
        if event_id is None:
            return
        event = self._project().events.get(event_id)
        question = (
            self.tr(
                "Delete the special needs (diet, accessibility) of every participant "
                "of “%1”? This cannot be undone."
            )
            if needs_only
            else self.tr(
                "Delete the names, contact details and special needs of every "
                "participant of “%1”? The counts are kept. This cannot be undone."
            )
        )
        answer = QMessageBox.warning(
            self._window,
            self.tr("Delete personal data"),
            question.replace("%1", event.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.purge([event_id], needs_only)

    def purge(self, event_ids: list[int], needs_only: bool) -> Worker:
        from ..application import run
        from ..application.privacy import PurgePersonalData
        from ..services.privacy import remove_backups

        project = self._project()

        def work(cancelled, report):
            count = run(project, PurgePersonalData(event_ids, needs_only)).value
            # A server keeps no backups beside a file; its own are the operator's (README).
            removed, kept = remove_backups(project.path) if project.path else ([], [])
            return count, removed, kept

        worker = Worker(work)
        worker.signals.finished.connect(
            lambda result: self.purged.emit(self._purged(needs_only, *result))
        )
        worker.signals.failed.connect(self.failed)
        self._workers.append(worker)
        return run_in_pool(worker)
