"""Starting the GUI: the application object, settings, which project to open, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QSettings,
    QStandardPaths,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import APP_NAME, ORG_DOMAIN, ORG_NAME, __version__
from ..paths import resource
from ..services.sample_project import ensure_user_sample
from ..storage import Project, ProjectError
from ..storage.server import is_server

# While imports, exports and look-ups run in Python worker threads, the UI thread needs the
# GIL for every timer, paint and slot. Python's default 5 ms hand-over let the workers keep
# it for up to 200 ms at a time (benchmarks/README.md, responsiveness); 1 ms keeps the
# window answering at a few per cent of the workers' throughput.
GIL_SWITCH_INTERVAL_S = 0.001


def make_application(argv: list[str] | None = None) -> QApplication:
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    existing = QApplication.instance()
    # A QApplication when one exists: the app and the tests make nothing smaller.
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setOrganizationDomain(ORG_DOMAIN)
    app.setApplicationVersion(__version__)
    icon = resource("icons", "venueplan.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def install_translations(app: QApplication, settings: QSettings) -> QLocale:
    """Load the UI language chosen in Preferences (or the system's) and Qt's own texts."""
    from .preferences import LANGUAGE_KEY

    code = str(settings.value(LANGUAGE_KEY, "") or "")
    locale = QLocale(code) if code else QLocale.system()
    QLocale.setDefault(locale)
    for old in getattr(app, "_venueplan_translators", []):
        app.removeTranslator(old)
    translators = []
    ours = QTranslator(app)
    if ours.load(locale, "venueplan", "_", str(resource("translations"))):
        translators.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase", "qt"):  # standard dialogs and buttons (OK, Cancel, file dialogs)
        qt = QTranslator(app)
        if qt.load(locale, name, "_", qt_dir):
            translators.append(qt)
            break
    for translator in translators:
        app.installTranslator(translator)
    # Kept on the app, so the next call can remove them (a Python attribute on a Qt object).
    app._venueplan_translators = translators  # type: ignore[attr-defined]
    return locale


def data_dir() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def choose_project(requested: str | None, settings: QSettings) -> tuple[Project, str]:
    """The project to open and a message about any file that could not be opened."""
    problem = ""
    candidates = [requested] if requested else [str(settings.value("lastFile", "") or "")]
    for path in candidates:
        if not path or is_server(path):
            continue  # a server is connected to once the window shows (`server_at_start`)
        try:
            return Project.open(path), ""
        except ProjectError as exc:
            problem = str(exc)
    return Project.open(ensure_user_sample(data_dir())), problem


def server_at_start(requested: str | None, settings: QSettings) -> str:
    """The server project to connect to once the window shows ("" for a file): reaching a
    server may take seconds and may need a password, so it is not opened before the window
    is there, but through File > Connect to Server…, which connects on a worker."""
    location = requested or str(settings.value("lastFile", "") or "")
    return location if is_server(location) else ""


def run_gui(requested: str | None = None, smoke: bool = False) -> int:
    from .main_window import MainWindow
    from .startup import after_first_paint, warm_map_library

    app = make_application()
    settings = QSettings()
    install_translations(app, settings)
    server = server_at_start(requested, settings)
    project, problem = choose_project(requested, settings)
    window = MainWindow(project, settings)
    after_first_paint(window, warm_map_library)
    window.show()
    if server:
        QTimer.singleShot(0, lambda: window.open_path(server))
    if problem:
        QTimer.singleShot(0, lambda: QMessageBox.warning(window, APP_NAME, problem))
    if smoke:
        from .smoke import run_smoke

        code = run_smoke(app, window)
    else:
        code = app.exec()
    # Delete the window (and its web pages) before the application takes the web
    # profiles down with it, as QtWebEngine requires.
    shiboken6.delete(window)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if "PySide6.QtWebEngineCore" in sys.modules:  # only if a map was ever shown
        from .map_page import release_web_engine

        release_web_engine()
    return code
