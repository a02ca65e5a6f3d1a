"""Geocoding against recorded answers on 127.0.0.1: candidates, errors, rate limit, cache."""

from __future__ import annotations

import socket
import threading

import pytest
from geocode_server import RecordedService, closed_port_url, recorded_json, silent_server

import app
from app.domain import Venue
from app.services.geocoding import (
    PROCESS_RATE_LIMITER,
    GeocodeError,
    Geocoder,
    RateLimiter,
    venue_query,
)

EGEDAL = "Dronning Dagmars Vej 200, 3650 Ølstykke Egedal"


class FakeClock:
    """Time that moves only when someone sleeps, so rate-limit tests take no real time."""

    def __init__(self):
        self.now = 1000.0
        self.sleeps: list[float] = []

    def time(self):
        return self.now

    def sleep(self, seconds):
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def service(online):
    with RecordedService() as recorded:
        yield recorded


@pytest.fixture
def connections(monkeypatch):
    """The address of every connection the geocoder opens (urllib3 opens each here)."""
    import urllib3.util.connection as connection

    opened = []
    real = connection.create_connection

    def counting(address, *args, **kwargs):
        opened.append(address)
        return real(address, *args, **kwargs)

    monkeypatch.setattr(connection, "create_connection", counting)
    return opened


def _geocoder(tmp_path, url, **kwargs):
    kwargs.setdefault("rate_limiter", RateLimiter(0))
    return Geocoder(tmp_path / "cache", "nominatim", url, **kwargs)


def test_one_candidate_with_coordinates_and_attribution(tmp_path, service):
    found = _geocoder(tmp_path, service.url).geocode(EGEDAL, country="dk")
    assert len(found) == 1
    place = found[0]
    assert place.address.startswith("Egedal Rådhus, 200, Dronning Dagmars Vej")
    assert (place.latitude, place.longitude) == (55.7734512, 12.1812034)
    assert (
        place.attribution == "Data © OpenStreetMap contributors, ODbL 1.0. http://osm.org/copyright"
    )
    request = service.requests[0]
    assert request["path"] == "/search"
    assert request["user_agent"] == f"Venueplan/{app.__version__}"
    assert request["params"]["q"] == EGEDAL
    assert request["params"]["countrycodes"] == "dk"
    assert request["params"]["limit"] == "5"


def test_several_candidates_keep_the_service_order(tmp_path, service):
    found = _geocoder(tmp_path, service.url).geocode("Hovedgaden 1")
    expected = recorded_json("nominatim_hovedgade.json")
    assert [c.address for c in found] == [e["display_name"] for e in expected]
    assert [round(c.latitude, 4) for c in found] == [55.6761, 55.438, 56.1629]


def test_photon_by_url(tmp_path, service):
    geocoder = Geocoder(
        tmp_path / "cache", "photon", service.url + "/api", rate_limiter=RateLimiter(0)
    )
    found = geocoder.geocode("Nørretorv 55, 4100 Ringsted")
    assert service.requests[0]["path"] == "/api"
    assert found[0].address == "Ringsted Kongrescenter, Nørretorv 55, 4100 Ringsted, Danmark"
    assert (found[0].latitude, found[0].longitude) == (55.4426, 11.7869)
    assert "OpenStreetMap contributors" in found[0].attribution
    assert "Photon" in found[0].attribution


def test_no_result_is_a_clear_message(tmp_path, service):
    with pytest.raises(GeocodeError) as caught:
        _geocoder(tmp_path, service.url).geocode("Nowhere Street 99")
    assert caught.value.kind == "no_result"
    assert str(caught.value) == "No place found for “Nowhere Street 99”."


def test_server_error_is_a_service_error(tmp_path, service):
    with pytest.raises(GeocodeError) as caught:
        _geocoder(tmp_path, service.url).geocode("error500 road")
    assert caught.value.kind == "service"
    assert "HTTP 500" in str(caught.value)
    assert "\n" not in str(caught.value)
    # A failure is not remembered: the next try asks again.
    with pytest.raises(GeocodeError):
        _geocoder(tmp_path, service.url).geocode("error500 road")
    assert len(service.requests) == 2


def test_connection_refused_is_one_attempt(tmp_path, online, connections):
    with pytest.raises(GeocodeError) as caught:
        _geocoder(tmp_path, closed_port_url()).geocode(EGEDAL)
    assert caught.value.kind == "refused"
    assert "refused the connection" in str(caught.value)
    assert len(connections) == 1  # no retries with back-off


def test_silent_server_times_out_once_without_retries(tmp_path, online, connections):
    with silent_server() as url:
        with pytest.raises(GeocodeError) as caught:
            _geocoder(tmp_path, url, timeout=1.0).geocode(EGEDAL)
    assert caught.value.kind == "timeout"
    assert str(caught.value) == f"{url.split('//')[1]} did not answer within 1 s."
    # geopy's default adapter would retry twice; one connection means one attempt.
    assert len(connections) == 1


def test_the_longest_look_up_waits_at_most_5_s(tmp_path):
    """The worst case: a look-up went out just before (the rate limit's whole interval) and
    the service never answers (the deadline). The waits are added up, not timed."""
    clock = FakeClock()
    limiter = RateLimiter(1.0, clock=clock.time, sleep=clock.sleep)
    limiter.wait()  # another look-up went out just now
    geocoder = Geocoder(tmp_path / "cache", rate_limiter=limiter)
    limiter.wait()  # what geocode() does first
    assert clock.sleeps == [1.0]
    assert sum(clock.sleeps) + geocoder.deadline_s <= 5


