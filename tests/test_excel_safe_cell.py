"""Formula injection: text from users and imports stays text in the workbook, never a formula."""

import zipfile

import openpyxl
import pytest
from python_calamine import CalamineWorkbook
from test_excel_event_workbook import INJECTION_NAME, kickoff, people

from app.services.excel import write_event_workbook
from app.services.excel.safe_cell import MAX_CELL_TEXT, clean_text, is_risky
from app.services.excel.sheet import Book

HOSTILE = [
    "=1+2",
    '=HYPERLINK("http://evil.example","Klik")',
    "+45 12 34 56 78",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=2+2",
    "\n=3+3",
    "#N/A",
    "=cmd|' /C calc'!A0",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_risky_starts_are_recognised(text):
    assert is_risky(text)


@pytest.mark.parametrize("text", ["Anne Hansen", "3 pladser", "Køge Kommune", "a=b", "50%"])
def test_ordinary_text_is_not_risky(text):
    assert not is_risky(text)


def test_clean_text_drops_control_characters_and_keeps_line_breaks():
    assert clean_text("Navn\x0bmed\x00kontrol\x1ftegn") == "Navnmedkontroltegn"
    assert clean_text("linje 1\r\nlinje 2\rlinje 3") == "linje 1\nlinje 2\nlinje 3"
    assert len(clean_text("x" * 40000)) == MAX_CELL_TEXT


def _write(path, values, style):
    book = Book("da", "Test", subject="Test")
    with book:
        sheet = book.sheet("Ark", [30, 30])
        for value in values:
            sheet.append([value, "almindelig tekst"], style)
    book.save(path)


@pytest.mark.parametrize("style", [None, "cell"])
def test_hostile_text_is_written_as_quoted_text(tmp_path, style):
    path = tmp_path / "hostile.xlsx"
    # Twice: the second time each text is judged from what the sheet remembers of it.
    _write(path, HOSTILE * 2, style)
    expected = [clean_text(v) for v in HOSTILE] * 2  # a lone CR is a line break, as XML reads it
    ws = openpyxl.load_workbook(path).active
    cells = [row[0] for row in ws.iter_rows()]
    assert [c.value for c in cells] == expected
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)
    assert all(not row[1].quotePrefix for row in ws.iter_rows())  # only where needed
    read = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    assert [r[0] for r in read] == expected
    with zipfile.ZipFile(path) as z:
        sheet_xml = z.read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in sheet_xml and b"<f " not in sheet_xml


def test_imported_names_stay_text_in_participants_and_sign_in(sample_project, tmp_path):
    event = kickoff(sample_project)
    sample_project.registrations.add_many(people(event.id, 3))
    path = tmp_path / "k.xlsx"
    write_event_workbook(sample_project, event.id, path)
    wb = openpyxl.load_workbook(path)
    for sheet in ("Deltagere", "Fremmødeliste"):
        cells = [c for row in wb[sheet].iter_rows() for c in row if c.value == INJECTION_NAME]
        assert cells and all(c.data_type == "s" and c.quotePrefix for c in cells), sheet
    participants = wb["Deltagere"]
    row = next(r for r in participants.iter_rows() if r[1].value == INJECTION_NAME)
    header = [c.value for c in participants[4]]
    values = dict(zip(header, row, strict=False))
    assert values["Organisation"].value == "+45 Kommune" and values["Organisation"].quotePrefix
    assert values["Gruppe"].value == "-2+3" and values["Gruppe"].data_type == "s"
    assert values["Kommentar"].value == "@SUM(A1:A9)" and values["Kommentar"].quotePrefix
    with zipfile.ZipFile(path) as z:
        assert not any(b"<f>" in z.read(n) for n in z.namelist() if n.startswith("xl/worksheets"))
