"""The filter over the registration table: search as you type, and status, group, organisation."""
from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt

from ..domain import RegistrationStatus
from ..domain.quotas import organisation_key

ALL = None


class RegistrationFilterProxy(QSortFilterProxyModel):
    """Rows whose name, e-mail or organisation hold every word of the search, and that
    match the chosen status, group and organisation.

    The words are checked against the model's precomputed lower-case haystack, so a
    search over 100,000 rows is one cheap test per row. Sorting is handed to the
    model, which sorts its list in one Python call instead of Qt comparing row pairs.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []
        self._status: RegistrationStatus | None = ALL
        self._group: str | None = ALL
        self._organisation: str | None = ALL
        # Edits re-filter their row; the proxy itself never sorts (see sort()).
        self.setDynamicSortFilter(True)

    # -- criteria ------------------------------------------------------
    def _change(self, apply) -> None:
        self.beginFilterChange()
        apply()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        words = text.casefold().split()
        if words != self._words:
            self._change(lambda: setattr(self, "_words", words))

    def set_status(self, status: RegistrationStatus | None) -> None:
        if status != self._status:
            self._change(lambda: setattr(self, "_status", status))

    def set_group(self, group: str | None) -> None:
        if group != self._group:
            self._change(lambda: setattr(self, "_group", group))

    def set_organisation(self, organisation: str | None) -> None:
        key = organisation_key(organisation) if organisation is not None else None
        if key != self._organisation:
            self._change(lambda: setattr(self, "_organisation", key))

    def is_filtering(self) -> bool:
        return bool(self._words) or any(v is not None for v in
                                        (self._status, self._group, self._organisation))

    # -- Qt ------------------------------------------------------------
    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802
        model = self.sourceModel()
        if self._words:
            haystack = model.haystacks[source_row]
            for word in self._words:
                if word not in haystack:
                    return False
        if self._status is None and self._group is None and self._organisation is None:
            return True
        r = model.registration(source_row)
        if self._status is not None and r.status != self._status:
            return False
        if self._group is not None and r.invitee_group != self._group:
            return False
        if self._organisation is not None and \
                model.organisation_keys[source_row] != self._organisation:
            return False
        return True

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def source_rows(self, proxy_rows) -> list[int]:
        return [self.mapToSource(self.index(row, 0)).row() for row in proxy_rows]
