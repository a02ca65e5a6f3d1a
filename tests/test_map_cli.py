"""`venueplan map`: a self-contained HTML file for an event, a venue or the catalogue."""

import json
import re
import stat

import pytest

from app.cli import main


def run_cli(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _venue_id(path, name):
    from app.storage import Project

    with Project.open(path) as project:
        return next(v.id for v in project.venues.all() if v.name == name)


def test_venue_map_file_is_self_contained(capsys, sample_path, tmp_path):
    out = tmp_path / "maps" / "gate21.html"
    out.parent.mkdir()
    code, stdout, err = run_cli(
        capsys, "map", sample_path, "--venue", _venue_id(sample_path, "Gate21"), "-o", out
    )
    assert (code, err) == (0, "")
    assert stdout == (
        f"Wrote {out} (map of Gate21: 3 markers, 3 parking zones, 1 walking route).\n"
    )
    page = out.read_text(encoding="utf-8")
    assert re.findall(r"<(?:script|link)[^>]*(?:src|href)=", page) == []
    assert "Leaflet 1.9.3" in page and "VP.init(" in page
    assert "https://tile.openstreetmap.org/{z}/{x}/{y}.png" in page
    assert "Gul zone bag Next Vestskoven Gymnasium" in page
    assert "Signaturforklaring" in page  # Danish unless asked otherwise
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    assert [p.name for p in out.parent.iterdir()] == ["gate21.html"]  # no temp file left


def test_all_venues_and_english(capsys, sample_path, tmp_path):
    out = tmp_path / "all.html"
    code, stdout, _ = run_cli(capsys, "map", sample_path, "--all", "-o", out, "--language", "en")
    assert code == 0
    assert "map of 4 venues: 4 markers" in stdout
    page = out.read_text(encoding="utf-8")
    for name in ("Egedal Rådhus", "Gate21", "JYSK Park", "Ringsted Kongrescenter"):
        assert f'"title": {json.dumps(name)}' in page  # the page holds texts as JSON
    assert "Background map unavailable" in page


def test_own_tiles_and_no_tiles(capsys, sample_path, tmp_path):
    out = tmp_path / "m.html"
    code, _, _ = run_cli(
        capsys,
        "map",
        sample_path,
        "--event",
        3,
        "-o",
        out,
        "--tiles",
        "https://kort.example.dk/{z}/{x}/{y}.png",
        "--attribution",
        "Eksempel",
    )
    assert code == 0
    page = out.read_text(encoding="utf-8")
    assert "https://kort.example.dk/{z}/{x}/{y}.png" in page and "tile.openstreetmap" not in page
    code, _, _ = run_cli(capsys, "map", sample_path, "--event", 3, "-o", out, "--no-tiles")
    assert code == 0 and "L.tileLayer" not in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "args, message",
    [
        (
            ["--event", 2],
            "venueplan: Event 2 (Dialogmøde om det specialiserede socialområde) has no "
            "venue yet, so there is nothing to map.\n",
        ),
        (["--venue", 99], "venueplan: There is no venue with id 99.\n"),
        (["--venue", "x"], "venueplan: 'x' is not an id (ids are whole numbers).\n"),
        (
            ["--all", "--tiles", "https://kort.example.dk/{z}/{x}/{y}.png"],
            "venueplan: --tiles needs --attribution (the credit the tile provider asks for).\n",
        ),
        (
            ["--all", "--tiles", "ftp://kort.example.dk/{z}/{x}/{y}.png", "--attribution", "x"],
            "venueplan: Tile URL 'ftp://kort.example.dk/{z}/{x}/{y}.png': expected "
            "http(s)://host/…{z}/{x}/{y}… (no spaces, quotes, backslashes or angle brackets)\n",
        ),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(capsys, sample_path, tmp_path, args, message):
    out = tmp_path / "map.html"
    out.write_text("earlier map")
    code, stdout, err = run_cli(capsys, "map", sample_path, *args, "-o", out)
    assert (code, stdout, err) == (1, "", message)
    assert out.read_text() == "earlier map"


def test_one_of_event_venue_all_is_required(capsys, sample_path, tmp_path):
    with pytest.raises(SystemExit) as exit_:
        main(["map", str(sample_path), "-o", str(tmp_path / "m.html")])
    assert exit_.value.code == 2
    assert "one of the arguments --event --venue --all is required" in capsys.readouterr().err
