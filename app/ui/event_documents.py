"""The Documents menu: handouts, name tags, lists, calendar invites and workbooks of the chosen event."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from ..domain.file_names import file_stem
from .file_dialogs import save_file
from .workers import Worker, run_in_pool

if TYPE_CHECKING:  # for types only: the PDF machinery need not load at start-up
    from ..domain import Event
    from ..services.document_pdf import Document
    from ..storage import Project
    from .print_preview import DocumentPrinter


class EventDocuments(QObject):
    """Builds and runs the document actions for whichever event is chosen in the window.

    `project` and `event_id` are callables so the actions always act on the window's
    current project and event.
    """

    def __init__(
        self,
        window: QWidget,
        project: Callable,
        event_id: Callable[[], int | None],
        show_message: Callable[[str], None],
    ):
        super().__init__(window)
        self._window = window
        self._project = project
        self._event_id = event_id
        self._message = show_message
        # Printers and workers kept alive until they report.
        self._keep: list[object] = []
        self.event_actions: list[QAction] = []
        self.last_mail_dialog: QWidget | None = None  # kept alive while it is open

    def fill_menu(self, menu: QMenu) -> None:
        handout = menu.addMenu(self.tr("Directions &Handout"))
        self._add(
            handout,
            self.tr("Print Pre&view…"),
            lambda: self._preview("handout"),
            QKeySequence.StandardKey.Print,
        )
        self._add(handout, self.tr("&Print…"), lambda: self._print("handout"))
        self._add(handout, self.tr("Save as P&DF…"), lambda: self._save_pdf("handout"))
        self._add(handout, self.tr("Save as &Word File…"), lambda: self.save_docx("handout"))
        tags = menu.addMenu(self.tr("&Name Tags"))
        self._add(tags, self.tr("Print Pre&view (2 × 4 on A4)…"), lambda: self._preview("tags"))
        self._add(tags, self.tr("Print Preview (2 × &5 on A4)…"), lambda: self._preview("tags5"))
        self._add(tags, self.tr("Save as P&DF…"), lambda: self._save_pdf("tags"))
        lists = menu.addMenu(self.tr("&Lists"))
        self._add(lists, self.tr("&Sign-in Sheet…"), lambda: self._preview("sign_in"))
        self._add(lists, self.tr("&Participant List…"), lambda: self._preview("participants"))
        menu.addSeparator()
        # The invitation, its programme and the mail drafts that carry them.
        invitation = menu.addMenu(self.tr("In&vitation"))
        self._add(invitation, self.tr("Print Pre&view…"), lambda: self._preview("invitation"))
        self._add(invitation, self.tr("Save as P&DF…"), lambda: self._save_pdf("invitation"))
        self._add(invitation, self.tr("Save as &Word File…"), lambda: self.save_docx("invitation"))
        programme = menu.addMenu(self.tr("P&rogramme (One Page)"))
        self._add(programme, self.tr("Print Pre&view…"), lambda: self._preview("programme"))
        self._add(programme, self.tr("Save as P&DF…"), lambda: self._save_pdf("programme"))
        self._add(programme, self.tr("Save as &Word File…"), lambda: self.save_docx("programme"))
        self._add(menu, self.tr("&Mail Invitation…"), lambda: self.mail("invitation"))
        self._add(menu, self.tr("Mail Practical &Info…"), lambda: self.mail("practical"))
        menu.addSeparator()
        self._add(menu, self.tr("&Calendar Invite (.ics)…"), self.save_ics)
        self._add(
            menu,
            self.tr("Logistics &Workbook (Excel)…"),
            self.export_workbook,
            QKeySequence("Ctrl+E"),
        )
        menu.addSeparator()
        self._add(
            menu,
            self.tr("Venue &Catalogue Workbook…"),
            lambda: self.export_all("venues"),
            needs_event=False,
        )
        self._add(
            menu,
            self.tr("&Events Overview Workbook…"),
            lambda: self.export_all("events"),
            needs_event=False,
        )

    def _add(self, menu: QMenu, text: str, slot, shortcut=None, needs_event: bool = True):
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if needs_event:
            self.event_actions.append(action)
        return action

    def set_event_chosen(self, chosen: bool) -> None:
        for action in self.event_actions:
            action.setEnabled(chosen)

    # -- documents -----------------------------------------------------------
    def document(self, kind: str, event_id: int) -> Document:
        project = self._project()
        if kind == "handout":
            from ..services.handout_pdf import handout_for
            from .preferences import walking_speed

            return handout_for(project, event_id, walking_speed=walking_speed())
        if kind in ("invitation", "programme"):
            from ..services.invitation_pdf import invitation_for, programme_for

            if kind == "programme":
                return programme_for(project, event_id)
            from .preferences import walking_speed

            return invitation_for(project, event_id, walking_speed=walking_speed())
        if kind in ("tags", "tags5"):
            from ..services.name_tags import name_tags_for

            return name_tags_for(project, event_id, sheet="2x5" if kind == "tags5" else "2x4")
        from ..services.participant_list import participant_list_for

        return participant_list_for(project, event_id, sign_in=kind == "sign_in")

    def _has_handout(self, event_id: int) -> bool:
        if self._project().events.get(event_id).venue_id is not None:
            return True
        # One line instead of a page that could only say the venue is unknown.
        QMessageBox.information(
            self._window,
            self.tr("No Handout"),
            self.tr("This event has no venue yet, so it has no directions handout."),
        )
        return False

    def _people_kept(self, event_id: int) -> bool:
        from .service_messages import people_kept

        project = self._project()
        if project.organisations is None:
            return False  # a file, or a login that sees everyone: nothing to read
        return people_kept(self._window, project, project.events.get(event_id))

    def _printer(self, kind: str) -> DocumentPrinter | None:
        from .print_preview import DocumentPrinter

        event_id = self._event_id()
        if event_id is None:
            return None
        if kind == "handout" and not self._has_handout(event_id):
            return None
        if kind in ("tags", "tags5", "sign_in", "participants") and self._people_kept(event_id):
            return None
        printer = DocumentPrinter(self.document(kind, event_id), self._window)
        printer.saved.connect(lambda path: self._message(self.tr("Saved %1").replace("%1", path)))
        printer.failed.connect(self._failed)
        self._keep.append(printer)
        return printer

    def _preview(self, kind: str) -> None:
        printer = self._printer(kind)
        if printer is not None:
            printer.preview()

    def _print(self, kind: str) -> None:
        printer = self._printer(kind)
        if printer is not None:
            printer.print_directly()

    def _save_pdf(self, kind: str) -> None:
        printer = self._printer(kind)
        if printer is not None:
            printer.save_as_pdf()

    def _failed(self, message: str) -> None:
        QMessageBox.warning(self._window, self.tr("Not saved"), message)

    # -- files ---------------------------------------------------------------
    def _ask_path(self, title: str, name: str, pattern: str, suffix: str) -> str:
        return save_file(self._window, suffix.lstrip("."), title, name, pattern, suffix)

    def _run(self, fn, done_text: str) -> Worker:
        worker = Worker(fn)
        worker.signals.finished.connect(lambda _result: self._message(done_text))
        worker.signals.failed.connect(self._failed)
        self._keep.append(worker)
        return run_in_pool(worker)

    def save_docx(self, kind: str) -> None:
        """The invitation, the programme or the handout as a Word file the coordinator can
        keep editing."""
        from ..services.handout_docx import handout_docx
        from ..services.handout_pdf import handout_for
        from ..services.invitation_docx import invitation_docx, programme_docx
        from ..services.walking_routes import venue_walks

        project, event_id = self._project(), self._event_id()
        if event_id is None or (kind == "handout" and not self._has_handout(event_id)):
            return
        event = project.events.get(event_id)
        venue = project.venues.get(event.venue_id) if event.venue_id is not None else None
        label = {
            "invitation": self.tr("Invitation"),
            "programme": self.tr("Programme"),
            "handout": self.tr("Directions handout"),
        }[kind]
        name = f"{label} - {file_stem(event.title, 'event', replacement='_')}.docx"
        path = self._ask_path(
            self.tr("Save as Word File"), name, self.tr("Word documents (*.docx)"), ".docx"
        )
        if path:
            from .preferences import walking_speed

            speed = walking_speed()

            def write(cancelled, report):
                if kind == "handout":
                    return handout_docx(handout_for(project, event_id, walking_speed=speed), path)
                if kind == "programme":
                    return programme_docx(event, venue, path)
                # The same walks along the stored streets as the PDF invitation.
                walks = None
                if venue is not None and venue.id is not None:
                    surroundings = project.surroundings.get(venue.id)
                    walks = venue_walks(venue, surroundings, speed)
                return invitation_docx(event, venue, path, walks=walks)

            self._run(write, self.tr("Saved %1").replace("%1", path))

    def mail(self, kind: str) -> None:
        from .mail_dialog import MailDialog

        event_id = self._event_id()
        if event_id is None:
            return
        project = self._project()
        if self._people_kept(event_id):
            return
        if kind == "practical" and project.events.get(event_id).venue_id is None:
            QMessageBox.information(
                self._window,
                self.tr("No Practical Information"),
                self.tr("This event has no venue yet, so it has no practical information to send."),
            )
            return
        dialog = MailDialog(project, event_id, kind, self._window)
        dialog.written.connect(
            lambda folder, count: self._message(
                self.tr("Wrote %n draft(s) to %1", "", count).replace("%1", folder)
            )
        )
        self.last_mail_dialog = dialog
        dialog.open()

    def save_ics(self) -> None:
        from ..services.calendar_invite import write_event_ics

        project, event_id = self._project(), self._event_id()
        if event_id is None:
            return
        event = project.events.get(event_id)
        name = file_stem(event.title, "event", replacement="_") + ".ics"
        path = self._ask_path(
            self.tr("Save Calendar Invite"), name, self.tr("Calendar files (*.ics)"), ".ics"
        )
        if path:
            self._run(
                lambda cancelled, report: write_event_ics(
                    project, event_id, path, project_name=project.name
                ),
                self.tr("Saved %1").replace("%1", path),
            )

    def export_workbook(self) -> None:
        from .export_dialog import export_facts

        event_id = self._event_id()
        if event_id is None or self._people_kept(event_id):
            return
        project = self._project()
        # The event and its count are read on a worker: the menu never waits for the disk.
        worker = Worker(export_facts, project, event_id)
        worker.signals.finished.connect(
            lambda facts: self._show_export_dialog(project, event_id, facts)
        )
        worker.signals.failed.connect(self._failed)
        self._keep.append(worker)
        run_in_pool(worker)

    def _show_export_dialog(
        self, project: Project, event_id: int, facts: tuple[Event, int]
    ) -> None:
        from .export_dialog import ExportDialog

        if project is not self._project():
            return  # another project was opened meanwhile
        dialog = ExportDialog(project, event_id, self._window, facts=facts)
        dialog.exported.connect(lambda path: self._message(self.tr("Saved %1").replace("%1", path)))
        dialog.exec()
        dialog.deleteLater()

    def export_all(self, what: str) -> None:
        from ..services.process_jobs import project_ref, write_overview_workbook_job
        from .process_worker import ProcessWorker, run_in_process

        project = self._project()
        name = self.tr("Venues") if what == "venues" else self.tr("Events")
        path = self._ask_path(
            self.tr("Export Workbook"), f"{name}.xlsx", self.tr("Excel workbooks (*.xlsx)"), ".xlsx"
        )
        if not path:
            return
        from .preferences import walking_speed

        # No event to take the language from: these follow the user's own language.
        lang = "da" if QLocale().language() == QLocale.Language.Danish else "en"
        # Written in a child process, like the event's workbook: the window stays free.
        worker = ProcessWorker(
            write_overview_workbook_job,
            project_ref(project),
            what,
            path,
            lang,
            walking_speed(),
        )
        worker.signals.finished.connect(
            lambda _result: self._message(self.tr("Saved %1").replace("%1", path))
        )
        worker.signals.failed.connect(self._failed)
        self._keep.append(worker)
        run_in_process(worker)
