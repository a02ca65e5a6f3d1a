"""A page of the main window: a searchable list of records beside the editor of the current one."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..application.records import SaveRecord
from .change_labels import describe
from .edit_history import EditHistory
from .record_list import RecordList
from .service_messages import message_text


class RecordPage(QWidget):
    """List + editor for one kind of record (`kind` venue or event) stored in `repo`;
    changes go through `history` (the application layer, off the UI thread, undoable).

    Signals: records_changed() after any stored change (edit, add, delete, undo),
    message(str) for the status bar.
    """

    records_changed = Signal()
    message = Signal(str)

    def __init__(
        self,
        repo,
        kind: str,
        list_model,
        editor,
        history: EditHistory,
        parent=None,
    ):
        super().__init__(parent)
        self.repo = repo
        self.kind = kind
        self.history = history
        history.moved.connect(self._moved)
        self.list_model = list_model
        self.editor = editor
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.view = RecordList(list_model, kind)
        self.proxy = self.view.proxy
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.add_new)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_current)
        # The buttons' keys, for those who work without a mouse: Ctrl+Shift+N in the window
        # while the page is shown (a hidden page's key does not fire), Delete in the list
        # (the editor's fields keep Delete for their text).
        new_key = QShortcut(QKeySequence("Ctrl+Shift+N"), self, self.add_new)
        new_key.setContext(Qt.ShortcutContext.WindowShortcut)
        self.new_button.setToolTip(new_key.key().toString(QKeySequence.SequenceFormat.NativeText))

        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.view, self.delete_current)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_button.setToolTip(
            delete_key.key().toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.search)
        ll.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        ll.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(editor)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([480, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        editor.save_requested.connect(self._save_requested)

    # -- to be given by each kind ----------------------------------------
    def new_record(self):
        raise NotImplementedError

    def show_record(self, record) -> None:
        raise NotImplementedError

    def record_name(self, record) -> str:
        raise NotImplementedError

    def after_reload(self, records: list) -> None:
        """Hook: the list was reloaded (update warnings, dependent choices)."""

    # -- list ------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        current = self.current_id() if select_id is None else select_id
        records = self.repo.all()
        self.list_model.set_rows(records)
        self.after_reload(records)
        self.select(current)
        if self.current_id() is None and self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        if self.current_id() is None:
            self.show_record(None)

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.list_model.record(self.proxy.mapToSource(index).row()).id

    def current_record(self):
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return copy.deepcopy(self.list_model.record(self.proxy.mapToSource(index).row()))

    def select(self, record_id: int | None) -> bool:
        row = self.list_model.row_of(record_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.list_model.index(row, 0))
        if not index.isValid():  # filtered out: clear the search so it shows
            self.search.clear()
            index = self.proxy.mapFromSource(self.list_model.index(row, 0))
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def _current_changed(self, current, _previous) -> None:
        self.show_record(self.current_record() if current.isValid() else None)

    # -- edits -----------------------------------------------------------
    def _push(self, before, after, text: str, then=None) -> None:
        record_id = (before or after).id

        def done(result) -> None:
            self._applied(result.value, result.value.id if result.value is not None else None)
            if then is not None:
                then()

        self.history.execute(
            SaveRecord(self.kind, record_id, before, after),  # type: ignore[arg-type]
            lambda result: describe(result.differences, text),
            self.kind,
            record_id,
            done=done,
            refused=lambda message, conflict: self._failed(
                message + " " + self.tr("It has been reloaded; make your change again.")
                if conflict
                else message
            ),
        )
        if after is not None and before is not None:
            self.editor.adopt(after)

    def changed_elsewhere(self, record_id: int, record) -> None:
        """Another window stored (or deleted, `record` None) one of these records."""
        if record is not None and self.list_model.replace(record):
            self.after_reload(self.list_model.records())
            if self.current_id() == record_id and not self.history.is_busy():
                self.show_record(copy.deepcopy(record))
        else:
            self.reload()
        self.records_changed.emit()

    def _moved(self, kind: str, target, result) -> None:
        """An undo or redo of one of this page's records: show the record as it is now."""
        if kind == self.kind:
            self._applied(result.value, result.value.id if result.value is not None else target)

    def _save_requested(self, before, after, text: str) -> None:
        self._push(before, after, text)

    def set_read_only(self, read_only: bool) -> None:
        """Show the records without offering to change them (a read-only project): the
        editor's tabs can still be browsed, their contents cannot be changed."""
        for widget in (self.new_button, self.delete_button):
            widget.setEnabled(not read_only)
        tabs = self.editor.tabs
        for index in range(tabs.count()):
            page = tabs.widget(index)
            if page is not None:
                page.setEnabled(not read_only)

    def add_new(self) -> None:
        # Until the new record is stored and shown, nothing typed may go to the one before.
        self.editor.setEnabled(False)
        self._push(
            None,
            self.new_record(),
            self.tr("Add %1").replace("%1", self.record_name(None)),
            then=self._start_new_record,
        )

    def _start_new_record(self) -> None:
        # A new record (shown once stored) starts on the editor's first tab, whichever tab
        # the last one showed, with its name selected so typing replaces "New venue".
        self.editor.tabs.setCurrentIndex(0)
        first = self.editor.form.first_field()
        if isinstance(first, QLineEdit):
            first.setFocus()
            first.selectAll()

    def delete_current(self) -> None:
        record = self.current_record()
        if record is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            self.tr("Delete “%1”? You can undo this with Edit > Undo.").replace(
                "%1", self.record_name(record)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._push(record, None, self.tr("Delete %1").replace("%1", self.record_name(record)))

    def _applied(self, record, record_id: int | None) -> None:
        if record is not None and self.history.is_busy() and self.list_model.replace(record):
            # More edits of the user's are queued: the editor already shows them, and
            # showing this earlier state would take back what they are typing.
            self.after_reload(self.list_model.records())
            self.records_changed.emit()
            return
        if record is not None and self.list_model.replace(record):
            # An edit of a listed record: update its row, not the whole list.
            self.after_reload(self.list_model.records())
            self.select(record.id)
            self.show_record(copy.deepcopy(record))
        else:
            self.reload(select_id=record_id if record is not None else None)
        self.records_changed.emit()

    def _failed(self, message: str) -> None:
        message = message_text(message)
        self.message.emit(message)
        QMessageBox.warning(self, self.tr("Not saved"), message)
        self.reload()
