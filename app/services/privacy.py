"""Purging participants' personal data from a project, leaving counts for statistics."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import update

from ..storage import Store
from ..storage import schema as s
from ..storage.project import backups_of
from ..storage.rows import refuse_unchanged

# What identifies or describes a person; organisation, group, status and the
# car/accessible-parking flags stay so the counts of the event survive.
_PERSONAL = {
    "first_name": "",
    "last_name": "",
    "full_name": "",
    "email": "",
    "email_key": "",
    "phone": "",
    "comment": "",
    "source_id": "",
    "source_file": "",
    "role": "",
}
_NEEDS = {"dietary": "", "accessibility": ""}


def remove_backups(project_path: Path) -> tuple[list[Path], list[Path]]:
    """Delete the backups made before the project's upgrades: they hold every participant's
    data as it was then, and a purge must leave no copy. Returns (deleted, those that could
    not be deleted), so the message can name what is left."""
    removed, kept = [], []
    for backup in backups_of(project_path):
        try:
            backup.unlink()
        except OSError:
            kept.append(backup)
            continue
        removed.append(backup)
    return removed, kept


def purge_event(
    project: Store, event_id: int, needs_only: bool = False, today: dt.date | None = None
) -> int:
    """Remove personal data (or only special needs) of an event's registrations.

    Returns how many registrations were purged. The activity log of the event is
    emptied of names too, and the file is vacuumed so no freed page keeps a copy.
    """
    today = today or dt.date.today()
    values = dict(_NEEDS) if needs_only else {**_PERSONAL, **_NEEDS}
    stamp = "needs_purged_on" if needs_only else "personal_data_purged_on"
    with project.engine.begin() as conn:
        count = conn.execute(
            update(s.registrations)
            .where(s.registrations.c.event_id == event_id)
            .values(**values, revision=s.registrations.c.revision + 1)
        ).rowcount
        if not needs_only:
            conn.execute(
                update(s.registration_log)
                .where(s.registration_log.c.event_id == event_id)
                .values(message="(removed when personal data was deleted)")
            )
        stamped = conn.execute(
            update(s.events)
            .where(s.events.c.id == event_id)
            .values(**{stamp: today.isoformat()}, revision=s.events.c.revision + 1)
        ).rowcount
        # On a team server, another organisation's event: its people were never shown here.
        refuse_unchanged(conn, s.events, event_id, stamped, "event")
    project.vacuum()
    return count