def test_a_request_stuck_before_the_socket_timeout_is_abandoned(tmp_path, online, monkeypatch):
    # Name resolution is not covered by socket timeouts; the deadline still is.
    release, finished = threading.Event(), threading.Event()

    def stuck(self, text, country):
        release.wait(60)
        finished.set()
        return []

    monkeypatch.setattr(Geocoder, "_ask", stuck)
    with pytest.raises(GeocodeError) as caught:
        _geocoder(tmp_path, "http://127.0.0.1:9", timeout=0.3).geocode(EGEDAL)
    # The answer came while the request was still stuck: it was given up, not waited for.
    assert caught.value.kind == "timeout" and not finished.is_set()
    release.set()


def test_offline_switch_opens_no_socket(tmp_path, monkeypatch):
    monkeypatch.setenv("VENUEPLAN_NO_NETWORK", "1")

    def no_sockets(*args, **kwargs):
        raise AssertionError("a socket was opened")

    monkeypatch.setattr(socket.socket, "connect", no_sockets)
    monkeypatch.setattr(socket, "create_connection", no_sockets)
    monkeypatch.setattr(socket, "getaddrinfo", no_sockets)
    with pytest.raises(GeocodeError) as caught:
        Geocoder(tmp_path / "cache").geocode(EGEDAL)
    assert caught.value.kind == "offline"
    assert "offline" in str(caught.value)


def test_cache_answers_the_second_time_without_a_request(tmp_path, service, monkeypatch):
    first = _geocoder(tmp_path, service.url).geocode(EGEDAL, country="dk")
    again = _geocoder(tmp_path, service.url).geocode(
        "  dronning dagmars vej 200,  3650 ølstykke EGEDAL ", country="DK"
    )
    assert again == first
    assert len(service.requests) == 1
    # Answers survive a restart and are there even with the network off.
    monkeypatch.setenv("VENUEPLAN_NO_NETWORK", "1")
    assert _geocoder(tmp_path, service.url).geocode(EGEDAL, country="dk") == first
    assert (tmp_path / "cache" / "geocode_cache.sqlite").is_file()


def test_no_result_is_cached_too(tmp_path, service):
    for _ in range(2):
        with pytest.raises(GeocodeError):
            _geocoder(tmp_path, service.url).geocode("Nowhere Street 99")
    assert len(service.requests) == 1


def test_cache_is_kept_per_service(tmp_path, service):
    _geocoder(tmp_path, service.url).geocode("Ringsted egedal")
    Geocoder(tmp_path / "cache", "photon", service.url, rate_limiter=RateLimiter(0)).geocode(
        "Ringsted egedal"
    )
    assert [r["path"] for r in service.requests] == ["/search", "/api"]


def test_rate_limit_spaces_requests_one_second_apart(tmp_path, online):
    clock = FakeClock()
    limiter = RateLimiter(1.0, clock=clock.time, sleep=clock.sleep)
    with RecordedService(clock=clock.time) as recorded:
        geocoder = _geocoder(tmp_path, recorded.url, rate_limiter=limiter)
        geocoder.geocode(EGEDAL)
        geocoder.geocode("Hovedgaden 1")
        geocoder.geocode(EGEDAL)  # cached: neither a request nor a wait
        geocoder.geocode("Hovedgaden 1, København")
    times = [r["at"] for r in recorded.requests]
    assert len(times) == 3
    assert all(later - earlier >= 1.0 for earlier, later in zip(times, times[1:], strict=False))
    assert clock.sleeps == [1.0, 1.0]


def test_rate_limit_holds_across_threads():
    # Four threads ask at the same instant of a clock that stands still: each is given
    # its own slot, one interval after the other, whatever the machine's speed.
    sleeps: list[float] = []
    lock = threading.Lock()

    def sleep(seconds: float) -> None:
        with lock:
            sleeps.append(round(seconds, 6))

    limiter = RateLimiter(0.2, clock=lambda: 100.0, sleep=sleep)
    start = threading.Barrier(4)

    def call() -> None:
        start.wait()
        limiter.wait()

    threads = [threading.Thread(target=call) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(sleeps) == [0.2, 0.4, 0.6]  # the first goes at once


def test_one_limiter_for_the_whole_process(tmp_path):
    assert Geocoder(tmp_path / "a").rate_limiter is PROCESS_RATE_LIMITER
    assert Geocoder(tmp_path / "b", "photon").rate_limiter is PROCESS_RATE_LIMITER


def test_settings_are_checked(tmp_path):
    with pytest.raises(ValueError, match="Unknown geocoding service"):
        Geocoder(tmp_path, "google")
    geocoder = Geocoder(tmp_path, "nominatim", "https://geo.example.org/nominatim/search/")
    assert geocoder.cache_key == "nominatim|https://geo.example.org/nominatim"
    assert Geocoder(tmp_path).cache_key == "nominatim|https://nominatim.openstreetmap.org"
    assert "OpenStreetMap contributors" in Geocoder(tmp_path).attribution


def test_venue_query_prefers_the_address():
    venue = Venue(name="Gate21", street="Liljens Kvarter 2", postal_code="2620", city="Albertslund")
    assert venue_query(venue) == "Liljens Kvarter 2, 2620 Albertslund"
    assert venue_query(Venue(name="JYSK Park", city="Silkeborg")) == "JYSK Park, Silkeborg"
