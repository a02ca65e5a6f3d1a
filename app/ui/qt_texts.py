"""Texts of Qt's own dialogs that Qt's shipped Danish translation (qtbase_da) lacks.

Qt 6 added keyboard accelerators to some labels of its file dialog ("&Look in:",
"Files of &type:") without updating every language, so the Danish file dialog showed
them in English. Listing them here puts them, in Qt's own contexts, into our .ts file;
Qt looks a text up in its own translation first and falls back to ours.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def qt_dialog_texts() -> list[str]:
    """The texts in the UI's language (lupdate reads the literals below)."""
    return [
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
        QCoreApplication.translate("QPlatformTheme", "Don't Save"),
    ]
