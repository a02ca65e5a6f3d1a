"""Geocoding and map tiles when a service refuses, hangs, crawls or answers nonsense.

For each way a server on this machine can fail, the window says in one line what
happened (a look-up within 5 s) and the UI thread never stalls: a 20 ms QTimer on it
never waits more than 200 ms between ticks.

Covered elsewhere, and not repeated here: the offline switch (tests/test_geocode_ui.py::
test_offline_message_while_the_ui_keeps_running, tests/test_geocoding.py::
test_offline_switch_opens_no_socket), the geocoder's timeouts, retries and error kinds
(tests/test_geocoding.py), the dialog's wording for a silent server (with a tick count)
and a refused port (tests/test_geocode_ui.py), tiles blocked offline and a refused tile
port in an exported page (tests/test_map_view.py), tiles from the disk cache once seen
(tests/test_map_view.py::test_tiles_seen_once_come_from_the_disk_cache_when_offline).
"""

from __future__ import annotations

import time
from contextlib import nullcontext

import pytest
from geocode_server import closed_port_url, misbehaving_server, silent_server
from PySide6.QtCore import QSettings, QTimer
from test_map_view import COUNTS, js, show_and_wait, wait_until

from app.services.geocoding import Geocoder, RateLimiter
from app.services.map_features import TileSource
from app.services.sample_project import write_sample
from app.ui.geocode_dialog import GeocodeDialog
from app.ui.map_settings import save_tiles
from app.ui.map_tab import app_tiles
from app.ui.map_view import MapView

LONGEST_STALL_S = 0.2


class StallMeter:
    """A 20 ms timer on the UI thread: the longest wait between its ticks is the longest
    the UI thread was busy (a blocked thread would not tick at all)."""

    def __init__(self):
        self.ticks = 0
        self.longest = 0.0
        self._last = None
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.monotonic()
        if self._last is not None:
            self.longest = max(self.longest, now - self._last)
        self._last = now
        self.ticks += 1

    def stop(self) -> float:
        self.timer.stop()
        return self.longest


@pytest.fixture(autouse=True)
def _drain_pool(drained_pool):
    """No look-up may outlive its test (conftest's drained_pool)."""


# -- geocoding ----------------------------------------------------------------------

SERVERS = {
    "refused": lambda: nullcontext(closed_port_url()),
    "hangs": silent_server,
    "trickles": lambda: misbehaving_server("trickle"),
    "hangs up": lambda: misbehaving_server("hang_up"),
    "garbage": lambda: misbehaving_server("garbage"),
    "wrong JSON": lambda: misbehaving_server("wrong_json"),
    "HTTP 500": lambda: misbehaving_server("error500"),
    "HTTP 429": lambda: misbehaving_server("busy429"),
}
MESSAGES = {
    "refused": "The geocoding service refused the connection.",
    "hangs": "The geocoding service did not answer in time.",
    "trickles": "The geocoding service did not answer in time.",
    "hangs up": "closed the connection without an answer.",
    "garbage": "sent an answer that cannot be read.",
    "wrong JSON": "sent an answer that cannot be read.",
    "HTTP 500": "answered with an error (HTTP 500).",
    "HTTP 429": "The geocoding service is busy and asks for fewer look-ups.",
}


def _look_up(qtbot, tmp_path, url) -> tuple[GeocodeDialog, float, StallMeter]:
    """The dialog searching `url`, in the worst case: a look-up went out just before,
    so the rate limit adds its full second. Returns once it has answered."""
    limiter = RateLimiter(1.0)
    limiter.wait()
    geocoder = Geocoder(tmp_path / "cache", "nominatim", url, rate_limiter=limiter)
    meter = StallMeter()
    started = time.monotonic()
    dialog = GeocodeDialog(geocoder, "Dagmars Plads 1, 3660 Stenløse")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.search_done, timeout=5000):
        pass
    elapsed = time.monotonic() - started
    meter.stop()
    return dialog, elapsed, meter


@pytest.mark.parametrize("server", list(SERVERS))
def test_a_failing_geocoder_is_one_line_within_5_s_while_the_ui_runs(
    qtbot, tmp_path, online, server
):
    """Guards the look-up's deadline (a trickle resets a socket timeout with every byte),
    the worker that keeps it off the UI thread, and a message for every failure: the
    answer of the wrong shape and the hang-up used to surface as Python's own words."""
    with SERVERS[server]() as url:
        dialog, elapsed, meter = _look_up(qtbot, tmp_path, url)
    text = dialog.error_text()
    assert MESSAGES[server] in text and "\n" not in text, text
    assert elapsed < 5 and meter.longest < LONGEST_STALL_S, (elapsed, meter.longest)
    assert meter.ticks >= elapsed / 0.020 * 0.5, (meter.ticks, elapsed)
    assert dialog.search_button.isEnabled() and not dialog.use_button.isEnabled()


def test_a_slow_answer_still_arrives_while_the_ui_runs(qtbot, tmp_path, online):
    """A service that takes 1.5 s (within the look-up's 3 s) is waited for, not given up."""
    with misbehaving_server("slow") as url:
        dialog, elapsed, meter = _look_up(qtbot, tmp_path, url)
    assert dialog.error_text() == ""
    assert dialog.status.text() == "One place found. Check it and use it."
    assert [round(c.latitude, 4) for c in dialog.candidates()] == [55.7735]
    assert 1.5 < elapsed < 5 and meter.longest < LONGEST_STALL_S, (elapsed, meter.longest)


# -- map tiles ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def gate21(tmp_path_factory):
    project = write_sample(tmp_path_factory.mktemp("tiles") / "sample.venueplan")
    try:
        yield next(v for v in project.venues.all() if v.name == "Gate21")
    finally:
        project.close()


@pytest.mark.slow  # a tile server that hangs is only given up after the page's 10 s
@pytest.mark.parametrize("server, note_within_s", [("refused", 3), ("hangs", 13)])
def test_a_failing_tile_server_leaves_the_map_usable_and_says_so(
    qapp, tmp_path, online, gate21, server, note_within_s
):
    """Guards the page's tile watch (an error, or no answer at all within its timeout,
    shows the note) and that features are drawn without waiting for the background."""
    with SERVERS[server]() as url:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        save_tiles(
            settings, TileSource(url=f"{url}/{{z}}/{{x}}/{{y}}.png", attribution="Test tiles")
        )
        tiles = app_tiles(settings)
        assert tiles.url.startswith(url)  # the setting is used, not OpenStreetMap
        view = MapView(cache_dir=tmp_path / "map-cache", tiles=tiles)
        view.resize(700, 500)
        view.show()
        try:
            show_and_wait(view, view.show_venue, gate21)
            # Measured from here: starting the web engine itself is not a tile's doing.
            meter = StallMeter()
            found = js(view.page, COUNTS)
            assert (found["markers"], found["zones"], found["routes"]) == (3, 3, 1)
            wait_until(lambda: js(view.page, COUNTS)["note"], timeout_ms=note_within_s * 1000)
            found = js(view.page, COUNTS)
            loaded = js(view.page, "VP.tiles.loaded")
            meter.stop()
        finally:
            view.close()
            view.deleteLater()
    assert found["note_text"] == "Background map unavailable" and loaded == 0
    assert (found["markers"], found["zones"], found["routes"]) == (3, 3, 1)
    assert meter.longest < LONGEST_STALL_S, meter.longest
