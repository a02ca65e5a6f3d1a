"""Edit > Undo takes back hand changes to registrations, waiting list included, and redoes them."""

import pytest
from PySide6.QtWidgets import QDialog
from registration_exports import MSFORMS_EN, write_xlsx

from app.domain import RegistrationStatus
from app.ui.edit_history import EditHistory
from app.ui.registration_dialog import RegistrationDialog
from app.ui.registrations_view import RegistrationsView
from app.ui.workers import active_workers

R, W, C = RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED, RegistrationStatus.CANCELLED
EVENT = 1


@pytest.fixture
def view(qtbot, sample_project, tmp_path):
    event = sample_project.events.get(EVENT)
    event.capacity_limit = 2
    sample_project.events.save(event)
    edits = EditHistory()
    edits.set_project(sample_project)
    widget = RegistrationsView(sample_project, history=edits)
    qtbot.addWidget(widget)
    widget.edits = edits
    widget.set_event(EVENT)
    settle(qtbot, widget)
    widget.import_files([write_xlsx(tmp_path / "t.xlsx", MSFORMS_EN)])
    settle(qtbot, widget)
    yield widget
    qtbot.waitUntil(lambda: active_workers() == 0, timeout=10000)


def settle(qtbot, view):
    qtbot.waitUntil(
        lambda: not view.is_busy() and not view.edits.is_busy() and active_workers() == 0,
        timeout=15000,
    )


def undo_text(view) -> str:
    step = view.edits.history.undo_step()
    return step.label if step is not None else ""


def stored(project):
    return {r.name: (r.id, r.status) for r in project.registrations.for_event(EVENT)}


def test_undoing_a_bulk_cancel_puts_the_waiting_list_back(qtbot, view, sample_project):
    start = stored(sample_project)
    assert {n: s for n, (_, s) in start.items()} == {"Anna Berg": R, "Bo Holm": R, "Cia Lund": W}
    view.table.selectRow(0)  # Anna Berg
    view.set_selected_status(C)
    settle(qtbot, view)
    assert stored(sample_project)["Cia Lund"][1] == R  # moved up
    assert undo_text(view) == "Set 1 registration(s) to Cancelled"
    view.edits.undo()
    settle(qtbot, view)
    assert stored(sample_project) == start
    assert {r.name: r.status for r in view.model.registrations()}["Cia Lund"] == W
    view.edits.redo()
    settle(qtbot, view)
    after = stored(sample_project)
    assert (after["Anna Berg"][1], after["Cia Lund"][1]) == (C, R)
    log = [m for _, m in sample_project.registrations.log_entries(EVENT)]
    assert log[-2:] == [
        "Undone: Set 1 registration(s) to Cancelled",
        "Redone: Set 1 registration(s) to Cancelled",
    ]


def test_a_deleted_person_comes_back_with_the_same_id(qtbot, view, sample_project):
    start = stored(sample_project)
    view.table.selectRow(1)  # Bo Holm
    view.delete_selected()
    settle(qtbot, view)
    assert "Bo Holm" not in stored(sample_project)
    view.edits.undo()
    settle(qtbot, view)
    assert stored(sample_project) == start
    assert view.model.rowCount() == 3
    view.edits.redo()
    settle(qtbot, view)
    assert "Bo Holm" not in stored(sample_project) and view.model.rowCount() == 2


def test_adding_and_editing_by_hand_undo_in_turn(qtbot, view, sample_project, monkeypatch):
    start = stored(sample_project)

    def new_person(dialog):
        dialog.full_name.setText("Dorte Ny")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RegistrationDialog, "exec", new_person)
    view.add_registration()
    settle(qtbot, view)
    assert stored(sample_project)["Dorte Ny"][1] == W  # the event is full
    anna_row = next(
        i for i in range(view.model.rowCount()) if view.model.registration(i).name == "Anna Berg"
    )

    def new_phone(dialog):
        dialog.phone.setText("+45 11 22 33 44")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RegistrationDialog, "exec", new_phone)
    view.table.selectRow(view.proxy.mapFromSource(view.model.index(anna_row, 0)).row())
    view.edit_current()
    settle(qtbot, view)
    phone = {r.name: r.phone for r in sample_project.registrations.for_event(EVENT)}
    assert phone["Anna Berg"] == "+45 11 22 33 44"
    assert undo_text(view) == "Edit Anna Berg"
    view.edits.undo()
    settle(qtbot, view)
    phone = {r.name: r.phone for r in sample_project.registrations.for_event(EVENT)}
    assert phone["Anna Berg"] == ""
    assert undo_text(view) == "Add Dorte Ny"
    view.edits.undo()
    settle(qtbot, view)
    assert stored(sample_project) == start


def test_an_undo_never_overwrites_what_an_import_changed_since(
    qtbot, view, sample_project, tmp_path
):
    """Undoing an edit after a newer export changed the same person would put the old
    details back over the import's: the step is refused, saying what changed, and stays.
    An export that only moved people to a new file is no conflict: that undo goes through."""
    view.table.selectRow(1)  # Bo Holm
    view.set_selected_status(C)
    settle(qtbot, view)
    cancelled_in_source = stored(sample_project)["Bo Holm"]
    view.import_files([write_xlsx(tmp_path / "t(2).xlsx", MSFORMS_EN)])  # the same again
    settle(qtbot, view)
    view.edits.undo()
    settle(qtbot, view)
    assert stored(sample_project)["Bo Holm"][1] == R
    view.edits.redo()
    settle(qtbot, view)
    assert stored(sample_project)["Bo Holm"] == cancelled_in_source
    rows = [list(row) for row in MSFORMS_EN]
    municipality = rows[0].index("Municipality")
    bo = next(r for r in rows[1:] if "Bo Holm" in r)
    bo[municipality] = "Greve"
    view.import_files([write_xlsx(tmp_path / "t(3).xlsx", rows)])
    settle(qtbot, view)
    view.edits.undo()
    settle(qtbot, view)
    now = {r.name: r for r in sample_project.registrations.for_event(EVENT)}
    assert now["Bo Holm"].organisation == "Greve"
    assert (now["Bo Holm"].id, now["Bo Holm"].status) == cancelled_in_source
    assert view.notice.text().startswith(
        "“Set 1 registration(s) to Cancelled” was not undone: Bo Holm: organisation is now "
        "Greve — changed since"
    )
    assert undo_text(view) == "Set 1 registration(s) to Cancelled"  # the step stays
