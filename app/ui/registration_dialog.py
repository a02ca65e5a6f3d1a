"""The dialog for adding or editing one registration."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Sequence
from typing import cast

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain import Registration, RegistrationStatus
from ..domain.registration_rules import looks_like_email
from .accessible_names import name_controls
from .labels import reason_text, status_label


class RegistrationDialog(QDialog):
    """Edits a copy of a registration; `registration()` gives the result after accept."""

    def __init__(
        self,
        registration: Registration | None = None,
        groups: Sequence[str] = (),
        organisations: Sequence[str] = (),
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._original = copy.deepcopy(registration) if registration else Registration()
        self.setWindowTitle(
            self.tr("Edit registration")
            if registration and registration.id
            else self.tr("Add registration")
        )
        r = self._original
        self.first_name = QLineEdit(r.first_name)
        self.last_name = QLineEdit(r.last_name)
        self.first_name.setAccessibleName(self.tr("First name"))
        self.last_name.setAccessibleName(self.tr("Last name"))
        self.full_name = QLineEdit(r.full_name)
        self.full_name.setPlaceholderText(self.tr("Only when first and last name cannot be told"))
        self.email = QLineEdit(r.email)
        self.phone = QLineEdit(r.phone)
        self.organisation = self._editable_combo(organisations, r.organisation)
        self.role = QLineEdit(r.role)
        self.group = self._editable_combo(groups, r.invitee_group)
        self.dietary = QLineEdit(r.dietary)
        self.accessibility = QLineEdit(r.accessibility)
        self.by_car = QCheckBox(self.tr("Arrives by car"))
        self.by_car.setChecked(r.by_car)
        self.accessible_parking = QCheckBox(self.tr("Needs accessible parking"))
        self.accessible_parking.setChecked(r.accessible_parking)
        self.comment = QPlainTextEdit(r.comment)
        self.comment.setFixedHeight(70)
        self.status = QComboBox()
        for status in RegistrationStatus:
            self.status.addItem(status_label(status), status)
        self.status.setCurrentIndex(self.status.findData(r.status))
        self.known_time = QCheckBox(self.tr("Known"))
        self.registered_at = QDateTimeEdit()
        self.registered_at.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.registered_at.setCalendarPopup(True)
        self.known_time.setChecked(r.registered_at is not None)
        self.registered_at.setDateTime(
            # PySide6 takes a datetime here; its stubs list only Qt's own types.
            QDateTime(r.registered_at or dt.datetime.now().replace(second=0, microsecond=0))  # type: ignore[call-overload]
        )
        self.registered_at.setEnabled(r.registered_at is not None)
        self.known_time.toggled.connect(self.registered_at.setEnabled)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b3261e")
        self._layout_form(r)
        name_controls(self)
        for edit in (self.first_name, self.last_name, self.full_name, self.email):
            edit.textChanged.connect(self._check)
        self._check()

    @staticmethod
    def _editable_combo(items, current: str) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.addItems([i for i in items if i])
        combo.setCurrentText(current)
        return combo

    def _layout_form(self, r: Registration) -> None:
        form = QFormLayout()
        names = QHBoxLayout()
        names.addWidget(self.first_name)
        names.addWidget(self.last_name)
        form.addRow(self.tr("First and last name"), names)
        form.addRow(self.tr("Name as written"), self.full_name)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Invitee group"), self.group)
        form.addRow(self.tr("Dietary needs"), self.dietary)
        form.addRow(self.tr("Accessibility needs"), self.accessibility)
        ticks = QHBoxLayout()
        ticks.addWidget(self.by_car)
        ticks.addWidget(self.accessible_parking)
        ticks.addStretch(1)
        form.addRow("", ticks)
        form.addRow(self.tr("Comment"), self.comment)
        form.addRow(self.tr("Status"), self.status)
        if r.status_reason:
            reason = QLabel(reason_text(r.status_reason))
            reason.setWordWrap(True)
            form.addRow("", reason)
        when = QHBoxLayout()
        when.addWidget(self.known_time)
        when.addWidget(self.registered_at, 1)
        form.addRow(self.tr("Registered"), when)
        if r.source_file or r.source_id:
            where = (
                self.tr("%1, row %2").replace("%1", r.source_file).replace("%2", str(r.source_row))
                if r.source_row
                else r.source_file
            )
            source = QLabel(" · ".join(p for p in (where, r.source_id) if p))
            source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(self.tr("Source"), source)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _check(self) -> None:
        problem = ""
        if not (
            self.first_name.text().strip()
            or self.last_name.text().strip()
            or self.full_name.text().strip()
        ):
            problem = self.tr("Give the person's name.")
        elif self.email.text().strip() and not looks_like_email(self.email.text()):
            problem = self.tr("This is not an e-mail address.")
        self.message.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def registration(self) -> Registration:
        r = copy.deepcopy(self._original)
        r.first_name = self.first_name.text().strip()
        r.last_name = self.last_name.text().strip()
        r.full_name = "" if (r.first_name or r.last_name) else self.full_name.text().strip()
        r.email = "".join(self.email.text().split())
        r.phone = self.phone.text().strip()
        r.organisation = self.organisation.currentText().strip()
        r.role = self.role.text().strip()
        r.invitee_group = self.group.currentText().strip()
        r.dietary = self.dietary.text().strip()
        r.accessibility = self.accessibility.text().strip()
        r.by_car = self.by_car.isChecked()
        r.accessible_parking = self.accessible_parking.isChecked()
        r.comment = self.comment.toPlainText().strip()
        r.status = self.status.currentData()
        r.registered_at = (
            cast(dt.datetime, self.registered_at.dateTime().toPython()).replace(
                second=0, microsecond=0
            )
            if self.known_time.isChecked()
            else None
        )
        if (
            r.registered_at is not None
            and self._original.registered_at is not None
            and r.registered_at == self._original.registered_at.replace(second=0)
        ):
            r.registered_at = self._original.registered_at  # keep the seconds we were given
        return r
