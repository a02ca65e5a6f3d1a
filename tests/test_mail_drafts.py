"""Mail drafts: .eml files marked unsent that parse with Python's email package, carry the
invitation's or the handout's PDF (and the .ics), one per person or one with everyone in Bcc."""

from __future__ import annotations

import email
import subprocess
from email.policy import default

import icalendar
import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog
from test_ui_documents import _action, _choose

from app.cli import main
from app.domain import Registration, RegistrationStatus
from app.services.mail_drafts import drafts_for
from app.ui.mail_dialog import MailDialog


def people(event_id: int) -> list[Registration]:
    return [
        Registration(
            event_id=event_id, first_name="Åse", last_name="Bjørnsen", email="aase@koege.dk"
        ),
        Registration(
            event_id=event_id,
            full_name="Søren\r\nBcc: spy@example.com",  # typed into a form: one line only
            email="soren@greve.dk",
        ),
        Registration(
            event_id=event_id,
            first_name="Ib",
            email="ib@roskilde.dk",
            status=RegistrationStatus.WAITLISTED,
        ),
        Registration(
            event_id=event_id,
            first_name="Bo",
            email="bo@ringsted.dk",
            status=RegistrationStatus.CANCELLED,
        ),
        Registration(event_id=event_id, first_name="Uden", email=""),
    ]


def parse(path):
    return email.message_from_bytes(path.read_bytes(), policy=default)


def pdf_text_of(data: bytes, tmp_path) -> str:
    path = tmp_path / "attached.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout


def test_one_invitation_draft_per_person_with_the_pdf(qapp, sample_project, tmp_path):
    sample_project.registrations.add_many(people(5))
    paths = drafts_for(sample_project, 5, "invitation", tmp_path / "mail")
    # Not the cancelled one, nor the one without an address; the waitlisted one is invited.
    assert len(paths) == 3
    messages = [parse(p) for p in paths]
    assert [m["To"].addresses[0].addr_spec for m in messages] == [
        "aase@koege.dk",
        "soren@greve.dk",
        "ib@roskilde.dk",
    ]
    first = messages[0]
    assert first["X-Unsent"] == "1"
    assert first["Subject"] == "Invitation: Kickoff-møde om Rammeaftale 2025-2026"
    assert first["To"].addresses[0].display_name == "Åse Bjørnsen"
    assert messages[1]["Bcc"] is None  # the form's line break added no header
    assert messages[1]["To"].addresses[0].display_name == "Søren Bcc: spy@example.com"
    body = first.get_body(preferencelist=("plain",)).get_content()
    assert body.startswith("Kære politikere, handicapråds- og udsatterråds-repræsentanter")
    assert "Mikael Smed" in body and "vedhæftet som PDF" in body
    [attached] = list(first.iter_attachments())
    assert attached.get_content_type() == "application/pdf"
    assert attached.get_filename() == "Invitation - Kickoff-møde om Rammeaftale 2025-2026.pdf"
    data = attached.get_content()
    assert data.startswith(b"%PDF")
    assert "www.rs17.dk" in pdf_text_of(data, tmp_path)


def test_practical_info_in_one_bcc_draft_with_handout_and_calendar(qapp, sample_project, tmp_path):
    sample_project.registrations.add_many(people(3))
    [path] = drafts_for(sample_project, 3, "practical", tmp_path / "mail", bcc=True, lang="en")
    message = parse(path)
    assert message["X-Unsent"] == "1" and message["To"] is None
    # Practical information goes to those registered: not the waitlisted or cancelled.
    assert [a.addr_spec for a in message["Bcc"].addresses] == ["aase@koege.dk", "soren@greve.dk"]
    assert message["Subject"] == (
        "Practical information: Politisk temamøde om det specialiserede socialområde"
    )
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert "Take the train: S-train line B towards Høje Taastrup stops at Albertslund st." in body
    pdf, ics = list(message.iter_attachments())
    assert pdf.get_content_type() == "application/pdf"
    assert "Albertslund st." in pdf_text_of(pdf.get_content(), tmp_path)
    assert ics.get_content_type() == "text/calendar"
    calendar = icalendar.Calendar.from_ical(ics.get_content())
    [event] = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Politisk temamøde om det specialiserede socialområde"


