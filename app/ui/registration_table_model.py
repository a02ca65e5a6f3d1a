"""The table model of an event's registrations: one row per person, fast at 100,000 rows."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ..domain import Registration, RegistrationStatus
from ..domain.collation import danish_key
from ..domain.quotas import organisation_key
from ..domain.waitlist import registration_order, waits_for_a_place
from .labels import reason_text, status_label
from .typed_fields import show_datetime

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

(
    NAME,
    EMAIL,
    ORGANISATION,
    GROUP,
    ROLE,
    STATUS,
    REGISTERED_AT,
    LATE,
    DIETARY,
    ACCESSIBILITY,
    BY_CAR,
    ACCESSIBLE_PARKING,
    PHONE,
    COMMENT,
    SOURCE,
) = range(15)
COLUMN_COUNT = 15

_TEXT = {
    EMAIL: "email",
    ORGANISATION: "organisation",
    GROUP: "invitee_group",
    ROLE: "role",
    DIETARY: "dietary",
    ACCESSIBILITY: "accessibility",
    PHONE: "phone",
    COMMENT: "comment",
}
_STATUS_ORDER = {s: i for i, s in enumerate(RegistrationStatus)}
_GREY = QColor("#6b6b6b")  # cancelled: still 4.5:1 on white (WCAG AA text)
_WAIT = QColor("#9a5b00")
_LATE = QColor("#b3261e")
_GREY_BRUSH, _WAIT_BRUSH, _LATE_BRUSH = QBrush(_GREY), QBrush(_WAIT), QBrush(_LATE)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
# Roles as plain ints: compared for every painted cell.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_UNUSED_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.BackgroundRole,
    )
)
_CANCELLED, _WAITLISTED = RegistrationStatus.CANCELLED, RegistrationStatus.WAITLISTED


def _name_sort(r: Registration) -> str:
    # Danish lists sort by family name; a whole name without parts sorts by its last word.
    last = r.last_name or (r.full_name.split()[-1] if r.full_name.split() else "")
    return danish_key(f"{last} {r.first_name} {r.full_name}")


def sort_key(r: Registration, column: int):
    if column == NAME:
        return _name_sort(r)
    if column in _TEXT:
        return danish_key(getattr(r, _TEXT[column]))
    if column == STATUS:
        return _STATUS_ORDER[r.status]
    if column == REGISTERED_AT:
        return r.registered_at or dt.datetime.max
    if column == LATE:
        return int(r.late)
    if column == BY_CAR:
        return int(r.by_car)
    if column == ACCESSIBLE_PARKING:
        return int(r.accessible_parking)
    if column == SOURCE:
        return (danish_key(r.source_file), r.source_row or 0)
    return 0


def sort_value(r: Registration, column: int):
    """The sort key as a plain str or int, for SORT_ROLE."""
    if column == REGISTERED_AT:
        return r.registered_at.isoformat() if r.registered_at else "~"
    if column == SOURCE:
        return f"{danish_key(r.source_file)}\x00{r.source_row or 0:09d}"
    return sort_key(r, column)


class Rows:
    """The table's registrations with what search, filters and sorting need, computed once.

    Plain Python without Qt, so a worker can build it for 100,000 registrations off
    the UI thread and the model only swaps it in.
    """

    def __init__(self, registrations=(), sort_column: int = -1, descending: bool = False):
        self.items: list[Registration] = list(registrations)
        # Lower-case name, e-mail and organisation: the text search looks only here.
        self.haystacks = [_haystack(r) for r in self.items]
        self.organisation_keys = [organisation_key(r.organisation) for r in self.items]
        self._keys: dict[int, list] = {}
        self._tally: tuple[Counter, int] | None = None
        if 0 <= sort_column < COLUMN_COUNT:
            self.sort(sort_column, descending)
        self.reindex()

    def reindex(self) -> None:
        self.row_of = {r.id: i for i, r in enumerate(self.items) if r.id is not None}
        self.number_waiting_list()

    def tally(self) -> tuple[Counter, int]:
        """(registrations per status, how many are late), counted once per change."""
        if self._tally is None:
            self._tally = (
                Counter(r.status for r in self.items),
                sum(1 for r in self.items if r.late),
            )
        return self._tally

    def number_waiting_list(self) -> None:
        self.waiting = [
            r.id for r in registration_order(r for r in self.items if waits_for_a_place(r))
        ]
        self._place_waiting()

    def _place_waiting(self) -> None:
        # Place on the waiting list by registration id (1 = next to move up).
        self.waiting_place = {rid: n for n, rid in enumerate(self.waiting, 1)}

    def sort_keys(self, column: int) -> list:
        if column not in self._keys:
            self._keys[column] = [sort_key(r, column) for r in self.items]
        return self._keys[column]

    def sort(self, column: int, descending: bool) -> None:
        keys = self.sort_keys(column)
        permutation = sorted(range(len(keys)), key=keys.__getitem__, reverse=descending)
        # Everything computed per row moves along instead of being computed again.
        self.items = [self.items[i] for i in permutation]
        self.haystacks = [self.haystacks[i] for i in permutation]
        self.organisation_keys = [self.organisation_keys[i] for i in permutation]
        self._keys = {c: [k[i] for i in permutation] for c, k in self._keys.items()}
        self.row_of = {r.id: i for i, r in enumerate(self.items) if r.id is not None}

    def replace(self, row: int, r: Registration) -> bool:
        """Put `r` in `row`; True if places on the waiting list changed."""
        old = self.items[row]
        self.items[row] = r
        self.haystacks[row] = _haystack(r)
        self.organisation_keys[row] = organisation_key(r.organisation)
        self._tally = None
        for column, keys in self._keys.items():
            keys[row] = sort_key(r, column)
        was, waits = waits_for_a_place(old), waits_for_a_place(r)
        if not was and not waits:
            return False
        if was and not waits:
            # Someone left the list (the usual move up): the rest keep their order.
            self.waiting.remove(r.id)
            self._place_waiting()
        elif not was or old.registered_at != r.registered_at:
            self.number_waiting_list()
        else:
            return False
        return True


def _foreground(r: Registration, column: int) -> QBrush | None:
    status = r.status
    if status == _CANCELLED:
        return _GREY_BRUSH
    if column == STATUS and status == _WAITLISTED:
        return _WAIT_BRUSH
    if column == LATE and r.late:
        return _LATE_BRUSH
    return None


def _haystack(r: Registration) -> str:
    return f"{r.name}\n{r.email}\n{r.organisation}".casefold()


class RegistrationTableModel(QAbstractTableModel):
    """Registrations of one event; read-only cells (editing goes through the dialog).

    The filter proxy reads `haystacks` and `organisation_keys` (one per row) to
    search 100,000 rows as the user types.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._data = Rows()
        self._headers = [
            self.tr("Name"),
            self.tr("E-mail"),
            self.tr("Organisation"),
            self.tr("Group"),
            self.tr("Role"),
            self.tr("Status"),
            self.tr("Registered"),
            self.tr("Late"),
            self.tr("Dietary needs"),
            self.tr("Accessibility"),
            self.tr("By car"),
            self.tr("Accessible parking"),
            self.tr("Phone"),
            self.tr("Comment"),
            self.tr("Source"),
        ]

    # -- contents ------------------------------------------------------
    def set_rows(self, rows: Rows) -> None:
        """Show rows prepared elsewhere (by a worker, for a large event)."""
        self.beginResetModel()
        self._data = rows
        self.endResetModel()

    def set_registrations(self, registrations: list[Registration]) -> None:
        self.set_rows(Rows(registrations))

    @property
    def haystacks(self) -> list[str]:
        return self._data.haystacks

    @property
    def organisation_keys(self) -> list[str]:
        return self._data.organisation_keys

    def registrations(self) -> list[Registration]:
        return list(self._data.items)

    def tally(self) -> tuple[Counter, int]:
        return self._data.tally()

    def registration(self, row: int) -> Registration:
        return self._data.items[row]

    def row_of(self, registration_id: int) -> int | None:
        return self._data.row_of.get(registration_id)

    def replace(self, registrations: list[Registration]) -> None:
        """Put changed copies in place of the rows with their ids (dataChanged per row)."""
        shifted = False
        for r in registrations:
            row = self._data.row_of.get(r.id)
            if row is None:
                continue
            shifted |= self._data.replace(row, r)
            self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
        if shifted and self._data.items:
            # Places on the list shift for everyone behind a change.
            self.dataChanged.emit(
                self.index(0, STATUS), self.index(len(self._data.items) - 1, STATUS)
            )

    # -- Qt model ------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._data.items)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < COLUMN_COUNT else None
        return str(section + 1)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._data.items):
            return None
        return self.value(index.row(), index.column(), role)

    def multiData(self, index, roles) -> None:  # noqa: N802 (Qt's name)
        """Every role a painted cell asks for in one call (Qt asks seven per cell, and a
        call from C++ into Python costs more than the answer): the view paints ~500 cells
        a keystroke."""
        if index.isValid() and 0 <= index.row() < len(self._data.items):
            self.fill_roles(index.row(), index.column(), roles)
        else:
            for role_data in roles:
                role_data.clearData()

    def fill_roles(self, row: int, column: int, roles) -> None:
        """Set each of a QModelRoleDataSpan's roles to row's value in column."""
        r = self._data.items[row]
        for role_data in roles:
            role = role_data.role()
            if role == _DISPLAY:
                role_data.setData(self._display(r, column))
            elif role == _FOREGROUND:
                role_data.setData(_foreground(r, column))
            elif role in _UNUSED_ROLES:
                role_data.clearData()
            else:
                role_data.setData(self.value(row, column, role))

    def value(self, row: int, column: int, role):
        """The value of one cell for one role; `row` must be a row of the model."""
        r = self._data.items[row]
        if role == _DISPLAY:
            return self._display(r, column)
        if role == _FOREGROUND:
            return _foreground(r, column)
        if role == _ALIGNMENT:
            return _CENTRE if column in (LATE, BY_CAR, ACCESSIBLE_PARKING) else None
        if role == SORT_ROLE:
            return sort_value(r, column)
        if role == ID_ROLE:
            return r.id
        if role == _TOOLTIP:
            if column in _TEXT or column == NAME:
                return self._display(r, column) or None  # the whole of a cut-off text
            if column == STATUS and r.status_reason:
                return reason_text(r.status_reason)
            if column == LATE and r.late:
                return self.tr("Registered after the registration deadline.")
            if column == SOURCE and r.source_id:
                return r.source_id
            return None
        return None

    def _display(self, r: Registration, column: int) -> str:
        if column == NAME:
            return r.name
        if column in _TEXT:
            return getattr(r, _TEXT[column])
        if column == STATUS:
            place = self._data.waiting_place.get(r.id)
            return f"{status_label(r.status)} ({place})" if place else status_label(r.status)
        if column == REGISTERED_AT:
            return show_datetime(r.registered_at)
        if column == LATE:
            return self.tr("Late") if r.late else ""
        if column == BY_CAR:
            return "✓" if r.by_car else ""
        if column == ACCESSIBLE_PARKING:
            return "✓" if r.accessible_parking else ""
        if column == SOURCE:
            if not r.source_file:
                return ""
            return (
                self.tr("%1, row %2").replace("%1", r.source_file).replace("%2", str(r.source_row))
                if r.source_row
                else r.source_file
            )
        return ""

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows themselves (one Python sort), keeping selections on their people."""
        if not 0 <= column < COLUMN_COUNT:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        people = [self._data.items[i.row()] for i in old]
        self._data.sort(column, order == Qt.SortOrder.DescendingOrder)
        position = {id(r): row for row, r in enumerate(self._data.items)}
        new = [self.index(position[id(r)], i.column()) for i, r in zip(old, people, strict=False)]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()
