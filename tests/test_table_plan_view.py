"""The table plan window: making a plan, dragging a person to another table, undo, cards."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent

from app.domain import Event, Registration
from app.services.document_pdf import write_pdf
from app.services.table_cards import table_cards_for
from app.storage import Project
from app.ui.table_plan_view import MIME, TablePlanView


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "bord.venueplan"
    with Project.create(path) as project:
        event = project.events.add(Event(title="Drøftelser ved bordene"))
        towns = ["Greve", "Køge", "Roskilde"]
        project.registrations.add_many(
            [
                Registration(
                    event_id=event.id,
                    first_name=f"Person{i:02d}",
                    last_name="Holm",
                    organisation=f"{towns[i % 3]} Kommune",
                    invitee_group=["Politikere", "Embedsmænd"][i % 2],
                )
                for i in range(12)
            ]
        )
        yield project


def _names(listing) -> list[str]:
    return [listing.item(i).text().split(" · ")[0] for i in range(listing.count())]


def _view(qtbot, project):
    view = TablePlanView(project, 1, "Drøftelser ved bordene")
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: not view._busy)
    return view


def test_make_the_plan_drag_a_person_and_undo(qtbot, project, drained_pool):
    view = _view(qtbot, project)
    assert "No table plan yet" in view.status.text()
    assert view.tables.value() == 2  # 12 people, 8 seats a table by default
    view.tables.setValue(4)
    view.seats.setValue(4)
    view.make_button.click()
    qtbot.waitUntil(lambda: not view._busy and view.summary is not None)
    # 4 people from each of 3 towns at 4 tables: one of each town at every table.
    assert [view.lists[n].count() for n in (1, 2, 3, 4)] == [3, 3, 3, 3]
    assert "Same-organisation pairs at a table: 0" in view.status.text()
    moved = view.lists[1].item(0)
    person = moved.data(Qt.ItemDataRole.UserRole)
    name = moved.text().split(" · ")[0]
    # Drop the person on table 3, as a drag from table 1 ends.
    data = QMimeData()
    data.setData(MIME, str(person).encode())
    drop = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.lists[3].dropEvent(drop)
    qtbot.waitUntil(lambda: not view._busy and name in _names(view.lists[3]))
    assert project.tables.get(1).tables[person] == 3 and person in project.tables.get(1).fixed
    texts = [view.lists[3].item(i).text() for i in range(view.lists[3].count())]
    assert any(t.startswith(name) and t.endswith("(fixed)") for t in texts)
    assert view.findChild(type(view.status), "tableTitle3").text() == "Table 3 (4 of 4)"
    view.undo_button.click()
    qtbot.waitUntil(lambda: not view._busy and name in _names(view.lists[1]))
    assert project.tables.get(1).tables[person] == 1


def test_a_full_table_refuses_a_drop_with_a_message(qtbot, project, drained_pool):
    view = _view(qtbot, project)
    view.tables.setValue(3)
    view.seats.setValue(4)  # 12 people: every table full
    view.make_button.click()
    qtbot.waitUntil(lambda: not view._busy and view.summary is not None)
    person = view.lists[1].item(0).data(Qt.ItemDataRole.UserRole)
    view.move_person(person, 2)
    qtbot.waitUntil(lambda: not view._busy and "full" in view.status.text())
    assert view.status.text() == "Table 2 is full (4 seats)."
    assert project.tables.get(1).tables[person] == 1


def test_table_cards_print_each_table_with_its_names(qapp, project, tmp_path):
    from app.application import run
    from app.application.tables import MakeTablePlan

    plan = run(project, MakeTablePlan(1, 3, 4)).value
    path = tmp_path / "bordkort.pdf"
    assert write_pdf(table_cards_for(project, 1), path) == 3
    pages = [re.sub(r"\s+", " ", p.extract_text()) for p in PdfReader(path).pages]
    names = {r.id: r.name for r in project.registrations.for_event(1)}
    for number, text in enumerate(pages, start=1):
        assert text.count(f"Bord {number}") == 2  # both sides of the folded card
        for person in plan.at_table(number):
            assert text.count(names[person]) == 2
    with pytest.raises(ValueError, match="has no table plan yet"):
        project.tables.remove(1)
        table_cards_for(project, 1)


def _menu_action(view, listing, row: int, text: str):
    from PySide6.QtWidgets import QMenu

    item = listing.item(row)
    view._context_menu(listing, listing.visualItemRect(item).center())
    menu = view.findChildren(QMenu)[-1]
    action = next(a for a in menu.actions() if a.text().startswith(text))
    menu.close()
    return action


def test_two_people_kept_apart_and_a_facilitator_from_the_menu(qtbot, project, drained_pool):
    view = _view(qtbot, project)
    view.tables.setValue(4)
    view.seats.setValue(4)
    view.make_button.click()
    qtbot.waitUntil(lambda: not view._busy and view.summary is not None)
    first = view.lists[1].item(0).data(Qt.ItemDataRole.UserRole)
    second = view.lists[1].item(1).data(Qt.ItemDataRole.UserRole)
    _menu_action(view, view.lists[1], 0, "Choose for a pair").trigger()
    assert "Now right-click the person" in view.status.text()
    _menu_action(view, view.lists[1], 1, "Sit together with").trigger()
    qtbot.waitUntil(lambda: not view._busy)
    plan = project.tables.get(1)
    assert plan.tables[first] == plan.tables[second] and len(plan.rules) == 1
    row = next(i for i in range(view.lists[2].count()))
    person = view.lists[2].item(row).data(Qt.ItemDataRole.UserRole)
    _menu_action(view, view.lists[2], row, "Facilitator of the table").trigger()
    qtbot.waitUntil(lambda: not view._busy)
    assert person in project.tables.get(1).facilitators
    texts = [view.lists[2].item(i).text() for i in range(view.lists[2].count())]
    assert any(t.endswith("(facilitator)") for t in texts)


def test_print_table_cards_from_the_window_previews_the_cards(
    qtbot, window, monkeypatch, drained_pool
):
    from app.ui.print_preview import DocumentPrinter

    shown = []
    monkeypatch.setattr(DocumentPrinter, "preview", lambda self: shown.append(self.document) or 0)
    event = window.events_page.list_model.records()[0]
    window.project.registrations.add_many(
        [Registration(event_id=event.id, first_name=f"P{i}", last_name="Holm") for i in range(5)]
    )
    window.set_current_event(event.id)
    view = window.day.open_table_plan()
    qtbot.waitUntil(lambda: not view._busy)
    assert not view.cards_button.isEnabled()  # no plan, no cards
    view.tables.setValue(2)
    view.seats.setValue(3)
    view.make_button.click()
    qtbot.waitUntil(lambda: not view._busy and view.summary is not None)
    view.cards_button.click()
    assert len(shown) == 1 and shown[0].numbers == [1, 2]
    assert shown[0].title == f"{event.title} – bordkort"
    window.day.close_all()
