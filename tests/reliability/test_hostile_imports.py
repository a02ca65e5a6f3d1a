"""An import never changes what the file says without saying so: broken UTF-8 bytes, an
unclosed quote, a column asked twice and a NUL byte are each a warning in the summary or a
one-line refusal."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.cli import main
from app.services import column_layouts
from app.services.registration_import import ImportFileError, import_file
from app.storage import Project
from app.ui.registrations_view import RegistrationsView
from app.ui.workers import active_workers

from .fuzzing import FUZZ, examples

EVENT = 1


def _import(capsys, project, path) -> tuple[int, str, str]:
    code = main(["import", str(project), "--event", str(EVENT), str(path)])
    out, err = capsys.readouterr()
    return code, out, err


def _names(path) -> list[str]:
    with Project.open(path) as project:
        return [r.name for r in project.registrations.for_event(EVENT)]


def test_one_broken_byte_keeps_the_file_utf8_and_says_where(sample_path, tmp_path, capsys):
    path = tmp_path / "tilmeldinger.csv"
    path.write_bytes("Navn;E-mail\nÆbe Ørsted;a@x.dk\n".encode() + b"Bo \xff Holm;b@x.dk\n")
    code, out, err = _import(capsys, sample_path, path)
    assert (code, err) == (0, "")
    assert out.rstrip().endswith(
        "; 1 warning: tilmeldinger.csv: 1 byte(s) that are not UTF-8 were read as \ufffd "
        "(line 3); the rest of the file is UTF-8."
    )
    assert _names(sample_path) == ["Æbe Ørsted", "Bo \ufffd Holm"]


def test_a_windows_1252_file_is_still_read_as_windows_1252(sample_path, tmp_path, capsys):
    path = tmp_path / "excel.csv"
    path.write_bytes("Navn;E-mail\nÆbe Ørsted;a@x.dk\n".encode("cp1252"))
    code, out, _ = _import(capsys, sample_path, path)
    assert code == 0 and "warning" not in out
    assert _names(sample_path) == ["Æbe Ørsted"]


def test_an_unclosed_quote_is_refused_in_one_line(sample_path, tmp_path, capsys):
    path = tmp_path / "q.csv"
    path.write_text('Navn;E-mail\nAnna;a@x.dk\n"Bo Holm;b@x.dk\nCarl;c@x.dk\nDora;d@x.dk\n')
    code, out, err = _import(capsys, sample_path, path)
    assert (code, out) == (1, "")
    assert err == (
        'venueplan: q.csv, line 3: a quote (") opens a value that is never closed, so lines '
        "3-5 would become one value; close or remove the quote.\n"
    )
    assert _names(sample_path) == []


def test_a_column_asked_twice_is_named_when_it_is_left_out(sample_path, tmp_path, capsys):
    path = tmp_path / "twice.csv"
    path.write_text(
        "Navn;E-mail;Navn;E-mail\nAnna Berg;a@x.dk;Anna Berg;a@x.dk\n"
        "Bo Holm;b@x.dk;Carl Dam;c@x.dk\n"
    )
    code, out, _ = _import(capsys, sample_path, path)
    assert code == 0
    assert out.rstrip().endswith(
        '; 2 warnings: twice.csv: a second column "Navn" was left out in 1 row(s) (row 3) '
        "where the first one was filled differently.; twice.csv: a second column "
        '"E-mail" was left out in 1 row(s) (row 3) where the first one was filled differently.'
    )


def test_a_nul_byte_anywhere_is_refused_naming_its_line(sample_path, tmp_path, capsys):
    path = tmp_path / "nul.csv"
    path.write_bytes(b"Navn;E-mail\n" + b"Anna;a@x.dk\n" * 7000 + b"B\x00o;b@x.dk\n")
    code, out, err = _import(capsys, sample_path, path)
    assert (code, err) == (
        1,
        "venueplan: nul.csv, line 7002: holds a NUL byte; the file is damaged.\n",
    )
    assert _names(sample_path) == []


def test_the_window_shows_the_warning_count_and_the_warning(qtbot, sample_project, tmp_path):
    path = tmp_path / "tilmeldinger.csv"
    path.write_bytes("Navn;E-mail\nÆbe Ørsted;a@x.dk\n".encode() + b"Bo \xff Holm;b@x.dk\n")
    # The columns as answered once before, so that no mapping dialog is asked.
    column_layouts.remember(sample_project, ["Navn", "E-mail"], ["full_name", "email"])
    view = RegistrationsView(sample_project)
    qtbot.addWidget(view)
    view.set_event(EVENT)
    qtbot.waitUntil(lambda: not view.is_busy() and active_workers() == 0, timeout=15000)
    view.import_files([path])
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=15000)
    assert view.notice.text().endswith("; 1 warning(s) (see the tooltip)")
    assert "(line 3); the rest of the file is UTF-8." in view.notice.toolTip()


# -- fuzzed: a defect anywhere is a warning or a refusal, never a silent change ----------------

names = st.lists(
    st.text("abcæøåÆØÅ ", min_size=2, max_size=10).map(str.strip).filter(bool),
    min_size=2,
    max_size=8,
    unique=True,
)


@settings(max_examples=examples(40), **FUZZ)
@given(
    people=names,
    defect=st.sampled_from(["none", "broken byte", "open quote", "second Navn", "NUL"]),
    where=st.integers(0, 7),
    data=st.data(),
)
def test_every_name_arrives_as_written_or_the_summary_says_why(
    sample_project, tmp_path, people, defect, where, data
):
    at = where % len(people)
    header = "Navn;E-mail" + (";Navn" if defect == "second Navn" else "")
    lines = [header]
    for i, name in enumerate(people):
        extra = (
            f";{data.draw(st.sampled_from(['', name, 'Anden Person']))}"
            if defect == "second Navn"
            else ""
        )
        lines.append(f"{name};p{i}@x.dk{extra}")
    raw = [line.encode() for line in lines]
    if defect == "broken byte":
        raw[at + 1] = raw[at + 1].replace(b";", b"\xff;", 1)
    if defect == "open quote":
        raw[at + 1] = b'"' + raw[at + 1]
    if defect == "NUL":
        raw[at + 1] = raw[at + 1].replace(b";", b"\x00;", 1)
    path = tmp_path / "fuzz.csv"
    path.write_bytes(b"\n".join(raw) + b"\n")
    before = {r.id for r in sample_project.registrations.for_event(EVENT)}
    try:
        summary = import_file(sample_project, EVENT, path)
    except ImportFileError as error:
        assert str(error).startswith("fuzz.csv") and "\n" not in str(error)
        assert {r.id for r in sample_project.registrations.for_event(EVENT)} == before
        return
    added = [r for r in sample_project.registrations.for_event(EVENT) if r.id not in before]
    try:
        stored = sorted(r.name for r in added)
        if stored != sorted(" ".join(p.split()) for p in people):
            assert summary.warnings or summary.rejected, (stored, people, summary.line())
        if defect in ("broken byte", "second Navn") and summary.warnings == []:
            # Nothing was left out: the second column agreed or was empty.
            assert defect == "second Navn"
    finally:
        sample_project.registrations.delete(r.id for r in added)
