"""Table plans: the assignment's rules, the plan in the workbook, lists, tags and the CLI."""

from __future__ import annotations

import json
import re
from collections import Counter

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from app.application import run
from app.application.tables import MakeTablePlan, MoveToTable
from app.cli import main
from app.domain import Event, Registration
from app.domain.table_assignment import (
    Guest,
    assign_tables,
    random_seating,
    same_organisation_pairs,
    seat_walk_in,
)
from app.domain.table_plan import SeatRule, SeatRuleKind, TablePlan
from app.services.document_pdf import write_pdf
from app.services.excel import write_event_workbook
from app.services.name_tags import name_tags_for
from app.services.participant_list import participant_list_for
from app.storage import Project

GROUPS = ["Politikere", "Handicapråd", "Embedsmænd"]


def _guests(n: int, orgs: int, seed: int = 0) -> list[Guest]:
    return [Guest(i, f"kommune{(i * 7 + seed) % orgs}", GROUPS[i % 3]) for i in range(1, n + 1)]


@st.composite
def _cases(draw):
    n = draw(st.integers(1, 80))
    orgs = draw(st.integers(1, 12))
    tables = draw(st.integers(1, 12))
    seats = draw(st.integers(1, 12))
    guests = [
        Guest(i, f"org{draw(st.integers(0, orgs - 1))}", GROUPS[draw(st.integers(0, 2))])
        for i in range(1, n + 1)
    ]
    return guests, tables, seats, draw(st.integers(0, 5))


@given(_cases())
def test_no_table_over_its_seats_and_everyone_seated_while_seats_last(case):
    guests, tables, seats, seed = case
    seating = assign_tables(guests, tables, seats, seed=seed)
    per_table = Counter(seating.tables.values())
    assert all(1 <= t <= tables for t in per_table) and max(per_table.values()) <= seats
    assert len(seating.tables) == min(len(guests), tables * seats)
    assert len(seating.tables) + len(seating.unseated) == len(guests)


@given(_cases())
def test_mixing_is_never_worse_than_random(case):
    guests, tables, seats, seed = case
    if len(guests) > tables * seats:
        return  # a random seating of fewer people is no fair comparison
    ours = same_organisation_pairs(guests, assign_tables(guests, tables, seats, seed=seed).tables)
    randoms = [
        same_organisation_pairs(guests, random_seating(guests, tables, seats, k)) for k in range(10)
    ]
    assert ours <= min(randoms)


def test_organisations_spread_as_far_as_the_numbers_allow():
    # 5 municipalities of 20 at 10 tables of 10: two of each at every table is the best.
    guests = [Guest(i, f"org{i % 5}", GROUPS[i % 3]) for i in range(1, 101)]
    seating = assign_tables(guests, 10, 10, seed=3)
    assert same_organisation_pairs(guests, seating.tables) == 50
    at = Counter((seating.tables[g.id], g.organisation) for g in guests)
    assert set(at.values()) == {2}
    # Each table holds all three invitee groups.
    groups = {(seating.tables[g.id], g.group) for g in guests}
    assert all({(t, grp) for grp in GROUPS} <= groups for t in range(1, 11))


def test_the_same_input_gives_the_same_plan_and_another_seed_another():
    guests = _guests(60, 7)
    first = assign_tables(guests, 8, 8, seed=1).tables
    assert assign_tables(list(reversed(guests)), 8, 8, seed=1).tables == first
    assert assign_tables(guests, 8, 8, seed=2).tables != first


def test_fixed_seats_facilitators_together_and_apart_are_kept():
    guests = _guests(48, 6)
    facilitators = [1, 2, 3, 4, 5, 6]
    rules = [
        SeatRule(SeatRuleKind.TOGETHER, 10, 11),
        SeatRule(SeatRuleKind.APART, 20, 21),
        SeatRule(SeatRuleKind.APART, 20, 22),
    ]
    fixed = {30: 6, 31: 6, 10: 2}
    seating = assign_tables(
        guests, 6, 8, fixed=fixed, facilitators=facilitators, rules=rules, seed=4
    )
    tables = seating.tables
    assert all(tables[i] == t for i, t in fixed.items())
    assert sorted(tables[f] for f in facilitators) == [1, 2, 3, 4, 5, 6]
    assert tables[11] == tables[10] == 2  # together, where the fixed one of them sits
    assert tables[20] not in (tables[21], tables[22])
    assert max(Counter(tables.values()).values()) <= 8


def test_fixed_seats_beyond_the_tables_are_refused_in_one_line():
    with pytest.raises(ValueError, match="Table 9 of a fixed seat is not among the 4 tables"):
        assign_tables(_guests(10, 3), 4, 4, fixed={1: 9})
    with pytest.raises(ValueError, match="Table 1 has more fixed seats"):
        assign_tables(_guests(10, 3), 4, 2, fixed={1: 1, 2: 1, 3: 1})


