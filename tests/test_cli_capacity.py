"""`venueplan capacity` and `venueplan suggest`, run as a user would."""

import json

import pytest
from sample_rooms import place_in_example_rooms
from test_capacity_report import add_kickoff_registrations

from app.cli import main
from app.storage import Project


@pytest.fixture
def sample_path(sample_path):
    """The sample with its events in the venues' example rooms (tests/sample_rooms.py)."""
    place_in_example_rooms(sample_path)
    return sample_path


def run_cli(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def sample_with_registrations(sample_path):
    with Project.open(sample_path) as project:
        kickoff = add_kickoff_registrations(project)
    return sample_path, kickoff.id


def test_capacity_json_has_the_documented_keys(capsys, sample_with_registrations):
    path, event_id = sample_with_registrations
    code, out, err = run_cli(capsys, "capacity", path, "--event", event_id, "--json")
    assert code == 0 and err == ""
    report = json.loads(out)
    assert {
        "capacity",
        "registered",
        "waitlisted",
        "cancelled",
        "quota_violations",
        "parking",
        "catering",
        "warnings",
    } <= set(report)
    assert (
        report["capacity"],
        report["registered"],
        report["waitlisted"],
        report["cancelled"],
    ) == (360, 42, 1, 1)
    assert len(report["quota_violations"]) == 4
    assert (report["parking"]["demand"], report["parking"]["spaces"]) == (9, 0)
    assert [(c["count"], c["dietary"]) for c in report["catering"]] == [
        (42, {"vegetarian": 1, "gluten_free": 1})
    ] * 2
    assert all(isinstance(w, str) for w in report["warnings"])


def test_capacity_text_reads_in_lines(capsys, sample_with_registrations):
    path, event_id = sample_with_registrations
    code, out, _ = run_cli(capsys, "capacity", path, "--event", event_id)
    lines = out.splitlines()
    assert code == 0
    assert lines[0] == f"Kickoff-møde om Rammeaftale 2025-2026 (event {event_id}, 2024-05-31)"
    assert "Capacity:    360 seats (Eksempellokale, Ringsted Kongrescenter; cabaret)" in lines
    assert "Registered:  42   waitlisted: 1   cancelled: 1   free: 318" in lines
    assert (
        "  Køge Kommune - Politikere fra hvert udvalg på børneområdet: 4 of 2  OVER by 2" in lines
    )
    assert "  Roskilde Kommune - Fagdirektører og fagchefer: 6 no limit" in lines
    assert (
        "Catering:    08:45 Morgenkaffe med brød: 42 people (1 vegetarian, 1 gluten-free)" in lines
    )
    assert "Warning:     Registrations over an invitee group quota: 4." in lines


@pytest.mark.parametrize(
    "event_id, seats",
    [
        (1, "120 seats (Byrådssalen, Egedal Rådhus; theatre)"),
        (2, "capacity unknown"),
        (3, "96 seats (Eksempellokale, Gate21; cabaret)"),
    ],
)
def test_capacity_of_sample_events_without_registrations(capsys, sample_path, event_id, seats):
    code, out, _ = run_cli(capsys, "capacity", sample_path, "--event", event_id)
    assert code == 0 and f"Capacity:    {seats}" in out.splitlines()
    assert "Registered:  0   waitlisted: 0   cancelled: 0" in out


def test_suggest_text_and_json(capsys, sample_with_registrations):
    path, event_id = sample_with_registrations
    code, out, _ = run_cli(capsys, "suggest", path, "--event", event_id)
    lines = out.splitlines()
    assert code == 0
    assert lines[0].endswith("42 people (registrations), layout cabaret")
    assert lines[1] == "Rooms that fit, best first:"
    assert lines[2] == "  1. Gate21 - Eksempellokale"
    assert "       + 96 seats as cabaret for 42 people (54 to spare)." in lines
    assert "       - No rail stop entered." in lines
    assert (
        "  6. Gate21 - Eksempellokale 2" in lines
        and "       x Cannot be set up as cabaret." in lines
    )
    data = json.loads(run_cli(capsys, "suggest", path, "--event", event_id, "--json")[1])
    assert [r["fits"] for r in data["rooms"]] == [True] * 4 + [False] * 2
    assert data["rooms"][3]["current"] and data["rooms"][3]["room"] == "Eksempellokale"


@pytest.mark.parametrize("command", ["capacity", "suggest"])
def test_unknown_event_is_one_line(capsys, sample_path, command):
    code, out, err = run_cli(capsys, command, sample_path, "--event", "99")
    assert code == 1 and out == ""
    assert err == "venueplan: There is no event with id 99.\n"
    code, _, err = run_cli(capsys, command, sample_path, "--event", "x")
    assert code == 1 and "'x' is not an id" in err and err.count("\n") == 1
