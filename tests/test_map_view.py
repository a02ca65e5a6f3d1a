"""The map view in a real QtWebEngine page, offscreen and with no network (VENUEPLAN_NO_NETWORK=1).

What a coordinator sees is checked in the page's DOM through runJavaScript; what the
page reports comes back through QWebChannel as the widget's signals. One view is
shared by the tests of this module, so the web engine starts once.
"""

import copy
import json
import struct
import subprocess
import sys
import textwrap
import threading
import zlib
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QTimer, QUrl

from app.services.map_features import TileSource
from app.services.sample_project import write_sample
from app.ui.map_view import MapView

# The headless platform has no OpenGL or Vulkan; these lines only say so.
pytestmark = pytest.mark.qt_log_ignore(
    "QRhiGles2", "Failed to create RHI", "GPUInfo not initialized", extend=True
)

ROOT = Path(__file__).resolve().parent.parent
PROBE = "<img src=x onerror=alert(1)>"
COUNTS = """({
    markers: document.querySelectorAll('.leaflet-marker-icon.vp-marker').length,
    venues: document.querySelectorAll('.vp-marker-venue').length,
    entrances: document.querySelectorAll('.vp-marker-entrance').length,
    stops: document.querySelectorAll('.vp-marker-stop').length,
    zones: document.querySelectorAll('path.vp-zone').length,
    routes: document.querySelectorAll('path.vp-route').length,
    zone_strokes: Array.from(document.querySelectorAll('path.vp-zone'), p => p.getAttribute('stroke')),
    note: getComputedStyle(document.querySelector('.vp-note-tiles')).display !== 'none',
    note_text: document.querySelector('.vp-note-tiles').textContent,
    legend: document.querySelector('.vp-legend') ? document.querySelector('.vp-legend').innerText : ''
})"""


def spin(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition, timeout_ms: int = 10000) -> None:
    waited = 0
    while not condition():
        assert waited < timeout_ms, "timed out waiting for the map page"
        spin(20)
        waited += 20


def js(page, expression: str, timeout_ms: int = 5000):
    """The value of a JavaScript expression in `page` (a QWebEnginePage), through JSON."""
    result = []
    page.runJavaScript(f"JSON.stringify({expression})", 0, result.append)
    wait_until(lambda: result, timeout_ms)
    return None if result[0] in (None, "") else json.loads(result[0])


def show_and_wait(view: MapView, show, *args) -> None:
    ready = []
    view.map_ready.connect(lambda: ready.append(True))
    show(*args)
    wait_until(lambda: ready)
    view.map_ready.disconnect()


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    project = write_sample(tmp_path_factory.mktemp("map") / "sample.venueplan")
    yield project
    project.close()


@pytest.fixture(scope="module")
def gate21(project):
    venue = next(v for v in project.venues.all() if v.name == "Gate21")
    # A checked point: the route then gives its minutes (from an approximate one it gives
    # none, as test_map_html checks).
    venue.coordinates_approximate = False
    return venue


@pytest.fixture(scope="module")
def view(qapp, tmp_path_factory):
    widget = MapView(cache_dir=tmp_path_factory.mktemp("map-cache"))
    widget.resize(900, 650)
    widget.show()
    yield widget
    widget.close()
    widget.deleteLater()
    spin(50)


@pytest.fixture
def gate21_view(view, gate21):
    """The shared view, freshly showing Gate21 (earlier tests may have moved things)."""
    show_and_wait(view, view.show_venue, gate21)
    return view


def counts(view) -> dict:
    return js(view.page, COUNTS)


