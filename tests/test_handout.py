"""The directions handout: one page per event, every logistics fact in Danish and English."""

from __future__ import annotations

import re
import subprocess
import unicodedata

import pytest
from pypdf import PdfReader

from app.domain.enums import GuestParking, TransitMode
from app.domain.venue import ParkingZone, TransitOption
from app.services.document_pdf import write_pdf
from app.services.handout_pdf import HandoutDocument, NoHandoutError, handout_for

SAMPLE_EVENTS = [1, 3, 4, 5]  # event 2 has no venue, so no handout


def pdf_text(path) -> str:
    """The PDF's text as poppler extracts it, with runs of white space made one space.

    Qt never hyphenates, so a line that ends in '-' broke at a real hyphen ("S-tog"): the
    hyphen is kept and the line break dropped (plain pdftotext would drop the hyphen too).
    """
    out = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    out = re.sub(r"(\w)-[ \t]*\n\s*", r"\1-", unicodedata.normalize("NFKC", out))
    return re.sub(r"\s+", " ", out)


def write_handout(project, event_id, lang, tmp_path):
    path = tmp_path / f"handout-{event_id}-{lang}.pdf"
    pages = write_pdf(handout_for(project, event_id, lang), path)
    return path, pages


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("event_id", SAMPLE_EVENTS)
def test_every_sample_handout_is_one_page(qapp, sample_project, tmp_path, event_id, lang):
    path, pages = write_handout(sample_project, event_id, lang, tmp_path)
    assert pages == 1
    assert len(PdfReader(path).pages) == 1
    assert not list(tmp_path.glob(".*.tmp"))  # the temp file was moved into place


FACTS = {
    (1, "da"): [
        "PRAKTISK INFORMATION",
        "Politisk dialogmøde om det specialiserede socialområde",
        "tirsdag den 30. april 2024 kl. 16.00–18.30",
        "Byrådssalen, Egedal Rådhus",
        "Dronning Dagmars Vej 200, 3650 Ølstykke",
        "Tag toget: S-togslinje C mod Frederikssund stopper på Egedal st.",
        "Herfra kan du gå på få minutter til Egedal Rådhus.",
        "Du kan parkere i P-pladserne ved rådhuset.",
        "Parkeringspladser findes ved rådhuset langs s-togsbanen.",
        "Trinfri adgang er ikke bekræftet",
        "Tilmelding senest mandag den 15. april 2024.",
        "KKR Hovedstaden",
    ],
    (1, "en"): [
        "PRACTICAL INFORMATION",
        "Tuesday 30 April 2024, 16:00–18:30",
        "Byrådssalen, Egedal Rådhus",
        "Dronning Dagmars Vej 200, 3650 Ølstykke",
        "Take the train: S-train line C towards Frederikssund stops at Egedal st.",
        "You can park in P-pladserne ved rådhuset.",
        "Step-free access has not been confirmed",
        "Please register by Monday 15 April 2024.",
    ],
    (3, "da"): [
        "mandag den 4. maj 2026 kl. 15.30–18.00",
        "Gate21",
        "Liljens Kvarter 2, 2620 Albertslund",
        "Tag toget: S-togslinje B mod Høje Taastrup stopper på Albertslund st.",
        "Drej til højre, når du kommer ned ad trappen.",
        "Drej til højre efter apoteket.",
        "Fortsæt ligeud forbi Kvickly, indtil du når en trappe.",
        "Den grå bygning til venstre er Gate 21.",
        "Kun P-pladserne ved Gate21 og Next Vestskoven Gymnasium og gul zone må anvendes.",
        "Øvrige P-pladser bag Next Vestskoven Gymnasium må ikke anvendes.",
        "her er det kun parkeringspladserne i gul zone, der må anvendes.",
        "Gul zone bag Next Vestskoven Gymnasium",
        "Tilmelding senest onsdag den 15. april 2026.",
    ],
    (3, "en"): [
        "Monday 4 May 2026, 15:30–18:00",
        "Take the train: S-train line B towards Høje Taastrup stops at Albertslund st.",
        "Den grå bygning til venstre er Gate 21.",
        "Only P-pladserne ved Gate21 og Next Vestskoven Gymnasium and yellow zone may be used.",
        "Øvrige P-pladser bag Next Vestskoven Gymnasium may not be used.",
        "Not for guests",
        "Please register by Wednesday 15 April 2026.",
    ],
    (4, "da"): [
        "tirsdag den 18. juni 2024 kl. 12.30–15.30",
        "JYSK Park",
        "Du finder JYSK Park i Silkeborg.",
        "Tilmelding senest mandag den 20. maj 2024.",
    ],
    (4, "en"): [
        "Tuesday 18 June 2024, 12:30–15:30",
        "JYSK Park is in Silkeborg.",
        "Please register by Monday 20 May 2024.",
    ],
    (5, "da"): [
        "fredag den 31. maj 2024 kl. 9.00–13.00",
        "Ankomst fra kl. 8.45.",
        "Ringsted Kongrescenter",
        "Nørretorv 55, 4100 Ringsted",
        "Tilmelding senest onsdag den 22. maj 2024.",
        "posk@greve.dk",
        "25 45 09 46",
        "KKR Sjælland og Styregruppen for Rammeaftale Sjælland",
    ],
    (5, "en"): [
        "Friday 31 May 2024, 09:00–13:00",
        "Doors open at 08:45.",
        "Please register by Wednesday 22 May 2024.",
        "Register by e-mail to posk@greve.dk.",
        "Phone: 25 45 09 46",
    ],
}


