"""Measurements that need a process of their own (start-up, maps, memory), run by run.py.

`python benchmarks/probes.py NAME ARGS...` prints one line `BENCH-RESULT {json}`.
Times are time.monotonic() readings, which on Linux share one clock across processes,
so run.py can subtract the moment it started the process.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.measure import loop_until, report


# -- memory of a process and the processes it started ------------------------
def _status(pid: int) -> dict[str, str]:
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return {}
    return dict(line.split(":", 1) for line in text.splitlines() if ":" in line)


def _kb(status: dict, key: str) -> int:
    return int(status.get(key, "0 kB").split()[0])


def descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            parent = _kb(_status(int(entry.name)), "PPid")
            children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def memory_mb(pid: int | None = None) -> dict:
    """Peak resident memory (VmHWM) of the process and of each process it started, summed.

    A sum of peaks is an upper bound of the peak of the sum, and resident pages shared
    between the web engine's processes count once per process: the figure errs high.
    """
    pid = pid or os.getpid()
    own = _kb(_status(pid), "VmHWM")
    others = [_kb(_status(c), "VmHWM") for c in descendants(pid)]
    return {
        "peak_mb": round((own + sum(others)) / 1024, 1),
        "app_process_mb": round(own / 1024, 1),
        "child_processes": len(others),
    }


# -- first paint ---------------------------------------------------------------
def watch_windows(app, on_painted, on_pass=None) -> None:
    """Call on_painted() once the first top-level window has painted (its children included:
    they are painted in the same pass, before the event loop gets back to timers), and
    on_pass() as each later paint pass of a top-level window begins (the state it finds is
    what the pass paints).

    Only the top-level windows' own events are watched (a filter set as each is shown).
    A Python event filter on the whole application, as these probes had before, sees every
    event of every widget: it cost the app's window, hundreds of widgets made before its
    first paint, about 40 ms (and its pages as much again) that a bare window does not pay.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QWidget

    passes = (QEvent.Type.Paint, QEvent.Type.UpdateRequest)

    class WindowPasses(QObject):
        first = True

        def eventFilter(self, obj, event):
            kind = event.type()
            if self.first and kind == QEvent.Type.Paint:
                self.first = False
                QTimer.singleShot(0, on_painted)
            elif not self.first and on_pass is not None and kind in passes:
                on_pass()
            return False

    watcher = WindowPasses(app)
    app._bench_watcher = watcher
    show = QWidget.show

    def show_watched(widget) -> None:
        if widget.isWindow():
            widget.installEventFilter(watcher)  # once: Qt keeps one entry per filter
        show(widget)

    QWidget.show = show_watched


_HEAVY = (
    "openpyxl",
    "folium",
    "geopy",
    "PySide6.QtWebEngineCore",
    "python_calamine",
    "jinja2",
    "requests",
    "xlsxwriter",
)


