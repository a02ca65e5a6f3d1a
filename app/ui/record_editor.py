"""What the venue and event editors share: heading, warning banner, tabs, offering a snapshot."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from ..domain.validation import Problem
from .form import Form
from .labels import problem_text
from .record_table import RecordTable
from .record_table_model import RecordTableModel


class RecordEditor(QWidget):
    """Edits one record; every finished edit is offered as a whole new snapshot.

    A subclass builds its tabs into `self.tabs`, calls `_finish_layout()`, and
    implements `_on_edited()` ending in `_offer()`.

    Signals: save_requested(object before, object after, str description).
    """

    save_requested = Signal(object, object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._warning = ""
        self.form = Form(self)
        self.form.edited.connect(self._on_edited)
        self.heading = QLabel()
        self.heading.setObjectName("editorHeading")
        # In proportion to the system's font, so a larger text size makes it larger too.
        heading = self.heading.font()
        heading.setPointSizeF(heading.pointSizeF() * 1.6)
        heading.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(heading)
        self.banner = QLabel()
        self.banner.setObjectName("warningBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #fff4ce; color: #5c4400; padding: 6px; border-radius: 4px;"
        )
        self.banner.hide()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)

    def _finish_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

    def _part_table(self, model: RecordTableModel, add_text: str) -> RecordTable:
        """A table of the record's parts whose edits are offered like the form's."""
        table = RecordTable(model, add_text)
        table.model.edited.connect(self._on_edited)
        return table

    @staticmethod
    def _scrolling(page: QWidget) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    @staticmethod
    def _load_tables(tables: list[tuple[RecordTable, list[Any]]], new_record: bool) -> None:
        """Show the parts, keeping each table's current cell when the same record returns."""
        for table, items in tables:
            table.load(items, new_record)

    def set_warning(self, text: str) -> None:
        """A standing warning about the record (a double booking, a shared address...)."""
        self._warning = text
        self._show_banner([])

    def _show_banner(self, problems: list[str]) -> None:
        text = "\n".join([t for t in (self._warning,) if t] + problems)
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def _offer(self, before: Any, after: Any, problems: list[Problem], description: str) -> None:
        """Show the problems by their fields; offer `after` only when it is valid and new."""
        rest = self.form.show_problems(problems)
        self._show_banner([problem_text(p) for p in rest])
        if problems:
            return  # nothing invalid is saved; the message stays next to the field
        if after != before:
            self.save_requested.emit(before, after, description)

    def _on_edited(self, attr: str = "") -> None:
        """A field (`attr`) or a parts table (no attr) was edited."""
        raise NotImplementedError
