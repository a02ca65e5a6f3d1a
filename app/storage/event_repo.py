"""Reading and writing events with their programme, catering, signatories and invitee groups."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, RowMapping, delete, select, update

from ..domain import (
    Attachment,
    CateringItem,
    Event,
    EventKind,
    InviteeGroup,
    Language,
    ProgrammeItem,
    ProgrammeKind,
    SeatingLayout,
    Signatory,
    Speaker,
)
from . import schema as s
from .bound import Connector
from .errors import NotFoundError
from .rows import (
    bump_revision,
    children_by_parent,
    convert_rows,
    date_in,
    date_out,
    expect,
    insert_row,
    json_in,
    json_out,
    refuse_unchanged,
    stored_id,
    sync_children,
    time_in,
    time_out,
)

_PLAIN = (
    "title",
    "organiser",
    "venue_id",
    "room_id",
    "expected_attendance",
    "capacity_limit",
    "registration_url",
    "registration_email",
    "registration_phone",
    "description",
    "letter_salutation",
    "letter_body",
    "letter_closing",
    "price",
    "free_of_charge",
    "programme_preliminary",
    "registration_channel",
    "no_show_rate",
)
_TIMES = ("start_time", "end_time", "doors_time")
_DATES = (
    "date",
    "registration_deadline",
    "personal_data_delete_on",
    "personal_data_purged_on",
    "needs_purged_on",
)


def _event_row(e: Event) -> dict[str, Any]:
    row = {name: getattr(e, name) for name in _PLAIN}
    row.update({name: time_out(getattr(e, name)) for name in _TIMES})
    row.update({name: date_out(getattr(e, name)) for name in _DATES})
    row.update(
        kind=str(e.kind), language=str(e.language), layout=str(e.layout) if e.layout else None
    )
    row["attachments"] = json_out([{"label": a.label, "url": a.url} for a in e.attachments])
    return row


def _attachments(value: str | None) -> list[Attachment]:
    items = json_in(value, [], "events.attachments")
    expect(
        isinstance(items, list)
        and all(
            isinstance(a, dict)
            and set(a) <= {"label", "url"}
            and all(isinstance(v, str) for v in a.values())
            for a in items
        ),
        "events.attachments",
        "a list of attachments with a label and a link",
    )
    return [Attachment(**a) for a in items]


def _event(row: RowMapping) -> Event:
    e = Event(**{name: row[name] for name in _PLAIN}, id=row["id"], revision=row["revision"])
    for name in _TIMES:
        setattr(e, name, time_in(row[name]))
    for name in _DATES:
        setattr(e, name, date_in(row[name]))
    e.kind = EventKind(row["kind"])
    e.language = Language(row["language"])
    e.layout = SeatingLayout(row["layout"]) if row["layout"] else None
    e.free_of_charge = bool(row["free_of_charge"])
    e.programme_preliminary = bool(row["programme_preliminary"])
    e.attachments = _attachments(row["attachments"])
    return e


def _item_row(i: ProgrammeItem) -> dict[str, Any]:
    return {
        "id": i.id,
        "start": time_out(i.start),
        "end": time_out(i.end),
        "title": i.title,
        "kind": str(i.kind),
        "notes": i.notes,
        "speakers": json_out([{"name": sp.name, "role": sp.role} for sp in i.speakers]),
    }


def _speakers(value: str | None) -> list[Speaker]:
    speakers = json_in(value, [], "programme_items.speakers")
    expect(
        isinstance(speakers, list)
        and all(
            isinstance(sp, dict)
            and set(sp) <= {"name", "role"}
            and all(isinstance(v, str) for v in sp.values())
            for sp in speakers
        ),
        "programme_items.speakers",
        "a list of speakers with a name and a role",
    )
    return [Speaker(**sp) for sp in speakers]


def _item(row: RowMapping) -> ProgrammeItem:
    return ProgrammeItem(
        start=time_in(row["start"]),
        end=time_in(row["end"]),
        title=row["title"],
        kind=ProgrammeKind(row["kind"]),
        notes=row["notes"],
        id=row["id"],
        speakers=_speakers(row["speakers"]),
    )


def _catering_row(c: CateringItem) -> dict[str, Any]:
    return {"id": c.id, "name": c.name, "time": time_out(c.time), "notes": c.notes}


def _catering(row: RowMapping) -> CateringItem:
    return CateringItem(
        name=row["name"], time=time_in(row["time"]), notes=row["notes"], id=row["id"]
    )


def _signatory_row(sg: Signatory) -> dict[str, Any]:
    return {"id": sg.id, "name": sg.name, "title": sg.title}


def _signatory(row: RowMapping) -> Signatory:
    return Signatory(name=row["name"], title=row["title"], id=row["id"])


def _group_row(g: InviteeGroup) -> dict[str, Any]:
    return {
        "id": g.id,
        "name": g.name,
        "quota_per_organisation": g.quota_per_organisation,
        "notes": g.notes,
    }


def _group(row: RowMapping) -> InviteeGroup:
    return InviteeGroup(
        name=row["name"],
        quota_per_organisation=row["quota_per_organisation"],
        notes=row["notes"],
        id=row["id"],
    )


_CHILDREN = (
    ("signatories", s.signatories, _signatory_row, _signatory),
    ("programme", s.programme_items, _item_row, _item),
    ("catering", s.catering_items, _catering_row, _catering),
    ("invitee_groups", s.invitee_groups, _group_row, _group),
)


class EventRepository:
    def __init__(self, engine: Connector):
        self._engine = engine

    def all(self) -> list[Event]:
        """Every event with its parts, newest date first (undated last)."""
        with self._engine.connect() as conn:
            return self._load(conn, None)

    def get(self, event_id: int) -> Event:
        with self._engine.connect() as conn:
            found = self._load(conn, [event_id])
        if not found:
            raise NotFoundError(f"There is no event with id {event_id}.")
        return found[0]

    def exists(self, event_id: int) -> bool:
        with self._engine.connect() as conn:
            return (
                conn.execute(select(s.events.c.id).where(s.events.c.id == event_id)).first()
                is not None
            )

    def add(self, event: Event) -> Event:
        with self._engine.begin() as conn:
            values = _event_row(event)
            if event.id is not None:
                values["id"] = event.id
            values["revision"] = 1
            event_id = insert_row(conn, s.events, values)
            self._write_children(conn, event_id, event)
            return self._load(conn, [event_id])[0]

    def save(self, event: Event) -> Event:
        """Store an edited event; ConflictError if it changed since `event` was read."""
        with self._engine.begin() as conn:
            event_id = stored_id(event.id, "event")
            bump_revision(conn, s.events, event_id, event.revision, "event")
            conn.execute(
                update(s.events).where(s.events.c.id == event.id).values(**_event_row(event))
            )
            self._write_children(conn, event_id, event)
            return self._load(conn, [event_id])[0]

    def delete(self, event_id: int) -> None:
        with self._engine.begin() as conn:
            gone = conn.execute(delete(s.events).where(s.events.c.id == event_id)).rowcount
            refuse_unchanged(conn, s.events, event_id, gone, "event")

    def using_venue(self, venue_id: int) -> list[int]:
        with self._engine.connect() as conn:
            return list(
                conn.execute(select(s.events.c.id).where(s.events.c.venue_id == venue_id)).scalars()
            )

    @staticmethod
    def _write_children(conn: Connection, event_id: int, event: Event) -> None:
        for attr, table, to_row, _ in _CHILDREN:
            sync_children(
                conn, table, "event_id", event_id, [to_row(item) for item in getattr(event, attr)]
            )

    @staticmethod
    def _load(conn: Connection, ids: list[int] | None) -> list[Event]:
        query = select(s.events).order_by(
            s.events.c.date.is_(None), s.events.c.date.desc(), s.events.c.id
        )
        if ids is not None:
            query = query.where(s.events.c.id.in_(ids))
        children = {
            attr: children_by_parent(conn, table, "event_id", ids)
            for attr, table, _, _ in _CHILDREN
        }

        def convert(row: RowMapping) -> Event:
            event = _event(row)
            for attr, _, _, from_row in _CHILDREN:
                setattr(event, attr, [from_row(r) for r in children[attr].get(row["id"], [])])
            return event

        return convert_rows(convert, conn.execute(query).mappings(), "event", conn)
