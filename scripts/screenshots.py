#!/usr/bin/env python3
"""Renders the main window on the sample project offscreen and saves screenshots to a folder.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py docs/screenshots
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(out: Path) -> None:
    from PySide6.QtCore import QSettings

    from app.services.sample_project import write_sample
    from app.ui.application import make_application
    from app.ui.main_window import MainWindow

    app = make_application()
    tmp = Path(tempfile.mkdtemp())
    project = write_sample(tmp / "Sample project.venueplan")
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(project, settings)
    window.resize(1280, 800)
    window.show()
    out.mkdir(parents=True, exist_ok=True)

    def shot(name: str) -> None:
        app.processEvents()
        window.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    venues = {v.name: v.id for v in project.venues.all()}
    window.venues_page.select(venues["Gate21"])
    shot("venue-editor")
    window.venues_page.editor.tabs.setCurrentIndex(2)
    shot("venue-getting-there")
    window.venues_page.editor.tabs.setCurrentIndex(3)
    shot("venue-parking")
    window.nav.setCurrentRow(1)
    kickoff = next(e.id for e in project.events.all() if e.title.startswith("Kickoff"))
    window.events_page.select(kickoff)
    shot("event-editor")
    window.events_page.editor.tabs.setCurrentIndex(1)
    shot("event-programme")
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
