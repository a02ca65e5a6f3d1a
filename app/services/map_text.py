"""The words on a map page (legend, tooltips, notes), in English and Danish.

The app's map view fills a MapText from its own translations (`self.tr()`); an
exported map is a document and takes the event's language through `texts_for()`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..domain import Language, TransitMode
from ..domain.walking import DEFAULT_SPEED_KMH

ENGLISH_MODES = {
    TransitMode.S_TRAIN: "S-train",
    TransitMode.REGIONAL_TRAIN: "Regional train",
    TransitMode.METRO: "Metro",
    TransitMode.LIGHT_RAIL: "Light rail",
    TransitMode.BUS: "Bus",
    TransitMode.FERRY: "Ferry",
}
DANISH_MODES = {
    TransitMode.S_TRAIN: "S-tog",
    TransitMode.REGIONAL_TRAIN: "Regionaltog",
    TransitMode.METRO: "Metro",
    TransitMode.LIGHT_RAIL: "Letbane",
    TransitMode.BUS: "Bus",
    TransitMode.FERRY: "Færge",
}


ENGLISH_OSM_CREDIT = (
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
)


@dataclass(frozen=True)
class MapText:
    """Every text a map page shows; `{name}` fields are filled in with str.format."""

    venue: str = "Venue"
    entrance: str = "Entrance"
    stop: str = "Public transport stop"
    route: str = "Walking route"
    step_free: str = "Step-free"
    approximate: str = "Position is approximate"
    parking_yes: str = "Guests may park"
    parking_no: str = "No guest parking"
    parking_permit: str = "Permit only"
    spaces: str = "Spaces: {count}"
    accessible_spaces: str = "Accessible spaces: {count}"
    ev_chargers: str = "EV chargers: {count}"
    time_limit: str = "Time limit: {text}"
    fee: str = "Fee: {text}"
    walk_minutes: str = "Walk: {minutes} min"
    walk_estimate: str = "about {metres} m, {minutes} min on foot"
    capacity: str = "Capacity: {count}"
    capacity_unknown: str = "Capacity not entered"
    legend: str = "Legend"
    tiles_unavailable: str = "Background map unavailable"
    no_coordinates: str = "{name} has no coordinates yet."
    no_venue: str = "No venue chosen for this event."
    venues_missing: str = "Venues without coordinates, not shown: {count}."
    hint_venue: str = "Click the map where the venue is."
    hint_entrance: str = "Click the map where the entrance is."
    hint_stop: str = "Click the map where the stop is."
    hint_draw: str = "Click the corners of the parking zone, then Finish."
    # Credits: the default tiles' (HTML with a link) and the coastline data of the overview.
    osm_credit: str = ENGLISH_OSM_CREDIT
    land_credit: str = "Made with Natural Earth"
    modes: dict = field(default_factory=lambda: dict(ENGLISH_MODES))
    # The pace the page's walking times are worded at (km/h; Preferences in the app).
    walking_speed_kmh: float = DEFAULT_SPEED_KMH

    def mode(self, mode: TransitMode) -> str:
        return self.modes.get(TransitMode(mode), str(mode))


DANISH = MapText(
    venue="Mødested",
    entrance="Indgang",
    stop="Stoppested",
    route="Gangrute",
    step_free="Trinfri adgang",
    approximate="Placeringen er omtrentlig",
    parking_yes="Parkering: må anvendes",
    parking_no="Parkering: må ikke anvendes",
    parking_permit="Parkering: kun med tilladelse",
    spaces="Pladser: {count}",
    accessible_spaces="Handicappladser: {count}",
    ev_chargers="Ladestandere: {count}",
    time_limit="Tidsbegrænsning: {text}",
    fee="Pris: {text}",
    walk_minutes="Gangtid: {minutes} min.",
    walk_estimate="ca. {metres} m, {minutes} min. til fods",
    capacity="Kapacitet: {count}",
    capacity_unknown="Kapacitet ikke angivet",
    legend="Signaturforklaring",
    tiles_unavailable="Baggrundskortet er ikke tilgængeligt",
    no_coordinates="{name} har endnu ingen koordinater.",
    no_venue="Arrangementet har endnu intet mødested.",
    venues_missing="Mødesteder uden koordinater, som ikke vises: {count}.",
    hint_venue="Klik på kortet, hvor mødestedet ligger.",
    hint_entrance="Klik på kortet, hvor indgangen ligger.",
    hint_stop="Klik på kortet, hvor stoppestedet ligger.",
    hint_draw="Klik på parkeringszonens hjørner, og klik derefter på Færdig.",
    osm_credit='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
    "-bidragydere",
    land_credit="Natural Earth (fri af ophavsret)",
    modes=dict(DANISH_MODES),
)


def texts_for(language: Language | str | None) -> MapText:
    """The texts of a document in `language` (Danish unless English is asked for)."""
    return MapText() if language == Language.EN else replace(DANISH)
