"""Starting the GUI: the application object, settings, which project to open, the main window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QLibraryInfo,
    QLocale,
    QSettings,
    QStandardPaths,
    QTranslator,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from .. import APP_NAME, ORG_DOMAIN, ORG_NAME, __version__
from ..paths import resource
from .ui_language import LANGUAGE_KEY

if TYPE_CHECKING:
    from ..storage import Project

# Nothing here imports the storage (SQLAlchemy) or the pages: the window paints first, and
# the project is opened on a worker after that (main_window.MainWindow.open_at_start).

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
    """The project to open and a message about any file that could not be opened (what
    the window opens at start, here at once, without a window)."""
    from .project_opening import open_first, start_location

    file, _server = start_location(requested, str(settings.value("lastFile", "") or ""))
    opened = open_first([file], data_dir())
    return opened.project, opened.problem


def server_at_start(requested: str | None, settings: QSettings) -> str:
    """The server project to connect to once the window shows ("" for a file)."""
    from .project_opening import start_location

    return start_location(requested, str(settings.value("lastFile", "") or ""))[1]


def run_gui(requested: str | None = None, smoke: bool = False) -> int:
    from .main_window import MainWindow
    from .startup import after_first_paint, after_start_up

    app = make_application()
    settings = QSettings()
    install_translations(app, settings)
    window = MainWindow(None, settings)

    # The window paints with "Opening…" in its lists; then the project is opened on a
    # worker, and once its pages are shown the map library is warmed, also on a worker
    # (and then start-up's objects are frozen out of the garbage collector's full passes).
    def warm_once(_path: str) -> None:
        window.project_opened.disconnect(warm_once)
        after_start_up()

    window.project_opened.connect(warm_once)
    quitting: list = []

    def after_paint() -> None:
        window.open_at_start(requested, data_dir())
        from .quit_signals import QuitOnSignals  # its socket module: not before the paint

        quitting.append(QuitOnSignals(app))  # a logout or Ctrl+C closes it as Quit does

    after_first_paint(window, after_paint)
    window.show()
    if smoke:
        from .smoke import run_smoke

        if window.project is None:
            waiting = QEventLoop()
            window.project_opened.connect(waiting.quit)
            window.opener.failed.connect(waiting.quit)
            waiting.exec()
        code = run_smoke(app, window) if window.project is not None else 1
    else:
        code = app.exec()
    for handler in quitting:
        handler.stop()
    # Delete the window (and its web pages) before the application takes the web
    # profiles down with it, as QtWebEngine requires.
    shiboken6.delete(window)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if "PySide6.QtWebEngineCore" in sys.modules:  # only if a map was ever shown
        from .map_page import release_web_engine

        release_web_engine()
    return code
