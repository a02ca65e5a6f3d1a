"""A table of a record's parts with Add, Remove, Move up and Move down, and fitting editors."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .record_table_model import CHOICES_ROLE, RecordTableModel


class ColumnDelegate(QStyledItemDelegate):
    """Combo boxes for choices, spin boxes with an 'empty' value for optional numbers."""

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
        if kind in ("int", "optional_int"):
            editor = QSpinBox(parent)
            editor.setRange(-1 if kind == "optional_int" else 0, 1_000_000)
            if kind == "optional_int":
                editor.setSpecialValueText("—")
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


class RecordTable(QWidget):
    """A RecordTableModel in a view with its buttons; the model reports edits."""

    def __init__(self, model: RecordTableModel, add_text: str, parent=None):
        super().__init__(parent)
        self.model = model
        self.view = QTableView()
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

        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        model.modelReset.connect(self._update_buttons)
        model.modelReset.connect(self._fit_columns)
        self._update_buttons()

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
