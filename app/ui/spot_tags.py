"""A name tag on the spot: one tag for a walk-in or a lost tag, printed at the door.

When the user has chosen it (a box in the check-in window, remembered in the settings),
the tag goes to the default printer with no dialog: at a door with a queue, one click.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget

from ..domain import Registration
from ..services.name_tags import NameTagsDocument
from ..storage import Project
from .print_preview import make_printer

WITHOUT_DIALOG_KEY = "checkin/print_tags_without_dialog"


def default_printer(document) -> QPrinter | None:
    """A printer on the system's default printer, set up for `document`; None if the
    system has no default printer."""
    info = QPrinterInfo.defaultPrinter()
    if info.isNull():
        return None
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    template = make_printer(document)
    printer.setDocName(template.docName())
    printer.setPageLayout(template.pageLayout())
    printer.setFullPage(template.fullPage())
    return printer


def one_tag(project: Project, event_id: int, person: Registration) -> NameTagsDocument:
    """The tag of one person, with their table when the event has a plan."""
    event = project.events.get(event_id)
    seats = project.tables.seats_by_registration(event_id)
    table = seats.get(person.id) if person.id is not None else None
    tables = {person.id: table} if table is not None and person.id is not None else {}
    return NameTagsDocument(event, [person], tables=tables)


class SpotTagPrinter(QObject):
    """Prints one tag, with or without the print dialog as the settings say.

    Signals: printed(str name), failed(str message).
    """

    printed = Signal(str)
    failed = Signal(str)

    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self._settings = settings
        self._parent = parent

    def without_dialog(self) -> bool:
        return str(self._settings.value(WITHOUT_DIALOG_KEY, "false")).lower() == "true"

    def set_without_dialog(self, on: bool) -> None:
        self._settings.setValue(WITHOUT_DIALOG_KEY, "true" if on else "false")

    def print_tag(self, project: Project, event_id: int, person: Registration) -> bool:
        document = one_tag(project, event_id, person)
        if self.without_dialog():
            printer = default_printer(document)
            if printer is None:
                self.failed.emit(
                    self.tr(
                        "No default printer is set up on this computer; the tag was not printed."
                    )
                )
                return False
        else:
            printer = make_printer(document)
            dialog = QPrintDialog(printer, self._parent)
            dialog.setWindowTitle(self.tr("Print name tag: %1").replace("%1", person.name))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        document.paint(printer)
        self.printed.emit(person.name)
        return True
