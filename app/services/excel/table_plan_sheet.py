"""The "Bordplan" sheet of an event workbook: who sits at which table, table by table."""

from __future__ import annotations

from ...domain.day_text import day_text
from ...domain.workbook_text import wt
from ..table_plans import PlanSummary


def table_plan_sheet(book, ctx, summary: PlanSummary) -> None:
    """One block per table (its number, then its people), and those without a table."""
    lang, plan = ctx.lang, summary.plan
    widths = [9, 32, 32, 32]
    s = book.sheet(day_text("sheet_table_plan", lang), widths, title_rows="1:3", freeze="A4")
    s.title(day_text("table_plan_title", lang, title=ctx.event.title))
    s.subtitle(
        " \u00b7 ".join(
            p
            for p in (
                ctx.when,
                day_text(
                    "table_plan_size",
                    lang,
                    tables=plan.table_count,
                    seats=plan.seats_per_table,
                    people=len(plan.tables),
                ),
            )
            if p
        )
    )
    s.header(
        [
            day_text("col_table", lang),
            wt("col_name", lang),
            wt("col_organisation", lang),
            wt("col_group", lang),
        ]
    )
    styles = ["cell_number", "cell", "cell", "cell"]
    for number in range(1, plan.table_count + 1):
        people = summary.table(number)
        # A heading row per table, so the printed sheet reads table by table.
        heading = day_text(
            "table_heading", lang, n=number, people=len(people), seats=plan.seats_per_table
        )
        s.append([heading, None, None, None], "section_row")
        s.ws.merged_cells.add(f"A{s.row}:D{s.row}")
        for r in people:
            name = r.name
            if r.id in plan.facilitators:
                name += f" ({day_text('facilitator', lang)})"
            s.append([number, name, r.organisation, r.invitee_group], styles)
    if summary.unseated:
        s.blank()
        s.heading(day_text("unseated", lang))
        for person_id in summary.unseated:
            r = summary.people[person_id]
            s.append([None, r.name, r.organisation, r.invitee_group], styles)
