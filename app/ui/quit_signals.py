"""Closing the windows as File > Quit does when the system or a terminal asks the app to
stop (SIGTERM: a logout, a `kill`; SIGINT: Ctrl+C in the terminal that started it).

Without this the process ended at once: an edit still queued for the project was never
stored, and the window forgot its layout (its page, its size, the room its editors
need, which the next start's first look uses). Closing the windows stores queued edits,
cancels an import under way (one transaction: nothing half done), and saves the layout.

Python runs a signal handler only between two of its own instructions, and Qt's event
loop may run C++ for as long as nothing happens; so the signal also writes a byte to a
socket that the event loop watches, which wakes it to run the handler at once.
"""

from __future__ import annotations

import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

SIGNALS = (signal.SIGINT, signal.SIGTERM)


class QuitOnSignals(QObject):
    """While it lives (a child of the application), SIGINT and SIGTERM close every window."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._asked = 0
        self._wake, self._woken = socket.socketpair()
        for end in (self._wake, self._woken):
            end.setblocking(False)
        signal.set_wakeup_fd(self._wake.fileno())
        self._notifier = QSocketNotifier(self._woken.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        for number in SIGNALS:
            signal.signal(number, self._signalled)

    def _drain(self) -> None:
        try:
            self._woken.recv(64)
        except OSError:
            pass  # nothing more to read: the handler has run or runs next

    def _signalled(self, _number: int, _frame: object) -> None:
        self._asked += 1
        if self._asked == 1:
            # From the event loop, not inside whatever Python the signal interrupted.
            QTimer.singleShot(0, self._app.closeAllWindows)

    def stop(self) -> None:
        """The default handlers again (the windows have closed; a second Ctrl+C ends)."""
        for number in SIGNALS:
            signal.signal(number, signal.SIG_DFL)
        signal.set_wakeup_fd(-1)
        self._notifier.setEnabled(False)
        self._wake.close()
        self._woken.close()