@pytest.mark.parametrize("key", sorted(FACTS))
def test_handout_states_each_logistics_fact(qapp, sample_project, tmp_path, key):
    event_id, lang = key
    path, _ = write_handout(sample_project, event_id, lang, tmp_path)
    text = pdf_text(path)
    missing = [fact for fact in FACTS[key] if fact not in text]
    assert not missing, f"not in the handout: {missing}\n{text}"


def test_handout_takes_the_event_language_by_default(qapp, sample_project, tmp_path):
    doc = handout_for(sample_project, 1)
    assert doc.lang == "da"
    path = tmp_path / "default.pdf"
    write_pdf(doc, path)
    assert "Find vej" in pdf_text(path)


def test_long_walking_directions_shrink_onto_one_page(qapp, sample_project, tmp_path):
    event = sample_project.events.get(3)
    venue = sample_project.venues.get(2)
    long_step = (
        "Gå ligeud ad stien langs søen forbi legepladsen og den store bøg, og fortsæt "
        "over broen, til du ser skiltet med konferencecentrets navn på højre hånd"
    )
    steps = [f"{i}. del: {long_step}." for i in range(1, 26)]
    venue.transit_options.append(
        TransitOption(
            mode=TransitMode.BUS,
            line="143",
            direction="Albertslund st.",
            stop_name="Kvickly",
            stop_latitude=55.6552,
            stop_longitude=12.3530,
            steps=steps,
        )
    )
    venue.parking_zones += [
        ParkingZone(
            name=f"Zone {n}",
            colour="red",
            guests=GuestParking.NO,
            notes="Reserveret til personale hele dagen.",
        )
        for n in range(6)
    ]
    doc = HandoutDocument(event, venue, "da")
    path = tmp_path / "long.pdf"
    assert write_pdf(doc, path) == 1
    assert len(PdfReader(path).pages) == 1
    # It shrank (the map and then the steps' type), and nothing was cut off.
    assert doc.fit.map_mm < 118 and doc.fit.steps_pt < 10
    text = pdf_text(path)
    assert "1. del: Gå ligeud" in text and "25. del: Gå ligeud" in text
    assert "Tag bussen: Buslinje 143 mod Albertslund st. stopper ved Kvickly." in text
    assert "Reserveret til personale hele dagen." in text


def test_handout_pdf_embeds_a_font_with_danish_letters(qapp, sample_project, tmp_path):
    path, _ = write_handout(sample_project, 1, "da", tmp_path)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    assert "yes" in fonts.split("\n", 2)[2]  # embedded
    assert "Ølstykke" in pdf_text(path) and "Rådhus" in pdf_text(path)


