"""Documents for everyone: the Word invitation passes Word's accessibility rules (headings in
order, a marked header row, alternative text, language and title); the PDFs the app paints
carry their title and language and hold real text."""

from __future__ import annotations

import subprocess
import zipfile

import docx
import pytest
from pypdf import PdfReader

from app.domain import Registration, RegistrationStatus
from app.domain.formatting import Language
from app.services.document_pdf import write_pdf
from app.services.handout_pdf import handout_for
from app.services.invitation_docx import invitation_docx, programme_docx
from app.services.invitation_pdf import InvitationDocument
from app.services.name_tags import name_tags_for
from app.services.participant_list import participant_list_for

HEADING_LEVEL = {"Title": 0, "Heading 1": 1, "Heading 2": 2, "Heading 3": 3}


def _heading_levels(document) -> list[int]:
    return [
        HEADING_LEVEL[p.style.name] for p in document.paragraphs if p.style.name in HEADING_LEVEL
    ]


@pytest.mark.parametrize("lang, tag", [("da", "da-DK"), ("en", "en-GB")])
def test_the_word_invitation_is_accessible_in_words_sense(sample_project, tmp_path, lang, tag):
    event = sample_project.events.get(3)
    event.registration_url = "https://forms.office.com/r/temamoede"
    path = tmp_path / "invitation.docx"
    invitation_docx(event, sample_project.venues.get(2), path, Language(lang))
    document = docx.Document(str(path))
    levels = _heading_levels(document)
    assert levels[0] == 0  # the title first, as Word's Title style
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False)), levels  # no skips
    programme = document.tables[1]
    header = programme.rows[0]
    assert header._tr.trPr.xpath("./w:tblHeader")  # repeats, and is read as the headings
    assert [c.text for c in header.cells] == (
        ["Tid", "Programpunkt"] if lang == "da" else ["Time", "Item"]
    )
    assert len(document.inline_shapes) == 1
    alt = document.inline_shapes[0]._inline.docPr.get("descr")
    assert alt and "https://forms.office.com/r/temamoede" in alt
    props = document.core_properties
    assert props.language == tag and props.title.endswith(event.title)
    assert f'w:val="{tag}"' in zipfile.ZipFile(path).read("word/styles.xml").decode()


def test_the_word_programme_has_its_header_row_too(sample_project, tmp_path):
    path = tmp_path / "program.docx"
    event = sample_project.events.get(3)
    programme_docx(event, sample_project.venues.get(2), path)
    table = docx.Document(str(path)).tables[-1]
    assert table.rows[0]._tr.trPr.xpath("./w:tblHeader")
    assert len(table.rows) == len(event.programme) + 1


def _documents(project):
    event = project.events.get(3)
    yield "handout da", handout_for(project, 3, "da"), "da-DK", event.title
    yield "handout en", handout_for(project, 3, "en"), "en-GB", event.title
    yield "invitation", InvitationDocument(event, project.venues.get(2)), "da-DK", event.title
    yield "name tags", name_tags_for(project, 3), "da-DK", "Åse Østergaard"
    yield "participant list", participant_list_for(project, 3), "da-DK", "Østergaard"


def test_the_apps_pdfs_carry_title_language_and_real_text(qapp, sample_project, tmp_path):
    sample_project.registrations.add_many(
        [
            Registration(
                event_id=3,
                first_name="Åse",
                last_name="Østergaard",
                organisation="Greve Kommune",
                status=RegistrationStatus.REGISTERED,
            )
        ]
    )
    for name, document, tag, words in _documents(sample_project):
        path = tmp_path / f"{name}.pdf"
        write_pdf(document, path)
        reader = PdfReader(path)
        assert reader.metadata.title == document.title, name
        assert reader.xmp_metadata is not None and reader.xmp_metadata.dc_language == [tag], name
        assert reader.xmp_metadata.dc_title["x-default"] == document.title, name
        fonts = reader.pages[0]["/Resources"]["/Font"]
        assert len(fonts) >= 1, f"{name}: text drawn without a font"
        text = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        # Real text: a reader (and a screen reader) finds the words, not shapes.
        assert words.split()[0] in text and words.split()[-1] in text, name


def test_the_handout_says_the_walk_its_map_draws(qapp, sample_project, tmp_path):
    """The map's route is also on the page in words: the stop, and the steps from it."""
    venue = sample_project.venues.get(2)
    path = tmp_path / "handout.pdf"
    write_pdf(handout_for(sample_project, 3, "da"), path)
    text = " ".join(
        subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout.split()
    )
    for option in venue.transit_options:
        assert option.stop_name in text
        for step in option.steps:
            assert " ".join(step.split()) in text
