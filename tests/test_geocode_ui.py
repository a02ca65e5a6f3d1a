"""The geocoding, batch, GTFS import and nearest-stations dialogs, driven as a user would."""

from __future__ import annotations

import time

import pytest
from geocode_server import RecordedService, closed_port_url, silent_server
from gtfs_feed import STOPS, write_big_stops, write_zip
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton

from app.domain import TransitMode
from app.services.geocoding import Geocoder, RateLimiter
from app.services.stops_cache import StopsCache
from app.ui.geocode_batch import GeocodeBatch
from app.ui.geocode_dialog import GeocodeDialog
from app.ui.gtfs_import import GtfsImport
from app.ui.nearest_stations_dialog import NearestStationsDialog
from app.ui.workers import active_workers


@pytest.fixture(autouse=True)
def _drain_pool(drained_pool):
    """No look-up may outlive its test (conftest's drained_pool)."""


@pytest.fixture
def service(online):
    with RecordedService() as recorded:
        yield recorded


class Ticker:
    """A UI-thread timer: if the UI thread were blocked, it would not tick."""

    def __init__(self, interval_ms=20):
        self.ticks = 0
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.started = time.monotonic()
        self.timer.start()

    def _tick(self):
        self.ticks += 1

    def stop(self) -> float:
        self.timer.stop()
        return time.monotonic() - self.started


def _click_cancel(progress):
    progress.findChild(QPushButton).click()


def _dialog(qtbot, geocoder, query, country=None):
    dialog = GeocodeDialog(geocoder, query, country)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_several_candidates_to_pick_from(qtbot, english_ui, tmp_path, service):
    geocoder = Geocoder(tmp_path, "nominatim", service.url, rate_limiter=RateLimiter(0))
    dialog = _dialog(qtbot, geocoder, "Hovedgaden 1")
    assert dialog.status.text() == "Searching for “Hovedgaden 1”…"
    assert not dialog.use_button.isEnabled()
    with qtbot.waitSignal(dialog.search_done, timeout=5000):
        pass
    assert dialog.list.count() == 3
    assert dialog.status.text() == "3 places found. Pick the right one."
    assert dialog.list.item(1).text().startswith("1, Hovedgaden, Sorø")
    assert dialog.attribution.text() == (
        "Data © OpenStreetMap contributors, ODbL 1.0. http://osm.org/copyright"
    )
    dialog.list.setCurrentRow(1)
    dialog.use_button.click()
    assert dialog.result() == GeocodeDialog.DialogCode.Accepted
    assert dialog.chosen_coordinates() == (55.438, 11.566)


def test_search_again_with_another_query(qtbot, tmp_path, service):
    geocoder = Geocoder(tmp_path, "nominatim", service.url, rate_limiter=RateLimiter(0))
    dialog = _dialog(qtbot, geocoder, "Nowhere 1")
    with qtbot.waitSignal(dialog.search_done, timeout=5000):
        pass
    assert dialog.error_text() == (
        "No place found for this address. Check the spelling or try fewer words."
    )
    assert not dialog.use_button.isEnabled()
    dialog.query_edit.setText("Egedal Rådhus")
    with qtbot.waitSignal(dialog.search_done, timeout=5000):
        dialog.search_button.click()
    assert dialog.error_text() == ""
    assert dialog.status.text() == "One place found. Check it and use it."
    dialog.use_button.click()
    assert dialog.chosen.latitude == 55.7734512


def test_offline_message_while_the_ui_keeps_running(qtbot, tmp_path):
    # conftest sets VENUEPLAN_NO_NETWORK=1: the geocoder must say offline, not hang.
    ticker = Ticker()
    dialog = _dialog(qtbot, Geocoder(tmp_path), "Liljens Kvarter 2, 2620 Albertslund")
    with qtbot.waitSignal(dialog.search_done, timeout=5000):
        pass
    ticker.stop()
    assert dialog.error_text().startswith("You seem to be offline.")
    assert "offline" in dialog.status.toolTip()
    assert dialog.list.count() == 0


def test_timeout_message_within_five_seconds_while_a_timer_ticks(qtbot, tmp_path, online):
    with silent_server() as url:
        limiter = RateLimiter(1.0)
        limiter.wait()  # the worst case: another look-up went out just now
        geocoder = Geocoder(tmp_path, "nominatim", url, rate_limiter=limiter)
        ticker = Ticker()
        dialog = _dialog(qtbot, geocoder, "Liljens Kvarter 2, 2620 Albertslund")
        with qtbot.waitSignal(dialog.search_done, timeout=5000):
            pass
        elapsed = ticker.stop()
    assert elapsed < 5
    assert dialog.error_text().startswith("The geocoding service did not answer in time.")
    # A blocked UI thread would have ticked a handful of times at most.
    assert ticker.ticks >= elapsed / 0.020 * 0.5, (ticker.ticks, elapsed)
    # The venue stays editable: the dialog can be cancelled at once.
    dialog.reject()
    assert dialog.chosen_coordinates() is None


