"""Change notices on a server: a commit that adds change records NOTIFYs a channel, and a
listener thread with a connection of its own hears it at once (a file is only polled)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Engine, text

log = logging.getLogger(__name__)

# One channel per database (PostgreSQL keeps channels apart by database).
CHANNEL = "venueplan_changes"
# How long one wait for notices lasts: how soon a stopped listener ends.
_WAIT_S = 0.25
# After the listening connection is lost, how long before it tries again; the window's
# change feed keeps polling meanwhile, so nothing is missed, only later.
RETRY_S = 5.0

_LIVE: set[ChangeListener] = set()
_LIVE_LOCK = threading.Lock()


def notify(conn: Connection, origin: str) -> None:
    """Tell listeners, when the caller's transaction commits, that change records were
    added by `origin` (a window's session id). Nothing on a file: readers poll it."""
    if conn.dialect.name == "postgresql":
        # pg_notify inside the transaction is delivered at COMMIT, and never on a rollback.
        conn.execute(
            text("SELECT pg_notify(:channel, :origin)"), {"channel": CHANNEL, "origin": origin}
        )


class ChangeListener:
    """LISTENs on the project's server in a thread of its own and calls `wake(origin)` for
    each notice (and with "" once it is listening, after a start or a lost connection: what
    was committed meanwhile is read then). `wake` runs on the listener's thread.

    `stop()` returns at once: the thread ends within a fraction of a second (or when a
    connection attempt it is in gives up), closing its connection."""

    def __init__(self, engine: Engine, wake: Callable[[str], None]) -> None:
        _args, params = engine.dialect.create_connect_args(engine.url)
        params.pop("context", None)  # SQLAlchemy's adapters; the listener reads no rows
        # The engine's own address, TLS mode and password (typed for this session or kept
        # in the keyring), so the listener connects as the window does.
        self._params: dict[str, Any] = dict(params)
        self._wake = wake
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="venueplan-listener", daemon=True)

    def start(self) -> ChangeListener:
        with _LIVE_LOCK:
            _LIVE.add(self)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()

    def join(self, timeout: float | None = None) -> bool:
        """Wait for the thread to end; whether it has."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        import psycopg  # only a server project needs the driver (start-up does not)

        try:
            while not self._stopping.is_set():
                try:
                    self._listen()
                except psycopg.Error as exc:
                    # The server went away or refused: polling carries on until it is back.
                    log.info("Listening for changes stopped: %s", str(exc).strip())
                if self._stopping.wait(RETRY_S):
                    break
        finally:
            with _LIVE_LOCK:
                _LIVE.discard(self)

    def _listen(self) -> None:
        import psycopg

        with psycopg.connect(autocommit=True, **self._params) as conn:
            conn.execute(f"LISTEN {CHANNEL}")
            self._call("")
            while not self._stopping.is_set():
                for notice in conn.notifies(timeout=_WAIT_S):
                    self._call(notice.payload)
                    if self._stopping.is_set():
                        break

    def _call(self, origin: str) -> None:
        try:
            self._wake(origin)
        except Exception:  # a reader's failure must not end listening for the others
            log.exception("A change notice could not be passed on")


def live_listeners() -> int:
    """How many listener threads have not ended yet (tests wait for none)."""
    with _LIVE_LOCK:
        return len(_LIVE)
