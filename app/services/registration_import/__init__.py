"""Importing registrations from sign-up tool exports and spreadsheets into an event.

`prepare` reads a file and decides how its columns map (a recognised tool, a
remembered layout, or a guess the user should confirm); `import_table` writes one
prepared import in one transaction; `import_file` does both for the CLI.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...storage import Store
from .fields import FIELD_LABELS, FIELDS, has_name
from .formats import FORMAT_CHOICES, ColumnPlan, choose_table, plan_for
from .readers import SUFFIXES, read_tables
from .runner import ImportSummary, import_table
from .table import ImportCancelled, ImportFileError, SourceTable

__all__ = [
    "FIELDS",
    "FIELD_LABELS",
    "FORMAT_CHOICES",
    "SUFFIXES",
    "ColumnPlan",
    "ImportCancelled",
    "ImportFileError",
    "ImportSummary",
    "Prepared",
    "SourceTable",
    "import_file",
    "import_table",
    "choose_for_file",
    "plan_with_mapping",
    "prepare",
]


@dataclass
class Prepared:
    table: SourceTable
    plan: ColumnPlan
    # Neither a recognised tool nor a remembered layout: the user should check the mapping.
    needs_mapping: bool


def prepare(
    path: str | Path,
    project: Store | None = None,
    format_key: str = "auto",
    cancelled=None,
    report=None,
) -> Prepared:
    """Read the file and plan its columns; ImportFileError with one line when it is unusable."""
    if report is not None:
        report(0, 0)
    tables = read_tables(path, cancelled)
    if cancelled is not None and cancelled():
        raise ImportCancelled()
    if format_key == "auto" and project is not None:
        from ..column_layouts import remembered  # it imports this package's fields

        for table in tables:
            mapping = remembered(project, table.headers)
            if mapping is not None and has_name(mapping):
                return Prepared(table, plan_with_mapping(table, mapping), False)
    table, plan, recognised = choose_table(
        tables, format_key, require_name=project is None or format_key != "auto"
    )
    return Prepared(table, plan, not recognised or not has_name(plan.mapping))


def plan_with_mapping(table: SourceTable, mapping: list[str | None]) -> ColumnPlan:
    """The plan for a mapping the user chose (or confirmed earlier)."""
    plan = plan_for(table, None, mapping)
    plan.format_label = "columns as mapped"
    return plan


def choose_for_file(
    project: Store, path: str | Path, format_key: str = "auto", cancelled=None
) -> tuple[SourceTable, ColumnPlan]:
    """Read a file and choose its table and columns without asking anything (the CLI's way).

    An unrecognised file is imported by its headings when they name a name column.
    """
    tables = read_tables(path, cancelled)
    if format_key == "auto":
        from ..column_layouts import remembered

        for table in tables:
            mapping = remembered(project, table.headers)
            if mapping is not None and has_name(mapping):
                return table, plan_with_mapping(table, mapping)
    table, plan, _ = choose_table(tables, format_key)
    if plan.format_key == "columns":
        plan.format_label = "columns by heading"
    return table, plan


def import_file(
    project: Store,
    event_id: int,
    path: str | Path,
    format_key: str = "auto",
    cancelled=None,
    report=None,
) -> ImportSummary:
    """`choose_for_file` and `import_table` in the caller's project or transaction (tests and
    the rules; the app imports through `application.imports`, in one write transaction)."""
    table, plan = choose_for_file(project, path, format_key, cancelled)
    return import_table(project, event_id, table, plan, cancelled, report)
