"""The registration table, its filter and the registrations view, as a coordinator uses them."""

import datetime as dt

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from registration_exports import MSFORMS_EN, write_csv, write_xlsx

from app.domain import Registration, RegistrationStatus
from app.ui import registration_table_model as cols
from app.ui.column_mapping_dialog import ColumnMappingDialog
from app.ui.registration_dialog import RegistrationDialog
from app.ui.registration_filter import RegistrationFilterProxy
from app.ui.registration_table_model import SORT_ROLE, RegistrationTableModel
from app.ui.registrations_view import RegistrationsView
from app.ui.workers import active_workers

R, W, C = RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED, RegistrationStatus.CANCELLED


def people():
    t = dt.datetime(2024, 4, 1, 9)
    return [
        Registration(
            id=1,
            first_name="Åse",
            last_name="Øster",
            email="aase@ishoj.dk",
            organisation="Ishøj Kommune",
            invitee_group="Politikere",
            registered_at=t,
        ),
        Registration(
            id=2,
            first_name="Bo",
            last_name="Holm",
            email="bo@greve.dk",
            organisation="Greve Kommune",
            invitee_group="Direktører",
            status=W,
            registered_at=t + dt.timedelta(hours=2),
            late=True,
        ),
        Registration(
            id=3,
            full_name="Søren Trier Høisgaard",
            email="sth@egedal.dk",
            organisation="Egedal",
            invitee_group="Direktører",
            status=C,
        ),
        Registration(
            id=4,
            first_name="Anna",
            last_name="Zink",
            email="anna@greve.dk",
            organisation="greve kommune",
            status=W,
            by_car=True,
            registered_at=t + dt.timedelta(hours=1),
        ),
    ]


