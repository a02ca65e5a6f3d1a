"""Files dragged onto a window from the file manager."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from PySide6.QtCore import QMimeData


def local_files(mime: QMimeData, suffixes: Collection[str] | None = None) -> list[Path]:
    """The dropped local files, only those whose (lower-case) suffix is in `suffixes` if given."""
    if not mime.hasUrls():
        return []
    paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
    if suffixes is None:
        return paths
    return [p for p in paths if p.suffix.lower() in suffixes]
