"""File > Connect to Server…: opens a project kept on a PostgreSQL server.

The connection is made on a worker, so the window answers while a far or silent server is
tried. A password is kept only if asked, and then only in the operating system's keyring;
one typed without "Remember" is used for this session (it lives in memory, never in the
settings or the recent list, which hold the address alone).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..storage import Project, ProjectError
from ..storage.server import DEFAULT_PORT, ServerAddress, is_server, store_password
from .accessible_names import name_controls
from .service_messages import message_text
from .workers import Worker, run_in_pool

# Passwords typed this session without "Remember", by keyring entry: opening the same
# server again (Open Recent) needs no second typing. Memory only; gone when the app ends.
_SESSION_PASSWORDS: dict[str, str] = {}


def server_title(address: ServerAddress) -> str:
    """ "kkr on db.example.dk" in the UI's language, for titles and menus."""
    return (
        QCoreApplication.translate("ConnectDialog", "%1 on %2")
        .replace("%1", address.database)
        .replace("%2", address.host)
    )


def _connect(
    location: str, password: str | None, remember: bool, cancelled, report
) -> tuple[Project, str] | None:
    """Open the project at `location` (on the worker); with the keyring's complaint, if a
    password to remember could not be kept there."""
    project = Project.open(location, password=password)
    if cancelled():  # the dialog was closed while the server answered
        project.close()
        return None
    note = ""
    if remember and password:
        try:
            store_password(ServerAddress.parse(location), password)
        except ProjectError as exc:
            note = str(exc)
    return project, note


class ConnectDialog(QDialog):
    """Asks for a server's address and opens the project in its database.

    Signals: connected(object Project, str note): the open project, and a line to show if
    the password could not be kept in the keyring ("" otherwise).
    """

    connected = Signal(object, str)

    def __init__(self, location: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to Server"))
        self._worker: Worker | None = None
        self.host = QLineEdit()
        self.host.setObjectName("serverHost")
        self.host.setPlaceholderText(self.tr("db.example.dk"))
        self.port = QSpinBox()
        self.port.setObjectName("serverPort")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit()
        self.database.setObjectName("serverDatabase")
        self.user = QLineEdit()
        self.user.setObjectName("serverUser")
        self.password = QLineEdit()
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Empty: the keyring, PGPASSWORD or .pgpass"))
        self.remember = QCheckBox(self.tr("&Remember the password in this computer's keyring"))
        self.remember.setObjectName("rememberPassword")
        self.security = QLabel()
        self.security.setObjectName("connectionSecurity")
        self.security.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("connectStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.addButton(
            self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.connect_button.setObjectName("connectButton")
        self.buttons.accepted.connect(self.connect_now)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Server"), self.host)
        form.addRow(self.tr("P&ort"), self.port)
        form.addRow(self.tr("&Database"), self.database)
        form.addRow(self.tr("&User name"), self.user)
        form.addRow(self.tr("&Password"), self.password)
        form.addRow("", self.remember)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.security)
        layout.addWidget(self.status)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)
        self.inputs: list[QWidget] = [
            self.host,
            self.port,
            self.database,
            self.user,
            self.password,
            self.remember,
        ]
        for line in (self.host, self.database):
            line.textChanged.connect(self._update)
        if location:
            self.set_location(location)
        self._update()
        self.resize(480, self.sizeHint().height())
        name_controls(self)

    def set_location(self, location: str) -> None:
        """Fill the fields from an address (`postgresql://user@host:port/db`)."""
        try:
            address = ServerAddress.parse(location)
        except ProjectError:
            return
        self.host.setText(address.host)
        self.port.setValue(address.port)
        self.database.setText(address.database)
        self.user.setText(address.user)

    def address(self) -> ServerAddress:
        return ServerAddress(
            self.host.text().strip(),
            self.database.text().strip(),
            self.user.text().strip(),
            self.port.value(),
        )

    def _update(self) -> None:
        address = self.address()
        self.connect_button.setEnabled(
            bool(address.host and address.database) and self._worker is None
        )
        if not address.host:
            self.security.setText(
                self.tr(
                    "The connection to a server on another computer is encrypted (TLS is required)."
                )
            )
        elif address.local:
            self.security.setText(
                self.tr("The server is on this computer: the connection does not leave it.")
            )
        else:
            self.security.setText(
                self.tr(
                    "The connection to %1 is encrypted (TLS is required); Venueplan does not "
                    "connect without it."
                ).replace("%1", address.host)
            )

    def connect_now(self) -> None:
        """Try the server on a worker; the dialog stays open with what was typed until it
        answers."""
        if self._worker is not None or not self.connect_button.isEnabled():
            return
        address = self.address()
        location = address.location
        if any(c in address.host for c in "/@?# "):  # an address typed whole, or a typo
            self.status.setText(self.tr("Type the server's name or address only."))
            return
        typed = self.password.text()
        password = typed or _SESSION_PASSWORDS.get(address.keyring_user)
        remember = self.remember.isChecked()
        self.status.setText(self.tr("Connecting to %1…").replace("%1", address.host))
        for widget in self.inputs:
            widget.setEnabled(False)
        worker = Worker(_connect, location, password or None, remember)
        worker.signals.finished.connect(lambda result: self._connected(result, address, typed))
        worker.signals.failed.connect(self._failed)
        self._worker = worker
        self._update()
        run_in_pool(worker)

    def _connected(self, result, address: ServerAddress, typed: str) -> None:
        self._worker = None
        if result is None:  # closed while connecting: the worker closed the project
            self.deleteLater()
            return
        project, note = result
        if not self.isVisible():
            project.close()  # cancelled after the worker last looked
            self.deleteLater()
            return
        if typed and not self.remember.isChecked():
            _SESSION_PASSWORDS[address.keyring_user] = typed
        self.password.clear()
        self.connected.emit(project, message_text(note) if note else "")
        self.accept()

    def _failed(self, message: str) -> None:
        self._worker = None
        if not self.isVisible():
            self.deleteLater()  # cancelled meanwhile
            return
        for widget in self.inputs:
            widget.setEnabled(True)
        self.status.setText(message_text(message))
        self._update()
        self.password.setFocus()

    def reject(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
        super().reject()

    def is_busy(self) -> bool:
        return self._worker is not None


def project_title(project: Project) -> str:
    """The project in the window's title: the file's name, or "kkr on db.example.dk"."""
    return server_title(project.address) if project.address is not None else project.name


def show_connect_dialog(window, location: str = "", at_once: bool = False) -> ConnectDialog:
    """The dialog over `window` (a MainWindow), filled with `location` or the project's
    own server, else the newest server in Open Recent; `at_once` connects straight away
    (Open Recent), so a missing password is asked for only when the server wants one."""
    if not location:
        here = window.project.location if window.project.on_server else ""
        location = here or next((p for p in window.recent.paths() if is_server(p)), "")
    dialog = ConnectDialog(location, window)

    def opened(project: Project, note: str) -> None:
        window.set_project(project)
        connected = QCoreApplication.translate("ConnectDialog", "Connected to %1.")
        window.statusBar().showMessage(note or connected.replace("%1", project_title(project)))

    def closed(_code: int) -> None:
        if not dialog.is_busy():  # else it goes once the worker has reported
            dialog.deleteLater()

    dialog.connected.connect(opened)
    dialog.finished.connect(closed)
    dialog.open()
    if at_once:
        dialog.connect_now()
    return dialog
