"""The File > Open Recent list: project paths remembered in the settings, newest first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QMenu

from ..locations import is_server

MAX_RECENT = 8


def _key(location: str | Path) -> str:
    """A file by its full path; a server project by its address as typed."""
    if is_server(str(location)):
        return str(location)
    return str(Path(location).resolve())


def _label(location: str) -> str:
    if is_server(location):
        from ..storage.server import ServerAddress
        from .connect_dialog import server_title

        try:
            return server_title(ServerAddress.parse(location))
        except Exception:  # noqa: BLE001 - a damaged setting still shows, as typed
            return location
    return Path(location).name


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
        resolved = _key(path)
        recent = [resolved] + [p for p in self.paths() if p != resolved]
        self.settings.setValue("recentFiles", recent[:MAX_RECENT])
        self.settings.setValue("lastFile", resolved)
        self._fill_menu()

    def forget(self, path: str | Path) -> None:
        resolved = _key(path)
        self.settings.setValue("recentFiles", [p for p in self.paths() if p != resolved])
        self._fill_menu()

    def _fill_menu(self) -> None:
        self.menu.clear()
        paths = self.paths()
        for number, path in enumerate(paths, start=1):
            action = self.menu.addAction(f"&{number} {_label(path)}")
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.chosen.emit(p))
        self.menu.setEnabled(bool(paths))
