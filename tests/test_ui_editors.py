"""Editing venues and events through the widgets, as a coordinator would, then reopening the file."""

import datetime as dt

from edit_waits import settle_edits
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QTextBrowser

from app.domain import ProgrammeKind
from app.storage import Project
from app.ui.main_window import MainWindow


def _type_into(qtbot, line_edit: QLineEdit, text: str) -> None:
    line_edit.setFocus()
    line_edit.selectAll()
    qtbot.keyClicks(line_edit, text)
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)


def _venue_id(project, name):
    return next(v.id for v in project.venues.all() if v.name == name)


def test_edit_a_venue_through_the_widgets_and_find_it_after_reopening(qtbot, window, sample_path):
    page = window.venues_page
    assert page.select(_venue_id(window.project, "Gate21"))
    editor = page.editor
    _type_into(qtbot, editor.form.widget("contact_name"), "Anne Jensen")
    _type_into(qtbot, editor.form.widget("contact_email"), "anne@gate21.dk")
    editor.form.widget("hearing_loop").click()
    window.close()
    with Project.open(sample_path) as project:
        venue = project.venues.get(_venue_id(project, "Gate21"))
        assert (venue.contact_name, venue.contact_email, venue.hearing_loop) == (
            "Anne Jensen",
            "anne@gate21.dk",
            True,
        )


def test_invalid_postal_code_shows_next_to_the_field_and_is_not_saved(qtbot, window):
    page = window.venues_page
    venue_id = _venue_id(window.project, "Egedal Rådhus")
    page.select(venue_id)
    _type_into(qtbot, page.editor.form.widget("postal_code"), "36")
    errors = [
        label.text()
        for label in page.editor.findChildren(QLabel, "fieldError")
        if label.isVisible()
    ]
    assert errors == ["A Danish postal code has 4 digits."]
    settle_edits(qtbot, window)
    assert window.project.venues.get(venue_id).postal_code == "3650"
    _type_into(qtbot, page.editor.form.widget("postal_code"), "3660")
    settle_edits(qtbot, window)
    assert window.project.venues.get(venue_id).postal_code == "3660"
    assert not any(label.isVisible() for label in page.editor.findChildren(QLabel, "fieldError"))


def test_rooms_table_edits_capacity(qtbot, window, sample_path):
    page = window.venues_page
    page.select(_venue_id(window.project, "Egedal Rådhus"))
    rooms = page.editor.rooms
    rooms.select_row(0)
    rooms.add_button.click()
    model = rooms.model
    model.setData(model.index(1, 0), "Mødelokale 2")
    banquet = next(i for i, c in enumerate(model.columns) if c.header == "Round tables")
    model.setData(model.index(1, banquet), 30)
    settle_edits(qtbot, window)
    with Project.open(sample_path) as project:
        venue = project.venues.get(_venue_id(project, "Egedal Rådhus"))
        assert [r.name for r in venue.rooms] == ["Byrådssalen", "Mødelokale 2"]
        assert venue.rooms[1].capacities == {"banquet": 30}


def test_transit_steps_are_edited_one_per_line(qtbot, window):
    page = window.venues_page
    venue_id = _venue_id(window.project, "Egedal Rådhus")
    page.select(venue_id)
    editor = page.editor
    editor.tabs.setCurrentIndex(2)
    editor.transit.select_row(0)
    editor.steps.setFocus()
    editor.steps.setPlainText("Gå ud af stationen mod vest.\n\nFølg skiltene til rådhuset.")
    editor.steps.document().setModified(True)
    editor.form.widget("name").setFocus()  # leaving the field saves it
    qtbot.waitUntil(
        lambda: (
            window.project.venues.get(venue_id).transit_options[0].steps
            == ["Gå ud af stationen mod vest.", "Følg skiltene til rådhuset."]
        )
    )


def test_edit_an_event_and_its_programme(qtbot, window, sample_path):
    page = window.events_page
    window.nav.setCurrentRow(1)
    kickoff = next(e.id for e in window.project.events.all() if e.title.startswith("Kickoff"))
    page.select(kickoff)
    _type_into(qtbot, page.editor.form.widget("start_time"), "9.15")
    page.editor.tabs.setCurrentIndex(1)
    programme = page.editor.programme
    programme.select_row(programme.model.rowCount() - 1)
    programme.add_button.click()
    model = programme.model
    row = model.rowCount() - 1
    model.setData(model.index(row, 0), "13.00")
    model.setData(model.index(row, 2), "Tak for i dag")
    model.setData(model.index(row, 3), ProgrammeKind.CLOSING)
    model.setData(model.index(row, 4), "Mikael Smed (KKR-formand); Tina Boel")
    settle_edits(qtbot, window)
    with Project.open(sample_path) as project:
        event = project.events.get(kickoff)
        assert event.start_time == dt.time(9, 15)
        last = event.programme[-1]
        assert (last.start, last.title, last.kind) == (
            dt.time(13),
            "Tak for i dag",
            ProgrammeKind.CLOSING,
        )
        assert [(s.name, s.role) for s in last.speakers] == [
            ("Mikael Smed", "KKR-formand"),
            ("Tina Boel", ""),
        ]


