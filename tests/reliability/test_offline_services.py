"""Geocoding and map tiles when a service refuses, hangs, crawls or answers nonsense.

For each way a server on this machine can fail, the window says in one line what
happened, and the UI thread never waits on the service: the look-up is held on its
worker thread (tests/gate.py) while the test checks that the dialog still answers. That
a look-up ends within 5 s is the geocoder's deadline and rate limit, added up in
tests/test_geocoding.py::test_the_longest_look_up_waits_at_most_5_s; how long the window
takes is measured by benchmarks/run.py, not asserted here.

Covered elsewhere, and not repeated here: the offline switch (tests/test_geocode_ui.py::
test_offline_message_while_the_ui_keeps_running, tests/test_geocoding.py::
test_offline_switch_opens_no_socket), the geocoder's timeouts, retries and error kinds
(tests/test_geocoding.py), the dialog's wording for a silent server (with a tick count)
and a refused port (tests/test_geocode_ui.py), tiles blocked offline and a refused tile
port in an exported page (tests/test_map_view.py), tiles from the disk cache once seen
(tests/test_map_view.py::test_tiles_seen_once_come_from_the_disk_cache_when_offline).
"""

from __future__ import annotations

from contextlib import nullcontext

import pytest
from gate import Gate
from geocode_server import closed_port_url, misbehaving_server, silent_server
from PySide6.QtCore import QSettings
from test_map_view import COUNTS, js, show_and_wait, wait_until

from app.services.geocoding import Geocoder, RateLimiter
from app.services.map_features import TileSource
from app.services.sample_project import write_sample
from app.ui.geocode_dialog import GeocodeDialog
from app.ui.map_settings import save_tiles
from app.ui.map_tab import app_tiles
from app.ui.map_view import MapView

# Only a safety net for a look-up that never ends; a slow machine is not a failure.
ANSWER_WITHIN_MS = 60_000


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


def _look_up(qtbot, tmp_path, url) -> GeocodeDialog:
    """The dialog searching `url`, in the worst case: a look-up went out just before, so
    the rate limit adds its full second. The look-up is held until the dialog has been
    seen answering the user; then it goes on, and this returns with its answer shown."""
    limiter = RateLimiter(1.0)
    limiter.wait()
    geocoder = Geocoder(tmp_path / "cache", "nominatim", url, rate_limiter=limiter)
    gate = Gate(geocoder.geocode)
    geocoder.geocode = gate
    dialog = GeocodeDialog(geocoder, "Dagmars Plads 1, 3660 Stenløse")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(gate.entered.is_set, timeout=ANSWER_WITHIN_MS)
    # The test (the UI thread) has control while the look-up waits elsewhere, and the
    # dialog takes a new query meanwhile.
    assert gate.held_off_the_ui_thread()
    assert dialog.status.text() == "Searching for “Dagmars Plads 1, 3660 Stenløse”…"
    qtbot.keyClicks(dialog.query_edit, " ")
    assert dialog.query_edit.text().endswith(" ")
    with qtbot.waitSignal(dialog.search_done, timeout=ANSWER_WITHIN_MS):
        gate.open()
    return dialog


@pytest.mark.parametrize("server", list(SERVERS))
def test_a_failing_geocoder_is_one_line_while_the_ui_runs(qtbot, tmp_path, online, server):
    """Guards the look-up's deadline (a trickle resets a socket timeout with every byte),
    the worker that keeps it off the UI thread, and a message for every failure: the
    answer of the wrong shape and the hang-up used to surface as Python's own words."""
    with SERVERS[server]() as url:
        dialog = _look_up(qtbot, tmp_path, url)
    text = dialog.error_text()
    assert MESSAGES[server] in text and "\n" not in text, text
    assert dialog.search_button.isEnabled() and not dialog.use_button.isEnabled()


def test_a_slow_answer_still_arrives_while_the_ui_runs(qtbot, tmp_path, online):
    """A service that takes 1.5 s (within the look-up's 3 s) is waited for, not given up."""
    with misbehaving_server("slow") as url:
        dialog = _look_up(qtbot, tmp_path, url)
    assert dialog.error_text() == ""
    assert dialog.status.text() == "One place found. Check it and use it."
    assert [round(c.latitude, 4) for c in dialog.candidates()] == [55.7735]


# -- map tiles ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def gate21(tmp_path_factory):
    project = write_sample(tmp_path_factory.mktemp("tiles") / "sample.venueplan")
    try:
        yield next(v for v in project.venues.all() if v.name == "Gate21")
    finally:
        project.close()


@pytest.mark.slow  # a tile server that hangs is only given up after the page's 10 s
@pytest.mark.parametrize("server", ["refused", "hangs"])
def test_a_failing_tile_server_leaves_the_map_usable_and_says_so(
    qapp, tmp_path, online, gate21, server
):
    """Guards the page's tile watch (an error, or no answer at all within its timeout,
    shows the note) and that features are drawn without waiting for the background: the
    page answers the window's questions (each a round trip through the UI thread's event
    loop) while the tiles are still failing."""
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
            found = js(view.page, COUNTS)
            assert (found["markers"], found["zones"], found["routes"]) == (3, 3, 1)
            wait_until(lambda: js(view.page, COUNTS)["note"], timeout_ms=ANSWER_WITHIN_MS)
            found = js(view.page, COUNTS)
            loaded = js(view.page, "VP.tiles.loaded")
        finally:
            view.close()
            view.deleteLater()
    assert found["note_text"] == "Background map unavailable" and loaded == 0
    assert (found["markers"], found["zones"], found["routes"]) == (3, 3, 1)
