"""Reading and writing venues with their rooms, entrances, transit options and parking zones."""

from __future__ import annotations

import dataclasses
from typing import Any, cast

from sqlalchemy import Connection, RowMapping, delete, select, update

from ..domain import (
    Entrance,
    GuestParking,
    ParkingZone,
    Room,
    SeatingLayout,
    TransitMode,
    TransitOption,
    Venue,
)
from . import schema as s
from .bound import Connector
from .errors import NotFoundError
from .rows import (
    bump_revision,
    children_by_parent,
    convert_rows,
    coordinate_in,
    expect,
    insert_row,
    is_coordinate,
    is_whole,
    json_in,
    json_out,
    stored_id,
    sync_children,
)

_LAYOUTS = {str(layout) for layout in SeatingLayout}
_SCALARS = [
    f.name
    for f in dataclasses.fields(Venue)
    if f.name not in ("rooms", "entrances", "transit_options", "parking_zones", "id", "revision")
]


def _room_row(room: Room) -> dict[str, Any]:
    return {
        "id": room.id,
        "name": room.name,
        "accessible_places": room.accessible_places,
        "notes": room.notes,
        "capacities": json_out({str(k): v for k, v in room.capacities.items()}),
    }


def _capacities(value: str | None) -> dict[SeatingLayout, int]:
    caps = json_in(value, {}, "rooms.capacities")
    expect(
        isinstance(caps, dict) and all(k in _LAYOUTS and is_whole(n) for k, n in caps.items()),
        "rooms.capacities",
        "whole numbers of seats per known layout",
    )
    return {SeatingLayout(k): n for k, n in caps.items()}


def _room(row: RowMapping) -> Room:
    return Room(
        name=row["name"],
        capacities=_capacities(row["capacities"]),
        accessible_places=row["accessible_places"],
        notes=row["notes"],
        id=row["id"],
    )


def _entrance_row(e: Entrance) -> dict[str, Any]:
    return {
        "id": e.id,
        "name": e.name,
        "latitude": e.latitude,
        "longitude": e.longitude,
        "step_free": e.step_free,
        "notes": e.notes,
        "notes_en": e.notes_en,
    }


def _entrance(row: RowMapping) -> Entrance:
    return Entrance(
        name=row["name"],
        latitude=coordinate_in(row["latitude"], "entrances.latitude"),
        longitude=coordinate_in(row["longitude"], "entrances.longitude"),
        step_free=bool(row["step_free"]),
        notes=row["notes"],
        notes_en=row["notes_en"],
        id=row["id"],
    )


def _transit_row(t: TransitOption) -> dict[str, Any]:
    return {
        "id": t.id,
        "mode": str(t.mode),
        "line": t.line,
        "direction": t.direction,
        "stop_name": t.stop_name,
        "stop_latitude": t.stop_latitude,
        "stop_longitude": t.stop_longitude,
        "walking_minutes": t.walking_minutes,
        "walking_note": t.walking_note,
        "steps": json_out(list(t.steps)),
        "walking_note_en": t.walking_note_en,
        "steps_en": json_out(list(t.steps_en)),
        "step_points": json_out([list(p) if p is not None else None for p in t.step_points]),
        "route_waypoints": json_out([list(p) for p in t.route_waypoints]),
        "route_step_free": t.route_step_free,
    }


def _steps(value: str | None, column: str = "transit_options.steps") -> list[str]:
    steps = json_in(value, [], column)
    expect(
        isinstance(steps, list) and all(isinstance(s, str) for s in steps),
        column,
        "a list of texts",
    )
    return cast(list[str], steps)


def _is_point(p: object) -> bool:
    return isinstance(p, list) and len(p) == 2 and all(map(is_coordinate, p))


def _points(value: str | None, column: str, gaps: bool = False) -> list[Any]:
    points = json_in(value, [], column)
    expect(
        isinstance(points, list) and all(_is_point(p) or (gaps and p is None) for p in points),
        column,
        "a list of [latitude, longitude] pairs",
    )
    return [tuple(p) if p is not None else None for p in points]


def _transit(row: RowMapping) -> TransitOption:
    return TransitOption(
        mode=TransitMode(row["mode"]),
        line=row["line"],
        direction=row["direction"],
        stop_name=row["stop_name"],
        stop_latitude=coordinate_in(row["stop_latitude"], "transit_options.stop_latitude"),
        stop_longitude=coordinate_in(row["stop_longitude"], "transit_options.stop_longitude"),
        walking_minutes=row["walking_minutes"],
        walking_note=row["walking_note"],
        steps=_steps(row["steps"]),
        walking_note_en=row["walking_note_en"],
        steps_en=_steps(row["steps_en"], "transit_options.steps_en"),
        step_points=_points(row["step_points"], "transit_options.step_points", gaps=True),
        route_waypoints=_points(row["route_waypoints"], "transit_options.route_waypoints"),
        route_step_free=bool(row["route_step_free"]),
        id=row["id"],
    )


