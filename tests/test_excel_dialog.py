"""The export dialog: the privacy choice in plain sight, the export off the UI thread."""

from PySide6.QtCore import QPoint, Qt
from python_calamine import CalamineWorkbook
from test_excel_event_workbook import kickoff, people

from app.ui.export_dialog import ExportDialog, suggested_name
from app.ui.workers import active_workers


def _dialog(qtbot, project):
    event = kickoff(project)
    dialog = ExportDialog(project, event.id)
    qtbot.addWidget(dialog)
    return dialog


def test_sharing_is_the_default_and_the_choice_is_spelled_out(qtbot, sample_project):
    dialog = _dialog(qtbot, sample_project)
    assert not dialog.sensitive() and dialog.sharing_button.isChecked()
    assert "no e-mail addresses" in dialog.banner.text()
    dialog.show()
    qtbot.waitExposed(dialog)
    # On the indicator: a radio button takes clicks on its circle and label only.
    qtbot.mouseClick(
        dialog.full_button,
        Qt.MouseButton.LeftButton,
        pos=QPoint(8, dialog.full_button.height() // 2),
    )
    assert dialog.sensitive()
    assert "personal data" in dialog.banner.text()
    assert "#fff2cc" in dialog.banner.styleSheet()


def test_suggested_file_names_follow_the_event_language():
    assert suggested_name("Møde: del 1/2", "da", True) == "Møde- del 1-2 - logistik.xlsx"
    assert suggested_name("Meeting", "en", False) == "Meeting - for sharing.xlsx"


def test_export_runs_in_the_background_and_reports_the_file(
    qtbot, sample_project, tmp_path, monkeypatch
):
    sample_project.registrations.add_many(people(kickoff(sample_project).id, 40))
    dialog = _dialog(qtbot, sample_project)
    path = tmp_path / "deling.xlsx"
    monkeypatch.setattr(dialog, "ask_path", lambda: str(path))
    progress = []
    dialog.progress.valueChanged.connect(progress.append)
    with qtbot.waitSignal(dialog.exported, timeout=20000) as signal:
        dialog.export_button.click()
        assert not dialog.export_button.isEnabled()  # while it runs
    assert signal.args == [str(path)]
    qtbot.waitUntil(lambda: active_workers() == 0)
    assert progress and progress[-1] == dialog.progress.maximum()
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Deltagere").to_python()
    assert "E-mail" not in rows[3] and len(rows) == 4 + 41


def test_cancel_stops_the_export_and_writes_nothing(qtbot, sample_project, tmp_path):
    sample_project.registrations.add_many(people(kickoff(sample_project).id, 3000))
    dialog = _dialog(qtbot, sample_project)
    dialog.set_sensitive(True)
    path = tmp_path / "full.xlsx"
    with qtbot.waitSignal(dialog.failed, timeout=30000) as signal:
        dialog.start_export(str(path))
        dialog.reject()  # Cancel while it runs: stop first, then close
    qtbot.waitUntil(lambda: active_workers() == 0)
    assert signal.args == ["Export cancelled; no file was written."]
    assert dialog.status.text() == "Export cancelled; no file was written."
    assert not path.exists() and list(tmp_path.glob("*.tmp")) == []


def test_the_documents_menu_reads_the_event_off_the_ui_thread_then_shows_the_dialog(
    qtbot, window, monkeypatch
):
    """Documents > Export Workbook… opens its dialog once a worker has read the event and
    its count: the menu itself never waits for the project."""
    import threading

    from PySide6.QtWidgets import QLabel

    from app.ui import export_dialog

    readers = []
    real = export_dialog.export_facts

    def reading(*args, **kwargs):
        readers.append(threading.current_thread())
        return real(*args, **kwargs)

    shown = []
    monkeypatch.setattr(export_dialog, "export_facts", reading)
    monkeypatch.setattr(
        ExportDialog,
        "exec",
        lambda self: shown.append([label.text() for label in self.findChildren(QLabel)]) or 0,
    )
    event = kickoff(window.project)
    window.set_current_event(event.id)
    window.documents.export_workbook()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert readers and all(t is not threading.main_thread() for t in readers)
    registered = len(window.project.registrations.for_event(event.id))
    assert any(f"Registrations: {registered}." in text for text in shown[0]), shown[0]
