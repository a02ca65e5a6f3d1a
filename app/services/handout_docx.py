"""The directions handout as a Word file: the same facts as the PDF, in Word's own styles.

A coordinator who publishes the handout on a website keeps editing it in Word and saves a
tagged PDF from there: headings are real heading styles, the meeting box is a table, the
map is a picture whose alternative text says the way in words.
"""

from __future__ import annotations

import io
import os

from PySide6.QtCore import QBuffer, QIODevice, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from ..domain.directions import Directions
from ..domain.document_text import t
from ..domain.enums import GuestParking
from .atomic import atomic_write
from .handout_map import has_map, is_locator, locator_aspect
from .handout_pdf import MM, HandoutDocument
from .invitation_docx import BOX_FILL, _shade, _widths, new_word_document

MAP_WIDTH_MM = 170.0
MAP_HEIGHT_MM = 105.0
MAP_DPI = 200


def map_png(handout: HandoutDocument) -> bytes | None:
    """The handout's drawn map as a PNG at print resolution, or None when it has none."""
    if not has_map(handout.venue):
        return None
    width_mm = MAP_WIDTH_MM
    height_mm = (
        width_mm / locator_aspect()
        if is_locator(handout.venue, handout.surroundings)
        else MAP_HEIGHT_MM
    )
    scale = MAP_DPI / 25.4 / MM  # image pixels per CSS pixel
    image = QImage(
        round(width_mm * MM * scale), round(height_mm * MM * scale), QImage.Format.Format_RGB32
    )
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        handout._paint_map(painter, QRectF(0, 0, width_mm * MM, height_mm * MM))
    finally:
        painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub wants bytes; Qt, a str
    return bytes(buffer.data().data())


def way_in_words(d: Directions) -> str:
    """The map's alternative text: the way to the venue as the map shows it, in words."""
    parts = [d.address_intro] if d.address_intro else []
    for block in d.transit:
        parts.append(f"{block.heading}: {block.details}")
        if block.walking:
            parts.append(block.walking)
        parts.extend(f"{n}. {step}" for n, step in enumerate(block.steps, 1))
    return " ".join(p.strip() for p in parts if p.strip())


def _find_way(document, d: Directions, lang: str) -> None:
    document.add_heading(t("find_way", lang), level=1)
    for block in d.transit:
        p = document.add_paragraph()
        p.add_run(f"{block.heading}: ").bold = True
        p.add_run(block.details)
        if block.walking:
            document.add_paragraph(block.walking)
        for step in block.steps:
            document.add_paragraph(step, style="List Number")
    if not d.transit and d.address_intro:
        document.add_paragraph(d.address_intro)


def _parking(document, d: Directions, lang: str) -> None:
    if not d.parking_rule and not d.zones:
        return  # nothing is known of parking, so nothing is said
    document.add_heading(t("parking", lang), level=1)
    for sentence in d.parking_rule:
        document.add_paragraph().add_run(sentence).bold = True
    for zone in d.zones:
        p = document.add_paragraph(style="List Bullet")
        p.add_run(zone.label).bold = True
        if zone.name and zone.name != zone.label:
            p.add_run(f" ({zone.name})")
        status = p.add_run(f": {zone.status}.")
        status.bold = zone.guests != GuestParking.YES
        details = "; ".join(zone.facts)
        extra = " ".join(x for x in (f"{details}." if details else "", zone.notes) if x)
        if extra:
            p.add_run(" " + extra)


def handout_docx(handout: HandoutDocument, path: str | os.PathLike) -> str:
    """Write `handout` to `path` as a .docx (atomically); returns its language."""
    from docx.shared import Cm

    d, lang = handout.directions, handout.lang
    document = new_word_document(lang, handout.title, d.organiser)
    document.add_paragraph(t("practical_info", lang).upper())
    document.add_heading(d.title, level=0)
    table = document.add_table(rows=0, cols=2)
    place = ", ".join(p for p in (d.room_name, d.venue_name) if p)
    for label, value in (
        (t("when", lang), "\n".join(x for x in (d.when, d.doors) if x)),
        (t("where", lang), "\n".join(x for x in (place, d.address) if x)),
    ):
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].paragraphs[0].add_run(value).bold = True
        for cell in cells:
            _shade(cell, BOX_FILL)
    _widths(table, 3.0, 13.0)
    png = map_png(handout)
    if png is not None:
        document.add_paragraph()
        picture = document.add_picture(io.BytesIO(png), width=Cm(MAP_WIDTH_MM / 10))
        # What a screen reader says in place of the map, and Word's accessibility check wants.
        picture._inline.docPr.set("descr", way_in_words(d))
    _find_way(document, d, lang)
    _parking(document, d, lang)
    for heading, lines in (
        (t("accessibility", lang), d.accessibility),
        (t("registration", lang), d.registration),
    ):
        if lines:
            document.add_heading(heading, level=1)
            for line in lines:
                document.add_paragraph(line)
    with atomic_write(path) as tmp:
        document.save(str(tmp))
    return lang
