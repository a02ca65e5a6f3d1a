"""The overview workbook of all events with their key numbers, one row per event."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ...domain.formatting import format_date, format_time_range
from ...domain.workbook_text import fit_status_name, warning_text, wt
from ...storage import Store, stored_id
from ..capacity_report import event_report
from .list_sheet import list_sheet
from .sheet import Book, Progress

_COLUMNS = [  # (heading key, style, wraps): the numbers a coordinator compares across events
    ("event", "cell", True),
    ("date", "cell_date", False),
    ("time", "cell", False),
    ("place", "cell", True),
    ("capacity", "cell_number", False),
    ("registered", "cell_number", False),
    ("waitlisted_short", "cell_number", False),
    ("free_short", "cell_number", False),
    ("deadline_short", "cell_date", False),
    ("cars_short", "cell_number", False),
    ("status", "cell", True),
    ("warnings", "cell", True),
    ("organiser", "cell", True),
]


def write_events_workbook(
    project: Store, path, *, lang: str = "da", report=None, cancelled=None
) -> dict:
    """Export all events with their key numbers to `path` (atomically)."""
    events = project.events.all()
    progress = Progress(len(events) + 2, report, cancelled)
    venues = {v.id: v for v in project.venues.all()}
    reports = []
    # On a team server, another organisation's events: their people are not shown here.
    kept_from_us = getattr(project, "people_hidden", None)
    hidden = {e.id for e in events if kept_from_us is not None and kept_from_us(e.organiser)}
    for event in events:
        venue = venues.get(event.venue_id)
        reports.append(
            (
                event,
                venue,
                event_report(
                    event,
                    venue,
                    project.registrations.for_event(stored_id(event.id, "event")),
                    events,
                ),
            )
        )
        progress.step()
    book = build_events_workbook(reports, lang, hidden=hidden)
    progress.step()
    book.save(path)
    progress.step()
    return {"path": str(Path(path)), "sheets": 1, "events": len(events)}


def _sort_key(item) -> tuple:
    event = item[0]
    return (
        event.date is None,
        event.date or dt.date.min,
        event.start_time or dt.time.min,
        event.title.casefold(),
    )


def build_events_workbook(
    reports: list[tuple], lang: str, today: dt.date | None = None, hidden: set | None = None
) -> Book:
    """`reports` holds (event, venue or None, capacity report) per event; the events of
    `hidden` (ids) are shown without counts of people (a team server keeps them from us)."""
    title = wt("events_title", lang)
    book = Book(lang, title, subject=title)
    rows = []
    for event, venue, r in sorted(reports, key=_sort_key):
        room = venue.room_by_id(event.room_id) if venue is not None else None
        warnings = "\n".join(warning_text(w.code, w.params, lang) for w in r.warning_codes)
        place = ", ".join(p for p in (room.name if room else "", venue.name if venue else "") if p)
        counts = [r.registered, r.waitlisted, r.free]
        parking, status = r.parking.demand, fit_status_name(r.status, lang)
        if hidden and event.id in hidden:
            counts, parking, status = [None, None, None], None, wt("people_not_shown", lang)
        rows.append(
            [
                event.title,
                event.date,
                format_time_range(event.start_time, event.end_time, lang),
                place,
                r.capacity,
                *counts,
                event.registration_deadline,
                parking,
                status,
                warnings,
                event.organiser,
            ]
        )
    with book:
        _events_sheet(book, title, rows, lang, today)
    return book


def _events_sheet(book, title, rows, lang, today) -> None:
    list_sheet(
        book,
        name=wt("sheet_events", lang),
        table="Events",
        title=title,
        subtitle=wt(
            "made_on", lang, date=format_date(today or dt.date.today(), lang, weekday=False)
        ),
        notice=wt("no_events", lang) if not rows else "",
        headings=[wt(key, lang) for key, _, _ in _COLUMNS],
        rows=rows,
        styles=[style for _, style, _ in _COLUMNS],
        wrap={i for i, (_, _, wraps) in enumerate(_COLUMNS) if wraps},
        maximum=32,
    )