def test_a_walk_in_goes_to_the_table_with_most_room_that_keeps_the_mix():
    people = [Guest(1, "greve", "a"), Guest(2, "koge", "b"), Guest(3, "greve", "c")]
    tables = {1: 1, 2: 1, 3: 2}
    # Table 3 is empty (most room) and has no one from Greve: that one.
    assert seat_walk_in(Guest(9, "greve", "a"), people, tables, 3, 4) == 3
    # With two tables: table 2 has more room but a Greve neighbour; table 1 too. The one
    # without a neighbour of the same group wins.
    assert seat_walk_in(Guest(9, "greve", "c"), people, tables, 2, 4) == 1
    assert seat_walk_in(Guest(9, "x", "a"), people, {1: 1, 2: 1, 3: 1}, 1, 3) is None


@pytest.fixture
def meeting(tmp_path):
    path = tmp_path / "bord.venueplan"
    with Project.create(path) as project:
        event = project.events.add(Event(title="Fælles drøftelse"))
        towns = ["Greve", "Køge", "Roskilde", "Solrød"]
        project.registrations.add_many(
            [
                Registration(
                    event_id=event.id,
                    first_name=f"Person{i:02d}",
                    last_name="Holm",
                    organisation=f"{towns[i % 4]} Kommune",
                    invitee_group=GROUPS[i % 3],
                )
                for i in range(24)
            ]
        )
        yield project, event.id


def test_the_cli_makes_a_plan_and_prints_it(meeting, capsys):
    project, event_id = meeting
    path = str(project.path)
    argv = ["tables", path, "--event", str(event_id), "--tables", "4", "--seats", "6", "--json"]
    assert main(argv) == 0
    data = json.loads(capsys.readouterr().out)
    assert [len(t["people"]) for t in data["plan"]] == [6, 6, 6, 6]
    # 6 of each town at 4 tables: at best 2, 2, 1 and 1, so 2 pairs a town, 8 in all.
    assert data["same_organisation_pairs"] == 8
    assert data["same_organisation_pairs"] <= data["random_same_organisation_pairs"]
    assert main(["tables", path, "--event", str(event_id)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("4 tables of 6 seats, 24 people seated") and "Table 4:" in out
    assert main(["tables", path, "--event", str(event_id), "--tables", "0", "--seats", "6"]) == 1
    assert "--tables: give a whole number" in capsys.readouterr().err
    assert main(["tables", path, "--event", str(event_id), "--tables", "3"]) == 1
    assert main(["tables", path, "--event", "99", "--tables", "3", "--seats", "2"]) == 1


def test_a_seat_moved_by_hand_is_kept_when_the_plan_is_made_again(meeting):
    project, event_id = meeting
    plan = run(project, MakeTablePlan(event_id, 4, 7)).value
    person = plan.at_table(1)[0]
    run(project, MoveToTable(event_id, person, 3))
    assert project.tables.get(event_id).tables[person] == 3
    again = run(project, MakeTablePlan(event_id, 4, 7, seed=9)).value
    assert again.tables[person] == 3 and person in again.fixed
    # Undoing the remake brings the plan before it back.
    undo = run(project, MakeTablePlan(event_id, 4, 7, seed=5))
    run(project, undo.inverse)
    assert project.tables.get(event_id).tables == again.tables


def test_table_numbers_in_workbook_sign_in_sheet_lists_and_tags(qapp, meeting, tmp_path):
    project, event_id = meeting
    plan: TablePlan = run(project, MakeTablePlan(event_id, 4, 6)).value
    names = {r.id: r.name for r in project.registrations.for_event(event_id)}
    someone = plan.at_table(3)[0]
    path = tmp_path / "bord.xlsx"
    write_event_workbook(project, event_id, path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[-1] == "Bordplan"
    rows = [r for r in book["Bordplan"].iter_rows(values_only=True) if r and r[0]]
    assert rows[0][0] == "Bordplan: Fælles drøftelse"
    seated = {row[1]: row[0] for row in rows if isinstance(row[0], int)}
    assert len(seated) == 24 and seated[names[someone]] == 3
    sign_in = list(book["Fremmødeliste"].iter_rows(values_only=True))
    head = next(i for i, row in enumerate(sign_in) if row and "Bord" in row)
    col = sign_in[head].index("Bord")
    by_name = {row[1]: row[col] for row in sign_in[head + 1 :] if row and row[1]}
    assert by_name[names[someone]] == 3

    pdf = tmp_path / "indskrivning.pdf"
    write_pdf(participant_list_for(project, event_id, sign_in=True), pdf)
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(pdf).pages))
    assert "Bord" in text and re.search(rf"{names[someone]} 3 ", text)

    tags = tmp_path / "skilte.pdf"
    write_pdf(name_tags_for(project, event_id), tags)
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(tags).pages))
    assert len(re.findall(r"Bord \d", text)) == 24
    assert f"Bord 3 {names[someone]} {project.registrations.get(someone).organisation}" in text


