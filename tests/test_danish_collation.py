"""One Danish order everywhere: Élise, Eva, Ärla, Øen, Åse, Aage in the table, the name tags,
the sign-in sheet and the workbook alike."""

from __future__ import annotations

import re

from pypdf import PdfReader
from PySide6.QtCore import Qt
from python_calamine import CalamineWorkbook

from app.domain import Registration
from app.domain.collation import danish_key
from app.services.document_pdf import write_pdf
from app.services.excel import write_event_workbook
from app.services.name_tags import name_tags_for
from app.services.participant_list import participant_list_for
from app.ui import registration_table_model as cols
from app.ui.registrations_view import RegistrationsView
from app.ui.workers import active_workers

ORDER = ["Élise", "Eva", "Ärla", "Øen", "Åse", "Aage"]
EVENT = 5


def _add_people(project) -> None:
    shuffled = [ORDER[i] for i in (5, 2, 0, 4, 1, 3)]
    project.registrations.add_many(
        [
            Registration(event_id=EVENT, first_name=name, last_name="Jensen", email=f"{n}@x.dk")
            for n, name in enumerate(shuffled)
        ]
    )


def _firsts(text: str) -> list[str]:
    return re.findall(rf"({'|'.join(ORDER)}) Jensen", text)


def _pdf_text(path) -> str:
    return " ".join(re.sub(r"\s+", " ", p.extract_text()) for p in PdfReader(path).pages)


def test_the_one_collation_orders_the_names_the_danish_way():
    assert sorted(reversed(ORDER), key=danish_key) == ORDER
    assert sorted(["Aalborg", "Ærø", "Zealand", "Åbenrå", "Anne"], key=danish_key) == [
        "Anne",
        "Zealand",
        "Ærø",
        "Åbenrå",
        "Aalborg",
    ]


def test_the_registrations_table_sorted_by_name(qtbot, sample_project):
    _add_people(sample_project)
    view = RegistrationsView(sample_project)
    qtbot.addWidget(view)
    view.set_event(EVENT)
    qtbot.waitUntil(lambda: not view.is_busy() and view.model.rowCount() == 6, timeout=10_000)
    view.table.sortByColumn(cols.NAME, Qt.SortOrder.AscendingOrder)
    shown = [
        view.proxy.index(row, cols.NAME).data().split()[0] for row in range(view.proxy.rowCount())
    ]
    assert shown == ORDER
    qtbot.waitUntil(lambda: active_workers() == 0, timeout=10_000)


def test_name_tags_and_the_sign_in_sheet(qapp, sample_project, tmp_path):
    _add_people(sample_project)
    tags, sheet = tmp_path / "tags.pdf", tmp_path / "fremmøde.pdf"
    write_pdf(name_tags_for(sample_project, EVENT, "2x4"), tags)
    write_pdf(participant_list_for(sample_project, EVENT, sign_in=True), sheet)
    assert _firsts(_pdf_text(tags)) == ORDER
    assert _firsts(_pdf_text(sheet)) == ORDER


def test_the_workbook_participants(sample_project, tmp_path):
    _add_people(sample_project)
    path = tmp_path / "event.xlsx"
    write_event_workbook(sample_project, EVENT, path)
    book = CalamineWorkbook.from_path(str(path))
    rows = book.get_sheet_by_name("Deltagere").to_python()
    names = [str(v) for row in rows for v in row if isinstance(v, str) and v.endswith(" Jensen")]
    assert [n.split()[0] for n in names] == ORDER
