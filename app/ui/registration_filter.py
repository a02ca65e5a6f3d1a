"""The filter over the registration table: search as you type, and status, group, organisation."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    SignalInstance,
)

from ..domain import RegistrationStatus
from ..domain.quotas import organisation_key
from .registration_table_model import COLUMN_COUNT, RegistrationTableModel

_TRAIL_LENGTH = 64  # searches kept to go back to; each is at most a list of row numbers
_CELL_FLAGS = (
    Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
)


class RegistrationFilterProxy(QAbstractProxyModel):
    """Rows whose name, e-mail or organisation hold every word of the search, and that
    match the chosen status, group and organisation.

    Why not a QSortFilterProxyModel: at 100,000 rows its row-by-row callbacks and
    fragmented row insertions take most of a second per keystroke. Here the shown
    rows are one list comprehension over the model's lower-case haystacks, and a
    change is announced as a layout change, so selections stay on their people.
    Sorting is handed to the model, which sorts its own list.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._status: RegistrationStatus | None = None
        self._group: str | None = None
        self._organisation: str | None = None
        # Source rows shown, in the model's order, so ascending: a source row's proxy row
        # is found by bisection (no per-row map to rebuild on every keystroke).
        self._rows: list[int] = []
        # Persistent indexes (selection, current row) and their source rows during a change.
        self._saved: tuple[list, list[QPersistentModelIndex]] = ([], [])
        self._connections: list[tuple[SignalInstance, Any]] = []  # (signal, slot or signal)
        # The searches a letter typed narrowed from, oldest first, each with its rows: a
        # letter deleted goes back to them instead of searching every row again.
        self._trail: list[tuple[list[str], list[int]]] = []

    # -- source --------------------------------------------------------
    def setSourceModel(self, model) -> None:
        old = self.sourceModel()
        if old is not None:
            for signal, slot in self._connections:
                signal.disconnect(slot)
        self.beginResetModel()
        super().setSourceModel(model)
        self._connections = [
            (model.modelAboutToBeReset, self.beginResetModel),
            (model.modelReset, self._source_reset),
            (model.layoutAboutToBeChanged, self._about_to_change),
            (model.layoutChanged, self._source_changed),
            (model.dataChanged, self._source_data_changed),
            (model.rowsAboutToBeInserted, self.beginResetModel),
            (model.rowsInserted, self._source_reset),
            (model.rowsAboutToBeRemoved, self.beginResetModel),
            (model.rowsRemoved, self._source_reset),
            (model.headerDataChanged, self.headerDataChanged),
        ]
        for signal, slot in self._connections:
            signal.connect(slot)
        self._trail = []
        self._refilter()
        self.endResetModel()

    def _source_reset(self, *_args) -> None:
        self._trail = []
        self._refilter()
        self.endResetModel()

    def _source_changed(self, *_args) -> None:
        self._trail = []  # sorted: the rows kept are other people now
        self._changed()

    def _about_to_change(self, *_args) -> None:
        """Remember where selected and current rows are in the source before a change."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        self._saved = (old, [QPersistentModelIndex(self.mapToSource(i)) for i in old])

    def _changed(self, start: list[int] | None = None, found: list[int] | None = None) -> None:
        """The filter changed: the rows shown are `found`, or those of `start` (all rows
        when None) that match."""
        if found is None:
            self._refilter(start)
        else:
            self._rows = found
        old, sources = self._saved
        self.changePersistentIndexList(old, [self.mapFromSource(s) for s in sources])
        self._saved = ([], [])
        self.layoutChanged.emit()

    def _source_data_changed(self, top, bottom, roles=()) -> None:
        self._trail = []  # an edit may move someone in or out of an earlier search
        if self.is_filtering():
            before = self._rows[self._bisect(top.row()) : self._bisect(bottom.row() + 1)]
            now = self._accepted(range(top.row(), bottom.row() + 1))
        else:
            before, now = [], []  # everything is shown, before and after
        if before != now:  # an edit moved rows in or out of the filter
            self._about_to_change()
            self._changed()
            return
        first, last = self._bisect(top.row()), self._bisect(bottom.row() + 1) - 1
        if first <= last:
            self.dataChanged.emit(
                self.index(first, top.column()), self.index(last, bottom.column()), roles
            )

    def _bisect(self, source_row: int) -> int:
        return bisect.bisect_left(self._rows, source_row)

    # -- criteria ------------------------------------------------------
    def _set(self, name: str, value) -> None:
        if getattr(self, name) != value:
            self._about_to_change()
            self._trail = []
            setattr(self, name, value)
            self._changed()

    def set_search(self, text: str) -> None:
        words = text.casefold().split()
        if words == self._words:
            return
        self._about_to_change()
        start: list[int] | None = None
        found: list[int] | None = None
        if _narrows(words, self._words):
            # A letter typed: only the rows shown now can match, and most keystrokes
            # then look at a few rows, not all.
            self._trail.append((self._words, self._rows))
            del self._trail[:-_TRAIL_LENGTH]
            start = self._rows
        else:
            # A letter deleted: go back along the searches typed to the last one this
            # search narrows; its rows are the answer, or where to look.
            while self._trail and not _narrows(words, self._trail[-1][0]):
                self._trail.pop()
            if self._trail and self._trail[-1][0] == words:
                found = self._trail.pop()[1]
            elif self._trail:
                start = self._trail[-1][1]
        self._words = words
        self._changed(start, found)

    def set_status(self, status: RegistrationStatus | None) -> None:
        self._set("_status", status)

    def set_group(self, group: str | None) -> None:
        self._set("_group", group)

    def set_organisation(self, organisation: str | None) -> None:
        self._set(
            "_organisation", organisation_key(organisation) if organisation is not None else None
        )

    def is_filtering(self) -> bool:
        return bool(self._words) or any(
            v is not None for v in (self._status, self._group, self._organisation)
        )

    def _model(self) -> RegistrationTableModel:
        return cast(RegistrationTableModel, self.sourceModel())

    def _accepted(self, rows: Iterable[int]) -> list[int]:
        model = self._model()
        rows = list(rows)
        haystacks = model.haystacks
        for word in self._words:
            rows = [i for i in rows if word in haystacks[i]]
        if self._status is not None or self._group is not None:
            people = [model.registration(i) for i in rows]
            rows = [
                i
                for i, r in zip(rows, people, strict=False)
                if (self._status is None or r.status == self._status)
                and (self._group is None or r.invitee_group == self._group)
            ]
        if self._organisation is not None:
            keys = model.organisation_keys
            rows = [i for i in rows if keys[i] == self._organisation]
        return rows

    def _refilter(self, start: list[int] | None = None) -> None:
        """The rows of `start` (every row when None) that match."""
        model = self.sourceModel()
        if model is None:
            self._rows = []
            return
        rows = self._accepted(range(model.rowCount()) if start is None else start)
        # The same rows: keep one list, so the trail holds each distinct answer once.
        self._rows = start if start is not None and len(rows) == len(start) else rows

    # -- Qt proxy model ------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        model = self.sourceModel()
        return 0 if parent.isValid() or model is None else model.columnCount()

    def index(self, row: int, column: int, parent=QModelIndex()):
        # Called for every painted cell: checks against the model's fixed column count.
        if 0 <= row < len(self._rows) and 0 <= column < COLUMN_COUNT and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def data(self, proxy_index, role=Qt.ItemDataRole.DisplayRole):
        row = proxy_index.row()
        if not proxy_index.isValid() or row >= len(self._rows):
            return None
        return self._model().value(self._rows[row], proxy_index.column(), role)

    def multiData(self, proxy_index, roles) -> None:  # noqa: N802 (Qt's name)
        """All the roles of a painted cell in one call, straight from the model's rows
        (Qt's proxy would map the index and cross into Python once per role)."""
        row = proxy_index.row()
        if proxy_index.isValid() and row < len(self._rows):
            self._model().fill_roles(self._rows[row], proxy_index.column(), roles)
        else:
            for role_data in roles:
                role_data.clearData()

    def flags(self, proxy_index):
        # The model's cells are read-only (editing goes through the dialog).
        return _CELL_FLAGS if proxy_index.isValid() else Qt.ItemFlag.NoItemFlags

    def parent(self, index=None):
        if index is None:
            return super().parent()  # QObject.parent()
        return QModelIndex()

    def mapToSource(self, proxy_index):
        if not proxy_index.isValid() or proxy_index.row() >= len(self._rows):
            return QModelIndex()
        return self.sourceModel().index(self._rows[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index):
        if not source_index.isValid():
            return QModelIndex()
        row = self._bisect(source_index.row())
        if row < len(self._rows) and self._rows[row] == source_index.row():
            return self.createIndex(row, source_index.column())
        return QModelIndex()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        return self.sourceModel().headerData(section, orientation, role)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def source_rows(self, proxy_rows) -> list[int]:
        return [self._rows[row] for row in proxy_rows]


def _narrows(words: list[str], than: list[str]) -> bool:
    """Whether every row matching `words` matches `than`: each word of `than` is inside
    the word at its place (a letter typed), and maybe more words follow."""
    return len(words) >= len(than) and all(
        old in new for old, new in zip(than, words, strict=False)
    )
