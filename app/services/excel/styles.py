"""The shared look of Venueplan workbooks: cell styles, widths, print set-up, properties."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from copy import copy

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from ...domain.contrast import readable_on
from ...domain.workbook_text import wt
from .ready_cells import StyledCell
from .safe_cell import clean_text

FONT = "Calibri"
INK = "1F2933"
ACCENT = "1F4E79"  # dark blue of titles and column headers
MUTED = "5F6B7A"
HEADER_FILL = "DCE6F1"
SECTION_FILL = "EEF3F8"
LINE = "9FB3C8"
WARN_FILL = "FFF2CC"
WARN_INK = "7F4F00"

_thin = Side(style="thin", color=LINE)
_GRID = Border(left=_thin, right=_thin, top=_thin, bottom=_thin)
_UNDER = Border(bottom=Side(style="medium", color=ACCENT))
_TOP = Alignment(vertical="top")
_WRAP = Alignment(vertical="top", wrap_text=True)

# name -> the attributes of a cell in that style. Every cell of a workbook takes one of these,
# so the file stays small and a header looks the same on every sheet.
STYLES: dict[str, dict] = {
    "title": {"font": Font(name=FONT, size=16, bold=True, color=ACCENT), "alignment": _WRAP},
    "subtitle": {"font": Font(name=FONT, size=11, color=MUTED), "alignment": _WRAP},
    "notice": {"font": Font(name=FONT, size=10, italic=True, color=WARN_INK), "alignment": _WRAP},
    "heading": {"font": Font(name=FONT, size=12, bold=True, color=ACCENT), "border": _UNDER},
    "label": {"font": Font(name=FONT, size=11, bold=True, color=INK), "alignment": _TOP},
    "text": {"font": Font(name=FONT, size=11, color=INK), "alignment": _WRAP},
    "strong": {"font": Font(name=FONT, size=11, bold=True, color=INK), "alignment": _WRAP},
    "value_number": {
        "font": Font(name=FONT, size=11, color=INK),
        "alignment": Alignment(horizontal="left", vertical="top"),
    },
    "warning": {
        "font": Font(name=FONT, size=11, color=WARN_INK),
        "alignment": _WRAP,
        "fill": PatternFill("solid", fgColor=WARN_FILL),
    },
    "header": {
        "font": Font(name=FONT, size=11, bold=True, color=ACCENT),
        "border": _GRID,
        "fill": PatternFill("solid", fgColor=HEADER_FILL),
        "alignment": Alignment(vertical="center", wrap_text=True),
    },
    "section_row": {
        "font": Font(name=FONT, size=11, bold=True, color=ACCENT),
        "border": _GRID,
        "fill": PatternFill("solid", fgColor=SECTION_FILL),
        "alignment": _WRAP,
    },
    "cell": {"font": Font(name=FONT, size=11, color=INK), "border": _GRID, "alignment": _WRAP},
    "cell_number": {
        "font": Font(name=FONT, size=11, color=INK),
        "border": _GRID,
        "alignment": Alignment(horizontal="right", vertical="top"),
    },
    "cell_centre": {
        "font": Font(name=FONT, size=11, color=INK),
        "border": _GRID,
        "alignment": Alignment(horizontal="center", vertical="top"),
    },
    "cell_datetime": {
        "font": Font(name=FONT, size=11, color=INK),
        "border": _GRID,
        "alignment": Alignment(horizontal="left", vertical="top"),
    },
    "cell_waiting": {
        "font": Font(name=FONT, size=11, color=WARN_INK),
        "border": _GRID,
        "fill": PatternFill("solid", fgColor=WARN_FILL),
        "alignment": _TOP,
    },
    "cell_cancelled": {
        "font": Font(name=FONT, size=11, color=MUTED, italic=True),
        "border": _GRID,
        "alignment": _TOP,
    },
    "cell_over": {
        "font": Font(name=FONT, size=11, bold=True, color="9C0006"),
        "border": _GRID,
        "fill": PatternFill("solid", fgColor="FFC7CE"),
        "alignment": Alignment(horizontal="right", vertical="top"),
    },
    # The sign-in sheet: room to write a name by hand.
    "sign": {
        "font": Font(name=FONT, size=12, color=INK),
        "border": _GRID,
        "alignment": Alignment(vertical="center", wrap_text=True),
    },
    "sign_number": {
        "font": Font(name=FONT, size=10, color=MUTED),
        "border": _GRID,
        "alignment": Alignment(horizontal="right", vertical="center"),
    },
}
# Danish writes 31.05.2024 and 09.00; the full stops are quoted so that no spreadsheet
# takes them for a decimal sign.
DATETIME_FORMAT = {"da": 'dd"."mm"."yyyy hh"."mm', "en": "yyyy-mm-dd hh:mm"}
DATE_FORMAT = {"da": 'dd"."mm"."yyyy', "en": "yyyy-mm-dd"}
COORDINATE_FORMAT = "0.00000"
PAPER_A4 = 9  # the paperSize code of A4 in SpreadsheetML


def swatch_ink(colour_hex: str) -> str:
    """The text colour ('RRGGBB') on a zone's colour: white or black, whichever reads better
    (black, not the grey-blue ink, so a mid green still reaches 4.5:1)."""
    return readable_on(colour_hex, "#FFFFFF", "#000000").lstrip("#").upper()


class StyleBook:
    """The styles of one workbook, registered once and then stamped onto new cells.

    Setting font, border and fill on every one of tens of thousands of cells looks each of
    them up in the workbook's style tables; stamping a ready style array is a copy.
    """

    def __init__(self, worksheet, lang: str):
        self._arrays = {}
        self._worksheet = worksheet
        self.lang = lang
        for name, attrs in STYLES.items():
            self._arrays[name] = self._register(worksheet, attrs)
        self._arrays["cell_datetime"] = self._register(
            worksheet, {**STYLES["cell_datetime"], "number_format": DATETIME_FORMAT[lang]}
        )
        self._arrays["cell_date"] = self._register(
            worksheet, {**STYLES["cell_datetime"], "number_format": DATE_FORMAT[lang]}
        )
        self._arrays["cell_coordinate"] = self._register(
            worksheet, {**STYLES["cell_number"], "number_format": COORDINATE_FORMAT}
        )

    @staticmethod
    def _register(worksheet, attrs: dict):
        probe = Cell(worksheet, row=1, column=1)
        for key, value in attrs.items():
            setattr(probe, key, value)
        return copy(probe._style)

    def swatch(self, colour_hex: str | None) -> str:
        """The name of a bordered cell style filled with `colour_hex` ('#rrggbb'), with dark
        or white text, whichever reads better on it; 'cell' when there is no colour."""
        if not colour_hex:
            return "cell"
        name = f"swatch{colour_hex.lower()}"
        if name not in self._arrays:
            rgb = colour_hex.lstrip("#").upper()
            ink = swatch_ink(colour_hex)
            self._arrays[name] = self._register(
                self._worksheet,
                {
                    **STYLES["cell"],
                    "fill": PatternFill("solid", fgColor=rgb),
                    "font": Font(name=FONT, size=11, bold=True, color=ink),
                },
            )
        return name

    def cell(self, worksheet, value, style: str) -> Cell:
        return Cell(worksheet, row=1, column=1, value=value, style_array=self._arrays[style])

    def styled_cell(self, worksheet, style: str) -> StyledCell:
        """A cell of `style` to carry one value after another (its style never changes)."""
        return StyledCell(worksheet, self._arrays[style])


def text_width(text: str) -> float:
    """The width of text in Excel's units (the width of '0'); capitals and bold run wider."""
    return max(
        (len(line) + 0.2 * sum(map(str.isupper, line)) for line in str(text).split("\n")), default=0
    )


