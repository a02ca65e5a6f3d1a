"""The capacity view: numbers a coordinator reads, updated when registrations change."""

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from sample_rooms import place_in_example_rooms
from test_capacity_report import add_kickoff_registrations

from app.ui.capacity_view import CapacityView
from app.ui.quota_table_model import QuotaTableModel, QuotaViolationModel
from app.ui.workers import active_workers


@pytest.fixture
def sample_path(sample_path):
    """The sample with its events in the venues' example rooms (tests/sample_rooms.py)."""
    place_in_example_rooms(sample_path)
    return sample_path


class Registrations(QObject):
    """Stands in for the registration table's owner, which the lead connects to the view."""

    registrations_changed = Signal(int)


def kickoff_id(project):
    return next(e.id for e in project.events.all() if e.title.startswith("Kickoff"))


@pytest.fixture
def view(qtbot, sample_project):
    widget = CapacityView(sample_project)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    yield widget
    qtbot.waitUntil(lambda: active_workers() == 0)


def show_event(qtbot, view, event_id):
    with qtbot.waitSignal(view.report_shown, timeout=10000):
        view.set_event(event_id)


def test_empty_until_an_event_is_chosen(view):
    assert view.message.isVisible() and "Choose an event" in view.message.text()


def test_kickoff_without_registrations(qtbot, english_ui, view, sample_project):
    show_event(qtbot, view, kickoff_id(sample_project))
    assert view.title.text() == "Kickoff-møde om Rammeaftale 2025-2026"
    assert "Eksempellokale, Ringsted Kongrescenter · Cabaret" in view.subtitle.text()
    assert "0 registered · 0 waitlisted · 0 cancelled · 360 seats, 360 free" in view.headline.text()
    assert (view.bar.registered, view.bar.waitlisted, view.bar.capacity) == (0, 0, 360)
    assert not view.warnings.isVisible()
    assert view.quota_empty.isVisible() and not view.quota_table.isVisible()
    assert "Repræsentanter fra handicapråd: 2 per organisation" in view.quota_empty.text()
    assert "08:45 Morgenkaffe med brød</b>: 0 people" in view.catering.text()


def test_updates_live_when_registrations_are_imported(qtbot, english_ui, view, sample_project):
    source = Registrations()
    source.registrations_changed.connect(view.refresh)
    event_id = kickoff_id(sample_project)
    show_event(qtbot, view, event_id)
    add_kickoff_registrations(sample_project)  # as an import would
    with qtbot.waitSignal(view.report_shown, timeout=10000):
        source.registrations_changed.emit(event_id)
    assert (view.bar.registered, view.bar.waitlisted, view.bar.capacity) == (42, 1, 360)
    assert (
        "42 registered · 1 waitlisted · 1 cancelled · 360 seats, 318 free" in view.headline.text()
    )
    assert "⚠ Registrations over an invitee group quota: 4." in view.warnings.text()
    assert view.warnings.isVisible() and view.quota_table.isVisible()
    model = view.quota_model
    rows = {
        (model.index(r, 0).data(), model.index(r, 1).data().split()[-1]): r
        for r in range(model.rowCount())
    }
    over_row = rows[("Køge Kommune", "børneområdet")]
    assert [model.index(over_row, c).data() for c in range(2, 5)] == [4, 2, 2]
    assert model.index(over_row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert (
        model.index(rows[("Roskilde Kommune", "fagchefer")], QuotaTableModel.QUOTA).data()
        == "no limit"
    )
    violations = view.violation_model
    assert violations.rowCount() == 4 and view.violation_table.isVisible()
    assert {violations.index(r, QuotaViolationModel.REASON).data() for r in range(4)} == {
        "No. 3, quota 2",
        "No. 4, quota 2",
    }
    assert "Arriving by car: 9; needing accessible parking: 0." in view.parking.text()
    assert "42 people" in view.catering.text() and "vegetarian:\u00a01" in view.catering.text()
    assert "Need a wheelchair space: 1; wheelchair spaces in the room: 0." in view.access.text()


def test_a_change_to_another_event_does_not_recount(qtbot, view, sample_project):
    show_event(qtbot, view, kickoff_id(sample_project))
    view.refresh(kickoff_id(sample_project) - 1)
    assert active_workers() == 0


def test_many_changes_in_a_row_end_with_the_latest_numbers(qtbot, view, sample_project):
    event_id = kickoff_id(sample_project)
    show_event(qtbot, view, event_id)
    add_kickoff_registrations(sample_project)
    for _ in range(5):
        view.refresh(event_id)
    qtbot.waitUntil(lambda: view.bar.registered == 42 and active_workers() == 0, timeout=10000)
    assert not view._running


def test_event_without_room_says_so(qtbot, view, sample_project):
    show_event(qtbot, view, 2)
    assert "capacity unknown" in view.headline.text()
    assert "No room is chosen, so the capacity is unknown." in view.warnings.text()
    assert "no room is chosen" in view.access.text()
    assert "This event has no invitee groups." in view.quota_empty.text()


def test_a_missing_event_is_a_message_not_a_crash(qtbot, view):
    with qtbot.waitSignal(view.failed, timeout=10000) as blocker:
        view.set_event(999)
    assert blocker.args == ["There is no event with id 999."]
    assert "There is no event with id 999." in view.message.text() and view.message.isVisible()


@pytest.mark.parametrize("model_class", [QuotaTableModel, QuotaViolationModel])
def test_models_pass_the_model_tester(qtmodeltester, sample_project, model_class):
    from app.services.capacity_report import build_report

    add_kickoff_registrations(sample_project)
    report = build_report(sample_project, kickoff_id(sample_project))
    model = model_class()
    model.set_rows(report.quotas if model_class is QuotaTableModel else report.quota_violations)
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)


def test_another_project_starts_with_no_event(qtbot, view, sample_project):
    show_event(qtbot, view, kickoff_id(sample_project))
    view.set_project(sample_project)
    assert view.report is None and view.message.isVisible()
