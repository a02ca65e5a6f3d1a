"""The Quotas, Directions and Parking-and-catering sheets of an event's workbook."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter

from ...domain.catering import dietary_tally
from ...domain.collation import danish_key
from ...domain.directions import build_directions
from ...domain.document_text import t
from ...domain.formatting import format_clock, zone_facts
from ...domain.quotas import match_group
from ...domain.workbook_text import diet_name, warning_text, wt
from ..capacity_types import QuotaLine
from .styles import row_height

_PARKING_CODES = (
    "parking_none",
    "parking_not_entered",
    "parking_permit_only",
    "parking_short",
    "parking_unknown",
    "accessible_parking_short",
)


def quotas_sheet(book, ctx, _progress) -> None:
    lang, event = ctx.lang, ctx.event
    widths = [34, 40, 15, 10, 12]
    s = book.sheet(wt("sheet_quotas", lang), widths, title_rows=None)
    s.title(event.title)
    s.subtitle(ctx.when)
    rows = ctx.report.quotas
    if event.invitee_groups:
        s.heading(wt("groups", lang))
        row = s.header(
            [wt("col_group", lang), None, wt("quota", lang), wt("count", lang), wt("over", lang)]
        )
        s.ws.merged_cells.add(f"A{row}:B{row}")
        totals: Counter[str] = Counter()
        over: Counter[str] = Counter()
        for q in rows:
            totals[q.group] += q.count
            over[q.group] += q.over
        for g in event.invitee_groups:
            quota = g.quota_per_organisation
            row = s.append(
                [
                    g.name,
                    None,
                    wt("no_limit", lang) if quota is None else quota,
                    totals[g.name],
                    over[g.name] or None,
                ],
                [
                    "cell",
                    "cell",
                    "cell_number",
                    "cell_number",
                    "cell_over" if over[g.name] else "cell_number",
                ],
                height=row_height([g.name], [sum(widths[:2])]),
            )
            s.ws.merged_cells.add(f"A{row}:B{row}")
    else:
        s.paragraph(wt("no_groups", lang))
    s.heading(wt("per_organisation", lang))
    s.header(
        [
            wt("col_organisation", lang),
            wt("col_group", lang),
            wt("quota", lang),
            wt("count", lang),
            wt("over", lang),
        ]
    )
    if not rows:
        rows = _per_organisation(ctx)
    for q in rows:
        quota = q.quota
        s.append(
            [
                q.organisation,
                q.group,
                wt("no_limit", lang) if quota is None else quota,
                q.count,
                q.over or None,
            ],
            [
                "cell",
                "cell",
                "cell_number",
                "cell_number",
                "cell_over" if q.over else "cell_number",
            ],
            height=row_height([q.organisation, q.group], widths[:2]),
        )
    unknown = [
        w
        for w in ctx.report.warning_codes
        if w.code in ("unknown_group", "no_organisation", "quota_exceeded")
    ]
    if unknown:
        s.blank()
    for w in unknown:
        s.paragraph(warning_text(w.code, w.params, lang), "warning")


def _per_organisation(ctx) -> list[QuotaLine]:
    """Counts per organisation (and group) when the event has no groups with quotas."""
    counts: Counter[tuple[str, str]] = Counter()
    groups = ctx.event.invitee_groups
    for r in ctx.registrations:
        if r.status == "cancelled":
            continue
        group = match_group(r.invitee_group, groups) if groups else None
        counts[(r.organisation.strip(), group.name if group else r.invitee_group.strip())] += 1
    return [
        QuotaLine(org or "\u2013", group, n, None, 0)
        for (org, group), n in sorted(counts.items(), key=lambda i: (danish_key(i[0][0]), i[0][1]))
    ]


def directions_sheet(book, ctx, _progress) -> None:
    lang = ctx.lang
    d = build_directions(ctx.event, ctx.venue, lang, ctx.walks)
    widths = [24, 32, 17, 12, 30]
    s = book.sheet(wt("sheet_directions", lang), widths, title_rows=None)
    s.title(ctx.event.title)
    s.subtitle(", ".join(p for p in (d.venue_name, d.address) if p) or t("venue_unset", lang))
    if not d.has_venue:
        s.paragraph(t("no_venue", lang))
        return
    s.heading(wt("find_way", lang))
    for block in d.transit:
        s.paragraph(f"{block.heading}: {block.details}", "strong")
        if block.walking:
            s.paragraph(block.walking)
        for i, step in enumerate(block.steps, start=1):
            s.paragraph(f"{i}. {step}")
    if not d.transit:
        s.paragraph(t("no_transit", lang))

    s.heading(wt("entrances", lang))
    for entrance in ctx.venue.entrances:
        facts = [wt("step_free", lang) if entrance.step_free else "", entrance.notes.strip()]
        s.pair(entrance.name or wt("entrance", lang), ". ".join(f for f in facts if f) or "\u2013")
    if not ctx.venue.entrances:
        s.paragraph(wt("no_entrances", lang))

    s.heading(wt("parking", lang))
    for sentence in d.parking_rule or [t("no_parking", lang)]:
        s.paragraph(sentence, "strong")
    if d.zones:
        s.blank(height=6)
        s.header(
            [
                wt("zone", lang),
                wt("description", lang),
                wt("guests", lang),
                wt("spaces", lang),
                wt("notes", lang),
            ]
        )
    for zone, line in zip(ctx.venue.parking_zones, d.zones, strict=False):
        spaces = zone.spaces if zone.spaces is not None else wt("not_entered", lang)
        # The spaces have their own column; the other facts go with the notes.
        facts = zone_facts(dataclasses.replace(zone, spaces=None), lang)
        notes = "\n".join(p for p in [line.notes, *facts] if p)
        s.append(
            [line.label, line.name, line.status, spaces, notes],
            [
                book.styles.swatch(line.colour),
                "cell",
                "cell",
                "cell_number" if zone.spaces is not None else "cell",
                "cell",
            ],
            height=row_height([line.name, line.status, notes], [widths[1], widths[2], widths[4]]),
        )
    if d.accessibility:
        s.heading(wt("accessibility", lang))
        for sentence in d.accessibility:
            s.paragraph(sentence)


def logistics_sheet(book, ctx, _progress) -> None:
    lang, r = ctx.lang, ctx.report
    widths = [40, 16, 16, 26]
    s = book.sheet(wt("sheet_logistics", lang), widths, title_rows=None)
    s.title(ctx.event.title)
    s.subtitle(ctx.when)
    p = r.parking
    s.heading(wt("parking", lang))
    s.pair(wt("cars", lang), p.demand)
    s.pair(wt("accessible_parking_need", lang), p.accessible_demand)
    if p.all_zones == 0:
        s.pair(wt("guest_spaces", lang), wt("not_entered", lang))
    else:
        s.pair(
            wt("guest_spaces", lang),
            p.spaces if p.spaces is not None else wt("not_entered", lang),
        )
        s.pair(wt("accessible_spaces", lang), p.accessible_spaces)
        if p.permit_zones:
            s.pair(wt("permit_zones", lang), p.permit_zones)
    for w in r.warning_codes:
        if w.code in _PARKING_CODES:
            s.paragraph(warning_text(w.code, w.params, lang), "warning")

    s.heading(wt("accessibility", lang))
    s.pair(wt("needs_accessible", lang), r.accessible.needed)
    if r.accessible.places is not None:
        s.pair(wt("accessible_places", lang), r.accessible.places)

    s.heading(wt("catering", lang))
    catering = r.catering
    if catering:
        s.header(
            [wt("catering", lang), wt("time", lang), wt("registered", lang), wt("expected", lang)]
        )
    for c in catering:
        s.append(
            [c.name, _clock(c.time, lang), c.registered, c.count],
            ["cell", "cell_centre", "cell_number", "cell_number"],
        )
    if not catering:
        s.paragraph(wt("no_catering", lang))

    s.heading(wt("dietary", lang))
    dietary, notes = dietary_tally(ctx.registrations)
    if dietary:
        s.header([wt("diet_kind", lang), wt("count", lang)])
    for kind, n in dietary.items():
        s.append([diet_name(kind, lang).capitalize(), n], ["cell", "cell_number"])
    if not dietary:
        s.paragraph(wt("no_dietary", lang))
    # The answers that name no known kind say what the kitchen must know, without names; the
    # sharing export leaves them out, as a rare answer can point to one person.
    if notes and ctx.sensitive:
        s.blank(height=6)
        s.header([wt("other_answers", lang), wt("count", lang)])
        for note, n in notes.items():
            s.append([note, n], ["cell", "cell_number"], height=row_height([note], [widths[0]]))


def _clock(hhmm: str | None, lang: str) -> str:
    return format_clock(dt.time.fromisoformat(hhmm), lang) if hhmm else ""
