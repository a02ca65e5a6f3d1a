"""Edit > Undo and Redo as actions, made before a project (and its history) is open."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence


def undo_redo_actions(parent: QObject | None) -> tuple[QAction, QAction]:
    """Edit > Undo and Redo, made before the project (and its history) is there."""
    undo = QAction(QCoreApplication.translate("EditHistory", "&Undo"), parent)
    undo.setObjectName("undoAction")
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    redo = QAction(QCoreApplication.translate("EditHistory", "&Redo"), parent)
    redo.setObjectName("redoAction")
    # Ctrl+Shift+Z everywhere, and Ctrl+Y where the platform's Redo includes it (Windows).
    redo.setShortcuts(
        [QKeySequence("Ctrl+Shift+Z")]
        + [
            k
            for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
            if k != QKeySequence("Ctrl+Shift+Z")
        ]
    )
    for action in (undo, redo):
        action.setEnabled(False)
    return undo, redo