def test_without_recipients_one_draft_is_left_to_address(qapp, sample_project, tmp_path):
    [path] = drafts_for(sample_project, 1, "invitation", tmp_path / "mail")
    message = parse(path)
    assert message["To"] is None and message["Bcc"] is None and message["X-Unsent"] == "1"


def test_cli_mail_and_its_refusals(capsys, sample_path, tmp_path):
    out = tmp_path / "drafts"
    assert (
        main(
            [
                "mail",
                str(sample_path),
                "--event",
                "5",
                "--kind",
                "invitation",
                "-o",
                str(out),
                "--bcc",
            ]
        )
        == 0
    )
    assert capsys.readouterr().out == f"Wrote 1 draft to {out}.\n"
    assert parse(next(out.glob("*.eml")))["X-Unsent"] == "1"
    none = tmp_path / "none"
    assert (
        main(["mail", str(sample_path), "--event", "2", "--kind", "practical", "-o", str(none)])
        == 1
    )
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "has no venue yet" in err and not none.exists()
    deep = tmp_path / "missing" / "drafts"
    assert (
        main(["mail", str(sample_path), "--event", "5", "--kind", "invitation", "-o", str(deep)])
        == 1
    )
    assert "does not exist" in capsys.readouterr().err and not deep.parent.exists()


@pytest.fixture
def opened(monkeypatch):
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def test_mail_dialog_from_the_menu_writes_drafts_and_opens_the_folder(
    qtbot, window, tmp_path, opened
):
    event = _choose(window, "Kickoff")
    window.project.registrations.add_many(people(event.id))
    _action(window.documents_menu, "Mail Invitation…").trigger()
    dialog = window.documents.last_mail_dialog
    assert isinstance(dialog, MailDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: "3 registered people" in dialog.recipients.text(), timeout=10_000)
    dialog.bcc.click()
    dialog.folder.setText(str(tmp_path / "udkast"))
    with qtbot.waitSignal(dialog.written, timeout=30_000):
        dialog.write_button.click()
    [path] = list((tmp_path / "udkast").glob("*.eml"))
    assert len(parse(path)["Bcc"].addresses) == 3
    assert [u.toLocalFile() for u in opened] == [str(tmp_path / "udkast")]
    assert not dialog.isVisible()


def test_mail_practical_info_needs_a_venue(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    _choose(window, "Dialogmøde om")
    _action(window.documents_menu, "Mail Practical Info…").trigger()
    assert shown == ["This event has no venue yet, so it has no practical information to send."]


def test_invitation_saved_as_word_file_from_the_menu(qtbot, window, tmp_path, monkeypatch):
    import docx

    _choose(window, "Politisk temamøde")
    out = tmp_path / "invitation"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    _action(window.documents_menu, "Save as Word File…").trigger()
    path = tmp_path / "invitation.docx"
    qtbot.waitUntil(path.exists, timeout=15_000)
    headings = [p.text for p in docx.Document(str(path)).paragraphs if p.style.name == "Title"]
    assert headings == ["Politisk temamøde om det specialiserede socialområde"]


def test_invitation_saved_as_pdf_from_its_submenu(qtbot, window, tmp_path, monkeypatch):
    _choose(window, "Kickoff")
    invitation = next(
        a.menu()
        for a in window.documents_menu.actions()
        if a.menu() and a.text().replace("&", "") == "Invitation"
    )
    out = tmp_path / "invitation.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    _action(invitation, "Save as PDF…").trigger()
    qtbot.waitUntil(out.exists, timeout=15_000)
    text = pdf_text_of(out.read_bytes(), tmp_path)
    assert "Side 1 af 2" in text and "www.rs17.dk" in text
