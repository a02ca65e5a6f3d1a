"""Heavy Python work in child processes, so it never competes with the window for the GIL.

A `ProcessPool` starts up to `size` child processes ("spawn": a fresh interpreter on every
platform, and the PyInstaller bundle runs it through `multiprocessing.freeze_support`)
when the first job needs one, and reuses them. A job is a top-level function called in the
child as `fn(*args, cancelled=..., report=...)`; only its arguments and its result cross
(pickled), so they must be plain data: a project goes over as its location, never open.

Nothing in the parent waits on a child: each child has a thread here that receives its
messages (progress, the result, a one-line failure) and hands them to the job's listener.
That thread is where results are unpickled, and one large `pickle.loads` holds the GIL
from start to end, so a job returns big lists as a `Streamed`, sent in small pieces.

Cancel sets the job's number in a shared integer that `cancelled()` reads in the child;
a child that does not stop within `CANCEL_GRACE_S` is ended, and another started for the
next job. No Qt here: `app/ui/process_jobs.py` turns the listener's calls into signals.
"""

from __future__ import annotations

import itertools
import logging
import os
import pickle
import signal
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .job_failure import failure_line

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

log = logging.getLogger(__name__)

CANCEL_GRACE_S = 3.0  # a job checks often; this is for one stuck in a long library call
# A child idle this long ends (one holds 60-90 MB after an import or a workbook).
IDLE_EXIT_S = 300.0
_PROGRESS_EVERY_S = 0.05  # progress faster than the eye adds only messages
_PIECE = {"registrations": 250}  # items per piece; each piece unpickles in a few ms
_DEFAULT_PIECE = 1000
# How much nicer (POSIX) a child is than the window: background work, so where there is
# one core the window's thread goes first (10 gives it about nine tenths of the core).
CHILD_NICER_BY = 10

# The listener is called as listener(kind, *values) from a receiving thread:
#   ("progress", done, total), ("finished", result), ("failed", message or None).
# A failed message of None means the job was cancelled (its caller words that).
Listener = Callable[..., None]


@dataclass
class Streamed:
    """A result sent in pieces: `head` at once, each list of `lists` in small parts."""

    head: Any
    lists: dict[str, list] = field(default_factory=dict)


# -- priority ----------------------------------------------------------------------------
def lower_priority(pid: int) -> None:
    """Make process `pid` background work (POSIX). Done by the parent the moment the child
    exists, so the child's own start (a fresh interpreter, its imports) is background
    work too: set from inside, it came only after those."""
    if not hasattr(os, "setpriority"):
        return  # Windows: the child lowers its own class (_below_normal_priority_on_windows)
    try:
        os.setpriority(os.PRIO_PROCESS, pid, _background_niceness())
    except OSError:
        pass  # it has ended already; its receiving thread reports that


def _background_niceness() -> int:
    # The window's: its main thread's (on Linux each thread has its own).
    return min(os.getpriority(os.PRIO_PROCESS, os.getpid()) + CHILD_NICER_BY, 19)


def _fork_as_background_work() -> None:
    """Linux: the calling thread (the short-lived one that starts a child) takes the
    children's niceness, which a process forked from it inherits: background work from its
    first instruction, not only once lower_priority reaches it (on one core, the interval
    between was enough for a new interpreter to keep the window waiting)."""
    if sys.platform != "linux":
        return
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), _background_niceness())
    except OSError:
        pass  # not permitted: lower_priority still lowers the child once it exists


def _below_normal_priority_on_windows() -> None:
    import ctypes

    below_normal = 0x4000  # BELOW_NORMAL_PRIORITY_CLASS
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), below_normal)


# -- the child's side ---------------------------------------------------------------------
def _child_main(
    tasks: Connection, messages: Connection, cancelled_job: Any, idle_exit_s: float
) -> None:
    """Run jobs until the parent says stop, goes away (its end of `tasks` closes) or has
    given no job for `idle_exit_s` seconds."""
    # Ctrl+C in a terminal reaches the whole group; the parent decides what stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform == "win32":
        _below_normal_priority_on_windows()
    while True:
        try:
            if not tasks.poll(idle_exit_s):
                return  # idle for long: give its memory back; the next job starts another
            task = tasks.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        job_id, fn, args = task
        _run_job(messages, cancelled_job, job_id, fn, args)


