"""Matching imported rows to each other and to the registrations already there."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ...domain import Registration
from ...domain.registration_rules import is_late, merge_duplicate, merge_into, name_key


@dataclass
class MergePlan:
    new: list[Registration] = field(default_factory=list)
    # Registrations already in the project that the file changed (the same objects).
    updated: list[Registration] = field(default_factory=list)
    # Matched but unchanged apart from where in the file they now are (written, not counted).
    refreshed: list[Registration] = field(default_factory=list)
    unchanged: int = 0
    duplicates: list[str] = field(default_factory=list)
    # Rows of the file that are late, new or matched.
    late: int = 0


class _Index:
    """Registrations by source id, by e-mail and, for those without e-mail, by name."""

    def __init__(self) -> None:
        self.by_source: dict[str, Registration] = {}
        self.by_email: dict[str, Registration] = {}
        self.by_name: dict[str, Registration] = {}

    def add(self, r: Registration, email: str | None = None) -> None:
        """`email`: r.email_key, when the caller has it already."""
        if r.source_id:
            self.by_source.setdefault(r.source_id, r)
        if email := r.email_key if email is None else email:
            self.by_email.setdefault(email, r)
        elif key := name_key(r):
            self.by_name.setdefault(key, r)

    def find(self, r: Registration, email: str | None = None) -> Registration | None:
        """The same person: by the source's id, else e-mail, else name when neither has e-mail.

        `email`: r.email_key, when the caller has it already (a property that folds text).
        """
        email = r.email_key if email is None else email
        match = self.by_source.get(r.source_id) if r.source_id else None
        if match is not None and email and (theirs := match.email_key) and theirs != email:
            match = None  # one order, two people (pretix check-in lists)
        if match is None and email:
            match = self.by_email.get(email)
        if match is None and not email:
            candidate = self.by_name.get(name_key(r))
            if candidate is not None and not candidate.email_key:
                match = candidate
        return match


def _rows_text(a: Registration, b: Registration) -> str:
    why = (
        f"e-mail {b.email}"
        if b.email_key and a.email_key == b.email_key
        else ("id" if a.source_id and a.source_id == b.source_id else "name")
    )
    return (
        f"rows {a.source_row} and {b.source_row}: the same person ({b.name}, same {why}); merged."
    )


def merge_rows(rows: list[Registration]) -> tuple[list[Registration], list[str]]:
    """The rows with duplicates inside the file merged into their first row."""
    index = _Index()
    unique: list[Registration] = []
    notes: list[str] = []
    for r in rows:
        email = r.email_key
        match = index.find(r, email)
        if match is None:
            if r.source_id and r.source_id in index.by_source:
                r.source_id = f"{r.source_id}/{email}"  # keep two people apart
            unique.append(r)
            index.add(r, email)
            continue
        notes.append(_rows_text(match, r))
        merge_duplicate(match, r)
        index.add(match)
    return unique, notes


def plan_merge(
    existing: list[Registration],
    rows: list[Registration],
    provided: set[str],
    deadline: dt.date | None,
) -> MergePlan:
    """What a file does to an event's registrations; changes `existing` objects in place."""
    plan = MergePlan()
    unique, plan.duplicates = merge_rows(rows)
    index = _Index()
    for r in existing:
        index.add(r)
    touched: set[int] = set()
    provided = provided | {"source_id"}
    for r in unique:
        r.late = is_late(r.registered_at, deadline)
        email = r.email_key
        match = index.find(r, email)
        if match is None:
            plan.new.append(r)
            index.add(r, email)
            plan.late += r.late
            continue
        changed = merge_into(match, r, provided)
        if "registered_at" in provided and r.registered_at is not None:
            late = is_late(match.registered_at, deadline)
            changed |= late != match.late
            match.late = late
        plan.late += match.late
        moved = (match.source_file, match.source_row) != (r.source_file, r.source_row)
        match.source_file, match.source_row = r.source_file, r.source_row
        if id(match) not in touched:
            touched.add(id(match))
            if changed:
                plan.updated.append(match)
            else:
                plan.unchanged += 1
                if moved:
                    plan.refreshed.append(match)
        elif changed and match in plan.refreshed:
            plan.refreshed.remove(match)
            plan.unchanged -= 1
            plan.updated.append(match)
        index.add(match)
    return plan