def test_gate21_shows_venue_entrance_stop_route_and_three_zones(gate21_view):
    found = counts(gate21_view)
    assert (found["markers"], found["venues"], found["entrances"], found["stops"]) == (3, 1, 1, 1)
    assert found["routes"] == 1
    assert found["zones"] == 3
    assert found["zone_strokes"] == ["#6b7280", "#f2c200", "#6b7280"]  # none, yellow, none
    assert "Gul zone bag Next Vestskoven Gymnasium: Guests may park" in found["legend"]
    assert "Øvrige P-pladser bag Next Vestskoven Gymnasium: No guest parking" in found["legend"]
    assert "Walking route" in found["legend"]
    # The stop is drawn as an S-train stop; the grey zone, where guests may not park, hatched.
    assert js(gate21_view.page, "document.querySelector('.vp-marker-stop').textContent") == "S"
    assert js(
        gate21_view.page, "document.querySelectorAll('path.vp-zone')[2].getAttribute('fill')"
    ).startswith("url(#vp-hatch-")
    # Every script and style sheet comes from this machine or from Qt.
    sources = js(
        gate21_view.page,
        "Array.from(document.querySelectorAll('script[src],link[href]'), e => e.src || e.href)",
    )
    assert sources and all(s.startswith(("file:", "qrc:")) for s in sources)
    assert gate21_view.page.console_errors == []


def test_with_no_network_features_render_at_once_and_the_note_says_so(view, gate21):
    ready = []
    view.map_ready.connect(
        lambda: view.page.runJavaScript(
            f"JSON.stringify({COUNTS})", 0, lambda found: ready.append(json.loads(found))
        )
    )
    view.show_venue(gate21)
    wait_until(lambda: ready)
    view.map_ready.disconnect()
    # Features are there as soon as the page talks, before any tile has answered.
    assert (ready[0]["markers"], ready[0]["zones"], ready[0]["routes"]) == (3, 3, 1)
    wait_until(lambda: counts(view)["note"])
    found = counts(view)
    assert found["note_text"] == "Background map unavailable"
    assert js(view.page, "VP.tiles.loaded") == 0
    assert (found["markers"], found["zones"], found["routes"]) == (3, 3, 1)


def test_clicking_in_place_mode_sets_coordinates_through_the_channel(gate21_view, qtbot):
    view = gate21_view
    view.start_placing("entrance", 0)
    assert view.act_place_entrance.isChecked()
    with qtbot.waitSignal(view.point_placed, timeout=30_000) as placed:
        view.run_js("VP.handleMapClick(55.65601, 12.35472);")
    assert placed.args == ["entrance", 0, 55.65601, 12.35472]
    wait_until(lambda: not view.act_place_entrance.isChecked())
    # The marker is already where the user clicked, and the walking line ends there.
    assert js(view.page, "VP.latLng('entrance', 0)") == [55.65601, 12.35472]
    assert js(view.page, "VP.layers['route:0'].layer.getLatLngs()[1].lat") == 55.65601

    view.select("stop", -1)  # "Place stop" adds a new stop
    view.start_placing("stop")
    with qtbot.waitSignal(view.point_placed, timeout=30_000) as placed:
        view.run_js("VP.handleMapClick(55.657, 12.352);")
    assert placed.args == ["stop", -1, 55.657, 12.352]


def test_dragging_a_marker_reports_its_new_place(gate21_view, qtbot):
    view = gate21_view
    with qtbot.waitSignal(view.marker_moved, timeout=30_000) as moved:
        view.run_js(
            "var m = VP.layers['stop:0'].layer; m.setLatLng([55.658, 12.3531]);"
            "m.fire('drag'); m.fire('dragend');"
        )
    assert moved.args == ["stop", 0, 55.658, 12.3531]
    assert js(view.page, "VP.layers['route:0'].layer.getLatLngs()[0].lat") == 55.658


def test_drawing_a_zone_by_its_corners(gate21_view, qtbot):
    view = gate21_view
    view.start_drawing()
    assert view.act_draw_zone.isChecked() and not view.act_finish.isEnabled()
    corners = [[55.6553, 12.3530], [55.6555, 12.3540], [55.6551, 12.3541]]
    for lat, lon in corners:
        view.run_js(f"VP.handleMapClick({lat}, {lon});")
    view.run_js(f"VP.handleMapClick({corners[-1][0]}, {corners[-1][1]});")  # a double click
    wait_until(view.act_finish.isEnabled)
    assert js(view.page, "document.querySelectorAll('path.vp-draft-corner').length") == 3
    with qtbot.waitSignal(view.zone_drawn, timeout=30_000) as drawn:
        view.act_finish.trigger()
    assert drawn.args == [corners]
    wait_until(lambda: not view.act_draw_zone.isChecked())


