"""What a column can hold (the fields of a registration) and the guess from its heading."""

from __future__ import annotations

import re

# Fields a column can be mapped to, in the order the mapping dialog lists them.
# "checked_in" and "registered_time" are helpers: a check-in mark means attended,
# a separate time column completes the registration date (pretix).
FIELDS = [
    "full_name",
    "first_name",
    "last_name",
    "email",
    "phone",
    "organisation",
    "role",
    "invitee_group",
    "dietary",
    "accessibility",
    "by_car",
    "accessible_parking",
    "comment",
    "status",
    "registered_at",
    "registered_time",
    "checked_in",
    "source_id",
]
NAME_FIELDS = {"full_name", "first_name", "last_name"}
# A yes/no column can also answer whether the person takes part in one meal of the event:
# "meal:Middag" for the catering item named "Middag".
MEAL_PREFIX = "meal:"


def is_field(target: str) -> bool:
    """A mapping target: one of FIELDS, or a meal's attendance."""
    return target in FIELDS or (target.startswith(MEAL_PREFIX) and len(target) > len(MEAL_PREFIX))


# English labels for the CLI and messages; the dialog has translated twins.
FIELD_LABELS = {
    "full_name": "Name",
    "first_name": "First name",
    "last_name": "Last name",
    "email": "E-mail",
    "phone": "Phone",
    "organisation": "Organisation",
    "role": "Role",
    "invitee_group": "Invitee group",
    "dietary": "Dietary needs",
    "accessibility": "Accessibility needs",
    "by_car": "Arrives by car",
    "accessible_parking": "Needs accessible parking",
    "comment": "Comment",
    "status": "Status",
    "registered_at": "Registered at",
    "registered_time": "Registration time",
    "checked_in": "Checked in",
    "source_id": "Source id",
}

# Exact headings (compared by `heading_key`), English and Danish.
_EXACT = {
    "full_name": [
        "name",
        "full name",
        "fullname",
        "navn",
        "fulde navn",
        "fuldt navn",
        "dit navn",
        "your name",
        "attendee name",
        "navn på deltager",
        "deltagernavn",
        "for og efternavn",
        "participant",
        "deltager",
        "participant name",
    ],
    "first_name": [
        "first name",
        "firstname",
        "given name",
        "fornavn",
        "fornavne",
        "attendee name given name",
        "navn på deltager fornavn",
        "forename",
    ],
    "last_name": [
        "last name",
        "lastname",
        "surname",
        "family name",
        "efternavn",
        "attendee name family name",
        "navn på deltager efternavn",
    ],
    "email": [
        "email",
        "e mail",
        "mail",
        "email address",
        "e mail address",
        "emailadresse",
        "e mailadresse",
        "mailadresse",
        "attendee email",
        "din e mail",
        "your email",
    ],
    "phone": [
        "phone",
        "phone number",
        "telephone",
        "mobile",
        "mobile phone",
        "cell phone",
        "work phone",
        "telefon",
        "telefonnummer",
        "tlf",
        "tlf nr",
        "mobil",
        "mobilnummer",
    ],
    "organisation": [
        "organisation",
        "organization",
        "company",
        "affiliation",
        "institution",
        "kommune",
        "virksomhed",
        "arbejdsplads",
        "employer",
        "municipality",
        "myndighed",
        "forvaltning",
        "organisation kommune",
        "region",
    ],
    "role": [
        "role",
        "title",
        "job title",
        "position",
        "stilling",
        "titel",
        "rolle",
        "funktion",
        "stillingsbetegnelse",
        "jobtitel",
        "category",
        "kategori",
    ],
    "invitee_group": [
        "group",
        "gruppe",
        "invitee group",
        "målgruppe",
        "deltagergruppe",
        "ticket type",
        "billettype",
        "product",
        "produkt",
        "deltagertype",
        "registration type",
        "tilmeldingstype",
    ],
    "dietary": [
        "dietary",
        "dietary requirements",
        "dietary needs",
        "diet",
        "food",
        "allergies",
        "kost",
        "kosthensyn",
        "allergier",
        "madpræferencer",
        "diæt",
        "forplejning",
        "særlige kosthensyn",
    ],
    "accessibility": [
        "accessibility",
        "accessibility needs",
        "access needs",
        "tilgængelighed",
        "særlige behov",
        "hjælpemidler",
        "handicap",
    ],
    "by_car": [
        "by car",
        "arrives by car",
        "car",
        "bil",
        "kommer i bil",
        "ankommer i bil",
        "i bil",
        "parkering",
        "parking",
        "transport",
        "transportform",
    ],
    "accessible_parking": [
        "accessible parking",
        "disabled parking",
        "handicapparkering",
        "handicap parkering",
    ],
    "comment": [
        "comment",
        "comments",
        "kommentar",
        "kommentarer",
        "bemærkning",
        "bemærkninger",
        "notes",
        "note",
        "noter",
        "order comment",
        "andet",
        "other",
    ],
    "status": [
        "status",
        "attendee status",
        "registration state",
        "registration status",
        "tilmeldingsstatus",
        "deltagerstatus",
        "order status",
        "registreringsstatus",
    ],
    "registered_at": [
        "registered at",
        "registration date",
        "timestamp",
        "tidsstempel",
        "completion time",
        "order date",
        "submitted",
        "submitted at",
        "created",
        "tilmeldingsdato",
        "tilmeldt",
        "registreringsdato",
        "tilmeldt den",
        "fuldførelsestidspunkt",
        "bestillingsdato",
    ],
    "registered_time": ["order time", "bestillingstidspunkt"],
    "checked_in": ["checked in", "check in", "tjekket ind", "checket ind"],
    "source_id": ["id", "registration id", "response id", "svar id", "attendee no"],
}

