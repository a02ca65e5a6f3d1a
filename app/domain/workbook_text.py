"""The words of the Excel workbooks (sheet names, headings, vocabularies, warnings) in da/en.

Workbooks take the event's language like every printed document, so these strings live in
the domain next to `document_text`, not in the Qt translation files of the user interface.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from . import diets
from .document_text import Forms, plural_form
from .enums import EventKind, ProgrammeKind, RegistrationStatus, SeatingLayout, TransitMode
from .formatting import Lang, format_date, lang_code

# key: (Danish, English); a text with a count has (one, more) forms chosen by `count`.
TEXT: dict[str, tuple[Forms, Forms]] = {
    # Sheet names (at most 31 characters, as Excel requires)
    "sheet_overview": ("Oversigt", "Overview"),
    "sheet_programme": ("Program", "Programme"),
    "sheet_participants": ("Deltagere", "Participants"),
    "sheet_quotas": ("Kvoter", "Quotas"),
    "sheet_directions": ("Find vej", "Directions"),
    "sheet_logistics": ("Parkering og forplejning", "Parking and catering"),
    "sheet_sign_in": ("Fremmødeliste", "Sign-in sheet"),
    "sheet_venues": ("Mødesteder", "Venues"),
    "sheet_rooms": ("Lokaler", "Rooms"),
    "sheet_transit": ("Offentlig transport", "Public transport"),
    "sheet_entrances": ("Indgange", "Entrances"),
    "sheet_parking": ("Parkering", "Parking"),
    "sheet_events": ("Arrangementer", "Events"),
    # Titles and notes
    "catalogue_title": ("Katalog over mødesteder", "Catalogue of venues"),
    "events_title": ("Oversigt over arrangementer", "Overview of events"),
    "for_sharing": (
        "Til deling: uden e-mail, telefon og kommentarer; særlig kost og tilgængelighed kun "
        "som antal.",
        "For sharing: without e-mail, phone and comments; dietary and accessibility "
        "needs as counts only.",
    ),
    "personal_data": (
        "Indeholder personoplysninger. Del kun med dem, der har brug for dem, og "
        "slet filen efter brug.",
        "Contains personal data. Share only with those who need it, and delete the file after use.",
    ),
    "counts_elsewhere": (
        "Antal står på fanen \u201d{sheet}\u201d.",
        "Counts are on the sheet \u201c{sheet}\u201d.",
    ),
    "file_full": ("logistik", "logistics"),
    "file_sharing": ("til deling", "for sharing"),
    "made_on": ("Dannet {date} med Venueplan", "Made {date} with Venueplan"),
    "page_footer": ("Side &P af &N", "Page &P of &N"),
    # Overview
    "event": ("Arrangement", "Event"),
    "kind": ("Type", "Kind"),
    "organiser": ("Arrangør", "Organiser"),
    "when": ("Tidspunkt", "When"),
    "doors": ("Ankomst", "Doors open"),
    "at_time": ("kl. {time}", "{time}"),
    "venue": ("Mødested", "Venue"),
    "room": ("Lokale", "Room"),
    "layout": ("Opstilling", "Layout"),
    "address": ("Adresse", "Address"),
    "capacity": ("Kapacitet", "Capacity"),
    "seats": (("{count} plads", "{count} pladser"), ("{count} seat", "{count} seats")),
    "event_limit": ("arrangementets grænse {count}", "event limit {count}"),
    "unknown": ("ukendt", "unknown"),
    "not_set": ("ikke fastlagt", "not set"),
    "key_numbers": ("Tilmeldinger", "Registrations"),
    "registered": ("Tilmeldte", "Registered"),
    "waitlisted": ("På venteliste", "Waitlisted"),
    "cancelled": ("Afmeldte", "Cancelled"),
    "free": ("Ledige pladser", "Seats free"),
    "no_show_rate": ("Forventet udeblivelse", "Expected no-shows"),
    "expected_present": ("Forventet fremmøde", "Expected present"),
    "expected_attendance": ("Forventet antal (planlagt)", "Expected attendance (planned)"),
    "needs_accessible": ("Behov for kørestolsplads", "Need a wheelchair space"),
    "accessible_places": ("Kørestolspladser i lokalet", "Wheelchair spaces in the room"),
    "registration": ("Tilmelding", "Registration"),
    "deadline": ("Tilmeldingsfrist", "Registration deadline"),
    "channel": ("Tilmelding via", "Register via"),
    "contacts": ("Kontakter", "Contacts"),
    "venue_contact": ("Kontakt på mødestedet", "Contact at the venue"),
    "signatories": ("Afsendere", "Signatories"),
    "warnings": ("Opmærksomhedspunkter", "Points to watch"),
    "no_warnings": (
        "Ingen: kapacitet, kvoter og parkering er i orden.",
        "None: capacity, quotas and parking are in order.",
    ),
    # Programme
    "time": ("Tid", "Time"),
    "item": ("Punkt", "Item"),
    "speakers": ("Oplægsholdere", "Speakers"),
    "notes": ("Bemærkninger", "Notes"),
    "no_programme": ("Der er endnu ikke angivet et program.", "No programme has been entered yet."),
    # Participants
    "col_no": ("Nr.", "No."),
    "col_name": ("Navn", "Name"),
    "col_organisation": ("Organisation", "Organisation"),
    "col_role": ("Titel/rolle", "Title/role"),
    "col_group": ("Gruppe", "Group"),
    "col_status": ("Status", "Status"),
    "col_status_note": ("Statusbemærkning", "Status note"),
    "col_registered_at": ("Tilmeldt den", "Registered on"),
    "col_email": ("E-mail", "E-mail"),
    "col_phone": ("Telefon", "Phone"),
    "col_dietary": ("Særlig kost", "Dietary needs"),
    "col_accessibility": ("Tilgængelighed", "Accessibility"),
    "col_by_car": ("I bil", "By car"),
    "col_accessible_parking": ("Handicapparkering", "Accessible parking"),
    "col_comment": ("Kommentar", "Comment"),
    "col_signature": ("Underskrift", "Signature"),
    "yes": ("Ja", "Yes"),
    "no": ("Nej", "No"),
    "quota_note": (
        "Over kvoten: {organisation} har allerede {quota} i \u201d{group}\u201d.",
        "Over the quota: {organisation} already has {quota} in \u201c{group}\u201d.",
    ),
    "capacity_note": (
        "På venteliste: arrangementet er fuldt.",
        "Waiting list: the event is full.",
    ),
    "participants_count": (
        ("{count} tilmelding", "{count} tilmeldinger"),
        ("{count} registration", "{count} registrations"),
    ),
    "sign_in_count": (("{count} tilmeldt", "{count} tilmeldte"), "{count} registered"),
    # Quotas
    "quota": ("Kvote pr. organisation", "Quota per organisation"),
    "no_limit": ("ingen grænse", "no limit"),
    "count": ("Antal", "Count"),
    "over": ("Over kvoten", "Over the quota"),
    "groups": ("Invitationsgrupper", "Invitee groups"),
    "per_organisation": ("Pr. organisation og gruppe", "Per organisation and group"),
    "no_groups": (
        "Arrangementet har ingen invitationsgrupper.",
        "The event has no invitee groups.",
    ),
    # Directions
    "find_way": ("Offentlig transport", "Public transport"),
    "entrances": ("Indgange", "Entrances"),
    "entrance": ("Indgang", "Entrance"),
    "step_free": ("Trinfri", "Step-free"),
    "parking": ("Parkering", "Parking"),
    "zone": ("Zone", "Zone"),
    "description": ("Beskrivelse", "Description"),
    "guests": ("Gæster", "Guests"),
    "spaces": ("Pladser", "Spaces"),
    "accessible_spaces": ("Handicappladser", "Accessible spaces"),
    "ev_chargers": ("Ladestandere", "EV chargers"),
    "time_limit": ("Tidsbegrænsning", "Time limit"),
    "fee": ("Pris", "Fee"),
    "accessibility": ("Tilgængelighed", "Accessibility"),
    "no_entrances": ("Der er ikke angivet indgange.", "No entrances have been entered."),
    # Parking and catering
    "cars": ("Kommer i bil", "Arriving by car"),
    "accessible_parking_need": ("Behov for handicapparkering", "Need accessible parking"),
    "guest_spaces": ("Pladser for gæster", "Spaces for guests"),
    "permit_zones": ("Zoner kun med tilladelse", "Permit-only zones"),
    "not_entered": ("ikke angivet", "not entered"),
    "catering": ("Forplejning", "Catering"),
    "expected": ("Forventet antal", "Expected"),
    "dietary": ("Særlig kost (antal)", "Dietary needs (counts)"),
    "diet_kind": ("Særlig kost", "Diet"),
    "other_answers": ("Andre svar", "Other answers"),
    "no_catering": ("Der er ikke angivet forplejning.", "No catering has been entered."),
    "no_dietary": ("Ingen har angivet særlig kost.", "Nobody has given a dietary need."),
    # Catalogue and events
    "postal_code": ("Postnr.", "Postal code"),
    "city": ("By", "City"),
    "latitude": ("Breddegrad", "Latitude"),
    "longitude": ("Længdegrad", "Longitude"),
    "approximate": ("Omtrentlig", "Approximate"),
    "contact": ("Kontakt", "Contact"),
    "facilities": ("Faciliteter", "Facilities"),
    "rooms": ("Lokaler", "Rooms"),
    "largest": ("Største kapacitet", "Largest capacity"),
    "lift": ("elevator", "lift"),
    "toilet": ("handicaptoilet", "accessible toilet"),
    "hearing_loop": ("teleslynge", "hearing loop"),
    "step_free_access": ("trinfri adgang", "step-free access"),
    "mode": ("Transportmiddel", "Mode"),
    "line": ("Linje", "Line"),
    "direction": ("Retning", "Direction"),
    "stop": ("Stoppested", "Stop"),
    "walk": ("Gangtid (min.)", "Walk (min.)"),
    "walking": ("Om gangvejen", "About the walk"),
    "steps": ("Sådan går du", "How to walk"),
    "estimated_walk": ("beregnet ud fra koordinaterne", "estimated from the coordinates"),
    "route_walk": ("{metres} m langs gaderne", "{metres} m along the streets"),
    "date": ("Dato", "Date"),
    "status": ("Status", "Status"),
    "place": ("Mødested og lokale", "Venue and room"),
    "deadline_short": ("Frist", "Deadline"),
    "waitlisted_short": ("På venteliste", "Waitlist"),
    "free_short": ("Ledige", "Free"),
    "cars_short": ("I bil", "By car"),
    "no_events": ("Der er ingen arrangementer.", "There are no events."),
    # The status of another organisation's event on a team server, whose people are kept
    # from the coordinator exporting: its counts are left empty, not printed as nobody.
    "people_not_shown": (
        "Tilmeldingerne vises kun for arrangørens koordinatorer",
        "Registrations shown only to the organiser's coordinators",
    ),
    "no_venues": ("Der er ingen mødesteder.", "There are no venues."),
}

_LAYOUTS = {
    SeatingLayout.THEATRE: ("Biografopstilling", "Theatre"),
    SeatingLayout.CLASSROOM: ("Skoleopstilling", "Classroom"),
    SeatingLayout.BANQUET: ("Runde borde", "Round tables"),
    SeatingLayout.CABARET: ("Caféopstilling", "Cabaret"),
    SeatingLayout.U_SHAPE: ("Hesteskoopstilling", "U-shape"),
    SeatingLayout.RECEPTION: ("Stående reception", "Reception (standing)"),
}
_KINDS = {
    EventKind.DIALOGUE_MEETING: ("Dialogmøde", "Dialogue meeting"),
    EventKind.THEME_MEETING: ("Temamøde", "Theme meeting"),
    EventKind.CONFERENCE: ("Konference", "Conference"),
    EventKind.KICK_OFF: ("Kickoff-møde", "Kick-off meeting"),
    EventKind.OTHER: ("Andet", "Other"),
}
_STATUSES = {
    RegistrationStatus.REGISTERED: ("Tilmeldt", "Registered"),
    RegistrationStatus.WAITLISTED: ("På venteliste", "Waitlisted"),
    RegistrationStatus.CANCELLED: ("Afmeldt", "Cancelled"),
    RegistrationStatus.ATTENDED: ("Mødt", "Attended"),
    RegistrationStatus.NO_SHOW: ("Udeblevet", "No-show"),
}
_PROGRAMME_KINDS = {
    ProgrammeKind.WELCOME: ("Velkomst", "Welcome"),
    ProgrammeKind.TALK: ("Oplæg", "Talk"),
    ProgrammeKind.DISCUSSION: ("Drøftelse", "Discussion"),
    ProgrammeKind.BREAK: ("Pause", "Break"),
    ProgrammeKind.MEAL: ("Måltid", "Meal"),
    ProgrammeKind.CLOSING: ("Afrunding", "Closing"),
    ProgrammeKind.SECTION: ("Del", "Part"),
}
_MODES = {
    TransitMode.S_TRAIN: ("S-tog", "S-train"),
    TransitMode.REGIONAL_TRAIN: ("Regionaltog", "Regional train"),
    TransitMode.METRO: ("Metro", "Metro"),
    TransitMode.LIGHT_RAIL: ("Letbane", "Light rail"),
    TransitMode.BUS: ("Bus", "Bus"),
    TransitMode.FERRY: ("Færge", "Ferry"),
}
_FIT_STATUSES = {  # capacity.Fit.status
    "unknown": ("Ukendt", "Unknown"),
    "fits": ("Plads nok", "Fits"),
    "full": ("Fuldt", "Full"),
    "overbooked": ("Overbooket", "Overbooked"),
    "over": ("Over kapacitet", "Over capacity"),
}
# Twins of capacity_report.WARNINGS, keyed by the same codes and filled with the same params.
# A count stands after a label ("tilmeldte: 76") so one sentence reads right for 1 and 18;
# a sentence with the count before its noun has (one, more) forms chosen by _COUNTED_BY.
_WARNINGS: dict[str, tuple[Forms, Forms]] = {
    "no_room": (
        "Der er ikke valgt lokale, så kapaciteten er ukendt.",
        "No room is chosen, so the capacity is unknown.",
    ),
    "no_layout": (
        "Der er ikke valgt opstilling, så lokalets kapacitet er ukendt.",
        "No layout is chosen, so the room's capacity is unknown.",
    ),
    "layout_missing": (
        "{room} har ingen pladser i {layout}.",
        "{room} cannot be set up as {layout}.",
    ),
    "zero_capacity": (
        "Kapaciteten er 0: der er ingen pladser.",
        "The capacity is 0: there are no seats.",
    ),
    "full": (
        "Fuldt \u2013 tilmeldte: {registered}, pladser: {capacity}.",
        "Exactly full: {registered} registered for {capacity} seats.",
    ),
    "over": (
        "Over kapacitet \u2013 tilmeldte: {registered}, pladser: {capacity}, for mange: {over}.",
        "Over capacity: {registered} registered for {capacity} seats ({over} too many).",
    ),
    "overbooked": (
        "Overbooket \u2013 tilmeldte: {registered}, pladser: {capacity}, forventet fremmøde "
        "efter udeblivelser: {present}.",
        "Overbooked: {registered} registered for {capacity} seats; {present} "
        "expected after no-shows.",
    ),
    "expected_over": (
        "Det forventede antal deltagere ({expected}) er større end antallet af pladser "
        "({capacity}).",
        "Expected attendance {expected} is more than the {capacity} seats.",
    ),
    "waitlist_with_seats": (
        "På venteliste: {waitlisted}, selvom der er ledige pladser: {free}.",
        "{waitlisted} on the waiting list while {free} seats are free.",
    ),
    "accessible_short": (
        "Behov for kørestolsplads: {needed}; kørestolspladser i lokalet: {places}.",
        "{needed} need a wheelchair space; the room has {places}.",
    ),
    "quota_exceeded": (
        "Tilmeldinger over en gruppes kvote: {count}.",
        "Registrations over an invitee group quota: {count}.",
    ),
    "unknown_group": (
        "Tilmeldinger, der ikke nævner nogen af arrangementets grupper: {count}.",
        "Registrations naming no invitee group of this event: {count}.",
    ),
    "no_organisation": (
        "Tilmeldinger i en gruppe med kvote, men uden organisation: {count}.",
        "Registrations in a group with a quota but no organisation: {count}.",
    ),
    "parking_none": (
        "Kommer i bil: {cars}, men mødestedet har ingen parkeringszone til gæster.",
        "{cars} arrive by car and the venue has no parking zone for guests.",
    ),
    "parking_not_entered": (
        "Kommer i bil: {cars}, men der er ikke angivet parkering for mødestedet.",
        "{cars} arrive by car; no parking is entered for the venue.",
    ),
    "parking_permit_only": (
        "Kommer i bil: {cars}, men gæster må kun parkere med tilladelse "
        "(zoner med tilladelse: {permit_zones}).",
        "{cars} arrive by car; guests may park only with a permit ({permit_zones} permit zones).",
    ),
    "parking_short": (
        (
            "Kommer i bil: {cars}, men der er kun {spaces} p-plads til gæster ({short} for få).",
            "Kommer i bil: {cars}, men der er kun {spaces} p-pladser til gæster ({short} for få).",
        ),
        (
            "{cars} arrive by car for {spaces} guest parking space ({short} short).",
            "{cars} arrive by car for {spaces} guest parking spaces ({short} short).",
        ),
    ),
    "parking_unknown": (
        "Kommer i bil: {cars}; antallet af p-pladser til gæster er ikke angivet "
        "(zoner uden antal: {zones}).",
        "{cars} arrive by car; the number of guest parking spaces is not "
        "entered for {zones} zones.",
    ),
    "accessible_parking_short": (
        "Behov for handicapparkering: {needed}; handicappladser i gæstezoner: {spaces}.",
        "{needed} need accessible parking; guest zones have {spaces} accessible spaces.",
    ),
    "double_booked": (
        "{room} er også booket til \u201d{title}\u201d ({when}).",
        "{room} is also booked for \u201c{title}\u201d ({when}).",
    ),
}
# The param whose number picks the form of a warning with (one, more) forms.
_COUNTED_BY = {"parking_short": "spaces"}


def _pick(pair: tuple[Forms, Forms], lang: Lang, count: object = None) -> str:
    return plural_form(pair[1] if lang_code(lang) == "en" else pair[0], count)


def wt(key: str, lang: Lang = None, **params: object) -> str:
    """The workbook string `key` in `lang` (da/en), with params filled in."""
    text = _pick(TEXT[key], lang, params.get("count"))
    return text.format(**params) if params else text


def layout_name(layout: SeatingLayout | str | None, lang: Lang = None) -> str:
    return _pick(_LAYOUTS[SeatingLayout(layout)], lang) if layout else ""


def kind_name(kind: EventKind | str, lang: Lang = None) -> str:
    return _pick(_KINDS[EventKind(kind)], lang)


def status_name(status: RegistrationStatus | str, lang: Lang = None) -> str:
    return _pick(_STATUSES[RegistrationStatus(status)], lang)


def programme_kind_name(kind: ProgrammeKind | str, lang: Lang = None) -> str:
    return _pick(_PROGRAMME_KINDS[ProgrammeKind(kind)], lang)


def mode_name(mode: TransitMode | str, lang: Lang = None) -> str:
    return _pick(_MODES[TransitMode(mode)], lang)


def diet_name(kind: str, lang: Lang = None) -> str:
    return diets.diet_name(kind, danish=lang_code(lang) != "en")


def fit_status_name(status: str, lang: Lang = None) -> str:
    return _pick(_FIT_STATUSES.get(status, (status, status)), lang)


def yes_no(value: bool, lang: Lang = None) -> str:
    return wt("yes" if value else "no", lang)


def warning_text(code: str, params: dict[str, Any], lang: Lang = None) -> str:
    """A capacity-report warning (code and params) as a sentence in `lang`."""
    params = dict(params)
    if code == "layout_missing" and params.get("layout"):
        params["layout"] = layout_name(params["layout"], lang).lower()
    if code == "double_booked":
        params["when"] = double_booking_when(params, lang)
        if params.get("room") == "The room":
            params["room"] = "Lokalet" if lang_code(lang) == "da" else "The room"
    pair = _WARNINGS.get(code)
    if pair is None:
        return code
    return _pick(pair, lang, params.get(_COUNTED_BY.get(code, "count"))).format(**params)


def double_booking_when(params: dict[str, Any], lang: Lang = None) -> str:
    """'31. maj 2024 kl. 9.00–13.00' / '31 May 2024, 09:00–13:00' from a double-booking
    warning's ISO date and 'HH:MM' times."""
    da = lang_code(lang) == "da"

    def clock(hhmm: str) -> str:  # '24:00' (a clash to the end of the day) is kept as written
        hours, minutes = hhmm.split(":")[:2]
        return f"{int(hours)}.{minutes}" if da else f"{int(hours):02d}:{minutes}"

    start, end = params.get("start"), params.get("end")
    times = "\u2013".join(clock(t) for t in (start, end) if t) if start else ""
    day = format_date(dt.date.fromisoformat(params["date"]), lang, weekday=False)
    if not times:
        return day
    return f"{day} kl. {times}" if da else f"{day}, {times}"