def test_refused_connection_message(qtbot, tmp_path, online):
    geocoder = Geocoder(tmp_path, "nominatim", closed_port_url(), rate_limiter=RateLimiter(0))
    dialog = _dialog(qtbot, geocoder, "Liljens Kvarter 2")
    with qtbot.waitSignal(dialog.search_done, timeout=5000):
        pass
    assert dialog.error_text().startswith("The geocoding service refused the connection.")


def _clear_coordinates(project, *names):
    for venue in project.venues.all():
        if venue.name in names:
            venue.latitude = venue.longitude = None
            project.venues.save(venue)


def test_batch_geocodes_venues_without_coordinates(
    qtbot, english_ui, tmp_path, service, sample_project
):
    _clear_coordinates(sample_project, "Egedal Rådhus", "JYSK Park")
    geocoder = Geocoder(tmp_path, "nominatim", service.url, rate_limiter=RateLimiter(0))
    batch = GeocodeBatch(sample_project, geocoder)
    saved = []
    batch.venue_saved.connect(saved.append)
    with qtbot.waitSignal(batch.finished, timeout=10_000) as finished:
        batch.start()
        assert batch.progress.maximum() == 2
    assert finished.args[0].splitlines() == [
        "Coordinates found for 1 of 2 venues.",
        "JYSK Park: No place found for “JYSK Park, Silkeborg”.",
    ]
    assert [v.name for v in saved] == ["Egedal Rådhus"]
    egedal = next(v for v in sample_project.venues.all() if v.name == "Egedal Rådhus")
    assert (egedal.latitude, egedal.longitude) == (55.7734512, 12.1812034)
    assert egedal.coordinates_approximate
    jysk = next(v for v in sample_project.venues.all() if v.name == "JYSK Park")
    assert jysk.latitude is None
    assert sorted(service.queries()) == [
        "Dronning Dagmars Vej 200, 3650 Ølstykke",
        "JYSK Park, Silkeborg",
    ]
    assert batch.message_box.text() == finished.args[0]


def test_batch_stops_when_offline_and_changes_nothing(qtbot, english_ui, tmp_path, sample_project):
    _clear_coordinates(sample_project, "Egedal Rådhus", "JYSK Park")
    batch = GeocodeBatch(sample_project, Geocoder(tmp_path))
    with qtbot.waitSignal(batch.finished, timeout=5000) as finished:
        batch.start()
    lines = finished.args[0].splitlines()
    assert lines[0] == "Coordinates found for 0 of 2 venues."
    assert len(lines) == 2 and "offline" in lines[1]  # stopped after the first venue
    assert all(
        not v.has_coordinates
        for v in sample_project.venues.all()
        if v.name in ("Egedal Rådhus", "JYSK Park")
    )


def test_batch_stops_when_the_service_asks_to_slow_down(
    qtbot, english_ui, tmp_path, sample_project, online
):
    """HTTP 429: the next look-ups would be refused too, and only annoy the service."""
    from geocode_server import misbehaving_server

    _clear_coordinates(sample_project, "Egedal Rådhus", "JYSK Park")
    with misbehaving_server("busy429") as url:
        batch = GeocodeBatch(
            sample_project, Geocoder(tmp_path, "nominatim", url, rate_limiter=RateLimiter(0.01))
        )
        with qtbot.waitSignal(batch.finished, timeout=10000) as finished:
            batch.start()
    lines = finished.args[0].splitlines()
    assert lines[0] == "Coordinates found for 0 of 2 venues."
    assert len(lines) == 2 and "HTTP 429" in lines[1]  # stopped after the first venue


def test_batch_cancel_saves_nothing_more(qtbot, english_ui, tmp_path, service, sample_project):
    _clear_coordinates(sample_project, "Egedal Rådhus", "JYSK Park")
    geocoder = Geocoder(tmp_path, "nominatim", service.url, rate_limiter=RateLimiter(0))
    batch = GeocodeBatch(sample_project, geocoder)
    with qtbot.waitSignal(batch.finished, timeout=5000) as finished:
        batch.start()
        _click_cancel(batch.progress)
    assert finished.args[0] == "Cancelled after 0 of 2 venues."
    qtbot.waitUntil(lambda: active_workers() == 0, timeout=5000)
    qtbot.wait(50)  # let the late answer arrive; it must not be saved
    assert all(
        not v.has_coordinates
        for v in sample_project.venues.all()
        if v.name in ("Egedal Rådhus", "JYSK Park")
    )


