"""Reading workbooks (.xlsx, .xlsm, .xls, .xlsb, .ods) with python-calamine, sheet by sheet."""

from __future__ import annotations

import warnings
from pathlib import Path

import python_calamine as calamine

from .table import ImportFileError


def read_sheets(path: Path, name: str) -> list[tuple[str, list[list]]]:
    """(sheet name, rows from A1) of every visible worksheet that can be read."""
    try:
        book = calamine.CalamineWorkbook.from_path(str(path))
    except calamine.PasswordError:
        raise ImportFileError(
            f"{name}: is password-protected; save it without a password and import it again."
        ) from None
    except BaseException as exc:
        if not _reader_failure(exc):
            raise
        raise ImportFileError(
            f"{name}: is not a readable spreadsheet (damaged, or not a spreadsheet: {_short(exc)})."
        ) from None
    try:
        metas = list(book.sheets_metadata)
        sheets = [m for m in metas if m.typ == calamine.SheetTypeEnum.WorkSheet]
        visible = [m for m in sheets if m.visible == calamine.SheetVisibleEnum.Visible]
        out = []
        for meta in visible or sheets:
            try:
                rows = book.get_sheet_by_name(meta.name).to_python(skip_empty_area=False)
            except BaseException as exc:
                if not _reader_failure(exc):
                    raise
                continue
            out.append((meta.name, rows))
        return out
    finally:
        book.close()


def _reader_failure(exc: BaseException) -> bool:
    """Whether `exc` is the reader failing on the file: any Exception, or a panic of its
    Rust code (pyo3's PanicException derives from BaseException, so `except Exception`
    would let a damaged file end in a traceback)."""
    return isinstance(exc, Exception) or type(exc).__name__ == "PanicException"


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:80]


def formula_texts(path: Path, sheet: str) -> dict[tuple[int, int], str]:
    """The formulas of one sheet by (row, column) from 0, as plain text ("=A1&B1").

    Used where a formula has no stored value (files written by scripts), so that the
    cell is kept as the text the user typed rather than lost or evaluated.
    """
    import openpyxl  # only for the rare workbook with formulas

    found: dict[tuple[int, int], str] = {}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(path, read_only=True, data_only=False)
        try:
            if sheet not in book.sheetnames:
                return found
            for r, row in enumerate(book[sheet].iter_rows()):
                for c, cell in enumerate(row):
                    if getattr(cell, "data_type", None) == "f" and isinstance(cell.value, str):
                        found[(r, c)] = cell.value
        finally:
            book.close()
    except Exception:  # noqa: BLE001 - formulas are a bonus; the values are already read
        return {}
    return found
