"""The words of the meeting day in documents (attendance, tables, table cards) in da/en.

Documents take the event's language; these join `document_text` and `workbook_text`.
"""

from __future__ import annotations

import datetime as dt

from .enums import RegistrationStatus
from .formatting import Lang, format_time, lang_code
from .registration import Registration

TEXT: dict[str, tuple[str, str]] = {
    "col_attended": ("Mødt", "Attended"),
    "attended_at": ("Ja, kl. {time}", "Yes, {time}"),
    "attended": ("Ja", "Yes"),
    "absent": ("Nej", "No"),
    "not_yet": ("Ikke endnu", "Not yet"),
    "walk_in": ("uanmeldt", "walk-in"),
    "attendance": ("Fremmøde", "Attendance"),
    "attended_count": ("Mødt op", "Attended"),
    "walk_ins": ("Heraf uanmeldte", "Of whom walk-ins"),
    "no_shows": ("Udeblevet", "No-shows"),
    "measured_no_show": ("Målt udeblivelse", "Measured no-shows"),
    "col_table": ("Bord", "Table"),
    "table_no": ("Bord {n}", "Table {n}"),
    "table_heading": (
        "Bord {n} · pladser: {people} af {seats}",
        "Table {n} · seats: {people} of {seats}",
    ),
    "sheet_table_plan": ("Bordplan", "Table plan"),
    "table_plan_title": ("Bordplan: {title}", "Table plan: {title}"),
    "table_plan_size": (
        "Borde: {tables} · pladser pr. bord: {seats} · placeret: {people}",
        "{tables} tables of {seats} seats · {people} seated",
    ),
    "col_seats_taken": ("Pladser", "Seats"),
    "facilitator": ("bordformand", "facilitator"),
    "unseated": ("Uden bord", "Without a table"),
    "table_cards": ("Bordkort", "Table cards"),
}


def day_text(key: str, lang: Lang = None, **params: object) -> str:
    pair = TEXT[key]
    text = pair[1] if lang_code(lang) == "en" else pair[0]
    return text.format(**params) if params else text


def attended_cell(
    r: Registration, event_date: dt.date | None, today: dt.date, lang: Lang = None
) -> str:
    """Whether `r` came, as the Attended column shows it: "Ja, kl. 09:12", "Nej", or
    "Ikke endnu" while the meeting has not ended; empty for people without a place."""
    if r.status == RegistrationStatus.ATTENDED:
        if r.checked_in_at is not None:
            text = day_text("attended_at", lang, time=format_time(r.checked_in_at.time(), lang))
        else:
            text = day_text("attended", lang)
        return f"{text} ({day_text('walk_in', lang)})" if r.walk_in else text
    if r.status == RegistrationStatus.NO_SHOW:
        return day_text("absent", lang)
    if r.status == RegistrationStatus.REGISTERED:
        over = event_date is not None and event_date < today
        return day_text("absent" if over else "not_yet", lang)
    return ""
