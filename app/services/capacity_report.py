"""The capacity report of one event (fit, quotas, parking, catering, warnings) as typed data."""

from __future__ import annotations

from ..domain.capacity import event_fit
from ..domain.catering import catering_counts
from ..domain.event import Event
from ..domain.overlap import clashes_with, occupied
from ..domain.parking_demand import parking_demand
from ..domain.quotas import check_quotas
from ..domain.registration import Registration
from ..domain.suggestions import event_needs, suggest_rooms
from ..domain.venue import Venue
from ..domain.workbook_text import double_booking_when
from ..storage import Store
from .capacity_types import (
    Accessible,
    CapacityReport,
    CateringLine,
    Clash,
    GroupQuota,
    Named,
    Parking,
    QuotaLine,
    QuotaViolation,
    ReportEvent,
    WarningCode,
)

# English texts of the warning codes (CLI); the UI holds translated twins keyed by code.
WARNINGS = {
    "no_room": "No room is chosen, so the capacity is unknown.",
    "no_layout": "No layout is chosen, so the room's capacity is unknown.",
    "layout_missing": "{room} cannot be set up as {layout}.",
    "zero_capacity": "The capacity is 0: there are no seats.",
    "full": "Exactly full: registered {registered}, seats {capacity}.",
    "over": "Over capacity: registered {registered}, seats {capacity}, too many {over}.",
    "overbooked": "Overbooked: registered {registered}, seats {capacity}, expected after "
    "no-shows {present}.",
    "expected_over": "Expected attendance {expected} is more than the {capacity} seats.",
    "waitlist_with_seats": "Waiting list: {waitlisted}, with free seats: {free}.",
    "accessible_short": "Need a wheelchair space: {needed}; wheelchair spaces in the room: "
    "{places}.",
    "quota_exceeded": "Registrations over an invitee group quota: {count}.",
    "unknown_group": "Registrations naming no invitee group of this event: {count}.",
    "no_organisation": "Registrations in a group with a quota but without an organisation: "
    "{count}.",
    "parking_none": "Arriving by car: {cars}, but the venue has no parking zone for guests.",
    "parking_not_entered": "Arriving by car: {cars}, but no parking is entered for the venue.",
    "parking_permit_only": "Arriving by car: {cars}, but guests may park only with a permit "
    "(permit zones: {permit_zones}).",
    "parking_short": "Arriving by car: {cars}; guest parking spaces: {spaces} ({short} short).",
    "parking_unknown": "Arriving by car: {cars}; guest parking spaces not entered (zones "
    "without a count: {zones}).",
    "accessible_parking_short": "Need accessible parking: {needed}; accessible spaces in guest "
    "zones: {spaces}.",
    "double_booked": '{room} is also booked for "{title}" ({when}).',
}


def _warning(code: str, **params) -> dict:
    shown = dict(params)
    if code == "double_booked":  # the date and times as a reader writes them
        shown["when"] = double_booking_when(params, "en")
    return {"code": code, "params": params, "message": WARNINGS[code].format(**shown)}


def _fit_warnings(fit, event: Event, room_name: str | None) -> list[dict]:
    out = []
    p = {"registered": fit.confirmed, "capacity": fit.capacity}
    if fit.layout_missing:
        out.append(_warning("layout_missing", room=room_name, layout=str(event.layout)))
    elif event.room_id is not None and event.layout is None and fit.capacity_limit is None:
        out.append(_warning("no_layout"))
    if event.room_id is None and fit.capacity is None:
        out.append(_warning("no_room"))
    if fit.capacity == 0:
        out.append(_warning("zero_capacity"))
    if fit.status == "full" and fit.capacity:
        out.append(_warning("full", **p))
    elif fit.status == "over":
        out.append(_warning("over", **p, over=fit.confirmed - fit.capacity))
    elif fit.status == "overbooked":
        out.append(_warning("overbooked", **p, present=fit.expected_present))
    if fit.capacity is not None and (event.expected_attendance or 0) > fit.capacity:
        out.append(
            _warning("expected_over", expected=event.expected_attendance, capacity=fit.capacity)
        )
    if fit.counts.waitlisted and fit.free and fit.free > 0:
        out.append(_warning("waitlist_with_seats", waitlisted=fit.counts.waitlisted, free=fit.free))
    if fit.accessible_short:
        out.append(
            _warning(
                "accessible_short",
                needed=fit.counts.needing_accessible_place,
                places=fit.accessible_places,
            )
        )
    return out


def _parking_warnings(demand) -> list[dict]:
    cars = demand.cars
    status = demand.status
    out = []
    if status == "none" and demand.permit.zones:
        out.append(_warning("parking_permit_only", cars=cars, permit_zones=demand.permit.zones))
    elif status in ("none", "not_entered"):
        out.append(_warning("parking_" + status, cars=cars))
    elif status == "short":
        out.append(
            _warning(
                "parking_short", cars=cars, spaces=demand.guest.spaces, short=demand.cars_short
            )
        )
    elif status == "unknown":
        out.append(_warning("parking_unknown", cars=cars, zones=demand.guest.zones_without_count))
    if demand.accessible_short and demand.guest.zones:
        out.append(
            _warning(
                "accessible_parking_short",
                needed=demand.accessible,
                spaces=demand.guest.accessible_spaces,
            )
        )
    return out


