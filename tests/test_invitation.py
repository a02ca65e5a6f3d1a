"""The invitation: every fact of seeds 000, 002, 003 and 004 in its PDF (pdftotext) and in
its Word file read back with python-docx; the Word file's structure, its LibreOffice
conversion, the one-page programme, Danish and English conventions, the default letter."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile

import docx
import pytest
from pypdf import PdfReader
from test_handout import pdf_text

from app.cli import main
from app.domain import Event, EventKind, InviteeGroup, Language
from app.domain.invitation_text import build_invitation
from app.services.document_pdf import write_pdf
from app.services.invitation_docx import invitation_docx, programme_docx
from app.services.invitation_pdf import InvitationDocument, invitation_for, programme_for

# Each seed's facts as the invitation prints them: dates with the weekday and times by the
# language's convention ("30. april 2024" is in "tirsdag den 30. april 2024"), the phone
# number in pairs. (time, item) pairs are programme rows, a time range with an en dash.
SEEDS = {
    "000": {
        "event": 1,
        "facts": [
            "30. april 2024",
            "16.00",
            "18.30",
            "Byrådssalen",
            "Egedal Rådhus",
            "Dronning Dagmars Vej 200",
            "3650 Ølstykke",
            "S-togslinje C mod Frederikssund",
            "Egedal st.",
            "Herfra kan du gå på få minutter til Egedal Rådhus.",
            "Parkeringspladser findes ved rådhuset langs s-togsbanen.",
            "15. april 2024",
            "via dette link",
            "DEL I: Det tværkommunale samarbejde på det specialiserede socialområde i "
            "hovedstadsregionen",
            "Oplæg: Værdien af KKR-samarbejdet",
            "Oplæg: Det tværfaglige samarbejde i praksis",
            "Fælles drøftelse: Hvordan kan det tværkommunale samarbejde styrkes?",
            "Oplæg: anbefalinger fra ekspertudvalget for socialområdet",
            "Oplæg: Udgiftsdrivende faktorer og potentialerne i den kommunale praksis",
            "Fælles drøftelse: Hvilket krydspres står kommunalpolitikere i og hvordan "
            "håndteres det - i dag og i fremtiden",
            "Afrunding",
            "Henriette Thirup-Bielefeldt, Formand for Social- og arbejdsmarkedsudvalget i "
            "Egedal Kommune",
            "Steen Christiansen, Borgmester i Albertslund Kommune og formand for KKR Hovedstaden",
            "Søren Trier Høisgaard, Velfærdsdirektør i Egedal Kommune og formand for "
            "Embedsmandsudvalget for det specialiserede socialområde",
            "Torben Tranæs, formand for ekspertudvalget for socialområdet og "
            "forskningsdirektør i VIVE",
            "Maibritt Kuszon",
            "Chefkonsulent i Komponent",
        ],
        "rows": [
            ("16.00", "Velkommen"),
            ("16.50–17.00", "Pause og netværk"),
            (
                "17.00",
                "DEL II: Hvordan sikres den økonomiske styring uden at gå på kompromis med "
                "faglighed og kvalitet?",
            ),
            ("18.30", "Tak for i dag!"),
        ],
    },
    "002": {
        "event": 3,
        "facts": [
            "4. maj 2026",
            "15.30",
            "18.00",
            "Gate21",
            "Liljens Kvarter 2",
            "2620 Albertslund",
            "S-togslinje B mod Høje Taastrup",
            "Albertslund st.",
            "Drej til højre, når du kommer ned ad trappen.",
            "Drej til højre efter apoteket.",
            "Fortsæt ligeud forbi Kvickly, indtil du når en trappe.",
            "Den grå bygning til venstre er Gate 21.",
            "Parkeringspladser findes langs bygningerne ved Gate21 og Next Vestskoven Gymnasium.",
            "Derudover er der et større parkeringsområde bag ved Next Vestskoven Gymnasium – her "
            "er det kun parkeringspladserne i gul zone, der må anvendes.",
            "15. april 2026",
            "via linket",
            "DEL I: Nationale og fælleskommunale perspektiver på udvikling af det "
            "specialiserede socialområde",
            "Nationale perspektiver på socialområdet",
            "Det tværfaglige samarbejde i praksis",
            "Værdien af KKR-samarbejdet",
            "Muligheder for lokale prioriteringer",
            "Fælles drøftelse: Hvilke gevinster og begrænsninger er der for det "
            "fælleskommunale samarbejde?",
            "Afrunding",
            "Steen Christiansen, Formand for KKR Hovedstaden og byrådsmedlem i Albertslund Kommune",
            "Michael Laursen, Kontorchef i KL",
            "Janet Samuelsen, Kontorchef i KL",
            "Mie Andresen, Velfærdsdirektør i Frederikssund Kommune og fg. Formand for "
            "Embedsmandsudvalget for det specialiserede socialområde",
            "Steen Christiansen, formand i KKR Hovedstaden og byrådsmedlem i Albertslund Kommune",
            "Clara Rao, Næstformand i KKR Hovedstaden og borgmester i Allerød Kommune",
            "Jan Kjældgaard, formand for Handicap-, Social-, Psykiatri- og "
            "Beskæftigelsesudvalget, Furesø Kommune",
            "Clara Rao, formand i KKR Hovedstaden og borgmester i Allerød Kommune",
            "Steen Christiansen",
            "Byrådsmedlem i Albertslund, formand for KKR Hovedstaden",
            "Borgmester i Allerød, næstformand for KKR Hovedstaden",
        ],
        "rows": [
            ("15.30", "Velkommen"),
            ("16.30–16.45", "Pause"),
            ("16.45", "DEL II: Hvordan sikres et værdifuldt fælleskommunalt samarbejde"),
            ("18.00", "Tak for i dag!"),
        ],
    },
    "003": {
        "event": 4,
        "facts": [
            "18. juni 2024",
            "12.30",
            "15.30",
            "JYSK Park",
            "Silkeborg",
            "Deltagelse er gratis.",
            "20. maj 2024",
            "Foreløbigt program",
            "Torben Hansen, Borgmester i Randers Kommune og KKR Midtjylland formand",
            "Lise Plougmann Willer, Medlem af Ekspertudvalget og direktør Borger & "
            "Arbejdsmarked, Esbjerg Kommune",
            "Oplægsholder under afklaring",
            "Lars Norup, pensioneret chefredaktør for Viborg Stifts Folkeblad",
            "Torben Hansen",
            "Borgmester i Randers og KKR formand",
            "Ib Lauritsen",
            "Borgmester i Ikast-Brande og KKR næstformand",
        ],
        "rows": [
            ("12.30", "Velkomst og oplæg om det tværkommunale samarbejde"),
            ("12.45", "Ekspertudvalgets rapport – de kommunale perspektiver"),
            ("13.15–13.35", "Pause"),
            (
                "13.35",
                "Økonomien på det specialiserede socialområde – herunder et blik på hvordan "
                "bl.a. Økonomiaftalen 2025 understøtter det tværkommunale samarbejde om "
                "rammeaftalen",
            ),
            ("14.15", "Drøftelser ved bordene og i plenum"),
            ("15.20", "Afrunding ved KKR formandskabet"),
        ],
    },
    "004": {
        "event": 5,
        "facts": [
            "31. maj 2024",
            "9.00",
            "13.00",
            "Ringsted Kongrescenter",
            "Nørretorv 55",
            "4100 Ringsted",
            "Nationale og kommunale perspektiver – udfordringer og muligheder",
            "Det nationale ekspertudvalgs rapport og anbefalinger",
            "Regionale og lokale perspektiver – sjællandske udfordringer og initiativer",
            "Rammeaftale Sjællands udviklingsprogram: Styrket forpligtende samarbejde",
            "Forslag og drøftelse af fokusområder i rammeaftalen 2025-2026",
            "Opsamling og videre proces",
            "Afslutning og tak for i dag",
            "Mikael Smed, KKR-formand, borgmester Vordingborg",
            "Morten Bøgelund Andersen, Styregruppeformand, direktør Greve",
            "Jakob Bigum Lundberg, Direktør Næstved Kommune og medlem af ekspertudvalget",
            "v/ Udviklingsgruppen",
            "v/ Styregruppen",
            "Tina Boel, Formand for social- og psykiatriudvalget, Region Sjælland",
            "22. maj 2024",
            "til sekretariatet",
            "posk@greve.dk",
            "25 45 09 46",
            "2 repræsentanter fra handicapråd",
            "2 repræsentanter fra udsatterråd",
            "2 politikere fra hvert udvalg på voksenområdet",
            "2 politikere fra hvert udvalg på børneområdet",
            "Fagdirektører og fagchefer",
            "Ønskes deltagelse med flere repræsentanter, kontakt sekretariatet",
            "Program og deltagerliste mv. følger en uge før",
            "Uddybende om Rammeaftale Sjælland",
            "www.rs17.dk",
            "Mikael Smed",
            "Formand for KKR Sjælland og Borgmester Vordingborg Kommune",
            "Morten Bøgelund Andersen",
            "Styregruppeformand Rammeaftale Sjælland og Direktør Greve Kommune",
        ],
        "rows": [
            ("8.45–9.00", "Ankomst og morgenkaffe med brød"),
            ("9.00", "Velkomst, kort om Rammeaftalen og dagens program"),
            ("12.30", "Frokost"),
        ],
    },
}


def norm(text: str) -> str:
    """White space made single spaces and letters folded: the seeds and the sample differ
    only in capitals ("formand" / "Formand") and line breaks."""
    return re.sub(r"\s+", " ", text).strip().casefold()


def docx_text(path) -> str:
    """Every paragraph and table cell of a Word file as python-docx reads it back."""
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


def docx_rows(path) -> list[tuple[str, str]]:
    document = docx.Document(str(path))
    return [
        (row.cells[0].text.strip(), norm(row.cells[1].text))
        for table in document.tables
        for row in table.rows
    ]


def missing_facts(facts: list[str], text: str) -> list[str]:
    found = norm(text)
    return [f for f in facts if norm(f) not in found]


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_every_seed_fact_is_in_the_invitation_pdf(qapp, sample_project, tmp_path, seed):
    spec = SEEDS[seed]
    path = tmp_path / f"invitation-{seed}.pdf"
    write_pdf(invitation_for(sample_project, spec["event"]), path)
    text = pdf_text(path)
    assert not missing_facts(spec["facts"], text), text
    # A programme row prints its time just before its item.
    rows = [f"{time} {item}" for time, item in spec["rows"]]
    assert not missing_facts(rows, text), text


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_every_seed_fact_is_in_the_word_file_read_back(sample_project, tmp_path, seed):
    spec = SEEDS[seed]
    event = sample_project.events.get(spec["event"])
    venue = sample_project.venues.get(event.venue_id)
    path = tmp_path / f"invitation-{seed}.docx"
    invitation_docx(event, venue, path)
    assert not missing_facts(spec["facts"], docx_text(path))
    rows = docx_rows(path)
    for time, item in spec["rows"]:
        assert any(t.startswith(time) and cell.startswith(norm(item)) for t, cell in rows), item


def test_word_file_uses_word_styles_a_programme_table_and_no_text_boxes(sample_project, tmp_path):
    event = sample_project.events.get(3)
    path = tmp_path / "temamoede.docx"
    invitation_docx(event, sample_project.venues.get(2), path)
    document = docx.Document(str(path))
    styles = {p.style.name: p.text for p in document.paragraphs if p.text}
    assert styles["Title"] == "Politisk temamøde om det specialiserede socialområde"
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings == ["Program", "Praktisk information", "Find vej", "Parkering", "Tilmelding"]
    steps = [p.text for p in document.paragraphs if p.style.name == "List Number"]
    assert steps[0] == "Drej til højre, når du kommer ned ad trappen." and len(steps) == 4
    letter = [p.text for p in document.paragraphs if p.style.name == "Normal" and p.text]
    assert any(p.startswith("Vi inviterer jer til politisk temamøde") for p in letter)
    box, programme = document.tables
    assert [r.cells[0].text for r in box.rows][0] == "Tidspunkt"
    assert len(programme.rows) == len(event.programme) + 1  # under a row of column headings
    assert document.core_properties.title.startswith("Invitation: Politisk temamøde")
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    assert "txbxContent" not in xml and "<v:shape" not in xml and "wps:wsp" not in xml
    assert 'w:val="da-DK"' in zipfile.ZipFile(path).read("word/styles.xml").decode()


def test_word_files_convert_cleanly_with_libreoffice(sample_project, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice (soffice, with Writer) is part of the test set-up"
    event = sample_project.events.get(5)
    venue = sample_project.venues.get(4)
    invitation_docx(event, venue, tmp_path / "invitation.docx")
    programme_docx(event, venue, tmp_path / "programme.docx")
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "out"),
            str(tmp_path / "invitation.docx"),
            str(tmp_path / "programme.docx"),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    text = pdf_text(tmp_path / "out" / "invitation.pdf")
    assert not missing_facts(SEEDS["004"]["facts"], text), text
    programme = pdf_text(tmp_path / "out" / "programme.pdf")
    assert "Velkomst, kort om Rammeaftalen og dagens program" in programme
    assert len(PdfReader(tmp_path / "out" / "programme.pdf").pages) == 1


@pytest.mark.parametrize("event_id", [1, 3, 4, 5])
def test_programme_alone_is_one_page_with_every_item(qapp, sample_project, tmp_path, event_id):
    path = tmp_path / "programme.pdf"
    assert write_pdf(programme_for(sample_project, event_id), path) == 1
    assert len(PdfReader(path).pages) == 1
    text = norm(pdf_text(path))
    for item in sample_project.events.get(event_id).programme:
        assert norm(item.title) in text


def test_preliminary_programme_and_long_programme_still_one_page(qapp, sample_project, tmp_path):
    event = sample_project.events.get(4)
    event.programme = event.programme * 5
    document = programme_for(sample_project, 4)
    document.invitation = build_invitation(event, sample_project.venues.get(3))
    path = tmp_path / "long.pdf"
    assert write_pdf(document, path) == 1
    assert document.body_pt < 11
    text = pdf_text(path)
    assert "FORELØBIGT PROGRAM" in text and text.count("Afrunding ved KKR formandskabet") == 5


def test_danish_and_english_conventions(qapp, sample_project, tmp_path):
    da, en = tmp_path / "da.pdf", tmp_path / "en.pdf"
    write_pdf(invitation_for(sample_project, 1, "da"), da)
    write_pdf(invitation_for(sample_project, 1, "en"), en)
    danish, english = pdf_text(da), pdf_text(en)
    assert "tirsdag den 30. april 2024 kl. 16.00–18.30" in danish
    assert "Tilmelding sker via dette link senest mandag den 15. april 2024." in danish
    assert "Tuesday 30 April 2024, 16:00–18:30" in english
    assert "16:50–17:00 Pause og netværk" in english
    assert "Take the train: S-train line C towards Frederikssund stops at Egedal st." in english
    # The letter is written in Danish: an English invitation gets the default English one.
    assert "Dear all" in english and "Kære udvalgsmedlemmer" not in english
    assert "Kind regards" in english


def test_default_letter_from_kind_title_organiser_and_groups():
    event = Event(
        title="Temamøde om beskæftigelse",
        kind=EventKind.THEME_MEETING,
        organiser="KKR Nordjylland",
        invitee_groups=[InviteeGroup("Udvalgsmedlemmer"), InviteeGroup("Direktører")],
    )
    danish = build_invitation(event, None, "da")
    assert danish.salutation == "Kære udvalgsmedlemmer og direktører"
    assert danish.paragraphs[0] == "KKR Nordjylland inviterer hermed til temamøde om beskæftigelse."
    assert danish.closing == "Med venlig hilsen"
    english = build_invitation(event, None, "en")
    assert english.paragraphs[0] == (
        "KKR Nordjylland invites you to the theme meeting “Temamøde om beskæftigelse”."
    )
    assert english.paragraphs[1] == "The invitation is for Udvalgsmedlemmer and Direktører."
    event.language = Language.DA
    event.letter_body = "Første afsnit.\n\nAndet\nafsnit."
    assert build_invitation(event, None, "da").paragraphs == ["Første afsnit.", "Andet afsnit."]


def test_sign_up_link_gets_a_qr_code_in_pdf_and_word(qapp, sample_project, tmp_path):
    event = sample_project.events.get(3)
    event.registration_url = "https://forms.office.com/r/temamoede"
    venue = sample_project.venues.get(2)
    pdf = tmp_path / "qr.pdf"
    write_pdf(InvitationDocument(event, venue), pdf)
    assert "Link: https://forms.office.com/r/temamoede" in pdf_text(pdf)
    assert any(page.images for page in PdfReader(pdf).pages)
    word = tmp_path / "qr.docx"
    invitation_docx(event, venue, word)
    assert len(docx.Document(str(word)).inline_shapes) == 1


def test_cli_writes_pdf_and_docx_and_refuses_bad_input_in_one_line(capsys, sample_path, tmp_path):
    out = tmp_path / "inv.docx"
    assert main(["invitation", str(sample_path), "--event", "5", "-o", str(out)]) == 0
    assert "www.rs17.dk" in docx_text(out)
    pdf = tmp_path / "programme.pdf"
    assert (
        main(["programme", str(sample_path), "--event", "4", "-o", str(pdf), "--lang", "en"]) == 0
    )
    assert "PRELIMINARY PROGRAMME" in pdf_text(pdf)
    capsys.readouterr()
    bad = tmp_path / "inv.txt"
    assert main(["invitation", str(sample_path), "--event", "5", "-o", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "must end in .pdf or .docx" in err and not bad.exists()
    assert (
        main(["programme", str(sample_path), "--event", "77", "-o", str(pdf.with_name("x.pdf"))])
        == 1
    )
    assert capsys.readouterr().err == "venueplan: There is no event with id 77.\n"
    assert not pdf.with_name("x.pdf").exists()


def test_only_recorded_accessibility_facts_are_printed(sample_project):
    event = sample_project.events.get(1)
    venue = sample_project.venues.get(1)
    # The sample records none: no line, not even that step-free access is unconfirmed.
    assert build_invitation(event, venue).accessibility == []
    venue.lift = venue.hearing_loop = venue.step_free_access = True
    assert build_invitation(event, venue).accessibility == [
        "Der er trinfri adgang til bygningen.",
        "Der er elevator og teleslynge.",
    ]


def test_an_event_without_a_venue_says_directions_follow(qapp, sample_project, tmp_path):
    path = tmp_path / "dialogmoede-2016.pdf"
    write_pdf(invitation_for(sample_project, 2), path)
    text = pdf_text(path)
    assert "Mødested Endnu ikke fastlagt" in text
    assert "Mødestedet er endnu ikke fastlagt, så vej og parkering følger senere." in text
    assert "Plenumdebat" in text and "Særligt tema i Udviklingsstrategi 2016" in text


def test_a_long_link_wraps_instead_of_running_off_the_page(qapp, sample_project, tmp_path):
    event = sample_project.events.get(5)
    link = "https://forms.office.com/Pages/ResponsePage.aspx?id=" + "AbCdEfGh" * 20
    event.registration_url = link
    path = tmp_path / "long-link.pdf"
    write_pdf(InvitationDocument(event, sample_project.venues.get(4)), path)
    assert link in re.sub(r"\s+", "", pdf_text(path))
    # Every word ends inside the A4 page's printable width (595 pt less the margins).
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    right_edges = [float(x) for x in re.findall(r'xMax="([0-9.]+)"', boxes)]
    assert right_edges and max(right_edges) <= 595 - 16 * 72 / 25.4 + 0.5
