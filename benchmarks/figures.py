"""Figures measured inside one process against a baseline run on the same data beside them.

Each function is started by run.py in a fresh process (`probes.py NAME ARGS`), runs one
untimed warm-up, then alternates the app's work and its baseline `reps` times, and prints
both lists of seconds; run.py takes the medians.
"""

from __future__ import annotations

import csv
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.data import add_event, registrations
from benchmarks.day_figures import FIGURES as DAY_FIGURES
from benchmarks.measure import loop_until, report


def _timed(fn, *args, **kwargs) -> float:
    start = time.perf_counter()
    fn(*args, **kwargs)
    return time.perf_counter() - start


def _alternate(reps: int, ours, baseline) -> tuple[list[float], list[float]]:
    ours(), baseline()  # warm-up: first calls import modules and fill caches
    mine, bare = [], []
    for _ in range(reps):
        mine.append(ours())
        bare.append(baseline())
    return mine, bare


# -- import ----------------------------------------------------------------------
def _bare_read(path: Path) -> list[list]:
    if path.suffix == ".csv":
        with open(path, encoding="utf-8-sig", newline="") as fh:
            return list(csv.reader(fh))
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    return book.get_sheet_by_name(book.sheet_names[0]).to_python()


def import_figure(project_path: str, file_path: str, reps: str) -> None:
    """Import the file into a new, empty event (as a user would) against reading it bare."""
    from app.services.registration_import import import_file
    from app.storage import Project

    path = Path(file_path)
    with Project.open(project_path) as project:
        summaries = []

        def ours() -> float:
            event_id = add_event(project, f"Import {len(summaries) + 1}")
            start = time.perf_counter()
            summaries.append(import_file(project, event_id, path))
            return time.perf_counter() - start

        ours(), _bare_read(path)  # warm-up: first calls import modules and fill caches
        made = _made(project)
        mine, bare, stored = [], [], []
        for n in range(int(reps)):  # alternated, so a busy moment hits all three alike
            mine.append(ours())
            bare.append(_timed(_bare_read, path))
            stored.append(_read_and_store(project, path, made, n))
    last = summaries[-1]
    report(
        ours=mine,
        baseline=bare,
        read_and_store=stored,
        rows=len(_bare_read(path)) - 1,
        added=last.added,
        format=last.format_label,
        rejected=len(last.rejected),
    )


def _made(project) -> list:
    """The registrations the last import made."""
    imported = max(
        (e for e in project.events.all() if e.title.startswith("Import")), key=lambda e: e.id
    )
    return project.registrations.for_event(imported.id)


def _read_and_store(project, path: Path, made: list, n: int) -> float:
    """Reading the file bare, then inserting the registrations our import made from it, as
    they are, in one transaction: what any import into the project file must at least do."""
    from sqlalchemy import insert

    from app.storage import schema
    from app.storage.registration_repo import registration_row

    event_id = add_event(project, f"Bare store {n + 1}")
    start = time.perf_counter()
    _bare_read(path)
    rows = [{**registration_row(r), "event_id": event_id} for r in made]
    with project.registrations.transaction() as conn:
        conn.execute(insert(schema.registrations), rows)
    return time.perf_counter() - start


# -- export ------------------------------------------------------------------------
def _cells(path: Path) -> list[tuple[str, list[list]]]:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    return [
        (
            name,
            [
                [None if v == "" else v for v in row]
                for row in book.get_sheet_by_name(name).to_python()
            ],
        )
        for name in book.sheet_names
    ]


def _bare_openpyxl(sheets, target: Path) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    for name, rows in sheets:
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(target)


def _styled_cells(path: Path) -> list[tuple[str, list[list[tuple]]]]:
    """Our workbook's cells as (value, style key, style) triples, the style as the objects
    to copy onto a write-only cell."""
    from copy import copy

    import openpyxl

    book = openpyxl.load_workbook(path)
    out = []
    for ws in book.worksheets:
        rows = []
        for row in ws.iter_rows():
            rows.append(
                [
                    (
                        c.value,
                        tuple(c._style),
                        (
                            copy(c.font),
                            copy(c.border),
                            copy(c.fill),
                            c.number_format,
                            copy(c.alignment),
                        ),
                    )
                    if c.has_style
                    else (c.value, None, None)
                    for c in row
                ]
            )
        out.append((ws.title, rows))
    return out


