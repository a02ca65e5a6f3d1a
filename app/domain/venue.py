"""Venues and what belongs to them: rooms, entrances, transit options, parking zones."""

from __future__ import annotations

from dataclasses import dataclass, field

from .enums import GuestParking, SeatingLayout, TransitMode


@dataclass
class Room:
    name: str = ""
    # Seats per layout; a layout the room cannot be set up in is absent.
    capacities: dict[SeatingLayout, int] = field(default_factory=dict)
    accessible_places: int = 0
    notes: str = ""
    id: int | None = None

    def capacity(self, layout: SeatingLayout | None) -> int | None:
        if layout is None:
            return None
        return self.capacities.get(SeatingLayout(layout))

    @property
    def largest_capacity(self) -> int:
        return max(self.capacities.values(), default=0)


def _point(lat: float | None, lon: float | None) -> tuple[float, float] | None:
    return None if lat is None or lon is None else (lat, lon)


@dataclass
class Entrance:
    name: str = ""
    latitude: float | None = None
    longitude: float | None = None
    step_free: bool = False
    notes: str = ""
    notes_en: str = ""  # the notes in English, for English documents
    id: int | None = None

    @property
    def point(self) -> tuple[float, float] | None:
        """(latitude, longitude), or None while either is unknown."""
        return _point(self.latitude, self.longitude)


@dataclass
class TransitOption:
    mode: TransitMode = TransitMode.S_TRAIN
    line: str = ""
    direction: str = ""
    stop_name: str = ""
    stop_latitude: float | None = None
    stop_longitude: float | None = None
    walking_minutes: int | None = None
    # Free text for a walk that is not counted in minutes ("få minutter").
    walking_note: str = ""
    steps: list[str] = field(default_factory=list)
    # English versions of the coordinator's texts for English documents ("" or [] if none).
    walking_note_en: str = ""
    steps_en: list[str] = field(default_factory=list)
    # Where each written step happens ((lat, lon) or None), shown as numbered markers.
    step_points: list[tuple[float, float] | None] = field(default_factory=list)
    # Points the walking route must pass (the coordinator dragged it there), in order.
    route_waypoints: list[tuple[float, float]] = field(default_factory=list)
    route_step_free: bool = False  # route to a step-free entrance
    id: int | None = None

    @property
    def stop_point(self) -> tuple[float, float] | None:
        """The stop's (latitude, longitude), or None while either is unknown."""
        return _point(self.stop_latitude, self.stop_longitude)


@dataclass
class ParkingZone:
    name: str = ""
    colour: str = ""  # label and map colour, e.g. "yellow"
    guests: GuestParking = GuestParking.YES
    spaces: int | None = None
    accessible_spaces: int = 0
    ev_chargers: int = 0
    time_limit: str = ""
    fee: str = ""
    notes: str = ""
    notes_en: str = ""  # the notes in English, for English documents
    name_en: str = ""  # the zone's name in English, for English documents
    # One point, or the corners of a polygon, as (latitude, longitude).
    geometry: list[tuple[float, float]] = field(default_factory=list)
    id: int | None = None


@dataclass
class Venue:
    name: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "DK"
    latitude: float | None = None
    longitude: float | None = None
    coordinates_approximate: bool = False
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    notes: str = ""
    step_free_access: bool = False
    hearing_loop: bool = False
    accessible_toilet: bool = False
    lift: bool = False
    rooms: list[Room] = field(default_factory=list)
    entrances: list[Entrance] = field(default_factory=list)
    transit_options: list[TransitOption] = field(default_factory=list)
    parking_zones: list[ParkingZone] = field(default_factory=list)
    id: int | None = None
    revision: int = 0

    @property
    def address_line(self) -> str:
        place = " ".join(p for p in (self.postal_code, self.city) if p)
        return ", ".join(p for p in (self.street, place) if p)

    @property
    def has_coordinates(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    @property
    def point(self) -> tuple[float, float] | None:
        """(latitude, longitude), or None while either is unknown."""
        return _point(self.latitude, self.longitude)

    @property
    def largest_capacity(self) -> int:
        return max((r.largest_capacity for r in self.rooms), default=0)

    def room_by_id(self, room_id: int | None) -> Room | None:
        return next((r for r in self.rooms if r.id == room_id), None)
