"""Data the benchmarks make for themselves: people, registration files, the large project."""

from __future__ import annotations

import copy
import csv
import datetime as dt
import json
import random
from pathlib import Path

from app.domain import Registration, RegistrationStatus
from app.domain.serialize import event_from_dict, venue_from_dict
from app.paths import sample_project_data
from app.services.sample_project import write_sample
from app.storage import Project

FIRST = [
    "Anna",
    "Bo",
    "Cecilie",
    "Dorthe",
    "Erik",
    "Frederik",
    "Gitte",
    "Hans",
    "Ida",
    "Jens",
    "Karen",
    "Lars",
    "Mette",
    "Niels",
    "Ole",
    "Pia",
    "Rasmus",
    "Sofie",
    "Thomas",
    "Ulla",
    "Vibeke",
    "Søren",
    "Åse",
    "Ærø",
    "Birgitte",
    "Christian",
    "Dorte",
    "Emil",
    "Freja",
    "Gustav",
    "Helle",
    "Inge",
    "Jonas",
    "Kasper",
    "Line",
    "Mads",
    "Nanna",
    "Oliver",
]
LAST = [
    "Hansen",
    "Jensen",
    "Nielsen",
    "Pedersen",
    "Andersen",
    "Christensen",
    "Larsen",
    "Sørensen",
    "Rasmussen",
    "Jørgensen",
    "Petersen",
    "Madsen",
    "Kristensen",
    "Olsen",
    "Thomsen",
    "Christiansen",
    "Poulsen",
    "Johansen",
    "Møller",
    "Mortensen",
    "Østergaard",
    "Holm",
    "Lund",
    "Berg",
    "Bech",
    "Dahl",
    "Skov",
    "Winther",
    "Kjær",
    "Frandsen",
]
TOWNS = [
    "Albertslund",
    "Allerød",
    "Ballerup",
    "Bornholm",
    "Brøndby",
    "Dragør",
    "Egedal",
    "Fredensborg",
    "Frederiksberg",
    "Frederikssund",
    "Furesø",
    "Gentofte",
    "Gladsaxe",
    "Glostrup",
    "Gribskov",
    "Halsnæs",
    "Helsingør",
    "Herlev",
    "Hillerød",
    "Hvidovre",
    "Høje-Taastrup",
    "Hørsholm",
    "Ishøj",
    "København",
    "Lyngby-Taarbæk",
    "Rudersdal",
    "Rødovre",
    "Tårnby",
    "Vallensbæk",
    "Greve",
    "Køge",
    "Roskilde",
    "Solrød",
    "Ringsted",
]
GROUPS = ["Politiker", "Direktør", "Centerchef", "Medarbejder", "Oplægsholder"]
DIETS = ["", "", "", "", "Vegetar", "Glutenfri", "Laktosefri", "Vegansk"]
START = dt.datetime(2024, 3, 1, 8, 0)
HEADERS = [
    "ID",
    "Start time",
    "Completion time",
    "Email",
    "Name",
    "Municipality",
    "Which group are you attending as?",
    "Do you have dietary requirements?",
    "Will you arrive by car?",
]


def person(i: int, rng: random.Random) -> dict:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    town = rng.choice(TOWNS)
    done = START + dt.timedelta(minutes=7 * i + rng.randrange(7))
    return {
        "id": i + 1,
        "first": first,
        "last": last,
        "town": town,
        "email": f"{first}.{last}.{i}@{town}.dk".lower()
        .replace("ø", "oe")
        .replace("æ", "ae")
        .replace("å", "aa"),
        "group": rng.choice(GROUPS),
        "diet": rng.choice(DIETS),
        "car": rng.random() < 0.3,
        "at": done,
    }


def people(count: int, seed: int = 1) -> list[dict]:
    rng = random.Random(seed)
    return [person(i, rng) for i in range(count)]


def registrations(count: int, event_id: int | None = None, seed: int = 1) -> list[Registration]:
    """`count` registrations as an import would store them."""
    return [
        Registration(
            event_id=event_id,
            first_name=p["first"],
            last_name=p["last"],
            email=p["email"],
            organisation=f"{p['town']} Kommune",
            invitee_group=p["group"],
            dietary=p["diet"],
            by_car=p["car"],
            status=RegistrationStatus.REGISTERED,
            registered_at=p["at"],
            source_file="tilmeldinger.xlsx",
            source_row=p["id"] + 1,
            source_id=f"msforms:{p['id']}",
        )
        for p in people(count, seed)
    ]


def _form_rows(count: int) -> list[list]:
    return [
        [
            p["id"],
            p["at"] - dt.timedelta(minutes=3),
            p["at"],
            p["email"],
            f"{p['first']} {p['last']}",
            f"{p['town']} Kommune",
            p["group"],
            p["diet"],
            "Yes" if p["car"] else "No",
        ]
        for p in people(count)
    ]


