"""Surroundings from an Overpass endpoint: the query, the recorded answers read into features,
simplified, stored in the project with their date, and every failure one line."""

from __future__ import annotations

import datetime as dt
import json
import socket

import pytest
from overpass_server import DATA, OverpassStandIn

from app.domain.surroundings import Feature, features_from_json, features_to_json, simplify
from app.services.geocoding import USER_AGENT, RateLimiter
from app.services.overpass import (
    OverpassClient,
    SurroundingsError,
    fetch_and_store,
    overpass_query,
    parse_answer,
    radius_for,
)

GATE21 = 2
NOW = dt.datetime(2026, 12, 2, 9, 30, 15)


def _client(url: str) -> OverpassClient:
    return OverpassClient(url, rate_limiter=RateLimiter(0), clock=lambda: NOW)


def test_query_asks_for_every_kind_around_the_point():
    query = overpass_query(55.6557, 12.3551, 800)
    assert query.startswith("[out:json]") and query.endswith("out geom qt;")
    for wanted in ('way["highway"]', '"railway"', 'node["highway"="bus_stop"]', 'way["building"]'):
        assert wanted in query
    assert query.count("(around:800,55.655700,12.355100)") == 9


def test_recorded_answer_becomes_named_streets_paths_stairs_and_areas():
    features = parse_answer(json.loads((DATA / "gate21.json").read_text()))
    by_name = {(f.kind, f.name): f for f in features}
    assert ("railway", "Testbanen") in by_name and ("station", "Test st.") in by_name
    assert by_name[("street", "Testboulevard")].major
    assert not by_name[("street", "Testvej")].major
    assert by_name[("footway", "Testtrappen")].steps
    assert by_name[("building", "Testhuset")].area
    assert by_name[("platform", "Test st.")].area
    assert ("bus_stop", "Teststoppestedet") in by_name
    assert {f.kind for f in features} >= {"parking", "park", "water"}
    # A motorway is no use to someone on foot, a bench no use to the map.
    assert all(f.name != "Testmotorvejen" for f in features)
    assert len(features) == 15  # 17 elements, less the motorway and the bench


def test_simplify_drops_points_on_a_straight_line_and_keeps_corners():
    line = [(55.0, 12.0 + i * 0.0001) for i in range(20)] + [(55.001, 12.0019)]
    kept = simplify(line, 2.0)
    assert kept == [line[0], line[19], line[20]]


def test_features_survive_the_compact_json():
    features = [
        Feature("street", ((55.1234567, 12.1), (55.2, 12.2)), "Testvej", major=True),
        Feature("footway", ((55.0, 12.0), (55.0001, 12.0)), "", steps=True),
        Feature("building", ((1.0, 1.0), (1.0, 2.0), (2.0, 2.0), (1.0, 1.0)), "Hus", area=True),
    ]
    back = features_from_json(features_to_json(features))
    assert back[0].points[0] == (55.123457, 12.1) and back[0].major
    assert back[1].steps and back[2].area and back[2].name == "Hus"
    for bad in (
        '{"a": 1}',
        '{"v": 2, "f": [["street", "x", "", 1, 2, 3]]}',
        '{"v": 2, "f": [["ufo", "", "", 1, 2]]}',
        '{"v": 2, "f": [["street", "", "", 1.5, 2]]}',
        '{"v": 2, "f": [["street", "", "", 95000000, 2]]}',
    ):
        with pytest.raises(ValueError):
            features_from_json(bad)


def test_fetched_once_stored_with_its_date_and_small(sample_project, online):
    with OverpassStandIn() as server:
        found = fetch_and_store(sample_project, GATE21, _client(server.url))
    [request] = server.requests
    assert request["user_agent"] == USER_AGENT
    assert request["path"] == "/api/interpreter"
    venue = sample_project.venues.get(GATE21)
    assert f"around:{radius_for(venue)},55.655700,12.355100" in request["query"]
    stored = sample_project.surroundings.get(GATE21)
    assert stored is not None and stored.fetched_at == NOW
    assert stored.source == server.url and stored.features == found.features
    assert sample_project.surroundings.fetched_at(GATE21) == NOW
    assert len(features_to_json(stored.features).encode()) < 20_000
    # The venue itself is not touched: no new revision, no undo step.
    assert sample_project.venues.get(GATE21).revision == venue.revision


def test_the_radius_takes_in_the_stops(sample_project):
    assert radius_for(sample_project.venues.get(GATE21)) == 800
    venue = sample_project.venues.get(GATE21)
    venue.transit_options[0].stop_latitude = 55.6680  # about 1.4 km north
    assert 1500 < radius_for(venue) <= 2000


def test_offline_switch_sends_nothing_and_says_so(sample_project):
    with OverpassStandIn() as server:
        with pytest.raises(SurroundingsError) as raised:
            fetch_and_store(sample_project, GATE21, _client(server.url))
    assert raised.value.kind == "offline" and server.requests == []
    assert str(raised.value) == "Fetching surroundings is offline (network use is switched off)."
    assert sample_project.surroundings.get(GATE21) is None


@pytest.mark.parametrize(
    "status, kind, words", [(429, "busy", "HTTP 429"), (504, "service", "HTTP 504")]
)
def test_service_errors_are_one_line(sample_project, online, status, kind, words):
    with OverpassStandIn(status) as server:
        with pytest.raises(SurroundingsError) as raised:
            fetch_and_store(sample_project, GATE21, _client(server.url))
    assert raised.value.kind == kind and words in str(raised.value)
    assert "\n" not in str(raised.value)


def test_refused_connection(sample_project, online):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(SurroundingsError) as raised:
        fetch_and_store(sample_project, GATE21, _client(f"http://127.0.0.1:{port}/api/interpreter"))
    assert raised.value.kind == "refused"


def test_a_venue_without_coordinates_is_refused_before_any_request(sample_project, online):
    venue = sample_project.venues.get(GATE21)
    venue.latitude = venue.longitude = None
    sample_project.venues.save(venue)
    with pytest.raises(SurroundingsError) as raised:
        fetch_and_store(sample_project, GATE21, _client("http://127.0.0.1:9/x"))
    assert raised.value.kind == "no_point"


def test_the_endpoint_must_be_http():
    for bad in ("ftp://example.org/api", "not a url", "javascript:alert(1)"):
        with pytest.raises(ValueError):
            OverpassClient(bad)


def test_a_dense_town_centre_is_kept_in_tens_of_kilobytes():
    """A street every 50 m and a building in every block within 800 m (more than most
    Danish towns have around a venue): under 80 kB stored, and read back unchanged."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from benchmarks.data import town_surroundings

    town = town_surroundings(55.65, 12.35)
    stored = features_to_json(town.features)
    assert len(town.features) == 1090
    assert len(stored.encode()) < 80_000
    assert features_from_json(stored) == town.features
