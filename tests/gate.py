"""Holding a call on its worker thread until the test lets it go on.

While a gate is closed the test can look at the window: if it gets control back and the
window answers, the UI thread is not the one waiting. Nothing here measures time.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

_LONGEST_HOLD_S = 60  # a safety net only: a test that never opens its gate fails, not hangs


class Gate:
    """Wraps `fn`: each call notes its thread, sets `entered`, waits for `open()`, then
    calls `fn` and sets `left`."""

    def __init__(self, fn: Callable[..., Any]) -> None:
        self.fn = fn
        self.entered = threading.Event()
        self.left = threading.Event()
        self.threads: list[threading.Thread] = []
        self._open = threading.Event()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.threads.append(threading.current_thread())
        self.entered.set()
        if not self._open.wait(_LONGEST_HOLD_S):
            raise TimeoutError("the test never opened the gate")
        try:
            return self.fn(*args, **kwargs)
        finally:
            self.left.set()

    def open(self) -> None:
        self._open.set()

    def close(self) -> None:
        """Hold the calls made from now on again."""
        self._open.clear()

    def held_off_the_ui_thread(self) -> bool:
        """True while a call waits here on a thread other than the test's (the UI thread)."""
        return (
            self.entered.is_set()
            and not self.left.is_set()
            and all(t is not threading.main_thread() for t in self.threads)
        )
