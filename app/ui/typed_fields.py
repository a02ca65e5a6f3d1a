"""Times, dates and numbers shown in the UI language's way, and a date field that takes typing.

The date field replaces QDateEdit, which opened its calendar on January 1900 when the
field was empty and threw typed dates away; here a date can be typed the Danish way or
as ISO, or picked from a calendar that opens on the field's date or a sensible default.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from ..domain.formatting import MONTHS, format_clock
from ..domain.typed_input import InputError, parse_date


def ui_lang() -> str:
    """'da' or 'en': the language the UI speaks (set by application.install_translations)."""
    return "da" if QLocale().language() == QLocale.Language.Danish else "en"


def show_time(value: dt.time | None) -> str:
    """'08.45' in the Danish UI, '08:45' in the English one (a field's form; running text
    writes 'kl. 8.45'); '' for no time."""
    return format_clock(value, ui_lang()) if value is not None else ""


def show_date(value: dt.date | None) -> str:
    """'12.03.2027' in the Danish UI, '12 Mar 2027' in the English one (never ambiguous)."""
    if value is None:
        return ""
    if ui_lang() == "da":
        return f"{value.day:02d}.{value.month:02d}.{value.year}"
    # Plain Python, not QLocale: the Registered column formats this for every shown row.
    return f"{value.day} {MONTHS['en'][value.month - 1][:3]} {value.year}"


def show_decimal(value: float | None, decimals: int = 6) -> str:
    """A decimal with the UI language's decimal sign ("55,6762" in Danish), trailing zeros cut."""
    if value is None:
        return ""
    text = f"{value:.{decimals}f}".rstrip("0").rstrip(".")
    return text.replace(".", QLocale().decimalPoint())


def show_datetime(value: dt.datetime | None) -> str:
    """A moment as lists show it: '01.02.2027 09.12' / '1 Feb 2027 09:12'."""
    if value is None:
        return ""
    return f"{show_date(value.date())} {show_time(value.time())}"


class DateField(QWidget):
    """A date typed ("12.03.2027", "12/3 2027", "2027-03-12") or picked; empty is no date.

    Signals: editingFinished() after typing (Enter or leaving the field) or picking a day.
    """

    editingFinished = Signal()  # noqa: N815 - the same name as QLineEdit's signal

    def __init__(
        self, default_day: Callable[[], dt.date | None] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._default_day = default_day
        self.line = QLineEdit()
        self.line.setPlaceholderText(self.tr("No date"))
        self.line.editingFinished.connect(self._typed)
        self.button = QToolButton()
        self.button.setObjectName("calendarButton")
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setToolTip(self.tr("Choose the date on a calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.show_calendar)
        self.calendar: QCalendarWidget | None = None
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.line, 1)
        box.addWidget(self.button)
        self.setFocusProxy(self.line)

    def value(self) -> dt.date | None:
        """The date shown; raises InputError for text that is no date."""
        return parse_date(self.line.text(), dt.date.today())

    def set_value(self, value: dt.date | None) -> None:
        self.line.setText(show_date(value))

    def _typed(self) -> None:
        try:
            value = self.value()
        except InputError:
            pass  # kept as typed; the form shows why it is refused
        else:
            self.set_value(value)  # "12/3 2027" reads back as "12.03.2027"
        self.editingFinished.emit()

    def _calendar_closed(self) -> None:
        self.calendar = None

    def show_calendar(self) -> None:
        """A calendar on the field's date, else the default day (e.g. the event's), else today."""
        try:
            start = self.value()
        except InputError:
            start = None
        if start is None and self._default_day is not None:
            start = self._default_day()
        start = start or dt.date.today()
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setObjectName("calendar")
        calendar.setLocale(QLocale())
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        calendar.setGridVisible(True)
        calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def picked(day: QDate) -> None:
            self.set_value(dt.date(day.year(), day.month(), day.day()))
            menu.close()
            self.editingFinished.emit()

        calendar.clicked.connect(picked)
        calendar.activated.connect(picked)
        menu.aboutToHide.connect(self._calendar_closed)
        menu.aboutToHide.connect(menu.deleteLater)
        self.calendar = calendar
        menu.popup(self.mapToGlobal(QPoint(0, self.height())))
        calendar.setFocus()