def test_a_captured_background_map_can_replace_the_drawn_one(qapp, sample_project, tmp_path):
    from PySide6.QtGui import QColor, QImage

    captured = QImage(640, 400, QImage.Format.Format_RGB32)
    captured.fill(QColor("#336699"))
    path = tmp_path / "live.pdf"
    write_pdf(handout_for(sample_project, 3, "da", map_image=captured), path)
    assert _image_sizes(path) == [(640, 400)]
    drawn = tmp_path / "drawn.pdf"
    document = handout_for(sample_project, 3, "da")
    write_pdf(document, drawn)
    # The drawn map is vectors and text on the page, not a picture (only the layout's 1×1
    # blank stand-in is an image): its labels are text.
    assert _image_sizes(drawn) == [(1, 1)]
    assert document.map_rect is not None and document.map_rect.width() > 500
    assert "Albertslund st. (B)" in pdf_text(drawn)


def test_an_event_without_a_venue_gets_no_handout_but_a_reason(sample_project):
    with pytest.raises(NoHandoutError) as raised:
        handout_for(sample_project, 2, "da")
    assert str(raised.value) == (
        "Dialogmøde om det specialiserede socialområde has no venue yet, "
        "so it has no directions handout."
    )


@pytest.mark.parametrize("event_id", SAMPLE_EVENTS)
@pytest.mark.parametrize("lang", ["da", "en"])
def test_handouts_say_only_what_is_known(qapp, sample_project, tmp_path, event_id, lang):
    text = pdf_text(write_handout(sample_project, event_id, lang, tmp_path)[0])
    for unknown in (
        "Der er ikke angivet",
        "No public transport details",
        "No parking details",
        "ikke fastlagt",
        "not been set",
    ):
        assert unknown not in text


def test_english_handout_prints_the_coordinators_danish_note_once_and_alone(
    qapp, sample_project, tmp_path
):
    text = pdf_text(write_handout(sample_project, 1, "en", tmp_path)[0])
    assert text.count("Herfra kan du gå på få minutter til Egedal Rådhus.") == 1
    assert "walk to Egedal Rådhus" not in text  # no generated estimate beside the note


def _image_sizes(path) -> list[tuple[int, int]]:
    """(width, height) of the page's raster images, read from the PDF's XObjects."""
    resources = PdfReader(path).pages[0]["/Resources"]
    xobjects = resources.get("/XObject", {})
    found = [xobjects[name].get_object() for name in xobjects]
    return [(int(x["/Width"]), int(x["/Height"])) for x in found if x["/Subtype"] == "/Image"]


def test_english_versions_of_the_coordinators_texts_reach_english_documents_only(
    qapp, sample_project, tmp_path
):
    venue = sample_project.venues.get(2)
    zone = venue.parking_zones[1]
    zone.name_en, zone.notes_en = "Yellow zone behind the upper school", "Part of the big car park."
    option = venue.transit_options[0]
    option.steps_en = ["Turn right at the foot of the stairs.", "Walk on past the shops."]
    venue.entrances[0].notes = "Brug døren til venstre."
    venue.entrances[0].notes_en = "Use the door on the left."
    sample_project.venues.save(venue)
    english = pdf_text(write_handout(sample_project, 3, "en", tmp_path)[0])
    for text in (
        "Yellow zone behind the upper school",
        "Part of the big car park.",
        "Turn right at the foot of the stairs.",
        "Use the door on the left.",
    ):
        assert text in english
    assert "Drej til højre" not in english and "Brug døren" not in english
    danish = pdf_text(write_handout(sample_project, 3, "da", tmp_path)[0])
    assert "Drej til højre, når du kommer ned ad trappen." in danish
    assert "Brug døren til venstre." in danish and "upper school" not in danish


def test_the_command_gives_the_reason_for_an_event_without_a_venue(sample_path, tmp_path, capsys):
    from app.cli import main

    out = tmp_path / "none.pdf"
    assert main(["handout", str(sample_path), "--event", "2", "-o", str(out)]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and not out.exists()
    assert captured.err.strip() == (
        "venueplan: Dialogmøde om det specialiserede socialområde has no venue yet, "
        "so it has no directions handout."
    )
