"""The handout map drawn from project data: zones in their colours, walking lines, inset."""

from __future__ import annotations

import json

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage

from app.domain.formatting import colour_hex
from app.domain.venue import Venue
from app.services.handout_map import (
    PAPER,
    ROUTE_COLOUR,
    SEA,
    denmark_outline,
    has_map,
    is_locator,
    render_site_map,
)
from app.services.map_labels import nice_distance


def _counts(image: QImage, targets: dict[str, QColor], tolerance: int = 10) -> dict[str, int]:
    """How many pixels (every 2nd in each direction) are within `tolerance` of each colour."""
    found = dict.fromkeys(targets, 0)
    rgb = {k: (c.red(), c.green(), c.blue()) for k, c in targets.items()}
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            px = image.pixelColor(x, y)
            for key, (r, g, b) in rgb.items():
                if (
                    abs(px.red() - r) <= tolerance
                    and abs(px.green() - g) <= tolerance
                    and abs(px.blue() - b) <= tolerance
                ):
                    found[key] += 1
    return found


def _over_paper(colour: str, alpha: int) -> QColor:
    """A zone fill as it looks painted over the map's paper."""
    fg, bg = QColor(colour), QColor(PAPER)
    mix = lambda f, b: round(f * alpha / 255 + b * (1 - alpha / 255))  # noqa: E731 - a one-line helper beside its only use
    return QColor(mix(fg.red(), bg.red()), mix(fg.green(), bg.green()), mix(fg.blue(), bg.blue()))


def test_gate21_map_shows_zones_route_and_inset(qapp, sample_project):
    venue = sample_project.venues.get(2)
    image = render_site_map(venue, "da", QSize(900, 500))
    assert image is not None and image.size() == QSize(900, 500)
    counts = _counts(
        image,
        {
            "yellow zone": _over_paper(colour_hex("yellow"), 150),
            "uncoloured zones": _over_paper("#9aa5b1", 150),
            "route": QColor(ROUTE_COLOUR),
            "inset sea": QColor(SEA),
            "paper": QColor(PAPER),
        },
    )
    assert counts["yellow zone"] > 150, counts
    assert counts["uncoloured zones"] > 150, counts
    assert counts["route"] > 30, counts
    assert counts["inset sea"] > 500, counts
    # Mostly paper, but far from blank.
    total = (900 // 2) * (500 // 2)
    assert counts["paper"] < total * 0.9


def test_venue_with_only_its_point_gets_a_locator_of_denmark(qapp, sample_project):
    venue = sample_project.venues.get(3)  # JYSK Park: no stops, entrances or zones
    assert is_locator(venue)
    image = render_site_map(venue, "en", QSize(900, 500))
    assert image.height() == 500 and image.width() < 900  # Denmark's own shape
    counts = _counts(image, {"marker": QColor("#c8102e"), "sea": QColor(SEA)}, 6)
    assert counts["marker"] > 20 and counts["sea"] > 10_000


def test_no_coordinates_no_map(qapp):
    venue = Venue(name="Ukendt", street="Vej 1")
    assert not has_map(venue) and not has_map(None)
    assert render_site_map(venue) is None


def test_denmark_outline_is_the_derived_natural_earth_data():
    data = denmark_outline()
    assert "Natural Earth" in data["source"]
    west, south, east, north = data["bbox"]
    rings = data["denmark"]
    assert len(rings) >= 8  # Jutland, Zealand, Funen, Lolland, Falster, Bornholm...
    lons = [p[0] for r in rings for p in r]
    lats = [p[1] for r in rings for p in r]
    assert 8.0 < min(lons) < 8.3 and 15.0 < max(lons) < 15.3  # Blåvandshuk to Bornholm
    assert 54.5 < min(lats) < 54.65 and 57.6 < max(lats) < 57.8  # Gedser to Skagen
    assert all(
        west <= lon <= east and south <= lat <= north
        for lon, lat in (p for r in data["neighbours"] for p in r)
    )


def test_scale_bar_lengths_are_round():
    assert nice_distance(230) == 200
    assert nice_distance(260) == 250
    assert nice_distance(99) == 50
    assert nice_distance(1400) == 1000
    assert nice_distance(0) == 0
    assert json.dumps(nice_distance(0.7)) == "0.5"
