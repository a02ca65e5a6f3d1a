"""Opening a project off the UI thread: the file (and SQLAlchemy's import) on a worker, with
a first look at its lists meanwhile."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThreadPool, Signal

from ..locations import is_server
from .workers import Worker, run_in_pool

if TYPE_CHECKING:
    from ..storage import Project
    from ..storage.first_look import FirstLook

# What the window builds its pages from once a project is open, imported on workers so the
# UI thread finds them loaded (none makes a widget on import): first the Venues and Events
# pages, with the project; the rest once those lists are shown. The first look's list
# before either.
FIRST_LOOK_MODULES = ("app.ui.record_list",)
RECORD_PAGE_MODULES = ("app.ui.edit_history", "app.ui.pages", "app.ui.connect_dialog")
OTHER_PAGE_MODULES = (
    "app.ui.registrations_view",
    "app.ui.capacity_view",
    "app.ui.event_scope",
    "app.ui.change_feed",
    "app.ui.event_documents",
    "app.ui.day_actions",
    "app.ui.privacy_actions",
    "app.ui.surroundings_actions",
    "app.ui.accessible_names",
    "app.ui.wheel_guard",
    "app.domain.overlap",
)


@dataclass
class Opened:
    """An open project and, when it stands in for a file that would not open, why."""

    project: Project
    problem: str = ""


def start_location(requested: str | None, last: str) -> tuple[str, str]:
    """What a start opens: (the file, the server project to connect to once the window
    shows). Reaching a server may take seconds and may need a password, so a server goes
    through File > Connect to Server…, over the file (or the sample) opened first."""
    location = requested or last
    return ("", location) if is_server(location) else (location, "")


def open_first(
    candidates: Sequence[str | Path],
    sample_dir: Path | None,
    *,
    cancelled: Callable[[], bool] | None = None,
    report: Any = None,
) -> Opened:
    """The first of `candidates` that opens; when none does and `sample_dir` is given, the
    user's copy of the sample project there, with the last file's one-line problem.
    Without `sample_dir` a file that does not open raises its ProjectError."""
    from ..storage import Project, ProjectError  # SQLAlchemy's import: the longest part

    problem = ""
    for path in candidates:
        if not path or is_server(str(path)):
            continue  # a server is connected to through its dialog (start_location)
        try:
            return Opened(Project.open(path))
        except ProjectError as exc:
            if sample_dir is None:
                raise
            problem = str(exc)
    if sample_dir is None:
        raise ValueError("No project was named.")
    from ..services.sample_project import ensure_user_sample

    return Opened(Project.open(ensure_user_sample(sample_dir)), problem)


def import_modules(names: Sequence[str], **_worker: Any) -> None:
    """Import `names` (on a worker: the UI thread then finds them loaded)."""
    for name in names:
        importlib.import_module(name)


def take_first_look(candidates: Sequence[str], show: Callable[[FirstLook], None]) -> None:
    """Hand `show` the first look at the first of `candidates` that is a file, if it has one
    (read with sqlite3 alone: SQLAlchemy's import, which the real open needs, takes longer
    than the whole first look)."""
    from ..storage.first_look import read_first_look

    path = next((c for c in candidates if c and not is_server(c) and Path(c).is_file()), None)
    look = read_first_look(path) if path is not None else None
    if look is not None:
        import_modules(FIRST_LOOK_MODULES)  # here, not on the UI thread that shows it
        show(look)


def _open_and_load_pages(
    candidates: list[str],
    sample_dir: Path | None,
    show_first_look: Callable[[FirstLook], None] | None = None,
    *,
    cancelled: Callable[[], bool],
    report: Any,
) -> Opened:
    if show_first_look is not None:
        take_first_look(candidates, show_first_look)
    opened = open_first(candidates, sample_dir)
    try:
        import_modules(RECORD_PAGE_MODULES)
    except BaseException:
        opened.project.close()
        raise
    return opened


class ProjectOpener(QObject):
    """Opens one project at a time on a worker; a newer request replaces an older one,
    whose project is closed when it arrives (and whose first look is not shown).

    Signals: first_look(object FirstLook) before the project is open, when asked for and
    the file has one; opened(object Project, str problem); failed(str path, str message).
    """

    first_look = Signal(object)
    opened = Signal(object, str)
    failed = Signal(str, str)
    # From the worker, which emits it; queued to this object's (the UI) thread.
    _looked = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._latest: Worker | None = None
        self._closing = False
        self._looked.connect(self._first_look, Qt.ConnectionType.QueuedConnection)

    def start(
        self,
        candidates: Sequence[str | Path],
        sample_dir: Path | None = None,
        first_look: bool = False,
    ) -> None:
        """Open the first of `candidates` that opens (else the sample in `sample_dir`);
        with `first_look`, emit first_look for the first of them that is a file."""
        paths = [str(p) for p in candidates if p]

        def show(look: FirstLook) -> None:
            try:
                self._looked.emit(worker, look)
            except RuntimeError:
                pass  # the window has gone: nobody to show it to

        worker = Worker(_open_and_load_pages, paths, sample_dir, show if first_look else None)
        self._latest = worker
        worker.signals.finished.connect(lambda opened: self._finished(worker, opened))
        worker.signals.failed.connect(
            lambda message: self._failed(worker, paths[0] if paths else "", message)
        )
        run_in_pool(worker)

    def is_opening(self) -> bool:
        return self._latest is not None

    def shut_down(self) -> None:
        """The window is closing: wait for an open under way and close what it opened."""
        self._closing = True
        if self._latest is not None:
            QThreadPool.globalInstance().waitForDone(10_000)
            # Its answer is queued for this thread: take it now, while this object lives.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)

    def _first_look(self, worker: Worker, look: FirstLook) -> None:
        if worker is self._latest and not self._closing:
            self.first_look.emit(look)

    def _finished(self, worker: Worker, opened: Opened) -> None:
        if worker is not self._latest or self._closing:
            opened.project.close()  # a later open (or closing the window) replaced it
            return
        self._latest = None
        self.opened.emit(opened.project, opened.problem)

    def _failed(self, worker: Worker, path: str, message: str) -> None:
        if worker is not self._latest or self._closing:
            return
        self._latest = None
        self.failed.emit(path, message)
