"""`venueplan --smoke`: a self-check of a build, run headless.

Opens the sample project in the main window, renders a map in the web engine,
writes a workbook (in a child process, as the window does: that checks a frozen build
can start one) and a handout into a temporary folder, and quits with 0 when all of it
worked (1 otherwise). The frozen-build check runs this.
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
    from ..domain.walking import DEFAULT_SPEED_KMH
    from ..services.document_pdf import write_pdf
    from ..services.handout_pdf import handout_for
    from ..services.process_jobs import project_ref, write_event_workbook_job
    from .process_worker import ProcessWorker, run_in_process

    out = Path(tempfile.mkdtemp(prefix="venueplan-smoke-"))
    project = window.project
    event = next((e for e in project.events.all() if e.venue_id is not None), None)
    if event is None:
        print("smoke: the project has no event with a venue", file=sys.stderr)
        return 1
    pages = write_pdf(handout_for(project, event.id), out / "handout.pdf")
    print(f"smoke: handout ({pages} page) written")

    result = {"code": 1}
    done: set[str] = set()

    def finished(what: str) -> None:
        done.add(what)
        if done == {"map", "workbook"}:
            result["code"] = 0
            app.quit()

    def workbook_written(summary: dict) -> None:
        print(f"smoke: workbook {summary['path']} written in a child process")
        finished("workbook")

    def workbook_failed(message: str) -> None:
        print(f"smoke: the workbook was not written: {message}", file=sys.stderr)
        app.quit()

    worker = ProcessWorker(
        write_event_workbook_job,
        project_ref(project),
        event.id,
        str(out / "logistics.xlsx"),
        True,
        DEFAULT_SPEED_KMH,
    )
    worker.signals.finished.connect(workbook_written)
    worker.signals.failed.connect(workbook_failed)
    run_in_process(worker)
    map_view = window.show_map_page()

    def ready() -> None:
        print("smoke: map rendered")
        finished("map")

    def too_slow() -> None:
        print(f"smoke: not done in time (done: {sorted(done)})", file=sys.stderr)
        app.quit()

    map_view.map_ready.connect(ready)
    QTimer.singleShot(TIME_LIMIT_MS, too_slow)
    app.exec()
    window.close()
    return result["code"]