def _bare_openpyxl_styled(sheets, target: Path) -> None:
    """Write-only openpyxl writing the same values with the same cell styles, one reused
    styled cell per column and style, and nothing else: no checks, no layout, no tables."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    for name, rows in sheets:
        sheet = book.create_sheet(name)
        templates: dict = {}
        for row in rows:
            cells = []
            for column, (value, key, style) in enumerate(row):
                if key is None:
                    cells.append(value)
                    continue
                cell = templates.get((column, key))
                if cell is None:
                    cell = templates[(column, key)] = WriteOnlyCell(sheet)
                    cell.font, cell.border, cell.fill, cell.number_format, cell.alignment = style
                cell.value = value
                cells.append(cell)
            sheet.append(cells)
    book.save(target)


def _bare_xlsxwriter(sheets, target: Path) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(target), {"constant_memory": True})
    for name, rows in sheets:
        sheet = book.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is not None:
                    sheet.write(r, c, value)
    book.close()


def export_figure(project_path: str, count: str, reps: str) -> None:
    """The event workbook with `count` participants against bare write-only openpyxl (and
    xlsxwriter, when installed) writing the same cell values."""
    from app.services.excel import write_event_workbook
    from app.services.excel.event_workbook import load_event
    from app.storage import Project

    out = Path(tempfile.mkdtemp(prefix="bench-export-"))
    with Project.open(project_path) as project:
        event_id = add_event(project, "Eksport")
        project.registrations.add_many(registrations(int(count), event_id, seed=5))
        ours_path = out / "ours.xlsx"
        write_event_workbook(project, event_id, ours_path)
        sheets = _cells(ours_path)
        styled = _styled_cells(ours_path)
        _bare_openpyxl(sheets, out / "bare.xlsx")  # warm-up
        _bare_openpyxl_styled(styled, out / "styled.xlsx")
        mine, bare, styled_s = [], [], []
        for _ in range(int(reps)):  # alternated, so a busy moment hits all three alike
            mine.append(_timed(write_event_workbook, project, event_id, ours_path))
            styled_s.append(_timed(_bare_openpyxl_styled, styled, out / "styled.xlsx"))
            bare.append(_timed(_bare_openpyxl, sheets, out / "bare.xlsx"))
        loading = [_timed(load_event, project, event_id) for _ in range(int(reps))]
    try:
        import xlsxwriter  # noqa: F401 (the optional "bench" extra)

        _bare_xlsxwriter(sheets, out / "xw.xlsx")
        xlsxwriter_s = [_timed(_bare_xlsxwriter, sheets, out / "xw.xlsx") for _ in range(int(reps))]
    except ImportError:
        xlsxwriter_s = None
    cells = sum(1 for _, rows in sheets for row in rows for v in row if v is not None)
    report(
        ours=mine,
        baseline=bare,
        styled=styled_s,
        xlsxwriter=xlsxwriter_s,
        loading=loading,
        cells=cells,
        participants=int(count),
        size_kb=round(ours_path.stat().st_size / 1024),
    )
    shutil.rmtree(out, ignore_errors=True)


# -- filtering ------------------------------------------------------------------------
def filter_figure(project_path: str, count: str, name: str) -> None:
    """Typing `name` letter by letter into the Registrations page's search over `count` rows:
    the UI thread's work per keystroke (filter, counts, repaint of the table), against a
    bare list comprehension over the same lower-case texts."""
    from PySide6.QtWidgets import QApplication

    from app.storage import Project
    from app.ui.registration_table_model import REGISTERED_AT, Rows
    from app.ui.registrations_view import RegistrationsView

    app = QApplication(["venueplan"])
    project = Project.open(project_path)
    rows = Rows([r for r in registrations(int(count), 1, seed=9)], REGISTERED_AT)
    for n, r in enumerate(rows.items, 1):
        r.id = n
    view = RegistrationsView(project)
    view.resize(1200, 800)
    view.show()
    view.event_id = 1  # the counts line speaks of an event
    view.model.set_rows(rows)
    app.processEvents()
    haystacks = rows.haystacks
    prefixes = [name[:i] for i in range(1, len(name) + 1)]
    mine, bare, shown = [], [], []
    for typed in prefixes + prefixes[::-1][1:] + [""]:  # type it, then delete it again
        start = time.perf_counter()
        view.filters.search.setText(typed)
        view.filters.apply_search()  # what the search box's pause timer calls
        view.table.viewport().repaint()
        mine.append(time.perf_counter() - start)
        shown.append(view.proxy.rowCount())
        start = time.perf_counter()
        words = typed.casefold().split()
        found = range(len(haystacks))
        for word in words:
            found = [i for i in found if word in haystacks[i]]
        bare.append(time.perf_counter() - start)
    report(
        ours=mine,
        baseline=bare,
        rows=int(count),
        keystrokes=len(mine),
        shown=shown,
        max_ms=round(max(mine) * 1000, 1),
    )
    view.close()
    project.close()


# -- handout ----------------------------------------------------------------------------
def handout_figure(project_path: str, reps: str) -> None:
    """The handout PDF of the sample's first event with a venue, its venue given the
    surroundings of a dense town centre (streets, buildings, a walking route over ~2,000
    street segments), against painting the same HTML (without the drawn map and the
    fitting to one page) onto a PDF writer."""
    from PySide6.QtGui import QPainter, QPdfWriter, QTextDocument

    from app.services.document_pdf import ensure_gui_app, write_pdf
    from app.services.handout_pdf import handout_for
    from app.storage import Project

    ensure_gui_app()
    out = Path(tempfile.mkdtemp(prefix="bench-handout-"))
    from benchmarks.data import town_surroundings

    copy = out / "streets.venueplan"
    shutil.copy(project_path, copy)  # the other figures keep the sample as it is
    with Project.open(copy) as project:
        event = next(e for e in project.events.all() if e.venue_id is not None)
        venue = project.venues.get(event.venue_id)
        project.surroundings.save(venue.id, town_surroundings(venue.latitude, venue.longitude))
        last = {}

        def ours() -> float:
            start = time.perf_counter()
            document = handout_for(project, event.id)
            write_pdf(document, out / "handout.pdf")
            last["doc"] = document
            return time.perf_counter() - start

        def bare() -> float:
            document = last["doc"]
            html = document.html(document.fit, 182.0)
            start = time.perf_counter()
            writer = QPdfWriter(str(out / "bare.pdf"))
            writer.setPageLayout(document.page_layout())
            text = QTextDocument()
            text.setHtml(html)
            text.setTextWidth(700)
            painter = QPainter(writer)
            text.drawContents(painter)
            painter.end()
            del writer
            return time.perf_counter() - start

        mine, base = _alternate(int(reps), ours, bare)
    report(
        ours=mine,
        baseline=base,
        event=event.title,
        size_kb=round((out / "handout.pdf").stat().st_size / 1024),
    )
    shutil.rmtree(out, ignore_errors=True)


# -- walking route ------------------------------------------------------------------------
def route_figure(reps: str) -> None:
    """A walking route across a street grid of about 2,000 edges (snapping both ends to
    the nearest street, then Dijkstra), against networkx's Dijkstra alone between the
    same two grid corners."""
    import networkx as nx

    from app.services.walking_routes import WalkGraph
    from benchmarks.data import town_surroundings

    town = town_surroundings(55.65, 12.35, spacing_m=50.0, radius_m=800.0)
    graph = WalkGraph.from_surroundings(town)
    edges = graph.graph.number_of_edges()
    streets = [f for f in town.features if f.kind == "street"]
    corner, far = streets[0].points[0], streets[-1].points[-1]  # south-west and north-east
    start = (corner[0] - 0.00002, corner[1] + 0.00001)  # a stop beside the street
    end = (far[0] + 0.00002, far[1] - 0.00001)
    found = {}

    def ours() -> float:
        t = time.perf_counter()
        found["route"] = graph.route(start, end)
        return time.perf_counter() - t

    def bare() -> float:
        t = time.perf_counter()
        nx.single_source_dijkstra(graph.graph, corner, far, weight="length")
        return time.perf_counter() - t

    ours()  # the first call pays for importing networkx's shortest-path code
    mine, base = _alternate(int(reps) * 10, ours, bare)
    report(ours=mine, baseline=base, edges=edges, length_m=round(found["route"].length_m))


# -- public-transport stops ----------------------------------------------------------------
def gtfs_figure(count: str, reps: str) -> None:
    """Importing a stops.txt of `count` stops into the stops cache (every row checked, a
    file written aside and moved into place), against csv reading the same file into a
    bare SQLite table; then the nearest-stops query the venue editor runs."""
    import sqlite3
    from contextlib import closing

    from app.services.stops_cache import StopsCache
    from benchmarks.data import write_stops

    folder = Path(tempfile.mkdtemp(prefix="venueplan-gtfs-"))
    path = write_stops(folder / "stops.txt", int(count))
    cache = StopsCache(folder / "cache")

    def ours() -> float:
        return _timed(cache.import_feed, path)

    def bare() -> float:
        start = time.perf_counter()
        target = folder / "bare.sqlite"
        target.unlink(missing_ok=True)
        with (
            open(path, encoding="utf-8", newline="") as fh,
            closing(sqlite3.connect(target)) as conn,
        ):
            rows = csv.reader(fh)
            next(rows)
            conn.execute("CREATE TABLE stops (stop_id, name, lat, lon, location_type)")
            conn.executemany("INSERT INTO stops VALUES (?, ?, ?, ?, ?)", rows)
            conn.commit()
        return time.perf_counter() - start

    mine, base = _alternate(int(reps), ours, bare)
    nearest = [_timed(cache.nearest_stops, 55.7, 12.3) for _ in range(20)]
    report(ours=mine, baseline=base, stops=int(count), nearest_ms=median_ms(nearest))
    shutil.rmtree(folder, ignore_errors=True)


def median_ms(values: list[float]) -> float:
    return round(statistics.median(values) * 1000, 1)


FIGURES = {
    "import": import_figure,
    "export": export_figure,
    "filter": filter_figure,
    "handout": handout_figure,
    "route": route_figure,
    "gtfs": gtfs_figure,
    **DAY_FIGURES,
}


# -- a large project ----------------------------------------------------------------------
def _window(project_path: str, start_up: bool = False):
    """The main window on the project; `start_up` also runs what `run_gui` runs once the
    window has painted (the map library warmed, then start-up's objects frozen) and waits
    for it, as a user who starts working a moment after start-up would find the app."""
    from PySide6.QtCore import QSettings

    from app.storage import Project
    from app.ui.application import install_translations, make_application
    from app.ui.main_window import MainWindow
    from app.ui.startup import after_first_paint, after_start_up
    from app.ui.workers import active_workers

    app = make_application(["venueplan"])
    settings = QSettings()
    install_translations(app, settings)
    window = MainWindow(Project.open(project_path), settings)
    if start_up:
        after_first_paint(window, after_start_up)
    window.show()
    app.processEvents()
    if start_up:
        import gc

        _wait(app, lambda: gc.get_freeze_count() > 0 and active_workers() == 0)
    return app, window


def _wait(app, condition, limit_s: float = 120.0) -> bool:
    return loop_until(app, condition, limit_s)


def open_figure(sample_path: str, large_path: str, big_event: str, reps: str) -> None:
    """File > Open of the large project until the window has repainted with all its pages
    built (the UI thread is free again), against opening the sample project the same way; then how long the big
    event's registrations take to appear once it is chosen (they load off the UI thread)."""
    from app.ui.workers import active_workers

    app, window = _window(sample_path)

    def opened(path: str) -> float:
        done: list[str] = []
        window.project_opened.connect(done.append)
        start = time.perf_counter()
        window.open_path(path)  # read on a worker, "Opening…" meanwhile: until every page is built
        _wait(app, lambda: bool(done))
        app.processEvents()
        window.repaint()
        seconds = time.perf_counter() - start
        window.project_opened.disconnect(done.append)
        _wait(app, lambda: active_workers() == 0)
        return seconds

    mine, bare = _alternate(int(reps), lambda: opened(large_path), lambda: opened(sample_path))
    opened(large_path)
    view = window.registrations_view
    window.nav.setCurrentRow(window.stack.indexOf(window.registrations_page))
    app.processEvents()
    start = time.perf_counter()
    window.set_current_event(int(big_event))
    ui_s = time.perf_counter() - start
    _wait(app, lambda: view.model.rowCount() > 0 and not view.is_busy())
    window.repaint()
    rows_s = time.perf_counter() - start
    report(
        ours=mine,
        baseline=bare,
        choose_event_ui_s=ui_s,
        event_rows_shown_s=rows_s,
        event_rows=view.model.rowCount(),
        venues=window.venues_page.list_model.rowCount(),
        events=window.events_page.list_model.rowCount(),
    )
    window.close()


# -- responsiveness ----------------------------------------------------------------------
class _TickLog:
    """A 10 ms timer on the UI thread and how late each tick came.

    On Linux it also reads how long the UI thread stood in the CPU's run queue between
    ticks (/proc/thread-self/schedstat): lateness less that time is what the app's own
    work cost the UI thread (waiting for the GIL, work on the UI thread), apart from the
    machine being busy with other processes. (Pinned to one core, the app's child
    processes are among those others.)
    """

    def __init__(self, interval_ms: int = 10):
        from PySide6.QtCore import Qt, QTimer

        self.interval = interval_ms / 1000
        self.late: list[tuple[float, float]] = []  # (seconds since start, lateness)
        self.less_queue: list[float] = []  # lateness less the time in the run queue
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)

    @staticmethod
    def _queued_s() -> float | None:
        try:
            with open("/proc/thread-self/schedstat") as stat:
                return int(stat.read().split()[1]) / 1e9
        except (OSError, IndexError, ValueError):
            return None

    def start(self) -> None:
        self.started = self.last = time.perf_counter()
        self.queued = self._queued_s()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        lateness = now - self.last - self.interval
        self.late.append((now - self.started, lateness))
        queued = self._queued_s()
        if queued is not None and self.queued is not None:
            self.less_queue.append(lateness - (queued - self.queued))
        self.queued = queued
        self.last = now

    def stop(self) -> dict:
        self.timer.stop()
        worst = max(self.late, key=lambda x: x[1], default=(0.0, 0.0))
        own = max(self.less_queue, default=None)
        return {
            "longest_wait_ms": round(max(0.0, worst[1]) * 1000, 1),
            "at_s": round(worst[0], 2),
            "ticks": len(self.late),
            "waits_over_33ms": sum(1 for _, w in self.late if w > 0.033),
            "longest_wait_less_run_queue_ms": None
            if own is None
            else round(max(0.0, own) * 1000, 1),
            "waits_over_33ms_less_run_queue": sum(1 for w in self.less_queue if w > 0.033),
        }


