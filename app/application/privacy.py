"""Deleting participants' personal data: one transaction, then the file is vacuumed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from ..services.privacy import purge_event
from .base import Result
from .transaction import Tx


@dataclass
class PurgePersonalData:
    """Remove personal data (or only special needs) of the events' registrations. It ends
    undo: an earlier step would put back what was deleted, so none can be taken back."""

    event_ids: Sequence[int]
    needs_only: bool = False
    today: dt.date | None = None

    def run(self, tx: Tx) -> Result:
        count = 0
        for event_id in self.event_ids:
            count += purge_event(tx, event_id, needs_only=self.needs_only, today=self.today)
            tx.changed("registrations", event_id, event_id)
            tx.changed("event", event_id)
        return Result(value=count, ends_undo=True)