def test_editing_a_zone_corner_reports_the_new_corners(gate21_view, qtbot):
    view = gate21_view
    assert js(view.page, "VP.selectZone(1)") is True
    assert js(view.page, "document.querySelectorAll('.vp-handle').length") == 4
    with qtbot.waitSignal(view.zone_edited, timeout=30_000) as edited:
        view.run_js(
            "var h = VP.zoneHandles[0]; h.setLatLng([55.6552, 12.3559]);"
            "h.fire('drag'); h.fire('dragend');"
        )
    index, corners = edited.args
    assert index == 1
    assert corners == [
        [55.6552, 12.3559],
        [55.6551, 12.3572],
        [55.6547, 12.3573],
        [55.6546, 12.3561],
    ]


def test_a_venue_named_like_html_shows_as_text_and_runs_nothing(view, gate21):
    venue = copy.deepcopy(gate21)
    venue.name = PROBE
    venue.entrances[0].name = PROBE
    venue.parking_zones[1].name = "`${alert(2)}` </script><script>alert(3)</script>"
    show_and_wait(view, view.show_venue, venue)
    view.run_js(
        "VP.layers['venue:0'].layer.openPopup(); VP.layers['entrance:0'].layer.openTooltip();"
        "VP.layers['zone:1'].layer.openTooltip();"
    )
    wait_until(lambda: js(view.page, "document.querySelectorAll('.leaflet-popup').length") == 1)
    texts = js(
        view.page,
        "[document.querySelector('.vp-legend-heading').textContent,"
        " document.querySelector('.leaflet-popup .vp-info-title').textContent,"
        " Array.from(document.querySelectorAll('.leaflet-tooltip'), t => t.textContent.trim())]",
    )
    assert texts[0] == PROBE and texts[1] == PROBE
    assert PROBE in texts[2]
    assert "`${alert(2)}` </script><script>alert(3)</script>" in texts[2]
    assert js(view.page, 'document.querySelectorAll(\'img[src="x"], img[src$="/x"]\').length') == 0
    assert js(view.page, "document.title") == PROBE
    spin(200)
    assert view.page.alerts == []
    assert counts(view)["markers"] == 3


def test_overview_labels_venues_and_a_click_reports_the_venue_id(view, project, qtbot):
    venues = project.venues.all()
    show_and_wait(view, view.show_overview, venues)
    found = counts(view)
    assert found["venues"] == 4 and found["zones"] == 0
    labels = js(view.page, "Array.from(document.querySelectorAll('.vp-label'), t => t.innerText)")
    assert "Gate21\nAlbertslund · Capacity: 200" in labels
    assert "Ringsted Kongrescenter\nRingsted · Capacity: 800" in labels
    assert not view.act_place_venue.isVisible()  # no editing on the catalogue map
    gate21_index = next(i for i, v in enumerate(venues) if v.name == "Gate21")
    with qtbot.waitSignal(view.venue_clicked, timeout=30_000) as clicked:
        view.run_js(f"VP.layers['venue:{gate21_index}'].layer.fire('click');")
    assert clicked.args == [next(v.id for v in venues if v.name == "Gate21")]


def test_moving_markers_updates_the_page_without_reloading_it(gate21_view, gate21):
    view = gate21_view
    view.run_js("window.sameDocument = true;")
    view.move_marker("venue", 0, 55.6556, 12.3553)
    wait_until(lambda: js(view.page, "VP.latLng('venue', 0)") == [55.6556, 12.3553])
    moved = copy.deepcopy(gate21)
    moved.transit_options[0].stop_latitude = 55.6575
    moved.parking_zones[1].geometry[0] = (55.6549, 12.3559)
    assert view.update_venue(moved) is True
    wait_until(lambda: js(view.page, "VP.updates") == 1)
    assert js(view.page, "VP.latLng('stop', 0)") == [55.6575, 12.3533]
    assert js(view.page, "VP.layers['zone:1'].layer.getLatLngs()[0][0].lat") == 55.6549
    assert js(view.page, "VP.layers['route:0'].meta.lines[0]").startswith("about 2")
    assert js(view.page, "window.sameDocument") is True
    # A new name changes what the page says: that one is rebuilt.
    renamed = copy.deepcopy(moved)
    renamed.name = "Gate 21"
    ready = []
    view.map_ready.connect(lambda: ready.append(True))
    assert view.update_venue(renamed) is False
    wait_until(lambda: ready)
    view.map_ready.disconnect()
    assert js(view.page, "window.sameDocument === undefined") is True
    assert js(view.page, "document.querySelector('.vp-legend-heading').textContent") == "Gate 21"


