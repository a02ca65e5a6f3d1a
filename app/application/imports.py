"""Importing a registrations file: read outside, merged and written in one write transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain import Registration
from ..services import column_layouts
from ..services.registration_import import choose_for_file
from ..services.registration_import.formats import ColumnPlan
from ..services.registration_import.rows import RowResult, build_registrations
from ..services.registration_import.runner import ImportSummary, import_table
from ..services.registration_import.table import SourceTable
from ..storage import Project
from .base import Result
from .transaction import Tx, run


def snapshot(project: Project, event_id: int) -> dict[int, Registration]:
    """The event's registrations as they are now: what an import starting now has seen."""
    return {r.id: r for r in project.registrations.for_event(event_id) if r.id is not None}


@dataclass
class ImportRegistrations:
    """Merge a file's rows into an event against the rows stored when it writes: two
    imports at once queue on the write lock, so neither duplicates a person nor books
    past capacity; hand edits made since `seen` are kept and reported as conflicts."""

    event_id: int
    table: SourceTable
    plan: ColumnPlan
    rows: RowResult
    seen: dict[int, Registration] | None = None
    cancelled: Callable[[], bool] | None = None

    def run(self, tx: Tx) -> Result:
        summary = import_table(
            tx,
            self.event_id,
            self.table,
            self.plan,
            self.cancelled,
            seen=self.seen,
            rows=self.rows,
        )
        tx.changed("registrations", self.event_id, self.event_id)
        return Result(value=summary)


def import_prepared(
    project: Project,
    event_id: int,
    table: SourceTable,
    plan: ColumnPlan,
    seen: dict[int, Registration] | None = None,
    cancelled: Callable[[], bool] | None = None,
    report: Callable[[int, int], None] | None = None,
) -> ImportSummary:
    """Import a table already read: its rows are built before the write lock is taken."""
    rows = build_registrations(table, plan, cancelled, report)
    result = run(project, ImportRegistrations(event_id, table, plan, rows, seen, cancelled))
    summary: ImportSummary = result.value
    return summary


def import_file(
    project: Project,
    event_id: int,
    path: str | Path,
    format_key: str = "auto",
    cancelled: Callable[[], bool] | None = None,
    report: Callable[[int, int], None] | None = None,
) -> ImportSummary:
    """Read, recognise and import a file without asking anything (the CLI's way)."""
    seen = snapshot(project, event_id)
    table, plan = choose_for_file(project, path, format_key, cancelled)
    return import_prepared(project, event_id, table, plan, seen, cancelled, report)


@dataclass
class RememberColumnLayout:
    """Keep the column mapping the user confirmed for files with these headings."""

    headers: list[str]
    mapping: list[str | None]

    def run(self, tx: Tx) -> Result:
        column_layouts.remember(tx, self.headers, self.mapping)
        return Result()
