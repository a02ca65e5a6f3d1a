"""The fixed words of printed documents (handout, name tags, participant list, calendar) in da/en.

Documents take the event's language, not the user's, so these strings live here rather than
in the Qt translation files of the user interface.
"""

from __future__ import annotations

from .formatting import Lang, lang_code

# key: (Danish, English); a text with a count has (one, more) forms in each language, chosen
# by the `count` parameter ("1 deltager", "2 deltagere").
Forms = str | tuple[str, str]
TEXT: dict[str, tuple[Forms, Forms]] = {
    "practical_info": ("Praktisk information", "Practical information"),
    "when": ("Tidspunkt", "When"),
    "where": ("Mødested", "Where"),
    "doors": ("Ankomst fra kl. {time}.", "Doors open at {time}."),
    "find_way": ("Find vej", "Finding the way"),
    "address_intro": ("Du finder {venue} på {address}.", "{venue} is at {address}."),
    "address_intro_town": ("Du finder {venue} i {town}.", "{venue} is in {town}."),
    "room": ("Lokale: {room}", "Room: {room}"),
    "no_venue": (
        "Mødestedet er endnu ikke fastlagt, så vej og parkering følger senere.",
        "No venue has been set for this event yet, so directions and parking will follow later.",
    ),
    "venue_unset": ("Mødested ikke fastlagt", "Venue not set"),
    "no_transit": (
        "Der er ikke angivet offentlig transport til mødestedet.",
        "No public transport details have been given for the venue.",
    ),
    "parking": ("Parkering", "Parking"),
    "no_parking": (
        "Der er ikke angivet parkering ved mødestedet.",
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
        ("{room} har {count} kørestolsplads.", "{room} har {count} kørestolspladser."),
        ("{room} has {count} wheelchair space.", "{room} has {count} wheelchair spaces."),
    ),
    "accessible_parking": (
        ("Handicapparkering: {count} plads.", "Handicapparkering: {count} pladser."),
        ("Accessible parking: {count} space.", "Accessible parking: {count} spaces."),
    ),
    "registration": ("Tilmelding og kontakt", "Registration and contact"),
    "deadline": ("Tilmelding senest {date}.", "Please register by {date}."),
    "register_url": ("Tilmelding: {url}", "Register at: {url}"),
    "register_email": ("Tilmelding til {email}.", "Register by e-mail to {email}."),
    "register_phone": ("Telefon: {phone}", "Phone: {phone}"),
    "organiser": ("Arrangør: {organiser}", "Organiser: {organiser}"),
    "venue_contact": ("Kontakt på mødestedet: {contact}", "Contact at the venue: {contact}"),
    "phone_short": ("tlf. {phone}", "tel. {phone}"),
    "map_approximate": ("Placeringen er omtrentlig.", "The location is approximate."),
    "map_walk": ("Gangrute", "Walking route"),
    "map_entrance": ("Indgang", "Entrance"),
    "map_step_free": ("trinfri", "step-free"),
    "map_not_allowed": ("må ikke anvendes", "not allowed"),
    "map_permit": ("kun med tilladelse", "permit only"),
    "map_attribution": (
        "Danmarkskort: Natural Earth (fri af ophavsret).",
        "Map of Denmark: Natural Earth (public domain).",
    ),
    "map_not_to_scale": (
        "Skitse tegnet ud fra mødestedets koordinater (ikke et kort).",
        "Sketch drawn from the venue's coordinates (not a map).",
    ),
    "map_osm": (
        "Kort: © OpenStreetMap-bidragydere, hentet {date}.",
        "Map: © OpenStreetMap contributors, fetched {date}.",
    ),
    "walking_steps": ("Sådan går du", "How to walk"),
    # Name tags and participant lists
    "participants": ("Deltagerliste", "List of participants"),
    "sign_in": ("Fremmødeliste", "Sign-in sheet"),
    "col_no": ("Nr.", "No."),
    "col_name": ("Navn", "Name"),
    "col_organisation": ("Organisation", "Organisation"),
    "col_role": ("Titel/rolle", "Title/role"),
    "col_group": ("Gruppe", "Group"),
    "col_signature": ("Underskrift", "Signature"),
    "count_participants": (
        ("{count} deltager", "{count} deltagere"),
        ("{count} participant", "{count} participants"),
    ),
    "page_of": ("Side {page} af {pages}", "Page {page} of {pages}"),
    "no_participants": ("Der er ingen tilmeldte deltagere endnu.", "No one has registered yet."),
    # Calendar
    "ics_registration": ("Tilmelding", "Registration"),
}


def plural_form(forms: Forms, count: object) -> str:
    """The form of `forms` for `count`: one for exactly 1, the other for 0 and more than 1
    (as in Danish and English)."""
    if isinstance(forms, str):
        return forms
    return forms[0] if count == 1 else forms[1]


def t(key: str, lang: Lang = None, **params: object) -> str:
    """The document string `key` in the language `lang` (da/en), with params filled in."""
    da, en = TEXT[key]
    text = plural_form(en if lang_code(lang) == "en" else da, params.get("count"))
    return text.format(**params) if params else text
