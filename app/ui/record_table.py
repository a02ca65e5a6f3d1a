"""A table of a record's parts with Add, Remove, Move up and Move down, edited as in a spreadsheet.

Tab commits a cell and moves right, Enter commits and moves down, typing starts an edit;
columns are fitted to their contents once per record shown, never under the user's mouse.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .record_table_model import CHOICES_ROLE, RecordTableModel


class ColumnDelegate(QStyledItemDelegate):
    """Combo boxes for choices; numbers, times and texts are typed into a line edit."""

    def __init__(self, model: RecordTableModel, parent=None):
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent, option, index):
        kind = self._model.columns[index.column()].kind
        if kind == "choice":
            editor = QComboBox(parent)
            for label, value in index.data(CHOICES_ROLE) or []:
                editor.addItem(label, value)
            return editor
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index):
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class SpreadsheetView(QTableView):
    """A table view whose Enter commits the cell and moves one row down, as in Excel."""

    def closeEditor(self, editor, hint) -> None:  # noqa: N802 - Qt override
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            current = self.currentIndex()
            below = current.sibling(current.row() + 1, current.column())
            if below.isValid():
                self.setCurrentIndex(below)


class RecordTable(QWidget):
    """A RecordTableModel in a view with its buttons; the model reports edits."""

    def __init__(self, model: RecordTableModel, add_text: str, parent=None):
        super().__init__(parent)
        self.model = model
        self.view = SpreadsheetView()
        self.view.setModel(model)
        self.view.setItemDelegate(ColumnDelegate(model, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.verticalHeader().setDefaultSectionSize(26)

        self.add_button = QPushButton(add_text)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))

        self.buttons = buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.message = QLabel()
        self.message.setObjectName("tableMessage")
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.view)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        model.modelReset.connect(self._update_buttons)
        model.refused.connect(self._show_refusal)
        model.edited.connect(self.message.hide)
        self._fitted = False
        self._update_buttons()

    def load(self, items: list, new_record: bool) -> None:
        """Show a record's parts; columns are fitted when a different record is shown
        (or the first time), not after each edit, so cells stay under the mouse."""
        row = self.current_row()
        self.model.set_items(items)
        if new_record or not self._fitted:
            self._fit_columns()
            self._fitted = True
            self.message.hide()
        if new_record:
            self.select_row(0)
        elif self.current_row() < 0:  # the rows changed: stay on the same row number
            self.select_row(min(max(row, 0), self.model.rowCount() - 1))

    def _show_refusal(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row, 0))

    def add_row(self) -> None:
        row = self.current_row()
        row = self.model.insert_new(None if row < 0 else row + 1)
        self.select_row(row)
        self.view.edit(self.model.index(row, 0))

    def remove_row(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.model.remove(row)
            self.select_row(min(row, self.model.rowCount() - 1))

    def _move(self, delta: int) -> None:
        row = self.current_row()
        if row >= 0:
            self.select_row(self.model.move(row, delta))

    def _fit_columns(self) -> None:
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.view.setColumnWidth(column, min(max(self.view.columnWidth(column), 60), 320))

    def _update_buttons(self, *_):
        row = self.current_row()
        count = self.model.rowCount()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
