"""A QPainter that is always ended, so a failure while painting is an error, not a crash."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtGui import QPaintDevice, QPainter


@contextlib.contextmanager
def painting(device: QPaintDevice) -> Iterator[QPainter]:
    """A painter on `device`, ended however the block leaves.

    A painter left active when its device goes away (an exception unwinding past
    `painter.end()`) makes Qt abort the process ("Cannot destroy paint device that is
    being painted"): the message of the exception would never be seen.
    """
    painter = QPainter(device)
    try:
        yield painter
    finally:
        if painter.isActive():
            painter.end()
