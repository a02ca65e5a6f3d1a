"""What the main window shows while a project opens: "Opening…", or a first look at its list."""

from __future__ import annotations

from typing import TYPE_CHECKING

# Not Qt (the namespace): building its enums costs about 20 ms, which the first paint
# does not need.
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

    from ..storage.first_look import FirstLook
    from .list_models import EventListModel, VenueListModel
    from .record_list import RecordList


class OpeningView(QWidget):
    """The frame of a page (search field, list, buttons, editor space), saying what is
    happening. Built from Qt alone, so the window can paint before the project's storage
    is even imported.

    While the project opens its list may show a first look (`show_first_look`): the
    project's venues or events, read without the storage, in the very list the page will
    have, so nothing moves when the page takes its place. A row can be chosen there (the
    page then chooses it too); nothing can be searched, added or deleted yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openingView")
        self.search = QLineEdit()
        self.search.setEnabled(False)
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
        # The first look's list and its model, made when first shown.
        self.look: RecordList | None = None
        self.look_model: VenueListModel | EventListModel | None = None
        self.look_kind = ""  # "venue" or "event" while a first look is shown
        self._lists = QStackedWidget()
        self._lists.addWidget(self.list)
        # Shown with a first look only, named for its kind then (a screen reader finds
        # them named before that too).
        self.new_button = QPushButton(self.tr("New venue"))
        self.delete_button = QPushButton(self.tr("Delete venue"))
        self._buttons = QWidget()
        buttons = QHBoxLayout(self._buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.new_button, self.delete_button):
            button.setEnabled(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self._lists, 1)
        column.addWidget(self._buttons)
        # Where the editor will be: says "Opening…" while the list shows the first look.
        self.status = QLabel()
        self.status.setObjectName("openingStatus")
        # The same proportions as a record page, so nothing jumps when the pages arrive.
        splitter = QSplitter()  # horizontal
        splitter.addWidget(left)
        splitter.addWidget(self.status)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([480, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.show_opening()

    def show_opening(self) -> None:
        self.set_text(self.tr("Opening…"))

    def set_text(self, text: str) -> None:
        """The one line the list shows, read by a screen reader too (no first look)."""
        self.list.clear()
        QListWidgetItem(text, self.list)
        self._lists.setCurrentWidget(self.list)
        self.search.setPlaceholderText(self.tr("Search"))
        self._buttons.hide()
        self.status.clear()
        self.status.setMinimumWidth(0)
        self.look_kind = ""
        if self.look_model is not None:
            self.look_model.set_rows([])  # the rows of a file no longer opening

    def text(self) -> str:
        """What the view says is happening."""
        if self.look_kind:
            return self.status.text()
        item = self.list.item(0)
        return item.text() if item is not None else ""

    def show_first_look(self, kind: str, look: FirstLook, editor_width: int = 0) -> None:
        """Show the venues (`kind` "venue") or events ("event") of `look` as their page
        will list them, and "Opening…" where the editor will be, keeping the editor's
        narrowest width (`editor_width`, if known) so the list is as wide as the page's."""
        from PySide6.QtCore import Qt  # not at import: its enums cost the first paint

        from .list_models import EventListModel, VenueListModel
        from .record_list import RecordList

        wanted = VenueListModel if kind == "venue" else EventListModel
        if self.look is None or not isinstance(self.look_model, wanted):
            model = wanted()
            old, self.look, self.look_model = self.look, RecordList(model, kind), model
            model.setParent(self.look)
            self._lists.addWidget(self.look)
            if old is not None:
                self._lists.removeWidget(old)
                old.deleteLater()
        model = self.look_model
        if isinstance(model, EventListModel):
            model.set_context({v.id: v.name for v in look.venues if v.id is not None}, {})
            model.set_rows(look.events)
            self.search.setPlaceholderText(self.tr("Search events"))
            self.look.setAccessibleName(self.tr("Events"))
            self.new_button.setText(self.tr("New event"))
            self.delete_button.setText(self.tr("Delete event"))
        elif isinstance(model, VenueListModel):
            model.set_rows(look.venues)
            self.search.setPlaceholderText(self.tr("Search by name, city or postal code"))
            self.look.setAccessibleName(self.tr("Venues"))
            self.new_button.setText(self.tr("New venue"))
            self.delete_button.setText(self.tr("Delete venue"))
        self.look_kind = kind
        self._lists.setCurrentWidget(self.look)
        self._buttons.show()
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setMinimumWidth(editor_width)
        self.status.setText(self.tr("Opening…"))

    def sorting(self, kind: str) -> tuple[int, Qt.SortOrder] | None:
        """The column and order a first look of `kind` is sorted by (the user may have
        clicked a heading), or None without one."""
        if self.look is None or self.look_kind != kind:
            return None
        header = self.look.horizontalHeader()
        return header.sortIndicatorSection(), header.sortIndicatorOrder()

    def chosen_id(self, kind: str) -> int | None:
        """The id of the record chosen in a first look of `kind`, if one was chosen."""
        if self.look is None or self.look_model is None or self.look_kind != kind:
            return None
        index = self.look.selectionModel().currentIndex()
        if not index.isValid() or not self.look.selectionModel().isSelected(index):
            return None
        return self.look_model.record(self.look.proxy.mapToSource(index).row()).id
