"""One import of one file into one event, written in a single transaction."""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass, field

from ...domain import Registration, RegistrationStatus
from ...domain.placement import place
from ...domain.waitlist import event_capacity, moved_up_message
from ...storage import Store
from ..gc_pause import collection_paused
from .formats import ColumnPlan
from .merge import plan_merge
from .rows import RowResult, build_registrations
from .table import ImportCancelled, SourceTable


@dataclass
class ImportSummary:
    file_name: str
    format_label: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: list[str] = field(default_factory=list)
    late: int = 0
    waitlisted: int = 0
    moved_up: int = 0
    cancelled: int = 0
    rejected: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # People changed elsewhere while the import ran whose change was kept over the file's.
    conflicts: list[str] = field(default_factory=list)
    # Headings of the file's columns that were not imported (mapped to nothing).
    ignored_columns: list[str] = field(default_factory=list)

    def line(self) -> str:
        """The one-line summary the CLI prints and the window shows."""
        parts = [
            f"{self.added} added",
            f"{self.updated} updated",
            f"{len(self.duplicates)} duplicates merged",
            f"{self.late} late",
            f"{self.waitlisted} waitlisted",
        ]
        if self.cancelled:
            parts.append(f"{self.cancelled} cancelled")
        if self.conflicts:
            shown = ", ".join(self.conflicts[:3])
            more = f" (+{len(self.conflicts) - 3} more)" if len(self.conflicts) > 3 else ""
            parts.append(
                f"{len(self.conflicts)} changed elsewhere meanwhile and kept as they were: "
                f"{shown}{more}"
            )
        if self.moved_up:
            parts.append(f"{self.moved_up} moved up")
        text = f"{self.file_name} ({self.format_label}): " + ", ".join(parts)
        if self.rejected:
            shown = "; ".join(self.rejected[:3])
            more = f" (+{len(self.rejected) - 3} more)" if len(self.rejected) > 3 else ""
            text += f"; {len(self.rejected)} rows rejected: {shown}{more}"
        else:
            text += "; 0 rows rejected"
        if self.warnings:
            # Never a silent change: what was read other than written is said here too.
            shown = "; ".join(self.warnings[:3])
            more = f" (+{len(self.warnings) - 3} more)" if len(self.warnings) > 3 else ""
            count = f"{len(self.warnings)} warning{'' if len(self.warnings) == 1 else 's'}"
            text += f"; {count}: {shown}{more}"
        if self.ignored_columns:
            text += "; not imported: " + ", ".join(f'"{c}"' for c in self.ignored_columns)
        return text


def ignored_columns(table: SourceTable, plan: ColumnPlan) -> list[str]:
    """The headings of columns the plan leaves out (empty headings are not columns of data)."""
    return [
        heading.strip()
        for column, heading in enumerate(table.headers)
        if heading.strip() and (column >= len(plan.mapping) or not plan.mapping[column])
    ]


def event_room(project: Store, event):
    if event.venue_id is None or event.room_id is None:
        return None
    venue = project.venues.get(event.venue_id)
    return next((room for room in venue.rooms if room.id == event.room_id), None)


def import_table(
    project: Store,
    event_id: int,
    table: SourceTable,
    plan: ColumnPlan,
    cancelled=None,
    report=None,
    seen: dict[int, Registration] | None = None,
    rows: RowResult | None = None,
) -> ImportSummary:
    """Import `table` into the event by `plan`: all of it, or nothing if it fails or stops.

    Run it inside one write transaction (the application layer does) so the merge is
    against the rows as they are when it writes. `seen` are the event's registrations as
    they were when the import began: a person changed since (by hand, in another window)
    whom the file would change in a field changed meanwhile keeps that change and is
    reported as a conflict. `rows` are the file's registrations, if built already.
    """
    with collection_paused():
        return _import_table(project, event_id, table, plan, cancelled, report, seen, rows)