def test_the_page_cannot_navigate_away_and_links_open_outside(gate21_view):
    view = gate21_view
    opened = []
    view.page.open_external = opened.append
    page_url = view.page.url()
    view.run_js(
        "document.querySelector('.leaflet-control-attribution a[href*=openstreetmap]').click();"
    )
    wait_until(lambda: opened)
    assert opened[0] == QUrl("https://www.openstreetmap.org/copyright")
    view.run_js("window.location.href = 'https://example.org/';")
    wait_until(lambda: len(opened) == 2)
    assert opened[1] == QUrl("https://example.org/")
    spin(200)
    assert view.page.url() == page_url
    assert counts(view)["markers"] == 3


def test_malformed_messages_from_the_page_are_logged_and_ignored(gate21_view, qtbot, caplog):
    view = gate21_view
    with qtbot.waitSignal(view.venue_clicked, timeout=30_000) as clicked:
        view.run_js(
            "VP.bridge.post('not json'); VP.bridge.post(42);"
            "VP.bridge.post(JSON.stringify({type: 'point_placed', kind: 'venue', index: 0,"
            " lat: 95, lon: 12}));"
            "VP.bridge.post(JSON.stringify({type: 'zone_drawn', corners: [[1, 2]]}));"
            "VP.bridge.post(JSON.stringify({type: 'venue_clicked', id: 7}));"
        )
    assert clicked.args == [7]
    ignored = [r.getMessage() for r in caplog.records if "message ignored" in r.getMessage()]
    assert len(ignored) == 4
    assert counts(view)["markers"] == 3  # the page carries on


def test_event_map_without_a_venue_says_so(view, project):
    event = next(e for e in project.events.all() if e.venue_id is None)
    show_and_wait(view, view.show_event, event, None)
    notes = js(view.page, "Array.from(document.querySelectorAll('.vp-note'), n => n.textContent)")
    assert "No venue chosen for this event." in notes
    assert counts(view)["markers"] == 0


def test_the_cli_file_shows_its_features_in_a_fresh_view(qapp, project, tmp_path, capsys):
    from PySide6.QtWebEngineWidgets import QWebEngineView

    from app.cli import main

    out = tmp_path / "gate21.html"
    event = next(
        e
        for e in project.events.all()
        if e.venue_id is not None and project.venues.get(e.venue_id).name == "Gate21"
    )
    # Tiles from a closed port on this machine: no network, and a background that fails.
    code = main(
        [
            "map",
            str(project.path),
            "--event",
            str(event.id),
            "-o",
            str(out),
            "--tiles",
            "http://127.0.0.1:9/{z}/{x}/{y}.png",
            "--attribution",
            "Test tiles",
        ]
    )
    assert code == 0, capsys.readouterr().err
    fresh = QWebEngineView()
    fresh.resize(800, 600)
    fresh.show()
    loaded = []
    fresh.loadFinished.connect(loaded.append)
    fresh.load(QUrl.fromLocalFile(str(out)))
    wait_until(lambda: loaded)
    assert loaded == [True]
    wait_until(lambda: js(fresh.page(), COUNTS)["note"])
    found = js(fresh.page(), COUNTS)
    assert (found["venues"], found["entrances"], found["stops"]) == (1, 1, 1)
    assert (found["zones"], found["routes"]) == (3, 1)
    assert "#f2c200" in found["zone_strokes"]
    # Danish, the event's language.
    assert found["note_text"] == "Baggrundskortet er ikke tilgængeligt"
    assert "Gangrute" in found["legend"]
    fresh.close()
    fresh.deleteLater()
    spin(50)


