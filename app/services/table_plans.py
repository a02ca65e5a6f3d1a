"""Table plans of an event: making one, moving a person, seating a walk-in, reading it out."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..domain import Registration, RegistrationStatus
from ..domain.door_list import door_list
from ..domain.table_assignment import (
    Guest,
    assign_tables,
    random_seating,
    same_organisation_pairs,
    seat_walk_in,
)
from ..domain.table_plan import SeatRule, TablePlan
from ..storage import Store

# Who gets a seat: people with a place who may still come (not no-shows, not the list).
_SEATED = (RegistrationStatus.REGISTERED, RegistrationStatus.ATTENDED)


def seated_people(registrations: list[Registration]) -> list[Registration]:
    return [r for r in door_list(registrations) if r.status in _SEATED]


@dataclass(frozen=True)
class PlanSummary:
    """A plan with the people in it, for printing and for the command line."""

    plan: TablePlan
    people: dict[int, Registration]
    unseated: list[int]
    pairs: int  # same-organisation pairs at a table
    random_pairs: int  # the same figure for a random seating of the same people

    def table(self, number: int) -> list[Registration]:
        """The people at table `number`, facilitators first, then in list order."""
        order = {rid: i for i, rid in enumerate(self.people)}
        at = [self.people[i] for i in self.plan.at_table(number) if i in self.people]
        return sorted(
            at, key=lambda r: (r.id not in self.plan.facilitators, order.get(r.id or 0, 0))
        )


def summarise(plan: TablePlan, registrations: list[Registration]) -> PlanSummary:
    people = {r.id: r for r in seated_people(registrations) if r.id is not None}
    guests = [Guest.of(r) for r in people.values()]
    seated = {i: t for i, t in plan.tables.items() if i in people}
    return PlanSummary(
        plan,
        people,
        [i for i in people if i not in seated],
        same_organisation_pairs(guests, seated),
        same_organisation_pairs(
            guests, random_seating(guests, plan.table_count, plan.seats_per_table, plan.seed)
        ),
    )


def make_plan(
    project: Store,
    event_id: int,
    table_count: int,
    seats_per_table: int,
    seed: int | None = None,
    *,
    fixed: dict[int, int] | None = None,
    facilitators: Iterable[int] = (),
    rules: Iterable[SeatRule] = (),
) -> TablePlan:
    """Seat the event's people afresh at `table_count` tables, keeping the fixed seats,
    facilitators and together/apart rules of the plan before, with `fixed`, `facilitators`
    and `rules` added to them; stored at once. ValueError (one line) for a person who is
    not among those to seat."""
    project.events.get(event_id)  # NotFoundError for an unknown event
    before = project.tables.get(event_id)
    people = seated_people(project.registrations.for_event(event_id))
    ids = {r.id for r in people}
    plan = TablePlan(
        event_id,
        table_count,
        seats_per_table,
        seed if seed is not None else (before.seed if before else 0),
    )
    if before is not None:
        plan.fixed = {i for i in before.fixed if i in ids and i in before.tables}
        plan.facilitators = {i for i in before.facilitators if i in ids}
        plan.rules = [r for r in before.rules if r.first_id in ids and r.second_id in ids]
    pinned = {i: before.tables[i] for i in plan.fixed} if before else {}
    fixed, facilitators, rules = dict(fixed or {}), list(facilitators), list(rules)
    named = [*fixed, *facilitators, *(i for r in rules for i in (r.first_id, r.second_id))]
    for person in named:
        if person not in ids:
            raise ValueError(
                f"Registration {person} is not among the people to seat at event {event_id} "
                "(registered or checked in)."
            )
    pinned.update(fixed)
    plan.fixed |= set(fixed)
    plan.facilitators |= set(facilitators)
    plan.rules += [r for r in rules if r not in plan.rules]
    seating = assign_tables(
        [Guest.of(r) for r in people],
        table_count,
        seats_per_table,
        fixed=pinned,
        facilitators=plan.facilitators,
        rules=plan.rules,
        seed=plan.seed,
    )
    plan.tables = seating.tables
    project.tables.save(plan)
    return plan


def move_person(
    project: Store, event_id: int, registration_id: int, table: int | None
) -> TablePlan:
    """Put one person at `table` by hand (None: take them off the plan); the seat is then
    fixed, so making the plan again keeps it."""
    plan = project.tables.get(event_id)
    if plan is None:
        raise ValueError("The event has no table plan yet.")
    if table is None:
        plan.tables.pop(registration_id, None)
        plan.fixed.discard(registration_id)
    else:
        if not 1 <= table <= plan.table_count:
            raise ValueError(f"There is no table {table} (the plan has {plan.table_count}).")
        if plan.tables.get(registration_id) != table and plan.free_seats(table) <= 0:
            raise ValueError(f"Table {table} is full ({plan.seats_per_table} seats).")
        plan.tables[registration_id] = table
        plan.fixed.add(registration_id)
    project.tables.save(plan)
    return plan


def seat_arrival(project: Store, event_id: int, person: Registration) -> int | None:
    """Seat someone who arrived without a seat in the plan (a walk-in, someone from the
    waiting list) at the table with most room that keeps the mix; None when the event has
    no plan or every seat is taken. Someone seated already keeps their table."""
    plan = project.tables.get(event_id)
    if plan is None or person.id is None:
        return None
    if person.id in plan.tables:
        return plan.tables[person.id]
    people = seated_people(project.registrations.for_event(event_id))
    table = seat_walk_in(
        Guest.of(person),
        [Guest.of(r) for r in people],
        plan.tables,
        plan.table_count,
        plan.seats_per_table,
    )
    if table is not None:
        plan.tables[person.id] = table
        project.tables.save(plan)
    return table


def set_facilitator(project: Store, event_id: int, registration_id: int, on: bool) -> TablePlan:
    """Mark (or unmark) a person as a table's facilitator; making the plan again spreads the
    facilitators one to a table."""
    plan = project.tables.get(event_id)
    if plan is None:
        raise ValueError("The event has no table plan yet.")
    if on:
        plan.facilitators.add(registration_id)
    else:
        plan.facilitators.discard(registration_id)
    project.tables.save(plan)
    return plan
