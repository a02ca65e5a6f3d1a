"""The command line on a project on a PostgreSQL server: `venueplan copy` there and back,
and every command taking `postgresql://user@host/db` where it takes a file."""

import json

import openpyxl
import pytest

from app.cli import main


def run_cli(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def on_server(pg_cluster, sample_path, capsys):
    url = pg_cluster.url(pg_cluster.new_database())
    code, out, err = run_cli(capsys, "copy", sample_path, url)
    assert (code, err) == (0, "")
    assert out.startswith("Copied 4 venues, 5 events and ")
    return url


def test_a_project_copied_to_a_server_reads_as_the_file_does(on_server, sample_path, capsys):
    for args in (
        ["list", "{p}", "events", "--json"],
        ["list", "{p}", "venues", "--json"],
        ["capacity", "--event", "1", "{p}"],
    ):
        from_file = run_cli(capsys, *[str(sample_path) if a == "{p}" else a for a in args])
        from_server = run_cli(capsys, *[on_server if a == "{p}" else a for a in args])
        assert from_server == from_file
    titles = {
        e["title"] for e in json.loads(run_cli(capsys, "list", on_server, "events", "--json")[1])
    }
    assert "Kickoff-møde om Rammeaftale 2025-2026" in titles


def test_commands_write_documents_from_the_server(on_server, tmp_path, capsys):
    out = tmp_path / "deltagere.xlsx"
    code, _, err = run_cli(capsys, "export", "--event", "1", "-o", out, on_server)
    assert (code, err) == (0, "")
    sheet_names = openpyxl.load_workbook(out, read_only=True).sheetnames
    assert sheet_names and out.stat().st_size > 0
    ics = tmp_path / "m.ics"
    assert run_cli(capsys, "ics", "--event", "1", "-o", ics, on_server)[0] == 0
    assert "BEGIN:VEVENT" in ics.read_text(encoding="utf-8")


def test_an_import_into_the_server_is_there_for_the_next_reader(on_server, tmp_path, capsys):
    csv = tmp_path / "tilmeldte.csv"
    csv.write_text("Navn;E-mail;Organisation\nÅse Øster;aase@x.dk;Egedal Kommune\n", "utf-8")
    code, _, err = run_cli(capsys, "import", "--event", "1", on_server, csv)
    assert (code, err) == (0, "")
    back = tmp_path / "back.venueplan"
    assert run_cli(capsys, "copy", on_server, back)[0] == 0
    code, out, _ = run_cli(capsys, "list", back, "registrations", "--event", "1", "--json")
    assert code == 0 and "Åse Øster" in out


def test_a_copy_there_and_back_keeps_every_row(on_server, sample_path, tmp_path, capsys):
    back = tmp_path / "back.venueplan"
    code, out, err = run_cli(capsys, "copy", on_server, back)
    assert (code, err) == (0, "")
    from sqlalchemy import select

    from app.storage import Project
    from app.storage.schema import metadata

    with Project.open(sample_path, read_only=True) as a, Project.open(back, read_only=True) as b:
        for table in metadata.sorted_tables:
            if table.name == "meta":
                continue
            with a.engine.connect() as ca, b.engine.connect() as cb:
                order = list(table.primary_key.columns)
                rows_a = ca.execute(select(table).order_by(*order)).all()
                rows_b = cb.execute(select(table).order_by(*order)).all()
            assert rows_a == rows_b, table.name


def test_a_new_record_on_the_server_gets_a_new_id_after_the_copy(on_server):
    from app.domain import Venue
    from app.storage import Project

    with Project.open(on_server) as project:
        before = max(v.id for v in project.venues.all())
        added = project.venues.add(Venue(name="Frederiksberg Rådhus", city="Frederiksberg"))
    assert added.id == before + 1


@pytest.mark.parametrize(
    "dest, message",
    [
        ("{server}", "already holds a project (4 rows in venues); copy into an empty database"),
        ("{sample}", "sample.venueplan: already exists; copy to a new file name."),
        ("postgresql://a:secret@127.0.0.1/x", "holds a password; leave it out"),
        ("postgresql://127.0.0.1/", "names no database"),
        ("", "DEST: give a new file name or a server address."),
    ],
)
def test_a_copy_that_cannot_be_made_is_one_line_and_changes_nothing(
    on_server, sample_path, capsys, dest, message
):
    before = sample_path.read_bytes()
    dest = dest.format(server=on_server, sample=sample_path)
    code, out, err = run_cli(capsys, "copy", sample_path, dest)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and message in err
    assert "secret" not in err
    assert sample_path.read_bytes() == before


def test_a_server_that_is_not_there_is_one_line(capsys):
    code, _, err = run_cli(capsys, "list", "postgresql://nobody@127.0.0.1:9/kkr", "events")
    assert code == 1 and err.count("\n") == 1
    assert err.startswith("venueplan: kkr on 127.0.0.1: cannot reach the server (")


def test_an_empty_database_is_no_project(pg_cluster, capsys):
    url = pg_cluster.url(pg_cluster.new_database())
    code, _, err = run_cli(capsys, "list", url, "events")
    assert code == 1
    assert "holds no Venueplan project (copy one there with `venueplan copy`)." in err
