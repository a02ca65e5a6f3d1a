"""Stray files and damaged projects: a workbook built to exhaust memory, a pipe given as a
file, out-of-range coordinates and damaged registration rows in a project. Each is one
line naming the file or record, exit 1, nothing changed; never a crash or a hang.

The runs that crashed or hung before their fix run in a child process, so that a return
of the defect fails its test instead of taking the test run down with it.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from registration_exports import write_csv

from app.cli import main
from app.storage import Project
from app.ui.registrations_view import RegistrationsView
from app.ui.workers import active_workers

ROOT = Path(__file__).resolve().parents[2]
EVENT = 1


def _child(*argv, timeout: int = 60) -> tuple[int, str]:
    """`venueplan ARGV` in a fresh process: (exit code, stderr)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "app", *map(str, argv)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=ROOT,
    )
    return done.returncode, done.stderr


def _one_line(code: int, err: str) -> str:
    assert code == 1 and err.startswith("venueplan: ") and err.count("\n") == 1, (code, err)
    assert "unexpected error" not in err and "Traceback" not in err
    return err


def _people(path) -> int:
    with Project.open(path) as project:
        return len(project.registrations.for_event(EVENT))


def _sheet_with(path: Path, cell: str) -> Path:
    book = openpyxl.Workbook()
    book.active.append(["Navn", "E-mail"])
    book.active.append(["Anna Berg", "anna@example.dk"])
    book.active[cell] = "x"
    book.save(path)
    return path


def _padded(path: Path, megabytes: int) -> Path:
    """A small .xlsx whose sheet inflates by `megabytes` of white space."""
    plain = _sheet_with(path.with_name("plain.xlsx"), "C3")
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<sheetData>", b"<sheetData>" + b" " * (megabytes << 20))
            out.writestr(info.filename, data, compresslevel=9)
    return path


# -- 7. workbooks built to exhaust memory ------------------------------------------------

_ODS = (
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
    '<office:body><office:spreadsheet><table:table table:name="Ark1"><table:table-row>'
    '<table:table-cell office:value-type="string"><text:p>Navn</text:p></table:table-cell>'
    '<table:table-cell office:value-type="string"><text:p>E-mail</text:p></table:table-cell>'
    '</table:table-row><table:table-row table:number-rows-repeated="{rows}">'
    '<table:table-cell table:number-columns-repeated="{columns}" office:value-type="string">'
    "<text:p>x</text:p></table:table-cell></table:table-row></table:table>"
    "</office:spreadsheet></office:body></office:document-content>"
)


def far_xlsb(path: Path, row: int, column: int) -> Path:
    """The corpus's small .xlsb with its second row moved to `row` and a cell of it to
    `column` (0-based, as the records hold them)."""
    source = ROOT / "tests" / "data" / "corpus" / "calamine_base.xlsb"

    def moved(data: bytes) -> bytes:
        out, i = bytearray(), 0
        while i < len(data):
            start, kind = i, data[i] & 0x7F
            if data[i] & 0x80:
                kind |= (data[i + 1] & 0x7F) << 7
                i += 1
            i += 1
            size = shift = 0
            while True:
                byte = data[i]
                i += 1
                size |= (byte & 0x7F) << shift
                shift += 7
                if not byte & 0x80:
                    break
            body = bytearray(data[i : i + size])
            if kind == 0 and body[:4] == (1).to_bytes(4, "little"):
                body[:4] = row.to_bytes(4, "little")
            if kind in (2, 5) and body[:4] == (2).to_bytes(4, "little"):
                body[:4] = column.to_bytes(4, "little")
            out += data[start:i] + body
            i += size
        return bytes(out)

    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            z.writestr(info.filename, moved(data) if info.filename.endswith("sheet1.bin") else data)
    return path


