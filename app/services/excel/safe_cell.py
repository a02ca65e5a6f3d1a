"""Text from users and imports written so spreadsheets show it and never run it as a formula.

A name or comment such as `=HYPERLINK("http://evil", "Click")`, `+45...`, `-2+3` or
`@SUM(...)` would be read as a formula if typed into a cell, and a cell written as a
formula runs when the file opens. So any text starting with one of RISKY_START (or one of
Excel's error codes, which openpyxl would write as an error) is stored as a string cell
AND styled with quotePrefix: the mark Excel and LibreOffice set when a user types an
apostrophe first, which keeps the text a text even after someone edits the cell.
"""

from __future__ import annotations

import re

from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE, Cell

RISKY_START = ("=", "+", "-", "@", "\t", "\r", "\n")
MAX_CELL_TEXT = 32767  # Excel's limit on the characters of one cell
_LINE_BREAKS = re.compile(r"\r\n?")


def clean_text(text: str) -> str:
    """Text a cell can hold: control characters XML forbids removed, line breaks as \\n
    (XML readers turn a lone CR into LF anyway), at most Excel's 32,767 characters."""
    text = _LINE_BREAKS.sub("\n", ILLEGAL_CHARACTERS_RE.sub("", text))
    return text[:MAX_CELL_TEXT]


def is_risky(text: str) -> bool:
    """True for text a spreadsheet could read as a formula, a command or an error value."""
    return text.startswith(RISKY_START) or text.strip() in ERROR_CODES


def force_text(cell: Cell) -> Cell:
    """Make `cell` (holding a str) a string cell with the quote prefix."""
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell


def safe_value(worksheet, value, styles=None, style: str | None = None):
    """What to append to a write-only row for `value`: the plain value when it needs neither
    a style nor a guard (the fast path), else a Cell.

    Numbers, dates and booleans pass unchanged; every str is cleaned and, if risky, forced
    to text.
    """
    if isinstance(value, str):
        value = clean_text(value)
        if value and is_risky(value):
            cell = (
                styles.cell(worksheet, None, style)
                if styles and style
                else Cell(worksheet, row=1, column=1)
            )
            cell.value = value
            return force_text(cell)
    if style is None or styles is None:
        return value
    return styles.cell(worksheet, value, style)
