"""`venueplan export`, run as a user would: the three workbooks and one-line errors."""

import pytest
from test_excel_event_workbook import all_text, calamine_sheets, kickoff, people

from app.cli import main
from app.storage import Project


def run_cli(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project_with_people(sample_path):
    with Project.open(sample_path) as project:
        event = kickoff(project)
        project.registrations.add_many(people(event.id))
    return sample_path, event.id


def test_export_event_full_and_for_sharing(capsys, tmp_path, project_with_people):
    path, event_id = project_with_people
    full, shared = tmp_path / "full.xlsx", tmp_path / "deling.xlsx"
    code, out, err = run_cli(capsys, "export", path, "--event", event_id, "-o", full)
    assert (code, err) == (0, "")
    assert out.strip() == f"Wrote {full} (event {event_id}, 31 registrations, with personal data)."
    code, out, err = run_cli(
        capsys, "export", path, "--event", event_id, "-o", shared, "--no-sensitive"
    )
    assert code == 0 and "for sharing" in out
    assert "deltager01@example-kommune.dk" in all_text(full)
    assert "@example-kommune.dk" not in all_text(shared)
    assert "Kørestol og rollator" not in all_text(shared) and "Glutenfri kost" not in all_text(
        shared
    )


def test_export_venues_and_events(capsys, tmp_path, sample_path):
    venues, events = tmp_path / "steder.xlsx", tmp_path / "events.xlsx"
    assert run_cli(capsys, "export", sample_path, "--venues", "-o", venues)[:2] == (
        0,
        f"Wrote {venues} (4 venues).\n",
    )
    code, out, _ = run_cli(
        capsys, "export", sample_path, "--events", "-o", events, "--language", "en"
    )
    assert code == 0 and out == f"Wrote {events} (5 events).\n"
    assert "Mødesteder" in calamine_sheets(venues)
    assert list(calamine_sheets(events)) == ["Events"]


@pytest.mark.parametrize(
    "extra, message",
    [
        (["--event", "99"], "There is no event with id 99."),
        (["--event", "x"], "'x' is not an id"),
        (["--venues", "--no-sensitive"], "--no-sensitive applies to an event's workbook"),
        (["--event", "1", "--language", "en"], "--language applies to --venues and --events"),
    ],
)
def test_bad_arguments_give_one_line_and_write_nothing(
    capsys, tmp_path, sample_path, extra, message
):
    out = tmp_path / "out.xlsx"
    code, stdout, err = run_cli(capsys, "export", sample_path, *extra, "-o", out)
    assert code == 1 and stdout == ""
    assert err.startswith("venueplan: ") and message in err and err.count("\n") == 1
    assert not out.exists()


def test_output_must_be_xlsx_in_an_existing_folder(capsys, tmp_path, sample_path):
    code, _, err = run_cli(capsys, "export", sample_path, "--venues", "-o", tmp_path / "x.csv")
    assert code == 1 and "must be an .xlsx file" in err
    missing = tmp_path / "nowhere" / "x.xlsx"
    code, _, err = run_cli(capsys, "export", sample_path, "--venues", "-o", missing)
    assert code == 1 and "does not exist" in err and "Traceback" not in err


def test_one_of_event_venues_or_events_is_required(capsys, tmp_path, sample_path):
    with pytest.raises(SystemExit) as exc:
        main(["export", str(sample_path), "-o", str(tmp_path / "x.xlsx")])
    assert exc.value.code == 2
    assert "one of the arguments --event --venues --events is required" in capsys.readouterr().err
