"""A write-only sheet that takes rows of cells made ready once, and the styled cell it takes.

openpyxl's write-only sheet handles every appended cell as a value it has not seen: it
tries to bind the cell as a value (which fails, with an exception and the cell's repr),
makes a new blank cell to replace one that carries a style, and looks the cell's style up
in the workbook's style table. A workbook of 10,000 participants has 200,000 such cells.
Here a cell is bound, judged (`safe_cell`) and styled by the sheet writer, which reuses
one cell per column and style, so the sheet only has to number it; the file written is
byte for byte the same.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from openpyxl.cell.cell import Cell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet


class StyledCell(Cell):
    """A cell of one of the workbook's registered styles, its index in the workbook's style
    table found once. Its style must not change after it is made (a cell that needs the
    quote prefix is a plain Cell)."""

    __slots__ = ("_style_index",)

    def __init__(self, worksheet, style_array) -> None:
        super().__init__(worksheet, row=1, column=1, style_array=style_array)
        # What openpyxl's style_id does for every cell it writes.
        self._style_index: int = worksheet.parent._cell_styles.add(self._style)

    @property
    def style_id(self) -> int:
        return self._style_index


class ReadyCellSheet(WriteOnlyWorksheet):
    """A write-only sheet whose rows hold Cells already bound to their values (or plain
    values, bound here as openpyxl would, or None for an empty cell)."""

    def _values_to_row(self, values: Iterable, row_idx: int) -> Iterator[Cell]:
        for column, value in enumerate(values, 1):
            if value is None:
                continue
            cell = value if isinstance(value, Cell) else Cell(self, value=value)
            cell.column = column
            cell.row = row_idx
            if cell.hyperlink is not None:
                cell.hyperlink.ref = cell.coordinate
            yield cell


def add_sheet(workbook, title: str) -> ReadyCellSheet:
    """A new ReadyCellSheet at the end of a write-only `workbook` (as create_sheet would)."""
    sheet = ReadyCellSheet(parent=workbook, title=title)
    workbook._add_sheet(sheet)
    return sheet
