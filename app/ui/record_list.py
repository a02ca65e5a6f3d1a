"""The venue or event list of a page as a table: sorting, hidden column and column widths.

Shared by the Venues and Events pages and by the first look the window shows while their
project opens (opening_view.py), so the list looks the same before and after. Imports no
storage: the first look is shown while SQLAlchemy still loads.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

from .list_models import EventListModel, VenueListModel
from .record_table_model import SORT_ROLE


@dataclass(frozen=True)
class ListShape:
    """How a kind of record is listed: the column that takes the spare width, the column
    hidden, and the column and order it is sorted by."""

    stretch: int
    hidden: int
    sort_column: int
    order: Qt.SortOrder


SHAPES = {
    # The postal code gives way to the name (searching still finds it): with four columns
    # in the list, longer venue names were cut.
    "venue": ListShape(
        VenueListModel.NAME,
        VenueListModel.POSTAL_CODE,
        VenueListModel.NAME,
        Qt.SortOrder.AscendingOrder,
    ),
    "event": ListShape(
        EventListModel.TITLE,
        EventListModel.KIND,
        EventListModel.DATE,
        Qt.SortOrder.DescendingOrder,
    ),
}


class RecordList(QTableView):
    """A sorted, searchable (through `proxy`) list of `list_model`'s records, one row
    chosen at a time, its columns fitted to their contents once per change."""

    FIT_ROWS = 300  # rows measured: the first screens and more; longer texts are elided

    def __init__(self, list_model, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordList")
        shape = SHAPES[kind]
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(list_model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        # Not ResizeToContents: Qt then measures every cell again on each reset, sort and
        # edit, which took 0.5 s of a File > Open with 1,000 events. The columns are
        # fitted once per change instead (fit_columns), and the user may resize them.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(shape.stretch, QHeaderView.ResizeMode.Stretch)
        self._stretch_column = shape.stretch
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_columns)
        for signal in (list_model.modelReset, list_model.dataChanged, list_model.layoutChanged):
            signal.connect(self._fit_timer.start)
        header.setSortIndicatorShown(True)
        self.sortByColumn(shape.sort_column, shape.order)
        self.hideColumn(shape.hidden)

    def fit_columns(self) -> None:
        """Each column (but the stretching one) as wide as its heading and its first rows."""
        model, header = self.model(), self.horizontalHeader()
        metrics = self.fontMetrics()
        head_metrics = header.fontMetrics()
        padding = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 12
        rows = min(model.rowCount(), self.FIT_ROWS)
        for column in range(model.columnCount()):
            if column == self._stretch_column:
                continue
            heading = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = head_metrics.horizontalAdvance(heading) + padding + 16  # the sort arrow
            for row in range(rows):
                text = model.index(row, column).data()
                if text:
                    width = max(width, metrics.horizontalAdvance(str(text)) + padding)
            header.resizeSection(column, min(width, 320))