def _hhmm(moment) -> str:
    return moment.strftime("%H:%M")


def event_report(
    event: Event, venue: Venue | None, registrations: list[Registration], events: list[Event]
) -> CapacityReport:
    """The report from loaded records: `events` are all events (for double bookings)."""
    room = venue.room_by_id(event.room_id) if venue is not None else None
    fit = event_fit(event, room, registrations)
    quotas = check_quotas(event.invitee_groups, registrations)
    parking = parking_demand(venue, registrations)
    warnings = _fit_warnings(fit, event, room.name if room else None)
    if quotas.violations:
        warnings.append(_warning("quota_exceeded", count=len(quotas.violations)))
    if quotas.unknown_group:
        warnings.append(_warning("unknown_group", count=len(quotas.unknown_group)))
    if quotas.no_organisation:
        warnings.append(_warning("no_organisation", count=len(quotas.no_organisation)))
    warnings += _parking_warnings(parking)
    clashes: list[Clash] = []
    for other in clashes_with(event, events):
        span = occupied(other)
        if span is None:  # never: an event without a date clashes with nothing
            continue
        start, end = span
        clashes.append(
            Clash(
                other.id,
                other.title,
                start.date().isoformat(),
                _hhmm(start),
                "24:00" if end.date() > start.date() else _hhmm(end),
            )
        )
        warnings.append(
            _warning(
                "double_booked",
                room=room.name if room else "The room",
                title=other.title,
                date=clashes[-1].date,
                start=clashes[-1].start,
                end=clashes[-1].end,
            )
        )
    return CapacityReport(
        event=ReportEvent(event.id, event.title, event.date.isoformat() if event.date else None),
        venue=Named(venue.id, venue.name) if venue else None,
        room=Named(room.id, room.name) if room else None,
        layout=str(event.layout) if event.layout else None,
        capacity=fit.capacity,
        room_capacity=fit.room_capacity,
        capacity_limit=fit.capacity_limit,
        expected_attendance=event.expected_attendance,
        registered=fit.confirmed,
        waitlisted=fit.counts.waitlisted,
        cancelled=fit.counts.cancelled,
        free=fit.free,
        status=fit.status,
        no_show_rate=fit.no_show_rate,
        expected_present=fit.expected_present,
        accessible=Accessible(fit.accessible_places, fit.counts.needing_accessible_place),
        invitee_groups=[GroupQuota(g.name, g.quota_per_organisation) for g in event.invitee_groups],
        quotas=[QuotaLine(q.organisation, q.group, q.count, q.quota, q.over) for q in quotas.rows],
        quota_violations=[
            QuotaViolation(
                v.registration.id,
                v.registration.name,
                v.organisation,
                v.group,
                v.quota,
                v.position,
                str(v.registration.status),
                v.code,
                v.reason,
            )
            for v in quotas.violations
        ],
        parking=Parking(
            demand=parking.cars,
            accessible_demand=parking.accessible,
            spaces=parking.guest.known,
            accessible_spaces=parking.guest.accessible_spaces,
            zones=parking.guest.zones,
            zones_without_count=parking.guest.zones_without_count,
            permit_spaces=parking.permit.known,
            permit_zones=parking.permit.zones,
            all_zones=parking.all_zones,
            status=parking.status,
        ),
        catering=[
            CateringLine(
                c.item.name,
                c.item.time.strftime("%H:%M") if c.item.time else None,
                c.count,
                c.registered,
                c.dietary,
                c.other_notes,
            )
            for c in catering_counts(event, registrations)
        ],
        double_bookings=clashes,
        warnings=[w["message"] for w in warnings],
        warning_codes=[WarningCode(w["code"], w["params"]) for w in warnings],
    )


def build_report(project: Store, event_id: int) -> CapacityReport:
    """Read what the report needs from an open Project and build it (safe off the UI thread)."""
    event = project.events.get(event_id)
    venue = project.venues.get(event.venue_id) if event.venue_id is not None else None
    return event_report(
        event, venue, project.registrations.for_event(event_id), project.events.all()
    )


def build_suggestions(project: Store, event_id: int) -> dict:
    """Every room of the catalogue ranked for the event, as JSON-ready data."""
    event = project.events.get(event_id)
    needs = event_needs(event, project.registrations.for_event(event_id))
    ranked = suggest_rooms(event, project.venues.all(), project.events.all(), needs=needs)
    rooms = [
        {
            "rank": i,
            "venue_id": s.venue.id,
            "venue": s.venue.name,
            "room_id": s.room.id,
            "room": s.room.name,
            "capacity": s.capacity,
            "fits": s.fits,
            "current": s.current,
            "rail_stop": s.rail.name if s.rail else None,
            "rail_minutes": s.rail.minutes if s.rail else None,
            "rail_metres": s.rail.metres if s.rail else None,
            "reasons": [
                {
                    "code": r.code,
                    "params": r.params,
                    "ok": r.ok,
                    "soft": r.soft,
                    "message": r.message,
                }
                for r in s.reasons
            ],
        }
        for i, s in enumerate(ranked, start=1)
    ]
    return {
        "event": {"id": event.id, "title": event.title},
        "needs": {
            "people": needs.people,
            "basis": needs.basis,
            "layout": needs.layout,
            "step_free": needs.step_free,
            "accessible_places": needs.accessible_places,
            "cars": needs.cars,
        },
        "rooms": rooms,
    }
