"""Colours reach WCAG AA contrast: text 4.5:1, meaningful graphics 3:1, in the windows and in
every document the app makes (PDFs, the handout map, name tags, workbooks)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.domain.contrast import GRAPHICS, TEXT, contrast_ratio, darkened_to, readable_on
from app.domain.formatting import COLOURS

ROOT = Path(__file__).resolve().parent.parent
WHITE = "#ffffff"


def _failures(pairs: list[tuple[str, str, float, str]]) -> list[str]:
    return [
        f"{where}: {fg} on {bg} is {contrast_ratio(fg, bg):.2f}:1, needs {need}:1"
        for fg, bg, need, where in pairs
        if contrast_ratio(fg, bg) < need
    ]


def test_the_ratio_is_wcags():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#ffffff", "#777777") == contrast_ratio("#777777", "#ffffff")
    assert contrast_ratio(darkened_to("#f2c200", "#f4f2ed"), "#f4f2ed") >= GRAPHICS
    assert readable_on("#f2c200") != WHITE and readable_on("#1f4e79") == WHITE


def _style_sheet_colours() -> list[tuple[str, str, str]]:
    """(text colour, background or '', where) of every style sheet in app/ui."""
    found = []
    for path in sorted((ROOT / "app" / "ui").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        for number, line in enumerate(source.splitlines(), 1):
            for ink in re.findall(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", line):
                background = re.search(r"background(?:-color)?:\s*(#[0-9a-fA-F]{6})", line)
                found.append(
                    (ink, background.group(1) if background else "", f"{path.name}:{number}")
                )
    return found


def test_text_colours_of_the_windows(qapp):
    from PySide6.QtGui import QPalette

    from app.ui import capacity_bar, export_dialog, quota_table_model, registration_table_model

    palette = qapp.palette()
    window = palette.color(QPalette.ColorRole.Window).name()
    base = palette.color(QPalette.ColorRole.Base).name()
    pairs = []
    sheets = _style_sheet_colours()
    assert len(sheets) >= 8  # the scan finds the style sheets (error lines, banners, notes)
    for ink, background, where in sheets:
        for bg in [background] if background else [window, base]:
            pairs.append((ink, bg, TEXT, where))
    for background, ink in export_dialog._BANNER.values():
        pairs.append((ink, background, TEXT, "export dialog banner"))
    rows = registration_table_model
    for name in ("_GREY", "_WAIT", "_LATE"):
        pairs.append((getattr(rows, name).name(), base, TEXT, f"registration rows {name}"))
    pairs.append(
        (
            quota_table_model._OVER_TEXT.name(),
            quota_table_model._OVER_BACKGROUND.name(),
            TEXT,
            "quota over its limit",
        )
    )
    # The Capacity page's status badges are white text on the bar's colours.
    bar = capacity_bar
    for fill in (bar.GREEN, bar.AMBER, bar.RED, bar.SLATE):
        pairs.append((WHITE, fill, TEXT, "capacity badge"))
    assert not _failures(pairs), "\n".join(_failures(pairs))


def test_the_capacity_bar_stands_out(qapp):
    from PySide6.QtGui import QPalette

    from app.ui import capacity_bar as bar

    window = qapp.palette().color(QPalette.ColorRole.Window).name()
    pairs = [
        (fill, bg, GRAPHICS, f"capacity bar fill on {name}")
        for fill in (bar.GREEN, bar.AMBER, bar.RED)
        for bg, name in ((bar.GREY, "its track"), (window, "the window"))
    ]
    pairs += [(bar.INK, bar.GREY, GRAPHICS, "seat marker"), (bar.INK, window, GRAPHICS, "marker")]
    assert not _failures(pairs), "\n".join(_failures(pairs))


def test_printed_documents():
    from app.services import document_pdf as doc
    from app.services import handout_map as hm
    from app.services import street_map as sm

    pairs = [
        (doc.INK, WHITE, TEXT, "body text"),
        (doc.ACCENT, WHITE, TEXT, "headings"),
        (doc.MUTED, WHITE, TEXT, "notes and page numbers"),
        (WHITE, doc.ACCENT, TEXT, "participant list header row"),
        (doc.MUTED, "#f1f4f8", TEXT, "participant list striped row"),
        (doc.INK, "#eaf0f6", TEXT, "handout and invitation fact box"),
        (sm.NAME_INK, sm.STREET, TEXT, "street names"),
        (sm.NAME_INK, sm.BUILDING, TEXT, "street names over buildings"),
        ("#2b3036", hm.PAPER, TEXT, "map labels"),
        (hm.ROUTE_COLOUR, hm.PAPER, GRAPHICS, "walking route"),
        (hm.ROUTE_COLOUR, sm.STREET, GRAPHICS, "walking route on a street"),
        (hm.ROUTE_COLOUR, sm.BUILDING, GRAPHICS, "walking route past buildings"),
        (hm.VENUE_COLOUR, hm.PAPER, GRAPHICS, "venue marker"),
    ]
    for mode, (letter, fill) in hm._MODE_MARK.items():
        ring, ink = hm.marker_inks(fill)
        pairs.append((ink, fill, TEXT, f"letter {letter} of a {mode} stop"))
        pairs.append((ring if ring != WHITE else fill, hm.PAPER, GRAPHICS, f"{mode} marker"))
    for key, (_, _, colour) in COLOURS.items():
        outline = hm.zone_outline(colour)
        pairs.append((outline, hm.PAPER, GRAPHICS, f"{key} zone edge on paper"))
        pairs.append((outline, sm.BUILDING, GRAPHICS, f"{key} zone edge over buildings"))
    assert not _failures(pairs), "\n".join(_failures(pairs))


def test_workbook_colours():
    from app.services.excel import styles

    def hexed(value: str) -> str:
        return "#" + value.lower()

    pairs = [
        (hexed(styles.INK), WHITE, TEXT, "cells"),
        (hexed(styles.ACCENT), WHITE, TEXT, "titles"),
        (hexed(styles.MUTED), WHITE, TEXT, "cancelled rows"),
        (hexed(styles.ACCENT), hexed(styles.HEADER_FILL), TEXT, "column headers"),
        (hexed(styles.INK), hexed(styles.SECTION_FILL), TEXT, "section rows"),
        (hexed(styles.WARN_INK), hexed(styles.WARN_FILL), TEXT, "waiting list rows"),
    ]
    over = styles.STYLES["cell_over"]
    pairs.append(
        (hexed(over["font"].color.rgb[-6:]), hexed(over["fill"].fgColor.rgb[-6:]), TEXT, "over")
    )
    for key, (_, _, colour) in COLOURS.items():
        ink = hexed(styles.swatch_ink(colour))
        pairs.append((ink, colour, TEXT, f"{key} zone swatch"))
    assert not _failures(pairs), "\n".join(_failures(pairs))