def cold_app(project: str) -> None:
    """The app's own start-up (run_gui) on a project: when its first window has painted; when
    it is usable (painted with the list of the page it shows filled with the project's rows,
    from the first look read while SQLAlchemy loads or from the real page, whichever comes
    first); when it is ready (the real Venues or Events page painted with its list filled:
    a click opens a record); and when every page is built (the window's project_opened)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(["venueplan"])
    painted: dict = {}

    def main_window():
        return next((w for w in app.topLevelWidgets() if hasattr(w, "project_opened")), None)

    def page_filled() -> bool:
        """The real page shown is Venues or Events, its list filled."""
        window = main_window()
        if window is None or not window.isVisible() or not window.stack.isVisible():
            return False
        page = window.stack.currentWidget()
        model = getattr(page, "list_model", None)
        return model is not None and page.isVisible() and model.rowCount() > 0

    def first_look_filled() -> bool:
        window = main_window()
        look = getattr(getattr(window, "opening_view", None), "look", None)
        return (
            window is not None
            and window.isVisible()
            and look is not None
            and look.isVisible()
            and look.model().rowCount() > 0
        )

    def finish_when_done() -> None:
        if all(f"{what}_at" in painted for what in ("usable", "ready", "pages")):
            app.quit()

    def reached(what: str) -> None:
        painted.setdefault(f"{what}_at", time.monotonic())
        finish_when_done()

    flags = {"usable": False, "ready": False}

    def paint_pass() -> None:
        """A paint pass begins: the first that shows a list filled, the first look's or the
        page's (usable), the page's (ready), is timed once it is done. No polling: a timer
        would take the GIL from the worker opening the project every millisecond."""
        if "at" not in painted or (flags["usable"] and flags["ready"]):
            return
        if not flags["ready"] and page_filled():
            flags["ready"] = True
            QTimer.singleShot(0, lambda: reached("ready"))
            if not flags["usable"]:
                flags["usable"] = True
                QTimer.singleShot(0, lambda: reached("usable"))
        elif not flags["usable"] and first_look_filled():
            flags["usable"] = True
            painted["usable_from"] = "first look"
            QTimer.singleShot(0, lambda: reached("usable"))

    def pages_built(_path: str) -> None:
        reached("pages")

    def done():
        painted["at"] = time.monotonic()
        painted["mb"] = memory_mb()["app_process_mb"]
        # What was imported by the first paint (the map library is warmed just after it).
        painted["webengine"] = "PySide6.QtWebEngineCore" in sys.modules
        painted["modules"] = sorted(m for m in _HEAVY if m in sys.modules)
        painted["sqlalchemy"] = "sqlalchemy" in sys.modules
        window = main_window()
        if window is not None:
            window.project_opened.connect(pages_built)
        if page_filled() and getattr(window, "project", None) is not None:
            # Painted with its lists already filled (opened before the window showed).
            for what in ("pages", "ready", "usable"):
                reached(what)

    watch_windows(app, done, paint_pass)
    from app.ui.application import run_gui

    run_gui(project)
    report(
        painted_at=painted["at"],
        usable_at=painted["usable_at"],
        usable_from=painted.get("usable_from", "page"),
        ready_at=painted["ready_at"],
        pages_at=painted["pages_at"],
        memory_mb=painted["mb"],
        webengine_loaded=painted["webengine"],
        sqlalchemy_at_paint=painted["sqlalchemy"],
        modules=painted["modules"],
    )


def cold_bare() -> None:
    """A bare PySide6 QMainWindow of the same size, shown in a fresh process."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(["bare"])
    painted = {}

    def done():
        painted["at"] = time.monotonic()
        painted["mb"] = memory_mb()["app_process_mb"]
        app.quit()

    watch_windows(app, done)
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1280, 800)
    window.show()
    app.exec()
    report(painted_at=painted["at"], memory_mb=painted["mb"])


# -- maps ----------------------------------------------------------------------
def map_app(project: str, event_id: str, cache: str, warmed: str = "") -> None:
    """The first event map of a process: from asking for it to the page talking to the app.

    With `warmed`, the map library is first warmed as the app does once its window has
    painted (app.ui.startup), and the clock starts when that is done: the first map of a
    user who opens it a moment after start-up.
    """
    from PySide6.QtWidgets import QApplication

    from app.storage import Project

    app = QApplication(["venueplan"])
    if warmed:
        from app.ui.startup import warm_map_library
        from app.ui.workers import active_workers

        warm_map_library()
        loop_until(app, lambda: active_workers() == 0)
    with Project.open(project) as p:
        event = p.events.get(int(event_id))
        venue = p.venues.get(event.venue_id)
    from app.ui.map_tab import app_tiles
    from app.ui.map_view import MapView

    ready = {}
    start = time.monotonic()
    view = MapView(tiles=app_tiles(), cache_dir=Path(cache), editable=False)
    view.map_ready.connect(lambda: ready.setdefault("at", time.monotonic()))
    view.resize(1000, 700)
    view.show_event(event, venue)
    view.show()
    ok = loop_until(app, lambda: "at" in ready)
    report(seconds=ready["at"] - start if ok else None, ok=ok)
    _close_web(app, view)


