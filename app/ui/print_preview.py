"""Print preview, direct printing and "Save as PDF" for the printed documents (handout, tags, lists).

A document is any object of app/services/document_pdf.Document: `title`, `page_layout()`,
`paint(device) -> pages`. The same paint code serves the preview, the printer and the PDF
file, so what the user previews is what prints.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from ..domain.file_names import file_stem
from ..services.document_pdf import write_pdf
from .file_dialogs import save_file
from .workers import Worker, run_in_pool


def make_printer(document) -> QPrinter:
    """A high-resolution printer set up with the document's page (A4, its margins)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(document.title)
    layout = document.page_layout()
    printer.setPageLayout(layout)
    # Documents with no margins (label sheets) place things from the paper's corner.
    printer.setFullPage(layout.margins().isNull())
    return printer


def suggested_file_name(document, suffix: str = ".pdf") -> str:
    """The document's title made safe as a file name on Windows, macOS and Linux."""
    return file_stem(document.title, "Venueplan", limit=120, replacement=" ") + suffix


class DocumentPrinter(QObject):
    """Preview, print or save one document for the window `parent`.

    Signals: saved(str path) when a PDF was written; failed(str message) when writing it
    failed (one line for the status bar or a message box).
    """

    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self._parent = parent
        self.worker: Worker | None = None

    def create_preview_dialog(self) -> QPrintPreviewDialog:
        """The preview dialog, painted by the document; the caller opens or executes it."""
        printer = make_printer(self.document)
        dialog = QPrintPreviewDialog(printer, self._parent)
        dialog.setWindowTitle(self.tr("Print preview: %1").replace("%1", self.document.title))
        dialog.paintRequested.connect(self.document.paint)
        # The page number field of Qt's tool bar has no label of its own.
        for field in dialog.findChildren(QLineEdit):
            field.setAccessibleName(self.tr("Page number"))
        # The dialog does not own the printer: keep it alive as long as the dialog.
        dialog.printer_ref = printer  # type: ignore[attr-defined]  # a Python attribute
        return dialog

    def preview(self) -> int:
        """Show the modal print preview (with its own Print button); returns the dialog result."""
        return self.create_preview_dialog().exec()

    def print_directly(self) -> bool:
        """Ask for a printer with the system's print dialog and print; False if cancelled."""
        printer = make_printer(self.document)
        dialog = QPrintDialog(printer, self._parent)
        dialog.setWindowTitle(self.tr("Print %1").replace("%1", self.document.title))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.document.paint(printer)
        return True

    def ask_pdf_path(self) -> str:
        """Ask where to save the PDF; '' if the user cancelled."""
        return save_file(
            self._parent,
            "pdf",
            self.tr("Save as PDF"),
            suggested_file_name(self.document),
            self.tr("PDF files (*.pdf)"),
            ".pdf",
        )

    def save_pdf(self, path: str) -> Worker:
        """Write the PDF to `path` off the UI thread (atomically); reports saved or failed."""
        worker = Worker(lambda cancelled, report: write_pdf(self.document, path))
        worker.signals.finished.connect(lambda _pages: self.saved.emit(path))
        worker.signals.failed.connect(self.failed.emit)
        self.worker = worker
        return run_in_pool(worker)

    def save_as_pdf(self) -> bool:
        """Ask for a file and write the PDF there; False if the user cancelled."""
        path = self.ask_pdf_path()
        if not path:
            return False
        self.save_pdf(path)
        return True
