"""The venue catalogue workbook: venues, rooms and seats per layout, transit, entrances, parking."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ...domain.collation import danish_key
from ...domain.enums import SeatingLayout
from ...domain.formatting import (
    capitalise,
    format_date,
    format_phone,
    join_words,
    parking_rule,
    zone_label,
    zone_status,
)
from ...domain.venue import Venue
from ...domain.walking import DEFAULT_SPEED_KMH, WalkingEstimate, propose_walk
from ...domain.workbook_text import layout_name, mode_name, wt, yes_no
from ...storage import Store
from ..walking_routes import venue_walks
from .list_sheet import list_sheet
from .sheet import Book, Progress

_TEXT, _NUM, _CENTRE, _COORD = "cell", "cell_number", "cell_centre", "cell_coordinate"


def write_catalogue_workbook(
    project: Store,
    path,
    *,
    lang: str = "da",
    report=None,
    cancelled=None,
    walking_speed: float = DEFAULT_SPEED_KMH,
) -> dict:
    """Export every venue of the project to `path` (atomically); returns a short summary."""
    venues = sorted(project.venues.all(), key=lambda v: danish_key(v.name))
    progress = Progress(6, report, cancelled)
    # Walks measured along each venue's stored streets, where it has them.
    walks = {
        v.id: venue_walks(v, surroundings, walking_speed)
        for v in venues
        if v.id is not None and (surroundings := project.surroundings.get(v.id)) is not None
    }
    book = build_catalogue_workbook(
        venues, lang, progress, walks=walks, walking_speed=walking_speed
    )
    book.save(path)
    progress.step()
    return {"path": str(Path(path)), "sheets": 5, "venues": len(venues)}


def build_catalogue_workbook(
    venues: list[Venue],
    lang: str,
    progress: Progress | None = None,
    today: dt.date | None = None,
    walks: dict[int, list[WalkingEstimate | None]] | None = None,
    walking_speed: float = DEFAULT_SPEED_KMH,
) -> Book:
    progress = progress or Progress(1)
    title = wt("catalogue_title", lang)
    book = Book(lang, title, subject=title, author="")
    subtitle = wt("made_on", lang, date=format_date(today or dt.date.today(), lang, weekday=False))
    common = {
        "title": title,
        "subtitle": subtitle,
        "notice": "" if venues else wt("no_venues", lang),
    }
    with book:
        for write in (_venues, _rooms, _transit, _entrances, _parking):
            if write is _transit:
                _transit(book, venues, lang, common, walks or {}, walking_speed)
            else:
                write(book, venues, lang, common)
            progress.step()
    return book


def _facilities(v: Venue, lang: str) -> str:
    words = [
        wt(key, lang)
        for key, present in (
            ("step_free_access", v.step_free_access),
            ("lift", v.lift),
            ("toilet", v.accessible_toilet),
            ("hearing_loop", v.hearing_loop),
        )
        if present
    ]
    return capitalise(join_words(words, lang))


def _venues(book, venues, lang, common) -> None:
    headings = [
        wt(k, lang)
        for k in (
            "venue",
            "address",
            "postal_code",
            "city",
            "latitude",
            "longitude",
            "approximate",
            "contact",
            "facilities",
            "rooms",
            "largest",
            "parking",
            "notes",
        )
    ]
    rows = []
    for v in venues:
        contact = ", ".join(
            p
            for p in (
                v.contact_name.strip(),
                format_phone(v.contact_phone),
                v.contact_email.strip(),
            )
            if p
        )
        rows.append(
            [
                v.name,
                v.street,
                v.postal_code,
                v.city,
                v.latitude,
                v.longitude,
                yes_no(v.coordinates_approximate, lang),
                contact,
                _facilities(v, lang),
                len(v.rooms),
                v.largest_capacity or None,
                " ".join(parking_rule(v.parking_zones, lang)),
                v.notes.strip(),
            ]
        )
    list_sheet(
        book,
        name=wt("sheet_venues", lang),
        table="Venues",
        headings=headings,
        rows=rows,
        styles=[
            _TEXT,
            _TEXT,
            _CENTRE,
            _TEXT,
            _COORD,
            _COORD,
            _CENTRE,
            _TEXT,
            _TEXT,
            _NUM,
            _NUM,
            _TEXT,
            _TEXT,
        ],
        wrap={0, 1, 7, 8, 11, 12},
        maximum=30,
        **common,
    )


def _rooms(book, venues, lang, common) -> None:
    layouts = list(SeatingLayout)
    headings = (
        [wt("venue", lang), wt("room", lang)]
        + [layout_name(x, lang) for x in layouts]
        + [wt("accessible_places", lang), wt("notes", lang)]
    )
    rows = [
        [v.name, r.name]
        + [r.capacities.get(x) for x in layouts]
        + [r.accessible_places, r.notes.strip()]
        for v in venues
        for r in v.rooms
    ]
    list_sheet(
        book,
        name=wt("sheet_rooms", lang),
        table="Rooms",
        headings=headings,
        rows=rows,
        styles=[_TEXT, _TEXT] + [_NUM] * (len(layouts) + 1) + [_TEXT],
        wrap={0, 1, len(headings) - 1},
        maximum=30,
        **common,
    )


def _transit(book, venues, lang, common, walks=None, speed=DEFAULT_SPEED_KMH) -> None:
    headings = [
        wt(k, lang)
        for k in ("venue", "mode", "line", "direction", "stop", "walk", "walking", "steps")
    ]
    rows = []
    for v in venues:
        measured = (walks or {}).get(v.id) or []
        for index, t in enumerate(v.transit_options):
            minutes = t.walking_minutes
            note = t.walking_note.strip()
            if minutes is None and not note:
                route = measured[index] if index < len(measured) else None
                estimate = route or propose_walk(v, t, speed_kmh=speed)
                if estimate is not None:
                    minutes = estimate.minutes
                    note = (
                        wt("route_walk", lang, metres=estimate.distance_m)
                        if route is not None
                        else wt("estimated_walk", lang)
                    )
            steps = "\n".join(
                f"{i}. {s.strip()}" for i, s in enumerate(t.steps, start=1) if s.strip()
            )
            rows.append(
                [
                    v.name,
                    mode_name(t.mode, lang),
                    t.line,
                    t.direction,
                    t.stop_name,
                    minutes,
                    note,
                    steps,
                ]
            )
    list_sheet(
        book,
        name=wt("sheet_transit", lang),
        table="Transit",
        headings=headings,
        rows=rows,
        styles=[_TEXT, _TEXT, _CENTRE, _TEXT, _TEXT, _NUM, _TEXT, _TEXT],
        wrap={0, 3, 4, 6, 7},
        maximum=44,
        **common,
    )


def _entrances(book, venues, lang, common) -> None:
    headings = [
        wt(k, lang) for k in ("venue", "entrance", "step_free", "latitude", "longitude", "notes")
    ]
    rows = [
        [v.name, e.name, yes_no(e.step_free, lang), e.latitude, e.longitude, e.notes.strip()]
        for v in venues
        for e in v.entrances
    ]
    list_sheet(
        book,
        name=wt("sheet_entrances", lang),
        table="Entrances",
        headings=headings,
        rows=rows,
        styles=[_TEXT, _TEXT, _CENTRE, _COORD, _COORD, _TEXT],
        wrap={0, 1, 5},
        landscape=False,
        **common,
    )


def _parking(book, venues, lang, common) -> None:
    headings = [
        wt(k, lang)
        for k in (
            "venue",
            "zone",
            "description",
            "guests",
            "spaces",
            "accessible_spaces",
            "ev_chargers",
            "time_limit",
            "fee",
            "notes",
        )
    ]
    rows = [
        [
            v.name,
            capitalise(zone_label(z, lang)),
            z.name,
            zone_status(z, lang),
            z.spaces,
            z.accessible_spaces,
            z.ev_chargers,
            z.time_limit,
            z.fee,
            z.notes.strip(),
        ]
        for v in venues
        for z in v.parking_zones
    ]
    list_sheet(
        book,
        name=wt("sheet_parking", lang),
        table="Parking",
        headings=headings,
        rows=rows,
        styles=[_TEXT, _TEXT, _TEXT, _TEXT, _NUM, _NUM, _NUM, _TEXT, _TEXT, _TEXT],
        wrap={0, 2, 3, 9},
        maximum=30,
        **common,
    )
