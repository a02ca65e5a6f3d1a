"""The logistics workbook of one event: overview, programme, participants, quotas, directions,
parking and catering, and the sign-in sheet, in the event's language."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ...domain.attendance import attendance_taken, measured_no_show_rate
from ...domain.day_text import day_text
from ...domain.enums import RegistrationStatus
from ...domain.event import Event
from ...domain.formatting import (
    format_date,
    format_phone,
    format_time,
    format_time_range,
    format_when,
    lang_code,
)
from ...domain.registration import Registration
from ...domain.table_plan import TablePlan
from ...domain.venue import Room, Venue
from ...domain.walking import DEFAULT_SPEED_KMH, WalkingEstimate
from ...domain.workbook_text import kind_name, layout_name, warning_text, wt
from ...storage import Store
from ..capacity_report import event_report
from ..capacity_types import CapacityReport
from ..table_plans import summarise
from ..walking_routes import venue_walks
from . import logistics_sheets, participant_sheets
from .participant_sheets import privacy_notice
from .sheet import Book, Progress
from .styles import row_height
from .table_plan_sheet import table_plan_sheet

SHEETS = 7


@dataclass
class EventContext:
    """What every sheet of the workbook reads: loaded once, before any sheet is written."""

    event: Event
    venue: Venue | None
    room: Room | None
    registrations: list[Registration]
    report: CapacityReport
    lang: str
    # False for the "for sharing" export: no contact details, comments or needs per person.
    sensitive: bool = True
    today: dt.date = field(default_factory=dt.date.today)
    # Table number per registration id, when the event has a table plan.
    tables: dict[int, int] = field(default_factory=dict)
    plan: TablePlan | None = None
    # Per transit option, the walk measured along the stored streets (None: estimated).
    walks: list[WalkingEstimate | None] | None = None

    @property
    def sheet_count(self) -> int:
        return SHEETS + (self.plan is not None)

    @property
    def when(self) -> str:
        e = self.event
        return format_when(e.date, e.start_time, e.end_time, self.lang)


def load_event(
    project: Store,
    event_id: int,
    *,
    sensitive: bool = True,
    walking_speed: float = DEFAULT_SPEED_KMH,
) -> EventContext:
    """Read the event, its venue and registrations from an open project."""
    event = project.events.get(event_id)
    venue = project.venues.get(event.venue_id) if event.venue_id is not None else None
    registrations = project.registrations.for_event(event_id)
    report = event_report(event, venue, registrations, project.events.all())
    room = venue.room_by_id(event.room_id) if venue is not None else None
    return EventContext(
        event,
        venue,
        room,
        registrations,
        report,
        lang_code(event.language),
        sensitive,
        tables=project.tables.seats_by_registration(event_id),
        plan=project.tables.get(event_id),
        walks=venue_walks(venue, project.surroundings.get(venue.id), walking_speed)
        if venue is not None and venue.id is not None
        else None,
    )


def write_event_workbook(
    project: Store,
    event_id: int,
    path,
    *,
    sensitive: bool = True,
    report=None,
    cancelled=None,
    walking_speed: float = DEFAULT_SPEED_KMH,
) -> dict:
    """Export the event's workbook to `path` (atomically); returns a short summary."""
    ctx = load_event(project, event_id, sensitive=sensitive, walking_speed=walking_speed)
    progress = Progress(2 * len(ctx.registrations) + ctx.sheet_count + 1, report, cancelled)
    book = build_event_workbook(ctx, progress)
    book.save(path)
    progress.step()
    return {
        "path": str(Path(path)),
        "sheets": ctx.sheet_count,
        "participants": len(ctx.registrations),
        "sensitive": sensitive,
    }


def build_event_workbook(ctx: EventContext, progress: Progress | None = None) -> Book:
    progress = progress or Progress(1)
    book = Book(
        ctx.lang,
        ctx.event.title or wt("event", ctx.lang),
        subject="Logistik" if ctx.lang == "da" else "Logistics",
        author=ctx.event.organiser,
    )
    with book:
        for write in (
            overview_sheet,
            programme_sheet,
            participant_sheets.participants_sheet,
            logistics_sheets.quotas_sheet,
            logistics_sheets.directions_sheet,
            logistics_sheets.logistics_sheet,
            participant_sheets.sign_in_sheet,
        ):
            write(book, ctx, progress)
            progress.step()
        if ctx.plan is not None:
            table_plan_sheet(book, ctx, summarise(ctx.plan, ctx.registrations))
            progress.step()
    return book


def attendance_pairs(s, ctx: EventContext) -> None:
    """Who came and the no-show rate measured, once attendance was taken; the rate only
    after the meeting day, when a missing check-in means a person did not come."""
    people = ctx.registrations
    if not attendance_taken(people):
        return
    lang = ctx.lang
    came = [r for r in people if r.status == RegistrationStatus.ATTENDED]
    s.pair(day_text("attended_count", lang), len(came))
    walk_ins = sum(1 for r in came if r.walk_in)
    if walk_ins:
        s.pair(day_text("walk_ins", lang), walk_ins)
    rate = measured_no_show_rate(people)
    over = ctx.event.date is not None and ctx.event.date < ctx.today
    if rate is not None and over:
        s.pair(day_text("measured_no_show", lang), f"{rate * 100:.0f} %")


