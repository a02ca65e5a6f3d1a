"""Table models for the venue list and the event list."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from ..domain import Event, Venue
from .labels import event_kind_label, short_date
from .record_table_model import SORT_ROLE


def address_key(venue: Venue) -> str:
    """Two venues with the same key stand at the same address."""
    street = " ".join(venue.street.casefold().replace(".", " ").split())
    return f"{street}|{venue.postal_code.strip()}" if street else ""


class _ListModel(QAbstractTableModel):
    HEADERS: list[str] = []

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list = []
        self._headers: list[str] | None = None

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._rows_changed()
        self.endResetModel()

    def _rows_changed(self) -> None:
        """Hook: recompute what depends on all rows."""

    def replace(self, record) -> bool:
        """Put an edited record in place of its row; False if it is not listed."""
        row = self.row_of(record.id)
        if row < 0:
            return False
        rows = list(self._rows)
        rows[row] = record
        self._set_rows_in_place(rows)
        return True

    def _set_rows_in_place(self, rows: list) -> None:
        # Every row may show a warning that depends on the others: refresh them all.
        self._rows = rows
        self._rows_changed()
        self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1))

    def records(self) -> list:
        return list(self._rows)

    def record(self, row: int):
        return self._rows[row]

    def row_of(self, record_id: int | None) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._translated_headers())

    def headers(self) -> list[str]:
        raise NotImplementedError

    def _translated_headers(self) -> list[str]:
        # Views ask for the column count thousands of times while laying out a long list;
        # the language is fixed for the life of the window, so translate once.
        if self._headers is None:
            self._headers = self.headers()
        return self._headers

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        headers = self._translated_headers()
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(headers)
        ):
            return headers[section]
        return None


class VenueListModel(_ListModel):
    NAME, CITY, POSTAL_CODE, CAPACITY = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shared: set[int] = set()

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("lists", "Name"),
            QCoreApplication.translate("lists", "City"),
            QCoreApplication.translate("lists", "Postal code"),
            QCoreApplication.translate("lists", "Largest room"),
        ]

    def _rows_changed(self) -> None:
        by_key: dict[str, list[int]] = {}
        for v in self._rows:
            if address_key(v):
                by_key.setdefault(address_key(v), []).append(v.id)
        self._shared = {i for ids in by_key.values() if len(ids) > 1 for i in ids}

    def shares_address(self, venue_id: int) -> list[Venue]:
        venue = self._rows[self.row_of(venue_id)] if self.row_of(venue_id) >= 0 else None
        if venue is None or venue_id not in self._shared:
            return []
        return [v for v in self._rows if v.id != venue_id and address_key(v) == address_key(venue)]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        v: Venue = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == self.NAME:
                return (
                    v.name
                    if role == SORT_ROLE
                    else (f"⚠ {v.name}" if v.id in self._shared else v.name)
                )
            if column == self.CITY:
                return v.city
            if column == self.POSTAL_CODE:
                return v.postal_code
            if column == self.CAPACITY:
                return (
                    v.largest_capacity
                    if role == SORT_ROLE
                    else (QLocale().toString(v.largest_capacity) if v.largest_capacity else "")
                )
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole name and address, for a name too long for a narrow list.
            lines = [v.name, v.address_line] if column == self.NAME else []
            if v.id in self._shared:
                lines.append(
                    QCoreApplication.translate("lists", "Another venue has the same address.")
                )
            return "\n".join(line for line in lines if line) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.CAPACITY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class EventListModel(_ListModel):
    DATE, TITLE, KIND, VENUE = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._venue_names: dict[int, str] = {}
        self._flags: dict[int, str] = {}

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("lists", "Date"),
            QCoreApplication.translate("lists", "Title"),
            QCoreApplication.translate("lists", "Kind"),
            QCoreApplication.translate("lists", "Venue"),
        ]

    def set_context(self, venue_names: dict[int, str], flags: dict[int, str]) -> None:
        """Venue names to show, and a warning per event id (a double booking...)."""
        self._venue_names = dict(venue_names)
        self._flags = dict(flags)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1)
            )

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        e: Event = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return short_date(e.date) if e.date else "—"
            if column == self.TITLE:
                return f"⚠ {e.title}" if e.id in self._flags else e.title
            if column == self.KIND:
                return event_kind_label(e.kind)
            if column == self.VENUE:
                return (
                    self._venue_names.get(
                        e.venue_id, QCoreApplication.translate("lists", "No venue")
                    )
                    if e.venue_id is not None
                    else QCoreApplication.translate("lists", "No venue")
                )
        if role == SORT_ROLE:
            return {
                self.DATE: (e.date or dt.date.min).isoformat(),
                self.TITLE: e.title.casefold(),
                self.KIND: str(e.kind),
                self.VENUE: self._venue_names.get(e.venue_id, "") if e.venue_id is not None else "",
            }[column]
        if role == Qt.ItemDataRole.FontRole and column == self.VENUE and e.venue_id is None:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and e.id in self._flags:
            return self._flags[e.id]
        return None
