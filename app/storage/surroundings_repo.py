"""The fetched surroundings of each venue: one row per venue, replaced on every refresh."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, insert, select

from ..domain.surroundings import Surroundings, features_from_json, features_to_json
from . import schema as s
from .bound import Connector
from .errors import ProjectError
from .rows import datetime_in, datetime_out

_t = s.surroundings


class SurroundingsRepository:
    """Surroundings are fetched data, not the coordinator's edits: saving one has no
    revision and no undo, and it never touches the venue's own row."""

    def __init__(self, engine: Connector) -> None:
        self._engine = engine

    def get(self, venue_id: int) -> Surroundings | None:
        with self._engine.connect() as conn:
            row = conn.execute(select(_t).where(_t.c.venue_id == venue_id)).mappings().first()
        if row is None:
            return None
        try:
            features = features_from_json(row["features"])
            fetched = datetime_in(row["fetched_at"])
        except ValueError as error:
            raise ProjectError(f"The stored surroundings of venue {venue_id}: {error}.") from None
        assert fetched is not None
        return Surroundings(
            latitude=row["latitude"],
            longitude=row["longitude"],
            radius_m=row["radius_m"],
            fetched_at=fetched,
            source=row["source"],
            features=features,
        )

    def fetched_at(self, venue_id: int) -> dt.datetime | None:
        """When the venue's surroundings were fetched, or None (without reading them)."""
        with self._engine.connect() as conn:
            value = conn.execute(
                select(_t.c.fetched_at).where(_t.c.venue_id == venue_id)
            ).scalar_one_or_none()
        return datetime_in(value)

    def save(self, venue_id: int, surroundings: Surroundings) -> int:
        """Store (or replace) the venue's surroundings; returns the bytes of features kept."""
        features = features_to_json(surroundings.features)
        with self._engine.begin() as conn:
            conn.execute(delete(_t).where(_t.c.venue_id == venue_id))
            conn.execute(
                insert(_t).values(
                    venue_id=venue_id,
                    fetched_at=datetime_out(surroundings.fetched_at),
                    source=surroundings.source,
                    latitude=surroundings.latitude,
                    longitude=surroundings.longitude,
                    radius_m=surroundings.radius_m,
                    features=features,
                )
            )
        return len(features.encode())

    def delete(self, venue_id: int) -> None:
        with self._engine.begin() as conn:
            conn.execute(delete(_t).where(_t.c.venue_id == venue_id))
