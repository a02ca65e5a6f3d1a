"""The words of the Excel workbooks (sheet names, headings, vocabularies, warnings) in da/en.

Workbooks take the event's language like every printed document, so these strings live in
the domain next to `document_text`, not in the Qt translation files of the user interface.
"""

from __future__ import annotations

from typing import Any

from .enums import EventKind, ProgrammeKind, RegistrationStatus, SeatingLayout, TransitMode
from .formatting import Lang, lang_code

TEXT: dict[str, tuple[str, str]] = {
    # Sheet names (at most 31 characters, as Excel requires)
    "sheet_overview": ("Oversigt", "Overview"),
    "sheet_programme": ("Program", "Programme"),
    "sheet_participants": ("Deltagere", "Participants"),
    "sheet_quotas": ("Kvoter", "Quotas"),
    "sheet_directions": ("Vejvisning", "Directions"),
    "sheet_logistics": ("Parkering og forplejning", "Parking and catering"),
    "sheet_sign_in": ("Indskrivning", "Sign-in sheet"),
    "sheet_venues": ("Steder", "Venues"),
    "sheet_rooms": ("Lokaler", "Rooms"),
    "sheet_transit": ("Offentlig transport", "Public transport"),
    "sheet_entrances": ("Indgange", "Entrances"),
    "sheet_parking": ("Parkering", "Parking"),
    "sheet_events": ("Arrangementer", "Events"),
    # Titles and notes
    "catalogue_title": ("Katalog over mødesteder", "Catalogue of venues"),
    "events_title": ("Oversigt over arrangementer", "Overview of events"),
    "for_sharing": (
        "Til deling: uden e-mail, telefon og kommentarer; kost og tilgængelighed kun som antal.",
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
    "made_on": ("Udskrevet {date} fra Venueplan", "Printed {date} from Venueplan"),
    "page_footer": ("Side &P af &N", "Page &P of &N"),
    # Overview
    "event": ("Arrangement", "Event"),
    "kind": ("Type", "Kind"),
    "organiser": ("Arrangør", "Organiser"),
    "when": ("Tidspunkt", "When"),
    "doors": ("Dørene åbner", "Doors open"),
    "venue": ("Sted", "Venue"),
    "room": ("Lokale", "Room"),
    "layout": ("Opstilling", "Layout"),
    "address": ("Adresse", "Address"),
    "capacity": ("Kapacitet", "Capacity"),
    "seats": ("{count} pladser", "{count} seats"),
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
    "needs_accessible": ("Har brug for tilgængelig plads", "Need an accessible place"),
    "accessible_places": ("Tilgængelige pladser i lokalet", "Accessible places in the room"),
    "registration": ("Tilmelding", "Registration"),
    "deadline": ("Tilmeldingsfrist", "Registration deadline"),
    "channel": ("Tilmelding via", "Register via"),
    "contacts": ("Kontakter", "Contacts"),
    "venue_contact": ("Kontakt på stedet", "Contact at the venue"),
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
    "no_programme": ("Programmet er ikke lagt ind endnu.", "No programme has been entered yet."),
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
    "col_dietary": ("Kost", "Dietary needs"),
    "col_accessibility": ("Tilgængelighed", "Accessibility"),
    "col_by_car": ("I bil", "By car"),
    "col_accessible_parking": ("Handicap-P", "Accessible parking"),
    "col_comment": ("Kommentar", "Comment"),
    "col_signature": ("Underskrift", "Signature"),
    "yes": ("Ja", "Yes"),
    "no": ("Nej", "No"),
    "quota_note": (
        "Over kvoten: {organisation} har allerede {quota} i \u201d{group}\u201d.",
        "Over the quota: {organisation} already has {quota} in \u201c{group}\u201d.",
    ),
    "capacity_note": ("Venteliste: arrangementet er fuldt.", "Waiting list: the event is full."),
    "participants_count": ("{count} tilmeldinger", "{count} registrations"),
    "sign_in_count": ("{count} tilmeldte", "{count} registered"),
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
    "no_entrances": ("Der er ikke oplyst indgange.", "No entrances have been entered."),
    # Parking and catering
    "cars": ("Ankommer i bil", "Arriving by car"),
    "accessible_parking_need": ("Har brug for handicapparkering", "Need accessible parking"),
    "guest_spaces": ("Pladser for gæster", "Spaces for guests"),
    "permit_zones": ("Zoner kun med tilladelse", "Permit-only zones"),
    "not_entered": ("ikke oplyst", "not entered"),
    "catering": ("Forplejning", "Catering"),
    "expected": ("Forventet antal", "Expected"),
    "dietary": ("Særlig kost (antal)", "Dietary needs (counts)"),
    "diet_kind": ("Kost", "Diet"),
    "other_answers": ("Andre svar", "Other answers"),
    "no_catering": ("Der er ikke lagt forplejning ind.", "No catering has been entered."),
    "no_dietary": ("Ingen har oplyst særlig kost.", "Nobody has given a dietary need."),
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
    "walk": ("Gang (min.)", "Walk (min.)"),
    "walking": ("Gangvej", "Walk"),
    "steps": ("Sådan går du", "How to walk"),
    "estimated_walk": ("beregnet ud fra koordinaterne", "estimated from the coordinates"),
    "date": ("Dato", "Date"),
    "status": ("Status", "Status"),
    "place": ("Sted og lokale", "Venue and room"),
    "deadline_short": ("Frist", "Deadline"),
    "waitlisted_short": ("Venteliste", "Waitlist"),
    "free_short": ("Ledige", "Free"),
    "cars_short": ("I bil", "By car"),
    "no_events": ("Der er ingen arrangementer.", "There are no events."),
    "no_venues": ("Der er ingen mødesteder.", "There are no venues."),
}

_LAYOUTS = {
    SeatingLayout.THEATRE: ("Biografopstilling", "Theatre"),
    SeatingLayout.CLASSROOM: ("Skoleopstilling", "Classroom"),
    SeatingLayout.BANQUET: ("Runde borde", "Round tables"),
    SeatingLayout.CABARET: ("Caféopstilling", "Cabaret"),
    SeatingLayout.U_SHAPE: ("Hestesko", "U-shape"),
    SeatingLayout.RECEPTION: ("Reception (stående)", "Reception (standing)"),
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
    RegistrationStatus.WAITLISTED: ("Venteliste", "Waitlisted"),
    RegistrationStatus.CANCELLED: ("Afmeldt", "Cancelled"),
    RegistrationStatus.ATTENDED: ("Mødt", "Attended"),
    RegistrationStatus.NO_SHOW: ("Udeblev", "No-show"),
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
# Kinds of catering.DIET_KINDS; the English words match catering.DIET_LABELS.
_DIETS = {
    "vegan": ("vegansk", "vegan"),
    "vegetarian": ("vegetarisk", "vegetarian"),
    "pescetarian": ("pescetarisk", "pescetarian"),
    "gluten_free": ("glutenfri", "gluten-free"),
    "lactose_free": ("laktosefri", "lactose-free"),
    "dairy_free": ("mælkefri", "dairy-free"),
    "nut_allergy": ("nøddeallergi", "nut allergy"),
    "shellfish_allergy": ("skaldyrsallergi", "shellfish allergy"),
    "fish_allergy": ("fiskeallergi", "fish allergy"),
    "egg_allergy": ("ægallergi", "egg allergy"),
    "halal": ("halal", "halal"),
    "kosher": ("kosher", "kosher"),
    "no_pork": ("uden svinekød", "no pork"),
    "diabetic": ("diabetes", "diabetic"),
    "other": ("andet", "other"),
}
_FIT_STATUSES = {  # capacity.Fit.status
    "unknown": ("Ukendt", "Unknown"),
    "fits": ("Plads", "Fits"),
    "full": ("Fuldt", "Full"),
    "overbooked": ("Overbooket", "Overbooked"),
    "over": ("Over kapacitet", "Over capacity"),
}
# Twins of capacity_report.WARNINGS, keyed by the same codes and filled with the same params.
_WARNINGS = {
    "no_room": (
        "Der er ikke valgt lokale, så kapaciteten er ukendt.",
        "No room is chosen, so the capacity is unknown.",
    ),
    "no_layout": (
        "Der er ikke valgt opstilling, så lokalets kapacitet er ukendt.",
        "No layout is chosen, so the room's capacity is unknown.",
    ),
    "layout_missing": (
        "{room} kan ikke stilles op som {layout}.",
        "{room} cannot be set up as {layout}.",
    ),
    "zero_capacity": (
        "Kapaciteten er 0: der er ingen pladser.",
        "The capacity is 0: there are no seats.",
    ),
    "full": (
        "Fuldt: {registered} tilmeldte til {capacity} pladser.",
        "Exactly full: {registered} registered for {capacity} seats.",
    ),
    "over": (
        "Overbooket: {registered} tilmeldte til {capacity} pladser ({over} for mange).",
        "Over capacity: {registered} registered for {capacity} seats ({over} too many).",
    ),
    "overbooked": (
        "Overbooket: {registered} tilmeldte til {capacity} pladser; {present} "
        "forventes efter udeblivelser.",
        "Overbooked: {registered} registered for {capacity} seats; {present} "
        "expected after no-shows.",
    ),
    "expected_over": (
        "Det forventede antal {expected} er større end de {capacity} pladser.",
        "Expected attendance {expected} is more than the {capacity} seats.",
    ),
    "waitlist_with_seats": (
        "{waitlisted} står på venteliste, mens {free} pladser er ledige.",
        "{waitlisted} on the waiting list while {free} seats are free.",
    ),
    "accessible_short": (
        "{needed} har brug for en tilgængelig plads; lokalet har {places}.",
        "{needed} need an accessible place; the room has {places}.",
    ),
    # Counted warnings put the number last so one sentence reads right for 1 and for 18.
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
        "{cars} kommer i bil, og stedet har ingen parkering for gæster.",
        "{cars} arrive by car and the venue has no parking zone for guests.",
    ),
    "parking_not_entered": (
        "{cars} kommer i bil; der er ikke oplyst parkering ved stedet.",
        "{cars} arrive by car; no parking is entered for the venue.",
    ),
    "parking_permit_only": (
        "{cars} kommer i bil; gæster kan kun parkere med tilladelse ({permit_zones} zoner).",
        "{cars} arrive by car; guests may park only with a permit ({permit_zones} permit zones).",
    ),
    "parking_short": (
        "{cars} kommer i bil til {spaces} p-pladser for gæster ({short} for få).",
        "{cars} arrive by car for {spaces} guest parking spaces ({short} short).",
    ),
    "parking_unknown": (
        "{cars} kommer i bil; antallet af p-pladser er ikke oplyst for {zones} zoner.",
        "{cars} arrive by car; the number of guest parking spaces is not "
        "entered for {zones} zones.",
    ),
    "accessible_parking_short": (
        "{needed} har brug for handicapparkering; gæstezonerne har {spaces} handicappladser.",
        "{needed} need accessible parking; guest zones have {spaces} accessible spaces.",
    ),
    "double_booked": (
        "{room} er også booket til \u201d{title}\u201d ({date} {start}\u2013{end}).",
        "{room} is also booked for \u201c{title}\u201d ({date} {start}\u2013{end}).",
    ),
}


def _pick(pair: tuple[str, str], lang: Lang) -> str:
    return pair[1] if lang_code(lang) == "en" else pair[0]


def wt(key: str, lang: Lang = None, **params: object) -> str:
    """The workbook string `key` in `lang` (da/en), with params filled in."""
    text = _pick(TEXT[key], lang)
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
    return _pick(_DIETS.get(kind, (kind, kind)), lang)


def fit_status_name(status: str, lang: Lang = None) -> str:
    return _pick(_FIT_STATUSES.get(status, (status, status)), lang)


def yes_no(value: bool, lang: Lang = None) -> str:
    return wt("yes" if value else "no", lang)


def warning_text(code: str, params: dict[str, Any], lang: Lang = None) -> str:
    """A capacity-report warning (code and params) as a sentence in `lang`."""
    params = dict(params)
    if code == "layout_missing" and params.get("layout"):
        params["layout"] = layout_name(params["layout"], lang).lower()
    if code == "double_booked" and params.get("room") == "The room":
        params["room"] = "Lokalet" if lang_code(lang) == "da" else "The room"
    pair = _WARNINGS.get(code)
    if pair is None:
        return code
    return _pick(pair, lang).format(**params)
