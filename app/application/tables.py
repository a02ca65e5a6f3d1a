"""Table plans as commands: make one, move a person, and take either back."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from ..domain.table_plan import SeatRule, TablePlan
from ..services import table_plans
from ..storage import ConflictError
from .base import Result
from .transaction import Tx


def _same(a: TablePlan | None, b: TablePlan | None) -> bool:
    if a is None or b is None:
        return a is b
    return (a.table_count, a.seats_per_table, a.tables, a.fixed, a.facilitators) == (
        b.table_count,
        b.seats_per_table,
        b.tables,
        b.fixed,
        b.facilitators,
    )


@dataclass
class RestoreTablePlan:
    """Put a plan back as it was (None: no plan), if it is still as `expected`."""

    event_id: int
    plan: TablePlan | None
    expected: TablePlan | None

    def run(self, tx: Tx) -> Result:
        current = tx.tables.get(self.event_id)
        if not _same(current, self.expected):
            raise ConflictError(
                "The table plan was changed in another window since; it was not put back."
            )
        if self.plan is None:
            tx.tables.remove(self.event_id)
        else:
            tx.tables.save(self.plan)
        tx.changed("table_plan", self.event_id, self.event_id)
        return Result(
            value=self.plan,
            inverse=RestoreTablePlan(self.event_id, copy.deepcopy(current), self.plan),
        )


@dataclass
class MakeTablePlan:
    """Seat everyone afresh; fixed seats, facilitators and together/apart rules given here
    join those of the plan before."""

    event_id: int
    tables: int
    seats: int
    seed: int | None = None
    fixed: dict[int, int] = field(default_factory=dict)
    facilitators: list[int] = field(default_factory=list)
    rules: list[SeatRule] = field(default_factory=list)

    def run(self, tx: Tx) -> Result:
        before = tx.tables.get(self.event_id)
        plan = table_plans.make_plan(
            tx,
            self.event_id,
            self.tables,
            self.seats,
            self.seed,
            fixed=self.fixed,
            facilitators=self.facilitators,
            rules=self.rules,
        )
        tx.changed("table_plan", self.event_id, self.event_id)
        return Result(
            value=plan,
            inverse=RestoreTablePlan(self.event_id, before, copy.deepcopy(plan)),
        )


@dataclass
class MoveToTable:
    """One person to a table by hand (their seat is then fixed), or off the plan."""

    event_id: int
    registration_id: int
    table: int | None

    def run(self, tx: Tx) -> Result:
        before = tx.tables.get(self.event_id)
        plan = table_plans.move_person(tx, self.event_id, self.registration_id, self.table)
        tx.changed("table_plan", self.event_id, self.event_id, [self.registration_id])
        return Result(
            value=plan,
            inverse=RestoreTablePlan(self.event_id, before, copy.deepcopy(plan)),
        )


@dataclass
class SetFacilitator:
    event_id: int
    registration_id: int
    on: bool

    def run(self, tx: Tx) -> Result:
        before = tx.tables.get(self.event_id)
        plan = table_plans.set_facilitator(tx, self.event_id, self.registration_id, self.on)
        tx.changed("table_plan", self.event_id, self.event_id, [self.registration_id])
        return Result(
            value=plan,
            inverse=RestoreTablePlan(self.event_id, before, copy.deepcopy(plan)),
        )
