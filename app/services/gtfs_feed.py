"""Reading a GTFS feed (a zip or a lone stops.txt): its stops and the route types serving them."""

from __future__ import annotations

import csv
import io
import math
import os
import zipfile
from collections.abc import Callable, Generator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, NamedTuple

REQUIRED = ("stop_id", "stop_name", "stop_lat", "stop_lon")
MODE_FILES = ("routes.txt", "trips.txt", "stop_times.txt")


class GtfsError(Exception):
    """A feed that cannot be imported; the message names the file and line."""

    user_message = True


class GtfsCancelled(GtfsError):
    def __init__(self) -> None:
        super().__init__("Import cancelled; the stops cache is unchanged.")


class Stop(NamedTuple):
    stop_id: str
    name: str
    lat: float
    lon: float
    location_type: int
    parent_station: str


@dataclass
class FeedStops:
    """What a feed says about its stops."""

    source: str  # the feed's file name
    stops: dict[str, Stop]
    served: dict[str, set[int]] = field(default_factory=dict)  # stop id -> route types
    with_modes: bool = False  # route types were read from routes, trips and stop_times
    notes: list[str] = field(default_factory=list)
    size: int = 1  # bytes read, the unit of the progress reports


class _CountingReader(io.RawIOBase):
    """Counts the bytes read, so progress can be told as a share of the file sizes."""

    def __init__(self, raw: IO[bytes], counter: list[int]) -> None:
        self._raw, self._counter = raw, counter

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        n = self._raw.readinto(buffer)  # type: ignore[attr-defined]
        self._counter[0] += n
        return int(n)

    def close(self) -> None:
        if not self.closed:
            self._raw.close()
        super().close()


class _Feed:
    """The files of a feed: a zip, or a lone stops.txt."""

    def __init__(self, path: Path) -> None:
        self.path = path
        if path.exists() and not path.is_dir() and not path.is_file():  # a FIFO would hang
            raise GtfsError(f"{path.name}: is not a regular file (a pipe or a device).")
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

    def open(self, name: str, counter: list[int]) -> io.TextIOWrapper:
        raw = self.zip.open(self.members[name]) if self.zip is not None else open(self.path, "rb")
        return io.TextIOWrapper(
            io.BufferedReader(_CountingReader(raw, counter)), encoding="utf-8-sig", newline=""
        )

    def close(self) -> None:
        if self.zip is not None:
            self.zip.close()


def _rows(
    feed: _Feed, name: str, required: tuple[str, ...], counter: list[int]
) -> Generator[tuple[int, dict[str, str]], None, None]:
    """Yield (line number, row dict) after checking the header; GtfsError on bad shape."""
    label = feed.label(name)
    with feed.open(name, counter) as text:
        reader = csv.DictReader(text)
        try:
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


def _stop(row: dict[str, str], where: str) -> Stop | None:
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
    return Stop(stop_id, name, lat, lon, int(kind), (row.get("parent_station") or "").strip())


Cancelled = Callable[[], bool]
Report = Callable[[int, int], None]


def read_feed(
    path: str | os.PathLike[str],
    *,
    cancelled: Cancelled | None = None,
    report: Report | None = None,
) -> FeedStops:
    """The stops of a GTFS zip or stops.txt, with the route types serving them when the
    feed has routes, trips and stop times; GtfsError names the file and line of a fault."""
    is_cancelled: Cancelled = cancelled or (lambda: False)
    tell: Report = report or (lambda done, total: None)
    path = Path(path)
    if not path.is_file():
        raise GtfsError(f"{path.name}: no such file.")
    try:
        feed = _Feed(path)
    except zipfile.BadZipFile:
        raise GtfsError(f"{path.name}: the archive is damaged.") from None
    try:
        return _read(feed, is_cancelled, tell)
    finally:
        feed.close()


def _read(feed: _Feed, cancelled: Cancelled, report: Report) -> FeedStops:
    with_modes = all(feed.has(name) for name in MODE_FILES)
    names = ("stops.txt",) + (MODE_FILES if with_modes else ())
    total = max(1, sum(feed.size(name) for name in names))
    counter = [0]
    stops: dict[str, Stop] = {}
    with closing(_rows(feed, "stops.txt", REQUIRED, counter)) as rows:
        for line, row in rows:
            if line % 2000 == 0:
                if cancelled():
                    raise GtfsCancelled()
                report(counter[0], total)
            stop = _stop(row, f"{feed.label('stops.txt')} line {line}")
            if stop is None:
                continue
            if stop.stop_id in stops:
                raise GtfsError(
                    f"{feed.label('stops.txt')} line {line}: stop_id “{stop.stop_id}” appears twice."
                )
            stops[stop.stop_id] = stop
    if not stops:
        raise GtfsError(f"{feed.label('stops.txt')}: the file holds no stops.")
    result = FeedStops(feed.path.name, stops, with_modes=with_modes, size=total)
    if with_modes:
        try:
            result.served = _route_types(feed, stops, counter, total, cancelled, report)
        except GtfsCancelled:
            raise
        except GtfsError as error:  # the stops are still useful without their modes
            result.notes.append(f"Modes not read: {error}")
            result.with_modes = False
    return result


def _route_types(
    feed: _Feed,
    stops: dict[str, Stop],
    counter: list[int],
    total: int,
    cancelled: Cancelled,
    report: Report,
) -> dict[str, set[int]]:
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
        parent = stops[stop_id].parent_station
        if parent:  # a station is served by whatever stops at its platforms
            served.setdefault(parent, set()).add(kind)
    return served
