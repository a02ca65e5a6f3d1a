"""The Mail Invitation / Mail Practical Info dialog: drafts for the user's own mail program.

The drafts are .eml files marked unsent, written into a folder that opens when they are
done; Outlook and Apple Mail open each as a mail ready to send. Nothing is sent from here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.file_names import file_stem
from ..storage import Project
from .accessible_names import name_controls
from .file_dialogs import documents_folder
from .workers import Worker, run_in_pool


def _count_recipients(project: Project, event_id: int, kind: str, cancelled, report) -> int:
    from ..services.mail_drafts import recipients

    return len(recipients(project.registrations.for_event(event_id), kind))


class MailDialog(QDialog):
    """Chooses one draft per person or one with everyone in Bcc, and the folder.

    Signals: written(str folder, int count) once the drafts are in the folder.
    """

    written = Signal(str, int)

    def __init__(self, project: Project, event_id: int, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mailDialog")
        self._project, self._event_id, self.kind = project, event_id, kind
        self._workers: list[Worker] = []
        event = project.events.get(event_id)
        self.setWindowTitle(
            self.tr("Mail Invitation") if kind == "invitation" else self.tr("Mail Practical Info")
        )
        heading = QLabel()
        heading.setTextFormat(Qt.TextFormat.PlainText)  # a title is shown, never parsed
        heading.setText(event.title)
        big = heading.font()  # in proportion to the system's font size
        big.setPointSizeF(big.pointSizeF() * 1.2)
        big.setWeight(QFont.Weight.DemiBold)
        heading.setFont(big)
        heading.setWordWrap(True)
        what = QLabel(
            self.tr("Attached: the invitation with its programme, as a PDF.")
            if kind == "invitation"
            else self.tr(
                "Attached: the practical information as a PDF and the calendar invite (.ics)."
            )
        )
        what.setWordWrap(True)
        self.recipients = QLabel(self.tr("Counting the recipients…"))
        self.recipients.setObjectName("mailRecipients")
        self.recipients.setWordWrap(True)
        self.per_person = QRadioButton(self.tr("One draft per person (each addressed to them)"))
        self.bcc = QRadioButton(self.tr("One draft with everyone in Bcc"))
        self.per_person.setChecked(True)
        drafts = self.tr("mail drafts")
        self.folder = QLineEdit(
            str(
                Path(documents_folder())
                / file_stem(f"{event.title} - {drafts}", "mail", replacement="_")
            )
        )
        self.folder.setObjectName("mailFolder")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        note = QLabel(
            self.tr(
                "The drafts are files in this folder; it opens when they are written. Open a "
                "draft in Outlook or Apple Mail, check it and send it from there."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #5b6874;")
        self.status = QLabel()
        self.status.setObjectName("mailStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.write_button = self.buttons.addButton(
            self.tr("Write Drafts"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.write_drafts)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Recipients"), self.recipients)
        form.addRow("", self.per_person)
        form.addRow("", self.bcc)
        form.addRow(self.tr("Folder"), folder_row)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        name_controls(self)
        self._start(
            Worker(_count_recipients, project, event_id, kind), self._show_count, self._failed
        )

    def _start(self, worker: Worker, done, failed) -> None:
        worker.signals.finished.connect(done)
        worker.signals.failed.connect(failed)
        self._workers.append(worker)
        run_in_pool(worker)

    def _show_count(self, count: int) -> None:
        if count:
            self.recipients.setText(
                self.tr("%n registered people with an e-mail address", "", count)
            )
        else:
            self.recipients.setText(
                self.tr(
                    "No registrations with an e-mail address yet: one draft without "
                    "recipients is written for you to address."
                )
            )

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the Drafts"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    def write_drafts(self) -> None:
        from ..services.mail_drafts import drafts_for
        from .preferences import walking_speed

        folder = self.folder.text().strip()
        if not folder or not Path(folder).parent.is_dir():
            self.status.setText(self.tr("Choose a folder whose parent folder exists."))
            return
        self.write_button.setEnabled(False)
        self.status.setText(self.tr("Writing the drafts…"))
        speed = walking_speed()
        worker = Worker(
            lambda cancelled, report: drafts_for(
                self._project,
                self._event_id,
                self.kind,
                folder,
                bcc=self.bcc.isChecked(),
                walking_speed=speed,
            )
        )
        self._start(worker, lambda paths: self._done(folder, paths), self._failed)

    def _done(self, folder: str, paths: list) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(folder))
        self.written.emit(folder, len(paths))
        self.accept()

    def _failed(self, message: str) -> None:
        self.write_button.setEnabled(True)
        self.status.setText(message)