def repeated_ods(path: Path, rows: int, columns: int) -> Path:
    """An .ods of 1 KB whose one filled cell is repeated `columns` wide, `rows` deep."""
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", _ODS.format(rows=rows, columns=columns))
    return path


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda d: _sheet_with(d / "far.xlsx", "XFD1048576"), "reaches cell XFD1048576"),
        (lambda d: _sheet_with(d / "wide.xlsx", "XFD9000"), "reaches cell XFD9000"),
        (lambda d: _sheet_with(d / "deep.xlsx", "A1000002"), "more than 1,000,000 rows"),
        (lambda d: _padded(d / "padded.xlsx", 120), "times its size"),
        (lambda d: repeated_ods(d / "repeated.ods", 5000, 16000), "reaches cell WQJ5001"),
        (lambda d: far_xlsb(d / "far.xlsb", 1_048_575, 16_383), "reaches cell XFD1048576"),
    ],
    ids=[
        "cell XFD1048576",
        "cell XFD9000",
        "row 1000002",
        "120 MB of padding",
        "ods runs",
        "xlsb cell XFD1048576",
    ],
)
def test_a_workbook_built_to_exhaust_memory_is_refused_in_one_line(
    sample_path, tmp_path, make, says
):
    path = make(tmp_path)
    err = _one_line(*_child("import", sample_path, "--event", EVENT, path))
    assert err.startswith(f"venueplan: {path.name}: ") and says in err
    assert _people(sample_path) == 0


def test_a_csv_is_refused_at_the_row_limit(sample_path, tmp_path, capsys):
    path = tmp_path / "many.csv"
    path.write_bytes(b"Navn;E-mail\n" + b"Anna;a@example.dk\n" * 1_000_000)
    code = main(["import", str(sample_path), "--event", str(EVENT), str(path)])
    err = _one_line(code, capsys.readouterr().err)
    assert err == "venueplan: many.csv: has more than 1,000,000 rows; split the file.\n"


def test_the_window_refuses_a_far_cell_with_a_notice(qtbot, sample_project, tmp_path):
    view = RegistrationsView(sample_project)
    qtbot.addWidget(view)
    view.set_event(EVENT)
    qtbot.waitUntil(lambda: not view.is_busy() and active_workers() == 0, timeout=15000)
    view.import_files([_sheet_with(tmp_path / "far.xlsx", "XFD1048576")])
    qtbot.waitUntil(lambda: not view.is_busy() and active_workers() == 0, timeout=15000)
    assert view.notice.text().startswith("far.xlsx: a sheet reaches cell XFD1048576")
    assert view.model.rowCount() == 0


# -- 9. pipes and devices ---------------------------------------------------------------------


def test_a_pipe_as_import_file_or_project_is_refused_at_once(sample_path, tmp_path):
    pipe = tmp_path / "regs.csv"
    os.mkfifo(pipe)
    err = _one_line(*_child("import", sample_path, "--event", EVENT, pipe, timeout=30))
    assert err == "venueplan: regs.csv: is not a regular file (a pipe or a device).\n"
    project = tmp_path / "pipe.venueplan"
    os.mkfifo(project)
    for argv in (["list", project, "events"], ["handout", project, "--event", 1, "-o", "x.pdf"]):
        err = _one_line(*_child(*argv, timeout=30))
        assert err == "venueplan: pipe.venueplan: is not a regular file (a pipe or a device).\n"


def test_the_window_refuses_a_pipe_as_import_file(qtbot, sample_project, tmp_path):
    pipe = tmp_path / "regs.csv"
    os.mkfifo(pipe)
    view = RegistrationsView(sample_project)
    qtbot.addWidget(view)
    view.set_event(EVENT)
    qtbot.waitUntil(lambda: not view.is_busy() and active_workers() == 0, timeout=15000)
    view.import_files([pipe])
    qtbot.waitUntil(lambda: not view.is_busy() and active_workers() == 0, timeout=15000)
    assert view.notice.text() == "regs.csv: is not a regular file (a pipe or a device)."


# -- 8. coordinates out of range or not numbers -----------------------------------------------

COORDINATES = [
    ("venues", "latitude", 1e308),
    ("venues", "longitude", "north"),
    ("venues", "latitude", 91.0),
    ("entrances", "latitude", -1e308),
    ("transit_options", "stop_longitude", "øst"),
    ("parking_zones", "geometry", "[[1e308, 12.0], [55.0, 12.0], [55.0, 12.1]]"),
]
READERS = [
    ["handout", "{p}", "--event", "1", "-o", "{d}/h.pdf"],
    ["map", "{p}", "--event", "1", "-o", "{d}/m.html"],
    ["export", "{p}", "--venues", "-o", "{d}/v.xlsx"],
    ["show", "{p}", "venue", "1", "--json"],
]