def test_batch_with_nothing_to_do(qtbot, tmp_path, sample_project):
    batch = GeocodeBatch(sample_project, Geocoder(tmp_path))
    with qtbot.waitSignal(batch.finished, timeout=1000) as finished:
        batch.start()
    assert finished.args == ["Every venue already has coordinates."]


def test_gtfs_import_of_50000_stops_keeps_the_ui_running(qtbot, english_ui, tmp_path):
    cache = StopsCache(tmp_path / "cache")
    importer = GtfsImport(cache)
    ticker = Ticker(10)
    with qtbot.waitSignal(importer.imported, timeout=20_000) as imported:
        importer.start(write_big_stops(tmp_path / "stops.txt"))
        assert importer.is_running()
    elapsed = ticker.stop()
    assert imported.args[0].stops == 50_000
    assert ticker.ticks >= elapsed / 0.010 * 0.3, (ticker.ticks, elapsed)
    assert importer.message_box.text().startswith(
        "50000 stops imported from stops.txt (stations among them: 1)."  # C locale
    )
    assert not importer.is_running()


def test_gtfs_import_cancel_and_malformed_feed(qtbot, tmp_path):
    cache = StopsCache(tmp_path / "cache")
    importer = GtfsImport(cache)
    with qtbot.waitSignal(importer.cancelled, timeout=20_000):
        importer.start(write_big_stops(tmp_path / "stops.txt"))
        _click_cancel(importer.progress)
    assert cache.info() is None
    bad = STOPS.replace("55.7960,12.1720", "55.7960,east")
    with qtbot.waitSignal(importer.failed, timeout=5000) as failed:
        importer.start(write_zip(tmp_path / "bad.zip", stops=bad))
    assert failed.args == ["bad.zip/stops.txt line 8: stop_lon “east” is not a number."]
    assert importer.message_box.text() == failed.args[0]
    assert cache.info() is None


def _egedal(project):
    return next(v for v in project.venues.all() if v.name == "Egedal Rådhus")


def test_nearest_stations_adds_a_transit_option_in_one_click(qtbot, tmp_path, sample_project):
    cache = StopsCache(tmp_path / "cache")
    cache.import_feed(write_zip(tmp_path / "feed.zip"))
    dialog = NearestStationsDialog(cache, _egedal(sample_project))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Hovedindgang, Egedal Rådhus" in dialog.heading.text()
    model = dialog.model
    rows = [[model.index(r, c).data() for c in range(5)] for r in range(model.rowCount())]
    assert rows[0][:2] == ["Egedal Rådhus (Dronning Dagmars Vej)", "Bus"]
    assert rows[1] == ["Egedal St.", "S-train", "236 m", "295 m", "4"]
    assert rows[2][0] == "Ølstykke St."
    assert dialog.status.text().startswith("Stops within 3 km, nearest first. From feed.zip")
    dialog.table.selectRow(1)
    with qtbot.waitSignal(dialog.option_chosen) as chosen:
        dialog.add_button.click()
    option = chosen.args[0]
    assert (option.mode, option.stop_name, option.walking_minutes) == (
        TransitMode.S_TRAIN,
        "Egedal St.",
        4,
    )
    assert dialog.transit_option is option
    assert dialog.result() == NearestStationsDialog.DialogCode.Accepted


def test_nearest_stations_explains_what_is_missing(qtbot, tmp_path, sample_project):
    cache = StopsCache(tmp_path / "cache")
    venue = _egedal(sample_project)
    dialog = NearestStationsDialog(cache, venue)
    qtbot.addWidget(dialog)
    assert dialog.status.text().startswith("No stops imported yet.")
    # What a GTFS feed is, and where a Danish one comes from.
    assert "A GTFS feed is the timetable file that public transport publishes" in (
        dialog.status.text()
    )
    assert "Rejseplanen publishes one feed for all buses, trains" in dialog.status.text()
    assert "Rejseplanen" in dialog.import_button.toolTip()
    assert not dialog.add_button.isEnabled()
    venue.latitude = venue.longitude = None
    venue.entrances = []
    dialog = NearestStationsDialog(cache, venue)
    qtbot.addWidget(dialog)
    assert dialog.status.text().startswith("The venue has no coordinates yet")
    assert dialog.model.rowCount() == 0


def test_suggestion_model_passes_the_model_tester(qtmodeltester, tmp_path, sample_project):
    cache = StopsCache(tmp_path / "cache")
    cache.import_feed(write_zip(tmp_path / "feed.zip"))
    dialog = NearestStationsDialog(cache, _egedal(sample_project))
    qtmodeltester.check(dialog.model)
