"""The dialog that shows the first rows of a file and lets the user say what each column holds."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services.registration_import import FIELDS, SourceTable
from ..services.registration_import.fields import MEAL_PREFIX, NAME_FIELDS
from ..services.registration_import.table import cell_text

PREVIEW_ROWS = 20


class ColumnMappingDialog(QDialog):
    """Preview of the first rows with a choice of field above each column.

    After accept, `mapping()` is the field (or None) per column and `remember()`
    says whether to keep it for files with the same columns.
    """

    def __init__(
        self,
        table: SourceTable,
        mapping: list[str | None],
        parent: QWidget | None = None,
        meals: list[str] | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Columns of %1").replace("%1", table.file_name))
        self._table = table
        labels = self._field_labels()
        intro = QLabel(self._intro(table))
        intro.setWordWrap(True)
        self.preview = QTableWidget(min(PREVIEW_ROWS, len(table.rows)) + 1, len(table.headers))
        self.preview.setAccessibleName(self.tr("The first rows of the file"))
        self.preview.setHorizontalHeaderLabels(
            [
                h or self.tr("Column %1").replace("%1", str(c + 1))
                for c, h in enumerate(table.headers)
            ]
        )
        self.preview.setVerticalHeaderLabels(
            [self.tr("Holds")] + [str(n) for n in table.row_numbers[:PREVIEW_ROWS]]
        )
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.combos: list[QComboBox] = []
        for column in range(len(table.headers)):
            combo = QComboBox()
            combo.addItem(self.tr("(leave out)"), None)
            for field in FIELDS:
                combo.addItem(labels[field], field)
            for meal in meals or []:  # a yes/no column: who takes part in this meal
                combo.addItem(self.tr("Takes part in: %1").replace("%1", meal), MEAL_PREFIX + meal)
            chosen = mapping[column] if column < len(mapping) else None
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.currentIndexChanged.connect(self._check)
            self.preview.setCellWidget(0, column, combo)
            self.combos.append(combo)
        for row_index, row in enumerate(table.rows[:PREVIEW_ROWS]):
            for column in range(len(table.headers)):
                item = QTableWidgetItem(cell_text(table.cell(row, column)))
                self.preview.setItem(row_index + 1, column, item)
        self._dim_left_out()
        self.preview.resizeColumnsToContents()
        for column in range(len(table.headers)):
            width = max(self.preview.columnWidth(column), self.combos[column].sizeHint().width())
            self.preview.setColumnWidth(column, min(width, 260))
        self.remember_box = QCheckBox(self.tr("Remember for files with these columns"))
        self.remember_box.setChecked(True)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b3261e")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.remember_box)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(900, 480)
        self._check()

    def _intro(self, table: SourceTable) -> str:
        where = [table.file_name]
        if table.sheet:
            where.append(self.tr("sheet %1").replace("%1", table.sheet))
        if table.encoding:
            where.append(table.encoding)
        if table.delimiter:
            names = {
                ",": self.tr("comma"),
                ";": self.tr("semicolon"),
                "\t": self.tr("tab"),
                "|": self.tr("vertical bar"),
            }
            where.append(names.get(table.delimiter, table.delimiter))
        return self.tr(
            "%1: %Ln row(s). Choose what each column holds; the first rows are shown "
            "below. Columns left out are not imported.",
            "",
            len(table.rows),
        ).replace("%1", ", ".join(where))

    def _field_labels(self) -> dict[str, str]:
        return {
            "full_name": self.tr("Name (whole)"),
            "first_name": self.tr("First name"),
            "last_name": self.tr("Last name"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "organisation": self.tr("Organisation"),
            "role": self.tr("Role"),
            "invitee_group": self.tr("Invitee group"),
            "dietary": self.tr("Dietary needs"),
            "accessibility": self.tr("Accessibility needs"),
            "by_car": self.tr("Arrives by car"),
            "accessible_parking": self.tr("Needs accessible parking"),
            "comment": self.tr("Comment"),
            "status": self.tr("Status"),
            "registered_at": self.tr("Registered at"),
            "registered_time": self.tr("Registration time"),
            "checked_in": self.tr("Attended"),
            "source_id": self.tr("Id in the form"),
        }

    def _dim_left_out(self) -> None:
        """Grey the preview of columns that will not be imported."""
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        normal = self.palette().color(QPalette.ColorRole.Text)
        for column, field in enumerate(self.mapping()):
            for row in range(1, self.preview.rowCount()):
                item = self.preview.item(row, column)
                if item is not None:
                    item.setForeground(normal if field else grey)

    def _check(self) -> None:
        self._dim_left_out()
        ok = any(f in NAME_FIELDS for f in self.mapping())
        self.message.setText(
            "" if ok else self.tr("Choose the column with the name (or first and last name).")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def mapping(self) -> list[str | None]:
        return [combo.currentData() for combo in self.combos]

    def set_field(self, column: int, field: str | None) -> None:
        self.combos[column].setCurrentIndex(self.combos[column].findData(field))

    def remember(self) -> bool:
        return self.remember_box.isChecked()
