"""Small GTFS feeds written by the tests: stations around Egedal Rådhus, and big random ones."""

from __future__ import annotations

import random
import zipfile
from pathlib import Path

# Egedal st. as in the sample project, with two platforms; a bus stop by the town hall;
# a station about 2.4 km north; one about 5.5 km away (beyond the 3 km search radius).
STOPS = """stop_id,stop_code,stop_name,stop_lat,stop_lon,location_type,parent_station
8600701,,Egedal St.,55.7745,12.1858,1,
8600701-1,,Egedal St. spor 1,55.77445,12.18565,0,8600701
8600701-2,,Egedal St. spor 2,55.77455,12.18595,0,8600701
8600701-E,,Egedal St. indgang,55.7741,12.1850,2,8600701
8600701-N,,,,,3,8600701
440001,,Egedal Rådhus (Dronning Dagmars Vej),55.7731,12.1815,0,
8600702,,Ølstykke St.,55.7960,12.1720,1,
8600702-1,,Ølstykke St. spor 1,55.79605,12.17205,0,8600702
8600703,,Stenløse St.,55.7702,12.1000,1,
"""
ROUTES = """route_id,agency_id,route_short_name,route_long_name,route_type
C,DSB,C,Ballerup - Frederikssund,109
150S,Movia,150S,Ølstykke - København,3
"""
TRIPS = """route_id,service_id,trip_id
C,daily,C-1
150S,daily,B-1
"""
STOP_TIMES = """trip_id,arrival_time,departure_time,stop_id,stop_sequence
C-1,08:00:00,08:00:00,8600703,1
C-1,08:04:00,08:04:00,8600701-1,2
C-1,08:07:00,08:07:00,8600702-1,3
B-1,08:10:00,08:10:00,440001,1
"""
EGEDAL_ENTRANCE = (55.7736, 12.1822)


def write_stops(path: Path, text: str = STOPS) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def write_zip(path: Path, stops: str = STOPS, with_routes: bool = True) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "agency.txt",
            "agency_id,agency_name,agency_url,agency_timezone\n"
            "DSB,DSB,https://example.invalid,Europe/Copenhagen\n",
        )
        archive.writestr("stops.txt", stops)
        if with_routes:
            archive.writestr("routes.txt", ROUTES)
            archive.writestr("trips.txt", TRIPS)
            archive.writestr("stop_times.txt", STOP_TIMES)
    return path


def write_big_stops(path: Path, count: int = 50_000, seed: int = 7) -> Path:
    """`count` stops scattered over Denmark, with the Egedal station among them."""
    rng = random.Random(seed)
    lines = [
        "stop_id,stop_name,stop_lat,stop_lon,location_type",
        "8600701,Egedal St.,55.7745,12.1858,1",
    ]
    for n in range(count - 1):
        lines.append(f"S{n},Stop {n},{rng.uniform(54.6, 57.7):.6f},{rng.uniform(8.1, 12.6):.6f},0")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
