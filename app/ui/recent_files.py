"""The File > Open Recent list: project paths remembered in the settings, newest first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QMenu

MAX_RECENT = 8


class RecentFiles(QObject):
    """The recently opened projects, shown in `menu`.

    Signals: chosen(str path) when the user picks one in the menu.
    """

    chosen = Signal(str)

    def __init__(self, settings: QSettings, menu: QMenu, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.menu = menu
        self._fill_menu()

    def paths(self) -> list[str]:
        value = self.settings.value("recentFiles", [])
        if isinstance(value, str):
            value = [value]  # QSettings gives a one-item list back as a plain string
        return [str(v) for v in value] if isinstance(value, list) else []

    def remember(self, path: str | Path) -> None:
        """Put `path` first, and make it the file opened at the next start."""
        resolved = str(Path(path).resolve())
        recent = [resolved] + [p for p in self.paths() if p != resolved]
        self.settings.setValue("recentFiles", recent[:MAX_RECENT])
        self.settings.setValue("lastFile", resolved)
        self._fill_menu()

    def forget(self, path: str | Path) -> None:
        resolved = str(Path(path).resolve())
        self.settings.setValue("recentFiles", [p for p in self.paths() if p != resolved])
        self._fill_menu()

    def _fill_menu(self) -> None:
        self.menu.clear()
        paths = self.paths()
        for number, path in enumerate(paths, start=1):
            action = self.menu.addAction(f"&{number} {Path(path).name}")
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.chosen.emit(p))
        self.menu.setEnabled(bool(paths))
