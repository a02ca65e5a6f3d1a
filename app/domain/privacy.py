"""When participants' personal data is due for deletion (GDPR storage limitation)."""

from __future__ import annotations

import calendar
import datetime as dt

from .event import Event

DEFAULT_RETENTION_MONTHS = 6


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, or the month's last day if it is shorter."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def deletion_date(event: Event, retention_months: int = DEFAULT_RETENTION_MONTHS) -> dt.date | None:
    """The event's own deletion date, else `retention_months` after the event (None if undated)."""
    if event.personal_data_delete_on is not None:
        return event.personal_data_delete_on
    if event.date is None:
        return None
    return add_months(event.date, retention_months)


def purge_due(
    event: Event, today: dt.date, retention_months: int = DEFAULT_RETENTION_MONTHS
) -> bool:
    """True when the deletion date has passed and the data is still there."""
    when = deletion_date(event, retention_months)
    return when is not None and today >= when and event.personal_data_purged_on is None
