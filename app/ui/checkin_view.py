"""Check-in mode: a full window at the door, in large type, for finding and checking in people.

Typing finds people on every keystroke from an index in memory; every write (a check-in,
an undo, a walk-in) is an application command run on a worker. Another door's check-ins (a
second laptop on the same project file) reach it through the window's change feed, or, on its
own, by polling the file every two seconds.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import application
from ..application.checkin import AddWalkIn, CheckIn, UndoCheckIn
from ..domain import Registration, RegistrationStatus
from ..domain.checkin import parse_walk_in
from ..domain.formatting import format_time
from ..domain.people_search import PeopleIndex
from ..services import checkin
from ..storage import Project
from .accessible_names import name_controls
from .typed_fields import show_time, ui_lang
from .workers import Worker, run_in_pool

# More rows than fit on a laptop screen in large type are no help at a door.
SHOWN = 30
POLL_MS = 2000


def _state_job(project: Project, event_id: int, cancelled=None, report=None):
    fingerprint = project.checkins.fingerprint(event_id)
    state = checkin.door_state(project, event_id)
    return event_id, fingerprint, state, project.tables.seats_by_registration(event_id)


def _fingerprint_job(project: Project, event_id: int, cancelled=None, report=None):
    return event_id, project.checkins.fingerprint(event_id)


def _run_command(project: Project, command, cancelled=None, report=None):
    return application.run(project, command)


class CheckinView(QWidget):
    """The door: a search line, the people it finds, a walk-in line, counts, undo.

    Signals: changed(int event_id) after this door changed someone (for other pages),
    print_tag(object registration) when the user asks for a name tag on the spot.
    """

    changed = Signal(int)
    print_tag = Signal(object)

    def __init__(self, project: Project, event_id: int, title: str = "", parent=None, feed=None):
        super().__init__(parent)
        self.setObjectName("checkinView")
        self.project = project
        self.event_id = event_id
        self.people: dict[int, Registration] = {}
        self.tables: dict[int, int] = {}
        self.state: checkin.DoorState | None = None
        self._index = PeopleIndex([])
        self._fingerprint: tuple | None = None
        # The commands that take back this door's check-ins and walk-ins, newest last.
        self._undo: list = []
        self._busy = 0
        self._polling = False

        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        self.setFont(font)
        self.heading = QLabel(title)
        big = self.font()
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.heading.setFont(big)
        self.counts = QLabel()
        self.counts.setObjectName("checkinCounts")
        self.counts.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("checkinSearch")
        self.search.setPlaceholderText(self.tr("Type a few letters of a name or organisation"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._find)
        self.search.returnPressed.connect(self.check_in_selected)
        self.search.installEventFilter(self)
        self.results = QListWidget()
        self.results.setObjectName("checkinResults")
        self.results.setAccessibleName(self.tr("People found"))
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Rows of one height (always two lines, not wrapped nor elided) lay out and paint
        # without measuring each row's text on every keystroke (eliding cost 5-10 ms).
        self.results.setUniformItemSizes(True)
        self.results.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.results.setAlternatingRowColors(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.itemDoubleClicked.connect(lambda _item: self.check_in_selected())
        self.message = QLabel()
        self.message.setObjectName("checkinMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.walk_in = QLineEdit()
        self.walk_in.setObjectName("walkInLine")
        self.walk_in.setPlaceholderText(self.tr("Walk-in: name, organisation, group"))
        self.walk_in.returnPressed.connect(self.add_walk_in)
        # Room for a name at any text size (the buttons beside it took all of it at 200 %).
        self.walk_in.setMinimumWidth(self.walk_in.fontMetrics().horizontalAdvance("0" * 18))
        self.walk_in.installEventFilter(self)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.setEnabled(False)
        self.tags = None
        self.tag_button = QPushButton(self.tr("Print name tag"))
        self.tag_button.setObjectName("printTagButton")
        self.tag_button.clicked.connect(self._print_tag)
        self.tag_button.hide()
        self.tag_silent = QCheckBox(self.tr("Straight to the default printer"))
        self.tag_silent.setObjectName("printTagsWithoutDialog")
        self.tag_silent.setToolTip(self.tr("Print name tags without the print dialog"))
        self.tag_silent.hide()
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        # A laptop at a door: the whole screen for the list, F11 (or Esc) back again.
        QShortcut(QKeySequence("F11"), self, self.toggle_full_screen)
        QShortcut(QKeySequence("Esc"), self, self._leave_full_screen)

        walk_row = QHBoxLayout()
        walk_label = QLabel(self.tr("&Walk-in:"))
        walk_label.setBuddy(self.walk_in)
        walk_row.addWidget(walk_label)
        walk_row.addWidget(self.walk_in, 1)
        walk_row.addWidget(self.tag_button)
        walk_row.addWidget(self.tag_silent)
        walk_row.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.counts)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.message)
        layout.addLayout(walk_row)

        self._again = False  # changed elsewhere while reading: read once more
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        name_controls(self)
        self.reload()
        if feed is not None:
            # The window's change feed already reads the changes table: no second poll.
            feed.registrations_changed.connect(self.changed_elsewhere)
            feed.table_plan_changed.connect(self.changed_elsewhere)
        else:
            self.timer.start()

    # -- reading ---------------------------------------------------------------
    def reload(self) -> None:
        """Read the people and counts again (on a worker)."""
        self._busy += 1
        worker = Worker(_state_job, self.project, self.event_id)
        worker.signals.finished.connect(self._loaded)
        worker.signals.failed.connect(self._failed)
        run_in_pool(worker)

    def poll(self) -> None:
        """Ask the file whether anyone changed the list (another door, another window)."""
        if self._polling or self._busy:
            return
        self._polling = True
        worker = Worker(_fingerprint_job, self.project, self.event_id)
        worker.signals.finished.connect(self._polled)
        worker.signals.failed.connect(lambda _message: setattr(self, "_polling", False))
        run_in_pool(worker)

    def changed_elsewhere(self, event_id: int, _ids=None) -> None:
        """Another window or door changed this event's people or tables: read them again."""
        if event_id != self.event_id:
            return
        if self._busy:
            self._again = True
        else:
            self.reload()

    def _polled(self, result) -> None:
        self._polling = False
        event_id, fingerprint = result
        if event_id == self.event_id and fingerprint != self._fingerprint and not self._busy:
            self.reload()

    def _loaded(self, result) -> None:
        self._busy = max(0, self._busy - 1)
        event_id, fingerprint, state, tables = result
        if event_id != self.event_id:
            return
        if self._again and not self._busy:
            self._again = False
            self.reload()
        self._fingerprint = fingerprint
        self.state = state
        self.people = {r.id: r for r in state.people}
        self.tables = tables
        self._index = PeopleIndex(state.people)
        self._show_counts()
        self._find(self.search.text(), keep=True)

    def _failed(self, message: str) -> None:
        self._busy = max(0, self._busy - 1)
        self._say(message)

    # -- finding ---------------------------------------------------------------
    def _find(self, text: str, keep: bool = False) -> None:
        current = self.selected_id() if keep else None
        found = self._index.find(text)
        rows: list[tuple[str, int | None]] = [
            (self._row_text(self.people[i]), i) for i in found[:SHOWN]
        ]
        if len(found) > SHOWN:
            more = self.tr("… and %1 more: type more letters").replace(
                "%1", str(len(found) - SHOWN)
            )
            rows.append((more + "\n", None))
        # The rows are reused, not made anew: on every keystroke only texts change.
        self.results.setUpdatesEnabled(False)
        while self.results.count() > len(rows):
            self.results.takeItem(self.results.count() - 1)
        while self.results.count() < len(rows):
            self.results.addItem(QListWidgetItem())
        chosen = 0 if rows else -1
        for row, (label, person_id) in enumerate(rows):
            item = self.results.item(row)
            item.setText(label)
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            enabled = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            item.setFlags(enabled if person_id is not None else Qt.ItemFlag.NoItemFlags)
            if person_id is not None and person_id == current:
                chosen = row
        self.results.setCurrentRow(chosen)
        self.results.setUpdatesEnabled(True)

    def _row_text(self, r: Registration) -> str:
        """Two lines: who and where they stand, then organisation and group (wrapped)."""
        first = [r.name or r.email]
        status = self._status_text(r)
        if status:
            first.append(status)
        table = self.tables.get(r.id) if r.id is not None else None
        if table is not None:
            first.append(self.tr("Table %1").replace("%1", str(table)))
        second = "   ·   ".join(p for p in (r.organisation, r.invitee_group) if p)
        # Always two lines, so every row has one height and the list lays out at once.
        return "   —   ".join(first) + "\n" + second

    def _status_text(self, r: Registration) -> str:
        if r.status == RegistrationStatus.ATTENDED:
            when = show_time(r.checked_in_at.time()) if r.checked_in_at else ""
            text = self.tr("walk-in, arrived %1") if r.walk_in else self.tr("arrived %1")
            return text.replace("%1", when).strip()
        if r.status == RegistrationStatus.WAITLISTED:
            return self.tr("on the waiting list")
        if r.status == RegistrationStatus.CANCELLED:
            return self.tr("cancelled")
        if r.status == RegistrationStatus.NO_SHOW:
            return self.tr("marked as no-show")
        return ""

    def selected_id(self) -> int | None:
        item = self.results.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return int(value) if value is not None else None

    def eventFilter(self, watched, event) -> bool:
        if event.type() == event.Type.KeyPress and event.matches(QKeySequence.StandardKey.Undo):
            # The door's undo, not the line's: what was typed is cheap, a check-in is not.
            self.undo()
            return True
        # Up and Down move through the people found while the typing stays in the search line.
        if watched is self.search and event.type() == event.Type.KeyPress:
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(event.key())
            if step is not None and self.results.count():
                row = min(max(self.results.currentRow() + step, 0), self.results.count() - 1)
                if self.results.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
                    self.results.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    # -- writing ---------------------------------------------------------------
    def check_in_selected(self) -> None:
        person_id = self.selected_id()
        if person_id is None:
            self._say(self.tr("Nobody found: type more of the name, or add a walk-in below."))
            return
        person = self.people[person_id]
        if person.status == RegistrationStatus.ATTENDED:
            self._say_arrived(person)
            return
        self._run(CheckIn(self.event_id, person_id))

    def add_walk_in(self) -> None:
        parsed = parse_walk_in(self.walk_in.text())
        if parsed is None:
            self._say(self.tr("Type the walk-in's name first (then organisation and group)."))
            return
        name, organisation, group = parsed
        self._run(AddWalkIn(self.event_id, name, organisation, group))

    def undo(self) -> None:
        if not self._undo:
            return
        command = self._undo.pop()
        self.undo_button.setEnabled(bool(self._undo))
        self._run(command)

    def _run(self, command) -> None:
        self._busy += 1
        worker = Worker(_run_command, self.project, command)
        worker.signals.finished.connect(lambda result: self._written(command, result))
        worker.signals.failed.connect(self._failed)
        run_in_pool(worker)

    def _written(self, command, result) -> None:
        self._busy = max(0, self._busy - 1)
        value = result.value
        if isinstance(command, CheckIn):
            if value.already:
                self._say_arrived(value.registration)
            else:
                self._say(self.tr("%1 checked in.").replace("%1", value.registration.name))
                self.search.selectAll()  # the next letters typed start a new search
        elif isinstance(command, AddWalkIn):
            self.walk_in.clear()
            self._say(self.tr("%1 added as a walk-in and checked in.").replace("%1", value.name))
            self.search.setText(value.name)
            self.search.selectAll()
        elif isinstance(command, UndoCheckIn):
            self._say(self.tr("Check-in of %1 undone.").replace("%1", value.name))
        else:
            self._say(self.tr("Walk-in removed again."))
        if result.inverse is not None and isinstance(command, (CheckIn, AddWalkIn)):
            self._undo.append(result.inverse)
        self.undo_button.setEnabled(bool(self._undo))
        self.search.setFocus()
        self.reload()
        self.changed.emit(self.event_id)

    # -- telling ---------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.message.setText(text)

    def _say_arrived(self, person: Registration) -> None:
        if person.checked_in_at is None:  # marked as attended by an import: no time known
            self._say(self.tr("%1 has already arrived.").replace("%1", person.name))
            return
        when = format_time(person.checked_in_at.time(), ui_lang())
        self._say(
            self.tr("%1 has already arrived, at %2.").replace("%1", person.name).replace("%2", when)
        )

    def _show_counts(self) -> None:
        if self.state is None:
            return
        c = self.state.counts
        parts = [
            self.tr("Arrived: %1").replace("%1", str(c.arrived)),
            self.tr("Expected: %1").replace("%1", str(c.expected)),
            self.tr("Walk-ins: %1").replace("%1", str(c.walk_ins)),
            self.tr("Not yet arrived: %1").replace("%1", str(c.not_arrived)),
        ]
        if self.state.capacity is not None:
            taken, capacity = self.state.seats_taken, self.state.capacity
            parts.append(
                self.tr("Seats taken: %1 of %2")
                .replace("%1", str(taken))
                .replace("%2", str(capacity))
            )
            if taken > capacity:  # walk-ins past the room's seats: the door must know
                parts.append(self.tr("%1 over capacity").replace("%1", str(taken - capacity)))
        if self.state.waitlisted:
            parts.append(self.tr("Waiting list: %1").replace("%1", str(self.state.waitlisted)))
        self.counts.setText("     ".join(parts))

    def enable_tags(self, printer) -> None:
        """Offer name tags on the spot through `printer` (a SpotTagPrinter; None: none)."""
        self.tags = printer
        self.tag_button.setVisible(printer is not None)
        self.tag_silent.setVisible(printer is not None)
        if printer is not None:
            self.tag_silent.setChecked(printer.without_dialog())
            self.tag_silent.toggled.connect(printer.set_without_dialog)
            printer.printed.connect(
                lambda name: self._say(self.tr("Name tag of %1 printed.").replace("%1", name))
            )
            printer.failed.connect(self._say)

    def _print_tag(self) -> None:
        person_id = self.selected_id()
        if person_id is None:
            self._say(self.tr("Find the person first, then print their name tag."))
            return
        person = self.people[person_id]
        if not person.is_confirmed:
            self._say(
                self.tr("Check %1 in first, then print their name tag.").replace("%1", person.name)
            )
            return
        self.print_tag.emit(person)
        if self.tags is not None:
            self.tags.print_tag(self.project, self.event_id, person)

    def _leave_full_screen(self) -> None:
        if self.isFullScreen():
            self.showMaximized()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showMaximized()
        else:
            self.showFullScreen()

    def closeEvent(self, event) -> None:
        self.timer.stop()
        super().closeEvent(event)
