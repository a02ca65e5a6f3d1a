"""An event's practical information ("Praktisk info") as language-specific text blocks.

The handout PDF, the calendar invite and any mail text are built from this one structure,
so every document states the same facts in the same words.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .document_text import t
from .enums import GuestParking
from .event import Event
from .formatting import (
    Lang,
    capitalise,
    colour_hex,
    format_date,
    format_phone,
    format_time,
    format_when,
    free_text,
    join_words,
    lang_code,
    parking_rule,
    transit_details,
    transit_heading,
    walking_sentence,
    zone_facts,
    zone_label,
    zone_status,
)
from .venue import TransitOption, Venue
from .walking import WalkingEstimate, printable_walk


@dataclass
class TransitBlock:
    heading: str  # "Tag toget"
    details: str  # "S-tog linje C mod Frederikssund stopper på Egedal st."
    walking: str  # "Herfra kan du gå på få minutter til Egedal Rådhus."
    steps: list[str] = field(default_factory=list)


@dataclass
class ZoneLine:
    label: str  # "Gul zone"
    name: str
    colour: str | None  # '#rrggbb' for the swatch
    guests: GuestParking
    status: str  # "Må anvendes"
    facts: list[str]
    notes: str


@dataclass
class Directions:
    lang: str
    title: str
    organiser: str
    when: str
    doors: str
    venue_name: str
    room_name: str
    address: str
    # "Du finder Egedal Rådhus på Dronning Dagmars Vej 200, 3650 Ølstykke." ('' without venue)
    address_intro: str
    has_venue: bool
    transit: list[TransitBlock] = field(default_factory=list)
    parking_rule: list[str] = field(default_factory=list)
    zones: list[ZoneLine] = field(default_factory=list)
    accessibility: list[str] = field(default_factory=list)
    registration: list[str] = field(default_factory=list)


def walking_steps(option: TransitOption, lang: str) -> list[str]:
    """The written walking steps in the document's language: the English ones in English
    when the coordinator wrote them, else the Danish ones."""
    english = [s.strip() for s in option.steps_en if s.strip()]
    if lang_code(lang) == "en" and english:
        return english
    return [s.strip() for s in option.steps if s.strip()]


def _accessibility(event: Event, venue: Venue, lang: str) -> list[str]:
    out = []
    step_free = [e for e in venue.entrances if e.step_free]
    if step_free:
        out.append(
            t(
                "step_free_entrance",
                lang,
                entrances=join_words(
                    list(dict.fromkeys(e.name or t("map_entrance", lang) for e in step_free)), lang
                ),
            )
        )
    elif venue.step_free_access:
        out.append(t("step_free_building", lang))
    else:
        out.append(t("step_free_unknown", lang))
    for entrance in venue.entrances:
        note = free_text(entrance.notes, entrance.notes_en, lang)
        if note:
            out.append(f"{entrance.name or t('map_entrance', lang)}: {note}")
    facilities = [
        t(key, lang)
        for key, present in (
            ("lift", venue.lift),
            ("accessible_toilet", venue.accessible_toilet),
            ("hearing_loop", venue.hearing_loop),
        )
        if present
    ]
    if facilities:
        out.append(t("facilities", lang, list=join_words(facilities, lang)))
    room = venue.room_by_id(event.room_id)
    if room is not None and room.accessible_places:
        out.append(t("wheelchair_places", lang, room=room.name, count=room.accessible_places))
    accessible_parking = sum(
        z.accessible_spaces for z in venue.parking_zones if z.guests != GuestParking.NO
    )
    if accessible_parking:
        out.append(t("accessible_parking", lang, count=accessible_parking))
    return out


def _registration(event: Event, venue: Venue | None, lang: str) -> list[str]:
    out = []
    if event.registration_deadline is not None:
        out.append(t("deadline", lang, date=format_date(event.registration_deadline, lang)))
    if event.registration_url.strip():
        out.append(t("register_url", lang, url=event.registration_url.strip()))
    if event.registration_email.strip():
        out.append(t("register_email", lang, email=event.registration_email.strip()))
    if event.registration_phone.strip():
        out.append(t("register_phone", lang, phone=format_phone(event.registration_phone)))
    if venue is not None:
        contact = [venue.contact_name.strip()]
        if venue.contact_phone.strip():
            contact.append(t("phone_short", lang, phone=format_phone(venue.contact_phone)))
        contact.append(venue.contact_email.strip())
        contact = [c for c in contact if c]
        if contact:
            out.append(t("venue_contact", lang, contact=", ".join(contact)))
    if event.organiser.strip():
        out.append(t("organiser", lang, organiser=event.organiser.strip()))
    return out


def address_intro(venue: Venue, lang: str) -> str:
    """Where the venue is, as a sentence; a venue known only by its town is 'in' it."""
    if not venue.street.strip() and venue.city.strip():
        return t("address_intro_town", lang, venue=venue.name, town=venue.city.strip())
    return t("address_intro", lang, venue=venue.name, address=venue.address_line)


def build_directions(
    event: Event,
    venue: Venue | None,
    lang: Lang = None,
    walks: list[WalkingEstimate | None] | None = None,
) -> Directions:
    """The practical information of `event` at `venue` (None: no venue set) in `lang`
    (default: the event's own language). `walks` gives, per transit option, the walk
    measured along the streets; without one, the walk is estimated from the straight line."""
    lang = lang_code(lang or event.language)
    room = venue.room_by_id(event.room_id) if venue is not None else None
    d = Directions(
        lang=lang,
        title=event.title.strip(),
        organiser=event.organiser.strip(),
        when=format_when(event.date, event.start_time, event.end_time, lang),
        doors=t("doors", lang, time=format_time(event.doors_time, lang))
        if event.doors_time is not None
        else "",
        venue_name=venue.name if venue is not None else "",
        room_name=room.name if room is not None else "",
        address=venue.address_line if venue is not None else "",
        address_intro=address_intro(venue, lang) if venue is not None else "",
        has_venue=venue is not None,
    )
    d.registration = _registration(event, venue, lang)
    if venue is None:
        return d
    for index, option in enumerate(venue.transit_options):
        measured = walks[index] if walks is not None and index < len(walks) else None
        # Minutes measured or estimated from approximate coordinates would be invented.
        estimate = None if venue.coordinates_approximate else measured
        estimate = estimate or printable_walk(venue, option)
        d.transit.append(
            TransitBlock(
                heading=transit_heading(option, lang),
                details=transit_details(option, lang),
                walking=walking_sentence(
                    option,
                    venue.name,
                    lang,
                    estimate.minutes if estimate else None,
                    estimate.distance_m if estimate and estimate.along_streets else None,
                ),
                steps=walking_steps(option, lang),
            )
        )
    d.parking_rule = parking_rule(venue.parking_zones, lang)
    for zone in venue.parking_zones:
        d.zones.append(
            ZoneLine(
                label=capitalise(zone_label(zone, lang)),
                name=free_text(zone.name, zone.name_en, lang),
                colour=colour_hex(zone.colour),
                guests=GuestParking(zone.guests),
                status=zone_status(zone, lang),
                facts=zone_facts(zone, lang),
                notes=free_text(zone.notes, zone.notes_en, lang),
            )
        )
    d.accessibility = _accessibility(event, venue, lang)
    return d


def directions_text(d: Directions, header: bool = True) -> str:
    """The practical information as plain text (calendar description, e-mail body);
    without the header (title and time), for a calendar that shows those itself."""
    lines = [d.title, d.when] if header else []
    if d.doors:
        lines.append(d.doors)
    # Only what is known: no venue, no missing transport or parking gives no sentence.
    if d.has_venue:
        where = ", ".join(p for p in (d.room_name, d.venue_name) if p)
        lines += [where, d.address, "", t("find_way", d.lang).upper()]
        for block in d.transit:
            lines.append(f"{block.heading}: {block.details}")
            if block.walking:
                lines.append(block.walking)
            lines += [f"{i}. {step}" for i, step in enumerate(block.steps, start=1)]
        if not d.transit:
            lines.pop()  # the heading has nothing under it
        if d.parking_rule or d.zones:
            lines += ["", t("parking", d.lang).upper(), *d.parking_rule]
        for zone in d.zones:
            facts = "; ".join([zone.status, *zone.facts])
            name = f" ({zone.name})" if zone.name and zone.name != zone.label else ""
            lines.append(
                f"- {zone.label}{name}: {facts}." + (f" {zone.notes}" if zone.notes else "")
            )
        if d.accessibility:
            lines += ["", t("accessibility", d.lang).upper(), *d.accessibility]
    if d.registration:
        lines += ["", t("registration", d.lang).upper(), *d.registration]
    return "\n".join(line for line in lines if line is not None).strip()
