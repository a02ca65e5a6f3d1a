"""Binds editor widgets to the attributes of a record, with a message line under each field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.typed_input import InputError, parse_decimal, parse_time, parse_whole_number
from ..domain.validation import Problem
from .labels import problem_text
from .typed_fields import DateField, show_decimal, show_time
from .wheel_guard import guard_wheel


def _text_width(widget: QWidget, digits: int) -> int:
    """Room for `digits` digits and the frame, in the widget's font: a field keeps its text
    whole when the system's text size is 200 % (fixed pixel widths cut it)."""
    return widget.fontMetrics().horizontalAdvance("0" * digits) + 24


def format_time(value: dt.time | None) -> str:
    """A time as the UI shows it everywhere (tables and forms alike)."""
    return show_time(value)


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
    bad_code: str = "bad_number"  # the problem when the text cannot be read


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
    def _add(self, attr, widget, get, put, signal, bad_code: str = "bad_number") -> QWidget:
        error = QLabel()
        error.setObjectName("fieldError")
        error.setStyleSheet("color: #b3261e;")
        error.setWordWrap(True)
        error.hide()
        self._fields[attr] = _Field(attr, widget, get, put, error, bad_code)
        signal.connect(lambda *_: None if self._loading else self.edited.emit(attr))
        guard_wheel(widget)
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        # Top-aligned: a message appearing under one field of a row (the end time, say)
        # must not move that field, nor its neighbours, away from their labels.
        box.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
        box.addWidget(error, 0, Qt.AlignmentFlag.AlignTop)
        box.addStretch(1)
        return holder

    def text(self, attr: str, widget: QLineEdit | None = None) -> QWidget:
        line = widget or QLineEdit()
        line.setObjectName(attr)

        def put(value: object) -> None:
            line.setText(str(value or ""))
            line.home(False)  # a long text (a salutation) shows its start, not its end

        return self._add(attr, line, lambda: line.text().strip(), put, line.editingFinished)

    def plain_text(self, attr: str) -> QWidget:
        widget = CommitPlainTextEdit()
        widget.setObjectName(attr)
        widget.setTabChangesFocus(True)
        widget.setFixedHeight(widget.fontMetrics().lineSpacing() * 6 + 12)  # six lines
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

    def optional_int(self, attr: str, empty: str = "") -> QWidget:
        """A count that may be left empty; "-10" or "abc" is refused with the reason, and the
        stored value stays (a spin box used to turn "-10" into "not set")."""
        widget = QLineEdit()
        widget.setObjectName(attr)
        widget.setPlaceholderText(empty)
        widget.setMaximumWidth(_text_width(widget, 16))
        return self._add(
            attr,
            widget,
            lambda: parse_whole_number(widget.text()),
            lambda v: widget.setText("" if v is None else str(v)),
            widget.editingFinished,
        )

    def optional_float(self, attr: str, decimals: int = 6) -> QWidget:
        """A decimal (a coordinate), written with the UI language's decimal sign."""
        widget = QLineEdit()
        widget.setObjectName(attr)
        return self._add(
            attr,
            widget,
            lambda: parse_decimal(widget.text()),
            lambda v: widget.setText(show_decimal(v, decimals)),
            widget.editingFinished,
        )

    def percent(self, attr: str) -> QWidget:
        widget = QDoubleSpinBox()
        widget.setObjectName(attr)
        widget.setRange(0, 100)
        widget.setDecimals(0)
        widget.setSuffix(" %")
        widget.setMaximumWidth(_text_width(widget, 16))
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
        widget.setPlaceholderText(self.tr("hh:mm"))
        widget.setMaximumWidth(_text_width(widget, 7))

        def get() -> dt.time | None:
            value = parse_time(widget.text())
            widget.setText(format_time(value))  # "kl 18" reads back as the UI writes it
            return value

        return self._add(
            attr,
            widget,
            get,
            lambda v: widget.setText(format_time(v)),
            widget.editingFinished,
            bad_code="bad_time",
        )

    def date(self, attr: str, default_day: Callable[[], dt.date | None] | None = None) -> QWidget:
        """A date field; its calendar opens on its date, else `default_day()`, else today."""
        widget = DateField(default_day)
        widget.setObjectName(attr)
        widget.setMaximumWidth(_text_width(widget, 20))
        return self._add(
            attr, widget, widget.value, widget.set_value, widget.editingFinished, "bad_date"
        )

    # -- use -----------------------------------------------------------
    def first_field(self) -> QWidget | None:
        return next((f.widget for f in self._fields.values()), None)

    def widget(self, attr: str) -> QWidget:
        return self._fields[attr].widget

    def combo(self, attr: str) -> QComboBox:
        """The combo box of a `choice` field."""
        return cast(QComboBox, self.widget(attr))

    def line_edit(self, attr: str) -> QLineEdit:
        """The line edit of a `text` field."""
        return cast(QLineEdit, self.widget(attr))

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
            except InputError as exc:
                problems.append(Problem(f.attr, exc.code))
            except ValueError:
                problems.append(Problem(f.attr, f.bad_code))
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