@pytest.mark.parametrize(("table", "column", "value"), COORDINATES)
def test_a_damaged_coordinate_is_one_line_naming_the_venue(
    sample_path, tmp_path, table, column, value
):
    with sqlite3.connect(sample_path) as conn:
        key = "id" if table == "venues" else "venue_id"
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE {key} = 1", (value,))
    for argv in READERS:
        code, err = _child(*[a.format(p=sample_path, d=tmp_path) for a in argv])
        err = _one_line(code, err)
        assert err.startswith("venueplan: sample.venueplan: holds a damaged venue (id 1: "), err
        assert f"{table}.{column}" in err


def test_a_failure_while_painting_is_an_error_not_a_crash(sample_path, tmp_path):
    """The class behind the SIGSEGV: whatever raises inside a painter (here a drawing step
    made to fail, in the handout's map and in the name tags) must end the painter, so the
    error reaches the user as a message and the process lives on."""
    people = write_csv(tmp_path / "p.csv", [["Navn", "E-mail"], ["Anna", "a@example.dk"]])
    assert _child("import", sample_path, "--event", 1, people)[0] == 0
    script = (
        "import sys\n"
        "from app.services import handout_map, name_tags, participant_list\n"
        "from app.services.document_pdf import ensure_gui_app, write_pdf\n"
        "from app.services.handout_pdf import handout_for\n"
        "from app.services.name_tags import name_tags_for\n"
        "from app.services.participant_list import participant_list_for\n"
        "from app.storage import Project\n"
        "def boom(*args, **kwargs):\n"
        "    raise RuntimeError('boom')\n"
        "handout_map._draw_markers = boom\n"
        "name_tags.NameTagsDocument._draw_tag = boom\n"
        "participant_list.ParticipantListDocument._paint_page = boom\n"
        "ensure_gui_app()\n"
        "with Project.open(sys.argv[1]) as project:\n"
        "    for make in (handout_for, name_tags_for, participant_list_for):\n"
        "        try:\n"
        "            write_pdf(make(project, 1), sys.argv[2])\n"
        "        except RuntimeError as exc:\n"
        "            print(make.__name__, exc)\n"
        "print('alive')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(sample_path), str(tmp_path / "d.pdf")],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "handout_for boom",
        "name_tags_for boom",
        "participant_list_for boom",
        "alive",
    ]
    assert "Cannot destroy paint device" not in done.stderr
    assert not (tmp_path / "d.pdf").exists()


# -- 14. damaged registration rows ------------------------------------------------------------

DAMAGED_ROWS = [
    ("status", "bogus", "registrations.status is 'bogus'"),
    ("email", b"\x00\xff", "registrations.email is b'\\x00\\xff'"),
    ("source_row", "a", "registrations.source_row is 'a'"),
    ("registered_at", "17", "Invalid isoformat string: '17'"),
]


@pytest.mark.parametrize(("column", "value", "says"), DAMAGED_ROWS)
def test_a_damaged_registration_is_one_line_naming_it(
    qapp, sample_path, tmp_path, capsys, column, value, says
):
    people = write_csv(tmp_path / "p.csv", [["Navn", "E-mail"], ["Anna", "a@example.dk"]])
    assert main(["import", str(sample_path), "--event", "1", str(people)]) == 0
    with sqlite3.connect(sample_path) as conn:
        conn.execute(f"UPDATE registrations SET {column} = ?", (value,))
    for argv in (
        ["list", sample_path, "registrations", "--event", "1"],
        ["capacity", sample_path, "--event", "1"],
        ["export", sample_path, "--event", "1", "-o", tmp_path / "e.xlsx"],
        ["badges", sample_path, "--event", "1", "-o", tmp_path / "b.pdf"],
    ):
        capsys.readouterr()
        err = _one_line(main([str(a) for a in argv]), capsys.readouterr().err)
        assert err.startswith("venueplan: sample.venueplan: holds a damaged registration (id ")
        assert says in err, err