def map_bare(cache: str) -> None:
    """A bare QWebEngineView loading a trivial local page, timed the same way."""
    from PySide6.QtWidgets import QApplication

    app = QApplication(["bare"])
    page = Path(cache) / "trivial.html"
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text("<!doctype html><html><body><p>Hello</p></body></html>", encoding="utf-8")
    from PySide6.QtCore import QUrl

    done = {}
    start = time.monotonic()
    from PySide6.QtWebEngineWidgets import QWebEngineView

    view = QWebEngineView()
    view.loadFinished.connect(lambda ok: done.setdefault("at", time.monotonic()))
    view.resize(1000, 700)
    view.load(QUrl.fromLocalFile(str(page)))
    view.show()
    ok = loop_until(app, lambda: "at" in done)
    report(seconds=done["at"] - start if ok else None, ok=ok)
    _close_web(app, view)


def _close_web(app, view) -> None:
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    view.close()
    shiboken6.delete(view)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if "app.ui.map_page" in sys.modules:
        sys.modules["app.ui.map_page"].release_web_engine()


# -- memory ----------------------------------------------------------------------
def memory_app(project: str, event_id: str) -> None:
    """The window on a project with an event chosen and every page but the map visited; then
    the map page shown until its map is ready."""
    from PySide6.QtCore import QSettings

    from app.storage import Project
    from app.ui.application import install_translations, make_application
    from app.ui.main_window import MainWindow
    from app.ui.workers import active_workers

    app = make_application(["venueplan"])
    settings = QSettings()
    install_translations(app, settings)
    window = MainWindow(Project.open(project), settings)
    window.show()
    window.set_current_event(int(event_id))
    map_row = window.stack.indexOf(window.map_page)
    for row in range(window.nav.count()):
        if row != map_row:
            window.nav.setCurrentRow(row)
            loop_until(app, lambda: active_workers() == 0)
            app.processEvents()
    without = memory_mb()
    before_map = time.monotonic()
    view = window.show_map_page()
    ok = loop_until(app, lambda: view.is_ready)
    loop_until(app, lambda: time.monotonic() > before_map + 2 if ok else True)  # settle
    with_map = memory_mb()
    report(without_map=without, with_map=with_map, map_ok=ok)
    window.close()
    _close_web(app, window)


def memory_bare() -> None:
    """A bare QMainWindow, then a bare QWebEngineView on a trivial page, in one process."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(["bare"])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    loop_until(app, lambda: window.isVisible())
    app.processEvents()
    without = memory_mb()
    from PySide6.QtWebEngineWidgets import QWebEngineView

    view = QWebEngineView()
    window.setCentralWidget(view)
    done = {}
    view.loadFinished.connect(lambda ok: done.setdefault("ok", ok))
    view.setHtml("<!doctype html><p>Hello</p>")
    ok = loop_until(app, lambda: "ok" in done)
    start = time.monotonic()
    loop_until(app, lambda: time.monotonic() > start + 2)
    report(without_map=without, with_map=memory_mb(), map_ok=ok)
    window.close()
    import shiboken6

    shiboken6.delete(window)


PROBES = {
    "cold-app": cold_app,
    "cold-bare": cold_bare,
    "map-app": map_app,
    "map-bare": map_bare,
    "memory-app": memory_app,
    "memory-bare": memory_bare,
}

if __name__ == "__main__":
    if sys.argv[1] in PROBES:
        PROBES[sys.argv[1]](*sys.argv[2:])
    else:
        from figures import FIGURES  # the in-process figures, each in a process of its own

        FIGURES[sys.argv[1]](*sys.argv[2:])
