"""Check-in at the door: finding people forgivingly, checking in, undo, walk-ins, two doors."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.cli import main
from app.domain import Event, Registration, RegistrationStatus
from app.domain.checkin import DoorCounts, door_counts, parse_walk_in
from app.domain.people_search import PeopleIndex, fold
from app.services import checkin
from app.storage import ConflictError, Project

NINE = dt.datetime(2026, 3, 5, 9, 12, 40)


@pytest.fixture
def door(tmp_path):
    path = tmp_path / "door.venueplan"
    with Project.create(path) as project:
        event = project.events.add(Event(title="Dialogmøde", capacity_limit=4))
        project.registrations.add_many(
            [
                Registration(
                    event_id=event.id,
                    first_name="Søren",
                    last_name="Ærø",
                    organisation="Egedal Kommune",
                ),
                Registration(
                    event_id=event.id,
                    first_name="Anne",
                    last_name="Aabenraa",
                    organisation="Greve Kommune",
                ),
                Registration(
                    event_id=event.id, first_name="José", last_name="Nielsen", organisation="KL"
                ),
                Registration(
                    event_id=event.id,
                    full_name="Bo Ek",
                    organisation="Køge Kommune",
                    status=RegistrationStatus.WAITLISTED,
                ),
            ]
        )
        yield project, event.id


def _people(project, event_id):
    return {r.name: r for r in project.registrations.for_event(event_id)}


def test_folding_forgives_danish_letters_accents_and_case():
    assert fold("Søren") == fold("soren") == fold("SOEREN")
    assert fold("Ærø") == fold("aeroe") == fold("AERO")
    assert fold("Åbenrå") == fold("aabenraa")
    assert fold("José") == fold("jose")
    assert fold(fold("Anne-Mette Ørsted")) == fold("Anne-Mette Ørsted")


def test_finding_by_a_few_letters_of_name_or_organisation(door):
    project, event_id = door
    people = project.registrations.for_event(event_id)
    index = PeopleIndex(people)
    names = {r.id: r.name for r in people}
    assert [names[i] for i in index.find("soren")] == ["Søren Ærø"]
    assert [names[i] for i in index.find("aeroe")] == ["Søren Ærø"]
    assert [names[i] for i in index.find("aabenraa")] == ["Anne Aabenraa"]
    assert [names[i] for i in index.find("jose niel")] == ["José Nielsen"]
    assert [names[i] for i in index.find("greve")] == ["Anne Aabenraa"]
    assert [names[i] for i in index.find("koge")] == ["Bo Ek"]
    assert index.find("zzz") == [] and index.find("  ") == []


def test_a_name_beginning_with_the_letters_comes_before_one_containing_them():
    people = [
        Registration(id=1, first_name="Hanne", last_name="Bo"),
        Registration(id=2, first_name="Bo", last_name="Hansen"),
        Registration(id=3, first_name="Carl", organisation="Bornholm"),
    ]
    assert PeopleIndex(people).find("bo") == [2, 1, 3]


def test_check_in_second_time_says_when_and_undo_puts_it_back(door):
    project, event_id = door
    soren = _people(project, event_id)["Søren Ærø"]
    result = checkin.check_in_person(project, event_id, soren.id, now=NINE)
    assert not result.already
    stored = project.registrations.get(soren.id)
    assert stored.status == RegistrationStatus.ATTENDED
    assert stored.checked_in_at == NINE.replace(microsecond=0)
    again = checkin.check_in_person(project, event_id, soren.id, now=NINE + dt.timedelta(hours=1))
    assert again.already and again.registration.checked_in_at == NINE
    checkin.undo_check_in(project, event_id, result)
    stored = project.registrations.get(soren.id)
    assert stored.status == RegistrationStatus.REGISTERED and stored.checked_in_at is None
    log = [message for _at, message in project.registrations.log_entries(event_id)]
    assert log[-2:] == ["Søren Ærø checked in at 09:12.", "Søren Ærø: check-in undone."]


def test_counts_follow_check_ins_and_walk_ins(door):
    project, event_id = door
    people = _people(project, event_id)
    assert door_counts(people.values()) == DoorCounts(0, 3, 0, 3)
    checkin.check_in_person(project, event_id, people["Anne Aabenraa"].id, now=NINE)
    walk = checkin.add_walk_in(project, event_id, "Kim Larsen", "Roskilde Kommune", "Politikere")
    state = checkin.door_state(project, event_id)
    c = state.counts
    assert (c.arrived, c.expected, c.walk_ins, c.not_arrived) == (2, 3, 1, 2)
    assert walk.walk_in and walk.status == RegistrationStatus.ATTENDED
    stored = project.registrations.get(walk.id)
    assert (stored.first_name, stored.last_name, stored.organisation, stored.invitee_group) == (
        "Kim",
        "Larsen",
        "Roskilde Kommune",
        "Politikere",
    )
    # The walk-in takes the last of the 4 seats: Bo Ek stays on the waiting list.
    assert state.capacity == 4 and state.seats_taken == 4 and state.waitlisted == 1
    checkin.undo_walk_in(project, event_id, stored)
    assert "Kim Larsen" not in _people(project, event_id)


def test_a_walk_in_is_typed_in_one_line():
    assert parse_walk_in("Kim Larsen, Roskilde Kommune, Politikere") == (
        "Kim Larsen",
        "Roskilde Kommune",
        "Politikere",
    )
    assert parse_walk_in("Kim Larsen") == ("Kim Larsen", "", "")
    assert parse_walk_in(" , KL") is None


def test_two_doors_on_one_file_neither_overwrites_the_other(door, tmp_path):
    project, event_id = door
    soren = _people(project, event_id)["Søren Ærø"]
    before = project.checkins.fingerprint(event_id)
    with Project.open(project.path) as other_door:
        first = checkin.check_in_person(other_door, event_id, soren.id, now=NINE)
        assert not first.already
    assert project.checkins.fingerprint(event_id) != before
    # The first door then tries the same person: the other door's time stands.
    second = checkin.check_in_person(
        project, event_id, soren.id, now=NINE + dt.timedelta(minutes=5)
    )
    assert second.already and second.registration.checked_in_at == NINE
    # The other door's undo after someone changed the person here is refused.
    changed = project.registrations.get(soren.id)
    changed.checked_in_at = NINE + dt.timedelta(minutes=1)
    project.registrations.update(changed)
    with Project.open(project.path) as other_door, pytest.raises(ConflictError):
        checkin.undo_check_in(other_door, event_id, first)


def test_cli_checks_in_the_one_match_or_lists_them(door, capsys):
    project, event_id = door
    path = str(project.path)
    assert main(["checkin", path, "--event", str(event_id), "kommune"]) == 1
    out, err = capsys.readouterr()
    assert "Søren Ærø (Egedal Kommune)" in out and "Anne Aabenraa" in out
    assert "3 people match 'kommune'" in err
    assert main(["checkin", path, "--event", str(event_id), "soeren"]) == 0
    out, _ = capsys.readouterr()
    assert out.startswith("Søren Ærø (Egedal Kommune) checked in at ")
    assert main(["checkin", path, "--event", str(event_id), "soren"]) == 0
    assert "had already arrived at" in capsys.readouterr().out
    assert main(["checkin", path, "--event", str(event_id), "nobody"]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    assert main(["checkin", path, "--event", "99", "soren"]) == 1


@given(st.lists(st.text(alphabet="aeøo hnsrt", max_size=6), max_size=12))
def test_a_search_typed_letter_by_letter_finds_what_a_fresh_search_finds(queries):
    people = [
        Registration(id=i, first_name=first, last_name=last, organisation=org)
        for i, (first, last, org) in enumerate(
            [
                ("Søren", "Ærø", "Egedal"),
                ("Mette", "Hansen", "Greve"),
                ("Mette", "Hoe", "Køge"),
                ("Anne", "Aabenraa", "Sorø"),
                ("Tor", "Østerå", "Roskilde"),
                ("Hans", "Tott", "Hørsholm"),
            ],
            start=1,
        )
    ]
    typing = PeopleIndex(people)
    for query in queries:
        for end in range(len(query) + 1):
            assert typing.find(query[:end]) == PeopleIndex(people).find(query[:end])


def test_the_list_command_shows_arrivals_walk_ins_and_tables(door, capsys):
    import json

    from app.application import run
    from app.application.tables import MakeTablePlan

    project, event_id = door
    soren = _people(project, event_id)["Søren Ærø"]
    checkin.check_in_person(project, event_id, soren.id, now=NINE)
    checkin.add_walk_in(project, event_id, "Kim Larsen", "KL", now=NINE)
    plan = run(project, MakeTablePlan(event_id, 2, 3)).value
    argv = ["list", str(project.path), "registrations", "--event", str(event_id), "--json"]
    assert main(argv) == 0
    rows = {r["name"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["Søren Ærø"]["checked_in_at"] == "2026-03-05T09:12:40"
    assert rows["Søren Ærø"]["table"] == plan.tables[soren.id]
    assert rows["Kim Larsen"]["walk_in"] is True and rows["Anne Aabenraa"]["walk_in"] is False
    assert rows["Bo Ek"]["table"] is None  # on the waiting list: no seat


def test_someone_an_import_marked_as_attended_is_not_checked_in_again(door, capsys):
    project, event_id = door
    anne = _people(project, event_id)["Anne Aabenraa"]
    anne.status = RegistrationStatus.ATTENDED  # as a check-in app's export says, no time
    project.registrations.update(anne)
    result = checkin.check_in_person(project, event_id, anne.id, now=NINE)
    assert result.already and project.registrations.get(anne.id).checked_in_at is None
    assert main(["checkin", str(project.path), "--event", str(event_id), "aabenraa"]) == 0
    assert capsys.readouterr().out == "Anne Aabenraa (Greve Kommune) had already arrived.\n"
