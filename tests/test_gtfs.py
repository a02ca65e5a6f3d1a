"""GTFS stops: import of small feeds made here, malformed files, nearest stops, transit options."""

from __future__ import annotations

import zipfile

import pytest
from gtfs_feed import EGEDAL_ENTRANCE, STOPS, write_big_stops, write_stops, write_zip

from app.domain import TransitMode
from app.domain.transit_modes import guess_mode, mode_for_route_type
from app.services.gtfs_feed import GtfsCancelled, GtfsError
from app.services.nearest_stops import suggestion_to_transit_option
from app.services.stops_cache import StopsCache


@pytest.fixture
def cache(tmp_path):
    return StopsCache(tmp_path / "cache")


def test_stops_txt_import_and_nearest_stations(tmp_path, cache):
    result = cache.import_feed(write_stops(tmp_path / "stops.txt"))
    # 9 rows: the generic node without a position is left out.
    assert (result.stops, result.stations, result.with_modes) == (8, 3, False)
    info = cache.info()
    assert (info.source, info.stops) == ("stops.txt", 8)
    found = cache.nearest_stops(*EGEDAL_ENTRANCE)
    names = [s.name for s in found]
    # Platforms and the station are one suggestion; the entrance is not a place to name.
    assert names == ["Egedal Rådhus (Dronning Dagmars Vej)", "Egedal St.", "Ølstykke St."]
    station = found[1]
    assert station.stop_id == "8600701"
    # Walked from the nearer platform (spor 1), 236 m in a straight line from the entrance.
    assert (station.latitude, station.longitude) == (55.77445, 12.18565)
    assert station.walk.straight_m == pytest.approx(236, abs=2)
    assert station.walk.minutes == 4
    assert found[2].walk.straight_m > 2000
    # Stenløse St. is about 5 km away: beyond the default 3 km.
    assert "Stenløse St." in [s.name for s in cache.nearest_stops(*EGEDAL_ENTRANCE, max_km=6)]
    assert len(cache.nearest_stops(*EGEDAL_ENTRANCE, limit=1)) == 1


def test_zip_feed_gives_modes_from_route_types(tmp_path, cache):
    result = cache.import_feed(write_zip(tmp_path / "feed.zip"))
    assert result.with_modes and result.stops == 8
    found = {s.name: s for s in cache.nearest_stops(*EGEDAL_ENTRANCE, max_km=6)}
    assert found["Egedal St."].mode is TransitMode.S_TRAIN  # route type 109 at its platform
    assert found["Egedal Rådhus (Dronning Dagmars Vej)"].mode is TransitMode.BUS
    assert found["Stenløse St."].mode is TransitMode.S_TRAIN


def test_without_route_data_a_stop_is_taken_for_a_regional_train(tmp_path, cache):
    cache.import_feed(write_zip(tmp_path / "feed.zip", with_routes=False))
    found = {s.name: s for s in cache.nearest_stops(*EGEDAL_ENTRANCE)}
    assert found["Egedal St."].mode is TransitMode.REGIONAL_TRAIN
    assert guess_mode((), 0, "Nørreport St. (Metro)") is TransitMode.METRO
    assert guess_mode((), 0, "Aarhus H (Letbane)") is TransitMode.LIGHT_RAIL


@pytest.mark.parametrize(
    "route_type, mode",
    [
        (0, TransitMode.LIGHT_RAIL),
        (1, TransitMode.METRO),
        (2, TransitMode.REGIONAL_TRAIN),
        (3, TransitMode.BUS),
        (4, TransitMode.FERRY),
        (109, TransitMode.S_TRAIN),
        (100, TransitMode.REGIONAL_TRAIN),
        (401, TransitMode.METRO),
        (700, TransitMode.BUS),
        (900, TransitMode.LIGHT_RAIL),
        (1000, TransitMode.FERRY),
        (7, None),
    ],
)
def test_route_types(route_type, mode):
    assert mode_for_route_type(route_type) is mode


def test_suggestion_becomes_a_transit_option(tmp_path, cache):
    cache.import_feed(write_zip(tmp_path / "feed.zip"))
    station = next(s for s in cache.nearest_stops(*EGEDAL_ENTRANCE) if s.name == "Egedal St.")
    option = suggestion_to_transit_option(station)
    assert option.mode is TransitMode.S_TRAIN
    assert option.stop_name == "Egedal St."
    assert (option.stop_latitude, option.stop_longitude) == (station.latitude, station.longitude)
    assert option.walking_minutes == station.walk.minutes == 4
    assert (option.line, option.direction, option.steps) == ("", "", [])


