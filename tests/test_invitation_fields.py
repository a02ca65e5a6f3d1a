"""The invitation's event fields: stored, migrated from older files, edited in the editor."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit

from app.domain import Attachment, Event
from app.storage import Project, ProjectError
from app.ui.main_window import MainWindow

DATA = Path(__file__).parent / "data"


def test_letter_price_channel_and_attachments_survive_a_reopen(tmp_path):
    path = tmp_path / "p.venueplan"
    with Project.create(path) as project:
        event = project.events.add(
            Event(
                title="Temamøde",
                letter_salutation="Kære udvalgsmedlemmer",
                letter_body="Første afsnit.\n\nAndet afsnit.",
                letter_closing="Med venlig hilsen",
                price="500 kr. ekskl. moms",
                free_of_charge=False,
                programme_preliminary=True,
                registration_channel="til sekretariatet",
                attachments=[Attachment("Uddybende om Rammeaftale Sjælland", "www.rs17.dk")],
            )
        )
    with Project.open(path) as project:
        stored = project.events.get(event.id)
    assert stored.letter_body == "Første afsnit.\n\nAndet afsnit."
    assert (stored.price, stored.free_of_charge, stored.programme_preliminary) == (
        "500 kr. ekskl. moms",
        False,
        True,
    )
    assert stored.registration_channel == "til sekretariatet"
    assert stored.attachments == [Attachment("Uddybende om Rammeaftale Sjælland", "www.rs17.dk")]


def test_a_version_1_file_gets_empty_invitation_fields(tmp_path):
    path = tmp_path / "old.venueplan"
    shutil.copy(DATA / "project_v1.venueplan", path)
    with Project.open(path) as project:
        event = project.events.get(1)
        assert (event.letter_body, event.price, event.registration_channel) == ("", "", "")
        assert (event.free_of_charge, event.programme_preliminary, event.attachments) == (
            False,
            False,
            [],
        )
        event.free_of_charge = True
        project.events.save(event)
        assert project.events.get(1).free_of_charge is True


def test_damaged_attachments_are_one_line_naming_the_column(tmp_path):
    path = tmp_path / "p.venueplan"
    with Project.create(path) as project:
        project.events.add(Event(title="E"))
    with sqlite3.connect(path) as conn:
        conn.execute("""UPDATE events SET attachments = '[{"label": 3}]'""")
    with Project.open(path) as project, pytest.raises(ProjectError, match="events.attachments"):
        project.events.all()


def _type_into(qtbot, line_edit: QLineEdit, text: str) -> None:
    line_edit.setFocus()
    line_edit.selectAll()
    qtbot.keyClicks(line_edit, text)
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)


def test_the_event_editor_stores_the_new_fields(qtbot, sample_path, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Project.open(sample_path), settings)
    qtbot.addWidget(window)
    window.show()
    page = window.events_page
    window.nav.setCurrentRow(1)
    kickoff = next(e.id for e in window.project.events.all() if e.title.startswith("Kickoff"))
    page.select(kickoff)
    form = page.editor.form
    _type_into(qtbot, form.widget("registration_channel"), "til sekretariatet")
    _type_into(qtbot, form.widget("price"), "Gratis for kommunerne")
    _type_into(qtbot, form.widget("letter_salutation"), "Kære alle")
    form.widget("programme_preliminary").click()
    table = page.editor.attachments
    table.add_button.click()
    model = table.model
    model.setData(model.index(model.rowCount() - 1, 1), "www.example.dk")
    window.close()
    with Project.open(sample_path) as project:
        event = project.events.get(kickoff)
    assert event.registration_channel == "til sekretariatet"
    assert event.price == "Gratis for kommunerne"
    assert event.letter_salutation == "Kære alle"
    assert event.programme_preliminary is True
    assert event.attachments[-1].url == "www.example.dk"
