"""Start-up work left until the main window has painted: warming the map library, then
keeping what start-up made out of the garbage collector's full passes."""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # the workers module is imported after the first paint, when used
    from .workers import Worker


class _FirstPaint(QObject):
    """Calls `then` once, from the event loop, after the window's first paint."""

    def __init__(self, window: QWidget, then: Callable[[], object]):
        super().__init__(window)
        self._window = window
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            # The paint finishes first; the work starts on the next turn of the loop.
            QTimer.singleShot(0, self._then)
        return False


def after_first_paint(window: QWidget, then: Callable[[], object]) -> None:
    """Run `then` on the UI thread once `window` has painted for the first time."""
    _FirstPaint(window, then)


def _import_map_library(*, cancelled: Callable[[], bool], report: object) -> None:
    # folium brings numpy, jinja2, branca and requests: about 0.2 s of imports (more on a
    # slow laptop) that the first map would otherwise wait for, with the user watching.
    from ..services import map_html  # noqa: F401 - imported for its side effect: folium loads


def warm_map_library(then: Callable[[], object] | None = None) -> Worker:
    """Import the map page builder on a pool thread, so the first map does not wait for it;
    `then` runs on the UI thread once it is done (or failed)."""
    from .workers import Worker, run_in_pool

    worker = Worker(_import_map_library)
    if then is not None:
        worker.signals.finished.connect(lambda _result: then())
        worker.signals.failed.connect(lambda _message: then())
    return run_in_pool(worker)


def freeze_start_up_objects() -> None:
    """Move every object alive now (modules, classes, Qt's wrappers, the map library: well
    over 100,000) into the collector's permanent generation. A full collection walks every
    tracked object holding the GIL, and with these in it took 0.15-0.4 s of the UI thread
    during an import (benchmarks/README.md); they live as long as the app, so it need not
    walk them. (Objects freed by reference counting are freed as before.)"""
    gc.freeze()


def after_start_up() -> None:
    """What the window does once it has painted: warm the map library, then freeze."""
    warm_map_library(then=freeze_start_up_objects)