def _zone_row(z: ParkingZone) -> dict[str, Any]:
    return {
        "id": z.id,
        "name": z.name,
        "colour": z.colour,
        "guests": str(z.guests),
        "spaces": z.spaces,
        "accessible_spaces": z.accessible_spaces,
        "ev_chargers": z.ev_chargers,
        "time_limit": z.time_limit,
        "fee": z.fee,
        "notes": z.notes,
        "geometry": json_out([list(p) for p in z.geometry]),
        "notes_en": z.notes_en,
        "name_en": z.name_en,
    }


def _geometry(value: str | None) -> list[tuple[float, float]]:
    points = json_in(value, [], "parking_zones.geometry")
    expect(
        isinstance(points, list)
        and all(
            isinstance(p, list)
            and len(p) == 2
            and all(map(is_coordinate, p))
            and abs(p[0]) <= 90
            and abs(p[1]) <= 180
            for p in points
        ),
        "parking_zones.geometry",
        "a list of [latitude, longitude] pairs",
    )
    return [(p[0], p[1]) for p in points]


def _zone(row: RowMapping) -> ParkingZone:
    return ParkingZone(
        name=row["name"],
        colour=row["colour"],
        guests=GuestParking(row["guests"]),
        spaces=row["spaces"],
        accessible_spaces=row["accessible_spaces"],
        ev_chargers=row["ev_chargers"],
        time_limit=row["time_limit"],
        fee=row["fee"],
        notes=row["notes"],
        notes_en=row["notes_en"],
        name_en=row["name_en"],
        geometry=_geometry(row["geometry"]),
        id=row["id"],
    )


_CHILDREN = (
    ("rooms", s.rooms, _room_row, _room),
    ("entrances", s.entrances, _entrance_row, _entrance),
    ("transit_options", s.transit_options, _transit_row, _transit),
    ("parking_zones", s.parking_zones, _zone_row, _zone),
)


class VenueRepository:
    def __init__(self, engine: Connector):
        self._engine = engine

    def all(self) -> list[Venue]:
        """Every venue with its parts, ordered by name."""
        with self._engine.connect() as conn:
            return self._load(conn, None)

    def get(self, venue_id: int) -> Venue:
        with self._engine.connect() as conn:
            found = self._load(conn, [venue_id])
        if not found:
            raise NotFoundError(f"There is no venue with id {venue_id}.")
        return found[0]

    def exists(self, venue_id: int) -> bool:
        with self._engine.connect() as conn:
            return (
                conn.execute(select(s.venues.c.id).where(s.venues.c.id == venue_id)).first()
                is not None
            )

    def add(self, venue: Venue) -> Venue:
        """Insert a venue (keeping its id if it has one) and return it as stored."""
        with self._engine.begin() as conn:
            values = {name: getattr(venue, name) for name in _SCALARS}
            if venue.id is not None:
                values["id"] = venue.id
            values["revision"] = 1
            venue_id = insert_row(conn, s.venues, values)
            self._write_children(conn, venue_id, venue)
            return self._load(conn, [venue_id])[0]

    def save(self, venue: Venue) -> Venue:
        """Store an edited venue; ConflictError if it changed since `venue` was read."""
        with self._engine.begin() as conn:
            venue_id = stored_id(venue.id, "venue")
            bump_revision(conn, s.venues, venue_id, venue.revision, "venue")
            conn.execute(
                update(s.venues)
                .where(s.venues.c.id == venue.id)
                .values(**{name: getattr(venue, name) for name in _SCALARS})
            )
            self._write_children(conn, venue_id, venue)
            return self._load(conn, [venue_id])[0]

    def delete(self, venue_id: int) -> None:
        with self._engine.begin() as conn:
            conn.execute(delete(s.venues).where(s.venues.c.id == venue_id))

    @staticmethod
    def _write_children(conn: Connection, venue_id: int, venue: Venue) -> None:
        for attr, table, to_row, _ in _CHILDREN:
            sync_children(
                conn, table, "venue_id", venue_id, [to_row(item) for item in getattr(venue, attr)]
            )

    @staticmethod
    def _load(conn: Connection, ids: list[int] | None) -> list[Venue]:
        query = select(s.venues).order_by(s.venues.c.name, s.venues.c.id)
        if ids is not None:
            query = query.where(s.venues.c.id.in_(ids))
        children = {
            attr: children_by_parent(conn, table, "venue_id", ids)
            for attr, table, _, _ in _CHILDREN
        }

        def convert(row: RowMapping) -> Venue:
            venue = Venue(
                **{name: row[name] for name in _SCALARS}, id=row["id"], revision=row["revision"]
            )
            venue.latitude = coordinate_in(row["latitude"], "venues.latitude")
            venue.longitude = coordinate_in(row["longitude"], "venues.longitude")
            for flag in (
                "coordinates_approximate",
                "step_free_access",
                "hearing_loop",
                "accessible_toilet",
                "lift",
            ):
                setattr(venue, flag, bool(getattr(venue, flag)))
            for attr, _, _, from_row in _CHILDREN:
                setattr(venue, attr, [from_row(r) for r in children[attr].get(row["id"], [])])
            return venue

        return convert_rows(convert, conn.execute(query).mappings(), "venue", conn)
