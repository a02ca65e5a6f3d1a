"""Measured no-show rates of past events, and the one a new event of a kind starts from."""

from __future__ import annotations

import datetime as dt

from ..domain.attendance import MeasuredEvent, learned_no_show_rate, rate_from_counts
from ..domain.enums import EventKind
from ..storage import Store


def measured_events(project: Store, today: dt.date | None = None) -> list[MeasuredEvent]:
    """Every event held before `today` whose attendance was taken, with its real rate."""
    today = today or dt.date.today()
    counts = project.checkins.attendance_counts()
    measured = []
    for event in project.events.all():
        if event.id not in counts or event.date is None or event.date >= today:
            continue
        rate = rate_from_counts(*counts[event.id])
        if rate is not None:
            measured.append(MeasuredEvent(event.id, event.kind, event.date, rate, event.title))
    return measured


def learned_rates(project: Store, today: dt.date | None = None) -> dict[EventKind, MeasuredEvent]:
    """Per kind of event, the last one held with a measured no-show rate."""
    today = today or dt.date.today()
    measured = measured_events(project, today)
    learned = {}
    for kind in EventKind:
        found = learned_no_show_rate(kind, measured, today)
        if found is not None:
            learned[kind] = found
    return learned
