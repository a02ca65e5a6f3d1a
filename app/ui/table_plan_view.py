"""The table plan of an event: make it, see each table, drag people between tables.

A person dragged to another table keeps that seat when the plan is made again (a fixed
seat). Every change is an application command run on a worker; Ctrl+Z takes it back.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .. import application
from ..application.tables import MakeTablePlan, MoveToTable, SetFacilitator
from ..domain.table_plan import SeatRule, SeatRuleKind
from ..services.table_plans import PlanSummary, seated_people, summarise
from ..storage import Project
from .workers import Worker, run_in_pool

MIME = "application/x-venueplan-registration"
COLUMNS = 4


def _load_job(project: Project, event_id: int, cancelled=None, report=None):
    plan = project.tables.get(event_id)
    people = project.registrations.for_event(event_id)
    waiting = len(seated_people(people))
    return event_id, (summarise(plan, people) if plan is not None else None), waiting


def _run_job(project: Project, command, cancelled=None, report=None):
    return application.run(project, command)


class TableList(QListWidget):
    """The people at one table (or without one); a person dropped here moves to it.

    Signals: dropped(int registration_id, object table) - table None is "no table".
    """

    dropped = Signal(int, object)

    def __init__(self, table: int | None, parent=None):
        super().__init__(parent)
        self.table = table
        self.setObjectName(f"table{table}" if table is not None else "unseated")
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def mimeData(self, items) -> QMimeData:  # noqa: N802 - Qt override
        data = QMimeData()
        if items:
            person = items[0].data(Qt.ItemDataRole.UserRole)
            data.setData(MIME, str(person).encode())
        return data

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [MIME]

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        # The plan, not Qt, moves the person: the lists are drawn again from it.
        raw = bytes(event.mimeData().data(MIME).data()).decode() if event.mimeData() else ""
        if not raw.isdigit():
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.dropped.emit(int(raw), self.table)


class TablePlanView(QWidget):
    """Tables and seats, a button to make the plan, the tables as lists, table cards.

    Signals: print_cards(int event_id) when the user asks for the table cards.
    """

    print_cards = Signal(int)

    def __init__(self, project: Project, event_id: int, title: str = "", parent=None, feed=None):
        super().__init__(parent)
        self.setObjectName("tablePlanView")
        self.project = project
        self.event_id = event_id
        self.summary: PlanSummary | None = None
        self.lists: dict[int | None, TableList] = {}
        self._undo: list = []
        self._busy = 0
        self._pair_first: int | None = None  # chosen first for a together/apart pair

        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.tables = QSpinBox()
        self.tables.setObjectName("tableCount")
        self.tables.setRange(1, 500)
        self.tables.setValue(8)
        self.seats = QSpinBox()
        self.seats.setObjectName("seatsPerTable")
        self.seats.setRange(1, 100)
        self.seats.setValue(8)
        self.make_button = QPushButton(self.tr("Make the plan"))
        self.make_button.clicked.connect(self.make_plan)
        self.again_button = QPushButton(self.tr("Another plan"))
        self.again_button.setToolTip(self.tr("Another seating just as mixed (fixed seats stay)"))
        self.again_button.clicked.connect(lambda: self.make_plan(new_seed=True))
        self.cards_button = QPushButton(self.tr("Print table cards…"))
        self.cards_button.clicked.connect(lambda: self.print_cards.emit(self.event_id))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        tables_label = QLabel(self.tr("&Tables:"))
        tables_label.setBuddy(self.tables)
        seats_label = QLabel(self.tr("&Seats per table:"))
        seats_label.setBuddy(self.seats)
        bar = QHBoxLayout()
        for widget in (tables_label, self.tables, seats_label, self.seats, self.make_button):
            bar.addWidget(widget)
        bar.addWidget(self.again_button)
        bar.addStretch(1)
        bar.addWidget(self.cards_button)
        bar.addWidget(self.undo_button)
        self.status = QLabel()
        self.status.setObjectName("tablePlanStatus")
        self.status.setWordWrap(True)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        self._update_buttons()
        self.reload()
        if feed is not None:  # another window moved someone, or people came and went
            feed.table_plan_changed.connect(self._changed_elsewhere)
            feed.registrations_changed.connect(self._changed_elsewhere)

    def _changed_elsewhere(self, event_id: int, _ids=None) -> None:
        if event_id == self.event_id and not self._busy:
            self.reload()

    # -- reading ---------------------------------------------------------------
    def reload(self) -> None:
        self._busy += 1
        worker = Worker(_load_job, self.project, self.event_id)
        worker.signals.finished.connect(self._loaded)
        worker.signals.failed.connect(self._failed)
        run_in_pool(worker)

    def _loaded(self, result) -> None:
        self._busy = max(0, self._busy - 1)
        event_id, summary, count = result
        if event_id != self.event_id:
            return
        self.summary = summary
        if summary is None:
            if count:  # enough tables of the seats chosen for everyone to be seated
                self.tables.setValue(max(1, -(-count // self.seats.value())))
            self._show_tables()
            self.status.setText(
                self.tr("No table plan yet: choose tables and seats, then Make the plan.")
                if count
                else self.tr("The event has no participants to seat yet.")
            )
        else:
            self.tables.setValue(summary.plan.table_count)
            self.seats.setValue(summary.plan.seats_per_table)
            self._show_tables()
            self.status.setText(self._status_text(summary))
        self._update_buttons()

    def _failed(self, message: str) -> None:
        self._busy = max(0, self._busy - 1)
        self.status.setText(message)
        self._update_buttons()

    def _status_text(self, s: PlanSummary) -> str:
        text = (
            self.tr(
                "%1 seated at %2 tables. Same-organisation pairs at a table: %3 (a random seating: %4)."
            )
            .replace("%1", str(len(s.plan.tables)))
            .replace("%2", str(s.plan.table_count))
            .replace("%3", str(s.pairs))
            .replace("%4", str(s.random_pairs))
        )
        if s.unseated:
            text += " " + self.tr("%1 without a table: add tables or seats.").replace(
                "%1", str(len(s.unseated))
            )
        return text

    def _show_tables(self) -> None:
        while self.grid.count():
            old = self.grid.takeAt(0)
            widget = old.widget() if old is not None else None
            if widget is not None:
                # Out of the window at once, so nothing finds the old tables any more.
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.lists = {}
        s = self.summary
        if s is None:
            return
        numbers: list[int | None] = list(range(1, s.plan.table_count + 1))
        if s.unseated:
            numbers.append(None)
        for index, number in enumerate(numbers):
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            people = s.table(number) if number is not None else [s.people[i] for i in s.unseated]
            title = (
                self.tr("Table %1 (%2 of %3)")
                .replace("%1", str(number))
                .replace("%2", str(len(people)))
                .replace("%3", str(s.plan.seats_per_table))
                if number is not None
                else self.tr("Without a table (%1)").replace("%1", str(len(people)))
            )
            label = QLabel(title)
            label.setObjectName(f"tableTitle{number}" if number is not None else "unseatedTitle")
            bold = label.font()
            bold.setBold(True)
            label.setFont(bold)
            listing = TableList(number)
            listing.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            listing.customContextMenuRequested.connect(
                lambda pos, w=listing: self._context_menu(w, pos)
            )
            for r in people:
                text = r.name + (f" · {r.organisation}" if r.organisation else "")
                marks = []
                if r.id in s.plan.facilitators:
                    marks.append(self.tr("facilitator"))
                if r.id in s.plan.fixed:
                    marks.append(self.tr("fixed"))
                if marks:
                    text += f"  ({', '.join(marks)})"
                entry = QListWidgetItem(text)
                entry.setData(Qt.ItemDataRole.UserRole, r.id)
                entry.setToolTip(r.invitee_group)
                listing.addItem(entry)
            listing.dropped.connect(self.move_person)
            column.addWidget(label)
            column.addWidget(listing)
            self.lists[number] = listing
            self.grid.addWidget(box, index // COLUMNS, index % COLUMNS)

    def _context_menu(self, listing: TableList, pos) -> None:
        item = listing.itemAt(pos)
        if item is None or self.summary is None:
            return
        person = int(item.data(Qt.ItemDataRole.UserRole))
        plan = self.summary.plan
        menu = QMenu(self)
        leads = person in plan.facilitators
        toggle = menu.addAction(
            self.tr("Not a facilitator") if leads else self.tr("Facilitator of the table")
        )
        toggle.triggered.connect(
            lambda: self._run(SetFacilitator(self.event_id, person, not leads))
        )
        menu.addSeparator()
        first = self._pair_first
        if first is not None and first != person and first in self.summary.people:
            name = self.summary.people[first].name
            for kind, text in (
                (SeatRuleKind.TOGETHER, self.tr("Sit together with %1")),
                (SeatRuleKind.APART, self.tr("Sit apart from %1")),
            ):
                action = menu.addAction(text.replace("%1", name))
                action.triggered.connect(
                    lambda _=False, k=kind: self._add_rule(SeatRule(k, first, person))
                )
        pick = menu.addAction(self.tr("Choose for a pair (together or apart)"))
        pick.triggered.connect(lambda: self._choose_first(person))
        menu.popup(listing.viewport().mapToGlobal(pos))

    def _choose_first(self, person: int) -> None:
        self._pair_first = person
        if self.summary is not None and person in self.summary.people:
            self.status.setText(
                self.tr(
                    "Now right-click the person who must sit together with or apart from %1."
                ).replace("%1", self.summary.people[person].name)
            )

    def _add_rule(self, rule: SeatRule) -> None:
        """Keep the rule with the plan and seat everyone again by it (fixed seats stay)."""
        self._pair_first = None
        plan = self.summary.plan if self.summary is not None else None
        if plan is None:
            return
        self._run(
            MakeTablePlan(
                self.event_id, plan.table_count, plan.seats_per_table, plan.seed, rules=[rule]
            )
        )

    # -- writing ---------------------------------------------------------------
    def make_plan(self, new_seed: bool = False) -> None:
        seed = None
        if new_seed and self.summary is not None:
            seed = self.summary.plan.seed + 1
        self._run(MakeTablePlan(self.event_id, self.tables.value(), self.seats.value(), seed))

    def move_person(self, registration_id: int, table: int | None) -> None:
        if self.summary is None or self.summary.plan.tables.get(registration_id) == table:
            return
        self._run(MoveToTable(self.event_id, registration_id, table))

    def undo(self) -> None:
        if self._undo:
            self._run(self._undo.pop(), undoing=True)

    def _run(self, command, undoing: bool = False) -> None:
        self._busy += 1
        self._update_buttons()
        worker = Worker(_run_job, self.project, command)
        worker.signals.finished.connect(lambda result: self._done(result, undoing))
        worker.signals.failed.connect(self._failed)
        run_in_pool(worker)

    def _done(self, result, undoing: bool) -> None:
        self._busy = max(0, self._busy - 1)
        if not undoing and result.inverse is not None:
            self._undo.append(result.inverse)
        self.reload()

    def _update_buttons(self) -> None:
        idle = not self._busy
        has_plan = self.summary is not None
        self.make_button.setEnabled(idle)
        self.again_button.setEnabled(idle and has_plan)
        self.cards_button.setEnabled(has_plan)
        self.undo_button.setEnabled(idle and bool(self._undo))
