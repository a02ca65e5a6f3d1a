"""Writes the recorded Overpass answers the tests use (run once; the JSON files are committed).

These are made-up test data in Overpass's `out geom` JSON shape, placed around the sample
venues so that routes and maps have something to work with. Every name starts with "Test"
so that no one mistakes them for the real streets; they are never put in the sample project.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


class Answer:
    def __init__(self) -> None:
        self.elements: list[dict] = []

    def way(self, tags: dict, *points: tuple[float, float], closed: bool = False) -> None:
        pts = list(points) + ([points[0]] if closed else [])
        self.elements.append(
            {
                "type": "way",
                "id": 1000 + len(self.elements),
                "tags": tags,
                "geometry": [{"lat": a, "lon": b} for a, b in pts],
            }
        )

    def node(self, tags: dict, point: tuple[float, float]) -> None:
        self.elements.append(
            {
                "type": "node",
                "id": 1000 + len(self.elements),
                "lat": point[0],
                "lon": point[1],
                "tags": tags,
            }
        )

    def write(self, name: str) -> None:
        body = {
            "version": 0.6,
            "generator": "Venueplan tests (made-up data)",
            "osm3s": {"copyright": "Test data made for Venueplan's tests; not OpenStreetMap data."},
            "elements": self.elements,
        }
        (HERE / name).write_text(
            json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )


def box(lat: float, lon: float, dlat: float, dlon: float) -> list[tuple[float, float]]:
    return [
        (lat - dlat, lon - dlon),
        (lat - dlat, lon + dlon),
        (lat + dlat, lon + dlon),
        (lat + dlat, lon - dlon),
    ]


def gate21() -> None:
    """Around Gate21 (55.6557, 12.3551): a short path with stairs from the stop to the
    entrance, and a longer step-free way round by the street."""
    a = Answer()
    stop, entrance = (55.6579, 12.3533), (55.6559, 12.3548)
    a.way(
        {"railway": "rail", "name": "Testbanen"},
        (55.6586, 12.3470),
        (55.6581, 12.3530),
        (55.6576, 12.3610),
    )
    a.way(
        {"railway": "platform", "name": "Test st."},
        *box(55.6579, 12.3530, 0.00008, 0.0009),
        closed=True,
    )
    a.node({"railway": "station", "name": "Test st."}, (55.6580, 12.3531))
    a.way({"highway": "footway", "name": "Teststien"}, stop, (55.6572, 12.3535))
    a.way({"highway": "steps", "name": "Testtrappen"}, (55.6572, 12.3535), (55.6568, 12.3536))
    a.way(
        {"highway": "footway", "name": "Teststien"},
        (55.6568, 12.3536),
        (55.6563, 12.3540),
        entrance,
    )
    a.way(
        {"highway": "residential", "name": "Testvej"},
        stop,
        (55.6578, 12.3562),
        (55.6560, 12.3563),
        entrance,
    )
    a.way({"highway": "primary", "name": "Testboulevard"}, (55.6592, 12.3440), (55.6590, 12.3660))
    a.way({"highway": "motorway", "name": "Testmotorvejen"}, (55.6530, 12.3400), (55.6530, 12.3700))
    a.way(
        {"building": "yes", "name": "Testhuset"},
        *box(55.6557, 12.3551, 0.00025, 0.0006),
        closed=True,
    )
    a.way(
        {"building": "retail", "name": "Testcentret"},
        *box(55.6570, 12.3515, 0.0003, 0.0006),
        closed=True,
    )
    a.way({"building": "yes"}, *box(55.6549, 12.3580, 0.0002, 0.0004), closed=True)
    a.way({"amenity": "parking"}, *box(55.6552, 12.3567, 0.00015, 0.0005), closed=True)
    a.way(
        {"leisure": "park", "name": "Testparken"},
        *box(55.6540, 12.3520, 0.0006, 0.0012),
        closed=True,
    )
    a.way(
        {"natural": "water", "name": "Testsøen"},
        *box(55.6535, 12.3600, 0.0002, 0.0005),
        closed=True,
    )
    a.node({"highway": "bus_stop", "name": "Teststoppestedet"}, (55.6566, 12.3566))
    a.node({"amenity": "bench"}, (55.6560, 12.3540))  # of no use to a map: left out
    a.write("gate21.json")


def egedal() -> None:
    """Around Egedal Rådhus (55.7733, 12.1813): one street from the station to the door."""
    a = Answer()
    stop, entrance = (55.7745, 12.1858), (55.7736, 12.1822)
    a.way(
        {"railway": "rail", "name": "Testbanen"},
        (55.7760, 12.1700),
        (55.7748, 12.1860),
        (55.7740, 12.1990),
    )
    a.node({"railway": "station", "name": "Test st."}, (55.7746, 12.1859))
    a.way({"highway": "tertiary", "name": "Testgade"}, stop, (55.7738, 12.1840), entrance)
    a.way(
        {"building": "yes", "name": "Testrådhuset"},
        *box(55.7733, 12.1813, 0.0003, 0.0008),
        closed=True,
    )
    a.write("egedal.json")


def jysk() -> None:
    """Around JYSK Park (56.1623, 9.5644), a venue with only its own point."""
    a = Answer()
    a.way({"highway": "secondary", "name": "Testalléen"}, (56.1600, 9.5600), (56.1640, 9.5700))
    a.way({"highway": "service"}, (56.1620, 9.5640), (56.1628, 9.5650))
    a.way(
        {"building": "stadium", "name": "Testarenaen"},
        *box(56.1623, 9.5644, 0.0004, 0.0009),
        closed=True,
    )
    a.way({"amenity": "parking"}, *box(56.1612, 9.5660, 0.0003, 0.0008), closed=True)
    a.write("jysk.json")


if __name__ == "__main__":
    gate21()
    egedal()
    jysk()
