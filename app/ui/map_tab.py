"""Map pieces of the main window: the venue editor's map tab and the Map page."""

from __future__ import annotations

import copy

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QRadioButton, QVBoxLayout, QWidget

from ..domain import Entrance, ParkingZone, TransitOption, Venue
from ..domain.map_focus import map_focus
from .map_settings import tiles_from_settings
from .map_view import MapView


def app_tiles(settings: QSettings | None = None):
    """The background tiles the user chose, or None when online maps are switched off."""
    from .preferences import TILES_ENABLED_KEY, setting_bool

    settings = settings or QSettings()
    return tiles_from_settings(settings) if setting_bool(settings, TILES_ENABLED_KEY) else None


def venue_with_point(
    venue: Venue, kind: str, index: int, lat: float, lon: float, new_name: str = ""
) -> Venue:
    """`venue` with a place set or moved on the map (index -1 adds a new entrance or stop)."""
    after = copy.deepcopy(venue)
    if kind == "venue":
        after.latitude, after.longitude = lat, lon
        # Placed by hand: approximate until the user unticks it (or looks the address up).
        after.coordinates_approximate = True
    elif kind == "entrance":
        if 0 <= index < len(after.entrances):
            after.entrances[index].latitude, after.entrances[index].longitude = lat, lon
        else:
            after.entrances.append(Entrance(name=new_name, latitude=lat, longitude=lon))
    elif kind == "stop":
        if 0 <= index < len(after.transit_options):
            option = after.transit_options[index]
            option.stop_latitude, option.stop_longitude = lat, lon
        else:
            after.transit_options.append(TransitOption(stop_latitude=lat, stop_longitude=lon))
    return after


def venue_with_waypoint(venue: Venue, index: int, lat: float, lon: float) -> Venue:
    """`venue` with the walking route of transit option `index` passing (lat, lon)."""
    after = copy.deepcopy(venue)
    if 0 <= index < len(after.transit_options):
        after.transit_options[index].route_waypoints = [(lat, lon)]
    return after


def venue_with_step_pin(venue: Venue, index: int, step: int, lat: float, lon: float) -> Venue:
    """`venue` with written walking step `step` (from 1) of option `index` pinned there."""
    after = copy.deepcopy(venue)
    if 0 <= index < len(after.transit_options) and step >= 1:
        option = after.transit_options[index]
        if step <= len(option.steps):
            points = list(option.step_points) + [None] * (step - len(option.step_points))
            points[step - 1] = (lat, lon)
            option.step_points = points
    return after


def venue_with_zone(venue: Venue, index: int, corners: list, new_name: str = "") -> Venue:
    """`venue` with a parking zone drawn (index -1) or its corners edited."""
    after = copy.deepcopy(venue)
    points = [(float(lat), float(lon)) for lat, lon in corners]
    if 0 <= index < len(after.parking_zones):
        after.parking_zones[index].geometry = points
    else:
        after.parking_zones.append(ParkingZone(name=new_name, geometry=points))
    return after


