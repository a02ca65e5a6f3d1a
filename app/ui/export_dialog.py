"""The dialog exporting an event's Excel workbook: full or "for sharing", chosen in plain sight."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from ..domain import Event
from ..domain.file_names import file_stem
from ..domain.formatting import lang_code
from ..domain.workbook_text import wt
from ..services.process_jobs import project_ref, write_event_workbook_job
from ..storage import Project
from .file_dialogs import save_file
from .preferences import walking_speed
from .process_worker import ProcessWorker, run_in_process

_BANNER = {  # choice -> (background, text colour): the full export is marked as a caution
    True: ("#fff2cc", "#7f4f00"),
    False: ("#e2efda", "#2f5f1f"),
}


def export_facts(project: Project, event_id: int, **_worker: object) -> tuple[Event, int]:
    """What the dialog shows before anything is written: the event and how many registered
    (a worker's job; `_worker` takes its cancelled/report arguments)."""
    event = project.events.get(event_id)
    return event, sum(project.registrations.count_by_status(event_id).values())


def suggested_name(title: str, language, sensitive: bool) -> str:
    """'<event title> - logistik.xlsx' / '... - til deling.xlsx', without characters that
    file systems refuse."""
    lang = lang_code(language)
    suffix = wt("file_full" if sensitive else "file_sharing", lang)
    return f"{file_stem(title, wt('event', lang))} - {suffix}.xlsx"


class ExportDialog(QDialog):
    """Asks whether the workbook is for the organisers (with personal data) or for sharing,
    asks where to save it with the system's save dialog, and writes it off the UI thread.

    Signals: exported(str path) when the file is written; failed(str message) when it was
    not (cancelled, or an error), the message also shown in the dialog.
    """

    exported = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        project: Project,
        event_id: int,
        parent=None,
        facts: tuple[Event, int] | None = None,
    ):
        """`facts`: the event and its number of registrations, read off the UI thread by
        `export_facts` (the Documents menu does); without them they are read here."""
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.project = project
        self.event_id = event_id
        if facts is None:
            facts = export_facts(project, event_id)
        # Not `self.event`: that name is QObject.event(), which Qt calls for every event.
        self.event_record, self._registrations = facts
        self.worker: ProcessWorker | None = None
        self._close_when_done = False
        self.setWindowTitle(self.tr("Export Excel Workbook"))
        self._build()
        self.set_sensitive(False)  # privacy by default: the file that may travel

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{self.event_record.title}</b>")
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setWordWrap(True)
        layout.addWidget(title)
        contents = QLabel(
            self.tr(
                "Registrations: %1. Sheets: overview, programme, participants, "
                "quotas, directions, parking and catering, sign-in sheet."
            ).replace("%1", str(self._registrations))
        )
        contents.setWordWrap(True)
        layout.addWidget(contents)
        self.full_button = QRadioButton(self.tr("Full workbook, for the organisers"))
        self.full_button.setObjectName("fullExport")
        full_help = QLabel(
            self.tr(
                "With participants' e-mail, phone, comments, and dietary "
                "and accessibility needs per person."
            )
        )
        self.sharing_button = QRadioButton(
            self.tr("For sharing with caterers, venues and colleagues")
        )
        self.sharing_button.setObjectName("sharingExport")
        sharing_help = QLabel(
            self.tr(
                "Names, organisations and groups only: no e-mail, phone "
                "or comments; dietary and accessibility needs as counts."
            )
        )
        self.choice = QButtonGroup(self)
        for button, help_label in (
            (self.sharing_button, sharing_help),
            (self.full_button, full_help),
        ):
            font = button.font()
            font.setBold(True)
            button.setFont(font)
            self.choice.addButton(button)
            help_label.setWordWrap(True)
            help_label.setContentsMargins(24, 0, 0, 6)
            layout.addWidget(button)
            layout.addWidget(help_label)
        self.choice.buttonToggled.connect(lambda *_: self._show_choice())
        # The banner repeats the choice in words and colour, so nobody sends the wrong file.
        self.banner = QLabel()
        self.banner.setObjectName("privacyBanner")
        self.banner.setWordWrap(True)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setMargin(8)
        layout.addWidget(self.banner)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setDefault(True)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def sensitive(self) -> bool:
        """True when the full workbook (with personal data) is chosen."""
        return self.full_button.isChecked()

    def set_sensitive(self, full: bool) -> None:
        (self.full_button if full else self.sharing_button).setChecked(True)
        self._show_choice()

    def _show_choice(self) -> None:
        full = self.sensitive()
        background, ink = _BANNER[full]
        self.banner.setStyleSheet(f"background: {background}; color: {ink};")
        self.banner.setText(
            self.tr("This file will contain personal data. Keep it to those who need it.")
            if full
            else self.tr(
                "This file will contain no e-mail addresses, phone numbers, comments or "
                "needs of any one person."
            )
        )

    def ask_path(self) -> str:
        """The system's save dialog; '' if the user cancelled."""
        record = self.event_record
        return save_file(
            self,
            "workbook",
            self.tr("Save Excel Workbook"),
            suggested_name(record.title, record.language, self.sensitive()),
            self.tr("Excel workbooks (*.xlsx)"),
            ".xlsx",
        )

    def export(self) -> None:
        path = self.ask_path()
        if path:
            self.start_export(path)

    def start_export(self, path: str) -> ProcessWorker:
        """Write the workbook to `path` in a child process (writing it is heavy Python work
        that would hold up the window's thread), showing progress here."""
        self._set_running(True)
        self.status.setText(self.tr("Writing %1…").replace("%1", Path(path).name))
        worker = ProcessWorker(
            write_event_workbook_job,
            project_ref(self.project),
            self.event_id,
            path,
            self.sensitive(),
            walking_speed(),
        )
        worker.signals.progress.connect(self._on_progress)
        worker.signals.finished.connect(self._on_finished)
        worker.signals.failed.connect(self._on_failed)
        self.worker = worker
        return run_in_process(worker)

    def _set_running(self, running: bool) -> None:
        for widget in (self.full_button, self.sharing_button, self.export_button):
            widget.setEnabled(not running)
        self.progress.setVisible(running)
        if running:
            self.progress.setRange(0, 0)  # busy until the first report

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_finished(self, result: dict) -> None:
        self.worker = None
        self._set_running(False)
        self.exported.emit(result["path"])
        self.accept()

    def _on_failed(self, message: str) -> None:
        cancelled = self.worker is not None and self.worker.is_cancelled()
        self.worker = None
        self._set_running(False)
        if cancelled:
            message = self.tr("Export cancelled; no file was written.")
        self.status.setText(message)
        self.failed.emit(message)
        if self._close_when_done:
            super().reject()

    def cancel_export(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def reject(self) -> None:
        """Cancel stops a running export first; the dialog closes once the worker reports."""
        if self.worker is not None:
            self._close_when_done = True
            self.cancel_export()
            return
        super().reject()
