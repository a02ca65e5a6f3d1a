"""Start-up work after the first paint: it runs once, after the window painted, off the UI thread."""

import gc
import sys

from PySide6.QtWidgets import QLabel

from app.ui.startup import after_first_paint, freeze_start_up_objects, warm_map_library
from app.ui.workers import active_workers


def test_work_starts_once_after_the_window_painted(qtbot):
    label = QLabel("Venueplan")
    qtbot.addWidget(label)
    calls = []
    after_first_paint(label, lambda: calls.append(label.isVisible()))
    assert calls == []  # nothing before the window is shown
    label.show()
    qtbot.waitUntil(lambda: calls == [True])
    label.repaint()
    label.update()
    qtbot.waitExposed(label)
    assert calls == [True]  # later paints do not start it again


def test_warming_imports_the_map_page_builder_on_a_worker(qtbot):
    failures, then = [], []
    worker = warm_map_library(then=lambda: then.append("done"))
    worker.signals.failed.connect(failures.append)
    qtbot.waitUntil(lambda: active_workers() == 0 and then == ["done"], timeout=30_000)
    assert failures == []
    assert "app.services.map_html" in sys.modules
    assert "folium" in sys.modules


def test_what_start_up_made_is_kept_out_of_full_collections():
    before = gc.get_freeze_count()
    try:
        freeze_start_up_objects()
        assert gc.get_freeze_count() > before  # a full collection no longer walks them
    finally:
        gc.unfreeze()  # the test run's own objects go back where they were
