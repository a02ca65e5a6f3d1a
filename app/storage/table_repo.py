"""Reading and writing an event's table plan: its size, the seats and the seating rules."""

from __future__ import annotations

from sqlalchemy import Connection, delete, insert, select

from ..domain.table_plan import SeatRule, SeatRuleKind, TablePlan
from . import schema as s
from .bound import Connector


class TableRepository:
    def __init__(self, engine: Connector):
        self._engine = engine

    def get(self, event_id: int) -> TablePlan | None:
        """The event's plan, or None when it has none."""
        with self._engine.connect() as conn:
            head = (
                conn.execute(select(s.table_plans).where(s.table_plans.c.event_id == event_id))
                .mappings()
                .first()
            )
            if head is None:
                return None
            plan = TablePlan(event_id, head["tables"], head["seats"], head["seed"])
            for row in conn.execute(
                select(s.table_seats).where(s.table_seats.c.event_id == event_id)
            ).mappings():
                rid = row["registration_id"]
                if row["table_no"] is not None:
                    plan.tables[rid] = row["table_no"]
                if row["fixed"]:
                    plan.fixed.add(rid)
                if row["facilitator"]:
                    plan.facilitators.add(rid)
            for row in conn.execute(
                select(s.seat_rules)
                .where(s.seat_rules.c.event_id == event_id)
                .order_by(s.seat_rules.c.id)
            ).mappings():
                plan.rules.append(
                    SeatRule(SeatRuleKind(row["kind"]), row["first_id"], row["second_id"])
                )
        return plan

    def seats_by_registration(self, event_id: int) -> dict[int, int]:
        """Table number per registration id; empty when the event has no plan."""
        with self._engine.connect() as conn:
            return {
                rid: table
                for rid, table in conn.execute(
                    select(s.table_seats.c.registration_id, s.table_seats.c.table_no).where(
                        s.table_seats.c.event_id == event_id,
                        s.table_seats.c.table_no.is_not(None),
                    )
                )
            }

    def save(self, plan: TablePlan, conn: Connection | None = None) -> None:
        """Store the whole plan in place of the one before, in one transaction."""
        if conn is None:
            with self._engine.begin() as own:
                return self.save(plan, own)
        event_id = plan.event_id
        for table in (s.table_seats, s.seat_rules, s.table_plans):
            conn.execute(delete(table).where(table.c.event_id == event_id))
        conn.execute(
            insert(s.table_plans).values(
                event_id=event_id,
                tables=plan.table_count,
                seats=plan.seats_per_table,
                seed=plan.seed,
            )
        )
        people = set(plan.tables) | plan.fixed | plan.facilitators
        if people:
            conn.execute(
                insert(s.table_seats),
                [
                    {
                        "registration_id": rid,
                        "event_id": event_id,
                        "table_no": plan.tables.get(rid),
                        "fixed": rid in plan.fixed,
                        "facilitator": rid in plan.facilitators,
                    }
                    for rid in sorted(people)
                ],
            )
        if plan.rules:
            conn.execute(
                insert(s.seat_rules),
                [
                    {
                        "event_id": event_id,
                        "kind": str(rule.kind),
                        "first_id": rule.first_id,
                        "second_id": rule.second_id,
                    }
                    for rule in plan.rules
                ],
            )
        return None

    def remove(self, event_id: int) -> None:
        with self._engine.begin() as conn:
            for table in (s.table_seats, s.seat_rules, s.table_plans):
                conn.execute(delete(table).where(table.c.event_id == event_id))