def cell(model, row, column, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def test_the_model_passes_the_model_tester(qtmodeltester):
    model = RegistrationTableModel()
    model.set_registrations(people())
    qtmodeltester.check(model)
    proxy = RegistrationFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search("greve")
    qtmodeltester.check(proxy)
    # The testers stay attached: filtering, sorting, edits and resets are checked too.
    proxy.set_status(W)
    model.sort(cols.NAME, Qt.SortOrder.DescendingOrder)
    anna = model.registration(model.row_of(4))
    anna.status = R
    model.replace([anna])
    assert proxy.rowCount() == 1
    proxy.set_status(None)
    proxy.set_search("")
    model.set_registrations(people()[:2])
    assert proxy.rowCount() == 2


def test_the_selection_stays_on_its_person_through_filters_and_sorting(qtbot):
    from PySide6.QtWidgets import QTableView

    model = RegistrationTableModel()
    model.set_registrations(people())
    proxy = RegistrationFilterProxy()
    proxy.setSourceModel(model)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(proxy)
    table.selectRow(1)  # Bo Holm
    proxy.set_search("greve")
    model.sort(cols.NAME)
    selected = table.selectionModel().selectedRows()
    assert [proxy.data(i) for i in selected] == ["Bo Holm"]
    proxy.set_search("anna")
    assert table.selectionModel().selectedRows() == []


def test_cells_show_what_the_coordinator_reads(qapp):
    model = RegistrationTableModel()
    model.set_registrations(people())
    assert model.headerData(cols.NAME, Qt.Orientation.Horizontal) == "Name"
    assert [
        cell(model, 0, c)
        for c in (cols.NAME, cols.EMAIL, cols.ORGANISATION, cols.STATUS, cols.REGISTERED_AT)
    ] == ["Åse Øster", "aase@ishoj.dk", "Ishøj Kommune", "Registered", "1 Apr 2024 09:00"]
    # The waiting list is numbered in registration order: Anna (10.00) before Bo (11.00).
    assert cell(model, 3, cols.STATUS) == "Waitlisted (1)"
    assert cell(model, 1, cols.STATUS) == "Waitlisted (2)"
    assert cell(model, 1, cols.LATE) == "Late" and cell(model, 0, cols.LATE) == ""
    assert cell(model, 3, cols.BY_CAR) == "✓"
    assert cell(model, 2, cols.NAME) == "Søren Trier Høisgaard"


def test_sorting_by_name_is_danish_and_keeps_the_selection_on_the_person(qapp):
    model = RegistrationTableModel()
    model.set_registrations(people())
    model.sort(cols.NAME)
    # By family name, with Ø after Z as in a Danish list.
    assert [cell(model, r, cols.NAME) for r in range(4)] == [
        "Bo Holm",
        "Søren Trier Høisgaard",
        "Anna Zink",
        "Åse Øster",
    ]
    assert cell(model, 0, cols.NAME, SORT_ROLE) < cell(model, 3, cols.NAME, SORT_ROLE)
    model.sort(cols.REGISTERED_AT, Qt.SortOrder.DescendingOrder)
    assert cell(model, 0, cols.NAME) == "Søren Trier Høisgaard"  # no time: last, reversed first


def test_search_as_you_type_and_filters(qapp):
    model = RegistrationTableModel()
    model.set_registrations(people())
    proxy = RegistrationFilterProxy()
    proxy.setSourceModel(model)

    def shown():
        return sorted(proxy.data(proxy.index(r, cols.NAME)) for r in range(proxy.rowCount()))

    proxy.set_search("GREVE")
    assert shown() == ["Anna Zink", "Bo Holm"]
    proxy.set_search("greve anna")
    assert shown() == ["Anna Zink"]
    proxy.set_search("sth@")
    assert shown() == ["Søren Trier Høisgaard"]
    proxy.set_search("")
    proxy.set_status(W)
    assert shown() == ["Anna Zink", "Bo Holm"]
    proxy.set_group("Direktører")
    assert shown() == ["Bo Holm"]
    proxy.set_status(None)
    proxy.set_group(None)
    proxy.set_organisation("Greve Kommune")  # also finds "greve kommune" written by hand
    assert shown() == ["Anna Zink", "Bo Holm"]


def test_the_registration_dialog_needs_a_name_and_a_real_e_mail(qtbot):
    dialog = RegistrationDialog(people()[0], groups=["Politikere"])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    dialog.first_name.setText("")
    dialog.last_name.setText("")
    assert not ok.isEnabled() and dialog.message.text() == "Give the person's name."
    dialog.full_name.setText("Åse Øster-Hansen")
    dialog.email.setText("not an address")
    assert not ok.isEnabled()
    dialog.email.setText("aase@ishoj.dk")
    dialog.status.setCurrentIndex(dialog.status.findData(C))
    result = dialog.registration()
    assert (result.name, result.status, result.id) == ("Åse Øster-Hansen", C, 1)
    assert result.registered_at == dt.datetime(2024, 4, 1, 9)


def test_the_mapping_dialog_needs_a_name_column(qtbot, tmp_path):
    from app.services.registration_import import prepare

    path = write_csv(
        tmp_path / "x.csv", [["Deltager", "Mail", "Noget"], ["Anna Berg", "a@x.dk", "1"]]
    )
    prepared = prepare(path)
    dialog = ColumnMappingDialog(prepared.table, prepared.plan.mapping)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.mapping() == ["full_name", "email", None] and ok.isEnabled()
    assert dialog.preview.item(1, 0).text() == "Anna Berg"
    dialog.set_field(0, None)
    assert not ok.isEnabled()
    dialog.set_field(2, "comment")
    dialog.set_field(0, "full_name")
    assert dialog.mapping() == ["full_name", "email", "comment"] and ok.isEnabled()


# -- the view --------------------------------------------------------------


@pytest.fixture
def view(qtbot, sample_project):
    widget = RegistrationsView(sample_project)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    yield widget
    qtbot.waitUntil(lambda: active_workers() == 0, timeout=10000)


def settle(qtbot, view):
    qtbot.waitUntil(lambda: not view.is_busy() and active_workers() == 0, timeout=15000)


def drop(view, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(event)


def test_dropping_a_microsoft_forms_export_shows_people_and_counts(qtbot, view, tmp_path):
    view.set_event(1)
    settle(qtbot, view)
    assert view.model.rowCount() == 0
    path = write_xlsx(tmp_path / "Tilmelding.xlsx", MSFORMS_EN)
    messages = []
    view.status_message.connect(messages.append)
    with qtbot.waitSignal(view.registrations_changed, timeout=15000) as changed:
        drop(view, [path])
    assert changed.args == [1]
    settle(qtbot, view)
    assert view.model.rowCount() == 3
    assert view.notice.text().startswith("Tilmelding.xlsx (Microsoft Forms): 3 added")
    assert "Registered: 3 · Waitlisted: 0 · Late: 1 · Places: 120, free: 117" in view.counts.text()
    assert any(m.startswith("Tilmelding.xlsx (Microsoft Forms)") for m in messages)
    view.filters.search.setText("greve")
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 1)
    assert view.proxy.data(view.proxy.index(0, cols.NAME)) == "Bo Holm"
    assert "Showing 1 of 3" in view.counts.text()


def test_an_unknown_file_asks_for_the_columns_once(qtbot, view, tmp_path, monkeypatch):
    asked = []

    def accept(dialog):
        asked.append(dialog.mapping())
        dialog.set_field(2, "comment")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ColumnMappingDialog, "exec", accept)
    view.set_event(1)
    settle(qtbot, view)
    rows = [["Deltager", "Mail", "Noter"], ["Anna Berg", "a@x.dk", "Taler"]]
    view.import_files([write_csv(tmp_path / "liste.csv", rows)])
    settle(qtbot, view)
    assert asked == [["full_name", "email", "comment"]]
    assert view.model.registration(0).comment == "Taler"
    rows.append(["Bo Holm", "b@x.dk", "Ny"])
    view.import_files([write_csv(tmp_path / "liste(2).csv", rows)])
    settle(qtbot, view)
    assert len(asked) == 1  # the layout was remembered
    assert view.model.rowCount() == 2


