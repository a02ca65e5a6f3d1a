"""The venue editor: address, contact, accessibility, rooms, entrances, transit and parking."""

from __future__ import annotations

import copy

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..domain import Venue, validate_venue
from .child_table_models import (
    EntranceTableModel,
    ParkingZoneTableModel,
    RoomTableModel,
    TransitTableModel,
)
from .form import CommitPlainTextEdit
from .map_tab import VenueMapTab
from .record_editor import RecordEditor


class VenueEditor(RecordEditor):
    """Edits one venue; every finished edit is offered as a whole new snapshot.

    Signals: save_requested(object before, object after, str description).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._venue: Venue | None = None
        self.tabs.addTab(self._general_tab(), self.tr("&Venue"))
        self.rooms = self._part_table(RoomTableModel(self), self.tr("Add room"))
        self.tabs.addTab(self.rooms, self.tr("&Rooms"))
        self.tabs.addTab(self._getting_there_tab(), self.tr("&Getting there"))
        self.zones = self._part_table(ParkingZoneTableModel(self), self.tr("Add parking zone"))
        self.tabs.addTab(self.zones, self.tr("&Parking"))
        self.map_tab = VenueMapTab()
        self.map_tab.changed.connect(self.save_requested)
        self.tabs.addTab(self.map_tab, self.tr("&Map"))
        # The map's Place buttons act on the row chosen in the tables.
        self.entrances.view.selectionModel().currentRowChanged.connect(
            lambda current, _: self.map_tab.map.select("entrance", current.row())
        )
        self.transit.view.selectionModel().currentRowChanged.connect(
            lambda current, _: self.map_tab.map.select("stop", current.row())
        )
        self.zones.view.selectionModel().currentRowChanged.connect(
            lambda current, _: self.map_tab.choose_zone(current.row())
        )
        self._finish_layout()
        self.set_venue(None)

    # -- layout ----------------------------------------------------------
    def _general_tab(self) -> QWidget:
        f = self.form
        address = QGroupBox(self.tr("Address"))
        form = QFormLayout(address)
        form.addRow(self.tr("Name"), f.text("name"))
        form.addRow(self.tr("Street"), f.text("street"))
        form.addRow(self.tr("Postal code"), f.text("postal_code"))
        form.addRow(self.tr("City"), f.text("city"))
        form.addRow(self.tr("Country"), f.text("country"))
        form.addRow(self.tr("Latitude"), f.optional_float("latitude"))
        form.addRow(self.tr("Longitude"), f.optional_float("longitude"))
        form.addRow("", f.check("coordinates_approximate", self.tr("Coordinates are approximate")))
        self.geocode_button = QPushButton(self.tr("&Look up coordinates…"))
        self.geocode_button.setObjectName("geocodeButton")
        self.geocode_button.setToolTip(
            self.tr("Find the address with the geocoding service chosen in Preferences")
        )
        self.geocode_button.clicked.connect(self.geocode)
        form.addRow("", self.geocode_button)

        contact = QGroupBox(self.tr("Contact at the venue"))
        cform = QFormLayout(contact)
        cform.addRow(self.tr("Person"), f.text("contact_name"))
        cform.addRow(self.tr("Phone"), f.text("contact_phone"))
        cform.addRow(self.tr("E-mail"), f.text("contact_email"))

        access = QGroupBox(self.tr("Accessibility"))
        aform = QVBoxLayout(access)
        aform.addWidget(f.check("step_free_access", self.tr("Step-free access")))
        aform.addWidget(f.check("hearing_loop", self.tr("Hearing loop")))
        aform.addWidget(f.check("accessible_toilet", self.tr("Accessible toilet")))
        aform.addWidget(f.check("lift", self.tr("Lift")))

        notes = QGroupBox(self.tr("Notes"))
        QVBoxLayout(notes).addWidget(f.plain_text("notes"))

        right = QVBoxLayout()
        right.addWidget(contact)
        right.addWidget(access)
        right.addStretch(1)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(address)
        left.addWidget(notes)
        left.addStretch(1)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        page = QWidget()
        page.setLayout(columns)
        return self._scrolling(page)

    def _getting_there_tab(self) -> QWidget:
        self.entrances = self._part_table(EntranceTableModel(self), self.tr("Add entrance"))
        self.transit = self._part_table(TransitTableModel(self), self.tr("Add transit option"))
        self.steps = CommitPlainTextEdit()
        self.steps.setObjectName("steps")
        self.steps.setTabChangesFocus(True)
        self.steps.setPlaceholderText(
            self.tr("One walking step per line, from the stop to the entrance.")
        )
        self.steps.editingFinished.connect(self._steps_edited)
        self.steps_en = CommitPlainTextEdit()
        self.steps_en.setObjectName("stepsEnglish")
        self.steps_en.setTabChangesFocus(True)
        self.steps_en.setPlaceholderText(
            self.tr("Optional: the same steps in English, for English documents.")
        )
        self.steps_en.editingFinished.connect(self._steps_edited)
        self.transit.view.selectionModel().currentRowChanged.connect(self._show_steps)
        self.transit.model.modelReset.connect(self._show_steps)

        self.nearest_button = QPushButton(self.tr("&Nearest stations…"))
        self.nearest_button.setObjectName("nearestButton")
        self.nearest_button.setToolTip(
            self.tr("Suggest stops near the venue from an imported GTFS feed")
        )
        self.nearest_button.clicked.connect(self.nearest_stations)
        self.walk_button = QPushButton(self.tr("Propose &walking time"))
        self.walk_button.setObjectName("walkButton")
        self.walk_button.clicked.connect(self.propose_walking_time)
        self.walk_label = QLabel()
        self.walk_label.setObjectName("walkLabel")
        self.walk_label.setWordWrap(True)
        self.transit.buttons.insertWidget(4, self.nearest_button)
        self.transit.buttons.insertWidget(5, self.walk_button)
        steps_box = QGroupBox(self.tr("Walking steps of the selected transit option"))
        steps_row = QHBoxLayout(steps_box)
        steps_row.addWidget(self.steps)
        steps_row.addWidget(self.steps_en)
        transit_box = QGroupBox(self.tr("Public transport"))
        self.transit.view.setAccessibleName(transit_box.title())  # the box holds the steps too
        tl = QVBoxLayout(transit_box)
        tl.addWidget(self.transit, 3)
        tl.addWidget(self.walk_label)
        tl.addWidget(steps_box, 2)
        entrance_box = QGroupBox(self.tr("Entrances"))
        QVBoxLayout(entrance_box).addWidget(self.entrances)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(transit_box)
        splitter.addWidget(entrance_box)
        splitter.setSizes([500, 200])
        return splitter

    # -- data ------------------------------------------------------------
    def current_venue(self) -> Venue | None:
        return copy.deepcopy(self._venue)

    def set_venue(self, venue: Venue | None) -> None:
        """Show `venue` (None: nothing selected), keeping the current rows where possible."""
        new_record = (venue.id if venue else None) != (self._venue.id if self._venue else None)
        self._venue = copy.deepcopy(venue)
        self.setEnabled(venue is not None)
        shown = venue or Venue()
        self.heading.setText(shown.name or (self.tr("No venue selected") if venue is None else ""))
        self.form.load(shown)
        self._load_tables(
            [
                (self.rooms, shown.rooms),
                (self.entrances, shown.entrances),
                (self.transit, shown.transit_options),
                (self.zones, shown.parking_zones),
            ],
            new_record,
        )
        self._show_steps()
        self._show_banner([])
        self.map_tab.set_venue(venue)

    def adopt(self, venue: Venue) -> None:
        """Take `venue`, just offered for saving, as the one edited: the next edit builds
        on it while the save runs (the form and the map already show it)."""
        self._venue = copy.deepcopy(venue)
        self.map_tab.adopt(venue)

    def _show_steps(self, *_):
        row = self.transit.current_row()
        items = self.transit.model.items()
        chosen = 0 <= row < len(items)
        for box, steps in (
            (self.steps, items[row].steps if chosen else []),
            (self.steps_en, items[row].steps_en if chosen else []),
        ):
            box.setEnabled(chosen)
            box.setPlainText("\n".join(steps))
            box.document().setModified(False)

    def _steps_edited(self) -> None:
        row = self.transit.current_row()
        items = self.transit.model.items()
        if not 0 <= row < len(items):
            return
        steps = [line.strip() for line in self.steps.toPlainText().splitlines() if line.strip()]
        english = [
            line.strip() for line in self.steps_en.toPlainText().splitlines() if line.strip()
        ]
        if steps != items[row].steps or english != items[row].steps_en:
            items[row].steps = steps
            items[row].steps_en = english
            self.transit.model.set_items(items)
            self.transit.select_row(row)
            self._on_edited()

    # -- tools -----------------------------------------------------------
    def geocode(self) -> None:
        """Look the address up and, when the user picks a place, store its coordinates."""
        if self._venue is None:
            return
        from ..services.geocoding import venue_query
        from .geocode_dialog import GeocodeDialog, app_geocoder
        from .preferences import GEOCODING_ENABLED_KEY, setting_bool

        if not setting_bool(QSettings(), GEOCODING_ENABLED_KEY):
            self._show_banner(
                [
                    self.tr(
                        "Looking up addresses online is switched off in "
                        "Preferences; type the coordinates or place the venue "
                        "on the map."
                    )
                ]
            )
            return
        venue = self._venue
        query = venue_query(venue)
        if not query.strip():
            self._show_banner([self.tr("Write the address first.")])
            return
        place = GeocodeDialog.get_place(app_geocoder(), query, venue.country or None, parent=self)
        if place is None:
            return
        after = copy.deepcopy(venue)
        after.latitude, after.longitude = place.latitude, place.longitude
        after.coordinates_approximate = False  # the user picked this place
        self.save_requested.emit(
            venue, after, self.tr("Look up coordinates of %1").replace("%1", venue.name)
        )

    def nearest_stations(self) -> None:
        if self._venue is None:
            return
        from PySide6.QtWidgets import QDialog

        from .gtfs_import import app_stops_cache
        from .nearest_stations_dialog import NearestStationsDialog

        dialog = NearestStationsDialog(app_stops_cache(), self._venue, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.transit_option is not None:
            after = copy.deepcopy(self._venue)
            after.transit_options.append(dialog.transit_option)
            self.save_requested.emit(self._venue, after, self.tr("Add transit option"))
        dialog.deleteLater()

    def propose_walking_time(self) -> None:
        """Fill the selected option's walking minutes from the stop and entrance positions."""
        from ..domain.walking import propose_walk

        row = self.transit.current_row()
        if self._venue is None or not 0 <= row < len(self._venue.transit_options):
            return
        from .preferences import WALKING_SPEED_KEY

        try:
            speed = float(str(QSettings().value(WALKING_SPEED_KEY, 4.5)))
        except (TypeError, ValueError):
            speed = 4.5
        estimate = propose_walk(self._venue, self._venue.transit_options[row], speed_kmh=speed)
        if estimate is None:
            self.walk_label.setText(
                self.tr(
                    "Give the stop's coordinates and the venue's (or an "
                    "entrance's) to propose a walking time."
                )
            )
            return
        self.walk_label.setText(
            self.tr("About %1 m on foot, %2 min (straight line %3 m, detours counted, at %4 km/h).")
            .replace("%1", QLocale().toString(estimate.distance_m))
            .replace("%2", QLocale().toString(estimate.minutes))
            .replace("%3", QLocale().toString(estimate.straight_m))
            .replace("%4", QLocale().toString(float(estimate.speed_kmh), "g", 6))
        )
        after = copy.deepcopy(self._venue)
        after.transit_options[row].walking_minutes = estimate.minutes
        if after != self._venue:
            self.save_requested.emit(self._venue, after, self.tr("Propose walking time"))

    def _on_edited(self, attr: str = "") -> None:
        if self._venue is None:
            return
        after = copy.deepcopy(self._venue)
        problems = self.form.store(after)
        after.rooms = self.rooms.model.items()
        after.entrances = self.entrances.model.items()
        after.transit_options = self.transit.model.items()
        after.parking_zones = self.zones.model.items()
        problems += validate_venue(after)
        self._offer(
            self._venue, after, problems, self.tr("Edit venue %1").replace("%1", after.name)
        )