class VenueMapTab(QWidget):
    """The venue editor's map: shows the venue and reports each change as a new snapshot.

    Signals: changed(object before, object after, str description).
    """

    changed = Signal(object, object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._venue: Venue | None = None
        self._stale = False
        self.catalogue: list[Venue] = []  # the other venues: a town to open the map on
        self.zone_row = -1  # the Parking tab's chosen zone, which "Draw parking zone" draws
        self.map = MapView(tiles=app_tiles())
        self.map.setObjectName("venueMap")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.map)
        self.map.point_placed.connect(self._point)
        self.map.marker_moved.connect(self._point)
        self.map.zone_drawn.connect(lambda corners: self._zone(-1, corners))
        self.map.zone_edited.connect(self._zone)
        self.map.waypoint_moved.connect(self._waypoint)
        self.map.step_pinned.connect(self._step_pin)

    def choose_zone(self, row: int) -> None:
        """The zone "Draw parking zone" draws; the toolbar names it."""
        self.zone_row = row
        zones = self._venue.parking_zones if self._venue else []
        self.map.act_draw_zone.setText(
            self.tr("Draw “%1”").replace("%1", zones[row].name)
            if 0 <= row < len(zones) and zones[row].name
            else self.tr("Draw parking zone")
        )

    def set_venue(self, venue: Venue | None) -> None:
        previous, self._venue = self._venue, copy.deepcopy(venue)
        self.choose_zone(self.zone_row)
        if venue is None:
            return
        if not self.isVisible():
            self._stale = True  # drawn when the tab is shown; start-up pays nothing
            return
        if (
            previous is not None
            and previous.id == venue.id
            and not self._stale
            and self.map.update_venue(venue)
        ):
            return  # only positions moved: the page was updated in place
        self._stale = False
        self._show(venue)

    def _show(self, venue: Venue) -> None:
        self.map.focus = map_focus(venue, self.catalogue)
        self.map.show_venue(venue)

    def adopt(self, venue: Venue) -> None:
        """The venue as just edited (the map already shows it): the next edit starts here."""
        self._venue = copy.deepcopy(venue)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale and self._venue is not None:
            self._stale = False
            self._show(self._venue)

    def _point(self, kind: str, index: int, lat: float, lon: float) -> None:
        if self._venue is None:
            return
        after = venue_with_point(self._venue, kind, index, lat, lon, self.tr("Entrance"))
        self.changed.emit(
            self._venue, after, self.tr("Move %1 on the map").replace("%1", self._venue.name)
        )

    def _waypoint(self, index: int, lat: float, lon: float) -> None:
        if self._venue is None:
            return
        after = venue_with_waypoint(self._venue, index, lat, lon)
        if after != self._venue:
            self.changed.emit(self._venue, after, self.tr("Move walking route"))

    def _step_pin(self, index: int, step: int, lat: float, lon: float) -> None:
        if self._venue is None:
            return
        after = venue_with_step_pin(self._venue, index, step, lat, lon)
        if after != self._venue:
            self.changed.emit(
                self._venue, after, self.tr("Pin walking step %1").replace("%1", str(step))
            )

    def _zone(self, index: int, corners: list) -> None:
        # A zone is one point or an area of three or more corners.
        if self._venue is None or len(corners) in (0, 2):
            return
        if index < 0 and 0 <= self.zone_row < len(self._venue.parking_zones):
            index = self.zone_row  # the zone chosen in the Parking tab gets the drawing
        after = venue_with_zone(self._venue, index, corners, self.tr("New parking zone"))
        self.changed.emit(self._venue, after, self.tr("Draw parking zone"))


class MapPage(QWidget):
    """The Map page: every venue of the catalogue, or the chosen event's map.

    Signals: venue_clicked(int venue_id).
    """

    venue_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.map = MapView(tiles=app_tiles(), editable=False)
        self.map.setObjectName("overviewMap")
        self.map.venue_clicked.connect(self.venue_clicked)
        self.all_button = QRadioButton(self.tr("&All venues"))
        self.event_button = QRadioButton(self.tr("The chosen &event"))
        self.all_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.all_button)
        group.addButton(self.event_button)
        self.all_button.toggled.connect(lambda _: self._render())
        row = QHBoxLayout()
        row.addWidget(self.all_button)
        row.addWidget(self.event_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.map, 1)
        self._venues: list[Venue] = []
        self._event = None

    def set_data(self, venues: list[Venue], event) -> None:
        self._venues, self._event = list(venues), event
        self.event_button.setEnabled(event is not None)
        if event is None:
            self.all_button.setChecked(True)
        if self.isVisible():
            self._render()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._render()

    def _render(self) -> None:
        if self.event_button.isChecked() and self._event is not None:
            venue = next((v for v in self._venues if v.id == self._event.venue_id), None)
            self.map.show_event(self._event, venue)
        else:
            self.map.show_overview(self._venues)
