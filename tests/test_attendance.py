"""Attendance after the meeting: the Attended column, the measured no-show rate, and a new
event of the same kind starting from it."""

from __future__ import annotations

import datetime as dt
import re

import openpyxl
from edit_waits import settle_edits
from pypdf import PdfReader

from app.domain import Event, EventKind, Registration, RegistrationStatus
from app.domain.attendance import measured_no_show_rate
from app.services import checkin
from app.services.attendance import learned_rates, measured_events
from app.services.document_pdf import write_pdf
from app.services.excel import write_event_workbook
from app.services.participant_list import participant_list_for

DIALOGUE = 1  # the sample's dialogue meeting of 30 April 2024
NINE = dt.datetime(2024, 4, 30, 15, 52)


def _ten_people(project, event_id: int) -> list[Registration]:
    people = [
        Registration(
            event_id=event_id,
            first_name=f"Deltager{i}",
            last_name="Holm",
            organisation="Greve Kommune",
        )
        for i in range(10)
    ]
    project.registrations.add_many(people)
    return people


def _take_attendance(project, event_id: int, came: int) -> list[Registration]:
    people = _ten_people(project, event_id)
    for r in people[:came]:
        checkin.check_in_person(project, event_id, r.id, now=NINE)
    checkin.add_walk_in(project, event_id, "Kim Larsen", "KL", now=NINE)
    return people


def test_the_measured_rate_leaves_walk_ins_and_the_waiting_list_out():
    people = [Registration(status=RegistrationStatus.ATTENDED) for _ in range(6)]
    people += [Registration(status=RegistrationStatus.REGISTERED) for _ in range(3)]
    people += [Registration(status=RegistrationStatus.NO_SHOW)]
    people += [Registration(status=RegistrationStatus.ATTENDED, walk_in=True) for _ in range(5)]
    people += [Registration(status=RegistrationStatus.WAITLISTED) for _ in range(4)]
    assert measured_no_show_rate(people) == 0.4
    # Nobody checked in: no attendance was taken, so nothing is measured.
    assert measured_no_show_rate([Registration() for _ in range(5)]) is None


def test_the_workbook_has_an_attended_column_and_the_real_no_show_rate(
    any_sample_project, tmp_path
):
    sample_project = any_sample_project
    people = _take_attendance(sample_project, DIALOGUE, came=8)
    path = tmp_path / "dialog.xlsx"
    write_event_workbook(sample_project, DIALOGUE, path)
    book = openpyxl.load_workbook(path)
    sheet = book["Deltagere"]
    rows = list(sheet.iter_rows(values_only=True))
    head = next(i for i, row in enumerate(rows) if row and "Navn" in row)
    columns = rows[head]
    attended = {row[columns.index("Navn")]: row[columns.index("Mødt")] for row in rows[head + 1 :]}
    assert attended[people[0].name] == "Ja, kl. 15.52"
    assert attended[people[9].name] == "Nej"  # the meeting is over: never checked in
    assert attended["Kim Larsen"] == "Ja, kl. 15.52 (uanmeldt)"
    overview = {
        row[0]: row[1] for row in book["Oversigt"].iter_rows(values_only=True) if row and row[0]
    }
    assert overview["Mødt op"] == 9 and overview["Heraf uanmeldte"] == 1
    assert overview["Målt udeblivelse"] == "20 %"


def test_a_workbook_without_attendance_has_no_attended_column(any_sample_project, tmp_path):
    sample_project = any_sample_project
    _ten_people(sample_project, DIALOGUE)
    path = tmp_path / "dialog.xlsx"
    write_event_workbook(sample_project, DIALOGUE, path)
    book = openpyxl.load_workbook(path)
    values = {v for row in book["Deltagere"].iter_rows(values_only=True) for v in row}
    assert "Mødt" not in values
    assert "Målt udeblivelse" not in {
        row[0] for row in book["Oversigt"].iter_rows(values_only=True)
    }


def test_the_participant_list_says_who_came(qapp, any_sample_project, tmp_path):
    sample_project = any_sample_project
    people = _take_attendance(sample_project, DIALOGUE, came=8)
    path = tmp_path / "list.pdf"
    write_pdf(participant_list_for(sample_project, DIALOGUE, sign_in=False), path)
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(path).pages))
    assert "Mødt" in text
    assert f"{people[0].name} Greve Kommune" in text and "Ja, kl. 15.52" in text
    assert re.search(rf"{people[9].name} Greve Kommune .*?Nej", text)
    assert text.count("Nej") == 2


def test_a_new_event_of_the_same_kind_starts_from_the_last_measured_rate(any_sample_project):
    sample_project = any_sample_project
    _take_attendance(sample_project, DIALOGUE, came=8)
    # An older dialogue meeting measured 50 %: the later one is the one learned from.
    older = sample_project.events.add(
        Event(title="Dialogmøde 2023", kind=EventKind.DIALOGUE_MEETING, date=dt.date(2023, 3, 1))
    )
    for i, r in enumerate(_ten_people(sample_project, older.id)):
        if i % 2:
            checkin.check_in_person(sample_project, older.id, r.id, now=NINE)
    today = dt.date(2026, 12, 2)
    measured = {m.event_id: m.no_show_rate for m in measured_events(sample_project, today)}
    assert measured == {DIALOGUE: 0.2, older.id: 0.5}
    learned = learned_rates(sample_project, today)
    assert learned[EventKind.DIALOGUE_MEETING].event_id == DIALOGUE
    assert learned[EventKind.DIALOGUE_MEETING].no_show_rate == 0.2
    assert EventKind.CONFERENCE not in learned
    # Measured only once the meeting is over.
    assert (
        learned_rates(sample_project, dt.date(2024, 4, 30)).get(EventKind.DIALOGUE_MEETING).event_id
        == older.id
    )


def test_choosing_the_kind_of_a_new_event_offers_the_learned_rate(qtbot, window):
    project = window.project
    people = _ten_people(project, DIALOGUE)
    for r in people[:7]:
        checkin.check_in_person(project, DIALOGUE, r.id, now=NINE)
    page = window.events_page
    window.nav.setCurrentRow(1)
    page.reload()
    page.new_button.click()
    settle_edits(qtbot, window)
    new_id = page.current_id()
    editor = page.editor
    kind = editor.form.widget("kind")
    kind.setCurrentIndex(kind.findData(EventKind.DIALOGUE_MEETING))
    kind.activated.emit(kind.currentIndex())
    settle_edits(qtbot, window)
    assert project.events.get(new_id).no_show_rate == 0.3
    assert "30 %" in editor.no_show_hint.text()
    assert editor.form.widget("no_show_rate").value() == 30