@pytest.mark.parametrize("sheet", ["2x4", "2x5"])
def test_the_table_on_a_tag_leaves_every_other_line_whole(qapp, sample_project, tmp_path, sheet):
    from test_text_fits import LONG_TITLE, SEED_PEOPLE

    event = next(e for e in sample_project.events.all() if e.title == LONG_TITLE)
    sample_project.registrations.add_many(
        [
            Registration(event_id=event.id, first_name=f, last_name=la, organisation=o, role=r)
            for f, la, o, r in SEED_PEOPLE
        ]
    )
    run(sample_project, MakeTablePlan(event.id, 3, 4))
    document = name_tags_for(sample_project, event.id, sheet)
    write_pdf(document, tmp_path / "tags.pdf")
    assert document.texts.overflowing() == []
    tables = [d for d in document.texts.drawn if d.text.startswith("Bord ")]
    names = [
        d for d in document.texts.drawn if any(d.text == f"{p[0]} {p[1]}" for p in SEED_PEOPLE)
    ]
    assert len(tables) == len(names) == len(SEED_PEOPLE)
    for table, name in zip(tables, names, strict=True):
        assert table.needed.bottom() <= name.box.top() + 0.5  # above the name, not over it


def test_a_walk_in_is_seated_where_the_plan_has_room(meeting):
    from app.application.checkin import AddWalkIn

    project, event_id = meeting
    run(project, MakeTablePlan(event_id, 4, 7))  # 24 people, 28 seats: 6 at each table
    run(project, MoveToTable(event_id, project.tables.get(event_id).at_table(1)[0], 2))
    kim = run(project, AddWalkIn(event_id, "Kim Larsen", "Greve Kommune", "Politikere")).value
    plan = project.tables.get(event_id)
    # Tables 1 (5 people), 3 and 4 (6 each) have room; table 1 has most.
    assert plan.tables[kim.id] == 1
    assert max(Counter(plan.tables.values()).values()) <= 7


def test_someone_from_the_waiting_list_who_comes_gets_a_seat(meeting):
    from app.application.checkin import CheckIn
    from app.domain import RegistrationStatus

    project, event_id = meeting
    late = Registration(
        event_id=event_id,
        first_name="Vera",
        last_name="Venteliste",
        organisation="Køge Kommune",
        status=RegistrationStatus.WAITLISTED,
    )
    project.registrations.add_many([late])
    plan = run(project, MakeTablePlan(event_id, 4, 7)).value
    assert late.id not in plan.tables
    run(project, CheckIn(event_id, late.id))
    assert project.tables.get(event_id).tables[late.id] in (1, 2, 3, 4)


def test_the_cli_takes_facilitators_together_apart_and_fixed_seats(meeting, capsys):
    project, event_id = meeting
    path, event = str(project.path), str(event_id)
    ids = [r.id for r in project.registrations.for_event(event_id)]
    argv = ["tables", path, "--event", event, "--tables", "4", "--seats", "6", "--json"]
    argv += [arg for i in ids[:4] for arg in ("--facilitator", str(i))]
    argv += ["--together", f"{ids[4]},{ids[8]}", "--apart", f"{ids[5]}, {ids[9]}"]
    argv += ["--fix", f"{ids[10]}=4"]
    assert main(argv) == 0
    data = json.loads(capsys.readouterr().out)
    table_of = {p["id"]: t["table"] for t in data["plan"] for p in t["people"]}
    assert sorted(table_of[i] for i in ids[:4]) == [1, 2, 3, 4]
    assert all(p["facilitator"] == (p["id"] in ids[:4]) for t in data["plan"] for p in t["people"])
    assert table_of[ids[4]] == table_of[ids[8]] and table_of[ids[5]] != table_of[ids[9]]
    assert table_of[ids[10]] == 4
    # The rules stay with the plan: made again without them, they still hold.
    assert (
        main(
            [
                "tables",
                path,
                "--event",
                event,
                "--tables",
                "4",
                "--seats",
                "6",
                "--seed",
                "3",
                "--json",
            ]
        )
        == 0
    )
    again = json.loads(capsys.readouterr().out)
    table_of = {p["id"]: t["table"] for t in again["plan"] for p in t["people"]}
    assert table_of[ids[4]] == table_of[ids[8]] and table_of[ids[10]] == 4
    assert main(argv[:8] + ["--apart", "1"]) == 1
    assert "--apart: give two registration ids" in capsys.readouterr().err
    assert main(argv[:8] + ["--facilitator", "999"]) == 1
    assert "Registration 999 is not among the people to seat" in capsys.readouterr().err