# Words inside a longer question ("Har du særlige kosthensyn?"), most specific first:
# "Navn på din kommune" is an organisation, not a name.
_KEYWORDS = [
    (
        "accessible_parking",
        ["handicapparkering", "handicap-parkering", "accessible parking", "disabled parking"],
    ),
    ("email", ["e-mail", "email", "mailadresse"]),
    ("phone", ["telefon", "phone", "mobilnummer", "tlf"]),
    # " kost" at a word's start: "kosthensyn", "særlig kost", but not "frokost" (lunch),
    # whose yes/no answer ("Deltager i frokost?") is no dietary need.
    ("dietary", [" kost", "allergi", "diet", "food", "mad ", "vegetar", "vegan"]),
    (
        "accessibility",
        [
            "tilgængelig",
            "accessib",
            "hjælpemid",
            "kørestol",
            "wheelchair",
            "handicap",
            "særlige behov",
            "special needs",
        ],
    ),
    ("by_car", [" bil", "bil ", "i bil", "by car", "parkering", "parking", "transport"]),
    (
        "organisation",
        [
            "kommune",
            "organisation",
            "organization",
            "arbejdsplads",
            "company",
            "virksomhed",
            "affiliation",
            "forvaltning",
            "municipality",
        ],
    ),
    ("invitee_group", ["deltager som", "attending as", "målgruppe", "gruppe", "group"]),
    ("role", ["stilling", "titel", "job title", "rolle", "role", "funktion"]),
    ("comment", ["kommentar", "bemærk", "comment", "spørgsmål til", "andet"]),
    ("first_name", ["fornavn", "first name", "given name"]),
    ("last_name", ["efternavn", "last name", "surname", "family name"]),
    ("full_name", ["navn", "name"]),
]


def heading_key(text: str) -> str:
    """A heading reduced for comparison: lower case, punctuation as spaces."""
    text = str(text).casefold().replace("#", " no ")
    text = re.sub(r"[^\w]+", " ", text)
    return " ".join(text.split())


_EXACT_KEYS = {heading_key(h): f for f, headings in _EXACT.items() for h in headings}


def field_for_heading(heading: str) -> str | None:
    """The field a heading names exactly, or failing that by a telling word, or None."""
    key = heading_key(heading)
    if not key:
        return None
    if key in _EXACT_KEYS:
        return _EXACT_KEYS[key]
    padded = f" {str(heading).casefold()} "
    for field, words in _KEYWORDS:
        if any(word in padded for word in words):
            return field
    return None


def guess_mapping(
    headers: list[str], fixed: dict[int, str | None] | None = None
) -> list[str | None]:
    """A field (or None) per column: `fixed` first, then exact headings, then telling words.

    Each field goes to the first column that claims it, except the name and e-mail
    fields, which may take several columns (the first one filled in a row is used).
    """
    mapping: list[str | None] = [None] * len(headers)
    taken: set[str] = set()
    fixed = fixed or {}
    for column, field in fixed.items():
        if column < len(headers):
            mapping[column] = field
            if field:
                taken.add(field)
    for exact in (True, False):
        for column, heading in enumerate(headers):
            if column in fixed or mapping[column]:
                continue
            key = heading_key(heading)
            field = _EXACT_KEYS.get(key) if exact else field_for_heading(heading)
            if field is None:
                continue
            if field in taken and field not in NAME_FIELDS | {"email"}:
                continue
            mapping[column] = field
            taken.add(field)
    return mapping


def has_name(mapping: list[str | None]) -> bool:
    return any(f in NAME_FIELDS for f in mapping)
