"""File dialogs that start in the user's Documents folder and remember the last folder per kind.

A coordinator saves handouts in one folder and picks sign-up exports from another
(Downloads, say); each kind of file ("registrations", "pdf", "workbook", "project"...)
therefore keeps its own last folder in the settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

_KEY = "folders/{}"


def documents_folder() -> str:
    """The user's Documents folder (the home folder when there is none)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if folder and Path(folder).is_dir():
        return folder
    return str(Path.home())


def start_folder(kind: str, settings: QSettings | None = None) -> str:
    """Where a dialog for `kind` opens: the folder last used for it, else Documents."""
    remembered = str((settings or QSettings()).value(_KEY.format(kind), "") or "")
    return remembered if remembered and Path(remembered).is_dir() else documents_folder()


def remember_folder(kind: str, path: str, settings: QSettings | None = None) -> None:
    if path:
        (settings or QSettings()).setValue(_KEY.format(kind), str(Path(path).parent))


def open_file(
    parent: QWidget | None,
    kind: str,
    title: str,
    file_filter: str,
    settings: QSettings | None = None,
) -> str:
    """One existing file chosen by the user ('' if cancelled)."""
    path, _ = QFileDialog.getOpenFileName(parent, title, start_folder(kind, settings), file_filter)
    remember_folder(kind, path, settings)
    return path


def open_files(
    parent: QWidget | None,
    kind: str,
    title: str,
    file_filter: str,
    settings: QSettings | None = None,
) -> list[str]:
    """Existing files chosen by the user ([] if cancelled)."""
    paths, _ = QFileDialog.getOpenFileNames(
        parent, title, start_folder(kind, settings), file_filter
    )
    if paths:
        remember_folder(kind, paths[0], settings)
    return list(paths)


def save_file(
    parent: QWidget | None,
    kind: str,
    title: str,
    suggested_name: str,
    file_filter: str,
    suffix: str = "",
    settings: QSettings | None = None,
) -> str:
    """A path to write, with `suffix` added when the user left it off ('' if cancelled)."""
    start = str(Path(start_folder(kind, settings)) / suggested_name)
    path, _ = QFileDialog.getSaveFileName(parent, title, start, file_filter)
    if path and suffix and not path.lower().endswith(suffix):
        path += suffix
    remember_folder(kind, path, settings)
    return path
