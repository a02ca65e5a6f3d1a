"""Walking routes along the stored streets: a small graph with a known shortest path, stairs
left out of a step-free route, a waypoint, and the route's length and time in the handout and
the workbook in place of the straight-line estimate; steps pinned to points are numbered on
the printed map."""

from __future__ import annotations

import datetime as dt
import math
import re

import pytest
from overpass_server import store_recorded
from pypdf import PdfReader
from python_calamine import CalamineWorkbook
from test_handout import pdf_text

from app.domain.surroundings import Feature, Surroundings
from app.services.document_pdf import write_pdf
from app.services.excel import write_event_workbook
from app.services.handout_pdf import handout_for
from app.services.walking_routes import WalkGraph, venue_walks
from app.storage import Project

LAT0, LON0 = 55.0, 12.0
KX = 111_320.0 * math.cos(math.radians(LAT0))


def at(x_m: float, y_m: float) -> tuple[float, float]:
    """A point x metres east and y metres north of (LAT0, LON0)."""
    return (LAT0 + y_m / 111_320.0, LON0 + x_m / KX)


def ladder() -> Surroundings:
    """Two parallel streets 100 m apart, joined by a short stair at x=0 and a path at
    x=300: from (0, 0) to (0, 100) the shortest way is the 100 m of stairs, and without
    stairs it is 300 + 100 + 300 = 700 m."""
    south = Feature("street", (at(0, 0), at(100, 0), at(200, 0), at(300, 0)), "Sydvej")
    north = Feature("street", (at(0, 100), at(150, 100), at(300, 100)), "Nordvej")
    stairs = Feature("footway", (at(0, 0), at(0, 100)), "Trappen", steps=True)
    path = Feature("footway", (at(300, 0), at(300, 100)), "Stien")
    return Surroundings(
        LAT0, LON0, 800, dt.datetime(2026, 12, 1), "test", [south, north, stairs, path]
    )


def test_the_shortest_path_takes_the_stairs():
    route = WalkGraph.from_surroundings(ladder()).route(at(0, -5), at(0, 105))
    assert route is not None
    assert route.length_m == pytest.approx(110, abs=0.5)  # 5 m on, 100 m of stairs, 5 m off
    assert route.points[0] == at(0, -5) and route.points[-1] == at(0, 105)


def test_a_step_free_route_goes_round_by_the_path():
    route = WalkGraph.from_surroundings(ladder()).route(at(0, -5), at(0, 105), step_free=True)
    assert route is not None and route.step_free
    assert route.length_m == pytest.approx(5 + 300 + 100 + 300 + 5, abs=0.5)
    assert at(300, 0) in route.points and at(300, 100) in route.points


def test_a_waypoint_is_passed():
    graph = WalkGraph.from_surroundings(ladder())
    route = graph.route(at(0, -5), at(0, 105), via=[at(150, 100)])
    assert route is not None
    # Stairs up (100), east along Nordvej to the waypoint (150) and back (150), plus 10 m.
    assert route.length_m == pytest.approx(410, abs=0.5)


def test_start_and_end_on_one_street_walk_straight_along_it():
    route = WalkGraph.from_surroundings(ladder()).route(at(20, -3), at(80, 3))
    assert route is not None and route.length_m == pytest.approx(66, abs=0.5)


def test_points_off_the_network_get_no_route():
    graph = WalkGraph.from_surroundings(ladder())
    assert graph.route(at(0, -5), at(0, 600)) is None  # 500 m from any street
    island = Surroundings(LAT0, LON0, 800, dt.datetime(2026, 12, 1), "t", [*ladder().features])
    island.features.append(Feature("street", (at(0, 200), at(100, 200)), "Ø-vej"))
    assert WalkGraph.from_surroundings(island).route(at(0, -5), at(50, 200)) is None


def test_the_walking_speed_sets_the_minutes(sample_project):
    surroundings = store_recorded(sample_project, 2)
    venue = sample_project.venues.get(2)
    [fast] = venue_walks(venue, surroundings, 4.5)
    [slow] = venue_walks(venue, surroundings, 3.0)
    assert fast.along_streets and fast.distance_m == slow.distance_m == 252
    assert (fast.minutes, slow.minutes) == (4, 6)  # 252 m at 75 and 50 m a minute, rounded up
    venue.transit_options[0].route_step_free = True
    [round_about] = venue_walks(venue, surroundings, 4.5)
    assert round_about.distance_m == 478  # by Testvej, not the stairs of Testtrappen


def confirm_point(project, venue_id: int) -> None:
    """Mark the sample venue's point as checked: minutes walked from an approximate point
    are not printed (issue 17), and these tests are about the minutes."""
    venue = project.venues.get(venue_id)
    venue.coordinates_approximate = False
    project.venues.save(venue)


def test_handout_gives_the_routes_length_and_time(qapp, sample_project, tmp_path):
    confirm_point(sample_project, 2)
    store_recorded(sample_project, 2)
    path = tmp_path / "gate21.pdf"
    write_pdf(handout_for(sample_project, 3, "da", walking_speed=3.0), path)
    text = pdf_text(path)
    assert "Herfra er der 250 m til fods til Gate21, ca. 6 minutters gang." in text
    assert "omkring" not in text  # the straight-line estimate is gone
    english = tmp_path / "gate21-en.pdf"
    write_pdf(handout_for(sample_project, 3, "en"), english)
    assert "From here it is 250 m on foot to Gate21, about a 4-minute walk." in pdf_text(english)


