"""Table models for the parts of venues and events: rooms, entrances, transit, parking, programme..."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain import (CateringItem, Entrance, GuestParking, InviteeGroup, ParkingZone,
                      ProgrammeItem, ProgrammeKind, Room, SeatingLayout, Signatory, Speaker,
                      TransitMode, TransitOption)
from .form import format_time, parse_time
from .labels import guest_parking_label, layout_label, programme_kind_label, transit_mode_label
from .record_table_model import Column, RecordTableModel


def _t(text: str) -> str:
    return QCoreApplication.translate("tables", text)


def _setter(attr: str):
    def put(item, value):
        setattr(item, attr, value.strip() if isinstance(value, str) else value)
    return put


def _time_setter(attr: str):
    def put(item, value):
        setattr(item, attr, parse_time(value or ""))
    return put


def _float_setter(attr: str):
    def put(item, value):
        raw = str(value or "").strip().replace(",", ".")
        setattr(item, attr, float(raw) if raw else None)
    return put


def _coordinate(value) -> str:
    return "" if value is None else f"{value:.6f}".rstrip("0").rstrip(".")


def format_speakers(speakers: list[Speaker]) -> str:
    return "; ".join(f"{s.name} ({s.role})" if s.role else s.name for s in speakers)


def parse_speakers(text: str) -> list[Speaker]:
    """'Name (role); Name' as speakers; a role may itself hold commas and parentheses."""
    speakers = []
    for part in (p.strip() for p in text.split(";")):
        if not part:
            continue
        if part.endswith(")") and "(" in part:
            name, role = part[:-1].split("(", 1)
            speakers.append(Speaker(name.strip(), role.strip()))
        else:
            speakers.append(Speaker(part, ""))
    return speakers


def _capacity_column(layout: SeatingLayout) -> Column:
    def get(room: Room):
        return room.capacities.get(layout)

    def put(room: Room, value):
        if value is None:
            room.capacities.pop(layout, None)
        else:
            room.capacities[layout] = int(value)
    return Column(layout_label(layout), get, put, kind="optional_int",
                  tooltip=_t("Seats in this layout; empty if the room cannot be set up so."))


class RoomTableModel(RecordTableModel):
    def make_columns(self):
        return [Column(_t("Room"), lambda r: r.name, _setter("name")),
                *[_capacity_column(layout) for layout in SeatingLayout],
                Column(_t("Accessible places"), lambda r: r.accessible_places,
                       lambda r, v: setattr(r, "accessible_places", max(0, int(v))), kind="int"),
                Column(_t("Notes"), lambda r: r.notes, _setter("notes"))]

    def new_item(self):
        return Room(name=_t("New room"))


class EntranceTableModel(RecordTableModel):
    def make_columns(self):
        return [Column(_t("Entrance"), lambda e: e.name, _setter("name")),
                Column(_t("Latitude"), lambda e: e.latitude, _float_setter("latitude"),
                       display=_coordinate),
                Column(_t("Longitude"), lambda e: e.longitude, _float_setter("longitude"),
                       display=_coordinate),
                Column(_t("Step-free"), lambda e: e.step_free, _setter("step_free"), kind="bool"),
                Column(_t("Notes"), lambda e: e.notes, _setter("notes"))]

    def new_item(self):
        return Entrance(name=_t("Entrance"))


class TransitTableModel(RecordTableModel):
    def make_columns(self):
        return [Column(_t("Mode"), lambda t: t.mode, _setter("mode"), kind="choice",
                       choices=lambda: [(transit_mode_label(m), m) for m in TransitMode]),
                Column(_t("Line"), lambda t: t.line, _setter("line")),
                Column(_t("Towards"), lambda t: t.direction, _setter("direction")),
                Column(_t("Stop or station"), lambda t: t.stop_name, _setter("stop_name")),
                Column(_t("Stop latitude"), lambda t: t.stop_latitude,
                       _float_setter("stop_latitude"), display=_coordinate),
                Column(_t("Stop longitude"), lambda t: t.stop_longitude,
                       _float_setter("stop_longitude"), display=_coordinate),
                Column(_t("Walk (min)"), lambda t: t.walking_minutes, _setter("walking_minutes"),
                       kind="optional_int"),
                Column(_t("About the walk"), lambda t: t.walking_note, _setter("walking_note"))]

    def new_item(self):
        return TransitOption()


class ParkingZoneTableModel(RecordTableModel):
    def make_columns(self):
        def shape(points) -> str:
            if not points:
                return _t("not drawn")
            if len(points) == 1:
                return _t("point")
            return _t("area, %1 corners").replace("%1", str(len(points)))
        return [Column(_t("Zone"), lambda z: z.name, _setter("name")),
                Column(_t("Colour / label"), lambda z: z.colour, _setter("colour")),
                Column(_t("Guests"), lambda z: z.guests, _setter("guests"), kind="choice",
                       choices=lambda: [(guest_parking_label(g), g) for g in GuestParking]),
                Column(_t("Spaces"), lambda z: z.spaces, _setter("spaces"), kind="optional_int"),
                Column(_t("Accessible"), lambda z: z.accessible_spaces,
                       lambda z, v: setattr(z, "accessible_spaces", max(0, int(v))), kind="int"),
                Column(_t("EV chargers"), lambda z: z.ev_chargers,
                       lambda z, v: setattr(z, "ev_chargers", max(0, int(v))), kind="int"),
                Column(_t("Time limit"), lambda z: z.time_limit, _setter("time_limit")),
                Column(_t("Fee"), lambda z: z.fee, _setter("fee")),
                Column(_t("Shape"), lambda z: z.geometry, display=shape),
                Column(_t("Notes"), lambda z: z.notes, _setter("notes"))]

    def new_item(self):
        return ParkingZone(name=_t("New zone"))


class ProgrammeTableModel(RecordTableModel):
    def make_columns(self):
        return [Column(_t("Start"), lambda i: i.start, _time_setter("start"), display=format_time),
                Column(_t("End"), lambda i: i.end, _time_setter("end"), display=format_time),
                Column(_t("Item"), lambda i: i.title, _setter("title")),
                Column(_t("Kind"), lambda i: i.kind, _setter("kind"), kind="choice",
                       choices=lambda: [(programme_kind_label(k), k) for k in ProgrammeKind]),
                Column(_t("Speakers"), lambda i: i.speakers,
                       lambda i, v: setattr(i, "speakers", parse_speakers(v or "")),
                       display=format_speakers,
                       tooltip=_t("Name (role); Name (role) ...")),
                Column(_t("Notes"), lambda i: i.notes, _setter("notes"))]

    def new_item(self):
        return ProgrammeItem(title=_t("New item"))


class CateringTableModel(RecordTableModel):
    def make_columns(self):
        return [Column(_t("Time"), lambda c: c.time, _time_setter("time"), display=format_time),
                Column(_t("Catering"), lambda c: c.name, _setter("name")),
                Column(_t("Notes"), lambda c: c.notes, _setter("notes"))]

    def new_item(self):
        return CateringItem(name=_t("Coffee"))


class SignatoryTableModel(RecordTableModel):
    def make_columns(self):
        return [Column(_t("Name"), lambda s: s.name, _setter("name")),
                Column(_t("Title"), lambda s: s.title, _setter("title"))]

    def new_item(self):
        return Signatory(name=_t("Name"))


class InviteeGroupTableModel(RecordTableModel):
    def make_columns(self):
        return [Column(_t("Invitee group"), lambda g: g.name, _setter("name")),
                Column(_t("Quota per organisation"), lambda g: g.quota_per_organisation,
                       _setter("quota_per_organisation"), kind="optional_int",
                       tooltip=_t("How many each organisation may send; empty for no limit.")),
                Column(_t("Notes"), lambda g: g.notes, _setter("notes"))]

    def new_item(self):
        return InviteeGroup(name=_t("New group"))
