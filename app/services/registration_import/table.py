"""A file's rows as read, before any meaning is given to them; and the errors an import reports."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field


class ImportFileError(Exception):
    """The file cannot be imported; the message is one line naming the file (and row, column)."""

    user_message = True  # the shared worker shows this text as it is


class ImportCancelled(Exception):
    """The user stopped the import before anything was written."""

    user_message = True

    def __init__(self, message: str = "The import was cancelled; nothing was changed."):
        super().__init__(message)


@dataclass
class SourceTable:
    """The header and data rows of the sheet (or CSV file) chosen for import.

    Cells keep the type the reader gave them (text, number, date, datetime, bool) so
    that dates survive; `row_numbers` are the 1-based rows a user sees in the file.
    """

    file_name: str
    headers: list[str]
    rows: list[list] = field(default_factory=list)
    row_numbers: list[int] = field(default_factory=list)
    sheet: str = ""
    header_row: int = 1
    # How a CSV file was read, for the preview ("UTF-8, semicolon").
    encoding: str = ""
    delimiter: str = ""
    # What the reader had to read other than it was written (broken bytes), for the summary.
    notes: list[str] = field(default_factory=list)

    def cell(self, row: list, column: int):
        return row[column] if column < len(row) else ""

    def where(self, row_index: int, column: int | None = None) -> str:
        """ "file.xlsx, row 7, column "Navn"" for messages."""
        text = f"{self.file_name}, row {self.row_numbers[row_index]}"
        if column is not None and column < len(self.headers):
            text += f', column "{self.headers[column]}"'
        return text


def cell_text(value) -> str:
    """A cell as the text a person would read in it; a formula's text stays plain text."""
    if value.__class__ is str:  # most cells: asked first, as every row asks for several
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    return str(value).strip()


_NUMBER = re.compile(r"^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$")


def is_texty(value) -> bool:
    """A cell that could be a column heading: text that is not a number."""
    if not isinstance(value, str):
        return False
    text = value.strip()
    if not text:
        return False
    # Not float(): it takes "Infinity", "NaN" and "1_000", which are words or ids here.
    return _NUMBER.match(text) is None
