"""A name tag on the spot from the check-in window: straight to the default printer when
chosen, through the print dialog otherwise."""

from __future__ import annotations

import re

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from app.application import run
from app.application.tables import MakeTablePlan
from app.domain import Registration
from app.ui import spot_tags


def _door(qtbot, window):
    event = window.events_page.list_model.records()[0]
    window.project.registrations.add_many(
        [
            Registration(
                event_id=event.id,
                first_name="Søren",
                last_name="Ærø",
                organisation="Egedal Kommune",
                role="Byrådsmedlem",
            ),
            Registration(
                event_id=event.id, first_name="Anne", last_name="Holm", organisation="Greve Kommune"
            ),
        ]
    )
    run(window.project, MakeTablePlan(event.id, 2, 4))
    window.set_current_event(event.id)
    view = window.day.open_checkin()
    qtbot.waitUntil(lambda: view.state is not None and not view._busy)
    return view, event


def test_a_tag_goes_straight_to_the_default_printer_when_chosen(
    qtbot, window, tmp_path, monkeypatch, drained_pool
):
    view, event = _door(qtbot, window)
    pdf = tmp_path / "tag.pdf"

    def pdf_printer(document):
        # The default printer of this machine: a PDF file stands in for the paper.
        printer = spot_tags.make_printer(document)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf))
        return printer

    monkeypatch.setattr(spot_tags, "default_printer", pdf_printer)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: (_ for _ in ()).throw(AssertionError))
    assert view.tag_button.isVisible() and not view.tag_silent.isChecked()
    view.tag_silent.setChecked(True)
    assert window.settings.value(spot_tags.WITHOUT_DIALOG_KEY) == "true"
    qtbot.keyClicks(view.search, "soren")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view._busy and "checked in" in view.message.text())
    view.tag_button.click()
    assert view.message.text() == "Name tag of Søren Ærø printed."
    text = re.sub(r"\s+", " ", PdfReader(pdf).pages[0].extract_text())
    table = window.project.tables.seats_by_registration(event.id)[view.selected_id()]
    assert "Søren Ærø Egedal Kommune Byrådsmedlem" in text and f"Bord {table}" in text
    assert "Anne Holm" not in text  # one tag, only the person asked for
    window.day.close_all()


def test_without_a_default_printer_the_door_is_told_so(qtbot, window, monkeypatch, drained_pool):
    view, _event = _door(qtbot, window)
    monkeypatch.setattr(spot_tags, "default_printer", lambda document: None)
    view.tag_silent.setChecked(True)
    qtbot.keyClicks(view.search, "anne")
    view.tag_button.click()
    assert view.message.text() == (
        "No default printer is set up on this computer; the tag was not printed."
    )
    window.day.close_all()


def test_otherwise_the_print_dialog_asks_first(qtbot, window, monkeypatch, drained_pool):
    view, _event = _door(qtbot, window)
    asked = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: asked.append(self) or 0)
    qtbot.keyClicks(view.search, "anne")
    view.tag_button.click()
    assert len(asked) == 1 and "Anne Holm" in asked[0].windowTitle()
    assert "printed" not in view.message.text()
    window.day.close_all()
