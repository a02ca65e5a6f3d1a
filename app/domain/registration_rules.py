"""Rules for registrations as they arrive: names, tool statuses, late flags, merging."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import fields

from .enums import RegistrationStatus, WaitingFor
from .registration import Registration

# What sign-up tools write in a status column, in English and Danish, mapped to our statuses.
# Anything else ("paid", "pending", "completed", "attending", "tilmeldt"...) means registered.
_CANCELLED = {
    "cancelled",
    "canceled",
    "cancel",
    "annulleret",
    "annulleret af deltager",
    "afmeldt",
    "afbud",
    "aflyst",
    "withdrawn",
    "rejected",
    "refunded",
    "not attending",
    "deleted",
    "expired",
    "tilbagetrukket",
    "afvist",
    "udløbet",
    "refunderet",
    "slettet",
    "deltager ikke",
    "declined",
}
_ATTENDED = {"checked in", "attended", "tjekket ind", "checket ind", "mødt", "mødt op", "deltog"}
_WAITLISTED = {"waitlisted", "waiting list", "on waiting list", "venteliste", "på venteliste"}
_NO_SHOW = {"no-show", "no show", "udeblev", "udeblevet", "ikke mødt"}

# Answers meaning yes in a tick-box or yes/no column.
_YES = {"yes", "y", "ja", "j", "true", "sand", "1", "x", "✓", "✔", "checked", "on"}
_NO = {"", "no", "n", "nej", "false", "falsk", "0", "-"}

# Placeholders some tools write instead of an e-mail or a name (Microsoft Forms: "anonymous").
_PLACEHOLDERS = {"anonymous", "anonym", "n/a", "-", "none", "ingen"}


def plain(text: str) -> str:
    """Lower case with runs of white space as one space: the form texts are compared in."""
    return " ".join(str(text).casefold().split())


def status_from_source(text: str) -> RegistrationStatus | None:
    """The status a tool's status text stands for, or None when it just means registered."""
    value = plain(text).strip(".")
    if not value:
        return None
    if value in _CANCELLED or value.startswith(("cancel", "annul", "afmeld")):
        return RegistrationStatus.CANCELLED
    if value in _ATTENDED:
        return RegistrationStatus.ATTENDED
    if value in _WAITLISTED:
        return RegistrationStatus.WAITLISTED
    if value in _NO_SHOW:
        return RegistrationStatus.NO_SHOW
    return None


def yes_no(text: str) -> bool | None:
    """True for yes-like answers, False for no-like ones, None when the answer says neither."""
    value = plain(text).strip(".!")
    if value in _YES:
        return True
    if value in _NO:
        return False
    return None


def is_placeholder(text: str) -> bool:
    # Each placeholder is one word, so a text of more words (a whole name) is none.
    words = text.split()
    return len(words) == 1 and words[0].casefold() in _PLACEHOLDERS


_NAME_TEXT = re.compile(r"^[^\W\d_][\w .,'’-]*$")


def split_name(full: str) -> tuple[str, str, str]:
    """(first, last, full) from one name field.

    "Berg, Anna" and "Anna Berg" split with confidence; one word or three and more
    ("Søren Trier Høisgaard": is Trier a middle or a family name?) stay whole in `full`.
    """
    text = " ".join(full.split())
    if not _NAME_TEXT.match(text):
        return "", "", text  # a formula, an address or other text: keep as written
    if "," in text:
        last, _, first = (p.strip() for p in text.partition(","))
        if first and last and "," not in first:
            return first, last, ""
    words = text.split(" ")
    if len(words) == 2:
        return words[0], words[1], ""
    return "", "", text


def name_key(r: Registration) -> str:
    """A name for matching people without e-mail: case, spaces and order of parts ignored."""
    return " ".join(sorted(plain(r.name).replace(",", " ").split()))


def is_late(registered_at: dt.datetime | None, deadline: dt.date | None) -> bool:
    """Registered after the deadline day (the deadline day itself still counts as on time)."""
    if registered_at is None or deadline is None:
        return False
    return registered_at.date() > deadline


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def looks_like_email(text: str) -> bool:
    return bool(_EMAIL.match(text.strip()))


# The fields an import may fill in; status and late are decided by rules below.
IMPORTED_FIELDS = [
    f.name
    for f in fields(Registration)
    if f.name
    not in ("id", "event_id", "status", "late", "status_reason", "waiting_for", "revision")
]


def merge_into(existing: Registration, incoming: Registration, provided: set[str]) -> bool:
    """Update `existing` with what a newer export says; True if anything changed.

    Only fields the file provides and fills are taken, so a coordinator's note in a
    field the export lacks survives a re-import. A cancellation in the source cancels;
    a later "registered" in the source never brings back someone cancelled here.
    """
    changed = False
    for meal in (f[len("meal:") :] for f in provided if f.startswith("meal:")):
        if (
            meal in incoming.meal_answers
            and existing.meal_answers.get(meal) != (incoming.meal_answers[meal])
        ):
            existing.meal_answers = {**existing.meal_answers, meal: incoming.meal_answers[meal]}
            changed = True
    for name in IMPORTED_FIELDS:
        if name not in provided:
            continue
        value = getattr(incoming, name)
        if value in ("", None) and name not in ("by_car", "accessible_parking"):
            continue
        if name == "email" and existing.email_key == incoming.email_key:
            continue  # the same address typed differently: keep the one we have
        if getattr(existing, name) != value:
            setattr(existing, name, value)
            changed = True
    # A name given whole replaces split parts and the other way round.
    if {"first_name", "last_name", "full_name"} & provided and incoming.name:
        for name in ("first_name", "last_name", "full_name"):
            if getattr(existing, name) != getattr(incoming, name):
                setattr(existing, name, getattr(incoming, name))
                changed = True
    if (
        incoming.status
        in (RegistrationStatus.CANCELLED, RegistrationStatus.ATTENDED, RegistrationStatus.NO_SHOW)
        and existing.status != incoming.status
    ):
        existing.status = incoming.status
        existing.status_reason = ""
        existing.waiting_for = WaitingFor.NOTHING
        changed = True
    return changed


def merge_duplicate(first: Registration, later: Registration) -> None:
    """Two rows of one file for the same person: the later row's answers win where given."""
    provided = {name for name in IMPORTED_FIELDS if getattr(later, name) not in ("", None)}
    provided.discard("registered_at")  # keep when the person first registered
    provided.discard("source_row")
    if first.registered_at is None:
        first.registered_at = later.registered_at
    merge_into(first, later, provided)
