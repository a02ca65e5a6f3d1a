"""A sign-up form's hostile text, imported and exported with the `venueplan` command, comes
out of every workbook as the text that was typed: never a formula, whatever control
characters or `_xHHHH_` escapes come before it."""

from __future__ import annotations

import re
import zipfile

import openpyxl
from hypothesis import given, settings
from hypothesis import strategies as st
from test_excel_libreoffice import _convert, _text

from app.cli import main
from app.services.excel import write_catalogue_workbook, write_event_workbook, write_events_workbook

from .fuzzing import FUZZ, examples

EVENT = 1
LINK = '=HYPERLINK("http://evil.example","C1")'


def _cli(capsys, *args) -> tuple[int, str]:
    code = main([str(a) for a in args])
    return code, capsys.readouterr().err


def _formula_cells(path) -> list[tuple[str, str, object]]:
    """Every cell openpyxl reads as a formula, and every sheet holding an <f> element."""
    found = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/") and re.search(rb"<f[ >]", z.read(name)):
                found.append((name, "<f>", None))
    book = openpyxl.load_workbook(path)
    found += [
        (ws.title, c.coordinate, c.value)
        for ws in book
        for row in ws.iter_rows()
        for c in row
        if c.data_type == "f"
    ]
    return found


def test_control_characters_before_a_formula_stay_text_from_import_to_libreoffice(
    sample_path, tmp_path, capsys
):
    """The attack as a registrant makes it: a form's .xlsx carries `_x0001_` before the
    formula (calamine reads it as U+0001), a CSV carries the control character itself."""
    form = tmp_path / "form.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Navn", "E-mail", "Organisation"])
    # openpyxl writes `_x0001_` as it is; every reader turns it into U+0001.
    book.active.append([f"_x0001_{LINK}", "a@example.dk", "_x001b_=1+2"])
    book.save(form)
    csv = tmp_path / "form.csv"
    csv.write_text(f"Navn;E-mail\n\x02{LINK.replace(',', ';')};b@example.dk\n", encoding="utf-8")
    for file in (form, csv):
        code, err = _cli(capsys, "import", sample_path, "--event", EVENT, file)
        assert code == 0, err
    full, shared = tmp_path / "full.xlsx", tmp_path / "shared.xlsx"
    assert _cli(capsys, "export", sample_path, "--event", EVENT, "-o", full)[0] == 0
    assert (
        _cli(capsys, "export", sample_path, "--event", EVENT, "-o", shared, "--no-sensitive")[0]
        == 0
    )
    for path in (full, shared):
        assert _formula_cells(path) == []
        cells = [
            c
            for ws in openpyxl.load_workbook(path)
            for row in ws.iter_rows()
            for c in row
            if isinstance(c.value, str) and c.value.startswith("=")
        ]
        assert cells and all(c.data_type == "s" and c.quotePrefix for c in cells)
    _convert([full, shared], tmp_path, tmp_path / "profile")
    for path in (full, shared):
        text = _text(path.with_suffix(".pdf"))
        # LibreOffice shows the typed text, not the link's caption "C1" alone.
        assert text.count('=HYPERLINK("http://evil.example"') >= 1, text[:2000]
        assert "=1+2" in text


# The characters XML (and so every cell) cannot hold, which the cleaning removes.
CONTROL = "".join(chr(c) for c in [*range(1, 9), 11, 12, *range(14, 32)])
hostile_text = st.tuples(
    st.text(st.sampled_from(CONTROL), max_size=3),
    st.sampled_from(["=", "+", "-", "@", "=HYPERLINK(", "#REF!", "=cmd|' /C calc'!A0", ""]),
    st.text(st.sampled_from(CONTROL + "=+-@\t\r\n abcæø1(),;\"'"), max_size=12),
).map("".join)


@settings(max_examples=examples(12), **FUZZ)
@given(texts=st.lists(hostile_text, min_size=4, max_size=4))
def test_any_text_after_control_characters_is_never_a_formula(sample_project, tmp_path, texts):
    """The class: whatever cleaning a text needs, what is judged risky is the text that is
    written."""
    event = sample_project.events.get(EVENT)
    venue = sample_project.venues.get(event.venue_id)
    event.title, event.organiser = texts[0], texts[1]
    venue.name, venue.city = texts[2], texts[3]
    sample_project.venues.save(venue)
    sample_project.events.save(event)
    people = sample_project.registrations.for_event(EVENT)
    for person, text in zip(people, texts, strict=False):
        person.full_name = person.organisation = text
    sample_project.registrations.update_many(people)
    for name, write in (
        ("event", lambda p, path: write_event_workbook(p, EVENT, path)),
        ("shared", lambda p, path: write_event_workbook(p, EVENT, path, sensitive=False)),
        ("venues", write_catalogue_workbook),
        ("events", write_events_workbook),
    ):
        path = tmp_path / f"{name}.xlsx"
        write(sample_project, path)
        assert _formula_cells(path) == []
