"""`venueplan --smoke`: a self-check of a build, run headless.

Opens the sample project in the main window, renders a map in the web engine,
writes a workbook and a handout into a temporary folder, and quits with 0 when
all of it worked (1 otherwise). The frozen-build check runs this.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

TIME_LIMIT_MS = 90_000


def run_smoke(app: QApplication, window) -> int:
    """Drive `window` through the checks; returns the exit code."""
    from ..services.document_pdf import write_pdf
    from ..services.excel.event_workbook import write_event_workbook
    from ..services.handout_pdf import handout_for

    out = Path(tempfile.mkdtemp(prefix="venueplan-smoke-"))
    project = window.project
    event = next((e for e in project.events.all() if e.venue_id is not None), None)
    if event is None:
        print("smoke: the project has no event with a venue", file=sys.stderr)
        return 1
    write_event_workbook(project, event.id, out / "logistics.xlsx")
    pages = write_pdf(handout_for(project, event.id), out / "handout.pdf")
    print(f"smoke: workbook {out / 'logistics.xlsx'} and handout ({pages} page) written")

    result = {"code": 1}
    map_view = window.show_map_page()

    def ready() -> None:
        result["code"] = 0
        print("smoke: map rendered")
        app.quit()

    def too_slow() -> None:
        print("smoke: the map did not render in time", file=sys.stderr)
        app.quit()

    map_view.map_ready.connect(ready)
    QTimer.singleShot(TIME_LIMIT_MS, too_slow)
    app.exec()
    window.close()
    return result["code"]
