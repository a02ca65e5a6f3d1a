"""Heavy work in a child process: imports and workbooks made there reach the window, a
Cancel stops them and changes nothing, and a failure is one line (issue 22)."""

from __future__ import annotations

import functools
import os
import sys
import threading
import zipfile

import pytest
from child_jobs import (
    count_to,
    crash_while_reading,
    end_the_process_cleanly,
    exit_at_once,
    fail_with_a_bug,
    held_read_import,
    niceness,
    process_id,
    wait_for_cancel,
)
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from registration_exports import MSFORMS_EN, write_xlsx
from test_excel_event_workbook import kickoff, people

from app.services.process_pool import ProcessPool
from app.ui import registration_importer
from app.ui.export_dialog import ExportDialog
from app.ui.process_worker import process_pool
from app.ui.registrations_view import RegistrationsView
from app.ui.workers import active_workers


class Heard:
    """What a job's listener was told, and when it ended."""

    def __init__(self) -> None:
        self.calls: list[tuple] = []
        self.ended = threading.Event()

    def __call__(self, kind: str, *values) -> None:
        self.calls.append((kind, *values))
        if kind != "progress":
            self.ended.set()

    def outcome(self) -> tuple:
        assert self.ended.wait(60), "the job never reported"
        return self.calls[-1]


@pytest.fixture
def pool():
    pool = ProcessPool(size=1)
    yield pool
    pool.shutdown()


def test_a_job_runs_in_another_process_and_a_long_result_arrives_whole(pool):
    heard = Heard()
    pool.submit(process_id, (), heard)
    kind, pid = heard.outcome()
    assert kind == "finished" and pid != os.getpid()
    heard = Heard()
    pool.submit(count_to, (5000,), heard)
    kind, streamed = heard.outcome()
    assert kind == "finished" and streamed.lists["numbers"] == list(range(5000))
    assert ("progress", 5000, 5000) in heard.calls
    heard = Heard()
    pool.submit(process_id, (), heard)
    assert heard.outcome() == ("finished", pid)  # the same child, reused


def test_a_child_runs_as_background_work_so_the_window_goes_first_on_one_core(pool):
    heard = Heard()
    pool.submit(niceness, (), heard)
    kind, child = heard.outcome()
    assert kind == "finished"
    assert child == min(os.getpriority(os.PRIO_PROCESS, 0) + 10, 19)
    if sys.platform == "linux":  # each thread has its own niceness there
        # The thread that hears the child unpickles its results holding the GIL: it keeps
        # the window's priority, or the UI thread would wait for it the longer.
        hearing = [t for t in threading.enumerate() if t.name == "venueplan-job-pipe"]
        assert hearing
        for thread in hearing:
            assert os.getpriority(os.PRIO_PROCESS, thread.native_id) == os.getpriority(
                os.PRIO_PROCESS, 0
            )


def test_a_bug_or_a_crash_in_the_child_is_one_line_and_the_next_job_runs(pool):
    heard = Heard()
    pool.submit(fail_with_a_bug, (), heard)
    assert heard.outcome() == ("failed", "Unexpected error: KeyError: 'no such column'")
    heard = Heard()
    pool.submit(exit_at_once, (3,), heard)
    assert heard.outcome() == (
        "failed",
        "The background process stopped unexpectedly (exit code 3).",
    )
    heard = Heard()
    pool.submit(end_the_process_cleanly, (), heard)
    assert heard.outcome() == (
        "failed",
        "The background process stopped unexpectedly (exit code 0).",
    )
    heard = Heard()
    pool.submit(process_id, (), heard)
    assert heard.outcome()[0] == "finished"


def test_an_idle_child_ends_by_itself_and_the_next_job_starts_another():
    pool = ProcessPool(size=1, idle_exit_s=0.2)
    try:
        heard = Heard()
        pool.submit(process_id, (), heard)
        first = heard.outcome()[1]
        looked = 0
        while pool.child_pids() and looked < 6000:
            looked += 1
            threading.Event().wait(0.01)  # the child ends on its own: looked at until it has
        assert pool.child_pids() == []
        heard = Heard()
        pool.submit(process_id, (), heard)
        kind, second = heard.outcome()
        assert kind == "finished" and second != first
    finally:
        pool.shutdown()


def test_what_cannot_cross_to_a_child_is_refused_before_any_child_has_it(pool, tmp_path):
    with open(tmp_path / "open.txt", "w") as handle, pytest.raises(TypeError):
        pool.submit(process_id, (handle,), Heard())
    heard = Heard()
    pool.submit(process_id, (), heard)
    assert heard.outcome()[0] == "finished"  # the child is not left waiting for it


def test_shutting_down_ends_the_children(pool):
    heard = Heard()
    pool.submit(process_id, (), heard)
    heard.outcome()
    children = [child.process for child in pool._children]
    assert children and all(p.is_alive() for p in children)
    pool.shutdown()
    assert not any(p.is_alive() for p in children)


