"""A local cache of public-transport stops from a GTFS feed, and the stops nearest a venue."""

from __future__ import annotations

import csv
import io
import math
import os
import sqlite3
import zipfile
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from ..domain import TransitMode, TransitOption
from ..domain.walking import DEFAULT_SPEED_KMH, WalkingEstimate, estimate_walk

REQUIRED = ("stop_id", "stop_name", "stop_lat", "stop_lon")
# Entrances (2), generic nodes (3) and boarding areas (4) are parts of a station, not
# places to name in directions; only stops/platforms (0) and stations (1) are suggested.
_SUGGESTED_TYPES = (0, 1)
# When a stop is served by several kinds of route, the one guests most likely take.
_MODE_PRIORITY = (
    TransitMode.S_TRAIN,
    TransitMode.METRO,
    TransitMode.REGIONAL_TRAIN,
    TransitMode.LIGHT_RAIL,
    TransitMode.FERRY,
    TransitMode.BUS,
)


class GtfsError(Exception):
    """A feed that cannot be imported; the message names the file and line."""

    user_message = True


class GtfsCancelled(GtfsError):
    def __init__(self):
        super().__init__("Import cancelled; the stops cache is unchanged.")


@dataclass(frozen=True)
class ImportResult:
    source: str
    stops: int
    stations: int
    with_modes: bool  # route types were read from routes, trips and stop_times
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class StopSuggestion:
    stop_id: str
    name: str
    latitude: float
    longitude: float
    location_type: int
    route_types: tuple[int, ...]
    walk: WalkingEstimate

    @property
    def mode(self) -> TransitMode:
        return guess_mode(self.route_types, self.location_type, self.name)


def mode_for_route_type(route_type: int) -> TransitMode | None:
    """GTFS basic and extended route types to the app's modes; None for the rest."""
    if route_type == 109:  # extended type "suburban railway": the S-train
        return TransitMode.S_TRAIN
    if route_type in (0, 5) or 900 <= route_type <= 999:
        return TransitMode.LIGHT_RAIL
    if route_type == 1 or 400 <= route_type <= 499:
        return TransitMode.METRO
    if route_type in (2, 12) or 100 <= route_type <= 199:
        return TransitMode.REGIONAL_TRAIN
    if route_type in (3, 11) or 200 <= route_type <= 299 or 700 <= route_type <= 899:
        return TransitMode.BUS
    if route_type == 4 or 1000 <= route_type <= 1099 or route_type == 1200:
        return TransitMode.FERRY
    return None


def guess_mode(route_types, location_type: int = 0, name: str = "") -> TransitMode:
    """The mode from the routes serving a stop; failing that from Danish name suffixes;
    else regional train (a stop or station with no route data is most often a rail station)."""
    modes = {mode_for_route_type(t) for t in route_types} - {None}
    for mode in _MODE_PRIORITY:
        if mode in modes:
            return mode
    lowered = name.casefold()
    if "(metro)" in lowered:
        return TransitMode.METRO
    if "(letbane)" in lowered:
        return TransitMode.LIGHT_RAIL
    return TransitMode.REGIONAL_TRAIN


def suggestion_to_transit_option(suggestion: StopSuggestion) -> TransitOption:
    """A transit option for the suggested stop; line and direction are left for the user."""
    return TransitOption(
        mode=suggestion.mode,
        stop_name=suggestion.name,
        stop_latitude=suggestion.latitude,
        stop_longitude=suggestion.longitude,
        walking_minutes=suggestion.walk.minutes,
    )


class _CountingReader(io.RawIOBase):
    """Counts the bytes read, so progress can be told as a share of the file sizes."""

    def __init__(self, raw, counter: list[int]):
        self._raw, self._counter = raw, counter

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        n = self._raw.readinto(buffer)
        self._counter[0] += n
        return n

    def close(self) -> None:
        if not self.closed:
            self._raw.close()
        super().close()


class _Feed:
    """The files of a feed: a zip, or a lone stops.txt."""

    def __init__(self, path: Path):
        self.path = path
        self.zip = zipfile.ZipFile(path) if zipfile.is_zipfile(path) else None
        self.members: dict[str, zipfile.ZipInfo] = {}
        if self.zip is not None:
            for info in self.zip.infolist():
                self.members.setdefault(PurePosixPath(info.filename).name, info)
            if "stops.txt" not in self.members:
                raise GtfsError(f"{path.name}: the archive holds no stops.txt.")

    def label(self, name: str) -> str:
        return f"{self.path.name}/{name}" if self.zip is not None else self.path.name

    def has(self, name: str) -> bool:
        return name in self.members if self.zip is not None else name == "stops.txt"

    def size(self, name: str) -> int:
        return self.members[name].file_size if self.zip is not None else self.path.stat().st_size

    def open(self, name: str, counter: list[int]):
        raw = self.zip.open(self.members[name]) if self.zip is not None else open(self.path, "rb")
        text = io.TextIOWrapper(
            io.BufferedReader(_CountingReader(raw, counter)), encoding="utf-8-sig", newline=""
        )
        return text

    def close(self) -> None:
        if self.zip is not None:
            self.zip.close()


