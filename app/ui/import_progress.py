"""The progress bar and Cancel button shown beside the registrations while files import."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget


class ImportProgress(QWidget):
    """Hidden until an import starts; busy (no total) until the import tells its size.

    Signals: cancel_requested().
    """

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(220)
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.show_running(False)

    def show_running(self, running: bool) -> None:
        self.setVisible(running)
        self.bar.setRange(0, 0)

    def set_busy(self) -> None:
        self.bar.setRange(0, 0)

    def set_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 0))
        self.bar.setValue(done)
