"""A local cache of public-transport stops from the last imported GTFS feed."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..domain.walking import DEFAULT_SPEED_KMH
from .gtfs_feed import Cancelled, FeedStops, Report, read_feed
from .nearest_stops import StopSuggestion, nearest_stops


@dataclass(frozen=True)
class ImportResult:
    source: str
    stops: int
    stations: int
    with_modes: bool  # route types were read from routes, trips and stop_times
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class CacheInfo:
    source: str
    stops: int
    imported_at: str
    with_modes: bool


class StopsCache:
    """Stops from the last imported feed, in `gtfs_stops.sqlite` in the cache folder."""

    def __init__(self, cache_dir: str | os.PathLike[str]) -> None:
        self.dir = Path(cache_dir)
        self.path = self.dir / "gtfs_stops.sqlite"

    def info(self) -> CacheInfo | None:
        """What is imported, or None when no feed has been imported yet."""
        if not self.path.exists():
            return None
        with closing(sqlite3.connect(self.path)) as conn:
            meta = dict(conn.execute("SELECT key, value FROM meta"))
        return CacheInfo(
            meta["source"], int(meta["stops"]), meta["imported_at"], meta["with_modes"] == "1"
        )

    def import_feed(
        self,
        path: str | os.PathLike[str],
        *,
        cancelled: Cancelled | None = None,
        report: Report | None = None,
    ) -> ImportResult:
        """Replace the cache with the stops of a GTFS zip or stops.txt, all or nothing."""
        feed = read_feed(path, cancelled=cancelled, report=report)
        self._write(feed)
        if report is not None:
            report(feed.size, feed.size)
        stations = sum(1 for s in feed.stops.values() if s.location_type == 1)
        return ImportResult(
            feed.source, len(feed.stops), stations, feed.with_modes, tuple(feed.notes)
        )

    def _write(self, feed: FeedStops) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".importing")
        tmp.unlink(missing_ok=True)
        with closing(sqlite3.connect(tmp)) as conn:
            conn.executescript(
                "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);"
                "CREATE TABLE stops (stop_id TEXT PRIMARY KEY, name TEXT, lat REAL, lon REAL,"
                " location_type INTEGER, parent_station TEXT, route_types TEXT);"
            )
            conn.executemany(
                "INSERT INTO stops VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    (*s, ",".join(str(t) for t in sorted(feed.served.get(s.stop_id, ()))))
                    for s in feed.stops.values()
                ),
            )
            conn.execute("CREATE INDEX stops_lat ON stops (lat)")
            conn.executemany(
                "INSERT INTO meta VALUES (?, ?)",
                [
                    ("source", feed.source),
                    ("stops", str(len(feed.stops))),
                    ("imported_at", datetime.now(UTC).isoformat(timespec="seconds")),
                    ("with_modes", "1" if feed.with_modes else "0"),
                ],
            )
            conn.commit()
        os.replace(tmp, self.path)

    def nearest_stops(
        self,
        lat: float,
        lon: float,
        limit: int = 5,
        max_km: float = 3,
        *,
        speed_kmh: float = DEFAULT_SPEED_KMH,
    ) -> list[StopSuggestion]:
        """Stops and stations within max_km of the point, nearest first, one per station."""
        return nearest_stops(self.path, lat, lon, limit, max_km, speed_kmh=speed_kmh)
