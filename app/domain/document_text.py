"""The fixed words of printed documents (handout, name tags, participant list, calendar) in da/en.

Documents take the event's language, not the user's, so these strings live here rather than
in the Qt translation files of the user interface.
"""

from __future__ import annotations

from .formatting import Lang, lang_code

TEXT: dict[str, tuple[str, str]] = {
    # key: (Danish, English)
    "practical_info": ("Praktisk info", "Practical information"),
    "when": ("Tidspunkt", "When"),
    "where": ("Sted", "Where"),
    "doors": ("Dørene åbner kl. {time}.", "Doors open at {time}."),
    "find_way": ("Find vej", "Finding the way"),
    "address_intro": ("Du finder {venue} på {address}.", "{venue} is at {address}."),
    "room": ("Lokale: {room}", "Room: {room}"),
    "no_venue": (
        "Mødestedet er endnu ikke fastlagt, så vejvisning og parkering følger senere.",
        "No venue has been set for this event yet, so directions and parking will follow later.",
    ),
    "venue_unset": ("Sted ikke fastlagt", "Venue not set"),
    "no_transit": (
        "Der er ikke oplyst offentlig transport til stedet.",
        "No public transport details have been given for the venue.",
    ),
    "parking": ("Parkering", "Parking"),
    "no_parking": (
        "Der er ikke oplyst parkering ved stedet.",
        "No parking details have been given for the venue.",
    ),
    "accessibility": ("Tilgængelighed", "Accessibility"),
    "step_free_entrance": ("Trinfri adgang: {entrances}.", "Step-free entrance: {entrances}."),
    "step_free_building": (
        "Der er trinfri adgang til bygningen.",
        "The building has step-free access.",
    ),
    "step_free_unknown": (
        "Trinfri adgang er ikke bekræftet; kontakt arrangøren, hvis du har brug for det.",
        "Step-free access has not been confirmed; please contact the organiser if you need it.",
    ),
    "facilities": ("Der er {list}.", "There is {list}."),
    "lift": ("elevator", "a lift"),
    "accessible_toilet": ("handicaptoilet", "an accessible toilet"),
    "hearing_loop": ("teleslynge", "a hearing loop"),
    "wheelchair_places": (
        "{room} har {count} pladser til kørestolsbrugere.",
        "{room} has {count} wheelchair spaces.",
    ),
    "accessible_parking": (
        "Handicapparkering: {count} pladser.",
        "Accessible parking: {count} spaces.",
    ),
    "registration": ("Tilmelding og kontakt", "Registration and contact"),
    "deadline": ("Tilmelding senest {date}.", "Please register by {date}."),
    "register_url": ("Tilmelding: {url}", "Register at: {url}"),
    "register_email": ("Tilmelding til {email}.", "Register by e-mail to {email}."),
    "register_phone": ("Telefon: {phone}", "Phone: {phone}"),
    "organiser": ("Arrangør: {organiser}", "Organiser: {organiser}"),
    "venue_contact": ("Kontakt på stedet: {contact}", "Contact at the venue: {contact}"),
    "phone_short": ("tlf. {phone}", "tel. {phone}"),
    "map_approximate": ("Placeringen er omtrentlig.", "The location is approximate."),
    "map_walk": ("Gangrute", "Walking route"),
    "map_entrance": ("Indgang", "Entrance"),
    "map_step_free": ("trinfri", "step-free"),
    "map_not_allowed": ("ikke tilladt", "not allowed"),
    "map_permit": ("kræver tilladelse", "permit only"),
    "map_attribution": (
        "Danmarkskort: Natural Earth (public domain).",
        "Map of Denmark: Natural Earth (public domain).",
    ),
    "map_not_to_scale": (
        "Skitse tegnet ud fra stedets koordinater (ikke et kort).",
        "Sketch drawn from the venue's coordinates (not a map).",
    ),
    "map_osm": (
        "Kort: © OpenStreetMap-bidragydere, hentet {date}.",
        "Map: © OpenStreetMap contributors, fetched {date}.",
    ),
    "walking_steps": ("Sådan går du", "How to walk"),
    # Name tags and participant lists
    "participants": ("Deltagerliste", "List of participants"),
    "sign_in": ("Indskrivningsliste", "Sign-in sheet"),
    "col_no": ("Nr.", "No."),
    "col_name": ("Navn", "Name"),
    "col_organisation": ("Organisation", "Organisation"),
    "col_role": ("Titel/rolle", "Title/role"),
    "col_group": ("Gruppe", "Group"),
    "col_signature": ("Underskrift", "Signature"),
    "count_participants": ("{count} deltagere", "{count} participants"),
    "page_of": ("Side {page} af {pages}", "Page {page} of {pages}"),
    "no_participants": ("Der er ingen tilmeldte deltagere endnu.", "No one has registered yet."),
    # Calendar
    "ics_registration": ("Tilmelding", "Registration"),
}


def t(key: str, lang: Lang = None, **params: object) -> str:
    """The document string `key` in the language `lang` (da/en), with params filled in."""
    da, en = TEXT[key]
    text = en if lang_code(lang) == "en" else da
    return text.format(**params) if params else text
