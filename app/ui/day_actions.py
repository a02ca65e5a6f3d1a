"""The day of the meeting in the Tools menu: the check-in window and the table plan."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from .spot_tags import SpotTagPrinter


class DayActions(QObject):
    """Opens one check-in window (and one table plan) per event, beside the main window.

    Signals: changed(int event_id) when a door or the plan changed registrations.
    """

    changed = Signal(int)

    def __init__(
        self,
        window: QWidget,
        project: Callable,
        event: Callable,
    ):
        super().__init__(window)
        self._window = window
        self._project = project
        self._event = event
        # Name tags on the spot remember "without the dialog" in the window's settings.
        self._settings = getattr(window, "settings", None)
        self.windows: dict[tuple[str, int], QWidget] = {}
        self._printers: list[QObject] = []  # alive while their dialogs are open
        self.checkin_action = QAction(self.tr("&Check-in at the Door…"), window)
        self.checkin_action.setObjectName("checkinAction")
        self.checkin_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.checkin_action.triggered.connect(self.open_checkin)
        self.tables_action = QAction(self.tr("&Table Plan…"), window)
        self.tables_action.setObjectName("tablePlanAction")
        self.tables_action.triggered.connect(self.open_table_plan)
        self.actions = [self.checkin_action, self.tables_action]

    def set_event_chosen(self, chosen: bool) -> None:
        for action in self.actions:
            action.setEnabled(chosen)

    def close_all(self) -> None:
        for widget in list(self.windows.values()):
            widget.close()
        self.windows.clear()

    def _show(self, key: tuple[str, int], make: Callable[[], QWidget]) -> QWidget:
        widget = self.windows.get(key)
        if widget is None:
            widget = make()
            widget.setWindowFlag(Qt.WindowType.Window, True)
            widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            widget.destroyed.connect(lambda *_: self.windows.pop(key, None))
            self.windows[key] = widget
        widget.showMaximized()
        widget.raise_()
        widget.activateWindow()
        return widget

    def open_checkin(self) -> QWidget | None:
        from .checkin_view import CheckinView
        from .service_messages import people_kept

        event = self._event()
        if event is None or people_kept(self._window, self._project(), event):
            return None

        def make() -> QWidget:
            feed = getattr(self._window, "feed", None)
            view = CheckinView(self._project(), event.id, event.title, self._window, feed=feed)
            view.setWindowTitle(self.tr("Check-in: %1").replace("%1", event.title))
            view.changed.connect(self.changed)
            if self._settings is not None:
                view.enable_tags(SpotTagPrinter(self._settings, view))
            return view

        view = self._show(("checkin", event.id), make)
        search = view.findChild(QWidget, "checkinSearch")
        if search is not None:
            search.setFocus()
        return view

    def open_table_plan(self) -> QWidget | None:
        from .service_messages import people_kept
        from .table_plan_view import TablePlanView

        event = self._event()
        if event is None or people_kept(self._window, self._project(), event):
            return None

        def make() -> QWidget:
            feed = getattr(self._window, "feed", None)
            view = TablePlanView(self._project(), event.id, event.title, self._window, feed=feed)
            view.setWindowTitle(self.tr("Table plan: %1").replace("%1", event.title))
            view.print_cards.connect(self.preview_table_cards)
            return view

        return self._show(("tables", event.id), make)

    def preview_table_cards(self, event_id: int) -> None:
        from ..services.table_cards import table_cards_for
        from .print_preview import DocumentPrinter

        try:
            document = table_cards_for(self._project(), event_id)
        except ValueError as exc:
            QMessageBox.information(self._window, self.tr("No Table Cards"), str(exc))
            return
        printer = DocumentPrinter(document, self._window)
        self._printers.append(printer)
        printer.preview()
