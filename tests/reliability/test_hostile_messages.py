"""When an output cannot be written the user reads one line naming their file and the
reason: no traceback printed after it, no temporary file's name; and a control character
in a title never stops a workbook."""

from __future__ import annotations

import errno
import gc
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.cli import main
from app.storage import Project

ROOT = Path(__file__).resolve().parents[2]
# A folder where no file can be made, whoever runs the tests (root included).
NOWHERE = Path("/proc")
OUTPUTS = {
    "event workbook": ["export", "{p}", "--event", "1", "-o", "{o}.xlsx"],
    "shared workbook": ["export", "{p}", "--event", "1", "--no-sensitive", "-o", "{o}.xlsx"],
    "venues workbook": ["export", "{p}", "--venues", "-o", "{o}.xlsx"],
    "events workbook": ["export", "{p}", "--events", "-o", "{o}.xlsx"],
    "handout": ["handout", "{p}", "--event", "1", "-o", "{o}.pdf"],
    "name tags": ["badges", "{p}", "--event", "1", "-o", "{o}.pdf"],
    "calendar": ["ics", "{p}", "--event", "1", "-o", "{o}.ics"],
    "map": ["map", "{p}", "--event", "1", "-o", "{o}.html"],
}


@pytest.mark.parametrize("what", list(OUTPUTS))
def test_an_unwritable_folder_is_one_line_and_nothing_after_it(sample_path, what):
    """In a fresh process, so that what Python prints at exit is seen too."""
    argv = [a.format(p=sample_path, o=NOWHERE / "out") for a in OUTPUTS[what]]
    done = subprocess.run(
        [sys.executable, "-m", "app", *argv],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    target = argv[-1]
    assert done.returncode == 1
    assert done.stderr.startswith(f"venueplan: {target}: cannot be written (")
    assert done.stderr.count("\n") == 1, done.stderr
    assert ".tmp" not in done.stderr


def test_a_disk_that_fills_while_a_workbook_is_saved_is_one_line(
    sample_path, tmp_path, capsys, monkeypatch
):
    """The save fails half-way (the third part of the archive): the message names the
    workbook, no temporary file is left, and the half-written sheets print nothing when
    they are collected."""
    written = []
    real = zipfile.ZipFile.writestr

    def fill_up(self, *args, **kwargs):
        written.append(args[0])
        if len(written) == 3:
            raise OSError(errno.ENOSPC, "No space left on device", str(self.filename))
        return real(self, *args, **kwargs)

    unraisable = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    monkeypatch.setattr(zipfile.ZipFile, "writestr", fill_up)
    out = tmp_path / "kickoff.xlsx"
    code = main(["export", str(sample_path), "--event", "1", "-o", str(out)])
    gc.collect()
    err = capsys.readouterr().err
    assert (code, err) == (1, f"venueplan: {out}: cannot be written (No space left on device).\n")
    assert unraisable == []
    assert list(tmp_path.iterdir()) == [sample_path]


def test_the_window_names_the_file_not_the_temporary_one(qtbot, window, monkeypatch):
    warnings: list[str] = []
    target = NOWHERE / "handout.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    window.events_page.select(window.project.events.all()[0].id)
    menus = [window.documents_menu, *(a.menu() for a in window.documents_menu.actions())]
    action = next(
        a for m in menus if m for a in m.actions() if a.text().replace("&", "") == "Save as PDF…"
    )
    action.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=15_000)
    assert len(warnings) == 1 and warnings[0].startswith(f"{target}: cannot be written (")
    assert ".tmp" not in warnings[0]


CONTROL = "Dialogmøde\x01\x07 om\x1b det specialiserede\x0b socialområde"


def test_a_control_character_in_a_title_never_stops_a_workbook(sample_path, tmp_path, capsys):
    with Project.open(sample_path) as project:
        event = project.events.get(1)
        event.title, event.organiser = CONTROL, "KKR\x02 Hovedstaden"
        project.events.save(event)
        venue = project.venues.get(event.venue_id)
        venue.name = "Egedal\x1f Rådhus"
        project.venues.save(venue)
    for what in ("event workbook", "shared workbook", "venues workbook", "events workbook"):
        out = tmp_path / what
        argv = [a.format(p=sample_path, o=out) for a in OUTPUTS[what]]
        code = main(argv)
        err = capsys.readouterr().err
        assert (code, err) == (0, ""), (what, err)
        book = openpyxl.load_workbook(f"{out}.xlsx")
        assert "\x01" not in (book.properties.title or "")
        if what.endswith("event workbook") or what == "shared workbook":
            assert book.properties.title == "Dialogmøde om det specialiserede socialområde"
            cells = [c.value for ws in book for row in ws.iter_rows() for c in row]
            assert "Dialogmøde om det specialiserede socialområde" in cells
