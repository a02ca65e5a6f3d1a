"""The map pane: a folium page in a QWebEngineView that is created the first time it is shown.

QtWebEngine (and folium) are imported only then, so start-up does not pay for them.
The widget only reports what the user did on the map (by signal); storing it, with
undo, is the caller's business.
"""

from __future__ import annotations

import copy
import functools
import itertools
import json
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QLabel, QMessageBox, QToolBar, QVBoxLayout, QWidget

from ..domain import Event, Venue
from ..domain.map_focus import MapFocus
from ..domain.surroundings import Surroundings
from ..services import map_features
from ..services.map_features import TileSource
from ..services.map_text import MapText
from .file_dialogs import save_file
from .map_bridge import MapBridge
from .map_settings import translated_texts
from .workers import Worker, run_in_pool

if TYPE_CHECKING:  # the web engine loads when the first map is shown, not at start-up
    from PySide6.QtWebEngineCore import QWebEngineProfile
    from PySide6.QtWebEngineWidgets import QWebEngineView

    from .map_page import MapPage

log = logging.getLogger(__name__)
_SERIAL = itertools.count(1)


def _write_page_job(path: Path, features, options, overview: bool, *, cancelled, report):
    from ..services.map_export import write_page
    from ..services.map_html import render_page

    path.parent.mkdir(parents=True, exist_ok=True)  # the app's own cache folder
    write_page(path, render_page(features, options, overview=overview))


def default_cache_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(base) / "map"


def _remove_file(path: Path, *_args) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass  # a page file left in the cache folder does no harm


