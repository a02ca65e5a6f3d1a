"""The window's heavy jobs as run in a child process: each opens what it needs by location.

Run through `process_pool.ProcessPool`: arguments and results are plain data. A job that
reads the project opens it read-only by its location (a file's path or a server address,
a `ProjectRef`), as a CLI command that only reads does, so it sees what the window's last
commit left. An import is only read here: its
rows are merged and written by the window through the application layer (the one write
path), against the rows stored when it writes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..storage import Project
from .process_pool import Streamed
from .registration_import import ImportFileError, SourceTable, prepare
from .registration_import.formats import ColumnPlan
from .registration_import.readers import read_tables
from .registration_import.rows import RowResult, build_registrations

Cancelled = Callable[[], bool] | None
Report = Callable[[int, int], None] | None


@dataclass(frozen=True)
class ProjectRef:
    """What a child process opens the window's project by: its location, and for a server
    the password this session connected with (it may have been typed, not kept anywhere a
    child could find it). Sent only over the pipe to the app's own child, never shown."""

    location: str
    password: str | None = field(default=None, repr=False)

    def open_read_only(self) -> Project:
        """The project, read-only (the CLI's reading commands open it so)."""
        return Project.open(self.location, read_only=True, password=self.password)


def project_ref(project: Project) -> ProjectRef:
    password = project.engine.url.password if project.on_server else None
    return ProjectRef(project.location, str(password) if password else None)


@dataclass
class ReadImport:
    """A file read for import: its table, how its columns map, and (when the mapping needs
    no asking) its rows as registrations."""

    table: SourceTable
    plan: ColumnPlan
    needs_mapping: bool
    rows: RowResult | None


def read_import(
    project_at: ProjectRef, path: str, cancelled: Cancelled = None, report: Report = None
) -> Streamed:
    """Read and recognise a file (remembered column layouts come from the project) and,
    unless the user must confirm its columns, turn its rows into registrations."""
    with project_at.open_read_only() as project:
        prepared = prepare(path, project, cancelled=cancelled, report=report)
    rows = None
    if not prepared.needs_mapping:
        rows = build_registrations(prepared.table, prepared.plan, cancelled, report)
    return _streamed(prepared.table, prepared.plan, prepared.needs_mapping, rows, True)


def build_import(
    path: str,
    sheet: str,
    header_row: int,
    plan: ColumnPlan,
    cancelled: Cancelled = None,
    report: Report = None,
) -> Streamed:
    """The file's rows as registrations by a plan the user chose (the file is read again:
    the window has its table, but sending it over would cost more than reading it)."""
    if report is not None:
        report(0, 0)
    tables = read_tables(path, cancelled)
    table = next((t for t in tables if (t.sheet, t.header_row) == (sheet, header_row)), None)
    if table is None:
        raise ImportFileError(f"{Path(path).name}: the sheet read before is no longer there.")
    rows = build_registrations(table, plan, cancelled, report)
    return _streamed(table, plan, False, rows, False)


def _streamed(
    table: SourceTable,
    plan: ColumnPlan,
    needs_mapping: bool,
    rows: RowResult | None,
    with_table_rows: bool,
) -> Streamed:
    lists: dict[str, list] = {}
    if with_table_rows:
        lists["table_rows"], lists["row_numbers"] = table.rows, table.row_numbers
    if rows is not None:
        lists["registrations"] = rows.registrations
        rows = dataclasses.replace(rows, registrations=[])
    head = ReadImport(
        dataclasses.replace(table, rows=[], row_numbers=[]), plan, needs_mapping, rows
    )
    return Streamed(head, lists)


def received_import(streamed: Streamed, table: SourceTable | None = None) -> ReadImport:
    """Put a `read_import` or `build_import` result together again in the window; `table`
    is the one read before, for `build_import`."""
    read: ReadImport = streamed.head
    lists = streamed.lists
    if table is not None:
        read.table = table
    else:
        read.table.rows, read.table.row_numbers = lists["table_rows"], lists["row_numbers"]
    if read.rows is not None:
        read.rows.registrations = lists["registrations"]
    return read


def write_event_workbook_job(
    project_at: ProjectRef,
    event_id: int,
    path: str,
    sensitive: bool,
    walking_speed: float,
    cancelled: Cancelled = None,
    report: Report = None,
) -> dict:
    """The event's logistics workbook written to `path` (atomically), as the CLI writes it."""
    from .excel import write_event_workbook

    with project_at.open_read_only() as project:
        return write_event_workbook(
            project,
            event_id,
            path,
            sensitive=sensitive,
            cancelled=cancelled,
            report=report,
            walking_speed=walking_speed,
        )


def write_overview_workbook_job(
    project_at: ProjectRef,
    what: str,
    path: str,
    lang: str,
    walking_speed: float,
    cancelled: Cancelled = None,
    report: Report = None,
) -> dict:
    """The venue catalogue (`what` "venues") or the events overview workbook."""
    from .excel import write_catalogue_workbook, write_events_workbook

    with project_at.open_read_only() as project:
        if what == "venues":
            return write_catalogue_workbook(
                project,
                path,
                lang=lang,
                report=report,
                cancelled=cancelled,
                walking_speed=walking_speed,
            )
        return write_events_workbook(project, path, lang=lang, report=report, cancelled=cancelled)
