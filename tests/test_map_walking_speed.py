"""The map's walking times follow the walking speed set in Preferences, like the handout's."""

from __future__ import annotations

from dataclasses import replace

from app.domain import TransitMode, TransitOption, Venue
from app.services.map_features import venue_features
from app.services.map_text import MapText


def _venue() -> Venue:
    # A checked point (not approximate) 800 m from its stop, as the crow flies.
    return Venue(
        name="Testhuset",
        latitude=55.6800,
        longitude=12.5000,
        coordinates_approximate=False,
        transit_options=[
            TransitOption(
                mode=TransitMode.BUS,
                line="1A",
                stop_name="Teststoppet",
                stop_latitude=55.6728,
                stop_longitude=12.5000,
            )
        ],
    )


def _route_lines(texts: MapText) -> list[str]:
    [route] = venue_features(_venue(), texts).routes
    return route.lines


def test_a_slower_walking_speed_gives_longer_walks_on_the_map():
    normal = _route_lines(MapText())
    slow = _route_lines(replace(MapText(), walking_speed_kmh=3.0))
    assert normal != slow
    minutes = [int(line.split(", ")[1].split()[0]) for line in (normal[0], slow[0])]
    assert minutes[1] > minutes[0]


def test_the_app_map_takes_the_speed_from_preferences(qapp):
    from PySide6.QtCore import QSettings

    from app.ui.map_settings import translated_texts
    from app.ui.preferences import WALKING_SPEED_KEY

    QSettings().setValue(WALKING_SPEED_KEY, 3.0)
    try:
        assert translated_texts().walking_speed_kmh == 3.0
    finally:
        QSettings().remove(WALKING_SPEED_KEY)
    assert translated_texts().walking_speed_kmh == 4.5