def write_form_xlsx(path: Path, count: int) -> Path:
    """A Microsoft Forms export (as Forms writes it: one sheet, a heading row) of `count` people."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Sheet1")
    sheet.append(HEADERS)
    for row in _form_rows(count):
        sheet.append(row)
    book.save(path)
    return path


def write_form_csv(path: Path, count: int) -> Path:
    """The same export saved as CSV (UTF-8 with a byte order mark, as Excel saves it)."""
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADERS)
        for row in _form_rows(count):
            writer.writerow(
                [v.strftime("%m/%d/%Y %H:%M:%S") if isinstance(v, dt.datetime) else v for v in row]
            )
    return path


def sample(path: Path) -> Path:
    write_sample(path).close()
    return path


def add_event(project: Project, title: str, venue_index: int = 0) -> int:
    """A new event like the sample's first, at one of its venues; returns its id."""
    template = next(e for e in project.events.all() if e.venue_id is not None)
    event = copy.deepcopy(template)
    event.id, event.title = None, title
    event.invitee_groups = []  # no quotas: every imported row is a place, not a wait
    event.capacity_limit = None
    venues = project.venues.all()
    venue = venues[venue_index % len(venues)]
    event.venue_id = venue.id
    event.room_id = venue.rooms[0].id if venue.rooms else None
    for part in (event.programme, event.catering, event.signatories):
        for item in part:
            item.id = None
    return project.events.add(event).id


def _strip_ids(data):
    if isinstance(data, dict):
        return {k: _strip_ids(v) for k, v in data.items() if k != "id"}
    if isinstance(data, list):
        return [_strip_ids(v) for v in data]
    return data


def large_project(
    path: Path, venues: int, events: int, people_count: int, big_event_share: float = 0.5
) -> dict:
    """A project of `venues` venues, `events` events and `people_count` registrations, through
    the repositories (their bulk insert for the registrations). Half the people register for
    one big event (the one the figures open); the rest spread over the other events."""
    data = json.loads(sample_project_data().read_text(encoding="utf-8"))
    rng = random.Random(7)
    project = Project.create(path)
    try:
        made = []
        for n in range(venues):
            item = _strip_ids(data["venues"][n % len(data["venues"])])
            item["name"] = f"{item['name']} {n + 1}"
            if item.get("latitude") is not None:
                item["latitude"] += rng.uniform(-0.3, 0.3)
                item["longitude"] += rng.uniform(-0.3, 0.3)
            made.append(project.venues.add(venue_from_dict(item)))
        event_ids = []
        for n in range(events):
            source = data["events"][n % len(data["events"])]
            item = _strip_ids(source)
            venue = made[n % len(made)]
            item["venue_id"] = venue.id
            item["room_id"] = venue.rooms[0].id if venue.rooms else None
            item["title"] = f"{item['title']} ({n + 1})"
            day = dt.date(2020, 1, 6) + dt.timedelta(days=(n * 3) % 2500)
            item["date"] = day.isoformat()
            item["registration_deadline"] = (day - dt.timedelta(days=14)).isoformat()
            item["capacity_limit"] = None
            item["invitee_groups"] = []
            event_ids.append(project.events.add(event_from_dict(item)).id)
        big = int(people_count * big_event_share)
        everyone = registrations(people_count, seed=3)
        for r in everyone[:big]:
            r.event_id = event_ids[0]
        others = event_ids[1:] or event_ids
        for i, r in enumerate(everyone[big:]):
            r.event_id = others[i % len(others)]
        project.registrations.add_many(everyone)
    finally:
        project.close()
    return {"path": str(path), "big_event_id": event_ids[0], "big_event_rows": big}


def town_surroundings(lat: float, lon: float, spacing_m: float = 50.0, radius_m: float = 800.0):
    """A dense made-up town centre around (lat, lon): a street grid every `spacing_m` within
    `radius_m` (about 2,000 street segments at 50 m) with a building in every block, as
    much as Overpass gives for the middle of a Danish town; the benchmarks' own data."""
    import math

    from app.domain.surroundings import Feature, Surroundings

    kx = 111_320.0 * math.cos(math.radians(lat))
    steps = int(radius_m // spacing_m)

    def at(x: float, y: float) -> tuple[float, float]:
        return (round(lat + y / 111_320.0, 6), round(lon + x / kx, 6))

    features = []
    span = range(-steps, steps + 1)
    for i in span:
        line = [at(i * spacing_m, j * spacing_m) for j in span]
        features.append(Feature("street", tuple(line), f"Gade {i}", major=i % 8 == 0))
        line = [at(j * spacing_m, i * spacing_m) for j in span]
        features.append(Feature("street", tuple(line), f"Vej {i}"))
    for i in span[:-1]:
        for j in span[:-1]:
            x, y, d = i * spacing_m + 8, j * spacing_m + 8, spacing_m - 16
            corners = (at(x, y), at(x + d, y), at(x + d, y + d), at(x, y + d), at(x, y))
            features.append(Feature("building", corners, "", area=True))
    return Surroundings(lat, lon, int(radius_m), dt.datetime(2026, 12, 1), "benchmark", features)


def write_stops(path: Path, count: int, seed: int = 7) -> Path:
    """A GTFS stops.txt of `count` stops scattered over Denmark."""
    rng = random.Random(seed)
    lines = ["stop_id,stop_name,stop_lat,stop_lon,location_type"]
    for n in range(count):
        lines.append(f"S{n},Stop {n},{rng.uniform(54.6, 57.7):.6f},{rng.uniform(8.1, 12.6):.6f},0")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
