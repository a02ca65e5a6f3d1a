"""What the printed documents share: fonts, the A4 page, and writing a document to a PDF file.

A document is any object with `title` (str), `page_layout()` (QPageLayout) and
`paint(device) -> int` that paints all its pages on a QPagedPaintDevice (a QPdfWriter for
files, a QPrinter for printing and print preview) and returns the page count.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Protocol, cast

from PySide6.QtCore import QByteArray, QMarginsF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter

from .atomic import atomic_write

# DejaVu Sans is on every Debian/Ubuntu desktop and covers æøå and ♿; the others are the
# usual sans-serif faces of Windows and macOS, tried in turn where DejaVu is missing.
FONT_FAMILIES = [
    "DejaVu Sans",
    "Arial",
    "Helvetica Neue",
    "Helvetica",
    "Liberation Sans",
    "Noto Sans",
    "sans-serif",
]
CSS_FONT = ", ".join(f"'{f}'" if " " in f else f for f in FONT_FAMILIES)
PDF_RESOLUTION = 300
INK = "#1c2733"  # body text: near-black with a blue cast, prints as black
ACCENT = "#1f4e79"  # headings
MUTED = "#5b6874"


class Document(Protocol):
    title: str

    def page_layout(self) -> QPageLayout: ...

    def paint(self, device) -> int: ...


def document_font(size: float, *, bold: bool = False, pixels: bool = False) -> QFont:
    """The documents' sans-serif at `size` points (or pixels, for drawing into images)."""
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    if pixels:
        font.setPixelSize(max(1, round(size)))
    else:
        font.setPointSizeF(size)
    font.setBold(bold)
    no_ligatures(font)
    return font


def no_ligatures(font: QFont) -> QFont:
    """Turn off 'fi'/'fl' ligatures so text copied or searched in the PDF is plain letters."""
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def a4_layout(margin_mm: float = 14.0, landscape: bool = False) -> QPageLayout:
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        orientation,
        QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm),
        QPageLayout.Unit.Millimeter,
    )


def ensure_gui_app() -> QGuiApplication:
    """The QGuiApplication that font rendering needs; made offscreen for headless use."""
    app = QGuiApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        ):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["venueplan"])
    return cast(QGuiApplication, app)  # the app's own QApplication is a QGuiApplication too


def document_language(document: Document) -> str:
    """The document's language as a tag ("da-DK", "en-GB"); Danish unless it says English."""
    lang = getattr(document, "lang", None)
    code = lang if isinstance(lang, str) else getattr(lang, "value", "da")
    return "en-GB" if str(code).lower().startswith("en") else "da-DK"


def xmp_metadata(title: str, language: str) -> QByteArray:
    """The PDF's XMP packet: title, language and the tool that made it (Dublin Core)."""
    from xml.sax.saxutils import escape

    packet = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">'
        "<dc:format>application/pdf</dc:format>"
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li>'
        "</rdf:Alt></dc:title>"
        f"<dc:language><rdf:Bag><rdf:li>{language}</rdf:li></rdf:Bag></dc:language>"
        "<xmp:CreatorTool>Venueplan</xmp:CreatorTool>"
        "<pdf:Producer>Venueplan</pdf:Producer>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    )
    return QByteArray(packet.encode("utf-8"))


def write_pdf(document: Document, path: str | os.PathLike) -> int:
    """Paint `document` into the PDF file `path`, atomically; returns the page count."""
    ensure_gui_app()
    with atomic_write(path) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(PDF_RESOLUTION)
        writer.setTitle(document.title)
        writer.setCreator("Venueplan")
        # Qt writes no /Lang entry; the XMP metadata is where its PDFs can name the language.
        writer.setDocumentXmpMetadata(xmp_metadata(document.title, document_language(document)))
        writer.setPageLayout(document.page_layout())
        pages = document.paint(writer)
        del writer  # the file is complete only once the writer is gone
        if not Path(tmp).stat().st_size:
            raise OSError(f"{Path(path).name}: the PDF could not be written")
    return pages
