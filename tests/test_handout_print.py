"""Print preview, Save as PDF off the UI thread, and the handout/badges/ics commands."""

from __future__ import annotations

import icalendar
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintPreviewWidget

from app.cli import main
from app.services.handout_pdf import handout_for
from app.services.name_tags import name_tags_for
from app.ui.print_preview import DocumentPrinter, make_printer, suggested_file_name


def test_preview_paints_the_handout_as_one_page(qtbot, sample_project):
    document = handout_for(sample_project, 3)
    calls = []
    paint = document.paint
    document.paint = lambda device: calls.append(paint(device))
    dialog = DocumentPrinter(document).create_preview_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(calls), timeout=10_000)
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview.pageCount() == 1
    assert "Politisk temamøde" in dialog.windowTitle()
    dialog.close()


def test_save_as_pdf_runs_off_the_ui_thread_and_reports(qtbot, sample_project, tmp_path):
    printer = DocumentPrinter(handout_for(sample_project, 1, "en"))
    path = tmp_path / "handout.pdf"
    with qtbot.waitSignal(printer.saved, timeout=20_000) as blocker:
        printer.save_pdf(str(path))
    assert blocker.args == [str(path)]
    assert len(PdfReader(path).pages) == 1
    with qtbot.waitSignal(printer.failed, timeout=20_000) as blocker:
        printer.save_pdf(str(tmp_path / "missing" / "handout.pdf"))
    assert "missing" in blocker.args[0] and "\n" not in blocker.args[0]
    assert not (tmp_path / "missing").exists()


def test_printer_setup_follows_the_document(qapp, sample_project):
    tags = make_printer(name_tags_for(sample_project, 5))
    assert tags.fullPage()  # label sheets are placed from the paper's corner
    handout = make_printer(handout_for(sample_project, 1))
    assert not handout.fullPage()
    assert handout.pageLayout().pageSize().id() == tags.pageLayout().pageSize().id()


def test_suggested_file_name_is_safe(sample_project):
    document = handout_for(sample_project, 4)  # "KKR konference 2024: Debat om ..."
    assert ":" in document.title
    name = suggested_file_name(document)
    assert name.startswith("Praktisk information KKR konference 2024 Debat om") and name.endswith(
        ".pdf"
    )
    assert not set(name) & set(':/\\*?"<>|')


def test_commands_write_handout_badges_and_ics(qapp, sample_path, tmp_path, capsys):
    handout = tmp_path / "handout.pdf"
    assert (
        main(["handout", str(sample_path), "--event", "3", "-o", str(handout), "--lang", "en"]) == 0
    )
    assert len(PdfReader(handout).pages) == 1
    assert (
        "Only P-pladserne ved Gate21 og Next Vestskoven Gymnasium and yellow zone may be used."
        in " ".join(PdfReader(handout).pages[0].extract_text().split())
    )
    tags = tmp_path / "tags.pdf"
    assert (
        main(["badges", str(sample_path), "--event", "5", "-o", str(tags), "--sheet", "2x5"]) == 0
    )
    sign_in = tmp_path / "sign-in.pdf"
    assert main(["badges", str(sample_path), "--event", "5", "-o", str(sign_in), "--sign-in"]) == 0
    assert "Underskrift" in PdfReader(sign_in).pages[0].extract_text()
    invite = tmp_path / "event.ics"
    assert main(["ics", str(sample_path), "--event", "1", "-o", str(invite)]) == 0
    calendar = icalendar.Calendar.from_ical(invite.read_bytes())
    assert next(iter(calendar.walk("VEVENT")))["DTSTART"].dt.hour == 16
    out = capsys.readouterr().out
    assert f"Wrote {handout} (en, 1 page)." in out


def test_commands_fail_with_one_line(qapp, sample_path, tmp_path, capsys):
    assert main(["ics", str(sample_path), "--event", "99", "-o", str(tmp_path / "x.ics")]) == 1
    assert (
        main(
            ["handout", str(sample_path), "--event", "1", "-o", str(tmp_path / "nowhere" / "x.pdf")]
        )
        == 1
    )
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "venueplan: There is no event with id 99.",
        f"venueplan: {tmp_path / 'nowhere' / 'x.pdf'}: the folder "
        f"{tmp_path / 'nowhere'} does not exist.",
    ]
    assert [p.name for p in tmp_path.iterdir()] == ["sample.venueplan"]
