"""Table plans: how many tables with how many seats, who sits where, and the fixed seats."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class SeatRuleKind(StrEnum):
    TOGETHER = "together"
    APART = "apart"


@dataclass(frozen=True)
class SeatRule:
    """Two people who must sit at one table, or at different ones."""

    kind: SeatRuleKind
    first_id: int
    second_id: int


@dataclass
class TablePlan:
    """An event's plan. `tables` maps a registration id to its table number (from 1);
    `fixed` are seats placed by hand, kept when the plan is made again; `facilitators`
    are spread one to a table."""

    event_id: int
    table_count: int
    seats_per_table: int
    seed: int = 0
    tables: dict[int, int] = field(default_factory=dict)
    fixed: set[int] = field(default_factory=set)
    facilitators: set[int] = field(default_factory=set)
    rules: list[SeatRule] = field(default_factory=list)

    def at_table(self, table_no: int) -> list[int]:
        return [rid for rid, t in self.tables.items() if t == table_no]

    def free_seats(self, table_no: int) -> int:
        return self.seats_per_table - len(self.at_table(table_no))
