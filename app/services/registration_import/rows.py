"""Rows of a table as registrations by a column plan, with a reason for each row left out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from ...domain import Registration, RegistrationStatus
from ...domain.registration_rules import is_placeholder, split_name, status_from_source
from ..gc_pause import collection_paused
from .fields import MEAL_PREFIX
from .formats import ColumnPlan
from .table import ImportCancelled, SourceTable, cell_text
from .values import answer_yes, checked_in, day_first_hint, parse_datetime, parse_time

_TEXT_FIELDS = (
    "phone",
    "organisation",
    "role",
    "invitee_group",
    "dietary",
    "accessibility",
    "comment",
)
_CAR_WORDS = ("bil", "car", "bilen", "elbil")
_PARKING_WORDS = ("handicapparkering", "handicap")


@dataclass
class RowResult:
    registrations: list[Registration] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _first(table: SourceTable, row: list, columns: list[int]) -> tuple[str, int | None]:
    for c in columns:
        text = cell_text(row[c] if c < len(row) else "")
        if text and not is_placeholder(text):
            return text, c
    return "", None


def _joined(table: SourceTable, row: list, columns: list[int]) -> str:
    if len(columns) == 1:  # the usual case: one column for the field
        c = columns[0]
        return cell_text(row[c] if c < len(row) else "")
    seen = []
    for c in columns:
        text = cell_text(table.cell(row, c))
        if text and text not in seen:
            seen.append(text)
    return "; ".join(seen)


def _month_first(table: SourceTable, plan: ColumnPlan, columns: list[int]) -> bool:
    hint = day_first_hint([table.cell(r, c) for r in table.rows[:2000] for c in columns])
    return plan.month_first if hint is None else not hint


def build_registrations(
    table: SourceTable, plan: ColumnPlan, cancelled=None, report=None
) -> RowResult:
    """One registration per usable row, in file order; rows without a name are rejected."""
    with collection_paused():
        return _build(table, plan, cancelled, report)


def _build(table: SourceTable, plan: ColumnPlan, cancelled, report) -> RowResult:
    result = RowResult()
    cols = {f: plan.columns_for(f) for f in plan.provided}
    get = cols.get
    month_first = _month_first(table, plan, get("registered_at", []))
    twins = {f: _same_heading(table, cols.get(f, [])) for f in ("first_name", "last_name")}
    twins |= {f: _same_heading(table, cols.get(f, [])) for f in ("full_name", "email")}
    twins = {f: columns for f, columns in twins.items() if columns}
    meals = [
        (target[len(MEAL_PREFIX) :], columns)
        for target, columns in cols.items()
        if target.startswith(MEAL_PREFIX)
    ]
    text_fields = [(name, cols[name]) for name in _TEXT_FIELDS if name in cols]
    # A yes/no column holds a handful of answers in 10,000 rows: each is read once.
    car_answer, parking_answer = _remembered(answer_yes), _remembered(answer_yes)
    first_cols, last_cols = get("first_name", []), get("last_name", [])
    full_cols, email_cols = get("full_name", []), get("email", [])
    car_cols, parking_cols = get("by_car", []), get("accessible_parking", [])
    # Without a status or check-in column every row is simply registered.
    asks_status = bool(get("status") or get("checked_in"))
    left_out: dict[int, list[int]] = {}
    total = len(table.rows)
    for index, row in enumerate(table.rows):
        if index % 2000 == 0:
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if report is not None:
                report(index, total)
        r = Registration(source_file=table.file_name, source_row=table.row_numbers[index])
        for columns in twins.values():
            _note_twins(table, row, index, columns, left_out)
        first = _first(table, row, first_cols)[0] if first_cols else ""
        last = _first(table, row, last_cols)[0] if last_cols else ""
        full = _first(table, row, full_cols)[0] if full_cols else ""
        if first or last:
            r.first_name, r.last_name = first, last
        elif full:
            r.first_name, r.last_name, r.full_name = split_name(full)
        if not (r.first_name or r.last_name or r.full_name):  # no name
            name_columns = [c for f in ("full_name", "first_name", "last_name") for c in get(f, [])]
            where = table.where(index, name_columns[0] if name_columns else None)
            result.rejected.append(f"{where}: no name.")
            continue
        if email_cols:
            r.email = "".join(_first(table, row, email_cols)[0].split())
        for name, columns in text_fields:
            setattr(r, name, _joined(table, row, columns))
        if car_cols:
            r.by_car = any(
                car_answer(cell_text(row[c] if c < len(row) else ""), _CAR_WORDS) for c in car_cols
            )
        if parking_cols:
            r.accessible_parking = any(
                parking_answer(cell_text(row[c] if c < len(row) else ""), _PARKING_WORDS)
                for c in parking_cols
            )
        for meal, columns in meals:
            answer, _ = _first(table, row, columns)
            if answer:  # no answer: not asked, so the meal is not decided either way
                r.meal_answers[meal] = answer_yes(answer)
        _registered_at(table, row, index, cols, month_first, r, result)
        if asks_status:
            r.status = _status(table, row, cols)
        r.source_id = _source_id(table, row, plan, cols)
        result.registrations.append(r)
    if report is not None:
        report(total, total)
    for column, numbers in left_out.items():
        shown = ", ".join(map(str, numbers[:5])) + (" …" if len(numbers) > 5 else "")
        result.warnings.append(
            f'{table.file_name}: a second column "{table.headers[column]}" was left out in '
            f"{len(numbers)} row(s) (row {shown}) where the first one was filled differently."
        )
    return result


def _remembered(read: Callable[[str, tuple[str, ...]], bool]) -> Callable[..., bool]:
    """`read`, answering each text it was asked before from memory."""
    known: dict[str, bool] = {}

    def remembered(text: str, words: tuple[str, ...]) -> bool:
        answer = known.get(text)
        if answer is None:
            answer = known[text] = read(text, words)
        return answer

    return remembered


def _same_heading(table: SourceTable, columns: list[int]) -> list[int]:
    """`columns` if two of them carry the same heading (a form asking twice), else []."""
    keys = [" ".join(str(table.headers[c]).casefold().split()) for c in columns]
    return columns if len(set(keys)) < len(keys) else []


def _note_twins(table, row, index, columns, left_out) -> None:
    """Remember the rows where a later column of the same heading holds another value
    than the one used: it is left out, and the summary must say so."""
    if len(columns) < 2:
        return
    used, at = _first(table, row, columns)
    if at is None:
        return
    for c in columns[columns.index(at) + 1 :]:
        other = cell_text(table.cell(row, c))
        if other and other != used and not is_placeholder(other):
            left_out.setdefault(c, []).append(table.row_numbers[index])


def _registered_at(table, row, index, cols, month_first, r, result) -> None:
    for c in cols.get("registered_at", []):
        value = table.cell(row, c)
        try:
            r.registered_at = parse_datetime(value, month_first)
        except (ValueError, OverflowError):
            result.warnings.append(
                f"{table.where(index, c)}: {cell_text(value)!r} is not a "
                "date; the registration time is left empty."
            )
            continue
        if r.registered_at is not None:
            break
    if r.registered_at is not None and r.registered_at.time() == dt.time():
        for c in cols.get("registered_time", []):
            try:
                clock = parse_time(table.cell(row, c))
            except ValueError:
                continue
            if clock is not None:
                r.registered_at = dt.datetime.combine(r.registered_at.date(), clock)
                break


def _status(table, row, cols) -> RegistrationStatus:
    status = None
    for c in cols.get("status", []):
        status = status_from_source(cell_text(table.cell(row, c)))
        if status is not None:
            break
    if status is None and any(checked_in(table.cell(row, c)) for c in cols.get("checked_in", [])):
        status = RegistrationStatus.ATTENDED
    return status or RegistrationStatus.REGISTERED


def _source_id(table, row, plan: ColumnPlan, cols) -> str:
    value, _ = _first(table, row, cols.get("source_id", []))
    if not value:
        return ""
    if plan.id_suffix_column is not None:
        suffix = cell_text(table.cell(row, plan.id_suffix_column))
        if suffix:
            value = f"{value}-{suffix}"
    # The tool's name keeps ids of different tools (both may count 1, 2, 3) apart.
    return f"{plan.format_key}:{value}"
