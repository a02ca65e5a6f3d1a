"""What the registrations page shows for one event, read and prepared off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from ..domain.collation import danish_key
from ..domain.quotas import most_used_spellings
from ..services import registration_changes
from ..storage import Project
from .registration_table_model import Rows


class PageData(NamedTuple):
    event_id: int
    rows: Rows
    capacity: int | None
    groups: list[str]  # the event's invitee groups and any a registration names
    organisations: list[str]  # one per organisation, under its most used spelling
    # On a team server, the organiser of an event whose people the server keeps from this
    # login (storage.Project.people_hidden); None when they are shown.
    kept_by: str | None = None


def load_page_data(
    project: Project,
    event_id: int,
    sort_column: int,
    descending: bool,
    cancelled: Callable[[], bool] | None = None,
    report: Callable[[int, int], None] | None = None,
) -> PageData:
    """Everything the view shows for an event (a `Worker` job)."""
    event = project.events.get(event_id)
    rows = Rows(project.registrations.for_event(event_id), sort_column, descending)
    rows.tally()  # counted here rather than on the UI thread
    capacity = registration_changes.capacity_of(project, event_id)
    groups = {g.name for g in event.invitee_groups} | {r.invitee_group for r in rows.items}
    return PageData(
        event_id,
        rows,
        capacity,
        sorted(filter(None, groups), key=danish_key),
        most_used_spellings((r.organisation for r in rows.items), rows.organisation_keys),
        event.organiser if project.people_hidden(event.organiser) else None,
    )
