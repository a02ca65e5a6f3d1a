"""What the probes and the in-process figures share: reporting a result, waiting on Qt."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any


def report(**values: Any) -> None:
    """The one line run.py reads from a probe's output."""
    print("BENCH-RESULT " + json.dumps(values), flush=True)


def loop_until(app: Any, condition: Callable[[], bool], limit_s: float = 60.0) -> bool:
    """Run the event loop until `condition()`; False if `limit_s` passed first."""
    from PySide6.QtCore import QEventLoop

    end = time.monotonic() + limit_s
    while not condition():
        if time.monotonic() > end:
            return False
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    return True