def test_without_surroundings_the_estimate_stays(qapp, sample_project, tmp_path):
    confirm_point(sample_project, 2)
    path = tmp_path / "gate21.pdf"
    write_pdf(handout_for(sample_project, 3, "da"), path)
    assert "Herfra er der omkring 5 minutters gang til Gate21." in pdf_text(path)


def test_an_approximate_point_gives_no_minutes(qapp, sample_project, tmp_path):
    store_recorded(sample_project, 2)
    path = tmp_path / "gate21.pdf"
    write_pdf(handout_for(sample_project, 3, "da"), path)
    assert "minutters gang" not in pdf_text(path)


def test_workbook_gives_the_routes_length(sample_project, tmp_path):
    confirm_point(sample_project, 2)
    store_recorded(sample_project, 2)
    path = tmp_path / "gate21.xlsx"
    write_event_workbook(sample_project, 3, path, walking_speed=4.5)
    book = CalamineWorkbook.from_path(str(path))
    rows = book.get_sheet_by_name("Find vej").to_python()
    text = [r[0] for r in rows if r and r[0]]
    assert "Herfra er der 250 m til fods til Gate21, ca. 4 minutters gang." in text


def test_steps_pinned_to_points_are_numbered_on_the_printed_map(qapp, sample_project, tmp_path):
    surroundings = store_recorded(sample_project, 2)
    venue = sample_project.venues.get(2)
    option = venue.transit_options[0]
    route = WalkGraph.from_surroundings(surroundings).route(
        (option.stop_latitude, option.stop_longitude), (55.6559, 12.3548)
    )
    option.step_points = [route.points[1], None, route.points[2], route.points[-2]]
    sample_project.venues.save(venue)
    path = tmp_path / "pins.pdf"
    document = handout_for(sample_project, 3, "da")
    write_pdf(document, path)
    numbers = []
    box = document.map_rect

    def visit(text, cm, tm, font, size):
        x, y = tm[4], tm[5]
        if re.fullmatch(r"[1-4]", text.strip()):
            numbers.append((text.strip(), x, y))

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    # Pins 1, 3 and 4 on the map (step 2 has no point); the list's numbers are not text.
    assert sorted(n for n, _, _ in numbers) == ["1", "3", "4"]
    assert box is not None


def test_catalogue_workbook_gives_the_routes_length(sample_project, tmp_path):
    from app.services.excel.catalogue_workbook import write_catalogue_workbook

    confirm_point(sample_project, 2)
    store_recorded(sample_project, 2)
    path = tmp_path / "steder.xlsx"
    write_catalogue_workbook(sample_project, path)
    book = CalamineWorkbook.from_path(str(path))
    sheet = next(n for n in book.sheet_names if "transport" in n.lower())
    rows = book.get_sheet_by_name(sheet).to_python()
    gate21 = next(r for r in rows if r and r[0] == "Gate21")
    assert "252 m langs gaderne" in gate21 and 4 in gate21


def test_invitation_carries_the_routes_length(sample_project):
    """The invitation's transit blocks take the walk along the streets (the invitation
    document decides whether it prints the walking sentence)."""
    from app.domain.invitation_text import build_invitation

    confirm_point(sample_project, 2)
    surroundings = store_recorded(sample_project, 2)
    event, venue = sample_project.events.get(3), sample_project.venues.get(2)
    walks = venue_walks(venue, surroundings, 4.5)
    block = build_invitation(event, venue, "da", walks).transit[0]
    assert block.walking == "Herfra er der 250 m til fods til Gate21, ca. 4 minutters gang."
    assert "omkring" in build_invitation(event, venue, "da").transit[0].walking


def test_the_command_line_walks_at_the_speed_it_is_given(qapp, sample_path, tmp_path, capsys):
    from docx import Document

    from app.cli import main

    with Project.open(sample_path) as project:
        confirm_point(project, 2)
        store_recorded(project, 2)
    handout, invitation = tmp_path / "h.pdf", tmp_path / "i.docx"
    p, o = str(sample_path), "-o"
    assert main(["handout", p, "--event", "3", o, str(handout), "--walking-speed", "3"]) == 0
    assert "250 m til fods til Gate21, ca. 6 minutters gang" in pdf_text(handout)
    assert main(["invitation", p, "--event", "3", o, str(invitation), "--walking-speed", "3"]) == 0
    words = "\n".join(par.text for par in Document(str(invitation)).paragraphs)
    assert "250 m til fods til Gate21, ca. 6 minutters gang" in words  # the Word file too
    capsys.readouterr()
    assert (
        main(["handout", p, "--event", "3", o, str(tmp_path / "x.pdf"), "--walking-speed", "9"])
        == 1
    )
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--walking-speed '9': give km/h from 1 to 8" in err
    assert not (tmp_path / "x.pdf").exists()
