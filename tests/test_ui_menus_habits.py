"""File > Import Registrations (Ctrl+I), Help > User Guide (F1) and file dialogs that start in
Documents and remember the last folder of each kind of file."""

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QTextBrowser

from app.storage import Project
from app.ui.main_window import MainWindow
from app.ui.workers import active_workers
from tests.registration_exports import MSFORMS_EN, write_xlsx


@pytest.fixture
def window(qtbot, sample_path, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(Project.open(sample_path), settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    qtbot.waitUntil(lambda: active_workers() == 0, timeout=15000)


@pytest.fixture
def documents():
    folder = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    folder.mkdir(parents=True, exist_ok=True)
    QSettings().remove("folders")  # no folder remembered from an earlier test
    return folder


def test_ctrl_i_imports_registrations_starting_in_documents_then_the_last_folder(
    qtbot, window, tmp_path, documents, monkeypatch
):
    downloads = tmp_path / "Overførsler"
    downloads.mkdir()
    export = write_xlsx(downloads / "Tilmelding.xlsx", MSFORMS_EN)
    asked = []

    def choose(parent, title, folder, file_filter):
        asked.append((title, folder))
        return [str(export)], file_filter

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    event_id = next(e.id for e in window.project.events.all() if e.title.startswith("Politisk d"))
    window.set_current_event(event_id)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert asked == [("Import registrations", str(documents))]
    assert window.stack.currentWidget() is window.registrations_page
    view = window.registrations_view
    qtbot.waitUntil(
        lambda: len(window.project.registrations.for_event(event_id)) == 3, timeout=15000
    )
    qtbot.waitUntil(lambda: not view.is_busy() and active_workers() == 0, timeout=15000)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert asked[1] == ("Import registrations", str(downloads))
    # Another kind of file (a calendar invite) still starts in Documents.
    saved = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda p, t, start, f: (saved.append(start), ("", ""))[1]
    )
    window.documents.save_ics()
    assert Path(saved[0]).parent == documents


def test_the_import_menu_entry_is_in_the_file_menu(window):
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert "&Import Registrations…" in texts
    assert window.import_action.shortcut().toString() == "Ctrl+I"


def test_f1_opens_the_user_guide_in_the_ui_language(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.findChild(QTextBrowser, "guideText")
    assert guide is not None and guide.isVisible()
    text = guide.toPlainText()
    for step in ("1. The venue", "2. The event", "3. Registrations", "4. Capacity", "5. Documents"):
        assert step in text
    assert "File > Import Registrations… (Ctrl+I)" in text
    guide.window().close()
    qtbot.waitUntil(lambda: window.findChild(QTextBrowser, "guideText") is None)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)  # back in the window
    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
        qtbot.keyClick(window, Qt.Key.Key_F1)
        qtbot.waitUntil(lambda: window.findChild(QTextBrowser, "guideText") is not None)
        danish = window.findChild(QTextBrowser, "guideText").toPlainText()
    finally:
        QLocale.setDefault(before)
    for step in ("1. Mødestedet", "2. Arrangementet", "3. Tilmeldinger", "4. Kapacitet"):
        assert step in danish
    assert "Filer > Importér tilmeldinger… (Ctrl+I)" in danish


def test_venue_names_are_not_cut_in_the_venue_list(qtbot, window):
    window.resize(1280, 800)
    view = window.venues_page.view
    model = view.model()
    name = window.venues_page.list_model.NAME
    qtbot.waitUntil(lambda: view.columnWidth(name) > 0)
    metrics = view.fontMetrics()
    for row in range(model.rowCount()):
        text = model.index(row, name).data()
        assert metrics.horizontalAdvance(text) + 8 <= view.columnWidth(name), text
        assert text in model.index(row, name).data(Qt.ItemDataRole.ToolTipRole)
