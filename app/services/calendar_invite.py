"""The calendar invite: an iCalendar (.ics, RFC 5545) file per event, in Europe/Copenhagen time.

Written by hand rather than with a library: the text is small and the rules that matter to
Outlook, Apple Calendar and Google Calendar (CRLF line ends, folding at 75 octets without
splitting a UTF-8 character, TEXT escaping, a VTIMEZONE for the TZID) are few and tested.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid

from .. import __version__
from ..domain.directions import build_directions, directions_text
from ..domain.event import Event
from ..domain.formatting import lang_code
from ..domain.venue import Venue
from ..storage import Store
from .atomic import write_bytes_atomic

TZID = "Europe/Copenhagen"
# Central European Time with EU summer time (last Sunday of March 02:00 to last Sunday of
# October 03:00), the rule in force in Denmark since 1996.
VTIMEZONE = [
    "BEGIN:VTIMEZONE",
    f"TZID:{TZID}",
    f"X-LIC-LOCATION:{TZID}",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
]
_UID_NAMESPACE = uuid.UUID("6f1d3c52-8a57-4e0b-9b7e-2f64a1c0d5e1")


class CalendarError(ValueError):
    """The event cannot become a calendar entry (it has no date); one line for the user."""


def escape_text(value: str) -> str:
    """A TEXT value escaped per RFC 5545 3.3.11: backslash, semicolon, comma, newline."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line into pieces of at most 75 octets, never inside a UTF-8 character;
    continuation pieces start with one space (which counts towards their 75)."""
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    limit = 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append("".join(current))
            current, size, limit = [], 0, 74
        current.append(char)
        size += width
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


def _local(moment: dt.datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


def _times(event: Event) -> list[str]:
    if event.date is None:
        raise CalendarError(
            f"Event {event.id} ({event.title}) has no date; a calendar invite needs one."
        )
    if event.start_time is None:  # a whole-day entry
        end = event.date + dt.timedelta(days=1)
        return [f"DTSTART;VALUE=DATE:{event.date:%Y%m%d}", f"DTEND;VALUE=DATE:{end:%Y%m%d}"]
    start = dt.datetime.combine(event.date, event.start_time)
    lines = [f"DTSTART;TZID={TZID}:{_local(start)}"]
    if event.end_time is not None:
        end = dt.datetime.combine(event.date, event.end_time)
        if end <= start:  # ends after midnight
            end += dt.timedelta(days=1)
        lines.append(f"DTEND;TZID={TZID}:{_local(end)}")
    return lines


def event_uid(event: Event, project_name: str = "") -> str:
    """Stable across exports (so a calendar updates the entry instead of adding a second
    one) and different for the same event id in another project."""
    return f"{uuid.uuid5(_UID_NAMESPACE, f'{project_name}/{event.id}')}@venueplan"


def location_text(event: Event, venue: Venue | None) -> str:
    if venue is None:
        return ""
    room = venue.room_by_id(event.room_id)
    parts = [room.name if room else "", venue.name, venue.address_line]
    return ", ".join(p for p in parts if p)


def event_ics(
    event: Event,
    venue: Venue | None,
    lang=None,
    *,
    project_name: str = "",
    now: dt.datetime | None = None,
) -> str:
    """The .ics text of one event (CRLF line ends), in `lang` or the event's language."""
    lang = lang_code(lang or event.language)
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    directions = build_directions(event, venue, lang)
    description = directions_text(directions, header=False)
    if event.description.strip():
        description = event.description.strip() + "\n\n" + description
    props = [
        f"UID:{event_uid(event, project_name)}",
        f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}",
        *_times(event),
        f"SUMMARY:{escape_text(event.title.strip())}",
    ]
    location = location_text(event, venue)
    if location:
        props.append(f"LOCATION:{escape_text(location)}")
    if venue is not None and venue.has_coordinates:
        props.append(f"GEO:{venue.latitude:.6f};{venue.longitude:.6f}")
    props.append(f"DESCRIPTION:{escape_text(description)}")
    if event.registration_url.strip():
        props.append(f"URL:{event.registration_url.strip()}")
    props += [f"SEQUENCE:{max(0, int(event.revision or 0))}", "STATUS:CONFIRMED", "TRANSP:OPAQUE"]
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//Venueplan//Venueplan {__version__}//{lang.upper()}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        *VTIMEZONE,
        "BEGIN:VEVENT",
        *props,
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(fold(line) + "\r\n" for line in lines)


def write_event_ics(
    project: Store, event_id: int, path: str | os.PathLike, lang=None, project_name: str = ""
) -> str:
    """Write the invite of an event in an open Project to `path`, atomically; returns the text."""
    event = project.events.get(event_id)
    venue = project.venues.get(event.venue_id) if event.venue_id is not None else None
    text = event_ics(event, venue, lang, project_name=project_name)
    write_bytes_atomic(path, text.encode("utf-8"))
    return text
