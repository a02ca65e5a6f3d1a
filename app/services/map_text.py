"""The words on a map page (legend, tooltips, notes), in English and Danish.

The app's map view fills a MapText from its own translations (`self.tr()`); an
exported map is a document and takes the event's language through `texts_for()`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..domain import Language, TransitMode

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
    spaces: str = "{count} spaces"
    accessible_spaces: str = "{count} accessible spaces"
    ev_chargers: str = "{count} EV chargers"
    time_limit: str = "Time limit: {text}"
    fee: str = "Fee: {text}"
    walk_minutes: str = "{minutes} min walk"
    walk_estimate: str = "about {metres} m, {minutes} min on foot"
    capacity: str = "Up to {count} people"
    capacity_unknown: str = "Capacity not entered"
    legend: str = "Legend"
    tiles_unavailable: str = "Background map unavailable"
    no_coordinates: str = "{name} has no coordinates yet."
    no_venue: str = "No venue chosen for this event."
    venues_missing: str = "{count} venues without coordinates are not shown."
    hint_venue: str = "Click the map where the venue is."
    hint_entrance: str = "Click the map where the entrance is."
    hint_stop: str = "Click the map where the stop is."
    hint_draw: str = "Click the corners of the parking zone, then Finish."
    modes: dict = field(default_factory=lambda: dict(ENGLISH_MODES))

    def mode(self, mode: TransitMode) -> str:
        return self.modes.get(TransitMode(mode), str(mode))


DANISH = MapText(
    venue="Mødested",
    entrance="Indgang",
    stop="Stoppested",
    route="Gangrute",
    step_free="Niveaufri adgang",
    approximate="Placeringen er omtrentlig",
    parking_yes="Gæster må parkere",
    parking_no="Ingen parkering for gæster",
    parking_permit="Kun med tilladelse",
    spaces="{count} pladser",
    accessible_spaces="{count} handicappladser",
    ev_chargers="{count} ladestandere",
    time_limit="Tidsbegrænsning: {text}",
    fee="Betaling: {text}",
    walk_minutes="{minutes} min. gang",
    walk_estimate="ca. {metres} m, {minutes} min. til fods",
    capacity="Op til {count} personer",
    capacity_unknown="Kapacitet ikke angivet",
    legend="Signaturforklaring",
    tiles_unavailable="Baggrundskort utilgængeligt",
    no_coordinates="{name} har endnu ingen koordinater.",
    no_venue="Arrangementet har endnu intet mødested.",
    venues_missing="{count} mødesteder uden koordinater vises ikke.",
    hint_venue="Klik på kortet, hvor mødestedet ligger.",
    hint_entrance="Klik på kortet, hvor indgangen ligger.",
    hint_stop="Klik på kortet, hvor stoppestedet ligger.",
    hint_draw="Klik på parkeringszonens hjørner, og vælg derefter Færdig.",
    modes=dict(DANISH_MODES),
)


def texts_for(language: Language | str | None) -> MapText:
    """The texts of a document in `language` (Danish unless English is asked for)."""
    return MapText() if language == Language.EN else replace(DANISH)