def overview_sheet(book: Book, ctx: EventContext, _progress) -> None:
    lang, e, r = ctx.lang, ctx.event, ctx.report
    s = book.sheet(wt("sheet_overview", lang), [30, 24, 24, 24], title_rows=None)
    s.title(e.title)
    s.subtitle(ctx.when)
    s.notice(privacy_notice(ctx))
    s.heading(wt("event", lang))
    s.pair(wt("kind", lang), kind_name(e.kind, lang))
    if e.organiser:
        s.pair(wt("organiser", lang), e.organiser)
    s.pair(wt("when", lang), ctx.when)
    if e.doors_time is not None:
        s.pair(wt("doors", lang), wt("at_time", lang, time=format_time(e.doors_time, lang)))
    s.pair(wt("venue", lang), ctx.venue.name if ctx.venue else wt("not_set", lang))
    if ctx.venue is not None:
        s.pair(wt("address", lang), ctx.venue.address_line)
    if ctx.room is not None:
        s.pair(wt("room", lang), ctx.room.name)
    if e.layout:
        s.pair(wt("layout", lang), layout_name(e.layout, lang))
    if e.description.strip():
        s.pair(wt("description", lang), e.description.strip())

    s.heading(wt("key_numbers", lang))
    s.pair(wt("capacity", lang), _capacity_text(ctx))
    for key, number in (
        ("registered", r.registered),
        ("waitlisted", r.waitlisted),
        ("cancelled", r.cancelled),
        ("free", r.free),
    ):
        if number is not None:
            s.pair(wt(key, lang), number)
    if r.no_show_rate:
        s.pair(wt("no_show_rate", lang), f"{r.no_show_rate * 100:.0f} %")
        s.pair(wt("expected_present", lang), r.expected_present)
    if e.expected_attendance is not None:
        s.pair(wt("expected_attendance", lang), e.expected_attendance)
    attendance_pairs(s, ctx)
    s.pair(wt("needs_accessible", lang), r.accessible.needed)
    if r.accessible.places is not None:
        s.pair(wt("accessible_places", lang), r.accessible.places)

    s.heading(wt("registration", lang))
    if e.registration_deadline is not None:
        s.pair(wt("deadline", lang), format_date(e.registration_deadline, lang))
    channel = [
        e.registration_url.strip(),
        e.registration_email.strip(),
        format_phone(e.registration_phone),
    ]
    s.pair(wt("channel", lang), "\n".join(c for c in channel if c) or wt("not_set", lang))

    contacts = _contacts(ctx)
    if contacts:
        s.heading(wt("contacts", lang))
        for label, value in contacts:
            s.pair(label, value)

    s.heading(wt("warnings", lang))
    warnings = [warning_text(w.code, w.params, lang) for w in r.warning_codes]
    for text in warnings:
        s.paragraph(text, "warning")
    if not warnings:
        s.paragraph(wt("no_warnings", lang))
    s.blank()
    s.paragraph(wt("made_on", lang, date=format_date(ctx.today, lang, weekday=False)), "subtitle")


def _capacity_text(ctx: EventContext) -> str:
    lang, r = ctx.lang, ctx.report
    if r.capacity is None:
        return wt("unknown", lang)
    text = wt("seats", lang, count=r.capacity)
    extra = []
    if ctx.event.layout:
        extra.append(layout_name(ctx.event.layout, lang).lower())
    if r.capacity_limit is not None:
        extra.append(wt("event_limit", lang, count=r.capacity_limit))
    return f"{text} ({'; '.join(extra)})" if extra else text


def _contacts(ctx: EventContext) -> list[tuple[str, str]]:
    lang, out = ctx.lang, []
    v = ctx.venue
    if v is not None:
        parts = [v.contact_name.strip(), format_phone(v.contact_phone), v.contact_email.strip()]
        if any(parts):
            out.append((wt("venue_contact", lang), ", ".join(p for p in parts if p)))
    if ctx.event.signatories:
        out.append(
            (
                wt("signatories", lang),
                "\n".join(
                    ", ".join(p for p in (sig.name.strip(), sig.title.strip()) if p)
                    for sig in ctx.event.signatories
                ),
            )
        )
    return out


def programme_sheet(book: Book, ctx: EventContext, _progress) -> None:
    lang, e = ctx.lang, ctx.event
    widths = [13, 50, 50]
    s = book.sheet(wt("sheet_programme", lang), widths, title_rows="4:4")
    s.title(e.title)
    s.subtitle(ctx.when)
    s.blank(height=6)
    s.header([wt("time", lang), wt("item", lang), wt("speakers", lang)])
    for item in e.programme:
        when = format_time_range(item.start, item.end, lang)
        if item.kind == "section":
            row = s.append(
                [when, item.title, None],
                "section_row",
                height=row_height([item.title], [sum(widths[1:])]),
            )
            s.ws.merged_cells.add(f"B{row}:C{row}")
            continue
        title = item.title + (f"\n{item.notes.strip()}" if item.notes.strip() else "")
        speakers = "\n".join(
            ", ".join(p for p in (sp.name.strip(), sp.role.strip()) if p) for sp in item.speakers
        )
        s.append([when, title, speakers], "cell", height=row_height([title, speakers], widths[1:]))
    if not e.programme:
        s.paragraph(wt("no_programme", lang))
