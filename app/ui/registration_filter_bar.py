"""The search box and the status, group and organisation filters above the registrations."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from ..domain import RegistrationStatus
from .labels import status_label
from .registration_filter import RegistrationFilterProxy

_SEARCH_DELAY_MS = 150  # typing pauses this long before 100,000 rows are filtered


class RegistrationFilterBar(QWidget):
    """Sets the proxy's filters as the user types and chooses.

    Signals: filtered() after the proxy's filter changed.
    """

    filtered = Signal()

    def __init__(self, proxy: RegistrationFilterProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = proxy
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, e-mail or organisation"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=_SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in RegistrationStatus:
            self.status_filter.addItem(status_label(status), status)
        self.status_filter.currentIndexChanged.connect(
            lambda: self._filter(self.proxy.set_status, self.status_filter)
        )
        self.group_filter = QComboBox()
        self.group_filter.currentIndexChanged.connect(
            lambda: self._filter(self.proxy.set_group, self.group_filter)
        )
        self.organisation_filter = QComboBox()
        self.organisation_filter.setMinimumContentsLength(16)
        self.organisation_filter.currentIndexChanged.connect(
            lambda: self._filter(self.proxy.set_organisation, self.organisation_filter)
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 2)
        for combo in (self.status_filter, self.group_filter, self.organisation_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            layout.addWidget(combo, 1)

    def _filter(self, setter: Callable[[Any], None], combo: QComboBox) -> None:
        setter(combo.currentData())
        self.filtered.emit()

    def apply_search(self) -> None:
        """Filter by the search box now (the box waits for a pause in typing)."""
        self.proxy.set_search(self.search.text())
        self.filtered.emit()

    def set_choices(self, groups: list[str], organisations: list[str]) -> None:
        """The groups and organisations to filter by, keeping the chosen ones if still there."""
        for combo, everything, items in (
            (self.group_filter, self.tr("All groups"), groups),
            (self.organisation_filter, self.tr("All organisations"), organisations),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for item in items:
                combo.addItem(item, item)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)
        self.proxy.set_group(self.group_filter.currentData())
        self.proxy.set_organisation(self.organisation_filter.currentData())

    def choices(self) -> tuple[list[str], list[str]]:
        """The groups and organisations offered (for the registration dialog's lists)."""
        groups = [self.group_filter.itemData(i) for i in range(1, self.group_filter.count())]
        organisations = [
            self.organisation_filter.itemData(i) for i in range(1, self.organisation_filter.count())
        ]
        return groups, organisations
