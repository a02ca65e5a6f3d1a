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


def _t(text: str) -> str:
    return QCoreApplication.translate("MapView", text)


def translated_texts() -> MapText:
    """Every text of a map page, through Qt's translations (context "MapView")."""
    return MapText(
        venue=_t("Venue"), entrance=_t("Entrance"), stop=_t("Public transport stop"),
        route=_t("Walking route"), step_free=_t("Step-free"),
        approximate=_t("Position is approximate"), parking_yes=_t("Guests may park"),
        parking_no=_t("No guest parking"), parking_permit=_t("Permit only"),
        spaces=_t("{count} spaces"), accessible_spaces=_t("{count} accessible spaces"),
        ev_chargers=_t("{count} EV chargers"), time_limit=_t("Time limit: {text}"),
        fee=_t("Fee: {text}"), walk_minutes=_t("{minutes} min walk"),
        walk_estimate=_t("about {metres} m, {minutes} min on foot"),
        capacity=_t("Up to {count} people"), capacity_unknown=_t("Capacity not entered"),
        legend=_t("Legend"), tiles_unavailable=_t("Background map unavailable"),
        no_coordinates=_t("{name} has no coordinates yet."),
        no_venue=_t("No venue chosen for this event."),
        venues_missing=_t("{count} venues without coordinates are not shown."),
        hint_venue=_t("Click the map where the venue is."),
        hint_entrance=_t("Click the map where the entrance is."),
        hint_stop=_t("Click the map where the stop is."),
        hint_draw=_t("Click the corners of the parking zone, then Finish."),
        modes={mode: transit_mode_label(mode) for mode in MODE_GLYPHS})
