"""What the map view takes from the user's settings and language: tile source and page texts."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QSettings

from ..services.map_features import MODE_GLYPHS, TileSource
from ..services.map_text import MapText
from .labels import transit_mode_label

log = logging.getLogger(__name__)

TILE_URL_KEY = "map/tileUrl"
TILE_ATTRIBUTION_KEY = "map/tileAttribution"


def tiles_from_settings(settings: QSettings) -> TileSource:
    """The tile server the user chose, or OpenStreetMap when none (or a broken one) is set."""
    url = str(settings.value(TILE_URL_KEY, "") or "").strip()
    if not url:
        return TileSource()
    attribution = str(settings.value(TILE_ATTRIBUTION_KEY, "") or "").strip()
    try:
        return TileSource(url=url, attribution=attribution or url)
    except ValueError as exc:
        log.warning("Map tiles setting ignored, OpenStreetMap used instead: %s", exc)
        return TileSource()


def save_tiles(settings: QSettings, tiles: TileSource) -> None:
    settings.setValue(TILE_URL_KEY, tiles.url)
    settings.setValue(TILE_ATTRIBUTION_KEY, tiles.attribution)


def translated_texts() -> MapText:
    """Every text of a map page, through Qt's translations (context "MapView"), and the
    walking speed set in Preferences."""
    from .preferences import walking_speed  # preferences imports this module

    return MapText(
        venue=QCoreApplication.translate("MapView", "Venue"),
        entrance=QCoreApplication.translate("MapView", "Entrance"),
        stop=QCoreApplication.translate("MapView", "Public transport stop"),
        route=QCoreApplication.translate("MapView", "Walking route"),
        step_free=QCoreApplication.translate("MapView", "Step-free"),
        approximate=QCoreApplication.translate("MapView", "Position is approximate"),
        parking_yes=QCoreApplication.translate("MapView", "Guests may park"),
        parking_no=QCoreApplication.translate("MapView", "No guest parking"),
        parking_permit=QCoreApplication.translate("MapView", "Permit only"),
        spaces=QCoreApplication.translate("MapView", "Spaces: {count}"),
        accessible_spaces=QCoreApplication.translate("MapView", "Accessible spaces: {count}"),
        ev_chargers=QCoreApplication.translate("MapView", "EV chargers: {count}"),
        time_limit=QCoreApplication.translate("MapView", "Time limit: {text}"),
        fee=QCoreApplication.translate("MapView", "Fee: {text}"),
        walk_minutes=QCoreApplication.translate("MapView", "Walk: {minutes} min"),
        walk_estimate=QCoreApplication.translate(
            "MapView", "about {metres} m, {minutes} min on foot"
        ),
        capacity=QCoreApplication.translate("MapView", "Capacity: {count}"),
        capacity_unknown=QCoreApplication.translate("MapView", "Capacity not entered"),
        legend=QCoreApplication.translate("MapView", "Legend"),
        tiles_unavailable=QCoreApplication.translate("MapView", "Background map unavailable"),
        no_coordinates=QCoreApplication.translate("MapView", "{name} has no coordinates yet."),
        no_venue=QCoreApplication.translate("MapView", "No venue chosen for this event."),
        venues_missing=QCoreApplication.translate(
            "MapView", "Venues without coordinates, not shown: {count}."
        ),
        hint_venue=QCoreApplication.translate("MapView", "Click the map where the venue is."),
        hint_entrance=QCoreApplication.translate("MapView", "Click the map where the entrance is."),
        hint_stop=QCoreApplication.translate("MapView", "Click the map where the stop is."),
        hint_draw=QCoreApplication.translate(
            "MapView", "Click the corners of the parking zone, then Finish."
        ),
        osm_credit=QCoreApplication.translate(
            "MapView",
            '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> '
            "contributors",
        ),
        land_credit=QCoreApplication.translate("MapView", "Made with Natural Earth"),
        modes={mode: transit_mode_label(mode) for mode in MODE_GLYPHS},
        walking_speed_kmh=walking_speed(),
    )
