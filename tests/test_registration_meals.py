"""A known export's extra columns: named in the summary, mappable after all, and a yes/no
column mapped to a meal makes catering count only those who said yes."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.domain import CateringItem
from app.domain.catering import catering_counts
from app.services.registration_import import import_file
from app.ui.column_mapping_dialog import ColumnMappingDialog
from app.ui.registrations_view import RegistrationsView
from app.ui.workers import active_workers
from tests.registration_exports import write_csv

GOOGLE_WITH_DINNER = [
    ["Timestamp", "Email Address", "Full name", "Municipality", "Deltager i middag?", "Hilsen"],
    ["4/2/2024 9:15:32", "anna.berg@egedal.dk", "Anna Berg", "Egedal", "Ja", ""],
    ["4/3/2024 10:01:09", "bo.holm@greve.dk", "Bo Holm", "Greve", "Nej", "Vi ses"],
    ["4/4/2024 11:20:00", "cia.lund@koege.dk", "Cia Lund", "Køge", "Ja", ""],
]


@pytest.fixture
def dinner_event(sample_project):
    event = sample_project.events.get(1)
    event.catering = [CateringItem(name="Kaffe"), CateringItem(name="Middag")]
    sample_project.events.save(event)
    return sample_project.events.get(1)


@pytest.fixture
def view(qtbot, sample_project, dinner_event):
    widget = RegistrationsView(sample_project)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    yield widget
    qtbot.waitUntil(lambda: active_workers() == 0, timeout=10000)


def _settle(qtbot, view):
    qtbot.waitUntil(lambda: not view.is_busy() and active_workers() == 0, timeout=15000)


def test_extra_columns_are_named_and_a_dinner_column_is_mapped_to_the_meal(
    qtbot, view, sample_project, tmp_path, monkeypatch
):
    view.set_event(1)
    _settle(qtbot, view)
    view.import_files([write_csv(tmp_path / "Tilmelding.csv", GOOGLE_WITH_DINNER)])
    _settle(qtbot, view)
    assert view.notice.text().startswith("Tilmelding.csv (Google Forms): 3 added")
    assert view.notice.text().endswith("not imported: “Deltager i middag?”, “Hilsen”")
    assert view.remap_button.isVisible()
    event = sample_project.events.get(1)
    people = sample_project.registrations.for_event(1)
    assert [c.registered for c in catering_counts(event, people)] == [3, 3]

    offered = []

    def choose(dialog):
        combo = dialog.combos[4]
        offered.extend(combo.itemText(i) for i in range(combo.count()))
        dialog.set_field(4, "meal:Middag")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ColumnMappingDialog, "exec", choose)
    qtbot.mouseClick(view.remap_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, view)
    assert "Takes part in: Kaffe" in offered and "Takes part in: Middag" in offered
    assert view.notice.text().startswith("Tilmelding.csv (Google Forms): 0 added, 3 updated")
    assert view.notice.text().endswith("not imported: “Hilsen”")
    people = sample_project.registrations.for_event(1)
    assert {r.name: r.meal_answers for r in people} == {
        "Anna Berg": {"Middag": True},
        "Bo Holm": {"Middag": False},
        "Cia Lund": {"Middag": True},
    }
    coffee, dinner = catering_counts(sample_project.events.get(1), people)
    assert (coffee.registered, dinner.registered) == (3, 2)  # Bo said no to the dinner


def test_meal_answers_survive_reopening_and_a_reimport_keeps_them(sample_path, tmp_path):
    from app.services import column_layouts
    from app.storage import Project

    path = write_csv(tmp_path / "Tilmelding.csv", GOOGLE_WITH_DINNER)
    with Project.open(sample_path) as project:
        event = project.events.get(1)
        event.catering = [CateringItem(name="Middag")]
        project.events.save(event)
        mapping = ["registered_at", "email", "full_name", "organisation", "meal:Middag", None]
        column_layouts.remember(project, GOOGLE_WITH_DINNER[0], mapping)
        import_file(project, 1, path)
    with Project.open(sample_path) as project:
        answers = {r.name: r.meal_answers for r in project.registrations.for_event(1)}
        assert answers["Bo Holm"] == {"Middag": False}
        dinner = catering_counts(project.events.get(1), project.registrations.for_event(1))[0]
        assert dinner.registered == 2


def test_a_question_about_lunch_is_not_taken_for_dietary_needs():
    from app.services.registration_import.fields import field_for_heading

    assert field_for_heading("Deltager i frokost?") is None  # left out, and so named
    assert field_for_heading("Har du særlige kosthensyn?") == "dietary"
    assert field_for_heading("Kost") == "dietary"
    assert field_for_heading("Særlig kost eller allergi") == "dietary"


def test_the_cli_summary_names_the_columns_left_out(sample_project, tmp_path):
    path = write_csv(tmp_path / "Tilmelding.csv", GOOGLE_WITH_DINNER)
    line = import_file(sample_project, 1, path).line()
    assert line.endswith('; not imported: "Deltager i middag?", "Hilsen"')