def _rows(feed: _Feed, name: str, required: tuple[str, ...], counter: list[int]):
    """Yield (line number, row dict) after checking the header; GtfsError on bad shape."""
    label = feed.label(name)
    with feed.open(name, counter) as text:
        try:
            reader = csv.DictReader(text)
            header = [h.strip() for h in (reader.fieldnames or [])]
            reader.fieldnames = header
            missing = [c for c in required if c not in header]
            if missing:
                raise GtfsError(
                    f"{label}: the header lacks {', '.join(missing)} "
                    f"(found: {', '.join(header) or 'nothing'})."
                )
            for row in reader:
                if None in row or None in row.values():
                    raise GtfsError(
                        f"{label} line {reader.line_num}: the row has "
                        f"a different number of fields than the header."
                    )
                yield reader.line_num, row
        except UnicodeDecodeError:
            raise GtfsError(f"{label}: the file is not UTF-8 text.") from None
        except csv.Error as error:
            raise GtfsError(f"{label} line {reader.line_num}: {error}.") from None


def _coordinate(value: str, field: str, limit: float, where: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise GtfsError(f"{where}: {field} “{value}” is not a number.") from None
    if not math.isfinite(number) or abs(number) > limit:
        raise GtfsError(f"{where}: {field} {value} is outside ±{limit:g}.")
    return number


@dataclass(frozen=True)
class CacheInfo:
    source: str
    stops: int
    imported_at: str
    with_modes: bool


class StopsCache:
    """Stops from the last imported feed, in `gtfs_stops.sqlite` in the cache folder."""

    def __init__(self, cache_dir: str | os.PathLike):
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
        path: str | os.PathLike,
        *,
        cancelled: Callable[[], bool] = None,
        report: Callable[[int, int], None] = None,
    ) -> ImportResult:
        """Replace the cache with the stops of a GTFS zip or stops.txt, all or nothing."""
        cancelled = cancelled or (lambda: False)
        report = report or (lambda done, total: None)
        path = Path(path)
        if not path.is_file():
            raise GtfsError(f"{path.name}: no such file.")
        try:
            feed = _Feed(path)
        except zipfile.BadZipFile:
            raise GtfsError(f"{path.name}: the archive is damaged.") from None
        try:
            return self._import(feed, cancelled, report)
        finally:
            feed.close()

    def _import(self, feed: _Feed, cancelled, report) -> ImportResult:
        mode_files = ("routes.txt", "trips.txt", "stop_times.txt")
        with_modes = all(feed.has(name) for name in mode_files)
        names = ("stops.txt",) + (mode_files if with_modes else ())
        total = max(1, sum(feed.size(name) for name in names))
        counter = [0]
        stops: dict[str, tuple] = {}
        with closing(_rows(feed, "stops.txt", REQUIRED, counter)) as rows:
            for line, row in rows:
                if line % 2000 == 0:
                    if cancelled():
                        raise GtfsCancelled()
                    report(counter[0], total)
                stop = self._stop(row, f"{feed.label('stops.txt')} line {line}")
                if stop is None:
                    continue
                if stop[0] in stops:
                    raise GtfsError(
                        f"{feed.label('stops.txt')} line {line}: stop_id “{stop[0]}” appears twice."
                    )
                stops[stop[0]] = stop
        if not stops:
            raise GtfsError(f"{feed.label('stops.txt')}: the file holds no stops.")
        notes: list[str] = []
        served: dict[str, set[int]] = {}
        if with_modes:
            try:
                served = self._route_types(feed, stops, counter, total, cancelled, report)
            except GtfsCancelled:
                raise
            except GtfsError as error:  # the stops are still useful without their modes
                notes.append(f"Modes not read: {error}")
                with_modes = False
        self._write(feed, stops, served, with_modes)
        report(total, total)
        stations = sum(1 for s in stops.values() if s[4] == 1)
        return ImportResult(feed.path.name, len(stops), stations, with_modes, tuple(notes))

    @staticmethod
    def _stop(row: dict, where: str) -> tuple | None:
        stop_id = row["stop_id"].strip()
        if not stop_id:
            raise GtfsError(f"{where}: stop_id is empty.")
        kind = (row.get("location_type") or "").strip() or "0"
        if kind not in ("0", "1", "2", "3", "4"):
            raise GtfsError(f"{where}: location_type “{kind}” is not 0 to 4.")
        lat_text, lon_text = row["stop_lat"].strip(), row["stop_lon"].strip()
        if kind in ("3", "4") and not (lat_text and lon_text):
            return None  # GTFS lets generic nodes and boarding areas go without a position
        lat = _coordinate(lat_text, "stop_lat", 90, where)
        lon = _coordinate(lon_text, "stop_lon", 180, where)
        name = row["stop_name"].strip() or stop_id
        return (stop_id, name, lat, lon, int(kind), (row.get("parent_station") or "").strip())

    @staticmethod
    def _route_types(feed, stops, counter, total, cancelled, report) -> dict[str, set[int]]:
        route_type: dict[str, int] = {}
        with closing(_rows(feed, "routes.txt", ("route_id", "route_type"), counter)) as rows:
            for line, row in rows:
                try:
                    route_type[row["route_id"]] = int(row["route_type"])
                except ValueError:
                    raise GtfsError(
                        f"{feed.label('routes.txt')} line {line}: route_type "
                        f"“{row['route_type']}” is not a number."
                    ) from None
        with closing(_rows(feed, "trips.txt", ("trip_id", "route_id"), counter)) as rows:
            trip_type = {row["trip_id"]: route_type.get(row["route_id"], -1) for _, row in rows}
        pairs: set[tuple[str, int]] = set()
        with closing(_rows(feed, "stop_times.txt", ("trip_id", "stop_id"), counter)) as rows:
            for line, row in rows:
                if line % 20000 == 0:
                    if cancelled():
                        raise GtfsCancelled()
                    report(counter[0], total)
                pairs.add((row["stop_id"], trip_type.get(row["trip_id"], -1)))
        served: dict[str, set[int]] = {}
        for stop_id, kind in pairs:
            if kind < 0 or stop_id not in stops:
                continue
            served.setdefault(stop_id, set()).add(kind)
            parent = stops[stop_id][5]
            if parent:  # a station is served by whatever stops at its platforms
                served.setdefault(parent, set()).add(kind)
        return served

    def _write(self, feed: _Feed, stops: dict, served: dict, with_modes: bool) -> None:
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
                    (*s, ",".join(str(t) for t in sorted(served.get(s[0], ()))))
                    for s in stops.values()
                ),
            )
            conn.execute("CREATE INDEX stops_lat ON stops (lat)")
            conn.executemany(
                "INSERT INTO meta VALUES (?, ?)",
                [
                    ("source", feed.path.name),
                    ("stops", str(len(stops))),
                    ("imported_at", datetime.now(UTC).isoformat(timespec="seconds")),
                    ("with_modes", "1" if with_modes else "0"),
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
        if not self.path.exists():
            return []
        dlat = max_km / 111.0
        dlon = max_km / (111.0 * max(0.01, math.cos(math.radians(lat))))
        with closing(sqlite3.connect(self.path)) as conn:
            rows = conn.execute(
                "SELECT s.stop_id, coalesce(p.name, s.name), s.lat, s.lon, "
                "coalesce(p.location_type, s.location_type), coalesce(p.stop_id, s.stop_id), "
                "s.route_types, p.route_types FROM stops s "
                "LEFT JOIN stops p ON p.stop_id = s.parent_station "
                "WHERE s.lat BETWEEN ? AND ? AND s.lon BETWEEN ? AND ? "
                "AND s.location_type IN (0, 1)",
                (lat - dlat, lat + dlat, lon - dlon, lon + dlon),
            ).fetchall()
        best: dict[str, StopSuggestion] = {}
        for _stop_id, name, s_lat, s_lon, kind, group, types, parent_types in rows:
            walk = estimate_walk(s_lat, s_lon, lat, lon, speed_kmh=speed_kmh)
            if walk.straight_m > max_km * 1000:
                continue
            route_types = {int(t) for t in f"{types or ''},{parent_types or ''}".split(",") if t}
            # Platforms of one station, and same-named stops across a road, are one suggestion.
            key = name.casefold()
            known = best.get(key)
            merged = tuple(sorted(route_types | set(known.route_types if known else ())))
            if known is None or walk.straight_m < known.walk.straight_m:
                best[key] = StopSuggestion(group, name, s_lat, s_lon, kind, merged, walk)
            else:
                best[key] = StopSuggestion(
                    known.stop_id,
                    known.name,
                    known.latitude,
                    known.longitude,
                    known.location_type,
                    merged,
                    known.walk,
                )
        ranked = sorted(best.values(), key=lambda s: (s.walk.straight_m, s.name))
        return ranked[:limit]