def test_a_bad_file_gives_one_line_in_the_view(qtbot, view, tmp_path):
    view.set_event(1)
    settle(qtbot, view)
    path = tmp_path / "tom.xlsx"
    path.write_bytes(b"")
    view.import_files([path])
    settle(qtbot, view)
    assert view.notice.text() == "tom.xlsx is empty (0 bytes)."
    assert view.model.rowCount() == 0 and view.import_button.isEnabled()


def test_an_import_can_be_cancelled(qtbot, view, tmp_path):
    view.set_event(1)
    settle(qtbot, view)
    rows = [["Navn", "E-mail"]] + [[f"P{n} Hansen", f"p{n}@x.dk"] for n in range(60000)]
    path = write_csv(tmp_path / "stor.csv", rows)
    view.import_files([path])
    assert view.import_progress.cancel_button.isVisibleTo(view)
    view.cancel_import()
    settle(qtbot, view)
    assert view.notice.text() == "The import was cancelled; nothing was changed."
    assert not view.import_progress.cancel_button.isVisibleTo(view)
    assert view.project.registrations.for_event(1) == []


def test_bulk_cancel_moves_the_waiting_list_up(qtbot, view, sample_project, tmp_path):
    event = sample_project.events.get(1)
    event.capacity_limit = 2
    sample_project.events.save(event)
    view.set_event(1)
    settle(qtbot, view)
    view.import_files([write_xlsx(tmp_path / "t.xlsx", MSFORMS_EN)])
    settle(qtbot, view)
    statuses = {r.name: r.status for r in view.model.registrations()}
    assert statuses == {"Anna Berg": R, "Bo Holm": R, "Cia Lund": W}
    view.table.selectRow(0)  # sorted by registration: Anna first
    assert view.selected_registrations()[0].name == "Anna Berg"
    with qtbot.waitSignal(view.registrations_changed, timeout=10000):
        view.set_selected_status(C)
    settle(qtbot, view)
    statuses = {r.name: r.status for r in view.model.registrations()}
    assert statuses == {"Anna Berg": C, "Bo Holm": R, "Cia Lund": R}
    assert view.notice.text() == "Moved up from the waiting list: Cia Lund"
    log = [m for _, m in sample_project.registrations.log_entries(1)]
    assert "Cia Lund moved up from the waiting list (place freed by Anna Berg)." in log


def test_delete_and_add_by_hand(qtbot, view, sample_project, monkeypatch):
    view.set_event(1)
    settle(qtbot, view)

    def fill(dialog):
        dialog.first_name.setText("Ny")
        dialog.last_name.setText("Person")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RegistrationDialog, "exec", fill)
    view.add_registration()
    settle(qtbot, view)
    assert [r.name for r in view.model.registrations()] == ["Ny Person"]
    view.table.selectRow(0)
    view.delete_selected()
    settle(qtbot, view)
    assert view.model.rowCount() == 0
    assert sample_project.registrations.for_event(1) == []


