"""The window-modal progress dialog of long batch work (geocoding venues, importing a feed)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget


def open_progress(
    parent: QWidget | None,
    title: str,
    label: str,
    maximum: int,
    on_cancel: Callable[[], None],
    *,
    minimum_duration_ms: int = 0,
) -> QProgressDialog:
    """A progress dialog at 0 of `maximum` that stays open until `close_progress`."""
    dialog = QProgressDialog(
        label, QCoreApplication.translate("progress_dialog", "Cancel"), 0, maximum, parent
    )
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(minimum_duration_ms)
    # The work closes it, not reaching the maximum: the last step may still be saving.
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(on_cancel)
    dialog.setValue(0)
    return dialog


def close_progress(dialog: QProgressDialog | None, on_cancel: Callable[[], None]) -> None:
    """Close without the close counting as a cancel."""
    if dialog is not None:
        dialog.canceled.disconnect(on_cancel)
        dialog.close()


def show_outcome(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str
) -> QMessageBox:
    """The outcome in a message box that does not block: the window (and tests) carry on."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.open()
    return box
