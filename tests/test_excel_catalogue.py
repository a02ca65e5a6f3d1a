"""The venue catalogue and the events overview workbooks, read back from the sample project."""

import datetime as dt

import openpyxl
import pytest
from sample_rooms import place_in_example_rooms
from test_excel_event_workbook import calamine_sheets, kickoff, people

from app.services.excel import write_catalogue_workbook, write_events_workbook


@pytest.fixture
def sample_path(sample_path):
    """The sample with its events in the venues' example rooms (tests/sample_rooms.py)."""
    place_in_example_rooms(sample_path)
    return sample_path


def rows_by_heading(rows: list[list], header_row: int = 3) -> list[dict]:
    header = rows[header_row]
    return [
        dict(zip(header, r, strict=False))
        for r in rows[header_row + 1 :]
        if any(v != "" for v in r)
    ]


def test_catalogue_lists_venues_rooms_transit_entrances_and_parking(sample_project, tmp_path):
    path = tmp_path / "steder.xlsx"
    summary = write_catalogue_workbook(sample_project, path)
    assert summary["venues"] == 4
    sheets = calamine_sheets(path)
    assert list(sheets) == ["Mødesteder", "Lokaler", "Offentlig transport", "Indgange", "Parkering"]
    venues = {v["Mødested"]: v for v in rows_by_heading(sheets["Mødesteder"])}
    # Danish order: Egedal, Gate21, JYSK, Ringsted.
    assert list(venues) == ["Egedal Rådhus", "Gate21", "JYSK Park", "Ringsted Kongrescenter"]
    egedal = venues["Egedal Rådhus"]
    assert (egedal["Adresse"], egedal["Postnr."], egedal["By"]) == (
        "Dronning Dagmars Vej 200",
        "3650",
        "Ølstykke",
    )
    assert (egedal["Breddegrad"], egedal["Længdegrad"]) == (55.7733, 12.1813)
    assert egedal["Omtrentlig"] == "Ja" and egedal["Største kapacitet"] == 150
    assert (
        venues["Gate21"]["Parkering"]
        == "Kun P-pladserne ved Gate21 og Next Vestskoven Gymnasium og gul zone må anvendes. "
        "Øvrige P-pladser bag Next Vestskoven Gymnasium må ikke anvendes."
    )
    rooms = rows_by_heading(sheets["Lokaler"])
    store = next(
        r for r in rooms if r["Lokale"] == "Eksempellokale" and r["Mødested"].startswith("Ringsted")
    )
    assert (store["Biografopstilling"], store["Caféopstilling"], store["Hesteskoopstilling"]) == (
        600,
        360,
        "",
    )
    transit = {t["Mødested"]: t for t in rows_by_heading(sheets["Offentlig transport"])}
    assert transit["Gate21"]["Sådan går du"].startswith("1. Drej til højre, når du kommer")
    assert (
        transit["Egedal Rådhus"]["Om gangvejen"]
        == "Herfra kan du gå på få minutter til Egedal Rådhus."
    )
    # No minutes and no note entered: proposed from the coordinates, and said to be.
    assert isinstance(transit["Gate21"]["Gangtid (min.)"], float)
    assert transit["Gate21"]["Om gangvejen"] == "beregnet ud fra koordinaterne"
    zones = rows_by_heading(sheets["Parkering"])
    grey = next(z for z in zones if z["Zone"] == "Øvrige P-pladser bag Next Vestskoven Gymnasium")
    assert grey["Mødested"] == "Gate21" and grey["Gæster"] == "Må ikke anvendes"
    ws = openpyxl.load_workbook(path)["Lokaler"]
    assert ws.tables["Rooms"].ref == "A4:J10"  # six rooms, ten columns
    assert ws.print_title_rows == "$4:$4" and ws.freeze_panes == "B5"


def test_events_overview_gives_each_events_key_numbers(sample_project, tmp_path):
    event = kickoff(sample_project)
    sample_project.registrations.add_many(people(event.id))
    path = tmp_path / "arrangementer.xlsx"
    assert write_events_workbook(sample_project, path)["events"] == 5
    rows = rows_by_heading(calamine_sheets(path)["Arrangementer"])
    assert [r["Dato"] for r in rows] == sorted(r["Dato"] for r in rows)  # by date
    kick = next(r for r in rows if r["Arrangement"].startswith("Kickoff"))
    assert kick["Dato"] == dt.date(2024, 5, 31)
    assert (kick["Tid"], kick["Mødested og lokale"]) == (
        "9.00\u201313.00",
        "Eksempellokale, Ringsted Kongrescenter",
    )
    assert (kick["Kapacitet"], kick["Tilmeldte"], kick["På venteliste"], kick["Ledige"]) == (
        360,
        29,
        1,
        331,
    )
    assert kick["I bil"] == 9 and kick["Status"] == "Plads nok"
    assert "Tilmeldinger, der ikke nævner nogen" in kick["Opmærksomhedspunkter"]
    undated = next(r for r in rows if r["Arrangement"].startswith("Dialogmøde"))
    assert undated["Status"] == "Ukendt"
    ws = openpyxl.load_workbook(path)["Arrangementer"]
    assert ws.tables["Events"].ref == "A4:M9"
    assert ws.page_setup.orientation == "landscape"


def test_catalogue_in_english(sample_project, tmp_path):
    path = tmp_path / "venues.xlsx"
    write_catalogue_workbook(sample_project, path, lang="en")
    sheets = calamine_sheets(path)
    assert list(sheets) == ["Venues", "Rooms", "Public transport", "Entrances", "Parking"]
    assert sheets["Venues"][0][0] == "Catalogue of venues"
    assert sheets["Rooms"][3][:4] == ["Venue", "Room", "Theatre", "Classroom"]


def test_an_empty_project_still_gives_readable_workbooks(tmp_path):
    from app.storage import Project

    with Project.create(tmp_path / "tom.venueplan") as project:
        write_catalogue_workbook(project, tmp_path / "steder.xlsx")
        write_events_workbook(project, tmp_path / "arrangementer.xlsx")
    venues = calamine_sheets(tmp_path / "steder.xlsx")["Mødesteder"]
    assert venues[2][0] == "Der er ingen mødesteder." and venues[3][0] == "Mødested"
    events = calamine_sheets(tmp_path / "arrangementer.xlsx")["Arrangementer"]
    assert events[2][0] == "Der er ingen arrangementer."
    ws = openpyxl.load_workbook(tmp_path / "arrangementer.xlsx")["Arrangementer"]
    assert ws.tables["Events"].ref == "A4:M5"  # a table needs one (empty) row