@pytest.mark.parametrize(
    "text, message",
    [
        (
            "stop_id,stop_name,stop_lat\n1,A,55.0\n",
            "stops.txt: the header lacks stop_lon (found: stop_id, stop_name, stop_lat).",
        ),
        (
            "stop_id,stop_name,stop_lat,stop_lon\n1,A,55.0,12.0\n2,B,55.1,12.1\n3,C,abc,12.2\n",
            "stops.txt line 4: stop_lat “abc” is not a number.",
        ),
        (
            "stop_id,stop_name,stop_lat,stop_lon\n1,A,95.0,12.0\n",
            "stops.txt line 2: stop_lat 95.0 is outside ±90.",
        ),
        (
            "stop_id,stop_name,stop_lat,stop_lon\n1,A,55.0,12.0\n2,B,55.1\n",
            "stops.txt line 3: the row has a different number of fields than the header.",
        ),
        (
            "stop_id,stop_name,stop_lat,stop_lon\n1,A,55.0,12.0\n1,B,55.1,12.1\n",
            "stops.txt line 3: stop_id “1” appears twice.",
        ),
        (
            "stop_id,stop_name,stop_lat,stop_lon,location_type\n1,A,55.0,12.0,9\n",
            "stops.txt line 2: location_type “9” is not 0 to 4.",
        ),
        ("stop_id,stop_name,stop_lat,stop_lon\n", "stops.txt: the file holds no stops."),
    ],
)
def test_malformed_stops_txt_imports_nothing(tmp_path, cache, text, message):
    with pytest.raises(GtfsError) as caught:
        cache.import_feed(write_stops(tmp_path / "stops.txt", text))
    assert str(caught.value) == message
    assert cache.info() is None
    assert not cache.path.exists()
    assert not list(cache.dir.glob("*.importing"))


def test_malformed_feed_keeps_the_previous_stops(tmp_path, cache):
    cache.import_feed(write_zip(tmp_path / "good.zip"))
    before = cache.nearest_stops(*EGEDAL_ENTRANCE)
    bad = STOPS.replace("55.7960,12.1720", "55.7960,east")
    with pytest.raises(GtfsError, match=r"^bad.zip/stops.txt line 8: stop_lon “east”"):
        cache.import_feed(write_zip(tmp_path / "bad.zip", stops=bad))
    assert cache.info().source == "good.zip"
    assert cache.nearest_stops(*EGEDAL_ENTRANCE) == before
    assert [p.name for p in cache.dir.iterdir()] == ["gtfs_stops.sqlite"]


def test_other_unusable_files(tmp_path, cache):
    with zipfile.ZipFile(tmp_path / "empty.zip", "w") as archive:
        archive.writestr("agency.txt", "agency_id\n")
    with pytest.raises(GtfsError, match=r"^empty.zip: the archive holds no stops.txt.$"):
        cache.import_feed(tmp_path / "empty.zip")
    (tmp_path / "latin1.txt").write_bytes(
        "stop_id,stop_name,stop_lat,stop_lon\n1,Køge,55.0,12.0\n".encode("latin-1")
    )
    with pytest.raises(GtfsError, match=r"^latin1.txt: the file is not UTF-8 text.$"):
        cache.import_feed(tmp_path / "latin1.txt")
    with pytest.raises(GtfsError, match=r"^missing.zip: no such file.$"):
        cache.import_feed(tmp_path / "missing.zip")
    assert cache.info() is None


def test_broken_route_files_still_import_the_stops(tmp_path, cache):
    path = tmp_path / "feed.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("stops.txt", STOPS)
        archive.writestr("routes.txt", "route_id,route_type\nC,train\n")
        archive.writestr("trips.txt", "route_id,trip_id\nC,1\n")
        archive.writestr("stop_times.txt", "trip_id,stop_id\n1,8600701-1\n")
    result = cache.import_feed(path)
    assert result.stops == 8 and not result.with_modes
    assert result.notes == (
        "Modes not read: feed.zip/routes.txt line 2: route_type “train” is not a number.",
    )


def test_fifty_thousand_stops_import_with_progress(tmp_path, cache):
    # How fast: benchmarks/run.py's gtfs_import figure, beside a bare load of the same file.
    path = write_big_stops(tmp_path / "stops.txt")
    reports = []
    result = cache.import_feed(path, report=lambda done, total: reports.append((done, total)))
    assert result.stops == 50_000
    assert len(reports) >= 10
    assert [d for d, _ in reports] == sorted(d for d, _ in reports)
    assert reports[-1][0] == reports[-1][1] == path.stat().st_size
    assert cache.nearest_stops(55.7745, 12.1858, limit=1)[0].name == "Egedal St."


def test_cancelled_import_changes_nothing(tmp_path, cache):
    cache.import_feed(write_stops(tmp_path / "small.txt"))
    path = write_big_stops(tmp_path / "big.txt")
    seen = []
    with pytest.raises(GtfsCancelled, match="the stops cache is unchanged"):
        cache.import_feed(
            path, cancelled=lambda: bool(seen), report=lambda done, total: seen.append(done)
        )
    assert cache.info().source == "small.txt"
    assert len(seen) == 1


def test_nearest_without_a_feed_is_empty(cache):
    assert cache.nearest_stops(55.7, 12.3) == []
    assert cache.info() is None
