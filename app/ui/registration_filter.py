"""The filter over the registration table: search as you type, and status, group, organisation."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, cast

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

if TYPE_CHECKING:
    from .registration_table_model import RegistrationTableModel


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
            (model.layoutChanged, self._changed),
            (model.dataChanged, self._source_data_changed),
            (model.rowsAboutToBeInserted, self.beginResetModel),
            (model.rowsInserted, self._source_reset),
            (model.rowsAboutToBeRemoved, self.beginResetModel),
            (model.rowsRemoved, self._source_reset),
            (model.headerDataChanged, self.headerDataChanged),
        ]
        for signal, slot in self._connections:
            signal.connect(slot)
        self._refilter()
        self.endResetModel()

    def _source_reset(self, *_args) -> None:
        self._refilter()
        self.endResetModel()

    def _about_to_change(self, *_args) -> None:
        """Remember where selected and current rows are in the source before a change."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        self._saved = (old, [QPersistentModelIndex(self.mapToSource(i)) for i in old])

    def _changed(self, *_args, narrower: bool = False) -> None:
        self._refilter(narrower)
        old, sources = self._saved
        self.changePersistentIndexList(old, [self.mapFromSource(s) for s in sources])
        self._saved = ([], [])
        self.layoutChanged.emit()

    def _source_data_changed(self, top, bottom, roles=()) -> None:
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
            setattr(self, name, value)
            self._changed()

    def set_search(self, text: str) -> None:
        words = text.casefold().split()
        if words == self._words:
            return
        # Each old word still inside the word typed at its place (and maybe more words):
        # every row that matches now matched before.
        narrower = len(words) >= len(self._words) and all(
            old in new for old, new in zip(self._words, words, strict=False)
        )
        self._about_to_change()
        self._words = words
        self._changed(narrower=narrower)

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

    def _accepted(self, rows: Iterable[int]) -> list[int]:
        model = cast("RegistrationTableModel", self.sourceModel())
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

    def _refilter(self, narrower: bool = False) -> None:
        """`narrower`: only the search words grew (a letter typed), so the rows shown
        now are the only candidates; most keystrokes then look at a few rows, not all."""
        model = self.sourceModel()
        if model is None:
            self._rows = []
            return
        self._rows = self._accepted(self._rows if narrower else range(model.rowCount()))

    # -- Qt proxy model ------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        model = self.sourceModel()
        return 0 if parent.isValid() or model is None else model.columnCount()

    def index(self, row: int, column: int, parent=QModelIndex()):
        if parent.isValid() or not (
            0 <= row < len(self._rows) and 0 <= column < self.columnCount()
        ):
            return QModelIndex()
        return self.createIndex(row, column)

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
