"""The invitation and the programme as Word files (.docx) a coordinator can keep editing.

Written with python-docx in Word's own styles: Title and Heading 1-2 for the headings,
Normal paragraphs for the letter, List Number / List Bullet for steps and quotas, and real
tables for the meeting box and the programme; no text boxes or floating shapes, so Word and
LibreOffice lay it out alike. The text is the same `Invitation` the PDF prints.
"""

from __future__ import annotations

import io
import os

from ..domain.event import Event
from ..domain.formatting import Lang
from ..domain.invitation_text import Invitation, ProgrammeRow, build_invitation, it
from ..domain.venue import Venue
from ..domain.walking import WalkingEstimate
from .atomic import atomic_write
from .invitation_pdf import qr_png

ACCENT_RGB = (0x1F, 0x4E, 0x79)  # the PDF's heading colour
BOX_FILL = "EAF0F6"


def _shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _language(document, code: str) -> None:
    """Mark the text's language on the Normal style, so Word checks the right spelling."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rpr = document.styles["Normal"].element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "da-DK" if code == "da" else "en-GB")
    rpr.append(lang)


def _new_document(inv: Invitation, title: str):
    return new_word_document(inv.lang, title, inv.organiser)


def new_word_document(lang: str, title: str, author: str):
    """A Word document in the documents' look, its language and title set (Word's
    accessibility check and its "Save as PDF" read both)."""
    from docx import Document
    from docx.shared import Pt, RGBColor

    document = Document()
    _language(document, lang)
    # Arial is on every Windows and Mac; LibreOffice prints it as Liberation Sans.
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(10.5)
    for name in ("Title", "Heading 1", "Heading 2"):
        document.styles[name].font.color.rgb = RGBColor(*ACCENT_RGB)
    props = document.core_properties
    props.title = title
    props.author = author or "Venueplan"
    props.language = "da-DK" if lang == "da" else "en-GB"
    return document


def _widths(table, *widths_cm: float) -> None:
    """Fixed column widths, in the grid (LibreOffice reads) and in each cell (Word reads)."""
    from docx.shared import Cm

    table.autofit = False
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)
        for cell in column.cells:
            cell.width = Cm(width)


def _box(document, inv: Invitation) -> None:
    table = document.add_table(rows=0, cols=2)
    for label, value in inv.box:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].paragraphs[0].add_run(value).bold = True
        for cell in cells:
            _shade(cell, BOX_FILL)
    _widths(table, 4.0, 12.0)


def _header_row(table, *texts: str) -> None:
    """A first row Word and screen readers know as the column headings; it repeats at the
    top of each page the table runs onto."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    row = table.add_row()
    for cell, text in zip(row.cells, texts, strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(header)


def _programme(document, rows: list[ProgrammeRow], lang: str) -> None:
    table = document.add_table(rows=0, cols=2)
    table.style = document.styles["Table Grid"]
    _header_row(table, it("time_column", lang), it("item_column", lang))
    for row in rows:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(row.time).bold = True
        title = cells[1].paragraphs[0].add_run(row.title)
        title.bold = True
        if row.section:
            for cell in cells:
                _shade(cell, BOX_FILL)
        for line in row.speakers:
            cells[1].add_paragraph(line)
        if row.notes:
            cells[1].add_paragraph(row.notes).runs[0].italic = True
    _widths(table, 2.8, 13.2)


def _practical(document, inv: Invitation) -> None:
    lang = inv.lang
    document.add_heading(it("practical", lang), level=1)
    if inv.address_intro:
        document.add_heading(it("find_way", lang), level=2)
        document.add_paragraph(inv.address_intro)
    for block in inv.transit:
        p = document.add_paragraph()
        p.add_run(f"{block.heading}: ").bold = True
        p.add_run(block.details)
        if block.walking:
            document.add_paragraph(block.walking)
        for step in block.steps:
            document.add_paragraph(step, style="List Number")
    if inv.parking:
        document.add_heading(it("parking", lang), level=2)
        for line in inv.parking:
            document.add_paragraph(line)
    if inv.accessibility:
        document.add_heading(it("accessibility", lang), level=2)
        for line in inv.accessibility:
            document.add_paragraph(line)


def _registration(document, inv: Invitation) -> None:
    from docx.shared import Cm

    if not (inv.registration or inv.quotas or inv.attachments or inv.registration_url):
        return
    document.add_heading(it("registration", inv.lang), level=2)
    for line in inv.registration:
        document.add_paragraph(line)
    if inv.quotas:
        document.add_paragraph(it("quotas", inv.lang))
        for line in inv.quotas:
            document.add_paragraph(line, style="List Bullet")
    for line in inv.attachments:
        document.add_paragraph(line)
    if inv.registration_url:
        picture = document.add_picture(io.BytesIO(qr_png(inv.registration_url)), width=Cm(3))
        # The alternative text a screen reader says, and Word's accessibility check wants.
        picture._inline.docPr.set("descr", it("qr_alt", inv.lang, url=inv.registration_url))
        document.add_paragraph(it("qr_caption", inv.lang))


def invitation_docx(
    event: Event,
    venue: Venue | None,
    path: str | os.PathLike,
    lang: Lang = None,
    walks: list[WalkingEstimate | None] | None = None,
) -> Invitation:
    """Write the invitation of `event` to `path` (atomically); returns what it says.
    `walks`: the walks along the stored streets, as the PDF invitation has them."""
    inv = build_invitation(event, venue, lang, walks)
    document = _new_document(inv, f"{it('invitation', inv.lang)}: {inv.title}")
    document.add_paragraph(it("invitation", inv.lang).upper())
    document.add_heading(inv.title, level=0)
    _box(document, inv)
    document.add_paragraph()
    document.add_paragraph().add_run(inv.salutation).bold = True
    for paragraph in inv.paragraphs:
        document.add_paragraph(paragraph)
    document.add_paragraph(inv.closing)
    for name, title in inv.signatories:
        p = document.add_paragraph()
        p.add_run(name).bold = True
        if title:
            p.add_run("\n" + title)
    if not inv.signatories and inv.organiser:
        document.add_paragraph().add_run(inv.organiser).bold = True
    if inv.programme:
        document.add_page_break()
        document.add_heading(inv.programme_heading, level=1)
        _programme(document, inv.programme, inv.lang)
    _practical(document, inv)
    _registration(document, inv)
    with atomic_write(path) as tmp:
        document.save(str(tmp))
    return inv


def programme_docx(
    event: Event, venue: Venue | None, path: str | os.PathLike, lang: Lang = None
) -> Invitation:
    """Write the programme alone (title, meeting box, programme table) to `path`."""
    inv = build_invitation(event, venue, lang)
    document = _new_document(inv, f"{inv.programme_heading}: {inv.title}")
    document.add_paragraph(inv.programme_heading.upper())
    document.add_heading(inv.title, level=0)
    _box(document, inv)
    document.add_paragraph()
    _programme(document, inv.programme, inv.lang)
    with atomic_write(path) as tmp:
        document.save(str(tmp))
    return inv
