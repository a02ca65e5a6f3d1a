"""A write-only workbook in one language, and a writer that fills its sheets row by row."""

from __future__ import annotations

import io
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.dimensions import RowDimension
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from ..atomic import atomic_write
from .ready_cells import StyledCell, add_sheet
from .safe_cell import clean_text, is_risky, safe_value
from .styles import StyleBook, line_count, row_height, set_properties, set_widths, setup_print

LINE_HEIGHT = 15.0  # points per line of 11-point Calibri, as Excel and LibreOffice lay it out
# How much wider than 11-point regular text a style runs (size, and bold or italic), so a
# long title is given the lines it takes.
_STYLE_WIDTH = {"title": 16 / 11 * 1.1, "notice": 10 / 11 * 1.05}
_BOLD_WIDTH = 1.12


class ExportCancelled(Exception):
    """The user stopped an export; nothing was written."""

    user_message = True


class Book:
    """A workbook written in streaming (write-only) mode, so 10,000 rows stay quick and small.

    Streaming fixes the order of work: widths, frozen panes and page set-up of a sheet
    are given when it is made, rows are appended top to bottom, and the file is saved once.
    """

    def __init__(self, lang: str, title: str, subject: str, author: str = ""):
        self.wb = Workbook(write_only=True)
        self.lang = lang
        self.title = title
        self.styles: StyleBook | None = None
        self._tables: set[str] = set()
        set_properties(self.wb, title=title, subject=subject, lang=lang, author=author)

    def sheet(
        self,
        name: str,
        widths: Sequence[float],
        *,
        landscape: bool = False,
        title_rows: str | None = None,
        freeze: str | None = None,
        repeat_columns: str | None = None,
    ) -> SheetWriter:
        ws = add_sheet(self.wb, name[:31])
        if self.styles is None:
            self.styles = StyleBook(ws, self.lang)
        return SheetWriter(
            self,
            ws,
            widths,
            landscape=landscape,
            title_rows=title_rows,
            freeze=freeze,
            repeat_columns=repeat_columns,
        )

    def table_name(self, wanted: str) -> str:
        """A table name unique in the workbook (Excel refuses duplicates)."""
        name, n = wanted, 1
        while name.casefold() in self._tables:
            n += 1
            name = f"{wanted}{n}"
        self._tables.add(name.casefold())
        return name

    def save(self, path) -> None:
        """Write to a temporary file beside `path`, then move it into place."""
        try:
            with atomic_write(path) as tmp:
                self.wb.save(tmp)
        except BaseException:
            # A folder that cannot be written, a full disk: the error is the message, and the
            # sheets' half-used streams must not print tracebacks when they are collected.
            self.discard()
            raise

    def discard(self) -> None:
        """Finish the workbook into memory and drop it: that closes the sheets' streams and
        removes openpyxl's temporary files, which an abandoned write-only workbook would
        leave behind (and report as "Exception ignored" tracebacks when collected)."""
        try:
            self.wb.save(io.BytesIO())
            return
        except Exception:  # noqa: BLE001 - already failing; the first error is the one to report
            pass
        # A save that failed half-way leaves streams that cannot finish: close them quietly.
        for ws in self.wb.worksheets:
            writer = getattr(ws, "_writer", None)
            for stream in (getattr(ws, "_rows", None), getattr(writer, "xf", None)):
                try:
                    if stream is not None:
                        stream.close()
                except Exception:  # noqa: BLE001 - the stream is being dropped
                    pass

    def __enter__(self) -> Book:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        """On an error or a cancel while sheets are written, finish the workbook into memory
        and drop it: that closes the sheets' streams and removes openpyxl's temporary files,
        which an abandoned write-only workbook would leave behind."""
        if exc_type is not None:
            self.discard()


