"""The dialog that looks an address up off the UI thread and lets the user pick a place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from ..services.geocoding import GeocodeCandidate, GeocodeError, Geocoder
from .preferences import SETTINGS_SERVICE, SETTINGS_URL
from .typed_fields import show_decimal
from .workers import Worker, run_in_pool


def cache_dir() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))


def app_geocoder(settings: QSettings | None = None) -> Geocoder:
    """The geocoder the settings ask for, caching in the user's cache folder.

    A service or URL that cannot be used falls back to public Nominatim, so a typo in
    the settings never stops the editor from opening.
    """
    settings = settings or QSettings()
    service = str(settings.value(SETTINGS_SERVICE, "nominatim") or "nominatim")
    url = str(settings.value(SETTINGS_URL, "") or "") or None
    try:
        return Geocoder(cache_dir(), service, url)
    except ValueError:
        return Geocoder(cache_dir())


def _look_up(
    geocoder: Geocoder, query: str, country: str | None, search_id: int, *, cancelled, report
):
    # A failure comes back as a value, so the dialog can word it by its kind; the id
    # tells the dialog whether the answer belongs to its latest search.
    try:
        return search_id, geocoder.geocode(query, country=country)
    except GeocodeError as error:
        return search_id, error
    except Exception as error:  # noqa: BLE001 - a bug must still end the "Searching…" state
        return search_id, GeocodeError("service", f"{type(error).__name__}: {error}")


class GeocodeDialog(QDialog):
    """Searches for an address and shows the candidates; after accept, `chosen` is the pick.

    The search starts at once. Errors (offline, timeout, refused, nothing found) appear
    as a line inside the dialog; the look-up gives up within 5 s, so the message does too.
    Signals: search_done() when an answer or an error has been shown (for tests and hints).
    """

    search_done = Signal()

    def __init__(self, geocoder: Geocoder, query: str, country: str | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find coordinates"))
        self.geocoder = geocoder
        self.country = country
        self.chosen: GeocodeCandidate | None = None
        self._candidates: list[GeocodeCandidate] = []
        self._search_id = 0
        self._worker: Worker | None = None

        self.query_edit = QLineEdit(query)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.clicked.connect(self.search)
        self.query_edit.returnPressed.connect(self.search)
        self.status = QLabel()
        self.status.setObjectName("geocodeStatus")
        self.status.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("geocodeCandidates")
        self.list.setAccessibleName(self.tr("Places found"))
        self.list.setAlternatingRowColors(True)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.currentRowChanged.connect(self._update_buttons)
        self.attribution = QLabel()
        self.attribution.setObjectName("geocodeAttribution")
        self.attribution.setWordWrap(True)
        self.attribution.setStyleSheet("color: #605e5c;")
        small = self.attribution.font()  # smaller than the text around it, in proportion to it
        small.setPointSizeF(small.pointSizeF() * 0.85)
        self.attribution.setFont(small)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.use_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.use_button.setText(self.tr("Use this place"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.query_edit, 1)
        row.addWidget(self.search_button)
        layout = QVBoxLayout(self)
        query_label = QLabel(self.tr("Address to look up:"))
        query_label.setBuddy(self.query_edit)
        layout.addWidget(query_label)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.attribution)
        layout.addWidget(self.buttons)
        self.resize(560, 360)
        self._update_buttons()
        self.search()

    def search(self) -> None:
        query = self.query_edit.text().strip()
        self._search_id += 1
        self._candidates = []
        self.list.clear()
        self._update_buttons()
        if not query:
            self._show_error(self.tr("Type an address to look up."), "")
            return
        self._set_status(self.tr("Searching for “%1”…").replace("%1", query), error=False)
        self.search_button.setEnabled(False)
        self._worker = Worker(_look_up, self.geocoder, query, self.country, self._search_id)
        # A bound method: Qt drops the connection if the dialog is gone before the answer.
        self._worker.signals.finished.connect(self._answered)
        run_in_pool(self._worker)

    def _answered(self, answer) -> None:
        search_id, result = answer
        if search_id != self._search_id:
            return  # an answer to a search the user has since replaced
        self.search_button.setEnabled(True)
        if isinstance(result, GeocodeError):
            self._show_error(self._error_text(result), str(result))
        else:
            self._show_candidates(result)
        self.search_done.emit()

    def _show_candidates(self, candidates: list[GeocodeCandidate]) -> None:
        self._candidates = list(candidates)
        for candidate in candidates:
            item = QListWidgetItem(
                # "55,6762 · 12,5683": the decimal sign is the UI's, so the pair needs
                # another separator than the comma.
                f"{candidate.address}\n{show_decimal(candidate.latitude, 5)} · "
                f"{show_decimal(candidate.longitude, 5)}"
            )
            item.setToolTip(candidate.address)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        if len(candidates) == 1:
            self._set_status(self.tr("One place found. Check it and use it."), error=False)
        else:
            self._set_status(
                self.tr("%Ln place(s) found. Pick the right one.", "", len(candidates)),
                error=False,
            )
        attributions = dict.fromkeys(c.attribution for c in candidates)
        self.attribution.setText(" · ".join(attributions))

    def _show_error(self, text: str, detail: str) -> None:
        self._set_status(text, error=True)
        self.status.setToolTip(detail)
        self.attribution.setText("")
        self._update_buttons()

    def _error_text(self, error: GeocodeError) -> str:
        texts = {
            "offline": self.tr(
                "You seem to be offline. Type the coordinates in, or try again later."
            ),
            "timeout": self.tr(
                "The geocoding service did not answer in time. Try again "
                "later, or type the coordinates in."
            ),
            "refused": self.tr(
                "The geocoding service refused the connection. Check its address in the settings."
            ),
            "busy": self.tr(
                "The geocoding service is busy and asks for fewer look-ups. "
                "Try again in a minute, or type the coordinates in."
            ),
            "no_result": self.tr(
                "No place found for this address. Check the spelling or try fewer words."
            ),
        }
        return texts.get(error.kind) or self.tr("The geocoding service failed: %1").replace(
            "%1", str(error)
        )

    def _set_status(self, text: str, *, error: bool) -> None:
        self.status.setText(text)
        self.status.setProperty("error", error)
        self.status.setStyleSheet("color: #a4262c; font-weight: 600;" if error else "")

    def _update_buttons(self, *_args) -> None:
        self.use_button.setEnabled(0 <= self.list.currentRow() < len(self._candidates))

    def error_text(self) -> str:
        """The message shown, when the status is an error (empty otherwise)."""
        return self.status.text() if self.status.property("error") else ""

    def candidates(self) -> list[GeocodeCandidate]:
        return list(self._candidates)

    def accept(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._candidates):
            return
        self.chosen = self._candidates[row]
        super().accept()

    def reject(self) -> None:
        self._search_id += 1  # a late answer finds nobody to tell
        super().reject()

    def chosen_coordinates(self) -> tuple[float, float] | None:
        return (self.chosen.latitude, self.chosen.longitude) if self.chosen else None

    @classmethod
    def get_place(
        cls, geocoder: Geocoder, query: str, country: str | None = None, parent=None
    ) -> GeocodeCandidate | None:
        """Run the dialog modally; the picked candidate, or None if the user cancelled."""
        dialog = cls(geocoder, query, country, parent)
        try:
            return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
