"""An event's invitation as language-specific text: letter, meeting box, programme,
practical information and sign-up. The PDF, the Word file and the mail drafts are all
built from this one structure, so they state the same facts in the same words."""

from __future__ import annotations

from dataclasses import dataclass, field

from .directions import Directions, TransitBlock, build_directions
from .document_text import t
from .enums import EventKind, GuestParking, ProgrammeKind
from .event import Event, ProgrammeItem
from .formatting import (
    Lang,
    capitalise,
    format_date,
    format_phone,
    format_time,
    format_time_range,
    format_when,
    join_words,
    lang_code,
)
from .venue import Venue
from .walking import WalkingEstimate

# key: (Danish, English)
TEXT: dict[str, tuple[str, str]] = {
    "invitation": ("Invitation", "Invitation"),
    "when": ("Tidspunkt", "When"),
    "where": ("Mødested", "Where"),
    "unset": ("Endnu ikke fastlagt", "Not set yet"),
    "deadline_label": ("Tilmelding senest", "Register by"),
    "price_label": ("Pris", "Price"),
    "free": ("Deltagelse er gratis.", "Participation is free of charge."),
    "free_short": ("Gratis", "Free of charge"),
    "programme": ("Program", "Programme"),
    "preliminary": ("Foreløbigt program", "Preliminary programme"),
    "speaker_prefix": ("v/ ", ""),
    "practical": ("Praktisk information", "Practical information"),
    "find_way": ("Find vej", "Finding the way"),
    "parking": ("Parkering", "Parking"),
    "accessibility": ("Tilgængelighed", "Accessibility"),
    "registration": ("Tilmelding", "Registration"),
    "deadline_channel": (
        "Tilmelding sker {channel} senest {date}.",
        "Register {channel} by {date}.",
    ),
    "deadline": ("Tilmelding senest {date}.", "Please register by {date}."),
    "channel": ("Tilmelding sker {channel}.", "Register {channel}."),
    "link": ("Link: {url}", "Link: {url}"),
    "email": ("E-mail: {email}", "E-mail: {email}"),
    "phone": ("Telefon: {phone}", "Phone: {phone}"),
    "quotas": (
        "Fra hver organisation kan deltage:",
        "Each organisation may send:",
    ),
    "no_limit": ("uden begrænsning", "without limit"),
    "attachment": ("Bilag: {label}: {url}", "Attachment: {label}: {url}"),
    "attachment_bare": ("Bilag: {text}", "Attachment: {text}"),
    "zone_forbidden": ("{zone} må ikke anvendes.", "{zone} may not be used."),
    "zone_permit": ("{zone} kræver parkeringstilladelse.", "{zone} requires a parking permit."),
    "zone_allowed": ("Parkering: {zone}.", "Parking: {zone}."),
    "doors": ("Ankomst fra kl. {time}", "Arrival from {time}"),
    "qr_caption": ("Scan koden for at tilmelde dig", "Scan the code to register"),
    # Word's accessibility: the QR code's alternative text, the programme's column headings
    "qr_alt": (
        "QR-kode med linket til tilmeldingen: {url}",
        "QR code with the link to register: {url}",
    ),
    "time_column": ("Tid", "Time"),
    "item_column": ("Programpunkt", "Item"),
    "page_of": ("Side {page} af {pages}", "Page {page} of {pages}"),
    # The default letter
    "dear": ("Kære {who}", "Dear {who}"),
    "dear_all": ("Kære alle", "Dear all"),
    "invites": ("{organiser} inviterer hermed til {what}.", "{organiser} invites you to {what}."),
    "invited": ("I inviteres hermed til {what}.", "You are invited to {what}."),
    "for_groups": ("Invitationen er til {groups}.", "The invitation is for {groups}."),
    "programme_follows": (
        "Programmet og den praktiske information står nedenfor.",
        "The programme and the practical information follow below.",
    ),
    "look_forward": ("Vi ser frem til at se jer.", "We look forward to seeing you."),
    "regards": ("Med venlig hilsen", "Kind regards"),
}

KIND_WORDS = {
    EventKind.DIALOGUE_MEETING: ("dialogmøde", "dialogue meeting"),
    EventKind.THEME_MEETING: ("temamøde", "theme meeting"),
    EventKind.CONFERENCE: ("konference", "conference"),
    EventKind.KICK_OFF: ("kickoff-møde", "kick-off meeting"),
    EventKind.OTHER: ("arrangement", "event"),
}


