"""Opening a registrations file of any supported kind and finding its heading row."""

from __future__ import annotations

import math
from pathlib import Path

from .csv_reader import read_csv
from .sheet_reader import formula_texts, read_sheets
from .table import ImportFileError, SourceTable, cell_text, is_texty
from .workbook_guard import check_workbook

SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}
TEXT_SUFFIXES = {".csv", ".txt", ".tsv"}
SUFFIXES = SPREADSHEET_SUFFIXES | TEXT_SUFFIXES
# Rows beyond this are refused rather than read for minutes: no event has more people.
MAX_ROWS = 1_000_000
MAX_TEXT_BYTES = 512 << 20  # a CSV is read whole: 1,000,000 long rows fit in this
_HEADER_SEARCH = 20

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _blank_row(row: list) -> bool:
    for value in row:  # usually stops at the first cell
        if value is not None and (not isinstance(value, str) or value.strip()):
            return False
    return True


def find_header(rows: list[list]) -> int | None:
    """The index of the heading row: the first of the top rows made only of words.

    A title above the table ("Tilmeldinger", one cell) is passed over when the table
    is wider; a row holding numbers or dates is data, not headings.
    """
    width = max(
        (
            len(r) - next((i for i, v in enumerate(reversed(r)) if not _blank(v)), len(r))
            for r in rows[:50]
        ),
        default=0,
    )
    fallback = None
    for index, row in enumerate(rows[:_HEADER_SEARCH]):
        cells = [v for v in row if not _blank(v)]
        if not cells:
            continue
        if not all(is_texty(v) for v in cells):
            continue
        if len(cells) >= max(2, math.ceil(width / 2)) or width == 1:
            return index
        if fallback is None and len(cells) >= 2:
            fallback = index
    return fallback


def table_from_rows(file_name: str, sheet: str, rows: list[list]) -> SourceTable | None:
    """The table under the heading row, or None when there is no heading row."""
    header = find_header(rows)
    if header is None:
        return None
    headers = [cell_text(v) for v in rows[header]]
    while headers and not headers[-1]:
        headers.pop()
    table = SourceTable(file_name, headers, sheet=sheet, header_row=header + 1)
    width = len(headers)
    for index in range(header + 1, len(rows)):
        row = rows[index][:width]
        if row.__class__ is not list:
            row = list(row)
        if _blank_row(row):
            continue
        table.rows.append(row)
        table.row_numbers.append(index + 1)
    return table


def read_tables(path: str | Path, cancelled=None) -> list[SourceTable]:
    """Every sheet of the file that has a heading row, in order (one for a CSV file).

    Raises ImportFileError with a one-line reason for a file that cannot be used.
    """
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        # Opening a FIFO (or a device) for reading waits forever for a writer.
        if not path.is_dir() and not path.is_file():
            raise ImportFileError(f"{name}: is not a regular file (a pipe or a device).")
        with open(path, "rb") as fh:
            head = fh.read(8)
    except FileNotFoundError:
        raise ImportFileError(f"{name}: no such file.") from None
    except IsADirectoryError:
        raise ImportFileError(f"{name}: is a folder, not a file.") from None
    except OSError as exc:
        raise ImportFileError(f"{name}: cannot be read ({exc.strerror}).") from None
    if path.is_dir():
        raise ImportFileError(f"{name}: is a folder, not a file.")
    if size == 0:
        raise ImportFileError(f"{name}: is empty (0 bytes).")
    suffix = path.suffix.lower()
    if head.startswith(b"%PDF"):
        raise ImportFileError(f"{name}: is a PDF document, not a spreadsheet.")
    if suffix and suffix not in SUFFIXES:
        raise ImportFileError(
            f"{name}: cannot import {suffix} files; use .xlsx, .xls, .xlsb, .ods or .csv."
        )
    if head.startswith((_ZIP, _OLE)) or (
        suffix in SPREADSHEET_SUFFIXES and not _looks_like_text(path)
    ):
        formulas = check_workbook(path, name, MAX_ROWS) and suffix in (".xlsx", ".xlsm")
        sheets = read_sheets(path, name)
    else:
        if head.lstrip().startswith((b"<", b"\xef\xbb\xbf<")):
            raise ImportFileError(f"{name}: is a web page or XML file, not a spreadsheet.")
        if size > MAX_TEXT_BYTES:
            raise ImportFileError(
                f"{name}: is {size >> 20:,} MB of text, more than any sign-up list; split the file."
            )
        notes: list[str] = []
        rows, encoding, delimiter = read_csv(path.read_bytes(), name, cancelled, MAX_ROWS, notes)
        table = _checked([(suffix, rows)], name)[0]
        table.sheet, table.encoding, table.delimiter = "", encoding, delimiter
        table.notes = notes
        return [table]
    tables = _checked(sheets, name)
    if formulas:
        for table in tables:
            _keep_formula_text(path, table)
    return tables


def _checked(sheets: list[tuple[str, list[list]]], name: str) -> list[SourceTable]:
    if not any(any(not _blank(v) for v in row) for _, rows in sheets for row in rows):
        raise ImportFileError(f"{name}: has no rows (the file holds no data).")
    if sum(len(rows) for _, rows in sheets) > MAX_ROWS:
        raise ImportFileError(f"{name}: has more than {MAX_ROWS:,} rows; split the file.")
    tables = [t for sheet, rows in sheets if (t := table_from_rows(name, sheet, rows))]
    if not tables:
        raise ImportFileError(
            f"{name}: has no heading row (the first rows hold no column "
            "names, only numbers or dates)."
        )
    return tables


def _keep_formula_text(path: Path, table: SourceTable) -> None:
    """Fill cells whose formula has no stored value with the formula's text."""
    found = formula_texts(path, table.sheet)
    if not found:
        return
    for row, number in zip(table.rows, table.row_numbers, strict=False):
        for column, value in enumerate(row):
            if _blank(value) and (number - 1, column) in found:
                row[column] = found[(number - 1, column)]


def _looks_like_text(path: Path) -> bool:
    with open(path, "rb") as fh:
        sample = fh.read(4096)
    return b"\x00" not in sample and not sample.startswith((_ZIP, _OLE))