def fit_widths(
    headings: list[str], rows: list[list], *, minimum: float = 6, maximum: float = 40
) -> list[float]:
    """Column widths that show every heading and nearly every value without ##### or cuts.

    The 95th percentile of the values sets a column's width so that one long comment does
    not widen it for everyone; longer values wrap.
    """
    widths = []
    for col, heading in enumerate(headings):
        sizes = sorted(text_width(_shown(r[col])) for r in rows if r[col] not in (None, ""))
        body = sizes[min(len(sizes) - 1, math.ceil(len(sizes) * 0.95) - 1)] if sizes else 0
        head = max(text_width(word) for word in str(heading).split()) if heading else 0
        widths.append(min(maximum, max(minimum, body + 2, head + 3)))
    return widths


def _shown(value) -> str:
    if isinstance(value, dt.datetime):
        return "00-00-0000 00:00"
    if isinstance(value, dt.date):
        return "00-00-0000"
    if isinstance(value, float):
        return f"{value:.5f}"
    return str(value)


def line_count(text: str, width: float) -> int:
    """Lines a wrapped text takes in a column (or merged columns) `width` units wide, wrapping
    at spaces as Excel and LibreOffice do."""
    # About 1.2 characters of running text fit per unit in DejaVu Sans, the widest font
    # LibreOffice falls back to; Calibri (Excel) and Carlito fit more, which only adds room.
    capacity = max(1.0, width * 1.18 - 1)
    text = str(text)
    if len(text) * 1.2 <= capacity and "\n" not in text:
        return 1  # the quick answer for the many short values of a long list
    lines = 0
    for part in text.split("\n"):
        count, used = 1, 0.0
        for word in part.split(" "):
            size = text_width(word)
            if used and used + 1 + size <= capacity:
                used += 1 + size
                continue
            if used:
                count += 1
            # A word longer than the line is broken over as many lines as it needs.
            count += int(size // capacity) if size > capacity else 0
            used = size % capacity if size > capacity else size
        lines += count
    return lines


def row_height(texts: list, widths: Sequence[float]) -> float | None:
    """The height (points) of a row whose cells wrap `texts` in columns of `widths`, or None
    when every text fits on one line (the default height, and no row record in the file)."""
    lines = max(
        (line_count(str(t), w) for t, w in zip(texts, widths, strict=False) if t), default=1
    )
    return 15.0 * lines + 4 if lines > 1 else None


def set_widths(worksheet, widths: Sequence[float]) -> None:
    """Column widths; on a write-only sheet, before its first row."""
    for index, width in enumerate(widths, start=1):
        worksheet.column_dimensions[get_column_letter(index)].width = round(width, 1)


def footer_text(text: str) -> str:
    # '&' starts a code in Excel headers and footers; '&&' prints one.
    return clean_text(text).replace("&", "&&")


# Printed type is never smaller than this share of its size: 11-point cells print at 8 points.
MIN_PRINT_SCALE = 8 / 11
MARGIN_IN = 0.5


def print_scale(widths: Sequence[float], landscape: bool) -> float:
    """The scale at which columns of `widths` fill the printed A4 width (1: they fit as
    they are); Excel draws a column of width w as 7w + 5 pixels of 0.75 points."""
    natural = sum(w * 5.25 + 3.75 for w in widths)
    paper = (11.69 if landscape else 8.27) - 2 * MARGIN_IN
    return min(1.0, paper * 72 / max(1.0, natural))


def setup_print(
    worksheet,
    *,
    landscape: bool,
    title: str,
    lang: str,
    title_rows: str | None = None,
    widths: Sequence[float] | None = None,
    repeat_columns: str | None = None,
) -> None:
    """A4, fitted to the page width, the column headers on every page, and a footer with
    the document's title and the page number. Columns too many to fit the width at 8-point
    type print at that size over pages side by side, with `repeat_columns` on each."""
    setup = worksheet.page_setup
    setup.paperSize = PAPER_A4
    setup.orientation = "landscape" if landscape else "portrait"
    if widths is not None and print_scale(widths, landscape) < MIN_PRINT_SCALE:
        setup.scale = math.ceil(MIN_PRINT_SCALE * 100)
        worksheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=False)
        setup.pageOrder = "overThenDown"  # a row's page and its continuation come together
        if repeat_columns:
            worksheet.print_title_cols = repeat_columns
    else:
        setup.fitToWidth = 1
        setup.fitToHeight = 0  # as many pages down as the rows need
        worksheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    margins = worksheet.page_margins
    margins.left = margins.right = MARGIN_IN
    margins.top, margins.bottom = 0.6, 0.7
    margins.header, margins.footer = 0.3, 0.3
    worksheet.print_options.horizontalCentered = False
    if title_rows:
        worksheet.print_title_rows = title_rows
    footer = worksheet.oddFooter
    footer.left.text = footer_text(title[:120])
    footer.left.size = 8
    footer.left.color = MUTED
    footer.right.text = wt("page_footer", lang)
    footer.right.size = 8
    footer.right.color = MUTED


def set_properties(workbook, *, title: str, subject: str, lang: str, author: str = "") -> None:
    """The document properties Excel shows under File > Info; the author is the organiser."""
    props = workbook.properties
    # Properties are XML text like cells: a control character in a title would make the
    # whole save fail.
    props.title = clean_text(title)[:250]
    props.subject = clean_text(subject)
    props.creator = clean_text(author or "Venueplan")[:250] or "Venueplan"
    props.lastModifiedBy = "Venueplan"
    props.language = "da-DK" if lang == "da" else "en-GB"