def test_end_before_start_is_refused_with_a_message(qtbot, window):
    page = window.events_page
    window.nav.setCurrentRow(1)
    event = next(e for e in window.project.events.all() if e.title.startswith("Politisk dialog"))
    page.select(event.id)
    _type_into(qtbot, page.editor.form.widget("end_time"), "15.00")
    assert "The end time must be after the start time." in [
        label.text()
        for label in page.editor.findChildren(QLabel, "fieldError")
        if label.isVisible()
    ]
    assert window.project.events.get(event.id).end_time == dt.time(18, 30)


def test_undo_and_redo_an_edit(qtbot, window):
    page = window.venues_page
    venue_id = _venue_id(window.project, "JYSK Park")
    page.select(venue_id)
    _type_into(qtbot, page.editor.form.widget("city"), "Silkeborg C")
    settle_edits(qtbot, window)
    assert window.project.venues.get(venue_id).city == "Silkeborg C"
    assert window.undo_action.text() == "&Undo: city of JYSK Park Silkeborg → Silkeborg C"
    window.undo_action.trigger()
    settle_edits(qtbot, window)
    assert window.project.venues.get(venue_id).city == "Silkeborg"
    assert page.editor.form.widget("city").text() == "Silkeborg"
    window.redo_action.trigger()
    settle_edits(qtbot, window)
    assert window.project.venues.get(venue_id).city == "Silkeborg C"
    shortcuts = [k.toString() for k in window.redo_action.shortcuts()]
    assert "Ctrl+Shift+Z" in shortcuts
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"


def test_delete_a_venue_and_undo_brings_it_back_with_its_event(qtbot, window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page = window.venues_page
    venue_id = _venue_id(window.project, "Gate21")
    page.select(venue_id)
    page.delete_button.click()
    settle_edits(qtbot, window)
    assert [v.name for v in window.project.venues.all()] == [
        "Egedal Rådhus",
        "JYSK Park",
        "Ringsted Kongrescenter",
    ]
    window.undo_action.trigger()
    settle_edits(qtbot, window)
    venue = window.project.venues.get(venue_id)
    assert venue.name == "Gate21" and len(venue.parking_zones) == 3
    assert page.current_id() == venue_id


def test_new_venue_is_added_and_selected(qtbot, window):
    page = window.venues_page
    page.new_button.click()
    settle_edits(qtbot, window)
    assert page.current_record().name == "New venue"
    assert len(window.project.venues.all()) == 5
    window.undo_action.trigger()
    settle_edits(qtbot, window)
    assert len(window.project.venues.all()) == 4


def test_search_filters_the_venue_list(qtbot, window):
    page = window.venues_page
    qtbot.keyClicks(page.search, "2620")
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 0).data() == "Gate21"


def test_two_venues_at_one_address_are_flagged(qtbot, window):
    page = window.venues_page
    page.new_button.click()
    settle_edits(qtbot, window)
    _type_into(qtbot, page.editor.form.widget("name"), "Gate 21 (annex)")
    _type_into(qtbot, page.editor.form.widget("street"), "Liljens Kvarter 2")
    _type_into(qtbot, page.editor.form.widget("postal_code"), "2620")
    settle_edits(qtbot, window)
    assert page.editor.banner.isVisible()
    assert "Same address as: Gate21" in page.editor.banner.text()


def test_venue_less_event_says_so(qtbot, window):
    page = window.events_page
    event = next(e for e in window.project.events.all() if e.date == dt.date(2016, 2, 4))
    page.select(event.id)
    assert page.editor.venue_label.text() == "This event has no venue yet."
    row = page.list_model.row_of(event.id)
    assert page.list_model.index(row, page.list_model.VENUE).data() == "No venue"


def test_choosing_a_venue_offers_its_rooms_and_layouts(qtbot, window):
    page = window.events_page
    event = next(e for e in window.project.events.all() if e.date == dt.date(2016, 2, 4))
    page.select(event.id)
    venue_combo = page.editor.form.widget("venue_id")
    venue_combo.setCurrentIndex(venue_combo.findData(_venue_id(window.project, "Gate21")))
    venue_combo.activated.emit(venue_combo.currentIndex())
    settle_edits(qtbot, window)
    assert window.project.events.get(event.id).venue_id == _venue_id(window.project, "Gate21")
    rooms = page.editor.form.widget("room_id")
    assert [rooms.itemText(i) for i in range(rooms.count())] == [
        "No room chosen",
        "Eksempellokale",
        "Eksempellokale 2",
    ]


def test_recent_files_and_window_state_are_remembered(qtbot, window, settings, sample_path):
    assert settings.value("lastFile") == str(sample_path.resolve())
    window.nav.setCurrentRow(1)
    window.resize(1111, 777)
    window.close()
    again = MainWindow(Project.open(sample_path), settings)
    qtbot.addWidget(again)
    assert again.nav.currentRow() == 1
    assert again.recent.paths()[0] == str(sample_path.resolve())
    assert again.recent_menu.actions()[0].text().endswith(sample_path.name)


def test_about_shows_version_and_licences(qtbot, window):
    from app import __version__
    from app.ui.about_dialog import AboutDialog

    dialog = AboutDialog(window)
    qtbot.addWidget(dialog)
    assert f"Venueplan {__version__}" in dialog.findChildren(QLabel)[0].text()
    browser = dialog.findChild(QTextBrowser, "licences")
    assert "LGPL-3.0-only" in browser.toPlainText() and "openpyxl" in browser.toPlainText()
