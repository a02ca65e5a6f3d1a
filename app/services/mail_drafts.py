"""Mail drafts (.eml marked X-Unsent: 1) of an event's invitation or practical information,
for the user's own mail program (Outlook and Apple Mail open them as unsent drafts).

No server and no password: the drafts are files in a folder. Either one draft per person
(To: that person) or one draft with everyone in Bcc; the invitation's PDF is attached, and
for practical information the handout's PDF and the calendar invite (.ics) too. Subject and
body are in the event's language, built from the same text the documents print.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from ..domain.directions import build_directions, directions_text
from ..domain.enums import RegistrationStatus
from ..domain.event import Event
from ..domain.file_names import file_stem
from ..domain.formatting import Lang, lang_code
from ..domain.invitation_text import build_invitation
from ..domain.registration import Registration
from ..domain.validation import is_email
from ..domain.venue import Venue
from ..storage import Store
from .atomic import atomic_write

KINDS = ("invitation", "practical")

TEXT = {
    "subject_invitation": ("Invitation: {title}", "Invitation: {title}"),
    "subject_practical": ("Praktisk information: {title}", "Practical information: {title}"),
    "attached_invitation": (
        "Invitationen med program og praktisk information er vedhæftet som PDF.",
        "The invitation with the programme and practical information is attached as a PDF.",
    ),
    "attached_practical": (
        "Praktisk information er vedhæftet som PDF, og mødet som kalenderinvitation (.ics).",
        "The practical information is attached as a PDF, and the meeting as a calendar "
        "invite (.ics).",
    ),
    "everyone": ("alle", "everyone"),
}


class MailError(Exception):
    """A draft that cannot be made (an event without a venue has no practical info)."""

    user_message = True


@dataclass
class Recipient:
    name: str
    email: str


def _t(key: str, lang: str, **params: str) -> str:
    da, en = TEXT[key]
    return (en if lang == "en" else da).format(**params)


def recipients(people: list[Registration], kind: str) -> list[Recipient]:
    """Who gets the mail: for practical information those registered (or already checked
    in), for the invitation everyone not cancelled; each needs a well-formed address."""
    wanted = (
        {RegistrationStatus.REGISTERED, RegistrationStatus.ATTENDED}
        if kind == "practical"
        else {s for s in RegistrationStatus if s != RegistrationStatus.CANCELLED}
    )
    seen: set[str] = set()
    out = []
    for person in people:
        email = person.email.strip()
        if RegistrationStatus(person.status) not in wanted or not is_email(email):
            continue
        if email.casefold() in seen:
            continue
        seen.add(email.casefold())
        out.append(Recipient(_one_line(person.name), email))
    return out


def _one_line(text: str) -> str:
    # A name typed into a sign-up form must not add a header line to the draft.
    return re.sub(r"[\x00-\x1f\x7f]+", " ", text or "").strip()


def _address(person: Recipient) -> Address:
    local, _, domain = person.email.rpartition("@")
    return Address(display_name=person.name, username=local, domain=domain)


def _pdf_bytes(document) -> bytes:
    from .document_pdf import write_pdf

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "document.pdf"
        write_pdf(document, path)
        return path.read_bytes()


def message_body(event: Event, venue: Venue | None, kind: str, lang: str) -> str:
    if kind == "practical":
        text = directions_text(build_directions(event, venue, lang))
        return f"{text}\n\n{_t('attached_practical', lang)}\n"
    inv = build_invitation(event, venue, lang)
    lines = [inv.salutation, "", *[f"{p}\n" for p in inv.paragraphs], inv.closing, ""]
    for name, title in inv.signatories:
        lines += [name, title] if title else [name]
    if not inv.signatories and inv.organiser:
        lines.append(inv.organiser)
    lines += ["", _t("attached_invitation", lang)]
    return "\n".join(lines).strip() + "\n"


def attachments(
    event: Event, venue: Venue | None, kind: str, lang: str, handout=None
) -> list[tuple[str, bytes, str]]:
    """(file name, content, MIME type) of each attachment; `handout` is the project's own
    handout document (with its stored street map), else one is made from the venue."""
    from .document_pdf import ensure_gui_app

    ensure_gui_app()
    stem = file_stem(event.title, "event", replacement="_")
    if kind == "invitation":
        from .invitation_pdf import InvitationDocument

        pdf = _pdf_bytes(InvitationDocument(event, venue, lang))
        label = "Invitation"
        return [(f"{label} - {stem}.pdf", pdf, "application/pdf")]
    from .calendar_invite import event_ics
    from .handout_pdf import HandoutDocument

    if venue is None:
        raise MailError(
            f"{event.title} has no venue yet, so it has no practical information to send."
        )
    pdf = _pdf_bytes(handout or HandoutDocument(event, venue, lang))
    label = "Praktisk information" if lang == "da" else "Practical information"
    ics = event_ics(event, venue, lang).encode("utf-8")
    return [
        (f"{label} - {stem}.pdf", pdf, "application/pdf"),
        (f"{stem}.ics", ics, "text/calendar"),
    ]


def draft(
    subject: str,
    body: str,
    to: list[Recipient],
    bcc: list[Recipient],
    files: list[tuple[str, bytes, str]],
) -> EmailMessage:
    message = EmailMessage()
    # Outlook opens a file with this header as a draft to send, not as a received mail.
    message["X-Unsent"] = "1"
    message["Subject"] = subject
    if to:
        message["To"] = [_address(p) for p in to]
    if bcc:
        message["Bcc"] = [_address(p) for p in bcc]
    message.set_content(body)
    for name, content, mime in files:
        maintype, subtype = mime.split("/")
        if maintype == "text":  # the calendar invite: UTF-8 text, said to be so
            message.add_attachment(
                content.decode("utf-8"), subtype=subtype, charset="utf-8", filename=name
            )
        else:
            message.add_attachment(content, maintype=maintype, subtype=subtype, filename=name)
    return message


def write_drafts(
    event: Event,
    venue: Venue | None,
    people: list[Registration],
    kind: str,
    folder: str | os.PathLike,
    *,
    bcc: bool = False,
    lang: Lang = None,
    handout=None,
) -> list[Path]:
    """Write the drafts into `folder` (made if missing); returns their paths. With no
    recipient, one draft without addresses is written for the user to address."""
    if kind not in KINDS:
        raise ValueError(kind)
    code = lang_code(lang or event.language)
    folder = Path(folder)
    files = attachments(event, venue, kind, code, handout)  # refused before anything is made
    folder.mkdir(exist_ok=True)
    subject = _t(f"subject_{kind}", code, title=event.title.strip())
    body = message_body(event, venue, kind, code)
    people_to = recipients(people, kind)
    stem = file_stem(subject.replace(": ", " - "), "mail", replacement="_")
    batches: list[tuple[str, list[Recipient], list[Recipient]]]
    if bcc or not people_to:
        batches = [(f"{stem}.eml", [], people_to)]
    else:
        batches = [
            (f"{n:03d} {file_stem(p.name or p.email, 'mail', replacement='_')}.eml", [p], [])
            for n, p in enumerate(people_to, start=1)
        ]
    written = []
    for name, to, hidden in batches:
        message = draft(subject, body, to, hidden, files)
        with atomic_write(folder / name) as tmp:
            # CRLF line ends, as a mail file on disk is read by Outlook and Apple Mail.
            Path(tmp).write_bytes(message.as_bytes(policy=SMTP))
        written.append(folder / name)
    return written


def drafts_for(
    project: Store,
    event_id: int,
    kind: str,
    folder,
    *,
    bcc: bool = False,
    lang: Lang = None,
    walking_speed: float | None = None,
) -> list[Path]:
    """The drafts of an event in an open Project (safe to call off the UI thread)."""
    event = project.events.get(event_id)
    venue = project.venues.get(event.venue_id) if event.venue_id is not None else None
    people = project.registrations.for_event(event_id)
    handout = None
    if kind == "practical" and venue is not None:
        from .handout_pdf import handout_for

        code = lang_code(lang or event.language)
        handout = (
            handout_for(project, event_id, code)
            if walking_speed is None
            else handout_for(project, event_id, code, walking_speed=walking_speed)
        )
    return write_drafts(event, venue, people, kind, folder, bcc=bcc, lang=lang, handout=handout)


__all__ = ["KINDS", "MailError", "drafts_for", "recipients", "write_drafts"]
