"""The stops nearest a venue, from the GTFS cache, and adding one as a transit option."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ..domain import TransitOption, Venue
from ..domain.walking import DEFAULT_SPEED_KMH, DETOUR_FACTOR, walking_destination
from ..services.nearest_stops import StopSuggestion, suggestion_to_transit_option
from ..services.stops_cache import StopsCache
from .gtfs_import import GtfsImport
from .labels import short_date, transit_mode_label

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class StopSuggestionModel(QAbstractTableModel):
    """Suggested stops, nearest first; read-only."""

    NAME, MODE, STRAIGHT, WALK, MINUTES = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[StopSuggestion] = []

    def set_suggestions(self, rows: list[StopSuggestion]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def suggestion(self, row: int) -> StopSuggestion:
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Stop or station"),
            self.tr("Mode (guessed)"),
            self.tr("Straight line"),
            self.tr("Walking distance"),
            self.tr("Walking time (min)"),
        )[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        column = index.column()
        if role == SORT_ROLE:
            return (s.name, s.mode.value, s.walk.straight_m, s.walk.distance_m, s.walk.minutes)[
                column
            ]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                s.name,
                transit_mode_label(s.mode),
                f"{QLocale().toString(s.walk.straight_m)} m",
                f"{QLocale().toString(s.walk.distance_m)} m",
                QLocale().toString(s.walk.minutes),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.STRAIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class NearestStationsDialog(QDialog):
    """Lists the stops nearest the venue's entrance (or its point) with walking distance.

    "Add as transit option" (or a double-click) accepts with `transit_option` set.
    Signals: option_chosen(object TransitOption).
    """

    option_chosen = Signal(object)

    def __init__(
        self, cache: StopsCache, venue: Venue, parent=None, *, limit: int = 5, max_km: float = 3
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nearest stations"))
        self.cache, self.venue = cache, venue
        self.limit, self.max_km = limit, max_km
        self.transit_option: TransitOption | None = None

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("nearestStatus")
        self.status.setWordWrap(True)
        self.model = StopSuggestionModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Stops near the venue"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.add_selected())
        self.note = QLabel(
            self.tr(
                "Walking estimate: straight line × %1 for streets and paths, "
                "at %2 km/h. Line and direction are yours to fill in."
            )
            .replace("%1", QLocale().toString(float(DETOUR_FACTOR), "g", 6))
            .replace("%2", QLocale().toString(float(DEFAULT_SPEED_KMH), "g", 6))
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #605e5c;")
        small = self.note.font()  # smaller than the text around it, in proportion to it
        small.setPointSizeF(small.pointSizeF() * 0.85)
        self.note.setFont(small)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.add_button = QPushButton(self.tr("Add as transit option"))
        self.add_button.setDefault(True)
        self.import_button = QPushButton(self.tr("Import GTFS feed…"))
        self.import_button.setToolTip(self.gtfs_explanation())
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self.add_selected)
        self.import_button.clicked.connect(self._import_feed)
        self.importer = GtfsImport(cache, self)
        self.importer.imported.connect(lambda _result: self.refresh())

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(680, 400)
        self.refresh()

    def refresh(self) -> None:
        destination = walking_destination(self.venue)
        info = self.cache.info()
        suggestions = []
        if destination is None:
            self.heading.setText(f"<b>{html.escape(self.venue.name)}</b>")
            self.status.setText(
                self.tr(
                    "The venue has no coordinates yet: geocode its address or type them in first."
                )
            )
        else:
            lat, lon, label = destination
            place = self.venue.name if label == self.venue.name else f"{label}, {self.venue.name}"
            self.heading.setText(
                self.tr("Walking distance to <b>%1</b>").replace("%1", html.escape(place))
            )
            if info is None:
                self.status.setText(
                    self.tr("No stops imported yet. Import a GTFS feed first.")
                    + " "
                    + self.gtfs_explanation()
                )
            else:
                suggestions = self.cache.nearest_stops(lat, lon, self.limit, self.max_km)
                found = (
                    self.tr("No stops within %1 km.")
                    if not suggestions
                    else self.tr("Stops within %1 km, nearest first.")
                )
                self.status.setText(
                    found.replace("%1", QLocale().toString(float(self.max_km), "g", 6))
                    + " "
                    + self.tr("From %2, imported %3.")
                    .replace("%3", short_date(dt.date.fromisoformat(info.imported_at[:10])))
                    .replace("%2", info.source)
                )
        self.model.set_suggestions(suggestions)
        if suggestions:
            self.table.selectRow(0)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_button.setEnabled(bool(suggestions))

    def gtfs_explanation(self) -> str:
        """What a GTFS feed is and where a Danish one comes from, for a user who never met one."""
        return self.tr(
            "A GTFS feed is the timetable file that public transport publishes for "
            "journey planners: a .zip file with every stop, line and departure. For "
            "Denmark, Rejseplanen publishes one feed for all buses, trains, metro and "
            "ferries (on Rejseplanen Labs, labs.rejseplanen.dk, after registering); download it "
            "once and import it here or with Tools > Import Public Transport Stops (GTFS)."
        )

    def add_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        self.transit_option = suggestion_to_transit_option(self.model.suggestion(rows[0].row()))
        self.option_chosen.emit(self.transit_option)
        self.accept()

    def _import_feed(self) -> None:
        self.importer.choose_and_start()
