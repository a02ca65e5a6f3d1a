"""Checks a workbook before a reader touches it, so that no file can exhaust memory.

The spreadsheet reader builds every sheet as a dense grid from A1 to its last cell, and
inflates the archive's parts without a limit. A 2 KB file with one cell at XFD1048576,
or a few MB of compressed whitespace, would then take gigabytes and kill the process. So
the archive's declared sizes, its compression and its entry count are checked first, and
the cell references of each .xlsx sheet are scanned (streamed, within those sizes) for
the sheet's real extent.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from .table import ImportFileError

MAX_ENTRIES = 10_000
MAX_UNPACKED = 1 << 30  # bytes of all parts together once inflated
# Sheets of text compress about 5-20 times; far more means padding built to inflate.
MAX_RATIO = 100
RATIO_FROM = 20 << 20  # a small part may be compressed any amount
# The reader's grid from A1 to the last cell: 1,000,000 rows of 26 columns is the most a
# sign-up list needs (and about what fits in memory as Python values).
MAX_CELLS = 30_000_000

_SHEET = re.compile(r"^xl/worksheets/[^/]+\.xml$")
# Patterns that begin with a literal, which the regex engine finds fast. A sheet up to
# column Z and row 999,999 is within MAX_CELLS, so most files need only the first two:
# columns of two or more letters, and row numbers of seven or more digits.
_WIDE = re.compile(rb"""r=["']([A-Z]{2,})[0-9]""")
_FAR_ROW = re.compile(rb"""r=["'][A-Z]*([0-9]{7,})["']""")
_ANY_ROW = re.compile(rb"""r=["'][A-Z]*([0-9]+)["']""")


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _column_letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def check_archive(path: Path, name: str) -> zipfile.ZipFile | None:
    """The open archive if `path` is a zip file (.xlsx, .xlsm, .xlsb, .ods) fit to read."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        return None  # not a zip: the reader says what it is
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        archive.close()
        raise ImportFileError(f"{name}: holds {len(entries):,} parts; no spreadsheet has so many.")
    if sum(e.file_size for e in entries) > MAX_UNPACKED:
        archive.close()
        raise ImportFileError(
            f"{name}: would unpack to more than {MAX_UNPACKED >> 30} GB; "
            "no sign-up list is so large (the file may be damaged or built to harm)."
        )
    for e in entries:
        if e.file_size > RATIO_FROM and e.file_size > MAX_RATIO * max(1, e.compress_size):
            archive.close()
            raise ImportFileError(
                f"{name}: part {e.filename} unpacks to {e.file_size // e.compress_size:,} "
                "times its size; it is padding, not a sign-up list."
            )
    return archive


def _scan(archive: zipfile.ZipFile, info: zipfile.ZipInfo, rows_pattern) -> tuple[int, int, bool]:
    """(last row, last column, whether it holds a formula) that the cells of a worksheet
    reach, as far as `rows_pattern` finds row numbers; rows written without r="" count by
    their number. (The reader gives a formula's last computed value only, so a file with
    formulas is read again for their text: found here, in the same pass.)"""
    rows = counted = 0
    formulas = False
    letters: set[bytes] = set()
    tail = b""
    # zipfile stops at the declared size, which check_archive has bounded.
    with archive.open(info) as fh:
        while chunk := fh.read(1 << 20):
            block = tail + chunk
            letters.update(_WIDE.findall(block))
            found = rows_pattern.findall(block)
            if found:
                rows = max(rows, max(int(d[:12]) for d in found))
            counted += chunk.count(b"<row") + chunk.count(b":row")
            formulas = formulas or b"<f>" in block or b"<f " in block
            tail = block[-64:]  # a reference cut by the chunk's end is found again
    columns = max((_column_number(x[:6]) for x in letters), default=26)
    return max(rows, counted), columns, formulas


def _extent(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[int, int, bool]:
    """(last row, last column, at least Z; whether it holds a formula) of a worksheet."""
    rows, columns, formulas = _scan(archive, info, _FAR_ROW)
    if columns > 26:  # wider than Z: every row number counts
        rows, columns, _ = _scan(archive, info, _ANY_ROW)
    return rows, columns, formulas


_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_VALUE_TYPE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}value-type"


def _ods_extents(archive: zipfile.ZipFile) -> list[tuple[str, int, int]]:
    """(sheet, rows, columns) that the filled cells of each .ods sheet reach.

    OpenDocument writes a run of equal rows or cells once with a repeat count, and the
    reader expands a run of filled cells: one cell "repeated" 16,000 columns by 5,000 rows
    is 80 million cells. Empty runs after the last filled cell (LibreOffice writes a
    million empty rows at the end of every sheet) are not read, so they do not count.
    """
    extents = []
    name, rows, columns, pending = "", 0, 0, 0
    row_repeat, width, filled_to = 1, 0, 0
    with archive.open("content.xml") as fh:  # bounded by check_archive's declared sizes
        for event, element in ElementTree.iterparse(fh, events=("start", "end")):
            tag = element.tag
            if tag == f"{_TABLE}table":
                if event == "start":
                    name, rows, columns, pending = element.get(f"{_TABLE}name", ""), 0, 0, 0
                else:
                    extents.append((name, rows, columns))
                    element.clear()
            elif tag == f"{_TABLE}table-row":
                if event == "start":
                    row_repeat = _count(element.get(f"{_TABLE}number-rows-repeated"))
                    width = filled_to = 0
                else:
                    if filled_to:
                        rows, pending = rows + pending + row_repeat, 0
                        columns = max(columns, filled_to)
                    else:
                        pending += row_repeat
                    element.clear()
            elif event == "start" and tag in (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell"):
                width += _count(element.get(f"{_TABLE}number-columns-repeated"))
                if element.get(_VALUE_TYPE):
                    filled_to = width
    return extents


_BIN_SHEET = re.compile(r"^xl/worksheets/[^/]+\.bin$")
_ROW_HEADER = 0  # BrtRowHdr: the row's index in its first 4 bytes
_CELLS = range(1, 14)  # BrtCell* records: the column in their first 4 bytes


def _xlsb_extent(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[int, int]:
    """(last row, last column) that the records of an .xlsb sheet reach."""
    data = archive.read(info)  # bounded by check_archive's declared sizes
    rows = columns = 0
    i, end = 0, len(data)
    while i < end:
        kind = data[i] & 0x7F
        if data[i] & 0x80 and i + 1 < end:
            kind |= (data[i + 1] & 0x7F) << 7
            i += 1
        i += 1
        size = shift = 0
        for _ in range(4):
            if i >= end:
                break
            byte = data[i]
            i += 1
            size |= (byte & 0x7F) << shift
            shift += 7
            if not byte & 0x80:
                break
        if size >= 4 and (kind == _ROW_HEADER or kind in _CELLS):
            value = int.from_bytes(data[i : i + 4], "little") + 1
            if kind == _ROW_HEADER:
                rows = max(rows, value)
            else:
                columns = max(columns, value)
        i += size
    return rows, columns


def _count(value: str | None) -> int:
    try:
        return max(1, int((value or "1")[:12]))
    except ValueError:
        return 1


def check_workbook(path: Path, name: str, max_rows: int) -> bool:
    """ImportFileError in one line when reading `path` would take more than a sign-up list
    can need: an archive built to inflate, too many rows, or a cell far away. Otherwise
    whether its .xlsx worksheets hold formulas."""
    archive = check_archive(path, name)
    if archive is None:
        return False
    formulas = False
    with archive:
        if "content.xml" in archive.namelist() and "xl/workbook.xml" not in archive.namelist():
            try:
                extents = _ods_extents(archive)
            except ElementTree.ParseError:
                extents = []  # not well-formed: the reader says the file is damaged
            for _sheet, rows, columns in extents:
                _check_extent(name, rows, columns, max_rows)
        for info in archive.infolist():
            if _BIN_SHEET.match(info.filename):
                _check_extent(name, *_xlsb_extent(archive, info), max_rows)
            if not _SHEET.match(info.filename):
                continue
            rows, columns, in_sheet = _extent(archive, info)
            _check_extent(name, rows, columns, max_rows)
            formulas = formulas or in_sheet
    return formulas


def _check_extent(name: str, rows: int, columns: int, max_rows: int) -> None:
    if rows * max(columns, 1) > MAX_CELLS:
        cell = f"{_column_letters(columns)}{rows}"
        raise ImportFileError(
            f"{name}: a sheet reaches cell {cell}, far beyond any sign-up list; "
            "delete what is there or copy the list into a new workbook."
        )
    if rows > max_rows:
        raise ImportFileError(f"{name}: has more than {max_rows:,} rows; split the file.")
