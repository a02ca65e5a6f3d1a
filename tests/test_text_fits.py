"""Text always fits: the seeds' longest titles, names and roles measured against their boxes
on the sign-in sheet, participant list and name tags, and the workbook's titles and headers."""

from __future__ import annotations

import re

import openpyxl
import pytest
from pypdf import PdfReader

from app.domain.registration import Registration
from app.services.document_pdf import write_pdf
from app.services.excel import write_event_workbook
from app.services.excel.sheet import _BOLD_WIDTH, _STYLE_WIDTH
from app.services.excel.styles import line_count
from app.services.name_tags import name_tags_for
from app.services.participant_list import participant_list_for

# From the seed invitations: the longest event title (event 4) and the longest names and
# roles of the people they name.
LONG_TITLE = "KKR konference 2024: Debat om udviklingen af det specialiserede socialområde"
SEED_PEOPLE = [
    ("Jan", "Kjældgaard", "Beskæftigelsesudvalget", "Formand"),
    (
        "Henriette",
        "Thirup-Bielefeldt",
        "Handicap-, Social-, Psykiatri- og Beskæftigelsesudvalget, Furesø Kommune",
        "Formand for Social- og arbejdsmarkedsudvalget i Egedal Kommune",
    ),
    (
        "Morten",
        "Bøgelund Andersen",
        "Greve Kommune",
        "Styregruppeformand Rammeaftale Sjælland og Direktør Greve Kommune",
    ),
    ("Jakob", "Bigum Lundberg", "Næstved Kommune", "Direktør og medlem af ekspertudvalget"),
]


@pytest.fixture
def conference(sample_project):
    event = next(e for e in sample_project.events.all() if e.title == LONG_TITLE)
    sample_project.registrations.add_many(
        [
            Registration(
                event_id=event.id, first_name=f, last_name=la, organisation=o, role=r, email=""
            )
            for f, la, o, r in SEED_PEOPLE
        ]
    )
    return event


def _text(path) -> str:
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(path).pages))
    return text.replace("- ", "-")  # a hyphenated word wrapped after its hyphen


@pytest.mark.parametrize("sign_in", [True, False])
def test_lists_print_every_title_and_name_whole(
    qapp, sample_project, conference, tmp_path, sign_in
):
    document = participant_list_for(sample_project, conference.id, sign_in=sign_in)
    path = tmp_path / "list.pdf"
    write_pdf(document, path)
    assert document.texts.drawn, "nothing was measured"
    assert document.texts.overflowing() == []
    cells = [d for d in document.texts.drawn if any(d.text == p[2] for p in SEED_PEOPLE)]
    assert cells and min(d.point_size for d in cells) >= 8
    text = _text(path)
    assert LONG_TITLE in text  # wrapped onto two lines, not "…det specia…"
    assert "Beskæftigelsesudvalget" in text
    assert "arbejdsmarkedsudvalget" in text  # whole words in the role column too
    assert "Thirup-Bielefeldt" in text


@pytest.mark.parametrize("sheet", ["2x4", "2x5"])
def test_name_tags_keep_the_title_and_date_in_the_footer(
    qapp, sample_project, conference, tmp_path, sheet
):
    document = name_tags_for(sample_project, conference.id, sheet)
    path = tmp_path / "tags.pdf"
    write_pdf(document, path)
    assert document.texts.overflowing() == []
    footers = [d for d in document.texts.drawn if d.text.startswith(LONG_TITLE)]
    assert len(footers) == len(SEED_PEOPLE)
    labels = [document.sheet.label_rect(i) for i in range(len(SEED_PEOPLE))]
    mm = 300 / 25.4
    for footer, label in zip(footers, labels, strict=True):
        assert footer.needed.bottom() <= label.bottom() * mm  # inside its own label
    text = _text(path)
    assert text.count("18. juni 2024") == len(SEED_PEOPLE)
    assert "Styregruppeformand Rammeaftale Sjælland og Direktør Greve Kommune" in text


def test_workbook_titles_and_headers_get_the_lines_they_need(sample_project, conference, tmp_path):
    path = tmp_path / "conference.xlsx"
    write_event_workbook(sample_project, conference.id, path)
    book = openpyxl.load_workbook(path)
    for ws in book.worksheets:
        title = ws["A1"]
        if title.value != LONG_TITLE:
            continue
        width = sum(d.width for d in ws.column_dimensions.values() if d.width)
        lines = line_count(LONG_TITLE, width / _STYLE_WIDTH["title"])
        assert title.alignment.wrap_text, ws.title
        assert ws.row_dimensions[1].height >= 15 * 1.5 * lines, ws.title
    ws = book["Deltagere"]
    widths = [ws.column_dimensions[c.column_letter].width for c in ws[4]]
    for cell, width in zip(ws[4], widths, strict=True):
        lines = line_count(cell.value, width / _BOLD_WIDTH)
        assert (ws.row_dimensions[4].height or 15) >= 15 * lines, cell.value