def test_shutting_down_cancels_a_running_job_so_it_can_clean_up(pool, tmp_path):
    heard = Heard()
    pool.submit(wait_for_cancel, (str(tmp_path),), heard)
    # The job runs in the child until it is asked to stop.
    looked = 0
    while not (tmp_path / "running").exists() and looked < 6000:
        looked += 1
        threading.Event().wait(0.01)  # the child's note is a file: looked at until it is there
    assert (tmp_path / "running").exists()
    pool.shutdown()
    assert (tmp_path / "stopped when asked").exists()
    assert heard.outcome() == ("failed", None)  # reported as cancelled, not as a crash


# -- through the window ---------------------------------------------------------------------
@pytest.fixture
def view(qtbot, any_sample_project):
    """The registrations of the sample project on a file or on a server: the child process
    opens either by its location."""
    widget = RegistrationsView(any_sample_project)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.set_event(1)
    settle(qtbot, widget)
    yield widget
    qtbot.waitUntil(lambda: active_workers() == 0, timeout=15000)


def settle(qtbot, view):
    qtbot.waitUntil(lambda: not view.is_busy() and active_workers() == 0, timeout=30000)


def test_an_import_read_in_a_child_process_fills_the_table_and_its_summary(qtbot, view, tmp_path):
    path = write_xlsx(tmp_path / "Tilmelding.xlsx", MSFORMS_EN)
    with qtbot.waitSignal(view.registrations_changed, timeout=30000):
        view.import_files([path])
    settle(qtbot, view)
    assert view.model.rowCount() == 3
    assert view.notice.text().startswith("Tilmelding.xlsx (Microsoft Forms): 3 added")
    assert {view.model.registration(r).name for r in range(3)} >= {"Anna Berg", "Bo Holm"}
    assert process_pool().child_pids() and os.getpid() not in process_pool().child_pids()


def test_cancel_while_the_child_reads_changes_nothing(qtbot, view, tmp_path, monkeypatch):
    gate = tmp_path / "gate"
    gate.mkdir()
    monkeypatch.setattr(
        registration_importer, "read_import", functools.partial(held_read_import, str(gate))
    )
    before = view.project.registrations.for_event(1)
    path = write_xlsx(tmp_path / "Tilmelding.xlsx", MSFORMS_EN)
    view.import_files([path])
    qtbot.waitUntil(lambda: (gate / "entered").exists(), timeout=30000)
    # The child holds the file; the window answers and offers Cancel.
    assert int((gate / "entered").read_text()) != os.getpid()
    assert view.import_progress.cancel_button.isVisibleTo(view)
    qtbot.mouseClick(view.import_progress.cancel_button, Qt.MouseButton.LeftButton)
    settle(qtbot, view)
    assert view.notice.text() == "The import was cancelled; nothing was changed."
    assert view.project.registrations.for_event(1) == before
    assert view.model.rowCount() == len(before)
    assert not view.import_progress.cancel_button.isVisibleTo(view)


def test_a_crash_of_the_child_is_one_line_and_changes_nothing(qtbot, view, tmp_path, monkeypatch):
    monkeypatch.setattr(registration_importer, "read_import", crash_while_reading)
    before = view.project.registrations.for_event(1)
    view.import_files([write_xlsx(tmp_path / "Tilmelding.xlsx", MSFORMS_EN)])
    settle(qtbot, view)
    assert view.notice.text() == (
        "The background process stopped unexpectedly (exit code 3); nothing was changed."
    )
    assert view.project.registrations.for_event(1) == before
    assert view.import_button.isEnabled()


def test_a_damaged_workbook_read_in_the_child_is_one_line(qtbot, view, tmp_path):
    path = tmp_path / "Tilmelding.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types")  # cut off: no workbook in it
    view.import_files([path])
    settle(qtbot, view)
    text = view.notice.text()
    assert text.startswith("Tilmelding.xlsx")
    assert "\n" not in text and "Traceback" not in text and "Unexpected" not in text
    assert view.model.rowCount() == 0 and view.import_button.isEnabled()


def test_a_workbook_written_in_the_child_opens_with_the_right_cells(
    qtbot, any_sample_project, tmp_path
):
    sample_project = any_sample_project
    event = kickoff(sample_project)
    sample_project.registrations.add_many(people(event.id, 12))
    dialog = ExportDialog(sample_project, event.id)
    qtbot.addWidget(dialog)
    dialog.set_sensitive(True)
    path = tmp_path / "logistik.xlsx"
    with qtbot.waitSignal(dialog.exported, timeout=30000) as signal:
        worker = dialog.start_export(str(path))
    assert signal.args == [str(path)]
    qtbot.waitUntil(lambda: active_workers() == 0)
    assert not worker.is_cancelled()
    book = load_workbook(path, read_only=True)
    sheet = book["Deltagere"]
    rows = [[cell for cell in row] for row in sheet.iter_rows(values_only=True)]
    names = {r.name for r in sample_project.registrations.for_event(event.id)}
    header = next(i for i, row in enumerate(rows) if "Navn" in row)
    column = rows[header].index("Navn")
    assert {row[column] for row in rows[header + 1 :] if row[column]} == names
    assert "E-mail" in rows[header]  # the full workbook, as chosen
    book.close()