def it(key: str, lang: Lang, **params: object) -> str:
    da, en = TEXT[key]
    text = en if lang_code(lang) == "en" else da
    return text.format(**params) if params else text


def lower_first(text: str) -> str:
    """'Politisk dialogmøde' -> 'politisk dialogmøde'; an acronym ('KKR ...') stays."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


@dataclass
class ProgrammeRow:
    time: str  # "16.00", "16.50–17.00" or ""
    title: str
    section: bool  # a heading that opens a part ("DEL I: ...")
    speakers: list[str] = field(default_factory=list)  # "v/ Name, role"
    notes: str = ""


@dataclass
class Invitation:
    lang: str
    title: str
    organiser: str
    box: list[tuple[str, str]]  # (label, value) rows of the meeting box
    salutation: str
    paragraphs: list[str]
    closing: str
    signatories: list[tuple[str, str]]  # (name, title)
    programme_heading: str
    programme: list[ProgrammeRow]
    address_intro: str
    transit: list[TransitBlock]
    parking: list[str]
    accessibility: list[str]
    registration: list[str]
    quotas: list[str]
    registration_url: str
    attachments: list[str]


def default_letter(event: Event, lang: Lang) -> tuple[str, list[str], str]:
    """Salutation, paragraphs and closing made from the event's kind, title, organiser and
    invitee groups, for an event whose letter is not written (or not in this language)."""
    code = lang_code(lang)
    groups = [g.name.strip() for g in event.invitee_groups if g.name.strip()]
    if groups and code == "da":
        salutation = it("dear", code, who=join_words([lower_first(g) for g in groups], code))
    else:
        salutation = it("dear_all", code)
    kind = KIND_WORDS[EventKind(event.kind)][0 if code == "da" else 1]
    title = event.title.strip()
    if not title:
        what = kind
    elif kind.split("-")[0].split()[0] in title.lower():
        what = lower_first(title) if code == "da" else f"the {kind} “{title}”"
    else:
        what = f"{kind}: {title}" if code == "da" else f"the {kind} “{title}”"
    organiser = event.organiser.strip()
    first = (
        it("invites", code, organiser=organiser, what=what)
        if organiser
        else it("invited", code, what=what)
    )
    paragraphs = [first]
    if groups and code == "en":
        paragraphs.append(it("for_groups", code, groups=join_words(groups, code)))
    if event.programme:
        paragraphs.append(it("programme_follows", code))
    paragraphs.append(it("look_forward", code))
    return salutation, paragraphs, it("regards", code)


def letter(event: Event, lang: Lang) -> tuple[str, list[str], str]:
    """The letter as written for the event, its empty parts filled from the default; a
    letter written in the event's language is not printed in another one."""
    code = lang_code(lang)
    salutation, paragraphs, closing = default_letter(event, code)
    if code != lang_code(event.language):
        return salutation, paragraphs, closing
    written = [p.strip() for p in event.letter_body.replace("\r\n", "\n").split("\n\n")]
    written = [" ".join(p.split()) for p in written if p]
    return (
        event.letter_salutation.strip() or salutation,
        written or paragraphs,
        event.letter_closing.strip() or closing,
    )


def programme_rows(items: list[ProgrammeItem], lang: Lang) -> list[ProgrammeRow]:
    code = lang_code(lang)
    rows = []
    for item in items:
        speakers = []
        for sp in item.speakers:
            person = ", ".join(p for p in (sp.name.strip(), sp.role.strip()) if p)
            if person:
                speakers.append(it("speaker_prefix", code) + person)
        rows.append(
            ProgrammeRow(
                time=format_time_range(item.start, item.end, code),
                title=item.title.strip(),
                section=ProgrammeKind(item.kind) == ProgrammeKind.SECTION,
                speakers=speakers,
                notes=item.notes.strip(),
            )
        )
    return rows


def _parking(venue: Venue | None, d: Directions, lang: str) -> list[str]:
    """What the venue's zones say, in the coordinator's words where written: each zone
    guests may use by its notes (else its name), the others with their rule."""
    if venue is None:
        return []
    out = []
    for zone, line in zip(venue.parking_zones, d.zones, strict=True):
        label = line.name or line.label
        if zone.guests == GuestParking.YES:
            out.append(line.notes or it("zone_allowed", lang, zone=label))
        elif zone.guests == GuestParking.PERMIT:
            out.append(
                it("zone_permit", lang, zone=label) + (f" {line.notes}" if line.notes else "")
            )
        else:
            out.append(
                it("zone_forbidden", lang, zone=label) + (f" {line.notes}" if line.notes else "")
            )
    return out