def _import_table(
    project: Store,
    event_id: int,
    table: SourceTable,
    plan: ColumnPlan,
    cancelled,
    report,
    seen: dict[int, Registration] | None,
    rows: RowResult | None,
) -> ImportSummary:
    event = project.events.get(event_id)
    capacity = event_capacity(event, event_room(project, event))
    existing = project.registrations.for_event(event_id)
    before = {r.id: (r.status, r.status_reason, r.waiting_for) for r in existing}
    as_stored = {r.id: copy.copy(r) for r in existing if r.id is not None}
    if rows is None:
        rows = build_registrations(table, plan, cancelled, report)
    for r in rows.registrations:
        r.event_id = event_id
    merge = plan_merge(existing, rows.registrations, plan.provided, event.registration_deadline)
    conflicts = keep_changes_made_meanwhile(merge, as_stored, seen) if seen is not None else []
    newcomers = [r for r in merge.new if r.status == RegistrationStatus.REGISTERED]
    moved_up = place(existing + merge.new, capacity, event.invitee_groups, newcomers)
    summary = ImportSummary(
        table.file_name,
        plan.format_label,
        ignored_columns=ignored_columns(table, plan),
        added=len(merge.new),
        updated=len(merge.updated),
        unchanged=merge.unchanged,
        duplicates=merge.duplicates,
        late=merge.late,
        moved_up=len(moved_up),
        rejected=rows.rejected,
        warnings=table.notes + rows.warnings,
        conflicts=conflicts,
    )
    summary.waitlisted = sum(
        1 for r in merge.new if r.status == RegistrationStatus.WAITLISTED
    ) + sum(
        1
        for r in existing
        if r.status == RegistrationStatus.WAITLISTED
        and before[r.id][0] != RegistrationStatus.WAITLISTED
    )
    summary.cancelled = sum(1 for r in merge.new if r.status == RegistrationStatus.CANCELLED) + sum(
        1
        for r in existing
        if r.status == RegistrationStatus.CANCELLED
        and before[r.id][0] != RegistrationStatus.CANCELLED
    )
    changed = _changed(existing, before, merge)
    if cancelled is not None and cancelled():
        raise ImportCancelled()
    repo = project.registrations
    with repo.transaction() as conn:
        repo.add_many(merge.new, conn)
        repo.update_many(changed, conn)
        repo.log(event_id, f"Imported {summary.line()}", conn=conn)
        for r in moved_up:
            repo.log(event_id, moved_up_message(r), r.id, conn=conn)
        if cancelled is not None and cancelled():
            raise ImportCancelled()  # rolls the transaction back
    return summary


# Where in the file a person is: not a change a coordinator makes by hand.
_BOOKKEEPING = frozenset({"id", "revision", "source_file", "source_row"})
_FIELDS = [f.name for f in dataclasses.fields(Registration) if f.name not in _BOOKKEEPING]


def keep_changes_made_meanwhile(
    merge, as_stored: dict[int, Registration], seen: dict[int, Registration]
) -> list[str]:
    """Undo the file's change to people changed since the import began, where the file
    would overwrite a field changed meanwhile; their names, for the summary."""
    conflicts = []
    for r in list(merge.updated):
        now = as_stored[r.id]
        then = seen.get(r.id)
        if then is not None and then.revision == now.revision:
            continue  # not touched meanwhile: the file's change stands
        by_file = {f for f in _FIELDS if getattr(r, f) != getattr(now, f)}
        meanwhile = (
            set(_FIELDS)
            if then is None
            else {f for f in _FIELDS if getattr(now, f) != getattr(then, f)}
        )
        if by_file & meanwhile:
            for name in _FIELDS:
                setattr(r, name, getattr(now, name))
            merge.updated.remove(r)
            merge.unchanged += 1
            conflicts.append(now.name)
    return conflicts


def _changed(existing: list[Registration], before: dict, merge) -> list[Registration]:
    """Registrations already stored that the file or the waiting list rules changed."""
    ids = {id(r) for r in merge.updated} | {id(r) for r in merge.refreshed}
    return [
        r
        for r in existing
        if id(r) in ids or (r.status, r.status_reason, r.waiting_for) != before[r.id]
    ]
