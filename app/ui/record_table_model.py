"""A table model over a list of small records (rooms, programme items...), one column spec each."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal

from ..domain.typed_input import InputError, parse_whole_number
from ..domain.validation import Problem
from .labels import problem_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass
class Column:
    header: str
    get: Callable[[Any], Any]
    set: Callable[[Any, Any], None] | None = None
    kind: str = "text"  # text | int | optional_int | bool | choice | time
    # For choice columns: [(label, value)]
    choices: Callable[[], list[tuple[str, Any]]] | None = None
    display: Callable[[Any], str] | None = None
    tooltip: str = ""
    # The text to edit when it differs from the one shown (a zone's corners, shown counted).
    edit: Callable[[Any], str] | None = None


class RecordTableModel(QAbstractTableModel):
    """Rows are copies of records; every change is reported as `edited`.

    Signals: edited() after a cell edit, an insert, a removal or a move; the
    owner then saves the whole parent record (one undo step). refused(str message)
    when typed text could not be read: the cell keeps its value and the message says why.
    """

    edited = Signal()
    refused = Signal(str)

    COLUMNS: list[Column] = []

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[Any] = []
        self.columns = self.make_columns()

    def make_columns(self) -> list[Column]:
        return list(self.COLUMNS)

    def new_item(self):
        raise NotImplementedError

    # -- data ----------------------------------------------------------
    def items(self) -> list[Any]:
        return copy.deepcopy(self._items)

    def set_items(self, items: list[Any]) -> None:
        items = list(items)
        if items == self._items:
            # The saved record came back unchanged: a reset now would close the editor the
            # user just moved to with Tab and lose the current cell.
            return
        if len(items) == len(self._items) and all(
            _without_id(new) == _without_id(old)
            for new, old in zip(items, self._items, strict=True)
        ):
            # Only the ids the store gave new rows: take them in place, for the same reason.
            for old, new in zip(self._items, items, strict=True):
                old.id = new.id
            return
        self.beginResetModel()
        self._items = copy.deepcopy(list(items))
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            column = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.header
            if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
                return column.tooltip
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._items)):
            return None
        column = self.columns[index.column()]
        value = column.get(self._items[index.row()])
        if column.kind == "bool":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column.display is not None:
                return column.display(value)
            if column.kind == "choice":
                return next((label for label, v in column.choices() if v == value), "")
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.EditRole:
            if column.kind in ("int", "optional_int"):
                # Edited as text, so "-10" or "12a" can be refused with a reason; a spin box
                # turned "-10" into "-1", the value that meant "not set".
                return "" if value is None else str(value)
            if column.edit is not None:
                return column.edit(value)
            if column.display is not None:
                return column.display(value)
            return value
        if role == SORT_ROLE:
            return value
        if role == CHOICES_ROLE and column.kind == "choice":
            return column.choices()
        if role == Qt.ItemDataRole.ToolTipRole and column.kind in ("text", "time"):
            # Long titles and speaker lists are cut in the cell; the tooltip shows them whole.
            text = column.display(value) if column.display is not None else value
            return text or None
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        column = self.columns[index.column()]
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if column.set is not None:
            flags |= (
                Qt.ItemFlag.ItemIsUserCheckable
                if column.kind == "bool"
                else Qt.ItemFlag.ItemIsEditable
            )
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if not index.isValid():
            return False
        column = self.columns[index.column()]
        if column.set is None:
            return False
        item = self._items[index.row()]
        if column.kind == "bool" and role == Qt.ItemDataRole.CheckStateRole:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        before = copy.deepcopy(item)
        try:
            if column.kind in ("int", "optional_int") and not isinstance(value, int):
                value = parse_whole_number(str(value or ""))
                if value is None and column.kind == "int":
                    value = 0
            column.set(item, value)
        except ValueError as exc:
            self._items[index.row()] = before
            code = exc.code if isinstance(exc, InputError) else "bad_value"
            self.refused.emit(f"{column.header}: {problem_text(Problem(column.header, code))}")
            return False
        if item == before:
            return True
        self.dataChanged.emit(
            index.siblingAtColumn(0), index.siblingAtColumn(len(self.columns) - 1)
        )
        self.edited.emit()
        return True

    # -- structure -----------------------------------------------------
    def insert_new(self, row: int | None = None) -> int:
        row = len(self._items) if row is None else row
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.insert(row, self.new_item())
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self._items):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[row]
        self.endRemoveRows()
        self.edited.emit()

    def move(self, row: int, delta: int) -> int:
        target = row + delta
        if not (0 <= row < len(self._items) and 0 <= target < len(self._items)):
            return row
        # beginMoveRows counts the destination before the move: moving down needs +1.
        self.beginMoveRows(
            QModelIndex(), row, row, QModelIndex(), target + 1 if delta > 0 else target
        )
        self._items.insert(target, self._items.pop(row))
        self.endMoveRows()
        self.edited.emit()
        return target


__all__ = ["Column", "RecordTableModel", "SORT_ROLE", "CHOICES_ROLE"]


def _without_id(item: Any) -> Any:
    """`item` with no id, for comparing rows the store has given ids since."""
    if not hasattr(item, "id"):
        return item
    plain = copy.copy(item)
    plain.id = None
    return plain
