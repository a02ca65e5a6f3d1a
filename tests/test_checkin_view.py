"""The check-in window at the door, driven by keys as a coordinator would, and two doors."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.domain import Event, Registration, RegistrationStatus
from app.storage import Project
from app.ui.checkin_view import CheckinView


@pytest.fixture
def project_path(tmp_path):
    path = tmp_path / "door.venueplan"
    with Project.create(path) as project:
        event = project.events.add(Event(title="Dialogmøde om sundhed", capacity_limit=3))
        project.registrations.add_many(
            [
                Registration(
                    event_id=event.id,
                    first_name="Søren",
                    last_name="Ærø",
                    organisation="Egedal Kommune",
                    invitee_group="Politikere",
                ),
                Registration(
                    event_id=event.id,
                    first_name="Anne",
                    last_name="Holm",
                    organisation="Greve Kommune",
                ),
                Registration(
                    event_id=event.id,
                    full_name="Bo Ek",
                    organisation="Køge Kommune",
                    status=RegistrationStatus.WAITLISTED,
                ),
            ]
        )
    return path


def _view(qtbot, path):
    project = Project.open(path)
    view = CheckinView(project, 1, "Dialogmøde om sundhed")
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.state is not None)
    return view, project


def _rows(view) -> list[str]:
    return [view.results.item(i).text() for i in range(view.results.count())]


def _idle(view) -> bool:
    return not view._busy


def test_type_enter_checks_in_second_enter_says_when_and_undo(qtbot, project_path, drained_pool):
    view, project = _view(qtbot, project_path)
    qtbot.keyClicks(view.search, "soren")
    assert len(_rows(view)) == 1 and _rows(view)[0].startswith("Søren Ærø")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "checked in" in view.message.text())
    qtbot.waitUntil(lambda: _idle(view))
    stored = project.registrations.get(1)
    assert stored.status == RegistrationStatus.ATTENDED and stored.checked_in_at is not None
    assert "arrived " + f"{stored.checked_in_at:%H:%M}" in _rows(view)[0]
    assert "Arrived: 1" in view.counts.text() and "Not yet arrived: 1" in view.counts.text()
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.message.text() == (
        f"Søren Ærø has already arrived, at {stored.checked_in_at:%H:%M}."
    )
    qtbot.keyClick(view.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "undone" in view.message.text())
    qtbot.waitUntil(lambda: _idle(view))
    stored = project.registrations.get(1)
    assert stored.status == RegistrationStatus.REGISTERED and stored.checked_in_at is None
    assert "Arrived: 0" in view.counts.text()
    view.close()
    project.close()


def test_arrow_keys_choose_among_the_people_found(qtbot, project_path, drained_pool):
    view, project = _view(qtbot, project_path)
    qtbot.keyClicks(view.search, "kommune")
    assert len(_rows(view)) == 3
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    chosen = view.selected_id()
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _idle(view) and "checked in" in view.message.text())
    assert project.registrations.get(chosen).status == RegistrationStatus.ATTENDED
    view.close()
    project.close()


def test_a_walk_in_typed_in_one_line_is_checked_in_and_counted(qtbot, project_path, drained_pool):
    view, project = _view(qtbot, project_path)
    assert "Seats taken: 2 of 3" in view.counts.text() and "Waiting list: 1" in view.counts.text()
    qtbot.keyClicks(view.walk_in, "Kim Larsen, Roskilde Kommune, Politikere")
    qtbot.keyClick(view.walk_in, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "walk-in" in view.message.text())
    qtbot.waitUntil(lambda: _idle(view) and "Walk-ins: 1" in view.counts.text())
    assert "Arrived: 1" in view.counts.text() and "Expected: 2" in view.counts.text()
    assert "Seats taken: 3 of 3" in view.counts.text()
    assert view.walk_in.text() == ""
    kim = [r for r in project.registrations.for_event(1) if r.name == "Kim Larsen"][0]
    assert kim.walk_in and kim.organisation == "Roskilde Kommune"
    assert kim.invitee_group == "Politikere"
    assert "walk-in, arrived" in _rows(view)[0]
    assert "over capacity" not in view.counts.text()
    # A second walk-in takes a seat the room does not have: the door is told.
    qtbot.keyClicks(view.walk_in, "Ida Holm")
    qtbot.keyClick(view.walk_in, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _idle(view) and "Walk-ins: 2" in view.counts.text())
    assert "Seats taken: 4 of 3" in view.counts.text() and "1 over capacity" in view.counts.text()
    assert "Waiting list: 1" in view.counts.text()  # nobody moved up into a seat
    view.undo_button.click()
    qtbot.waitUntil(lambda: _idle(view) and "Walk-ins: 1" in view.counts.text())
    view.undo_button.click()
    qtbot.waitUntil(lambda: _idle(view) and "Walk-ins: 0" in view.counts.text())
    assert "Kim Larsen" not in [r.name for r in project.registrations.for_event(1)]
    view.close()
    project.close()


def test_two_windows_on_one_file_see_each_others_check_ins(qtbot, project_path, drained_pool):
    door_a, project_a = _view(qtbot, project_path)
    door_b, project_b = _view(qtbot, project_path)
    qtbot.keyClicks(door_b.search, "anne")
    assert "arrived" not in _rows(door_b)[0]
    qtbot.keyClicks(door_a.search, "anne")
    qtbot.keyClick(door_a.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "checked in" in door_a.message.text())
    # Door B learns of it from the file by itself, within a few seconds.
    qtbot.waitUntil(lambda: "arrived" in _rows(door_b)[0], timeout=6000)
    assert "Arrived: 1" in door_b.counts.text()
    # Enter at door B now tells when Anne arrived at door A, and changes nothing.
    qtbot.keyClick(door_b.search, Qt.Key.Key_Return)
    assert "Anne Holm has already arrived, at" in door_b.message.text()
    for view, project in ((door_a, project_a), (door_b, project_b)):
        qtbot.waitUntil(lambda v=view: _idle(v))
        view.close()
        project.close()


def test_the_tools_menu_opens_the_door_for_the_chosen_event(qtbot, window, drained_pool):
    event = window.events_page.list_model.records()[0]
    window.set_current_event(event.id)
    assert window.day.checkin_action.isEnabled()
    window.day.checkin_action.trigger()
    view = window.day.windows[("checkin", event.id)]
    assert view.isVisible() and view.heading.text() == event.title
    qtbot.waitUntil(lambda: view.state is not None)
    assert "Expected: 0" in view.counts.text()
    window.day.close_all()


def test_a_table_plan_made_in_another_window_shows_at_the_door(qtbot, project_path, drained_pool):
    from app.application import run
    from app.application.tables import MakeTablePlan

    door, project = _view(qtbot, project_path)
    qtbot.keyClicks(door.search, "anne")
    assert "Table" not in _rows(door)[0]
    with Project.open(project_path) as other:
        plan = run(other, MakeTablePlan(1, 2, 2)).value
    anne = next(i for i, r in door.people.items() if r.name == "Anne Holm")
    qtbot.waitUntil(lambda: f"Table {plan.tables[anne]}" in _rows(door)[0], timeout=6000)
    door.close()
    project.close()


def test_f11_gives_the_door_the_whole_screen(qtbot, project_path, drained_pool):
    door, project = _view(qtbot, project_path)
    qtbot.keyClick(door.search, Qt.Key.Key_F11)
    assert door.isFullScreen()
    qtbot.keyClick(door.search, Qt.Key.Key_Escape)
    assert not door.isFullScreen()
    door.close()
    project.close()


def test_two_laptops_hear_each_others_check_ins_through_the_change_feed(
    qtbot, project_path, drained_pool
):
    from app.application import run
    from app.application.tables import MakeTablePlan
    from app.ui.change_feed import ChangeFeed

    doors = []
    for _ in range(2):  # two laptops: each its own connection to the file and its own feed
        project = Project.open(project_path)
        feed = ChangeFeed(project)
        door = CheckinView(project, 1, "Dialogmøde om sundhed", feed=feed)
        qtbot.addWidget(door)
        door.show()
        qtbot.waitUntil(lambda d=door: d.state is not None and not d._busy)
        assert not door.timer.isActive()  # the feed reads the changes, no poll of its own
        doors.append((door, project, feed))
    (door_a, project_a, _), (door_b, project_b, _) = doors
    qtbot.keyClicks(door_b.search, "soren")
    qtbot.keyClicks(door_a.search, "soren")
    qtbot.keyClick(door_a.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "arrived" in _rows(door_b)[0], timeout=5000)
    assert "Arrived: 1" in door_b.counts.text()
    run(project_a, MakeTablePlan(1, 2, 2))  # a plan made at door A's laptop
    qtbot.waitUntil(lambda: "Table" in _rows(door_b)[0], timeout=5000)
    for door, project, feed in doors:
        feed.stop()
        qtbot.waitUntil(lambda d=door: not d._busy)
        door.close()
        project.close()
