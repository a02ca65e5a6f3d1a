"""The printed map with stored surroundings: streets, railway, station and buildings drawn as
vectors (their names are text in the PDF), the venue's building highlighted, the Denmark
inset beside a venue that has only its own point; with nothing stored, a labelled sketch."""

from __future__ import annotations

import re
import subprocess
import unicodedata

import pytest
from overpass_server import store_recorded
from pypdf import PdfReader
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor
from test_handout import pdf_text

from app.services.document_pdf import write_pdf
from app.services.handout_map import is_locator, render_site_map
from app.services.handout_pdf import handout_for
from app.services.street_map import VENUE_BUILDING, venue_building

GATE21_EVENT, JYSK_EVENT = 3, 4


def _pictures(path) -> list[tuple[int, int]]:
    """Raster images on the page larger than the drawn map's 1×1 blank stand-in."""
    resources = PdfReader(path).pages[0]["/Resources"]
    xobjects = resources.get("/XObject", {})
    found = [xobjects[name].get_object() for name in xobjects]
    sizes = [(int(x["/Width"]), int(x["/Height"])) for x in found if x["/Subtype"] == "/Image"]
    return [s for s in sizes if s != (1, 1)]


def _map_words(path) -> str:
    """The page's text as pypdf reads it, street names along their streets included."""
    text = unicodedata.normalize("NFKC", PdfReader(path).pages[0].extract_text())
    return re.sub(r"\s+", " ", text)


def test_gate21_handout_prints_the_streets_as_vectors(qapp, sample_project, tmp_path):
    store_recorded(sample_project, 2)
    path = tmp_path / "gate21.pdf"
    write_pdf(handout_for(sample_project, GATE21_EVENT, "da"), path)
    words = _map_words(path)
    for name in ("Testvej", "Teststien"):
        assert name in words  # street names are text on the page: vectors, not a picture
    text = pdf_text(path)
    assert "Kort: © OpenStreetMap-bidragydere, hentet 1. december 2026." in text
    assert "Skitse" not in text
    assert _pictures(path) == []
    # Drawn at 150 dpi to look at: the map is there, in colour.
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(path), str(tmp_path / "page")], check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 20_000


def test_english_handout_credits_openstreetmap_in_english(qapp, sample_project, tmp_path):
    store_recorded(sample_project, 2)
    path = tmp_path / "gate21-en.pdf"
    write_pdf(handout_for(sample_project, GATE21_EVENT, "en"), path)
    assert "Map: © OpenStreetMap contributors, fetched 1 December 2026." in pdf_text(path)


def test_a_venue_with_only_its_point_gets_a_street_map_with_the_denmark_inset(
    qapp, sample_project, tmp_path
):
    venue = sample_project.venues.get(3)
    assert is_locator(venue)  # nothing stored: Denmark, as before
    surroundings = store_recorded(sample_project, 3)
    assert not is_locator(venue, surroundings)
    path = tmp_path / "jysk.pdf"
    write_pdf(handout_for(sample_project, JYSK_EVENT, "da"), path)
    text = _map_words(path)
    assert "Testalléen" in text and "JYSK Park" in text
    assert "Natural Earth" in text  # the inset's credit: Denmark is drawn beside the streets


def test_without_surroundings_the_map_is_labelled_a_sketch(qapp, sample_project, tmp_path):
    path = tmp_path / "sketch.pdf"
    write_pdf(handout_for(sample_project, GATE21_EVENT, "da"), path)
    text = pdf_text(path)
    assert "Skitse tegnet ud fra mødestedets koordinater (ikke et kort)." in text
    assert "OpenStreetMap" not in text


@pytest.mark.parametrize("venue_id", [1, 2])
def test_the_venues_own_building_is_found_and_highlighted(qapp, sample_project, venue_id):
    surroundings = store_recorded(sample_project, venue_id)
    venue = sample_project.venues.get(venue_id)
    building = venue_building(surroundings, venue)
    assert building is not None and building.name.startswith("Test")
    image = render_site_map(venue, "da", QSize(900, 500), surroundings=surroundings)
    target = QColor(VENUE_BUILDING)
    found = sum(
        1
        for y in range(0, image.height(), 3)
        for x in range(0, image.width(), 3)
        if abs(image.pixelColor(x, y).red() - target.red()) < 6
        and abs(image.pixelColor(x, y).green() - target.green()) < 6
        and abs(image.pixelColor(x, y).blue() - target.blue()) < 6
    )
    assert found > 50
