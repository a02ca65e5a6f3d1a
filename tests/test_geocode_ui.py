"""The geocoding, batch, GTFS import and nearest-stations dialogs, driven as a user would."""

from __future__ import annotations

import pytest
from gate import Gate
from geocode_server import RecordedService, closed_port_url, silent_server
from gtfs_feed import STOPS, write_big_stops, write_zip
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


# Only a safety net for work that never ends; a slow machine is not a failure.
LONGEST_MS = 60_000


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
    with qtbot.waitSignal(dialog.search_done, timeout=LONGEST_MS):
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
    with qtbot.waitSignal(dialog.search_done, timeout=LONGEST_MS):
        pass
    assert dialog.error_text() == (
        "No place found for this address. Check the spelling or try fewer words."
    )
    assert not dialog.use_button.isEnabled()
    dialog.query_edit.setText("Egedal Rådhus")
    with qtbot.waitSignal(dialog.search_done, timeout=LONGEST_MS):
        dialog.search_button.click()
    assert dialog.error_text() == ""
    assert dialog.status.text() == "One place found. Check it and use it."
    dialog.use_button.click()
    assert dialog.chosen.latitude == 55.7734512


def test_offline_message_while_the_ui_keeps_running(qtbot, tmp_path):
    # conftest sets VENUEPLAN_NO_NETWORK=1: the geocoder must say offline, not hang.
    dialog = _dialog(qtbot, Geocoder(tmp_path), "Liljens Kvarter 2, 2620 Albertslund")
    with qtbot.waitSignal(dialog.search_done, timeout=LONGEST_MS):
        pass
    assert dialog.error_text().startswith("You seem to be offline.")
    assert "offline" in dialog.status.toolTip()
    assert dialog.list.count() == 0


def test_timeout_message_while_the_ui_runs(qtbot, tmp_path, online):
    """A service that never answers: the dialog answers the user all along (the look-up
    waits on a worker thread, held there until the test has seen that), then says so in
    one line. The 5 s bound is tests/test_geocoding.py's sum of the waits."""
    with silent_server() as url:
        limiter = RateLimiter(1.0)
        limiter.wait()  # the worst case: another look-up went out just now
        geocoder = Geocoder(tmp_path, "nominatim", url, rate_limiter=limiter)
        gate = Gate(geocoder.geocode)
        geocoder.geocode = gate
        dialog = _dialog(qtbot, geocoder, "Liljens Kvarter 2, 2620 Albertslund")
        qtbot.waitUntil(gate.entered.is_set, timeout=LONGEST_MS)
        assert gate.held_off_the_ui_thread()
        assert dialog.status.text() == "Searching for “Liljens Kvarter 2, 2620 Albertslund”…"
        assert dialog.buttons.isEnabled()
        with qtbot.waitSignal(dialog.search_done, timeout=LONGEST_MS):
            gate.open()
    assert dialog.error_text().startswith("The geocoding service did not answer in time.")
    # The venue stays editable: the dialog can be cancelled at once.
    dialog.reject()
    assert dialog.chosen_coordinates() is None


def test_refused_connection_message(qtbot, tmp_path, online):
    geocoder = Geocoder(tmp_path, "nominatim", closed_port_url(), rate_limiter=RateLimiter(0))
    dialog = _dialog(qtbot, geocoder, "Liljens Kvarter 2")
    with qtbot.waitSignal(dialog.search_done, timeout=LONGEST_MS):
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
    with qtbot.waitSignal(batch.finished, timeout=LONGEST_MS) as finished:
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
    with qtbot.waitSignal(batch.finished, timeout=LONGEST_MS) as finished:
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
        with qtbot.waitSignal(batch.finished, timeout=LONGEST_MS) as finished:
            batch.start()
    lines = finished.args[0].splitlines()
    assert lines[0] == "Coordinates found for 0 of 2 venues."
    assert len(lines) == 2 and "HTTP 429" in lines[1]  # stopped after the first venue


def test_batch_cancel_saves_nothing_more(qtbot, english_ui, tmp_path, service, sample_project):
    _clear_coordinates(sample_project, "Egedal Rådhus", "JYSK Park")
    geocoder = Geocoder(tmp_path, "nominatim", service.url, rate_limiter=RateLimiter(0))
    gate = Gate(geocoder.geocode)
    geocoder.geocode = gate
    batch = GeocodeBatch(sample_project, geocoder)
    batch.start()
    qtbot.waitUntil(gate.entered.is_set, timeout=LONGEST_MS)  # the first look-up is out
    with qtbot.waitSignal(batch.finished, timeout=LONGEST_MS) as finished:
        _click_cancel(batch.progress)
    assert finished.args[0] == "Cancelled after 0 of 2 venues."
    gate.open()  # its answer arrives after the cancel
    qtbot.waitUntil(lambda: gate.left.is_set() and active_workers() == 0, timeout=LONGEST_MS)
    assert len(service.requests) == 1  # the second venue was never looked up
    assert all(
        not v.has_coordinates
        for v in sample_project.venues.all()
        if v.name in ("Egedal Rådhus", "JYSK Park")
    )


def test_batch_with_nothing_to_do(qtbot, tmp_path, sample_project):
    batch = GeocodeBatch(sample_project, Geocoder(tmp_path))
    with qtbot.waitSignal(batch.finished, timeout=LONGEST_MS) as finished:
        batch.start()
    assert finished.args == ["Every venue already has coordinates."]


def test_gtfs_import_of_50000_stops_keeps_the_ui_running(qtbot, english_ui, tmp_path):
    cache = StopsCache(tmp_path / "cache")
    gate = Gate(cache.import_feed)
    cache.import_feed = gate
    importer = GtfsImport(cache)
    importer.start(write_big_stops(tmp_path / "stops.txt"))
    qtbot.waitUntil(gate.entered.is_set, timeout=LONGEST_MS)
    # The import waits on its worker while the window answers: the progress can be cancelled.
    assert gate.held_off_the_ui_thread() and importer.is_running()
    assert importer.progress.findChild(QPushButton).isEnabled()
    with qtbot.waitSignal(importer.imported, timeout=LONGEST_MS) as imported:
        gate.open()
    assert imported.args[0].stops == 50_000
    assert importer.message_box.text().startswith(
        "50000 stops imported from stops.txt (stations among them: 1)."  # C locale
    )
    assert not importer.is_running()


def test_gtfs_import_cancel_and_malformed_feed(qtbot, tmp_path):
    cache = StopsCache(tmp_path / "cache")
    importer = GtfsImport(cache)
    with qtbot.waitSignal(importer.cancelled, timeout=LONGEST_MS):
        importer.start(write_big_stops(tmp_path / "stops.txt"))
        _click_cancel(importer.progress)
    assert cache.info() is None
    bad = STOPS.replace("55.7960,12.1720", "55.7960,east")
    with qtbot.waitSignal(importer.failed, timeout=LONGEST_MS) as failed:
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
