"""Danish through and through: Qt's own dialogs, messages from the services, plural forms,
and dates, times and numbers written the way the chosen language writes them."""

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

from app.storage import Project
from app.ui.main_window import MainWindow
from app.ui.preferences import LANGUAGE_KEY
from app.ui.workers import active_workers
from tests.test_i18n import app_language, built  # noqa: F401 - fixtures used below


@pytest.fixture
def danish_window(qtbot, app_language, sample_path, tmp_path):  # noqa: F811 - the fixture
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, "da")
    app_language(settings)
    window = MainWindow(Project.open(sample_path), settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    qtbot.waitUntil(lambda: active_workers() == 0, timeout=15000)


def test_qt_file_dialog_and_message_box_speak_danish(qtbot, danish_window):
    dialog = QFileDialog(danish_window, "Importér")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Kig i:"
    assert labels["fileTypeLabel"] == "Filer af &typen:"
    dialog.reject()
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Slet",
        "Slet?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        danish_window,
    )
    qtbot.addWidget(box)
    assert sorted(b.text() for b in box.buttons()) == ["&Ja", "&Nej"]


def test_a_file_that_is_no_spreadsheet_is_named_in_danish_without_a_stray_colon(
    qtbot, danish_window, tmp_path
):
    window = danish_window
    event_id = next(e.id for e in window.project.events.all() if e.title.startswith("Politisk d"))
    window.set_current_event(event_id)
    window.nav.setCurrentRow(window.stack.indexOf(window.registrations_page))
    view = window.registrations_view
    junk = tmp_path / "tilmeldinger.csv"
    junk.write_bytes(b"\x00\x01\x02binary" * 40)
    view.import_files([junk])
    qtbot.waitUntil(lambda: "hverken" in view.notice.text(), timeout=15000)
    assert view.notice.text() == "tilmeldinger.csv er hverken et regneark eller en CSV-tekstfil."


def test_one_rejected_row_is_one_row_in_danish(qtbot, danish_window, tmp_path):
    from tests.registration_exports import GOOGLE_EN, write_csv

    window = danish_window
    event_id = next(e.id for e in window.project.events.all() if e.title.startswith("Politisk d"))
    window.set_current_event(event_id)
    view = window.registrations_view
    rows = [*GOOGLE_EN, ["4/3/2024 10:00:00", "ingen@navn.dk", "", "Egedal", "", ""]]
    messages = []
    view.status_message.connect(messages.append)
    view.import_files([write_csv(tmp_path / "liste.csv", rows)])
    qtbot.waitUntil(lambda: any("afvist" in m for m in messages), timeout=15000)
    summary = next(m for m in messages if "afvist" in m)
    assert "; 1 række afvist" in summary
    assert "rækker afvist" not in summary


def test_a_change_made_elsewhere_is_reported_in_danish(
    qtbot, danish_window, sample_path, monkeypatch
):
    window = danish_window
    page = window.venues_page
    venue = next(v for v in window.project.venues.all() if v.name == "Gate21")
    page.select(venue.id)
    with Project.open(sample_path) as other:  # a colleague saves the venue first
        theirs = other.venues.get(venue.id)
        theirs.contact_name = "Kollega"
        other.venues.save(theirs)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    field = page.editor.form.widget("contact_phone")
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "43 43 43 43")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.edits.is_busy(), timeout=10_000)
    # What the colleague changed, in Danish, and that the venue was shown again.
    assert shown == [
        "Ændret andetsteds siden: kontaktperson for Gate21 er nu Kollega, ikke –. "
        "Det er indlæst igen; foretag ændringen igen."
    ]


def test_dates_times_and_coordinates_follow_the_danish_ui(qtbot, danish_window):
    window = danish_window
    window.nav.setCurrentRow(1)
    event = next(e for e in window.project.events.all() if e.date == dt.date(2026, 5, 4))
    window.events_page.select(event.id)
    editor = window.events_page.editor
    assert editor.form.widget("date").line.text() == "04.05.2026"
    assert editor.form.widget("end_time").text() == "18.00"
    assert editor.form.widget("start_time").placeholderText() == "tt.mm"
    window.nav.setCurrentRow(0)
    venue = next(v for v in window.project.venues.all() if v.name == "Gate21")
    window.venues_page.select(venue.id)
    latitude = window.venues_page.editor.form.widget("latitude").text()
    assert "," in latitude and "." not in latitude
    assert QApplication.translate("QFileDialog", "Look in:") == "Kig i:"
