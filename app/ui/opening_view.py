"""What the main window shows while a project opens: an empty page saying "Opening…"."""

from __future__ import annotations

# Not Qt (the namespace): building its enums costs about 20 ms, which the first paint
# does not need.
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)


class OpeningView(QWidget):
    """The frame of a page (search field, list, editor space), its list saying what
    is happening. Built from Qt alone, so the window can paint before the project's storage
    is even imported; nothing here can be used, only read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openingView")
        search = QLineEdit()
        search.setEnabled(False)
        search.setPlaceholderText(self.tr("Search"))
        self.list = QListWidget()
        self.list.setObjectName("openingList")
        self.list.setAccessibleName(self.tr("Project"))
        # Disabled (nothing to focus or choose), but drawn as an enabled list: a disabled
        # one greys its text below a readable contrast.
        self.list.setEnabled(False)
        palette = self.list.palette()
        for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Text):
            active = palette.color(QPalette.ColorGroup.Active, role)
            palette.setColor(QPalette.ColorGroup.Disabled, role, active)
        self.list.setPalette(palette)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(search)
        column.addWidget(self.list, 1)
        # The same proportions as a record page, so nothing jumps when the pages arrive.
        splitter = QSplitter()  # horizontal
        splitter.addWidget(left)
        splitter.addWidget(QWidget())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([480, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.show_opening()

    def show_opening(self) -> None:
        self.set_text(self.tr("Opening…"))

    def set_text(self, text: str) -> None:
        """The one line the list shows, read by a screen reader too."""
        self.list.clear()
        QListWidgetItem(text, self.list)

    def text(self) -> str:
        item = self.list.item(0)
        return item.text() if item is not None else ""