def test_no_event_means_nothing_to_do(qtbot, view):
    view.set_event(None)
    assert not view.import_button.isEnabled() and not view.add_button.isEnabled()
    assert view.counts.text() == "Choose an event to see its registrations."


def test_typing_and_deleting_always_shows_exactly_the_matching_people(qapp):
    """The filter narrows from the rows already shown while letters are typed; after any
    keystroke (typed, deleted, a word added or changed) it shows what a full search shows."""
    model = RegistrationTableModel()
    model.set_registrations(people())
    proxy = RegistrationFilterProxy()
    proxy.setSourceModel(model)

    def expected(text):
        words = text.casefold().split()
        return sorted(
            r.name
            for r in people()
            if all(
                any(w in (f or "").casefold() for f in (r.name, r.email, r.organisation))
                for w in words
            )
        )

    def shown():
        return sorted(proxy.data(proxy.index(row, cols.NAME)) for row in range(proxy.rowCount()))

    for text in [
        "g",
        "gr",
        "gre",
        "greve",
        "greve ",
        "greve a",
        "greve an",
        "greve a",
        "greve",
        "gre",
        "ø",
        "øs",
        "greve bo",
        "reve bo",
        "ve",
        "",
        "dk",
        "dk hol",
        "dk",
        "x",
    ]:
        proxy.set_search(text)
        assert shown() == expected(text), text


def test_deleting_letters_after_an_edit_or_a_sort_shows_the_people_as_they_are_now(qapp):
    """A deleted letter goes back to the rows found while typing; an edit or a sort made
    in between must not bring back who matched before it."""
    model = RegistrationTableModel()
    model.set_registrations(people())
    proxy = RegistrationFilterProxy()
    proxy.setSourceModel(model)

    def shown():
        return sorted(proxy.data(proxy.index(row, cols.NAME)) for row in range(proxy.rowCount()))

    for text in ("g", "gr", "gre", "greve"):
        proxy.set_search(text)
    assert shown() == ["Anna Zink", "Bo Holm"]
    # Åse moves to Greve: she did not match "g" or "gre" when they were typed.
    aase = model.registration(model.row_of(1))
    aase.organisation, aase.email = "Greve Kommune", "aase@greve.dk"
    model.replace([aase])
    assert shown() == ["Anna Zink", "Bo Holm", "Åse Øster"]
    proxy.set_search("gre")
    assert shown() == ["Anna Zink", "Bo Holm", "Åse Øster"]
    for text in ("gre", "grev", "greve", "greve b"):
        proxy.set_search(text)
    assert shown() == ["Bo Holm"]
    model.sort(cols.NAME, Qt.SortOrder.DescendingOrder)  # the rows kept are other people now
    proxy.set_search("greve")
    assert shown() == ["Anna Zink", "Bo Holm", "Åse Øster"]
    proxy.set_search("")
    assert len(shown()) == 4
    # A status chosen while a search is typed narrows what deleting letters brings back.
    for text in ("g", "gr", "greve"):
        proxy.set_search(text)
    proxy.set_status(W)
    proxy.set_search("g")
    assert shown() == ["Anna Zink", "Bo Holm"]


def test_cells_are_painted_with_their_colours_and_text(qtbot):
    """The table asks for a painted cell's roles all at once: the same answers as one by one."""
    from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan

    model = RegistrationTableModel()
    model.set_registrations(people())
    proxy = RegistrationFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search("greve")
    roles = [
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
        SORT_ROLE,
    ]
    for target in (model, proxy):
        for row in range(target.rowCount()):
            for column in range(cols.COLUMN_COUNT):
                index = target.index(row, column)
                for role in roles:
                    asked = QModelRoleData(int(role))
                    asked.setData("left over from another cell")
                    target.multiData(index, QModelRoleDataSpan(asked))
                    assert asked.data() == target.data(index, role)
    bo = proxy.index(0, cols.STATUS)
    assert proxy.data(bo) == "Waitlisted (2)"
    assert proxy.data(bo, Qt.ItemDataRole.ForegroundRole).color().name() == "#9a5b00"
