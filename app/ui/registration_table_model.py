"""The table model of an event's registrations: one row per person, fast at 100,000 rows."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ..domain import Registration, RegistrationStatus
from ..domain.quotas import danish_order, organisation_key
from ..domain.waitlist import registration_order, waits_for_a_place
from .labels import status_label

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

(NAME, EMAIL, ORGANISATION, GROUP, ROLE, STATUS, REGISTERED_AT, LATE, DIETARY, ACCESSIBILITY,
 BY_CAR, ACCESSIBLE_PARKING, PHONE, COMMENT, SOURCE) = range(15)
COLUMN_COUNT = 15

_TEXT = {EMAIL: "email", ORGANISATION: "organisation", GROUP: "invitee_group", ROLE: "role",
         DIETARY: "dietary", ACCESSIBILITY: "accessibility", PHONE: "phone", COMMENT: "comment"}
_STATUS_ORDER = {s: i for i, s in enumerate(RegistrationStatus)}
_GREY = QColor("#8a8a8a")
_WAIT = QColor("#9a5b00")
_LATE = QColor("#b3261e")


def _name_sort(r: Registration) -> str:
    # Danish lists sort by family name; a whole name without parts sorts by its last word.
    last = r.last_name or (r.full_name.split()[-1] if r.full_name.split() else "")
    return danish_order(f"{last} {r.first_name} {r.full_name}")


def sort_key(r: Registration, column: int):
    if column == NAME:
        return _name_sort(r)
    if column in _TEXT:
        return danish_order(getattr(r, _TEXT[column]))
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
        return (danish_order(r.source_file), r.source_row or 0)
    return 0


def sort_value(r: Registration, column: int):
    """The sort key as a plain str or int, for SORT_ROLE."""
    if column == REGISTERED_AT:
        return r.registered_at.isoformat() if r.registered_at else "~"
    if column == SOURCE:
        return f"{danish_order(r.source_file)}\x00{r.source_row or 0:09d}"
    return sort_key(r, column)


class RegistrationTableModel(QAbstractTableModel):
    """Registrations of one event; read-only cells (editing goes through the dialog).

    Keeps for each row a lower-case "haystack" of name, e-mail and organisation so
    the filter proxy can search 100,000 rows as the user types.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Registration] = []
        self.haystacks: list[str] = []
        self.organisation_keys: list[str] = []
        # Place on the waiting list by registration id (1 = next to move up).
        self._waiting_place: dict[int, int] = {}
        self._row_of: dict[int, int] = {}
        self._headers = [
            self.tr("Name"), self.tr("E-mail"), self.tr("Organisation"), self.tr("Group"),
            self.tr("Role"), self.tr("Status"), self.tr("Registered"), self.tr("Late"),
            self.tr("Dietary needs"), self.tr("Accessibility"), self.tr("By car"),
            self.tr("Accessible parking"), self.tr("Phone"), self.tr("Comment"),
            self.tr("Source")]

    # -- contents ------------------------------------------------------
    def set_registrations(self, registrations: list[Registration]) -> None:
        self.beginResetModel()
        self._rows = list(registrations)
        self._reindex()
        self.endResetModel()

    def _reindex(self) -> None:
        self.haystacks = [self._haystack(r) for r in self._rows]
        self.organisation_keys = [organisation_key(r.organisation) for r in self._rows]
        self._row_of = {r.id: i for i, r in enumerate(self._rows) if r.id is not None}
        self._number_waiting_list()

    def _number_waiting_list(self) -> None:
        waiting = registration_order(r for r in self._rows if waits_for_a_place(r))
        self._waiting_place = {r.id: n for n, r in enumerate(waiting, 1)}

    @staticmethod
    def _haystack(r: Registration) -> str:
        return f"{r.name}\n{r.email}\n{r.organisation}".casefold()

    def registrations(self) -> list[Registration]:
        return list(self._rows)

    def registration(self, row: int) -> Registration:
        return self._rows[row]

    def row_of(self, registration_id: int) -> int | None:
        return self._row_of.get(registration_id)

    def replace(self, registrations: list[Registration]) -> None:
        """Put changed copies in place of the rows with their ids (dataChanged per row)."""
        for r in registrations:
            row = self._row_of.get(r.id)
            if row is None:
                continue
            self._rows[row] = r
            self.haystacks[row] = self._haystack(r)
            self.organisation_keys[row] = organisation_key(r.organisation)
            self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
        old = self._waiting_place
        self._number_waiting_list()
        if old != self._waiting_place and self._rows:
            # Places on the list shift for everyone behind a change.
            self.dataChanged.emit(self.index(0, STATUS), self.index(len(self._rows) - 1, STATUS))

    # -- Qt model ------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < COLUMN_COUNT else None
        return str(section + 1)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, column)
        if role == SORT_ROLE:
            return sort_value(r, column)
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if r.status == RegistrationStatus.CANCELLED:
                return QBrush(_GREY)
            if column == STATUS and r.status == RegistrationStatus.WAITLISTED:
                return QBrush(_WAIT)
            if column == LATE and r.late:
                return QBrush(_LATE)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in _TEXT or column == NAME:
                return self._display(r, column) or None  # the whole of a cut-off text
            if column == STATUS and r.status_reason:
                return r.status_reason
            if column == LATE and r.late:
                return self.tr("Registered after the registration deadline.")
            if column == SOURCE and r.source_id:
                return r.source_id
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (LATE, BY_CAR,
                                                                    ACCESSIBLE_PARKING):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, r: Registration, column: int) -> str:
        if column == NAME:
            return r.name
        if column in _TEXT:
            return getattr(r, _TEXT[column])
        if column == STATUS:
            place = self._waiting_place.get(r.id)
            return f"{status_label(r.status)} ({place})" if place else status_label(r.status)
        if column == REGISTERED_AT:
            return r.registered_at.strftime("%d-%m-%Y %H:%M") if r.registered_at else ""
        if column == LATE:
            return self.tr("Late") if r.late else ""
        if column == BY_CAR:
            return "✓" if r.by_car else ""
        if column == ACCESSIBLE_PARKING:
            return "✓" if r.accessible_parking else ""
        if column == SOURCE:
            if not r.source_file:
                return ""
            return self.tr("%1, row %2").replace("%1", r.source_file).replace(
                "%2", str(r.source_row)) if r.source_row else r.source_file
        return ""

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows themselves (one Python sort), keeping selections on their people."""
        if not 0 <= column < COLUMN_COUNT:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        people = [self._rows[i.row()] for i in old]
        rows = self._rows
        permutation = sorted(range(len(rows)), key=lambda i: sort_key(rows[i], column),
                             reverse=order == Qt.SortOrder.DescendingOrder)
        # Carry the precomputed search keys along instead of computing them again.
        self._rows = [rows[i] for i in permutation]
        self.haystacks = [self.haystacks[i] for i in permutation]
        self.organisation_keys = [self.organisation_keys[i] for i in permutation]
        self._row_of = {r.id: i for i, r in enumerate(self._rows) if r.id is not None}
        position = {id(r): row for row, r in enumerate(self._rows)}
        new = [self.index(position[id(r)], i.column()) for i, r in zip(old, people)]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()
