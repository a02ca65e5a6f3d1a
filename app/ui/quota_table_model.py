"""Read-only table models of the capacity report: quota counts and who is over a quota."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from ..services.capacity_types import QuotaViolation

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_OVER_BACKGROUND = QColor("#fde2e1")
_OVER_TEXT = QColor("#a61b1b")


class _ReportTableModel(QAbstractTableModel):
    """Rows are quota lines or violations of the capacity report; `set_rows` reloads them all."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> Any:
        return self._rows[row]

    def headers(self) -> list[str]:
        raise NotImplementedError

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers())
        ):
            return self.headers()[section]
        return None


class QuotaTableModel(_ReportTableModel):
    """Per organisation and invitee group: registered, the quota, and how many over it."""

    ORGANISATION, GROUP, COUNT, QUOTA, OVER = range(5)

    def headers(self) -> list[str]:
        return [
            self.tr("Organisation"),
            self.tr("Group"),
            self.tr("Registered"),
            self.tr("Quota"),
            self.tr("Over"),
        ]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        q, col = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if col == self.ORGANISATION:
                return q.organisation
            if col == self.GROUP:
                return q.group
            if col == self.COUNT:
                return q.count
            if col == self.QUOTA:
                if q.quota is None:
                    return -1 if role == SORT_ROLE else self.tr("no limit")
                return q.quota
            if col == self.OVER:
                return q.over if role == SORT_ROLE or q.over else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= self.COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if q.over and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_OVER_BACKGROUND)
        if q.over and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(_OVER_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole and q.over:
            return self.tr("%n over the quota", "", q.over)
        return None


class QuotaViolationModel(_ReportTableModel):
    """The registrations past a quota, in the order they registered, with the reason."""

    NAME, ORGANISATION, GROUP, REASON, STATUS = range(5)

    def __init__(self, status_label=str, parent=None):
        super().__init__(parent)
        # Injected so the model shows the same translated words as the rest of the window.
        self._status_label = status_label

    def _why(self, v: QuotaViolation) -> str:
        return (
            self.tr("No. %1, quota %2").replace("%1", str(v.position)).replace("%2", str(v.quota))
        )

    def _why_long(self, v: QuotaViolation) -> str:
        return (
            self.tr('%1 already has %2 registered in "%3" (at most %2 per organisation).')
            .replace("%1", v.organisation)
            .replace("%2", str(v.quota))
            .replace("%3", v.group)
        )

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Group"),
            self.tr("Why"),
            self.tr("Status"),
        ]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        v, col = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if col == self.NAME:
                return v.name
            if col == self.ORGANISATION:
                return v.organisation
            if col == self.GROUP:
                return v.group
            if col == self.STATUS:
                return self._status_label(v.status)
            if col == self.REASON:
                return v.position if role == SORT_ROLE else self._why(v)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._why_long(v)
        return None
