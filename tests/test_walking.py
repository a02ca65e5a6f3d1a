"""The walking-time proposal: from a stop's coordinates to the venue's entrance."""

from __future__ import annotations

import math

import pytest

from app.domain import Entrance, TransitOption, Venue
from app.domain.walking import (
    DEFAULT_SPEED_KMH,
    DETOUR_FACTOR,
    describe_walk,
    estimate_walk,
    propose_walk,
    walking_destination,
)


def _haversine_m(lat1, lon1, lat2, lon2):
    """An independent spherical check on geopy's ellipsoidal distance."""
    r = 6_371_000
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def _egedal(sample_project):
    return next(v for v in sample_project.venues.all() if v.name == "Egedal Rådhus")


def test_stated_defaults():
    assert DEFAULT_SPEED_KMH == 4.5
    assert DETOUR_FACTOR == 1.25


def test_egedal_station_to_town_hall_entrance(sample_project):
    venue = _egedal(sample_project)
    option = venue.transit_options[0]
    assert option.stop_name == "Egedal st." and option.line == "C"
    estimate = propose_walk(venue, option)
    entrance = venue.entrances[0]
    expected_straight = _haversine_m(
        option.stop_latitude, option.stop_longitude, entrance.latitude, entrance.longitude
    )
    assert estimate.straight_m == pytest.approx(expected_straight, rel=0.01)
    assert 200 < estimate.straight_m < 300  # the town hall is right by the station
    assert abs(estimate.distance_m - estimate.straight_m * 1.25) <= 1
    # 4.5 km/h is 75 m a minute; the minutes are rounded up.
    assert estimate.minutes == math.ceil(estimate.distance_m / 75)
    assert estimate.minutes == 5  # "a few minutes' walk", as the invitation says
    assert "5 min" in describe_walk(estimate)


def test_speed_can_be_overridden(sample_project):
    venue = _egedal(sample_project)
    option = venue.transit_options[0]
    slow = propose_walk(venue, option, speed_kmh=3.0)
    brisk = propose_walk(venue, option, speed_kmh=6.0)
    assert slow.minutes == math.ceil(slow.distance_m / 50)
    assert brisk.minutes == math.ceil(brisk.distance_m / 100)
    assert slow.minutes > brisk.minutes
    assert propose_walk(venue, option, detour=1.0).distance_m == slow.straight_m


def test_one_kilometre_north_takes_17_minutes():
    # 1 km due north at 55.7° N is 1/111.3 of a degree of latitude.
    estimate = estimate_walk(55.7, 12.0, 55.7 + 1 / 111.3, 12.0, detour=1.0)
    assert estimate.straight_m == pytest.approx(1000, abs=5)
    assert estimate.minutes == math.ceil(estimate.distance_m / 75) == 14
    assert estimate_walk(55.7, 12.0, 55.7 + 1 / 111.3, 12.0).minutes == 17


def test_same_point_is_still_one_minute():
    assert estimate_walk(55.7, 12.0, 55.7, 12.0).minutes == 1


def test_step_free_entrance_is_the_destination_else_the_venue_point():
    venue = Venue(
        name="Hall",
        latitude=55.0,
        longitude=12.0,
        entrances=[
            Entrance(name="Side door", latitude=55.001, longitude=12.0),
            Entrance(name="Ramp", latitude=55.002, longitude=12.0, step_free=True),
            Entrance(name="Unknown"),
        ],
    )
    assert walking_destination(venue) == (55.002, 12.0, "Ramp")
    venue.entrances = [Entrance(name="Unknown")]
    assert walking_destination(venue) == (55.0, 12.0, "Hall")
    venue.latitude = None
    assert walking_destination(venue) is None


def test_no_proposal_without_both_points():
    venue = Venue(name="Hall", latitude=55.0, longitude=12.0)
    assert propose_walk(venue, TransitOption(stop_name="Somewhere")) is None
    option = TransitOption(stop_latitude=55.01, stop_longitude=12.0)
    assert propose_walk(Venue(name="No point"), option) is None
    assert propose_walk(venue, option).minutes > 1


@pytest.mark.parametrize("speed, detour", [(0, 1.25), (-3, 1.25), (4.5, 0.9)])
def test_nonsense_speed_or_detour_is_refused(speed, detour):
    with pytest.raises(ValueError):
        estimate_walk(55.0, 12.0, 55.01, 12.0, speed_kmh=speed, detour=detour)
