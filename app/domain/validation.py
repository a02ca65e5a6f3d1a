"""Validation rules for venues, rooms and events; each problem names its field.

Problems carry a code and parameters so the UI can show them in the user's
language; `message` gives the English text used by the CLI and in logs.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any

from .event import Event
from .venue import Venue

# English templates; the UI holds the translated twins of these keyed by code.
MESSAGES: dict[str, str] = {
    "required": "{label} is required.",
    "end_before_start": "The end time must be after the start time.",
    "doors_after_start": "Doors must open before the event starts.",
    "deadline_after_event": "The registration deadline must be on or before the event date.",
    "negative": "{label} cannot be negative.",
    "postal_code_dk": "A Danish postal code has 4 digits.",
    "email_shape": "{value!r} is not an e-mail address.",
    "latitude_range": "Latitude must be between -90 and 90.",
    "longitude_range": "Longitude must be between -180 and 180.",
    "coordinate_pair": "Give both latitude and longitude, or neither.",
    "no_show_range": "The no-show rate must be between 0 and 100 %.",
    "room_not_in_venue": "The room does not belong to the chosen venue.",
    "room_without_venue": "Choose a venue before choosing a room.",
    "layout_missing": "The room has no capacity for the layout {layout}.",
    "programme_order": "Programme item {index} starts before the one above it.",
    "item_end_before_start": "Programme item {index} ends before it starts.",
    "polygon_points": "A parking zone needs one point or at least three corners.",
}

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_DK_POSTAL = re.compile(r"^\d{4}$")


@dataclass(frozen=True)
class Problem:
    field: str
    code: str
    # dataclasses.field, not `field`: the attribute above has that name.
    params: dict[str, Any] = dataclasses.field(default_factory=dict, compare=False)

    @property
    def message(self) -> str:
        return MESSAGES[self.code].format(**self.params)


def is_email(value: str) -> bool:
    return bool(_EMAIL.match(value.strip()))


def _coordinates(
    problems: list[Problem], prefix: str, lat: float | None, lon: float | None
) -> None:
    if (lat is None) != (lon is None):
        problems.append(Problem(prefix + "latitude", "coordinate_pair"))
    if lat is not None and not -90 <= lat <= 90:
        problems.append(Problem(prefix + "latitude", "latitude_range"))
    if lon is not None and not -180 <= lon <= 180:
        problems.append(Problem(prefix + "longitude", "longitude_range"))


def validate_venue(venue: Venue) -> list[Problem]:
    problems: list[Problem] = []
    if not venue.name.strip():
        problems.append(Problem("name", "required", {"label": "Name"}))
    if venue.country.upper() in ("DK", "DENMARK", "DANMARK") and venue.postal_code.strip():
        if not _DK_POSTAL.match(venue.postal_code.strip()):
            problems.append(Problem("postal_code", "postal_code_dk"))
    if venue.contact_email.strip() and not is_email(venue.contact_email):
        problems.append(Problem("contact_email", "email_shape", {"value": venue.contact_email}))
    _coordinates(problems, "", venue.latitude, venue.longitude)
    for i, room in enumerate(venue.rooms):
        where = f"rooms[{i}]."
        if not room.name.strip():
            problems.append(Problem(where + "name", "required", {"label": "Room name"}))
        for layout, seats in room.capacities.items():
            if seats < 0:
                problems.append(Problem(where + layout, "negative", {"label": "Capacity"}))
        if room.accessible_places < 0:
            problems.append(
                Problem(where + "accessible_places", "negative", {"label": "Accessible places"})
            )
    for i, entrance in enumerate(venue.entrances):
        _coordinates(problems, f"entrances[{i}].", entrance.latitude, entrance.longitude)
    for i, option in enumerate(venue.transit_options):
        where = f"transit_options[{i}]."
        _coordinates(problems, where + "stop_", option.stop_latitude, option.stop_longitude)
        if option.walking_minutes is not None and option.walking_minutes < 0:
            problems.append(
                Problem(where + "walking_minutes", "negative", {"label": "Walking minutes"})
            )
    for i, zone in enumerate(venue.parking_zones):
        where = f"parking_zones[{i}]."
        for name in ("spaces", "accessible_spaces", "ev_chargers"):
            value = getattr(zone, name)
            if value is not None and value < 0:
                problems.append(
                    Problem(
                        where + name, "negative", {"label": name.replace("_", " ").capitalize()}
                    )
                )
        if len(zone.geometry) == 2:
            problems.append(Problem(where + "geometry", "polygon_points"))
    return problems


def validate_event(event: Event, venue: Venue | None = None) -> list[Problem]:
    """Check an event; pass its venue to check the room and layout against it."""
    problems: list[Problem] = []
    if not event.title.strip():
        problems.append(Problem("title", "required", {"label": "Title"}))
    if event.start_time and event.end_time and event.end_time <= event.start_time:
        problems.append(Problem("end_time", "end_before_start"))
    if event.doors_time and event.start_time and event.doors_time > event.start_time:
        problems.append(Problem("doors_time", "doors_after_start"))
    if event.registration_deadline and event.date and event.registration_deadline > event.date:
        problems.append(Problem("registration_deadline", "deadline_after_event"))
    for name, label in (
        ("expected_attendance", "Expected attendance"),
        ("capacity_limit", "Capacity limit"),
    ):
        value = getattr(event, name)
        if value is not None and value < 0:
            problems.append(Problem(name, "negative", {"label": label}))
    if not 0 <= event.no_show_rate <= 1:
        problems.append(Problem("no_show_rate", "no_show_range"))
    if event.registration_email.strip() and not is_email(event.registration_email):
        problems.append(
            Problem("registration_email", "email_shape", {"value": event.registration_email})
        )
    if event.room_id is not None and event.venue_id is None:
        problems.append(Problem("room_id", "room_without_venue"))
    if venue is not None and event.room_id is not None:
        room = venue.room_by_id(event.room_id)
        if room is None:
            problems.append(Problem("room_id", "room_not_in_venue"))
        elif event.layout is not None and room.capacity(event.layout) is None:
            problems.append(Problem("layout", "layout_missing", {"layout": str(event.layout)}))
    previous = None
    for i, item in enumerate(event.programme, start=1):
        if item.start and item.end and item.end < item.start:
            problems.append(
                Problem(f"programme[{i - 1}].end", "item_end_before_start", {"index": i})
            )
        if item.start and previous and item.start < previous:
            problems.append(Problem(f"programme[{i - 1}].start", "programme_order", {"index": i}))
        previous = item.start or previous
    return problems
