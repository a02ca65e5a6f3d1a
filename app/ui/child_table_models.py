"""Table models for the parts of venues and events: rooms, entrances, transit, parking, programme..."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain import (
    Attachment,
    CateringItem,
    Entrance,
    GuestParking,
    InviteeGroup,
    ParkingZone,
    ProgrammeItem,
    ProgrammeKind,
    Room,
    SeatingLayout,
    Signatory,
    Speaker,
    TransitMode,
    TransitOption,
)
from ..domain.typed_input import parse_corners, parse_decimal, parse_time
from .form import format_time
from .labels import (
    colour_label,
    guest_parking_label,
    layout_label,
    programme_kind_label,
    transit_mode_label,
)
from .record_table_model import Column, RecordTableModel
from .typed_fields import show_decimal


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
        setattr(item, attr, parse_decimal(str(value or "")))

    return put


def format_corners(points) -> str:
    """A zone's corners as typed: "55,6761 12,5683; ..." with the UI's decimal sign."""
    return "; ".join(f"{show_decimal(lat)} {show_decimal(lon)}" for lat, lon in points or [])


def _corners_setter(zone, value) -> None:
    zone.geometry = parse_corners(str(value or ""))


def _coordinate(value) -> str:
    return show_decimal(value)


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

    return Column(
        layout_label(layout),
        get,
        put,
        kind="optional_int",
        tooltip=QCoreApplication.translate(
            "tables", "Seats in this layout; empty if the room cannot be set up so."
        ),
    )


class RoomTableModel(RecordTableModel):
    def make_columns(self):
        return [
            Column(QCoreApplication.translate("tables", "Room"), lambda r: r.name, _setter("name")),
            *[_capacity_column(layout) for layout in SeatingLayout],
            Column(
                QCoreApplication.translate("tables", "Accessible places"),
                lambda r: r.accessible_places,
                lambda r, v: setattr(r, "accessible_places", max(0, int(v))),
                kind="int",
            ),
            Column(
                QCoreApplication.translate("tables", "Notes"), lambda r: r.notes, _setter("notes")
            ),
        ]

    def new_item(self):
        return Room(name=QCoreApplication.translate("tables", "New room"))


class EntranceTableModel(RecordTableModel):
    def make_columns(self):
        return [
            Column(
                QCoreApplication.translate("tables", "Entrance"), lambda e: e.name, _setter("name")
            ),
            Column(
                QCoreApplication.translate("tables", "Latitude"),
                lambda e: e.latitude,
                _float_setter("latitude"),
                display=_coordinate,
            ),
            Column(
                QCoreApplication.translate("tables", "Longitude"),
                lambda e: e.longitude,
                _float_setter("longitude"),
                display=_coordinate,
            ),
            Column(
                QCoreApplication.translate("tables", "Step-free"),
                lambda e: e.step_free,
                _setter("step_free"),
                kind="bool",
            ),
            Column(
                QCoreApplication.translate("tables", "Notes"), lambda e: e.notes, _setter("notes")
            ),
            Column(
                QCoreApplication.translate("tables", "Notes in English"),
                lambda e: e.notes_en,
                _setter("notes_en"),
            ),
        ]

    def new_item(self):
        return Entrance(name=QCoreApplication.translate("tables", "Entrance"))


class TransitTableModel(RecordTableModel):
    def make_columns(self):
        return [
            Column(
                QCoreApplication.translate("tables", "Mode"),
                lambda t: t.mode,
                _setter("mode"),
                kind="choice",
                choices=lambda: [(transit_mode_label(m), m) for m in TransitMode],
            ),
            Column(QCoreApplication.translate("tables", "Line"), lambda t: t.line, _setter("line")),
            Column(
                QCoreApplication.translate("tables", "Towards"),
                lambda t: t.direction,
                _setter("direction"),
            ),
            Column(
                QCoreApplication.translate("tables", "Stop or station"),
                lambda t: t.stop_name,
                _setter("stop_name"),
            ),
            Column(
                QCoreApplication.translate("tables", "Stop latitude"),
                lambda t: t.stop_latitude,
                _float_setter("stop_latitude"),
                display=_coordinate,
            ),
            Column(
                QCoreApplication.translate("tables", "Stop longitude"),
                lambda t: t.stop_longitude,
                _float_setter("stop_longitude"),
                display=_coordinate,
            ),
            Column(
                QCoreApplication.translate("tables", "Walk (min)"),
                lambda t: t.walking_minutes,
                _setter("walking_minutes"),
                kind="optional_int",
            ),
            Column(
                QCoreApplication.translate("tables", "About the walk"),
                lambda t: t.walking_note,
                _setter("walking_note"),
            ),
            Column(
                QCoreApplication.translate("tables", "About the walk in English"),
                lambda t: t.walking_note_en,
                _setter("walking_note_en"),
            ),
            Column(
                QCoreApplication.translate("tables", "Step-free route"),
                lambda t: t.route_step_free,
                _setter("route_step_free"),
                kind="bool",
            ),
        ]

    def new_item(self):
        return TransitOption()


class ParkingZoneTableModel(RecordTableModel):
    def make_columns(self):
        def shape(points) -> str:
            if not points:
                return QCoreApplication.translate("tables", "not drawn")
            if len(points) == 1:
                return QCoreApplication.translate("tables", "point")
            return QCoreApplication.translate("tables", "area (corners: %1)").replace(
                "%1", str(len(points))
            )

        return [
            Column(QCoreApplication.translate("tables", "Zone"), lambda z: z.name, _setter("name")),
            Column(
                QCoreApplication.translate("tables", "Colour / label"),
                lambda z: colour_label(z.colour),
                _setter("colour"),
            ),
            Column(
                QCoreApplication.translate("tables", "Guests"),
                lambda z: z.guests,
                _setter("guests"),
                kind="choice",
                choices=lambda: [(guest_parking_label(g), g) for g in GuestParking],
            ),
            Column(
                QCoreApplication.translate("tables", "Spaces"),
                lambda z: z.spaces,
                _setter("spaces"),
                kind="optional_int",
            ),
            Column(
                QCoreApplication.translate("tables", "Accessible"),
                lambda z: z.accessible_spaces,
                lambda z, v: setattr(z, "accessible_spaces", max(0, int(v))),
                kind="int",
            ),
            Column(
                QCoreApplication.translate("tables", "EV chargers"),
                lambda z: z.ev_chargers,
                lambda z, v: setattr(z, "ev_chargers", max(0, int(v))),
                kind="int",
            ),
            Column(
                QCoreApplication.translate("tables", "Time limit"),
                lambda z: z.time_limit,
                _setter("time_limit"),
            ),
            Column(QCoreApplication.translate("tables", "Fee"), lambda z: z.fee, _setter("fee")),
            Column(
                QCoreApplication.translate("tables", "Shape"),
                lambda z: z.geometry,
                _corners_setter,
                display=shape,
                edit=format_corners,
                tooltip=QCoreApplication.translate(
                    "tables",
                    "Type the corners as latitude and longitude, apart by semicolons "
                    "(one corner for a point, three or more for an area), or draw on the map.",
                ),
            ),
            Column(
                QCoreApplication.translate("tables", "Notes"), lambda z: z.notes, _setter("notes")
            ),
            Column(
                QCoreApplication.translate("tables", "Notes in English"),
                lambda z: z.notes_en,
                _setter("notes_en"),
            ),
            Column(
                QCoreApplication.translate("tables", "Zone in English"),
                lambda z: z.name_en,
                _setter("name_en"),
            ),
        ]

    def new_item(self):
        return ParkingZone(name=QCoreApplication.translate("tables", "New zone"))


class ProgrammeTableModel(RecordTableModel):
    def make_columns(self):
        return [
            Column(
                QCoreApplication.translate("tables", "Start"),
                lambda i: i.start,
                _time_setter("start"),
                display=format_time,
            ),
            Column(
                QCoreApplication.translate("tables", "End"),
                lambda i: i.end,
                _time_setter("end"),
                display=format_time,
            ),
            Column(
                QCoreApplication.translate("tables", "Item"), lambda i: i.title, _setter("title")
            ),
            Column(
                QCoreApplication.translate("tables", "Kind"),
                lambda i: i.kind,
                _setter("kind"),
                kind="choice",
                choices=lambda: [(programme_kind_label(k), k) for k in ProgrammeKind],
            ),
            Column(
                QCoreApplication.translate("tables", "Speakers"),
                lambda i: i.speakers,
                lambda i, v: setattr(i, "speakers", parse_speakers(v or "")),
                display=format_speakers,
                tooltip=QCoreApplication.translate("tables", "Name (role); Name (role) ..."),
            ),
            Column(
                QCoreApplication.translate("tables", "Notes"), lambda i: i.notes, _setter("notes")
            ),
        ]

    def new_item(self):
        return ProgrammeItem(title=QCoreApplication.translate("tables", "New item"))


class CateringTableModel(RecordTableModel):
    def make_columns(self):
        return [
            Column(
                QCoreApplication.translate("tables", "Time"),
                lambda c: c.time,
                _time_setter("time"),
                display=format_time,
            ),
            Column(
                QCoreApplication.translate("tables", "Catering"), lambda c: c.name, _setter("name")
            ),
            Column(
                QCoreApplication.translate("tables", "Notes"), lambda c: c.notes, _setter("notes")
            ),
        ]

    def new_item(self):
        return CateringItem(name=QCoreApplication.translate("tables", "Coffee"))


class SignatoryTableModel(RecordTableModel):
    def make_columns(self):
        return [
            Column(QCoreApplication.translate("tables", "Name"), lambda s: s.name, _setter("name")),
            Column(
                QCoreApplication.translate("tables", "Title"), lambda s: s.title, _setter("title")
            ),
        ]

    def new_item(self):
        return Signatory(name=QCoreApplication.translate("tables", "Name"))


class InviteeGroupTableModel(RecordTableModel):
    def make_columns(self):
        return [
            Column(
                QCoreApplication.translate("tables", "Invitee group"),
                lambda g: g.name,
                _setter("name"),
            ),
            Column(
                QCoreApplication.translate("tables", "Quota per organisation"),
                lambda g: g.quota_per_organisation,
                _setter("quota_per_organisation"),
                kind="optional_int",
                tooltip=QCoreApplication.translate(
                    "tables", "How many each organisation may send; empty for no limit."
                ),
            ),
            Column(
                QCoreApplication.translate("tables", "Notes"), lambda g: g.notes, _setter("notes")
            ),
        ]

    def new_item(self):
        return InviteeGroup(name=QCoreApplication.translate("tables", "New group"))


class AttachmentTableModel(RecordTableModel):
    def make_columns(self):
        return [
            Column(
                QCoreApplication.translate("tables", "Attachment or link"),
                lambda a: a.label,
                _setter("label"),
                tooltip=QCoreApplication.translate(
                    "tables", "What the reader finds there, as the invitation should say it."
                ),
            ),
            Column(
                QCoreApplication.translate("tables", "Address or file"),
                lambda a: a.url,
                _setter("url"),
            ),
        ]

    def new_item(self):
        return Attachment(label=QCoreApplication.translate("tables", "Attachment"))
