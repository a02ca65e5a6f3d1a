"""File > Connect to Server…: a project on the test's PostgreSQL server opens in the window
through a dialog that connects on a worker, keeps what was typed when the server says no,
and keeps a password only in the keyring, and only when asked."""

from __future__ import annotations

import os

import keyring
import psycopg
import pytest
from edit_waits import settle_edits
from gate import Gate
from keyring.backend import KeyringBackend

from app.application import run
from app.application.registrations import AddRegistration
from app.domain import Registration
from app.storage import Project
from app.storage.change_notices import live_listeners
from app.storage.copy import copy_project
from app.storage.server import ServerAddress
from app.ui.connect_dialog import ConnectDialog
from app.ui.workers import active_workers
from tests.test_i18n import app_language, built  # noqa: F401 - fixtures used below

PASSWORD = "Kælder-42"


class MemoryKeyring(KeyringBackend):
    """A keyring of the test's own, in memory (the real one is never touched)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


@pytest.fixture(autouse=True)
def _fresh_session(monkeypatch):
    """Each test starts as a new run of the app: no password typed earlier."""
    from app.ui import connect_dialog

    monkeypatch.setattr(connect_dialog, "_SESSION_PASSWORDS", {})


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


@pytest.fixture
def server_sample(pg_cluster, sample_path) -> str:
    """The sample project copied into a new database on the test server; its name."""
    database = pg_cluster.new_database("connect")
    with Project.open(sample_path, read_only=True) as source:
        copy_project(source, pg_cluster.url(database))
    return database


@pytest.fixture(scope="module")
def password_user(pg_cluster) -> str:
    """A role the test server asks a password of (the cluster trusts its other users)."""
    role = f"vp_password_{os.getpid()}"
    with pg_cluster.admin() as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN SUPERUSER PASSWORD '{PASSWORD}'")
    hba = pg_cluster.data / "pg_hba.conf"
    hba.write_text(f"host all {role} 127.0.0.1/32 scram-sha-256\n" + hba.read_text())
    with pg_cluster.admin() as conn:
        conn.execute("SELECT pg_reload_conf()")

    def asks_password() -> bool:
        try:
            psycopg.connect(
                host="127.0.0.1", port=pg_cluster.port, user=role, dbname="postgres"
            ).close()
        except psycopg.OperationalError:
            return True
        return False

    import time

    for _ in range(200):  # the server reads pg_hba.conf again once it has the signal
        if asks_password():
            break
        time.sleep(0.05)
    assert asks_password()
    return role


@pytest.fixture
def ends_clean(qtbot, drained_pool):
    """No worker and no listening thread outlives the test."""
    yield
    qtbot.waitUntil(lambda: active_workers() == 0 and live_listeners() == 0, timeout=10_000)


def _open_dialog(window) -> ConnectDialog:
    window.connect_action.trigger()
    dialog = window.findChild(ConnectDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _fill(dialog: ConnectDialog, cluster, database: str, user: str, password: str = "") -> None:
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(cluster.port)
    dialog.database.setText(database)
    dialog.user.setText(user)
    dialog.password.setText(password)


def _click_connect(dialog: ConnectDialog) -> None:
    dialog.connect_button.click()


def test_connecting_opens_the_servers_project_in_the_window(
    qtbot, window, pg_cluster, server_sample, monkeypatch, ends_clean
):
    from pg_cluster import SUPERUSER

    dialog = _open_dialog(window)
    assert dialog.port.value() == 5432
    _fill(dialog, pg_cluster, server_sample, SUPERUSER)
    # The server's answer is held on the worker: the window and the dialog still answer.
    gate = Gate(Project.open)
    monkeypatch.setattr(Project, "open", gate)
    _click_connect(dialog)
    assert gate.entered.wait(10)
    assert gate.held_off_the_ui_thread()
    assert dialog.status.text() == "Connecting to 127.0.0.1…"
    assert not dialog.connect_button.isEnabled() and not dialog.host.isEnabled()
    window.nav.setCurrentRow(1)
    assert window.stack.currentWidget() is window.events_page
    gate.open()
    qtbot.waitUntil(lambda: window.project.on_server, timeout=10_000)
    monkeypatch.undo()
    assert window.windowTitle() == f"{server_sample} on 127.0.0.1 — Venueplan"
    location = f"postgresql://{SUPERUSER}@127.0.0.1:{pg_cluster.port}/{server_sample}"
    assert window.project.location == location
    assert window.recent.paths()[0] == location
    assert window.recent_menu.actions()[0].text() == f"&1 {server_sample} on 127.0.0.1"
    names = [v.name for v in window.venues_page.list_model.records()]
    assert "Egedal Rådhus" in names
    qtbot.waitUntil(lambda: not window.findChildren(ConnectDialog))  # closed and gone
    window.close()


def test_a_refusal_is_one_line_in_the_dialog_and_keeps_what_was_typed(
    qtbot, window, pg_cluster, ends_clean
):
    from pg_cluster import SUPERUSER

    before = window.project
    dialog = _open_dialog(window)
    _fill(dialog, pg_cluster, "no_such_database", SUPERUSER)
    _click_connect(dialog)
    qtbot.waitUntil(lambda: dialog.connect_button.isEnabled(), timeout=15_000)
    assert dialog.status.text() == "no_such_database on 127.0.0.1: the server has no such database."
    assert dialog.isVisible() and window.project is before
    assert (dialog.host.text(), dialog.port.value(), dialog.database.text()) == (
        "127.0.0.1",
        pg_cluster.port,
        "no_such_database",
    )
    assert dialog.user.text() == SUPERUSER and dialog.host.isEnabled()
    dialog.reject()
    window.close()


def test_a_password_not_remembered_serves_this_session_and_is_kept_nowhere(
    qtbot, window, pg_cluster, server_sample, password_user, memory_keyring, settings, ends_clean
):
    dialog = _open_dialog(window)
    _fill(dialog, pg_cluster, server_sample, password_user, "wrong")
    _click_connect(dialog)
    qtbot.waitUntil(lambda: dialog.connect_button.isEnabled(), timeout=15_000)
    assert dialog.status.text() == (
        f"{server_sample} on 127.0.0.1: the server did not accept the password for {password_user}."
    )
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    dialog.password.setText(PASSWORD)
    _click_connect(dialog)
    qtbot.waitUntil(lambda: window.project.on_server, timeout=15_000)
    location = window.project.location
    assert memory_keyring.entries == {}
    settings.sync()
    with open(settings.fileName(), encoding="utf-8") as fh:
        stored = fh.read()
    assert location in stored and PASSWORD not in stored
    # The window's later connections use it: an edit is stored, and a colleague's change
    # reaches the window through its listening connection.
    window.set_current_event(1)
    window.registrations_view.set_event(1)
    window.registrations_view._change(
        AddRegistration(1, Registration(first_name="Ida", last_name="Ilsø")), reload=True
    )
    settle_edits(qtbot, window)
    with Project.open(location, password=PASSWORD) as colleague:
        run(colleague, AddRegistration(1, Registration(first_name="Bo", last_name="Bæk")))
        assert {"Ida Ilsø", "Bo Bæk"} <= {r.name for r in colleague.registrations.for_event(1)}
    view = window.registrations_view
    qtbot.waitUntil(lambda: "Bo Bæk" in [r.name for r in view.model.registrations()], timeout=2000)
    # Opening it again from Open Recent in this session asks for nothing.
    first = window.project
    window.recent_menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: window.project is not first, timeout=15_000)
    assert window.project.location == location
    window.close()


def test_remember_keeps_the_password_in_the_keyring_only(
    qtbot, window, pg_cluster, server_sample, password_user, memory_keyring, settings, ends_clean
):
    dialog = _open_dialog(window)
    _fill(dialog, pg_cluster, server_sample, password_user, PASSWORD)
    dialog.remember.setChecked(True)
    _click_connect(dialog)
    qtbot.waitUntil(lambda: window.project.on_server, timeout=15_000)
    address = ServerAddress.parse(window.project.location)
    assert memory_keyring.entries == {("Venueplan", address.keyring_user): PASSWORD}
    settings.sync()
    with open(settings.fileName(), encoding="utf-8") as fh:
        assert PASSWORD not in fh.read()
    # The next start finds it there: the address alone opens the project.
    with Project.open(window.project.location) as again:
        assert again.venues.all()
    window.close()


def test_the_dialog_says_when_the_connection_is_encrypted(qtbot, window):
    dialog = ConnectDialog("postgresql://kkr@db.example.dk/kkr", window)
    qtbot.addWidget(dialog)
    assert dialog.security.text() == (
        "The connection to db.example.dk is encrypted (TLS is required); Venueplan does not "
        "connect without it."
    )
    dialog.host.setText("localhost")
    assert dialog.security.text() == (
        "The server is on this computer: the connection does not leave it."
    )
    dialog.host.setText("")
    assert not dialog.connect_button.isEnabled()
    dialog.host.setText("postgresql://db.example.dk")
    dialog.connect_now()
    assert dialog.status.text() == "Type the server's name or address only."


def test_the_dialog_and_its_refusals_speak_danish(
    qtbot,
    app_language,  # noqa: F811 - the fixture
    sample_path,
    tmp_path,
    pg_cluster,
    server_sample,
    password_user,
    ends_clean,
):
    from PySide6.QtCore import QSettings

    from app.ui.main_window import MainWindow
    from app.ui.preferences import LANGUAGE_KEY

    settings = QSettings(str(tmp_path / "da.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, "da")
    app_language(settings)
    window = MainWindow(Project.open(sample_path), settings)
    qtbot.addWidget(window)
    window.show()
    assert window.connect_action.text() == "&Forbind til server…"
    dialog = _open_dialog(window)
    assert dialog.windowTitle() == "Forbind til server"
    _fill(dialog, pg_cluster, server_sample, password_user)
    _click_connect(dialog)
    qtbot.waitUntil(lambda: dialog.connect_button.isEnabled(), timeout=15_000)
    assert dialog.status.text() == (
        f"{server_sample} på 127.0.0.1: serveren beder om en adgangskode for {password_user}, "
        "men der blev ikke givet nogen."
    )
    dialog.host.setText("db.kkr-hovedstaden.dk")
    assert dialog.security.text() == (
        "Forbindelsen til db.kkr-hovedstaden.dk er krypteret (TLS er påkrævet); Venueplan "
        "forbinder ikke uden."
    )
    dialog.reject()
    window.close()
