"""Every workbook opens in LibreOffice: converted to PDF once, headless, and its text checked."""

import shutil
import subprocess

import pytest
from test_excel_event_workbook import INJECTION_NAME, kickoff, people

from app.services.excel import write_catalogue_workbook, write_event_workbook, write_events_workbook
from app.services.excel.sheet import Book
from app.services.sample_project import write_sample
from app.storage import Project

HOSTILE = ["=1+2", "+4+5", "-2+3", "@SUM(1;2)", '=HYPERLINK("http://evil.example";"Klik")']


def _convert(files, outdir, profile) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice (soffice) is part of the test set-up"
    # One run for all files: each start of LibreOffice costs seconds. A profile of our own
    # keeps parallel runs from colliding and the user's LibreOffice settings untouched.
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            *map(str, files),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )


def _text(pdf) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout


@pytest.fixture(scope="module")
def pdf_text(tmp_path_factory):
    """The text of each workbook's PDF, by name."""
    folder = tmp_path_factory.mktemp("lo")
    project_path = folder / "sample.venueplan"
    write_sample(project_path).close()
    files = {}
    with Project.open(project_path) as project:
        event = kickoff(project)
        # 90 people: enough that the sign-in sheet and the participant list run over pages.
        project.registrations.add_many(people(event.id, 90))
        files["full"] = folder / "kickoff.xlsx"
        write_event_workbook(project, event.id, files["full"])
        files["shared"] = folder / "kickoff-til-deling.xlsx"
        write_event_workbook(project, event.id, files["shared"], sensitive=False)
        files["venues"] = folder / "steder.xlsx"
        write_catalogue_workbook(project, files["venues"])
        files["events"] = folder / "arrangementer.xlsx"
        write_events_workbook(project, files["events"])
    files["hostile"] = folder / "hostile.xlsx"
    book = Book("da", "Test", subject="Test")
    with book:
        sheet = book.sheet("Ark", [40])
        for value in HOSTILE:
            sheet.append([value], "cell")
    book.save(files["hostile"])
    _convert(files.values(), folder / "pdf", folder / "profile")
    return {key: _text(folder / "pdf" / (path.stem + ".pdf")) for key, path in files.items()}


def test_every_workbook_converts_without_cut_numbers(pdf_text):
    for key, text in pdf_text.items():
        assert text.strip(), key
        assert "###" not in text, key  # a number too wide for its column


def test_event_pdf_holds_the_participants_and_every_sheet(pdf_text):
    text = pdf_text["full"]
    for name in ("Mette Testesen03", "Åse Testesen84", "Ærling Testesen88"):
        # The participant list prints its 15 columns at 8 points over pages side by side,
        # the name beside each part; then the sign-in sheet once more.
        assert text.count(name) >= 3, name
        assert text.count(name) == text.count("Mette Testesen03"), name
    for heading in (
        "Tilmeldinger",
        "Oplægsholdere",
        "Invitationsgrupper",
        "Parkering",
        "Særlig kost (antal)",
        "Fremmødeliste",
        "Underskrift",
    ):
        assert heading in text
    assert "deltager03@example-kommune.dk" in text and "Kørestol" in text
    assert "fredag den 31. maj 2024 kl. 9.00\u201313.00" in text
    # The column headers are printed again on every page of the long lists.
    assert text.count("Underskrift") >= 2 and text.count("Tilmeldt den") >= 2
    assert "Side 1 af" in text


def test_sharing_pdf_has_names_but_no_contact_details_or_needs(pdf_text):
    text = pdf_text["shared"]
    assert "Mette Testesen03" in text
    for needle in (
        "@example-kommune.dk",
        "61 23 45 67",
        "Kørestol og rollator",
        "kiwi",
        "Glutenfri kost",
        "Kommer med ledsager",
    ):
        assert needle not in text
    assert "Vegetarisk" in text  # the needs as counts


def test_hostile_text_is_shown_not_evaluated(pdf_text):
    for value in HOSTILE:
        assert value in pdf_text["hostile"]
    # In the event workbook the long name wraps in its cell; its start is on one line.
    assert INJECTION_NAME[:19] in pdf_text["full"]


def test_catalogue_and_events_pdfs(pdf_text):
    assert "Egedal Rådhus" in pdf_text["venues"] and "Eksempellokale" in pdf_text["venues"]
    assert "Liljens Kvarter 2" in pdf_text["venues"]
    assert "Kickoff-møde om" in pdf_text["events"]  # the title wraps in its column
    assert "Ringsted Kongrescenter" in pdf_text["events"]