def respond_figure(project_path: str, xlsx: str, geocode_url: str, export_rows: str) -> None:
    """Import 10,000 rows, export a workbook and geocode a batch of venues at once through
    the app's workers while a 10 ms timer runs on the UI thread; the baseline is the same
    timer in the same window with nothing running, for as long."""
    from app.services.geocoding import Geocoder, RateLimiter
    from app.ui.export_dialog import ExportDialog, export_facts
    from app.ui.geocode_batch import GeocodeBatch
    from app.ui.workers import active_workers

    app, window = _window(project_path, start_up=True)
    project = window.project
    import_event = add_event(project, "Import under load")
    export_event = add_event(project, "Export under load")
    project.registrations.add_many(registrations(int(export_rows), export_event, seed=11))
    window.events_page.reload()
    window._events_changed()
    out = Path(tempfile.mkdtemp(prefix="bench-respond-"))
    geocoder = Geocoder(out / "geocache", "nominatim", geocode_url, rate_limiter=RateLimiter(0.05))
    done: dict[str, float] = {}
    # The Documents menu reads these on a worker before it shows the dialog.
    facts = export_facts(project, export_event)
    log = _TickLog()
    log.start()
    start = time.perf_counter()
    # Each action starts in its own turn of the event loop, as a user's separate clicks do
    # (the timer's ticks can run between them); all four are under way within a few ms.
    window.set_current_event(import_event)
    app.processEvents()
    view = window.registrations_view
    view.importer.idle.connect(lambda: done.setdefault("import", time.perf_counter() - start))
    view.import_files([xlsx])
    app.processEvents()
    dialog = ExportDialog(project, export_event, window, facts=facts)
    dialog.exported.connect(lambda _p: done.setdefault("export", time.perf_counter() - start))
    dialog.failed.connect(lambda m: done.setdefault("export_failed", m))
    dialog.start_export(str(out / "export.xlsx"))
    app.processEvents()
    batch = GeocodeBatch(project, geocoder, parent=window)
    batch.finished.connect(lambda _s: done.setdefault("geocode", time.perf_counter() - start))
    batch.start()
    _wait(
        app,
        lambda: (
            {"import", "geocode"} <= done.keys() and ("export" in done or "export_failed" in done)
        ),
    )
    _wait(app, lambda: active_workers() == 0 and not view.is_busy())
    busy_s = time.perf_counter() - start
    loaded = view.model.rowCount()
    under_load = log.stop()
    if batch.message_box is not None:
        batch.message_box.close()
    idle = _TickLog()
    idle.start()
    _wait(app, lambda: time.perf_counter() - idle.started > min(busy_s, 10.0))
    baseline = idle.stop()
    report(
        ours=under_load,
        baseline=baseline,
        busy_s=round(busy_s, 2),
        tasks_s={k: round(v, 2) if isinstance(v, float) else v for k, v in done.items()},
        imported_rows=loaded,
        geocode_summary=batch.summary.splitlines()[0],
        cpus=len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
    )
    window.close()
    shutil.rmtree(out, ignore_errors=True)


FIGURES.update({"open": open_figure, "respond": respond_figure})
