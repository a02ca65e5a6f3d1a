"""The directions handout as a Word file: the PDF's facts in real Word styles, the map a
picture whose alternative text says the way in words."""

from __future__ import annotations

import subprocess

import pytest
from docx import Document
from overpass_server import store_recorded
from test_walking_routes import confirm_point

from app.cli import main
from app.services.handout_docx import handout_docx, way_in_words
from app.services.handout_pdf import handout_for
from app.storage import Project

ALT = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"


def _read(path):
    document = Document(str(path))
    headings = [
        (p.style.name, p.text)
        for p in document.paragraphs
        if p.style.name.startswith(("Head", "Title"))
    ]
    text = "\n".join(p.text for p in document.paragraphs)
    text += "\n" + "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    alts = [e.get("descr") for e in document.element.body.iter(ALT)]
    return document, headings, text, alts


def test_the_word_handout_has_the_pdf_facts_headings_and_a_described_map(
    qapp, sample_project, tmp_path
):
    confirm_point(sample_project, 2)
    store_recorded(sample_project, 2)
    handout = handout_for(sample_project, 3, "da", walking_speed=3.0)
    path = tmp_path / "gate21.docx"
    assert handout_docx(handout, path) == "da"
    document, headings, text, alts = _read(path)
    assert headings[0] == ("Title", handout.directions.title)
    assert [h for h in headings[1:]][:1] == [("Heading 1", "Find vej")]
    assert all(style in ("Title", "Heading 1") for style, _ in headings)  # no level skipped
    d = handout.directions
    for fact in (d.when, d.address, *[b.details for b in d.transit], *d.registration):
        assert fact in text, fact
    assert "250 m til fods til Gate21, ca. 6 minutters gang" in text
    [alt] = alts
    assert alt == way_in_words(d) and "Albertslund" in alt and "250 m" in alt
    assert document.core_properties.title == handout.title
    assert document.core_properties.language == "da-DK"


def test_an_english_handout_in_word(qapp, sample_project, tmp_path):
    path = tmp_path / "egedal-en.docx"
    handout_docx(handout_for(sample_project, 1, "en"), path)
    document, headings, text, alts = _read(path)
    assert headings[1:] == [
        ("Heading 1", "Finding the way"),
        ("Heading 1", "Parking"),
        ("Heading 1", "Accessibility"),
        ("Heading 1", "Registration and contact"),
    ]
    assert "Dronning Dagmars Vej 200, 3650 Ølstykke" in text
    assert document.core_properties.language == "en-GB"
    assert alts and all(alts)


def test_the_command_line_writes_the_word_handout_and_libreoffice_reads_it(
    qapp, sample_path, tmp_path, capsys
):
    path = tmp_path / "handout.docx"
    assert main(["handout", str(sample_path), "--event", "1", "-o", str(path)]) == 0
    assert capsys.readouterr().out.strip() == f"Wrote {path} (da)."
    office = subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        capture_output=True,
        text=True,
        timeout=180,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert office.returncode == 0, office.stderr
    pdf = tmp_path / "handout.pdf"
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Egedal Rådhus" in text and "Find vej" in text


@pytest.mark.parametrize("name", ["handout.txt", "handout"])
def test_another_ending_is_refused_in_one_line(sample_path, tmp_path, capsys, name):
    assert main(["handout", str(sample_path), "--event", "1", "-o", str(tmp_path / name)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "must end in .pdf or .docx" in err
    assert not (tmp_path / name).exists()


def test_no_venue_no_word_handout(sample_path, tmp_path, capsys):
    with Project.open(sample_path) as project:
        no_venue = next(e.id for e in project.events.all() if e.venue_id is None)
    out = tmp_path / "none.docx"
    assert main(["handout", str(sample_path), "--event", str(no_venue), "-o", str(out)]) == 1
    assert capsys.readouterr().err.count("\n") == 1 and not out.exists()