def _png(width: int = 256, height: int = 256) -> bytes:
    """A plain light-blue tile."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    rows = b"".join(b"\x00" + b"\xcc\xdd\xee" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


@contextmanager
def tile_server():
    """A tile server on this machine that logs each request's path and User-Agent."""
    tile = _png()
    requests = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            requests.append((self.path, self.headers.get("User-Agent", "")))
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Cache-Control", "max-age=604800")
            self.send_header("Content-Length", str(len(tile)))
            self.end_headers()
            self.wfile.write(tile)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/{{z}}/{{x}}/{{y}}.png", requests
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def _tiles_shown(view) -> bool:
    state = js(
        view.page,
        "({loaded: VP.tiles.loaded, failed: VP.tiles.failed, note: "
        "getComputedStyle(document.querySelector('.vp-note-tiles')).display})",
    )
    return state["loaded"] > 0 and state["failed"] == 0 and state["note"] == "none"


def test_tiles_seen_once_come_from_the_disk_cache_when_offline(qapp, gate21, tmp_path):
    cache = tmp_path / "cache"
    views = []
    with tile_server() as (url, requests):
        tiles = TileSource(url=url, attribution="Test tiles")
        views.append(MapView(cache_dir=cache, tiles=tiles))
        views[0].resize(700, 500)
        views[0].show()
        show_and_wait(views[0], views[0].show_venue, gate21)
        wait_until(lambda: _tiles_shown(views[0]))
        assert requests and all("Venueplan/" in agent for _, agent in requests)
    # Counted once the server is gone: the first map may fetch one more tile meanwhile.
    seen = len(requests)
    # The server is gone now; a new map of the same place still has its background.
    views.append(MapView(cache_dir=cache, tiles=tiles))
    views[1].resize(700, 500)
    views[1].show()
    show_and_wait(views[1], views[1].show_venue, gate21)
    wait_until(lambda: _tiles_shown(views[1]))
    assert len(requests) == seen
    assert (cache / "http").is_dir()
    for view in views:
        view.close()
        view.deleteLater()
    spin(50)


def test_web_engine_and_folium_load_only_when_a_map_is_first_shown(sample_path, tmp_path):
    script = textwrap.dedent(f"""
        import sys
        from PySide6.QtWidgets import QApplication
        qapp = QApplication([])
        import app.ui.main_window
        from app.storage import Project
        from app.ui.map_view import MapView
        HEAVY = ("PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "folium")
        view = MapView(cache_dir={str(tmp_path / "cache")!r})
        with Project.open({str(sample_path)!r}) as project:
            view.show_venue(project.venues.all()[0])
        print("before", [m for m in HEAVY if m in sys.modules])
        view.show()
        qapp.processEvents()
        # The first page is made on a worker while the engine starts: wait for it.
        from PySide6.QtCore import QThreadPool
        QThreadPool.globalInstance().waitForDone()
        print("after", [m for m in HEAVY if m in sys.modules])
        view.close()
    """)
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "before []",
        "after ['PySide6.QtWebEngineCore', 'PySide6.QtWebEngineWidgets', 'folium']",
    ]


def test_export_map_always_writes_a_web_page_never_over_the_project(
    gate21_view, project, monkeypatch
):
    """Picking the project's own name in the save dialog gives `NAME.venueplan.html`."""
    from PySide6.QtWidgets import QFileDialog

    before = project.path.read_bytes()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(project.path), ""))
    gate21_view.act_export.trigger()
    assert project.path.read_bytes() == before
    page = project.path.with_name(project.path.name + ".html")
    assert "Gate21" in page.read_text(encoding="utf-8")


