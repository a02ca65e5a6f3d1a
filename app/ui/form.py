"""Binds editor widgets to the attributes of a record, with a message line under each field."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.validation import Problem
from .labels import problem_text

_NO_DATE = QDate(1900, 1, 1)
_TIME = re.compile(r"^\s*(\d{1,2})(?:[.:](\d{2}))?\s*$")


def parse_time(text: str) -> dt.time | None:
    """'16.00', '16:00' or '16' as a time; '' as None; ValueError otherwise."""
    if not text.strip():
        return None
    match = _TIME.match(text)
    if not match:
        raise ValueError(text)
    return dt.time(int(match.group(1)), int(match.group(2) or 0))


def format_time(value: dt.time | None) -> str:
    return value.strftime("%H.%M") if value else ""


class CommitPlainTextEdit(QPlainTextEdit):
    """A multi-line field that reports its edit when it loses focus, like a line edit."""

    editingFinished = Signal()  # noqa: N815 - the same name as QLineEdit's signal

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if self.document().isModified():
            self.document().setModified(False)
            self.editingFinished.emit()


@dataclass
class _Field:
    attr: str
    widget: QWidget
    get: Callable[[], object]
    put: Callable[[object], None]
    error: QLabel


class Form(QObject):
    """A set of bound fields.

    Signals: edited(str attr) after the user finished changing a field.
    """

    edited = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._fields: dict[str, _Field] = {}
        self._loading = False

    # -- binding -------------------------------------------------------
    def _add(self, attr, widget, get, put, signal) -> QWidget:
        error = QLabel()
        error.setObjectName("fieldError")
        error.setStyleSheet("color: #b3261e;")
        error.setWordWrap(True)
        error.hide()
        self._fields[attr] = _Field(attr, widget, get, put, error)
        signal.connect(lambda *_: None if self._loading else self.edited.emit(attr))
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        return holder

    def text(self, attr: str, widget: QLineEdit | None = None) -> QWidget:
        widget = widget or QLineEdit()
        widget.setObjectName(attr)
        return self._add(
            attr,
            widget,
            lambda: widget.text().strip(),
            lambda v: widget.setText(v or ""),
            widget.editingFinished,
        )

    def plain_text(self, attr: str) -> QWidget:
        widget = CommitPlainTextEdit()
        widget.setObjectName(attr)
        widget.setTabChangesFocus(True)
        widget.setFixedHeight(110)
        return self._add(
            attr,
            widget,
            lambda: widget.toPlainText().strip(),
            lambda v: widget.setPlainText(v or ""),
            widget.editingFinished,
        )

    def check(self, attr: str, label: str) -> QWidget:
        widget = QCheckBox(label)
        widget.setObjectName(attr)
        return self._add(
            attr, widget, widget.isChecked, lambda v: widget.setChecked(bool(v)), widget.toggled
        )

    def optional_int(self, attr: str, maximum: int = 1_000_000, empty: str = "—") -> QWidget:
        """A whole number that may be left empty: the lowest value stands for 'not set'."""
        widget = QSpinBox()
        widget.setObjectName(attr)
        widget.setRange(-1, maximum)
        widget.setSpecialValueText(empty)
        widget.setMaximumWidth(160)
        return self._add(
            attr,
            widget,
            lambda: None if widget.value() < 0 else widget.value(),
            lambda v: widget.setValue(-1 if v is None else int(v)),
            widget.editingFinished,
        )

    def optional_float(self, attr: str, low: float, high: float, decimals: int = 6) -> QWidget:
        widget = QLineEdit()
        widget.setObjectName(attr)

        def get():
            raw = widget.text().strip().replace(",", ".")
            return float(raw) if raw else None

        return self._add(
            attr,
            widget,
            get,
            lambda v: widget.setText(
                "" if v is None else f"{v:.{decimals}f}".rstrip("0").rstrip(".")
            ),
            widget.editingFinished,
        )

    def percent(self, attr: str) -> QWidget:
        widget = QDoubleSpinBox()
        widget.setObjectName(attr)
        widget.setRange(0, 100)
        widget.setDecimals(0)
        widget.setSuffix(" %")
        widget.setMaximumWidth(160)
        return self._add(
            attr,
            widget,
            lambda: widget.value() / 100,
            lambda v: widget.setValue((v or 0) * 100),
            widget.editingFinished,
        )

    def choice(self, attr: str, items: list[tuple[str, object]]) -> QWidget:
        widget = QComboBox()
        widget.setObjectName(attr)
        # Long venue names must not widen the whole form.
        widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        widget.setMinimumContentsLength(18)
        self.set_choices(widget, items)

        def put(value):
            index = widget.findData(value)
            widget.setCurrentIndex(max(index, 0))

        return self._add(attr, widget, widget.currentData, put, widget.activated)

    @staticmethod
    def set_choices(widget: QComboBox, items: list[tuple[str, object]]) -> None:
        widget.clear()
        for label, value in items:
            widget.addItem(label, value)

    def time(self, attr: str) -> QWidget:
        widget = QLineEdit()
        widget.setObjectName(attr)
        widget.setPlaceholderText("tt.mm")
        widget.setMaximumWidth(90)
        return self._add(
            attr,
            widget,
            lambda: parse_time(widget.text()),
            lambda v: widget.setText(format_time(v)),
            widget.editingFinished,
        )

    def date(self, attr: str) -> QWidget:
        widget = QDateEdit()
        widget.setObjectName(attr)
        widget.setCalendarPopup(True)
        widget.setMinimumDate(_NO_DATE)
        widget.setSpecialValueText(self.tr("No date"))
        widget.setMaximumWidth(160)

        def get():
            value = widget.date()
            return None if value == _NO_DATE else dt.date(value.year(), value.month(), value.day())

        def put(v):
            widget.setDate(QDate(v.year, v.month, v.day) if v else _NO_DATE)

        return self._add(attr, widget, get, put, widget.editingFinished)

    # -- use -----------------------------------------------------------
    def widget(self, attr: str) -> QWidget:
        return self._fields[attr].widget

    def load(self, record) -> None:
        self._loading = True
        try:
            for f in self._fields.values():
                f.widget.blockSignals(True)
                f.put(getattr(record, f.attr))
                f.widget.blockSignals(False)
                f.error.hide()
        finally:
            self._loading = False

    def store(self, record) -> list[Problem]:
        """Write every field into `record`; fields that cannot be read are reported."""
        problems = []
        for f in self._fields.values():
            try:
                setattr(record, f.attr, f.get())
            except ValueError:
                code = "bad_time" if f.widget.placeholderText() == "tt.mm" else "bad_number"
                problems.append(Problem(f.attr, code))
        return problems

    def show_problems(self, problems: list[Problem]) -> list[Problem]:
        """Show each problem under its field; returns those that have no field here."""
        by_field: dict[str, list[str]] = {}
        rest = []
        for p in problems:
            if p.field in self._fields:
                by_field.setdefault(p.field, []).append(problem_text(p))
            else:
                rest.append(p)
        for attr, f in self._fields.items():
            messages = by_field.get(attr)
            f.error.setText("\n".join(messages or []))
            f.error.setVisible(bool(messages))
            f.widget.setProperty("invalid", bool(messages))
            f.widget.setToolTip("\n".join(messages or []))
        return rest

    def set_enabled(self, enabled: bool) -> None:
        for f in self._fields.values():
            f.widget.setEnabled(enabled)
