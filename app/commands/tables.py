"""`venueplan tables PROJECT --event ID --tables N --seats M [--json]`: a table plan."""

from __future__ import annotations

import json
import sys

from . import CliError, open_project, output_file, parse_id

HELP = "seat an event's participants at tables, mixing organisations and invitee groups"


def add_arguments(parser) -> None:
    parser.add_argument("project", metavar="PROJECT")
    parser.add_argument("--event", metavar="ID", required=True, help="the event")
    parser.add_argument("--tables", metavar="N", help="number of tables (omit to show the plan)")
    parser.add_argument("--seats", metavar="M", help="seats per table")
    parser.add_argument("--seed", metavar="S", help="another seed gives another plan just as mixed")
    parser.add_argument(
        "--facilitator",
        metavar="ID",
        action="append",
        default=[],
        help="a registration to lead a table (one to each table; repeat for more)",
    )
    parser.add_argument(
        "--together", metavar="ID,ID", action="append", default=[], help="two who sit together"
    )
    parser.add_argument(
        "--apart", metavar="ID,ID", action="append", default=[], help="two who sit apart"
    )
    parser.add_argument(
        "--fix", metavar="ID=TABLE", action="append", default=[], help="a seat kept by hand"
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument(
        "--cards", metavar="OUT.pdf", help="also write the table cards (one folded A4 a table)"
    )


def _count(value: str | None, flag: str) -> int | None:
    if value is None:
        return None
    try:
        number = int(value)
    except ValueError:
        number = 0
    if not 1 <= number <= 10_000:
        raise CliError(f"{flag}: give a whole number from 1 (got {value!r}).")
    return number


def _pair(value: str, flag: str) -> tuple[int, int]:
    parts = value.split(",")
    if len(parts) != 2:
        raise CliError(f"{flag}: give two registration ids as ID,ID (got {value!r}).")
    return parse_id(parts[0].strip()), parse_id(parts[1].strip())


def _fixed(values: list[str]) -> dict[int, int]:
    fixed = {}
    for value in values:
        person, _, table = value.partition("=")
        number = _count(table.strip() or None, "--fix") if table.strip() else None
        if number is None:
            raise CliError(f"--fix: give ID=TABLE, such as 12=3 (got {value!r}).")
        fixed[parse_id(person.strip())] = number
    return fixed


def as_json(summary) -> dict:
    plan = summary.plan
    return {
        "event_id": plan.event_id,
        "tables": plan.table_count,
        "seats": plan.seats_per_table,
        "seed": plan.seed,
        "same_organisation_pairs": summary.pairs,
        "random_same_organisation_pairs": summary.random_pairs,
        "plan": [
            {
                "table": n,
                "people": [
                    {
                        "id": r.id,
                        "name": r.name,
                        "organisation": r.organisation,
                        "group": r.invitee_group,
                        "facilitator": r.id in plan.facilitators,
                        "fixed": r.id in plan.fixed,
                    }
                    for r in summary.table(n)
                ],
            }
            for n in range(1, plan.table_count + 1)
        ],
        "unseated": [{"id": i, "name": summary.people[i].name} for i in summary.unseated],
    }


def text(summary) -> str:
    plan = summary.plan
    lines = [
        f"{plan.table_count} tables of {plan.seats_per_table} seats, "
        f"{len(plan.tables)} people seated; same-organisation pairs at a table: "
        f"{summary.pairs} (a random seating: {summary.random_pairs})"
    ]
    for n in range(1, plan.table_count + 1):
        lines.append(f"Table {n}:")
        for r in summary.table(n):
            extra = ", ".join(p for p in (r.organisation, r.invitee_group) if p)
            mark = " (facilitator)" if r.id in plan.facilitators else ""
            lines.append(f"  {r.name}{mark}" + (f" - {extra}" if extra else ""))
    if summary.unseated:
        lines.append(f"Without a table ({len(summary.unseated)}): more seats are needed.")
        lines += [f"  {summary.people[i].name}" for i in summary.unseated]
    return "\n".join(lines)


def run(args) -> int:
    from ..application import run as run_command
    from ..application.tables import MakeTablePlan
    from ..domain.table_plan import SeatRule, SeatRuleKind
    from ..services.table_plans import summarise

    event_id = parse_id(args.event)
    cards = output_file(args.cards, args.project) if args.cards is not None else None
    tables, seats = _count(args.tables, "--tables"), _count(args.seats, "--seats")
    seed = None if args.seed is None else parse_id(args.seed)
    if (tables is None) != (seats is None):
        raise CliError("give both --tables and --seats (or neither, to show the plan).")
    rules = [SeatRule(SeatRuleKind.TOGETHER, *_pair(v, "--together")) for v in args.together]
    rules += [SeatRule(SeatRuleKind.APART, *_pair(v, "--apart")) for v in args.apart]
    facilitators = [parse_id(v) for v in args.facilitator]
    fixed = _fixed(args.fix)
    if tables is None and (rules or facilitators or fixed):
        raise CliError("--facilitator, --together, --apart and --fix need --tables and --seats.")
    with open_project(args.project, write=True, people_of=event_id) as project:
        project.events.get(event_id)
        if tables is not None and seats is not None:
            try:
                command = MakeTablePlan(event_id, tables, seats, seed, fixed, facilitators, rules)
                plan = run_command(project, command).value
            except ValueError as exc:
                raise CliError(str(exc)) from None
        else:
            plan = project.tables.get(event_id)
            if plan is None:
                raise CliError(
                    f"event {event_id} has no table plan yet; give --tables and --seats."
                )
        summary = summarise(plan, project.registrations.for_event(event_id))
        if cards is not None:
            from ..services.document_pdf import write_pdf
            from ..services.table_cards import TableCardsDocument

            event = project.events.get(event_id)
            pages: int = write_pdf(
                TableCardsDocument(summary, event.title, event.language),
                cards,
            )
    print(
        json.dumps(as_json(summary), ensure_ascii=False, indent=2) if args.json else text(summary)
    )
    if args.cards is not None:
        print(f"Wrote {args.cards}: table cards, {pages} pages.", file=sys.stderr)
    return 0