def test_with_no_network_the_stored_streets_show_under_the_missing_tiles(view, project, gate21):
    """Offline (no tile answers), the venue's stored surroundings are drawn in their own
    pane under the tile pane, credited to OpenStreetMap; the walk follows the path."""
    from overpass_server import store_recorded

    surroundings = store_recorded(project, gate21.id)
    view.surroundings_for = project.surroundings.get
    try:
        show_and_wait(view, view.show_venue, gate21)
        wait_until(lambda: counts(view)["note"])  # the tiles did not come
        found = js(
            view.page,
            """({
            streets: document.querySelectorAll('.leaflet-vp-streets-pane path.vp-street').length,
            paths: document.querySelectorAll('path.vp-footway, path.vp-footway-steps').length,
            rail: document.querySelectorAll('path.vp-railway').length,
            buildings: document.querySelectorAll('path.vp-street-area.vp-building').length,
            pane: +getComputedStyle(document.querySelector('.leaflet-vp-streets-pane')).zIndex,
            tiles: +getComputedStyle(document.querySelector('.leaflet-tile-pane')).zIndex,
            credit: document.querySelector('.leaflet-control-attribution').textContent,
            route: document.querySelector('path.vp-route').getAttribute('d').split(/[LM]/).length
        })""",
        )
    finally:
        view.surroundings_for = None
        project.surroundings.delete(gate21.id)
    lines = [f for f in surroundings.features if not f.area]
    assert found["streets"] == len(
        [f for f in lines if f.kind != "bus_stop" and f.kind != "station"]
    )
    assert found["paths"] == 3 and found["rail"] == 1 and found["buildings"] == 3
    assert found["pane"] < found["tiles"]  # under the tiles: seen where they are missing
    assert "OpenStreetMap" in found["credit"]
    assert found["route"] > 3  # the walk follows Teststien, not one straight line


LABEL_BOXES = """Array.from(document.querySelectorAll('.vp-label'), t => {
    const r = t.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })"""


def test_overview_labels_of_venues_close_together_do_not_cover_each_other(view, project):
    from app.domain import Venue

    venues = project.venues.all()
    gate21 = next(v for v in venues if v.name == "Gate21")
    near = [
        Venue(id=900 + i, name=name, city="Albertslund", latitude=lat, longitude=lon)
        for i, (name, lat, lon) in enumerate(
            [
                ("Albertslund Rådhus, byrådssalen", gate21.latitude + 0.004, gate21.longitude),
                ("Musikteatret Albertslund", gate21.latitude - 0.003, gate21.longitude + 0.002),
            ]
        )
    ]
    show_and_wait(view, view.show_overview, venues + near)
    boxes = js(view.page, LABEL_BOXES)
    assert len(boxes) == len(venues) + 2

    def overlap(a, b):
        return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]

    covered = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :] if overlap(a, b)]
    assert covered == []


def test_a_routes_waypoint_and_step_pins_can_be_dragged(view, project, gate21, qtbot):
    """With stored streets the walk has a drag handle; each written step has a numbered
    pin (dashed until it is pinned); dragging either reports it to the app."""
    from overpass_server import store_recorded

    store_recorded(project, gate21.id)
    view.surroundings_for = project.surroundings.get
    try:
        show_and_wait(view, view.show_venue, gate21)
        pins = js(
            view.page,
            "Array.from(document.querySelectorAll('.vp-step-pin'), p => [p.textContent,"
            " p.classList.contains('vp-step-pin-unplaced')])",
        )
        assert pins == [["1", True], ["2", True], ["3", True], ["4", True]]
        assert js(view.page, "document.querySelectorAll('.vp-waypoint').length") == 1
        with qtbot.waitSignal(view.waypoint_moved, timeout=5000) as moved:
            view.run_js(
                "var w = VP.layers['route:0'].extras[0]; w.setLatLng([55.6575, 12.3560]);"
                "w.fire('dragend');"
            )
        assert moved.args == [0, 55.6575, 12.356]
        with qtbot.waitSignal(view.step_pinned, timeout=5000) as pinned:
            view.run_js(
                "var p = VP.layers['route:0'].extras[2]; p.setLatLng([55.657, 12.3536]);"
                "p.fire('dragend');"
            )
        assert pinned.args == [0, 2, 55.657, 12.3536]
    finally:
        view.surroundings_for = None
        project.surroundings.delete(gate21.id)
