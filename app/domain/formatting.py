"""Dates, times, phone numbers, transit and parking sentences in a document's language (da/en)."""

from __future__ import annotations

import datetime as dt
import re

from .enums import GuestParking, Language, TransitMode
from .venue import ParkingZone, TransitOption

WEEKDAYS = {
    "da": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
MONTHS = {
    "da": [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}
EN_DASH = "\u2013"
# A Language, its code ("da", "en") or None for Danish: what the wording functions take.
Lang = Language | str | None


def lang_code(lang: Lang) -> str:
    """'da' or 'en' from a Language, a string or None (Danish is the default)."""
    return "en" if str(lang or "da").lower().startswith("en") else "da"


def format_date(day: dt.date, lang: Lang = Language.DA, *, weekday: bool = True) -> str:
    """'tirsdag den 30. april 2024' / 'Tuesday 30 April 2024' (without weekday: '30. april 2024')."""
    code = lang_code(lang)
    month = MONTHS[code][day.month - 1]
    name = WEEKDAYS[code][day.weekday()]
    if code == "da":
        return (
            f"{name} den {day.day}. {month} {day.year}"
            if weekday
            else f"{day.day}. {month} {day.year}"
        )
    return f"{name} {day.day} {month} {day.year}" if weekday else f"{day.day} {month} {day.year}"


def format_time(moment: dt.time, lang: Lang = Language.DA) -> str:
    """'9.00' in Danish (the full stop is the Danish time separator), '09:00' in English."""
    if lang_code(lang) == "da":
        return f"{moment.hour}.{moment.minute:02d}"
    return f"{moment.hour:02d}:{moment.minute:02d}"


def format_clock(moment: dt.time, lang: Lang = Language.DA) -> str:
    """A time in a field or table cell: '08.45' in Danish, '08:45' in English."""
    separator = "." if lang_code(lang) == "da" else ":"
    return f"{moment.hour:02d}{separator}{moment.minute:02d}"


def format_short_date(day: dt.date, lang: Lang = Language.DA) -> str:
    """A date in a field or table cell: '31.05.2024' in Danish, '31/05/2024' in English."""
    if lang_code(lang) == "da":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def format_number(value: float, lang: Lang = Language.DA, decimals: int = 0) -> str:
    """'45.000' and '4,5' in Danish, '45,000' and '4.5' in English."""
    text = f"{value:,.{decimals}f}"
    if lang_code(lang) == "da":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def plural(count: int, one: str, more: str) -> str:
    """'1 plads' / '3 pladser': the count with the noun in the right number."""
    return f"{count} {one if count == 1 else more}"


def format_time_range(start: dt.time | None, end: dt.time | None, lang: Lang = Language.DA) -> str:
    if start is None:
        return ""
    if end is None:
        return format_time(start, lang)
    return f"{format_time(start, lang)}{EN_DASH}{format_time(end, lang)}"


def format_when(
    day: dt.date | None, start: dt.time | None, end: dt.time | None, lang: Lang = Language.DA
) -> str:
    """'tirsdag den 30. april 2024 kl. 16.00–18.30' / 'Tuesday 30 April 2024, 16:00–18:30'."""
    code = lang_code(lang)
    if day is None:
        return "Dato ikke fastlagt" if code == "da" else "Date not set"
    text = format_date(day, code)
    if start is None:
        return text
    times = format_time_range(start, end, code)
    return f"{text} kl. {times}" if code == "da" else f"{text}, {times}"


def format_phone(phone: str) -> str:
    """A Danish eight-digit number in pairs ('25 45 09 46'); anything else as written."""
    digits = re.sub(r"[\s-]", "", phone or "")
    prefix = ""
    if digits.startswith("+45") and len(digits) == 11:
        prefix, digits = "+45 ", digits[3:]
    if len(digits) == 8 and digits.isdigit():
        return prefix + " ".join(digits[i : i + 2] for i in range(0, 8, 2))
    return (phone or "").strip()


def join_words(words: list[str], lang: Lang = Language.DA) -> str:
    """'a, b og c' / 'a, b and c'."""
    words = [w for w in words if w]
    if len(words) <= 1:
        return "".join(words)
    last = " og " if lang_code(lang) == "da" else " and "
    return ", ".join(words[:-1]) + last + words[-1]


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- transit -------------------------------------------------------------------------------

# Per mode and language: the imperative heading, the vehicle, the verb for the stop and the
# line ("S-togslinje C", as Danish writes it in one word; "S-train line C").
_MODES = {
    TransitMode.S_TRAIN: {
        "da": ("Tag toget", "S-tog", "stopper på", "S-togslinje"),
        "en": ("Take the train", "S-train", "stops at", "S-train line"),
    },
    TransitMode.REGIONAL_TRAIN: {
        "da": ("Tag toget", "Regionaltog", "stopper på", "Regionaltogslinje"),
        "en": ("Take the train", "Regional train", "stops at", "Regional train line"),
    },
    TransitMode.METRO: {
        "da": ("Tag metroen", "Metro", "stopper på", "Metrolinje"),
        "en": ("Take the metro", "Metro", "stops at", "Metro line"),
    },
    TransitMode.LIGHT_RAIL: {
        "da": ("Tag letbanen", "Letbane", "stopper på", "Letbanelinje"),
        "en": ("Take the light rail", "Light rail", "stops at", "Light rail line"),
    },
    TransitMode.BUS: {
        "da": ("Tag bussen", "Bus", "stopper ved", "Buslinje"),
        "en": ("Take the bus", "Bus", "stops at", "Bus line"),
    },
    TransitMode.FERRY: {
        "da": ("Tag færgen", "Færge", "lægger til ved", "Færgerute"),
        "en": ("Take the ferry", "Ferry", "calls at", "Ferry route"),
    },
}


def transit_heading(option: TransitOption, lang: Lang = Language.DA) -> str:
    """'Tag toget' / 'Take the train'."""
    return _MODES[TransitMode(option.mode)][lang_code(lang)][0]


def transit_details(option: TransitOption, lang: Lang = Language.DA) -> str:
    """'S-togslinje C mod Frederikssund stopper på Egedal st.' (parts left out when unknown)."""
    code = lang_code(lang)
    _, vehicle, verb, line = _MODES[TransitMode(option.mode)][code]
    words = [f"{line} {option.line.strip()}" if option.line.strip() else vehicle]
    if option.direction.strip():
        words.append(("mod " if code == "da" else "towards ") + option.direction.strip())
    if option.stop_name.strip():
        words += [verb, option.stop_name.strip()]
    text = " ".join(words)
    return text if text.endswith(".") else text + "."


def transit_sentence(option: TransitOption, lang: Lang = Language.DA) -> str:
    """'Tag toget: S-togslinje C mod Frederikssund stopper på Egedal st.'"""
    return f"{transit_heading(option, lang)}: {transit_details(option, lang)}"


def free_text(danish: str, english: str, lang: Lang = Language.DA) -> str:
    """A text the coordinator wrote, in the document's language: the English version in an
    English document when there is one, else the Danish text (printed once, as written)."""
    if lang_code(lang) == "en" and english.strip():
        return english.strip()
    return danish.strip()


def walking_sentence(
    option: TransitOption,
    destination: str,
    lang: Lang = Language.DA,
    estimated_minutes: int | None = None,
    route_metres: int | None = None,
) -> str:
    """How far the walk from the stop is: entered minutes and the coordinator's own note;
    without either, a walk estimated from coordinates (said to be approximate); '' when
    nothing is known. A note is never joined by a generated sentence that could contradict
    it ("roughly 5 minutes" beside "få minutter"): the document prints the note alone."""
    code = lang_code(lang)
    minutes = option.walking_minutes
    parts = []
    if minutes is not None:
        if code == "da":
            unit = "minuts" if minutes == 1 else "minutters"
            parts.append(f"Herfra er der ca. {minutes} {unit} gang til {destination}.")
        else:
            parts.append(f"From here it is about a {minutes}-minute walk to {destination}.")
    note = free_text(option.walking_note, option.walking_note_en, code)
    if minutes is None and estimated_minutes is not None and not note and route_metres:
        # Measured along the streets: the length is known, the minutes follow from it.
        metres = max(10, round(route_metres, -1))
        n = estimated_minutes
        if code == "da":
            unit = "minuts" if n == 1 else "minutters"
            parts.append(
                f"Herfra er der {metres} m til fods til {destination}, ca. {n} {unit} gang."
            )
        else:
            parts.append(
                f"From here it is {metres} m on foot to {destination}, about a {n}-minute walk."
            )
    elif minutes is None and estimated_minutes is not None and not note:
        if code == "da":
            unit = "minuts" if estimated_minutes == 1 else "minutters"
            parts.append(
                f"Herfra er der omkring {estimated_minutes} {unit} gang til {destination}."
            )
        else:
            parts.append(
                f"From here it is roughly a {estimated_minutes}-minute walk to {destination}."
            )
    if note:
        parts.append(note)
    return " ".join(parts)


# --- parking ---------------------------------------------------------------------------------

# English colour name -> (Danish word, English word, print colour). Danish input is accepted too.
COLOURS = {
    "yellow": ("gul", "yellow", "#f2c200"),
    "blue": ("blå", "blue", "#2f6fcf"),
    "grey": ("grå", "grey", "#8f8f8f"),
    "red": ("rød", "red", "#d23c32"),
    "green": ("grøn", "green", "#2e9a50"),
    "orange": ("orange", "orange", "#ef8a10"),
    "purple": ("lilla", "purple", "#8a4fb5"),
    "pink": ("lyserød", "pink", "#e46ea8"),
    "white": ("hvid", "white", "#ffffff"),
    "black": ("sort", "black", "#262626"),
    "brown": ("brun", "brown", "#8b5a2b"),
}
_ALIASES = {"gray": "grey", **{da: en for en, (da, _, _) in COLOURS.items()}}


def colour_key(colour: str) -> str | None:
    """The English colour name for 'yellow', 'Gul', 'GRAY'...; None for no or unknown colour."""
    word = (colour or "").strip().casefold()
    word = _ALIASES.get(word, word)
    return word if word in COLOURS else None


def colour_hex(colour: str) -> str | None:
    """The print colour of a zone: a named colour's, or the '#rrggbb' the user typed."""
    key = colour_key(colour)
    if key:
        return COLOURS[key][2]
    text = (colour or "").strip()
    return text if re.fullmatch(r"#[0-9a-fA-F]{6}", text) else None


def zone_label(zone: ParkingZone, lang: Lang = Language.DA) -> str:
    """'gul zone' / 'yellow zone' for a zone with a named colour, else the zone's name."""
    key = colour_key(zone.colour)
    if key is None:
        return free_text(zone.name, zone.name_en, lang) or "zone"
    word = COLOURS[key][0 if lang_code(lang) == "da" else 1]
    return f"{word} zone"


def _zones_phrase(zones: list[ParkingZone], lang: Lang) -> tuple[str, bool]:
    """The zones as one noun phrase ('blå og gul zone' / 'the blue and yellow zones') and
    whether it is plural. Zones of one colour are named once."""
    code = lang_code(lang)
    keys = [k for k in (colour_key(z.colour) for z in zones) if k is not None]
    if len(keys) == len(zones):
        words = list(dict.fromkeys(COLOURS[k][0 if code == "da" else 1] for k in keys))
        plural = len(words) > 1
        if code == "da":
            return f"{join_words(words, code)} zone", plural
        return f"the {join_words(words, code)} zone{'s' if plural else ''}", plural
    labels = list(dict.fromkeys(zone_label(z, code) for z in zones))
    return join_words(labels, code), len(labels) > 1


def parking_rule(zones: list[ParkingZone], lang: Lang = Language.DA) -> list[str]:
    """The rule for guests in plain sentences: which zones may be used, which may not, which
    need a permit. Empty when the venue has no zones entered."""
    code = lang_code(lang)
    allowed = [z for z in zones if z.guests == GuestParking.YES]
    permit = [z for z in zones if z.guests == GuestParking.PERMIT]
    forbidden = [z for z in zones if z.guests == GuestParking.NO]
    out = []
    if allowed:
        phrase, _ = _zones_phrase(allowed, code)
        if forbidden or permit:
            out.append(
                f"Kun {phrase} må anvendes." if code == "da" else f"Only {phrase} may be used."
            )
        else:
            out.append(
                f"Du kan parkere i {phrase}." if code == "da" else f"You can park in {phrase}."
            )
    elif permit:
        phrase, _ = _zones_phrase(permit, code)
        out.append(
            f"Gæster kan kun parkere med parkeringstilladelse: {phrase}."
            if code == "da"
            else f"Guests can park only with a parking permit: {phrase}."
        )
    elif forbidden:
        out.append(
            "Gæster kan ikke parkere ved mødestedet."
            if code == "da"
            else "There is no parking for guests at the venue."
        )
    if permit and allowed:
        phrase, plural = _zones_phrase(permit, code)
        out.append(
            capitalise(phrase)
            + (
                " kræver parkeringstilladelse."
                if code == "da"
                else (" require" if plural else " requires") + " a parking permit."
            )
        )
    if forbidden:
        phrase, _ = _zones_phrase(forbidden, code)
        out.append(
            capitalise(phrase) + (" må ikke anvendes." if code == "da" else " may not be used.")
        )
    return out


def zone_status(zone: ParkingZone, lang: Lang = Language.DA) -> str:
    """One or two words for a zone's rule: 'Må anvendes' / 'Not for guests'..."""
    words = {
        GuestParking.YES: ("Må anvendes", "Guests may park"),
        GuestParking.NO: ("Må ikke anvendes", "Not for guests"),
        GuestParking.PERMIT: ("Kun med tilladelse", "Permit only"),
    }
    return words[GuestParking(zone.guests)][0 if lang_code(lang) == "da" else 1]


def zone_facts(zone: ParkingZone, lang: Lang = Language.DA) -> list[str]:
    """Spaces, accessible spaces, chargers, time limit and fee, each as a short phrase."""
    da = lang_code(lang) == "da"
    out = []
    if zone.spaces is not None:
        out.append(
            plural(zone.spaces, "plads", "pladser")
            if da
            else plural(zone.spaces, "space", "spaces")
        )
    if zone.accessible_spaces:
        out.append(
            plural(zone.accessible_spaces, "handicapplads", "handicappladser")
            if da
            else plural(zone.accessible_spaces, "accessible space", "accessible spaces")
        )
    if zone.ev_chargers:
        out.append(
            plural(zone.ev_chargers, "ladestander", "ladestandere")
            if da
            else plural(zone.ev_chargers, "EV charger", "EV chargers")
        )
    if zone.time_limit.strip():
        out.append(("Tidsbegrænsning: " if da else "Time limit: ") + zone.time_limit.strip())
    if zone.fee.strip():
        out.append(("Pris: " if da else "Fee: ") + zone.fee.strip())
    return out
