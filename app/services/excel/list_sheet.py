"""A titled list as an Excel table: frozen header, fitted widths, printed with the header on
every page. Participants, venues, rooms, events and the rest are all lists like this."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Set as AbstractSet

from .styles import fit_widths, row_height

HEADER_ROW = 4  # title, subtitle, notice, then the column headers
REPORT_EVERY = 500  # rows between progress reports


def list_sheet(
    book,
    *,
    name: str,
    table: str,
    title: str,
    subtitle: str,
    notice: str,
    headings: list[str],
    rows: list[list],
    styles: list[str],
    wrap: AbstractSet[int] = frozenset(),
    landscape: bool = True,
    maximum: float = 34,
    row_styles: Callable[[int, list[str]], list[str]] | None = None,
    freeze_column: str = "B",
    progress=None,
):
    """Write `rows` under `headings` on a new sheet and make them the Excel table `table`.

    `styles` gives each column's cell style; `row_styles(index, styles)` may change them
    for one row (a waitlisted status, say). Columns in `wrap` may take several lines, and
    their rows are made tall enough. `progress.step` is told of every REPORT_EVERY rows.
    """
    widths = fit_widths(headings, rows, maximum=maximum)
    s = book.sheet(
        name,
        widths,
        landscape=landscape,
        title_rows=f"{HEADER_ROW}:{HEADER_ROW}",
        freeze=f"{freeze_column}{HEADER_ROW + 1}",
        # The frozen columns (number and name, say) start each page printed side by side.
        repeat_columns=f"A:{chr(ord(freeze_column) - 1)}" if freeze_column > "A" else None,
    )
    s.title(title)
    s.subtitle(subtitle)
    s.notice(notice) if notice else s.blank(height=6)
    s.header(headings)
    wrapped = sorted(wrap)
    wrap_widths = [widths[c] for c in wrapped]
    for index, row in enumerate(rows):
        row_style = row_styles(index, styles) if row_styles else styles
        s.append(
            row,
            row_style,
            height=row_height([row[c] for c in wrapped], wrap_widths) if wrapped else None,
        )
        if progress is not None and (index + 1) % REPORT_EVERY == 0:
            progress.step(REPORT_EVERY)
    if progress is not None:
        progress.step(len(rows) % REPORT_EVERY)
    s.table(table, headings, HEADER_ROW, HEADER_ROW + len(rows))
    return s