class SheetWriter:
    """Appends the rows of one sheet: titles, headings, label/value pairs, tables."""

    def __init__(
        self,
        book: Book,
        ws,
        widths: Sequence[float],
        *,
        landscape: bool,
        title_rows: str | None,
        freeze: str | None,
        repeat_columns: str | None = None,
    ):
        self.book = book
        self.ws = ws
        self.widths = widths
        self.row = 0
        self._cells: dict[tuple[int, str | None], StyledCell] = {}
        # Each text once: cleaned, and whether it could be read as a formula. Statuses,
        # groups, organisations and yes/no repeat down a list of 10,000 people.
        self._judged: dict[str, tuple[str, bool]] = {}
        # One row record per height: a write-only sheet only reads its attributes.
        self._heights: dict[float, RowDimension] = {}
        # Write-only sheets write these before their first row, so they are set now.
        set_widths(ws, widths)
        if freeze:
            ws.freeze_panes = freeze
        setup_print(
            ws,
            landscape=landscape,
            title=book.title,
            lang=book.lang,
            title_rows=title_rows,
            widths=widths,
            repeat_columns=repeat_columns,
        )

    @property
    def last_column(self) -> str:
        return get_column_letter(len(self.widths))

    def _styles(self) -> StyleBook:
        if self.book.styles is None:  # never: the book makes them with its first sheet
            raise ValueError("the workbook has no styles yet")
        return self.book.styles

    def append(self, values: list, styles=None, height: float | None = None) -> int:
        """One row; `styles` is one style name for all cells or one (or None) per cell."""
        self.row += 1
        if height:
            dimension = self._heights.get(height)
            if dimension is None:
                dimension = self._heights[height] = RowDimension(self.ws, ht=height)
            self.ws.row_dimensions[self.row] = dimension
        if styles is None or isinstance(styles, str):
            styles = [styles] * len(values)
        cells: list = []
        judged = self._judged
        for column, (value, style) in enumerate(zip(values, styles, strict=False)):
            if isinstance(value, str):
                seen = judged.get(value)
                if seen is None:
                    # Clean before judging: a control character in front of "=" is removed
                    # by the cleaning, so a check on the raw text would let it through.
                    clean = clean_text(value)
                    seen = judged[value] = (clean, is_risky(clean))
                value, risky = seen
                if risky:
                    cells.append(safe_value(self.ws, value, self.book.styles, style))
                    continue
            if style is None:
                cells.append(value)
                continue
            # A write-only sheet serialises each row as it is appended, so one styled cell
            # per column and style can carry every row's value: 10,000 rows then cost no
            # more cell objects than one.
            cell = self._cells.get((column, style))
            if cell is None:
                cell = self._cells[(column, style)] = self._styles().styled_cell(self.ws, style)
            cell.value = value
            cells.append(cell)
        self.ws.append(cells)
        return self.row

    def blank(self, height: float | None = None) -> None:
        self.append([], height=height)

    def _merged(self, text: str, style: str, first: int = 1) -> int:
        """`text` in one cell spanning from column `first` to the last, tall enough to read."""
        width = sum(self.widths[first - 1 :]) / _STYLE_WIDTH.get(style, 1.0)
        lines = line_count(clean_text(str(text)), width)
        big = 1.5 if style == "title" else 1.0
        row = self.append(
            [None] * (first - 1) + [text],
            style,
            height=LINE_HEIGHT * big * lines + (3 if lines > 1 else 0) or None,
        )
        if len(self.widths) > first:
            self.ws.merged_cells.add(f"{get_column_letter(first)}{row}:{self.last_column}{row}")
        return row

    def title(self, text: str) -> int:
        return self._merged(text, "title")

    def subtitle(self, text: str) -> int:
        return self._merged(text, "subtitle")

    def notice(self, text: str) -> int:
        return self._merged(text, "notice")

    def heading(self, text: str) -> int:
        self.blank(height=8)
        cells = [text] + [None] * (len(self.widths) - 1)
        return self.append(cells, ["heading"] * len(self.widths), height=20)

    def paragraph(self, text: str, style: str = "text", indent: int = 1) -> int:
        return self._merged(text, style, first=indent)

    def pair(self, label: str, value, style: str = "text") -> int:
        """A label in the first column and its value across the rest."""
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            # A number stays a number cell, aligned left like the texts above and below it.
            return self.append(
                [label, value], ["label", "value_number" if style == "text" else style]
            )
        width = sum(self.widths[1:])
        lines = line_count(clean_text(str(value)), width)
        row = self.append(
            [label, value], ["label", style], height=LINE_HEIGHT * lines + 3 if lines > 1 else None
        )
        if len(self.widths) > 2:
            self.ws.merged_cells.add(f"B{row}:{self.last_column}{row}")
        return row

    def header(self, headings: list[str], height: float | None = None) -> int:
        """Column headings; a heading longer than its column wraps onto a taller row."""
        narrower = [w / _BOLD_WIDTH for w in self.widths]  # headings are bold
        return self.append(headings, "header", height=height or row_height(headings, narrower))

    def table(
        self, name: str, headings: list[str], header_row: int, last_row: int, stripes: bool = True
    ) -> Table:
        """Make rows header_row..last_row an Excel table: sortable and filterable."""
        last_row = max(last_row, header_row + 1)  # a table needs at least one body row
        ref = f"A{header_row}:{get_column_letter(len(headings))}{last_row}"
        table = Table(
            displayName=self.book.table_name(name),
            ref=ref,
            tableColumns=[
                TableColumn(id=i, name=clean_text(h)) for i, h in enumerate(headings, start=1)
            ],
            autoFilter=AutoFilter(ref=ref),
        )
        table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=stripes)
        # tables.add, not add_table: the latter warns on every write-only sheet even when,
        # as here, the columns are given.
        self.ws.tables.add(table)
        return table


class Progress:
    """Reports work done to a callback and stops the export when the user cancels."""

    def __init__(self, total: int, report=None, cancelled=None):
        self.total = max(1, total)
        self.done = 0
        self._report = report
        self._cancelled = cancelled

    def step(self, amount: int = 1) -> None:
        self.done = min(self.total, self.done + amount)
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled("The export was cancelled; no file was written.")
        if self._report is not None:
            self._report(self.done, self.total)
