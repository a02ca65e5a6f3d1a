"""Seating people at tables for table discussions: organisations spread, invitee groups mixed.

Reproducible: the same people, tables, fixed seats and seed give the same plan. Fixed seats
stay where the coordinator put them; people who must sit together form one unit; people
who must sit apart are never put at one table while another table has room; one
facilitator goes to each table before any table gets a second.

The plan is made greedily, hardest people first (largest units, then the organisations
with most people), each to the table where they add the fewest same-organisation and
same-group neighbours; then swaps between tables remove what the greedy pass left.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from .quotas import organisation_key
from .registration import Registration
from .table_plan import SeatRule, SeatRuleKind

# A neighbour from one's own organisation weighs more than one from one's own group: the
# brief is "as few from one municipality at a table as the numbers allow", then the mix.
ORG_WEIGHT = 10
GROUP_WEIGHT = 3
APART_WEIGHT = 1000


@dataclass(frozen=True)
class Guest:
    """What the plan needs to know of a person."""

    id: int
    organisation: str  # a key: spellings of one organisation are one
    group: str

    @classmethod
    def of(cls, r: Registration) -> Guest:
        if r.id is None:
            raise ValueError("Only stored registrations can be seated.")
        return cls(
            r.id, organisation_key(r.organisation), " ".join(r.invitee_group.casefold().split())
        )


@dataclass
class Seating:
    """The result: table per person id (from 1), and those who found no seat."""

    tables: dict[int, int] = field(default_factory=dict)
    unseated: list[int] = field(default_factory=list)


class _Tables:
    """Who sits where, with the counts the costs are read from."""

    def __init__(self, count: int, seats: int):
        self.count = count
        self.seats = seats
        self.people: list[list[Guest]] = [[] for _ in range(count + 1)]  # index 0 unused
        self.orgs: list[Counter[str]] = [Counter() for _ in range(count + 1)]
        self.groups: list[Counter[str]] = [Counter() for _ in range(count + 1)]

    def free(self, table: int) -> int:
        return self.seats - len(self.people[table])

    def add(self, table: int, guest: Guest) -> None:
        self.people[table].append(guest)
        if guest.organisation:
            self.orgs[table][guest.organisation] += 1
        if guest.group:
            self.groups[table][guest.group] += 1

    def remove(self, table: int, guest: Guest) -> None:
        self.people[table].remove(guest)
        if guest.organisation:
            self.orgs[table][guest.organisation] -= 1
        if guest.group:
            self.groups[table][guest.group] -= 1

    def cost(
        self, table: int, guest: Guest, apart: dict[int, set[int]], where: dict[int, int]
    ) -> int:
        """What seating `guest` at `table` adds: neighbours of their organisation and group,
        and anyone they must sit apart from."""
        cost = 0
        if guest.organisation:
            cost += ORG_WEIGHT * self.orgs[table][guest.organisation]
        if guest.group:
            cost += GROUP_WEIGHT * self.groups[table][guest.group]
        for other in apart.get(guest.id, ()):
            if where.get(other) == table:
                cost += APART_WEIGHT
        return cost


def _units(guests: list[Guest], rules: Iterable[SeatRule]) -> list[list[Guest]]:
    """People who must sit together joined into one unit (union-find over the rules)."""
    parent = {g.id: g.id for g in guests}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for rule in rules:
        if (
            rule.kind == SeatRuleKind.TOGETHER
            and rule.first_id in parent
            and rule.second_id in parent
        ):
            parent[root(rule.first_id)] = root(rule.second_id)
    units: dict[int, list[Guest]] = {}
    for g in guests:
        units.setdefault(root(g.id), []).append(g)
    return list(units.values())


def _apart(rules: Iterable[SeatRule]) -> dict[int, set[int]]:
    apart: dict[int, set[int]] = {}
    for rule in rules:
        if rule.kind == SeatRuleKind.APART:
            apart.setdefault(rule.first_id, set()).add(rule.second_id)
            apart.setdefault(rule.second_id, set()).add(rule.first_id)
    return apart


def assign_tables(
    guests: Iterable[Guest],
    table_count: int,
    seats_per_table: int,
    *,
    fixed: dict[int, int] | None = None,
    facilitators: Iterable[int] = (),
    rules: Iterable[SeatRule] = (),
    seed: int = 0,
) -> Seating:
    """Seat `guests` at `table_count` tables of `seats_per_table` seats.

    `fixed` maps a person to the table they were placed at by hand; such a seat never
    moves. ValueError (one line) when the tables are too few for the fixed seats.
    """
    if table_count < 1 or seats_per_table < 1:
        raise ValueError("A table plan needs at least one table with at least one seat.")
    guests = sorted(set(guests), key=lambda g: g.id)
    fixed = {i: t for i, t in (fixed or {}).items() if i in {g.id for g in guests}}
    for table in fixed.values():
        if not 1 <= table <= table_count:
            raise ValueError(
                f"Table {table} of a fixed seat is not among the {table_count} tables."
            )
    rules = list(rules)
    facilitators = set(facilitators)
    apart = _apart(rules)
    tables = _Tables(table_count, seats_per_table)
    where: dict[int, int] = {}
    rng = random.Random(seed)
    units = _units(guests, rules)
    # Fixed units first, exactly where they were put.
    loose: list[list[Guest]] = []
    for unit in units:
        pinned = sorted({fixed[g.id] for g in unit if g.id in fixed})
        if not pinned:
            loose.append(unit)
            continue
        for g in unit:
            table = fixed.get(g.id, pinned[0])
            tables.add(table, g)
            where[g.id] = table
    for table in range(1, table_count + 1):
        if tables.free(table) < 0:
            raise ValueError(
                f"Table {table} has more fixed seats ({len(tables.people[table])}) than "
                f"its {seats_per_table} seats."
            )
    # Then the hardest: facilitators (one a table), large units, the largest organisations.
    org_size = Counter(g.organisation for g in guests if g.organisation)
    rng.shuffle(loose)
    loose.sort(
        key=lambda u: (
            not any(g.id in facilitators for g in u),
            -len(u),
            -max((org_size[g.organisation] for g in u if g.organisation), default=0),
        )
    )
    unseated: list[int] = []
    for unit in loose:
        leads = sum(1 for g in unit if g.id in facilitators)

        def unit_cost(
            table: int, unit: list[Guest] = unit, leads: int = leads
        ) -> tuple[int, int, int, int]:
            already = sum(1 for g in tables.people[table] if g.id in facilitators)
            cost = sum(tables.cost(table, g, apart, where) for g in unit)
            # Spread facilitators before all else; then the mix; then fill evenly.
            return (already * leads, cost, len(tables.people[table]), table)

        open_tables = [t for t in range(1, table_count + 1) if tables.free(t) >= len(unit)]
        if not open_tables:
            unseated.extend(g.id for g in unit)
            continue
        best = min(open_tables, key=unit_cost)
        for g in unit:
            tables.add(best, g)
            where[g.id] = best
    _improve(tables, where, apart, set(fixed) | _in_units(units), facilitators)
    return Seating(dict(sorted(where.items())), sorted(unseated))


def _in_units(units: list[list[Guest]]) -> set[int]:
    """People in a together-unit of two or more: they move as one, so swaps leave them."""
    return {g.id for u in units if len(u) > 1 for g in u}


def _improve(
    tables: _Tables,
    where: dict[int, int],
    apart: dict[int, set[int]],
    frozen: set[int],
    facilitators: set[int],
) -> None:
    """Swap pairs of people between tables while a swap lowers the cost (at most a few
    rounds, so 500 people stay well within a second)."""
    for _round in range(4):
        better = False
        for a_table in range(1, tables.count + 1):
            for a in list(tables.people[a_table]):
                if a.id in frozen or a.id in facilitators:
                    continue
                tables.remove(a_table, a)
                del where[a.id]
                stay = tables.cost(a_table, a, apart, where)
                if stay == 0:  # nothing to gain: no neighbour of their kind here
                    tables.add(a_table, a)
                    where[a.id] = a_table
                    continue
                best: tuple[int, int, Guest | None] = (0, 0, None)
                for b_table in range(1, tables.count + 1):
                    if b_table == a_table:
                        continue
                    gain_move = stay - tables.cost(b_table, a, apart, where)
                    if gain_move <= 0:
                        continue
                    if tables.free(b_table) > 0 and len(tables.people[b_table]) <= len(
                        tables.people[a_table]
                    ):
                        # A plain move that also keeps the tables even.
                        if gain_move > best[0]:
                            best = (gain_move, b_table, None)
                        continue
                    for b in tables.people[b_table]:
                        if b.id in frozen or b.id in facilitators:
                            continue
                        gain = _swap_gain(tables, a, a_table, b, b_table, apart, where, stay)
                        if gain > best[0]:
                            best = (gain, b_table, b)
                if best[2] is not None:
                    b, b_table = best[2], best[1]
                    tables.remove(b_table, b)
                    tables.add(a_table, b)
                    where[b.id] = a_table
                    tables.add(b_table, a)
                    where[a.id] = b_table
                    better = True
                elif best[0] > 0:
                    tables.add(best[1], a)
                    where[a.id] = best[1]
                    better = True
                else:
                    tables.add(a_table, a)
                    where[a.id] = a_table
        if not better:
            return


def _swap_gain(
    tables: _Tables,
    a: Guest,
    a_table: int,
    b: Guest,
    b_table: int,
    apart: dict[int, set[int]],
    where: dict[int, int],
    a_stay: int,
) -> int:
    """How much the cost falls if `a` (already lifted from a_table) and `b` change places."""
    tables.remove(b_table, b)
    del where[b.id]
    b_stay = tables.cost(b_table, b, apart, where)
    a_moved = tables.cost(b_table, a, apart, where)
    b_moved = tables.cost(a_table, b, apart, where)
    tables.add(b_table, b)
    where[b.id] = b_table
    return (a_stay + b_stay) - (a_moved + b_moved)


def same_organisation_pairs(guests: Iterable[Guest], tables: dict[int, int]) -> int:
    """Pairs of people from one organisation at one table: the figure mixing lowers."""
    count: Counter[tuple[int, str]] = Counter(
        (tables[g.id], g.organisation) for g in guests if g.id in tables and g.organisation
    )
    return sum(n * (n - 1) // 2 for n in count.values())


def random_seating(
    guests: Iterable[Guest], table_count: int, seats: int, seed: int
) -> dict[int, int]:
    """A shuffled, evenly filled seating: what mixing is measured against."""
    people = sorted(guests, key=lambda g: g.id)
    random.Random(seed).shuffle(people)
    capacity = table_count * seats
    return {g.id: i % table_count + 1 for i, g in enumerate(people[:capacity])}


def seat_walk_in(
    guest: Guest, people: Iterable[Guest], tables: dict[int, int], table_count: int, seats: int
) -> int | None:
    """The table for someone who came on the day: among tables with a free seat, the one
    where they add the fewest same-organisation and same-group neighbours, and of those
    the one with most room. None when every seat is taken."""
    plan = _Tables(table_count, seats)
    for g in people:
        table = tables.get(g.id)
        if table is not None and 1 <= table <= table_count and g.id != guest.id:
            plan.add(table, g)
    open_tables = [t for t in range(1, table_count + 1) if plan.free(t) > 0]
    if not open_tables:
        return None
    return min(open_tables, key=lambda t: (plan.cost(t, guest, {}, {}), -plan.free(t), t))
