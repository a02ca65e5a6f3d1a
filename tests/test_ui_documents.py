"""The Documents menu acts on the chosen event: handout preview, PDF, calendar invite, workbooks."""

from PySide6.QtWidgets import QFileDialog


def _choose(window, prefix):
    event = next(e for e in window.project.events.all() if e.title.startswith(prefix))
    window.events_page.select(event.id)
    return event


def _action(menu, text):
    for action in menu.actions():
        if action.menu():
            found = _action(action.menu(), text)
            if found:
                return found
        elif action.text().replace("&", "") == text:
            return action
    return None


def test_document_actions_follow_the_chosen_event(qtbot, window):
    handout = _action(window.documents_menu, "Save as PDF…")
    window.set_current_event(None)
    assert not handout.isEnabled()
    _choose(window, "Kickoff")
    assert handout.isEnabled()


def test_handout_saved_as_pdf_from_the_menu(qtbot, window, tmp_path, monkeypatch):
    import subprocess

    _choose(window, "Politisk temamøde")
    out = tmp_path / "handout.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    _action(window.documents_menu, "Save as PDF…").trigger()
    qtbot.waitUntil(out.exists, timeout=15_000)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Gate21" in text and "Høje Taastrup" in text


def test_calendar_invite_from_the_menu(qtbot, window, tmp_path, monkeypatch):
    _choose(window, "Kickoff")
    out = tmp_path / "kickoff"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    _action(window.documents_menu, "Calendar Invite (.ics)…").trigger()
    ics = tmp_path / "kickoff.ics"
    qtbot.waitUntil(ics.exists, timeout=10_000)
    body = ics.read_text(encoding="utf-8")
    assert "DTSTART;TZID=Europe/Copenhagen:20240531T090000" in body.replace("\r\n ", "")


def test_venue_catalogue_workbook_from_the_menu(qtbot, window, tmp_path, monkeypatch):
    import openpyxl

    out = tmp_path / "venues.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    _action(window.documents_menu, "Venue Catalogue Workbook…").trigger()
    qtbot.waitUntil(out.exists, timeout=15_000)
    book = openpyxl.load_workbook(out)
    values = [c.value for row in book.worksheets[0].iter_rows() for c in row]
    assert "Gate21" in values and "Ringsted Kongrescenter" in values


def test_an_event_without_a_venue_gets_a_reason_not_a_handout(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: shown.append("asked for a file") or ("", "")
    )
    _choose(window, "Dialogmøde om det specialiserede")  # the 2016 meeting: no venue
    _action(window.documents_menu, "Save as PDF…").trigger()
    assert shown == ["This event has no venue yet, so it has no directions handout."]
