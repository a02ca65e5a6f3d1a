"""The headless commands, run as a user would run them."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main

ROOT = Path(__file__).resolve().parent.parent


def run_cli(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_sample_then_list_events_and_venues(tmp_path, capsys):
    path = tmp_path / "x.venueplan"
    assert run_cli(capsys, "sample", path)[0] == 0
    code, out, _ = run_cli(capsys, "list", path, "events", "--json")
    events = json.loads(out)
    assert code == 0 and len(events) == 5
    titles = {e["title"] for e in events}
    assert "Politisk dialogmøde om det specialiserede socialområde" in titles
    assert "Kickoff-møde om Rammeaftale 2025-2026" in titles
    assert all({"id", "name", "title"} <= set(e) for e in events)
    venues = json.loads(run_cli(capsys, "list", path, "venues", "--json")[1])
    assert sorted(v["name"] for v in venues) == [
        "Egedal Rådhus",
        "Gate21",
        "JYSK Park",
        "Ringsted Kongrescenter",
    ]


def test_show_venue_has_transit_and_parking(tmp_path, capsys):
    path = tmp_path / "x.venueplan"
    run_cli(capsys, "sample", path)
    venues = json.loads(run_cli(capsys, "list", path, "venues", "--json")[1])
    gate21 = next(v["id"] for v in venues if v["name"] == "Gate21")
    code, out, _ = run_cli(capsys, "show", path, "venue", gate21, "--json")
    venue = json.loads(out)
    transit = venue["transit_options"][0]
    assert (transit["line"], transit["direction"], transit["stop"]) == (
        "B",
        "Høje Taastrup",
        "Albertslund st.",
    )
    assert len(transit["steps"]) == 4 and "walking_minutes" in transit
    zones = {z["name"]: z for z in venue["parking_zones"]}
    assert zones["Gul zone bag Next Vestskoven Gymnasium"]["guests_allowed"] == "yes"
    assert zones["Øvrige P-pladser bag Next Vestskoven Gymnasium"]["guests_allowed"] == "no"
    assert all("spaces" in z for z in zones.values())


def test_show_event_includes_programme(tmp_path, capsys):
    path = tmp_path / "x.venueplan"
    run_cli(capsys, "sample", path)
    events = json.loads(run_cli(capsys, "list", path, "events", "--json")[1])
    kickoff = next(e["id"] for e in events if e["title"].startswith("Kickoff"))
    event = json.loads(run_cli(capsys, "show", path, "event", kickoff, "--json")[1])
    assert event["doors_time"] == "08:45" and event["registration_email"] == "posk@greve.dk"
    assert [c["name"] for c in event["catering"]] == ["Morgenkaffe med brød", "Frokost"]
    assert [g["quota_per_organisation"] for g in event["invitee_groups"]] == [2, 2, 2, 2, None]
    assert event["venue"]["name"] == "Ringsted Kongrescenter"
    speakers = [s["name"] for item in event["programme"] for s in item["speakers"]]
    assert "Jakob Bigum Lundberg" in speakers and "Tina Boel" in speakers


@pytest.mark.parametrize(
    "args, message",
    [
        (["show", "{missing}", "venue", "1"], "missing.venueplan: no such file."),
        (["show", "{foreign}", "venue", "1"], "foreign.txt: is not a Venueplan project."),
        (["show", "{sample}", "venue", "99"], "There is no venue with id 99."),
        (["show", "{sample}", "event", "abc"], "'abc' is not an id"),
        (["list", "{sample}", "registrations"], "needs --event ID"),
        (["handout", "{sample}", "--event", "1", "-o", ""], "give the name of the file to write"),
        (["export", "{sample}", "--venues", "-o", " "], "give the name of the file to write"),
        (["map", "{sample}", "--all", "-o", ""], "give the name of the file to write"),
    ],
)
def test_bad_input_is_one_line_and_exit_1(tmp_path, capsys, args, message):
    sample = tmp_path / "s.venueplan"
    run_cli(capsys, "sample", sample)
    foreign = tmp_path / "foreign.txt"
    foreign.write_text("hello")
    names = {"missing": tmp_path / "missing.venueplan", "foreign": foreign, "sample": sample}
    code, out, err = run_cli(capsys, *[a.format(**names) for a in args])
    assert code == 1 and out == ""
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["show"])
    assert exc.value.code == 2


def test_python_dash_m_app_runs_the_same_cli(tmp_path):
    out = tmp_path / "y.venueplan"
    done = subprocess.run(
        [sys.executable, "-m", "app", "sample", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    listed = subprocess.run(
        [sys.executable, "-m", "app", "list", str(out), "venues"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "Egedal Rådhus" in listed.stdout


def test_output_piped_into_head_ends_quietly(tmp_path):
    """`venueplan list ... | head -1`: the closed pipe is no error message and no traceback."""
    from app.domain import Registration
    from app.services.sample_project import write_sample

    path = tmp_path / "z.venueplan"
    project = write_sample(path)
    project.registrations.add_many(
        Registration(event_id=1, full_name=f"Deltager {n}") for n in range(20000)
    )
    project.close()
    reader = subprocess.Popen(
        [sys.executable, "-m", "app", "list", str(path), "registrations", "--event", "1"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert reader.stdout.readline()
    reader.stdout.close()  # as `head -1` does after its line
    _, stderr = reader.communicate(timeout=60)
    assert stderr == b""
    assert reader.returncode in (0, 1)
