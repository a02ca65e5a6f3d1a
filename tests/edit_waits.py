"""Waiting for the window's edits: each is stored off the UI thread, in the order made."""

from __future__ import annotations


def settle_edits(qtbot, window, timeout: int = 10_000) -> None:
    """Until every queued edit, undo or redo of `window` has been stored and shown."""
    qtbot.waitUntil(lambda: not window.edits.is_busy(), timeout=timeout)
