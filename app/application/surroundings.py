"""Keeping the streets and paths around a venue: fetched outside, stored in one transaction."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.surroundings import Surroundings
from ..services.overpass import OverpassClient, fetch_for
from ..storage import Project
from .base import Result
from .transaction import Tx, run


@dataclass
class StoreSurroundings:
    """Fetched data, not an edit: no undo, but other windows learn of it (their maps)."""

    venue_id: int
    surroundings: Surroundings

    def run(self, tx: Tx) -> Result:
        tx.surroundings.save(self.venue_id, self.surroundings)
        tx.changed("venue", self.venue_id)
        return Result(value=self.surroundings)


def fetch_and_store(project: Project, venue_id: int, client: OverpassClient) -> Surroundings:
    """Fetch a venue's surroundings (network, no lock held), then store them."""
    found = fetch_for(project, venue_id, client)
    run(project, StoreSurroundings(venue_id, found))
    return found
