"""The Qt binding in use does not corrupt Python's reference counts (PySide6 6.12.0 did)."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal()


def test_emitting_a_signal_keeps_the_refcount_of_true():
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.fired.emit()
    # A healthy binding leaves it as it was; the broken one loses one per emit.
    assert sys.getrefcount(True) - before > -50