class MapView(QWidget):
    """A map of one venue, one event or the whole catalogue, with a small editing toolbar.

    Signals: point_placed(str kind, int index, float lat, float lon) (kind venue,
    entrance or stop; index -1 asks for a new entrance/stop), marker_moved(str kind,
    int index, float lat, float lon), zone_drawn(list corners), zone_edited(int index,
    list corners) (corners: [[lat, lon], ...]), venue_clicked(int venue_id),
    waypoint_moved(int option, float lat, float lon), step_pinned(int option, int step,
    float lat, float lon), map_ready() (a page is shown and talking to the app).
    """

    point_placed = Signal(str, int, float, float)
    marker_moved = Signal(str, int, float, float)
    zone_drawn = Signal(list)
    zone_edited = Signal(int, list)
    venue_clicked = Signal(int)
    waypoint_moved = Signal(int, float, float)
    step_pinned = Signal(int, int, float, float)
    map_ready = Signal()

    def __init__(
        self,
        parent=None,
        *,
        tiles: TileSource | None = TileSource(),
        cache_dir: Path | None = None,
        editable: bool = True,
    ):
        super().__init__(parent)
        self._tiles = tiles
        self._cache_dir = Path(cache_dir) if cache_dir else default_cache_dir()
        self._editable = editable
        self._request: tuple[Any, ...] | None = (
            None  # ("venue", venue) / ("event", event, venue) / ...
        )
        self._structure = None
        self._ready = False
        self._queued: list[str] = []
        self._targets: dict[str, int] = {}
        self.focus: MapFocus | None = None  # where a page with nothing placed opens
        self._page_file = self._cache_dir / "pages" / f"map-{os.getpid()}-{next(_SERIAL)}.html"
        self._loads = 0
        self._starting = False  # the web view is being made: its first page may be written
        self._writing = False  # a page is being written off the UI thread
        self._rewrite = False  # and another request came meanwhile
        self._write_worker: Worker | None = None
        # venue id -> its stored surroundings (or None); set by the page that has the
        # project, so the map shows the streets under the tiles (issue 18).
        self.surroundings_for: Callable[[int], Surroundings | None] | None = None
        self.destroyed.connect(functools.partial(_remove_file, self._page_file))
        self.view: QWebEngineView | None = None
        self.page: MapPage | None = None
        self.profile: QWebEngineProfile | None = None
        self.bridge = MapBridge(self)
        self.bridge.ready.connect(self._on_ready)
        self.bridge.mode_changed.connect(self._on_mode)
        self.bridge.zone_progress.connect(lambda n: self.act_finish.setEnabled(n >= 3))
        self.bridge.point_placed.connect(self.point_placed)
        self.bridge.marker_moved.connect(self.marker_moved)
        self.bridge.waypoint_moved.connect(self.waypoint_moved)
        self.bridge.step_pinned.connect(self.step_pinned)
        self.bridge.zone_drawn.connect(self.zone_drawn)
        self.bridge.zone_edited.connect(self.zone_edited)
        self.bridge.venue_clicked.connect(self.venue_clicked)

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mapToolbar")
        self._modes = QActionGroup(self)
        self._modes.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        self.act_place_venue = self._mode_action(self.tr("Place venue"), "venue")
        self.act_place_entrance = self._mode_action(self.tr("Place entrance"), "entrance")
        self.act_place_stop = self._mode_action(self.tr("Place stop"), "stop")
        self.act_draw_zone = self._mode_action(self.tr("Draw parking zone"), "draw")
        self.act_finish: QAction = self.toolbar.addAction(self.tr("Finish zone"), self.finish_zone)
        self.act_cancel = self.toolbar.addAction(self.tr("Cancel"), self.cancel)
        self.toolbar.addSeparator()
        self.act_export = self.toolbar.addAction(self.tr("Export map…"), self._export_dialog)
        # Each tool also has a keyboard route, named where a mouse user looks for help.
        self.act_place_venue.setToolTip(
            self.tr("Click the map; or type the latitude and longitude on the Venue tab")
        )
        self.act_place_entrance.setToolTip(
            self.tr("Click the map; or type the latitude and longitude of the entrance")
        )
        self.act_place_stop.setToolTip(
            self.tr("Click the map; or type the stop's latitude and longitude")
        )
        self.act_draw_zone.setToolTip(
            self.tr("Click the corners on the map; or type them in the Shape column")
        )
        # Tab reaches the map's tools as any button (a tool bar's buttons take no focus).
        for action in self.toolbar.actions():
            button = self.toolbar.widgetForAction(action)
            if button is not None:
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        placeholder = QLabel(self.tr("The map appears here."))
        placeholder.setMinimumHeight(120)
        self.placeholder: QLabel | None = placeholder  # until the web view takes its place
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.toolbar)
        self._layout.addWidget(placeholder, 1)
        self._sync_toolbar("idle")

    # -- what to show ------------------------------------------------------
    def show_venue(self, venue: Venue) -> None:
        self._request = ("venue", copy.deepcopy(venue))
        self._render()

    def show_event(self, event: Event, venue: Venue | None) -> None:
        self._request = ("event", copy.deepcopy(event), copy.deepcopy(venue))
        self._render()

    def show_overview(self, venues: list[Venue]) -> None:
        self._request = ("overview", copy.deepcopy(list(venues)))
        self._render()

    def update_venue(self, venue: Venue) -> bool:
        """Shows the new state of the venue on the map (its venue or event map).

        True if moving features on the page was enough; False if the page was rebuilt,
        or nothing was done because the map shows another venue or the catalogue.
        """
        shown, request = self._shown_venue(), self._request
        if shown is None or request is None or shown.id != venue.id:
            return False
        if request[0] == "venue":
            self._request = ("venue", copy.deepcopy(venue))
        else:
            self._request = ("event", request[1], copy.deepcopy(venue))
        features = self._features()
        if self._ready and features.structure() == self._structure:
            self.run_js(f"VP.update({json.dumps(features.geometry())});")
            return True
        self._render()
        return False

    def move_marker(self, kind: str, index: int, lat: float, lon: float) -> None:
        """Moves one marker (and its walking lines) without rebuilding the page."""
        venue = self._shown_venue()
        if venue is None:
            return
        if kind == "venue":
            venue.latitude, venue.longitude = lat, lon
        elif kind == "entrance" and 0 <= index < len(venue.entrances):
            venue.entrances[index].latitude, venue.entrances[index].longitude = lat, lon
        elif kind == "stop" and 0 <= index < len(venue.transit_options):
            option = venue.transit_options[index]
            option.stop_latitude, option.stop_longitude = lat, lon
        else:
            return
        if self._ready and self._features().structure() == self._structure:
            self.run_js(
                f"VP.moveMarker({json.dumps(kind)}, {int(index)}, {float(lat)}, {float(lon)});"
            )
        else:
            self._render()

    # -- editing modes -----------------------------------------------------
    def select(self, kind: str, index: int) -> None:
        """Which entrance or stop "Place entrance/stop" sets (-1: add a new one)."""
        self._targets[kind] = index

    def start_placing(self, kind: str, index: int | None = None) -> None:
        if index is None:
            index = 0 if kind == "venue" else self._targets.get(kind, -1)
        target = json.dumps({"kind": kind, "index": int(index)})
        self.run_js(f'VP.setMode("place", {target});')
        self._sync_toolbar("place", kind)

    def start_drawing(self) -> None:
        self.run_js('VP.setMode("draw");')
        self._sync_toolbar("draw")

    def finish_zone(self) -> None:
        self.run_js("VP.finishZone();")

    def cancel(self) -> None:
        self.run_js('VP.setMode("idle");')
        self._sync_toolbar("idle")

    def set_tile_source(self, tiles: TileSource | None) -> None:
        self._tiles = tiles
        self._render()

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self._render()

    @property
    def is_ready(self) -> bool:
        return self._ready

    def run_js(self, script: str, callback=None) -> None:
        """Runs `script` on the page now, or as soon as the page is ready (a script with a
        callback is dropped while no page is ready)."""
        if self.page is not None and self._ready:
            if callback is None:
                self.page.runJavaScript(script, 0)
            else:
                self.page.runJavaScript(script, 0, callback)
        elif callback is None:
            self._queued.append(script)

    # -- export ------------------------------------------------------------
    def export_html(self, path: str | Path) -> None:
        """Writes the map shown now as one self-contained HTML file."""
        from ..services.map_export import write_page

        write_page(Path(path), self._page_html(inline=True))

    def _export_dialog(self) -> None:
        if self._request is None:
            return
        path = save_file(
            self, "map", self.tr("Export map"), self.tr("map.html"), self.tr("Web page (*.html)")
        )
        if not path:
            return
        # Always a web page: a name without .html must not replace the project or a
        # document of another kind.
        if not path.lower().endswith((".html", ".htm")):
            path += ".html"
        try:
            self.export_html(path)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export map"),
                self.tr("Could not write {0}: {1}").format(
                    path, getattr(exc, "reason", None) or exc.strerror
                ),
            )

    # -- internals ---------------------------------------------------------
    def _mode_action(self, text: str, mode: str) -> QAction:
        action = self.toolbar.addAction(text)
        action.setCheckable(True)
        self._modes.addAction(action)

        def triggered(checked: bool) -> None:
            if not checked:
                self.cancel()
            elif mode == "draw":
                self.start_drawing()
            else:
                self.start_placing(mode)

        action.triggered.connect(triggered)
        return action

    def _sync_toolbar(self, mode: str, kind: str = "") -> None:
        editing = self._editable and self._request is not None and self._request[0] != "overview"
        for action in (
            self.act_place_venue,
            self.act_place_entrance,
            self.act_place_stop,
            self.act_draw_zone,
            self.act_finish,
            self.act_cancel,
        ):
            action.setVisible(editing)
        checked = {
            "place": {
                "venue": self.act_place_venue,
                "entrance": self.act_place_entrance,
                "stop": self.act_place_stop,
            }.get(kind),
            "draw": self.act_draw_zone,
        }.get(mode)
        for action in self._modes.actions():
            action.setChecked(action is checked)
        self.act_cancel.setEnabled(mode != "idle")
        self.act_finish.setEnabled(False)
        self.act_export.setEnabled(self._request is not None)

    def _on_mode(self, mode: str) -> None:
        if mode == "idle":
            self._sync_toolbar("idle")

    def _shown_venue(self) -> Venue | None:
        if self._request is None or self._request[0] == "overview":
            return None
        return self._request[1] if self._request[0] == "venue" else self._request[2]

    def texts(self) -> MapText:
        """The page's words in the user's language."""
        return translated_texts()

    def _surroundings(self, venue: Venue | None):
        """The venue's stored surroundings, if the view was given a way to read them."""
        if self.surroundings_for is None or venue is None or venue.id is None:
            return None
        try:
            return self.surroundings_for(venue.id)
        except Exception:
            log.warning("Stored surroundings of venue %s not shown", venue.id, exc_info=True)
            return None

    def _features(self):
        kind, *args = self._request
        texts = self.texts()
        if kind == "venue":
            return map_features.venue_features(
                args[0], texts, surroundings=self._surroundings(args[0])
            )
        if kind == "event":
            return map_features.event_features(args[0], args[1], texts, self._surroundings(args[1]))
        return map_features.overview_features(args[0], texts)

    def _page_options(self, *, inline: bool):
        from ..services.map_features import PageOptions

        return PageOptions(
            tiles=self._tiles,
            texts=self.texts(),
            inline=inline,
            editable=self._editable and not inline,
            bridge=not inline,
            focus=self.focus,
        )

    def _overview(self) -> bool:
        return self._request is not None and self._request[0] == "overview"

    def _page_html(self, *, inline: bool) -> str:
        from ..services.map_html import render_page

        return render_page(
            self._features(),
            self._page_options(inline=inline),
            overview=self._overview(),
        )

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.view is None:
            self._create_view()

    def _create_view(self) -> None:
        from PySide6.QtWebChannel import QWebChannel
        from PySide6.QtWebEngineWidgets import QWebEngineView

        from .map_page import MapPage, map_profile

        # The first page is made on a worker while the engine starts here.
        self._starting = True
        self._render()
        self._starting = False
        self.profile, self._policy = map_profile(self._cache_dir)
        self.view = view = QWebEngineView(self)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.page = page = MapPage(self.profile, view)
        channel = QWebChannel(page)
        channel.registerObject("bridge", self.bridge)
        page.setWebChannel(channel)
        view.setPage(page)
        view.loadFinished.connect(self._on_load_finished)
        if self.placeholder is not None:
            self._layout.replaceWidget(self.placeholder, view)
            self.placeholder.deleteLater()
            self.placeholder = None

    def _render(self) -> None:
        """Rebuild the page for the latest request. The HTML is made and written off the UI
        thread (folium and the disk), while Chromium starts; one page is written at a time
        and a request made meanwhile is written next, so the newest always wins."""
        self._sync_toolbar("idle")
        if self._request is None or (self.view is None and not self._starting):
            return
        self._ready = False
        self._queued.clear()
        if self._writing:
            self._rewrite = True
            return
        features = self._features()
        self._structure = features.structure()
        options = self._page_options(inline=False)
        self._writing = True
        worker = Worker(_write_page_job, self._page_file, features, options, self._overview())
        worker.signals.finished.connect(self._page_written)
        worker.signals.failed.connect(self._page_failed)
        self._write_worker = worker
        run_in_pool(worker)

    def _page_written(self, _result=None) -> None:
        self._writing = False
        if self.page is None:
            return
        if self._rewrite:
            self._rewrite = False
            self._render()
            return
        if self._tiles is not None:
            self._policy.allow_tiles(self._tiles.url)
        self._loads += 1
        url = QUrl.fromLocalFile(str(self._page_file))
        url.setQuery(f"load={self._loads}")  # a new URL: the engine reloads the rewritten file
        self.page.allowed_url = url
        self.page.load(url)

    def _page_failed(self, message: str) -> None:
        self._writing = False
        log.warning("The map page could not be written: %s", message)
        if self._rewrite:
            self._rewrite = False
            self._render()

    def _on_load_finished(self, ok: bool) -> None:
        if not ok:
            log.warning("The map page did not load: %s", self._page_file)

    def _on_ready(self) -> None:
        self._ready = True
        queued, self._queued = self._queued, []
        for script in queued:
            self.run_js(script)
        self.map_ready.emit()
