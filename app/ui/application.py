"""Starting the GUI: the application object, settings, which project to open, the main window."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import APP_NAME, ORG_DOMAIN, ORG_NAME, __version__
from ..paths import resource
from ..services.sample_project import ensure_user_sample
from ..storage import Project, ProjectError


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setOrganizationDomain(ORG_DOMAIN)
    app.setApplicationVersion(__version__)
    icon = resource("icons", "venueplan.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def data_dir() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def choose_project(requested: str | None, settings: QSettings) -> tuple[Project, str]:
    """The project to open and a message about any file that could not be opened."""
    problem = ""
    candidates = [requested] if requested else [settings.value("lastFile", "")]
    for path in candidates:
        if not path:
            continue
        try:
            return Project.open(path), ""
        except ProjectError as exc:
            problem = str(exc)
    return Project.open(ensure_user_sample(data_dir())), problem


def run_gui(requested: str | None = None, smoke: bool = False) -> int:
    from .main_window import MainWindow
    app = make_application()
    settings = QSettings()
    project, problem = choose_project(requested, settings)
    window = MainWindow(project, settings)
    window.show()
    if problem:
        QTimer.singleShot(0, lambda: QMessageBox.warning(window, APP_NAME, problem))
    if smoke:
        QTimer.singleShot(500, window.close)
    return app.exec()