def _run_job(messages: Connection, cancelled_job: Any, job_id: int, fn, args) -> None:
    last = [0.0]

    def cancelled() -> bool:
        return bool(cancelled_job.value == job_id)

    def report(done: int, total: int) -> None:
        now = time.monotonic()
        if now - last[0] >= _PROGRESS_EVERY_S or (total and done >= total):
            last[0] = now
            messages.send(("progress", job_id, int(done), int(total)))

    try:
        result = fn(*args, cancelled=cancelled, report=report)
        if isinstance(result, Streamed):
            messages.send(("head", job_id, result.head))
            for name, items in result.lists.items():
                step = _PIECE.get(name, _DEFAULT_PIECE)
                messages.send(("list", job_id, name))
                for start in range(0, len(items), step):
                    messages.send(("piece", job_id, name, items[start : start + step]))
            messages.send(("streamed", job_id))
        else:
            messages.send(("finished", job_id, result))
    except Exception as error:  # every failure becomes one line, never a traceback
        message, bug = failure_line(error)
        if bug:
            log.exception("Background job failed")
        # None: stopped because the user asked; the caller words that in its own terms.
        messages.send(("failed", job_id, None if cancelled() else message))


# -- the parent's side --------------------------------------------------------------------
@dataclass
class _Job:
    id: int
    fn: Callable[..., Any]
    args: tuple
    listener: Listener
    cancel_asked: bool = False
    resent: bool = False
    streamed: Streamed | None = None


class _Child:
    """One child process, its two pipes and the thread that hears it."""

    def __init__(self, pool: ProcessPool, context: Any) -> None:
        self.pool = pool
        self.job: _Job | None = None
        self._reaping = threading.Lock()
        tasks_in, self.tasks = context.Pipe(duplex=False)
        self.messages, messages_out = context.Pipe(duplex=False)
        self.cancelled_job = context.RawValue("q", -1)
        self.process = context.Process(
            target=_child_main,
            args=(tasks_in, messages_out, self.cancelled_job, pool.idle_exit_s),
            name="venueplan-job",
            daemon=True,
        )
        self.process.start()
        if self.process.pid is not None:
            lower_priority(self.process.pid)
        # The child holds these ends now; closing ours lets each side see the other end.
        tasks_in.close()
        messages_out.close()

    def wait_for_end(self, seconds: float) -> int | None:
        """The process's exit code once it has ended, waiting up to `seconds`; None while
        it runs. One thread at a time: when two ask the system at once, the one it does not
        answer takes the ended process for one still running (multiprocessing's
        Popen.poll), and shutting down then left it for running, or a crash had no code."""
        with self._reaping:
            self.process.join(seconds)
            return self.process.exitcode

    def listen(self) -> None:
        thread = threading.Thread(target=self._receive, name="venueplan-job-pipe", daemon=True)
        thread.start()

    def start(self, job: _Job) -> None:
        self.job = job
        try:
            self.tasks.send((job.id, job.fn, job.args))
        except OSError:
            pass  # the child has ended: its receiving thread reports the job as failed

    def _receive(self) -> None:
        while True:
            try:
                message = self.messages.recv()
            except (EOFError, OSError):
                self.pool._child_ended(self)
                return
            self.pool._heard(self, message)