def _quota_lines(event: Event, lang: str) -> list[str]:
    groups = [g for g in event.invitee_groups if g.name.strip()]
    if not any(g.quota_per_organisation is not None for g in groups):
        return []
    out = []
    for g in groups:
        name = lower_first(g.name.strip())
        line = (
            f"{g.quota_per_organisation} {name}"
            if g.quota_per_organisation is not None
            else f"{capitalise(name)} {it('no_limit', lang)}"
        )
        out.append(line + (f" ({g.notes.strip()})" if g.notes.strip() else ""))
    return out


def _registration(event: Event, lang: str) -> list[str]:
    out = []
    channel = event.registration_channel.strip()
    if event.registration_deadline is not None:
        day = format_date(event.registration_deadline, lang)
        key = "deadline_channel" if channel else "deadline"
        out.append(it(key, lang, channel=channel, date=day))
    elif channel:
        out.append(it("channel", lang, channel=channel))
    if event.registration_url.strip():
        out.append(it("link", lang, url=event.registration_url.strip()))
    if event.registration_email.strip():
        out.append(it("email", lang, email=event.registration_email.strip()))
    if event.registration_phone.strip():
        out.append(it("phone", lang, phone=format_phone(event.registration_phone)))
    if event.free_of_charge:
        out.append(it("free", lang))
    elif event.price.strip():
        out.append(f"{it('price_label', lang)}: {event.price.strip()}")
    return out


def _box(event: Event, venue: Venue | None, lang: str) -> list[tuple[str, str]]:
    rows = [(it("when", lang), format_when(event.date, event.start_time, event.end_time, lang))]
    if event.doors_time is not None:
        rows.append(("", it("doors", lang, time=format_time(event.doors_time, lang))))
    if venue is not None:
        room = venue.room_by_id(event.room_id)
        place = ", ".join(p for p in (room.name if room else "", venue.name) if p)
        address = venue.address_line if venue.street.strip() else ""
        rows.append((it("where", lang), ", ".join(p for p in (place, address) if p)))
    else:
        rows.append((it("where", lang), it("unset", lang)))
    if event.registration_deadline is not None:
        rows.append((it("deadline_label", lang), format_date(event.registration_deadline, lang)))
    if event.free_of_charge:
        rows.append((it("price_label", lang), it("free_short", lang)))
    elif event.price.strip():
        rows.append((it("price_label", lang), event.price.strip()))
    return rows


def build_invitation(
    event: Event,
    venue: Venue | None,
    lang: Lang = None,
    walks: list[WalkingEstimate | None] | None = None,
) -> Invitation:
    """The invitation of `event` at `venue` (None: not set) in `lang` (default: the event's);
    `walks`: the walks measured along the stored streets (services/walking_routes)."""
    code = lang_code(lang or event.language)
    d = build_directions(event, venue, code, walks)
    salutation, paragraphs, closing = letter(event, code)
    # Only what is recorded: "not confirmed" is a handout's caution, not an accessibility fact.
    unknown = t("step_free_unknown", code)
    accessibility = [a for a in d.accessibility if a != unknown] if venue else []
    attachments = []
    for a in event.attachments:
        label, url = a.label.strip(), a.url.strip()
        if label and url:
            attachments.append(it("attachment", code, label=label, url=url))
        elif label or url:
            attachments.append(it("attachment_bare", code, text=label or url))
    return Invitation(
        lang=code,
        title=event.title.strip(),
        organiser=event.organiser.strip(),
        box=_box(event, venue, code),
        salutation=salutation,
        paragraphs=paragraphs,
        closing=closing,
        signatories=[
            (s.name.strip(), s.title.strip()) for s in event.signatories if s.name.strip()
        ],
        programme_heading=it("preliminary" if event.programme_preliminary else "programme", code),
        programme=programme_rows(event.programme, code),
        # Without a venue the reader learns that directions follow, not nothing at all.
        address_intro=d.address_intro if venue is not None else t("no_venue", code),
        transit=d.transit,
        parking=_parking(venue, d, code),
        accessibility=accessibility,
        registration=_registration(event, code),
        quotas=_quota_lines(event, code),
        registration_url=event.registration_url.strip(),
        attachments=attachments,
    )
