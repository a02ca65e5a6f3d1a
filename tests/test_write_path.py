"""The application layer: one transaction per command, change records, undo that checks."""

from __future__ import annotations

import copy

import pytest
from registration_exports import write_csv

from app.application import run
from app.application.history import History
from app.application.imports import import_file, import_prepared, snapshot
from app.application.records import SaveRecord
from app.application.registrations import AddRegistration, EditRegistration, SetStatus
from app.domain import Registration, RegistrationStatus, SeatingLayout
from app.services.registration_import import choose_for_file
from app.storage import ConflictError, Project
from app.storage.change_repo import latest, since


def _room_capacity(project, seats: int, venue_id: int = 1):
    before = project.venues.get(venue_id)
    after = copy.deepcopy(before)
    after.rooms[0].capacities[SeatingLayout.THEATRE] = seats
    return run(project, SaveRecord("venue", venue_id, before, after))


def test_a_save_appends_a_change_record_and_says_what_changed(any_sample_project):
    sample_project = any_sample_project
    with sample_project.engine.connect() as conn:
        start = latest(conn)
    result = _room_capacity(sample_project, 150)
    with sample_project.engine.connect() as conn:
        records = since(conn, start)
    assert [(c.aggregate, c.aggregate_id) for c in records] == [("venue", 1)]
    assert records[0].origin == sample_project.session_id
    (change,) = result.differences
    assert (change.subject, change.field, change.old, change.new) == (
        "Byrådssalen",
        "capacity",
        "120",
        "150",
    )


def test_twenty_edits_undo_to_the_original_and_redo_forward(any_sample_project):
    sample_project = any_sample_project
    history = History()
    for seats in range(121, 141):
        history.record("capacity", "venue", 1, _room_capacity(sample_project, seats))
    assert len(history) == 20
    while history.undo(any_sample_project):
        pass
    room = sample_project.venues.get(1).rooms[0]
    assert room.capacities[SeatingLayout.THEATRE] == 120
    while history.redo(any_sample_project):
        pass
    assert sample_project.venues.get(1).rooms[0].capacities[SeatingLayout.THEATRE] == 140


def test_an_undo_over_another_windows_change_is_refused_and_stays(any_sample_project):
    sample_project = any_sample_project
    history = History()
    history.record("capacity", "venue", 1, _room_capacity(sample_project, 150))
    with Project.open(sample_project.location) as other:
        _room_capacity(other, 180)
    with pytest.raises(ConflictError, match="capacity of Byrådssalen is now 180, not 150"):
        history.undo(any_sample_project)
    assert history.undo_step() is not None  # still there
    with Project.open(sample_project.location) as other:
        _room_capacity(other, 150)  # the other window puts it back
    history.undo(any_sample_project)
    assert sample_project.venues.get(1).rooms[0].capacities[SeatingLayout.THEATRE] == 120


def test_a_registration_edit_over_a_newer_one_is_refused(any_sample_project):
    sample_project = any_sample_project
    added = run(sample_project, AddRegistration(1, Registration(first_name="Åse", email="a@x.dk")))
    person = added.value.changed[0]
    shown = copy.deepcopy(sample_project.registrations.get(person.id))
    run(sample_project, SetStatus(1, [person.id], RegistrationStatus.CANCELLED))
    mine = copy.deepcopy(shown)
    mine.dietary = "vegetar"
    with pytest.raises(ConflictError):
        run(sample_project, EditRegistration(mine, shown))
    assert sample_project.registrations.get(person.id).status == RegistrationStatus.CANCELLED


def test_an_import_keeps_a_hand_edit_made_meanwhile_and_reports_it(any_sample_project, tmp_path):
    sample_project = any_sample_project
    first = [
        ["Navn", "E-mail", "Status"],
        ["Anna Berg", "anna@x.dk", ""],
        ["Bo Holm", "bo@x.dk", ""],
    ]
    import_file(sample_project, 1, write_csv(tmp_path / "a.csv", first))
    seen = snapshot(sample_project, 1)  # the second import begins here
    anna = next(r for r in sample_project.registrations.for_event(1) if r.name == "Anna Berg")
    changed = copy.deepcopy(anna)
    changed.organisation = "Egedal Kommune"  # a colleague types it in meanwhile
    run(sample_project, EditRegistration(changed, anna))
    newer = [
        ["Navn", "E-mail", "Kommune"],
        ["Anna Berg", "anna@x.dk", "Furesø Kommune"],
        ["Bo Holm", "bo@x.dk", "Greve Kommune"],
    ]
    table, plan = choose_for_file(sample_project, write_csv(tmp_path / "b.csv", newer))
    summary = import_prepared(sample_project, 1, table, plan, seen)
    assert summary.conflicts == ["Anna Berg"]
    assert "1 changed elsewhere meanwhile and kept as they were: Anna Berg" in summary.line()
    people = {r.name: r for r in sample_project.registrations.for_event(1)}
    assert people["Anna Berg"].organisation == "Egedal Kommune"
    assert people["Bo Holm"].organisation == "Greve Kommune"