class ProcessPool:
    """Up to `size` reusable child processes running jobs; see the module's docstring."""

    def __init__(self, size: int = 2, idle_exit_s: float = IDLE_EXIT_S) -> None:
        import multiprocessing  # 10 ms: paid by the first heavy job, not by start-up

        self.size = size
        self.idle_exit_s = idle_exit_s
        self._context = multiprocessing.get_context("spawn")
        self._lock = threading.Lock()
        self._children: list[_Child] = []
        self._waiting: list[_Job] = []
        self._ids = itertools.count(1)
        self._starting = 0  # children being started on a thread of their own
        self._closed = False

    def submit(self, fn: Callable[..., Any], args: tuple, listener: Listener) -> int:
        """Queue `fn(*args)` for a child; returns the job's number for `cancel`.

        What cannot cross to a child (an open project, a widget) is refused here, as the
        programming error it is, before any child is given it."""
        pickle.dumps((fn, args))
        job = _Job(next(self._ids), fn, args, listener)
        with self._lock:
            if self._closed:
                raise RuntimeError("the process pool is shut down")
            self._waiting.append(job)
            self._dispatch()
        return job.id

    def cancel(self, job_id: int) -> None:
        """Stop a job: a waiting one at once, a running one at its next check."""
        with self._lock:
            for job in self._waiting:
                if job.id == job_id:
                    self._waiting.remove(job)
                    break
            else:
                for child in self._children:
                    if child.job is not None and child.job.id == job_id:
                        child.job.cancel_asked = True
                        child.cancelled_job.value = job_id
                        timer = threading.Timer(CANCEL_GRACE_S, self._end_if_running, (job_id,))
                        timer.daemon = True
                        timer.start()
                return
        job.listener("failed", None)

    def child_pids(self) -> list[int]:
        """The process ids of the children started (for a status line or a test)."""
        with self._lock:
            return [c.process.pid for c in self._children if c.process.pid is not None]

    def shutdown(self, wait_s: float = 2.0) -> None:
        """Ask every child to stop, end those that do not; waiting jobs are dropped.

        A running job is cancelled first, so it stops at its next check and cleans up
        (a workbook's temporary file) rather than being ended in the middle."""
        with self._lock:
            self._closed = True
            children, self._children = self._children, []
            self._waiting.clear()
            for child in children:
                if child.job is not None:
                    child.job.cancel_asked = True
                    child.cancelled_job.value = child.job.id
        for child in children:
            try:
                child.tasks.send(None)
            except OSError:
                pass
        deadline = time.monotonic() + wait_s
        for child in children:
            if child.wait_for_end(max(0.0, deadline - time.monotonic())) is None:
                child.process.terminate()
                child.wait_for_end(1.0)

    def _forked_child(self) -> _Child:
        """A new child, forked from a thread of its own that takes the children's niceness
        first (a thread made from a niced one would inherit it: the receiving thread,
        made here after, keeps the window's)."""
        made: list = []

        def fork() -> None:
            _fork_as_background_work()
            try:
                made.append(_Child(self, self._context))
            except Exception as error:  # noqa: BLE001 - raised again on the starting thread
                made.append(error)

        forking = threading.Thread(target=fork, name="venueplan-job-fork", daemon=True)
        forking.start()
        forking.join()
        if isinstance(made[0], Exception):
            raise made[0]
        return made[0]

    # -- called with the lock held, or from the receiving threads --------------------
    def _dispatch(self) -> None:
        """Give waiting jobs to idle children, and start another child if there is room."""
        while self._waiting:
            idle = next((c for c in self._children if c.job is None), None)
            if idle is None:
                room = len(self._children) + self._starting < self.size
                if room and len(self._waiting) > self._starting:
                    # Starting a process takes milliseconds (tens on a busy machine): not
                    # the caller's to wait for, as the caller is the UI thread.
                    self._starting += 1
                    threading.Thread(
                        target=self._start_child, name="venueplan-job-start", daemon=True
                    ).start()
                return
            idle.start(self._waiting.pop(0))

    def _start_child(self) -> None:
        try:
            child = self._forked_child()
        except Exception as error:  # no process at all (out of memory, a broken bundle)
            log.exception("Could not start a background process")
            with self._lock:
                self._starting -= 1
                if self._children or self._starting:
                    return  # the jobs wait for the children there are
                failed, self._waiting = self._waiting, []
            for job in failed:
                job.listener("failed", f"No background process could be started ({error}).")
            return
        with self._lock:
            self._starting -= 1
            if self._closed:
                child.tasks.send(None)
                return
            self._children.append(child)
            child.listen()
            self._dispatch()

    def _heard(self, child: _Child, message: tuple) -> None:
        kind, job_id = message[0], message[1]
        job = child.job
        if job is None or job.id != job_id:
            return  # a job ended by the pool already
        if kind == "progress":
            job.listener("progress", message[2], message[3])
            return
        if kind == "head":
            job.streamed = Streamed(message[2])
            return
        if kind == "list" and job.streamed is not None:
            job.streamed.lists[message[2]] = []
            return
        if kind == "piece" and job.streamed is not None:
            job.streamed.lists[message[2]].extend(message[3])
            return
        with self._lock:
            child.job = None
            if not self._closed:
                self._dispatch()
        if kind == "failed":
            job.listener("failed", message[2])
        elif kind == "streamed":
            job.listener("finished", job.streamed)
        else:
            job.listener("finished", message[2])

    def _end_if_running(self, job_id: int) -> None:
        with self._lock:
            child = next((c for c in self._children if c.job and c.job.id == job_id), None)
        if child is not None:
            log.warning("A background job did not stop when asked; ending its process")
            child.process.terminate()

    def _child_ended(self, child: _Child) -> None:
        """The child's pipe closed: it was stopped, ended after a cancel, crashed, or was
        idle for long and ended by itself."""
        code = child.wait_for_end(1.0)
        with self._lock:
            job, child.job = child.job, None
            if child in self._children:
                self._children.remove(child)
            clean = code == 0
            if job is not None and clean and not job.resent and not self._closed:
                # Ended idle just as the job was sent: it never saw it; another runs it
                # (once: a job that itself ends its process cleanly is not run again).
                job.resent = True
                self._waiting.insert(0, job)
                job = None
            if not self._closed:
                self._dispatch()
        if job is not None:
            job.listener(
                "failed",
                None
                if job.cancel_asked or self._closed
                else f"The background process stopped unexpectedly (exit code {code}).",
            )
